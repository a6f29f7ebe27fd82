//! Fuzz target `messages`: see `nlkit_fuzz::check_messages` for what is driven and
//! which invariants are checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| nlkit_fuzz::check_messages(data));
