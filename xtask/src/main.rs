//! `cargo xtask`: build and test orchestration for nlkit.
//!
//! Fetches Debian kernels and QEMU into a cache, builds the kernel modules
//! and the static guest `/init`, boots the VM and judges its console output.
//! See `docs/vm.md` for the whole picture.

mod bench;
mod cpio;
mod debug;
mod fetch;
mod guestfiles;
mod hosttest;
mod image;
mod qemu;
mod report;
mod setup;
mod specs;
mod util;
mod vm;

use anyhow::{bail, Context, Result};
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
  vm fetch [--kernel K]         download kernels (6.1, 6.12; `debug` is built from linux-source-6.1
                                with KASAN, lockdep, kmemleak...; all = all three) and QEMU into the cache
  vm build [--kernel K]         build the modules per kernel, the guest and the initramfs
  vm test [--kernel K] [--filter NAME[,NAME]] [--timeout S] [--seed N] [--verbose]
                                boot each kernel, run the scenarios, fail on any failure or kernel complaint
                                (default timeout per boot: 300 s, 900 s for the debug kernel;
                                --seed N replays the randomized reliability scenarios)
  vm run [--kernel K] [--timeout S] -- PROGRAM [ARGS]
                                run a static PROGRAM in the guest with both modules loaded

environment:
  NLKIT_CACHE      cache directory (default ~/.cache/nlkit)
  NLKIT_KMOD_DIR   module source directory (default <workspace>/kmod)
";

/// Command-line options shared by the `vm` subcommands.
#[derive(Debug, Clone)]
pub struct VmOpts {
    /// Kernel lines to use.
    pub kernels: Vec<fetch::Line>,
    /// Scenario name filter (comma-separated substrings), if any.
    pub filter: Option<String>,
    /// Seconds before a boot is declared hung and QEMU is killed
    /// (`None`: the kernel line's default, see [`VmOpts::timeout_for`]).
    pub timeout: Option<u64>,
    /// Print the whole console, kernel log included.
    pub verbose: bool,
    /// Program and arguments for `vm run`.
    pub program: Vec<String>,
    /// Seed for the guest's randomized scenarios (`nlkit.seed=`); `None`:
    /// the guest picks one and prints it.
    pub seed: Option<u64>,
}

impl VmOpts {
    /// The boot timeout for `line`: `--timeout`, else 300 s (900 s for the
    /// debug kernel, whose KASAN build under TCG is several times slower).
    pub fn timeout_for(&self, line: fetch::Line) -> std::time::Duration {
        let default = if line == fetch::Line::Debug { 900 } else { 300 };
        std::time::Duration::from_secs(self.timeout.unwrap_or(default))
    }
}

fn parse_vm_opts(args: &[String], default_kernels: &str) -> Result<VmOpts> {
    let mut opts = VmOpts {
        kernels: fetch::Line::parse_list(default_kernels)?,
        filter: None,
        timeout: None,
        verbose: false,
        program: Vec::new(),
        seed: None,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--kernel" | "-k" => {
                let v = it
                    .next()
                    .context("--kernel needs a value: 6.1, 6.12, debug or all")?;
                opts.kernels = fetch::Line::parse_list(v)?;
            }
            "--filter" | "-f" => {
                let v = it.next().context("--filter needs a scenario name")?;
                opts.filter = Some(v.clone());
            }
            "--timeout" => {
                let v = it.next().context("--timeout needs seconds")?;
                opts.timeout = Some(
                    v.parse()
                        .with_context(|| format!("--timeout: `{v}` is not a number of seconds"))?,
                );
            }
            "--seed" => {
                let v = it.next().context("--seed needs a number")?;
                opts.seed = Some(
                    v.parse()
                        .with_context(|| format!("--seed: `{v}` is not a number"))?,
                );
            }
            "--verbose" | "-v" => opts.verbose = true,
            "--" => {
                opts.program = it.cloned().collect();
                break;
            }
            other => bail!("unknown option `{other}`\n\n{USAGE}"),
        }
    }
    Ok(opts)
}

fn real_main() -> Result<i32> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (cmd, rest) = match args.split_first() {
        Some((c, r)) => (c.as_str(), r),
        None => {
            eprint!("{USAGE}");
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
        "vm" => {
            let (sub, rest) = rest
                .split_first()
                .context("`cargo xtask vm` needs a subcommand: fetch, build, test or run")?;
            match sub.as_str() {
                "fetch" => {
                    let opts = parse_vm_opts(rest, "all")?;
                    vm::fetch_all(&opts).map(|_| 0)
                }
                "build" => {
                    let opts = parse_vm_opts(rest, "all")?;
                    vm::build_all(&opts).map(|_| 0)
                }
                "test" => {
                    let opts = parse_vm_opts(rest, "all")?;
                    let totals = vm::test(&opts)?;
                    Ok(if totals.ok() { 0 } else { 1 })
                }
                "run" => {
                    let opts = parse_vm_opts(rest, "6.1")?;
                    vm::run_program(&opts)
                }
                other => bail!("unknown vm subcommand `{other}`\n\n{USAGE}"),
            }
        }
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            Ok(0)
        }
        other => bail!("unknown command `{other}`\n\n{USAGE}"),
    }
}

fn main() -> ExitCode {
    match real_main() {
        Ok(code) => ExitCode::from(u8::try_from(code.clamp(0, 255)).unwrap_or(1)),
        Err(e) => {
            eprintln!("xtask: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
