//! `nlkit-vm`: the VM harness of nlkit.
//!
//! Fetches Debian kernels and QEMU into a cache without root, builds kernel
//! modules against each kernel's headers and a static guest `/init`, boots
//! the kernel in QEMU and judges its console output (scenario results,
//! detector reports, taint, leaks). `cargo xtask vm …` and the installable
//! `nlkit-vm` binary share this code; see `docs/vm.md`.

#![warn(missing_docs)]

pub mod cli;
pub mod cpio;
pub mod debug;
pub mod fetch;
pub mod guestfiles;
pub mod image;
pub mod qemu;
pub mod report;
pub mod util;
pub mod vm;

pub use cli::{parse_vm_opts, VmOpts};
