//! Fuzz target `exchange`: see `nlkit_fuzz::check_exchange` for what is driven and
//! which invariants are checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    nlkit_fuzz::check_exchange(data);
});
