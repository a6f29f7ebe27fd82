//! Fuzz target `capture`: see `nlkit_fuzz::check_capture` for what is driven
//! and which invariants are checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| nlkit_fuzz::check_capture(data));
