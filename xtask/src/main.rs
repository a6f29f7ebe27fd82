//! `cargo xtask`: build and test orchestration for nlkit.
//!
//! Fetches Debian kernels and QEMU into a cache, builds the kernel modules
//! and the static guest `/init`, boots the VM and judges its console output.
//! See `docs/vm.md` for the whole picture.

mod bench;
mod hosttest;
mod setup;
mod specs;

use nlkit_vm::{cli, fetch, util, vm};

use anyhow::{bail, Result};
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  setup                         install the host packages the build and tests need (apt-get)
  test [--host-only|--vm-only]  setup, then fmt + clippy + cargo test + fuzz + VM tests on all kernels;
                                last line `N passed, N failed`
  demo                          setup, then boot 6.1 and run the demo (the seed and all five modes)
  bench [--host-only|--vm-only] [--kernel K] [--quick] [--runs N] [bench args]
                                benchmarks: bench/ on the host (fat LTO), then workload 6
                                (modules A/B, nlkit vs C) in the VM on 6.1; see docs/benchmarks.md
  vm CMD ...                    the VM harness (crate nlkit-vm in vm/), below
";

/// The whole usage text: xtask's own commands, then the harness's.
fn usage() -> String {
    format!("{USAGE}\n{}", cli::VM_USAGE)
}

pub use nlkit_vm::cli::{parse_vm_opts, VmOpts};

fn real_main() -> Result<i32> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (cmd, rest) = match args.split_first() {
        Some((c, r)) => (c.as_str(), r),
        None => {
            eprint!("{}", usage());
            return Ok(2);
        }
    };
    match cmd {
        "setup" => setup::run().map(|()| 0),
        "test" => {
            setup::run()?;
            hosttest::run(rest)
        }
        "bench" => bench::main(rest),
        "demo" => {
            let opts = parse_vm_opts(rest, "6.1")?;
            setup::run()?;
            vm::demo(&opts)
        }
        "vm" => cli::vm_main(rest),
        "help" | "--help" | "-h" => {
            print!("{}", usage());
            Ok(0)
        }
        other => bail!("unknown command `{other}`\n\n{}", usage()),
    }
}

fn main() -> ExitCode {
    cli::exit_code("xtask", real_main())
}
