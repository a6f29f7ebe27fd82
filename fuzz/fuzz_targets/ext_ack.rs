//! Fuzz target `ext_ack`: see `nlkit_fuzz::check_ext_ack` for what is driven and
//! which invariants are checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| nlkit_fuzz::check_ext_ack(data));
