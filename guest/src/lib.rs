//! The nlkit test VM's guest side as a library: the scenario context, the
//! scenario registry, the demo, and the few syscalls the guest needs.
//!
//! `main.rs` is the `/init` that drives them; see `docs/vm.md`.

pub mod ctx;
pub mod demo;
pub mod kmsg;
pub mod scenarios;
pub mod sys;
