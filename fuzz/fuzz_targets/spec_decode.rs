//! Fuzz target `spec_decode`: see `nlkit_fuzz::check_spec_decode` for what
//! is driven (arbitrary specs x datagrams) and which invariants are checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| nlkit_fuzz::check_spec_decode(data));
