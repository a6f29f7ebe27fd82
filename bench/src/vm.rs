//! Workload 6 (TODO, runs in the QEMU guest, not on the host): request/
//! response to kernel module A (echo) and the kernel push rate of module B,
//! each against the C client doing the same syscalls in the same guest boot.
//!
//! TODO(vm-bench): the modules and `nlkit::families::nlmod` are being
//! written by the "kmod" helper and the guest runner by the "vm" helper.
//! When they land: (1) resolve module A's family with
//! `Client::genl_family`, time `Client::call` echo round trips and a C twin
//! in `c/baseline.c`; (2) subscribe to module B's push group with
//! `Client::subscribe` + `next_messages` and count pushes/s and overruns
//! against a C subscriber; (3) have `guest/` run `bench vm` inside the
//! guest and print its `ratio vm-echo-vs-c` / `ratio vm-push-vs-c` lines.

/// The reason printed in the table until the hook is implemented.
pub const NOT_YET: &str =
    "TODO: runs in the VM guest with kernel modules A/B (not on the host); hook in bench/src/vm.rs";

/// Why the Rust peers have no row in the VM workloads.
pub const C_ONLY: &str = "n/a: workload 6 compares nlkit with the C client only";

/// Workload ids of the VM workloads.
pub const WORKLOADS: [&str; 2] = ["vm-echo", "vm-push"];
