//! The command line of the harness, shared by `cargo xtask vm …` and the
//! `nlkit-vm` binary: the options, their parsing, and the dispatch of the
//! `fetch`, `build`, `test` and `run` subcommands.

use crate::fetch;
use anyhow::{bail, Context, Result};

/// The usage text of the VM subcommands (`cargo xtask vm CMD` and
/// `nlkit-vm CMD` take the same commands and options).
pub const VM_USAGE: &str = "\
vm commands (`cargo xtask vm CMD` in the nlkit tree, or `nlkit-vm CMD`):
  fetch [--kernel K]            download kernels (6.1, 6.12; `debug` is built from linux-source-6.1
                                with KASAN, lockdep, kmemleak...; all = all three) and QEMU into the cache
  build [--kernel K]            build the modules per kernel, the guest and the initramfs
  test [--kernel K] [--filter NAME[,NAME]] [--timeout S] [--seed N] [--verbose]
                                boot each kernel, run the scenarios, fail on any failure or kernel complaint
                                (default timeout per boot: 300 s, 1800 s for the debug kernel;
                                --seed N replays the randomized reliability scenarios)
  run [--kernel K] [--timeout S] -- PROGRAM [ARGS]
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
    /// The boot timeout for `line`: `--timeout`, else 300 s (1800 s for the
    /// debug kernel, whose KASAN build under TCG is several times slower).
    pub fn timeout_for(&self, line: fetch::Line) -> std::time::Duration {
        let default = if line == fetch::Line::Debug {
            1800
        } else {
            300
        };
        std::time::Duration::from_secs(self.timeout.unwrap_or(default))
    }
}

/// Parses the options of a `vm` subcommand; `default_kernels` is used when
/// `--kernel` is not given (e.g. `"all"` or `"6.1"`).
pub fn parse_vm_opts(args: &[String], default_kernels: &str) -> Result<VmOpts> {
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
            other => bail!("unknown option `{other}`\n\n{VM_USAGE}"),
        }
    }
    Ok(opts)
}

/// Runs the `vm` subcommand `args[0]` with its options `args[1..]`;
/// returns the process exit status.
pub fn vm_main(args: &[String]) -> Result<i32> {
    let (sub, rest) = args
        .split_first()
        .context("a vm subcommand is needed: fetch, build, test or run")?;
    match sub.as_str() {
        "fetch" => {
            let opts = parse_vm_opts(rest, "all")?;
            crate::vm::fetch_all(&opts).map(|_| 0)
        }
        "build" => {
            let opts = parse_vm_opts(rest, "all")?;
            crate::vm::build_all(&opts).map(|_| 0)
        }
        "test" => {
            let opts = parse_vm_opts(rest, "all")?;
            let totals = crate::vm::test(&opts)?;
            Ok(if totals.ok() { 0 } else { 1 })
        }
        "run" => {
            let opts = parse_vm_opts(rest, "6.1")?;
            crate::vm::run_program(&opts)
        }
        "help" | "--help" | "-h" => {
            print!("{VM_USAGE}");
            Ok(0)
        }
        other => bail!("unknown vm subcommand `{other}`\n\n{VM_USAGE}"),
    }
}

/// Turns a command's result into the process exit code, printing an error
/// as `PROG: error: …`.
pub fn exit_code(prog: &str, r: Result<i32>) -> std::process::ExitCode {
    match r {
        Ok(code) => std::process::ExitCode::from(u8::try_from(code.clamp(0, 255)).unwrap_or(1)),
        Err(e) => {
            eprintln!("{prog}: error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_options_and_program() {
        let o = parse_vm_opts(
            &args(&["--kernel", "6.12", "--timeout", "60", "--", "/bin/x", "-a"]),
            "all",
        )
        .unwrap();
        assert_eq!(o.kernels, vec![fetch::Line::V6_12]);
        assert_eq!(o.timeout, Some(60));
        assert_eq!(o.program, args(&["/bin/x", "-a"]));
    }

    #[test]
    fn rejects_unknown_option_and_bad_numbers() {
        let e = parse_vm_opts(&args(&["--frobnicate"]), "all").unwrap_err();
        assert!(e.to_string().contains("unknown option `--frobnicate`"));
        let e = parse_vm_opts(&args(&["--timeout", "soon"]), "all").unwrap_err();
        assert!(format!("{e:#}").contains("not a number of seconds"));
    }
}
