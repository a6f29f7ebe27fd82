//! `cargo xtask bench`: the benchmarks of `bench/` on the host (workloads
//! 1-5, the `bench-release` profile: fat LTO, one codegen unit), then
//! workload 6 in the VM: the same bench binary, built static, run as the
//! `vm run` program on Debian's 6.1 kernel with both modules loaded.
//! See `docs/benchmarks.md`.

use crate::util::{elf_is_dynamic, run, target_root, ws_root};
use crate::VmOpts;
use anyhow::{bail, Context, Result};
use std::path::PathBuf;
use std::process::Command;

/// The cargo profile of the benchmark builds (workspace `Cargo.toml`).
const PROFILE: &str = "bench-release";
/// Measured runs of workload 6 when neither `--quick` nor `--runs` is given
/// (31: the emulated machine's speed moves by 20% between rounds, and
/// the paired ratios need that many to settle within a few percent).
const VM_RUNS: u32 = 31;
/// The target triple of the static build that runs in the guest.
const TRIPLE: &str = "x86_64-unknown-linux-gnu";

/// What `cargo xtask bench` was asked to do.
#[derive(Debug)]
struct Opts {
    host: bool,
    vm: bool,
    /// Arguments for the host bench.
    bench_args: Vec<String>,
    /// Arguments for the guest bench (`vm`, the implementations, and the
    /// sizes given: `--quick`, `--runs N`).
    vm_args: Vec<String>,
    /// Options for the boot.
    vm_opts: VmOpts,
}

fn parse(args: &[String]) -> Result<Opts> {
    let mut vm_opts = crate::parse_vm_opts(&[], "6.1")?;
    // The VM part runs about a minute under TCG; leave room for a loaded machine.
    vm_opts.timeout = Some(1200);
    let mut o = Opts {
        host: true,
        vm: true,
        bench_args: Vec::new(),
        vm_args: vec![
            "vm".into(),
            "--impl".into(),
            "nlkit".into(),
            "--impl".into(),
            "c".into(),
            "--impl".into(),
            "c-recv".into(),
        ],
        vm_opts,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--host-only" => o.vm = false,
            "--vm-only" => o.host = false,
            "--kernel" | "-k" => {
                let v = it
                    .next()
                    .context("--kernel needs a value: 6.1, 6.12 or debug")?;
                o.vm_opts.kernels = crate::fetch::Line::parse_list(v)?;
                o.vm_opts.kernels.truncate(1);
            }
            "--timeout" => {
                let v = it.next().context("--timeout needs seconds")?;
                o.vm_opts.timeout = Some(
                    v.parse()
                        .with_context(|| format!("--timeout: `{v}` is not a number of seconds"))?,
                );
            }
            "--verbose" | "-v" => o.vm_opts.verbose = true,
            "--quick" => {
                o.bench_args.push(a.clone());
                o.vm_args.push(a.clone());
            }
            "--runs" => {
                let v = it.next().context("--runs needs a number")?;
                o.bench_args.extend([a.clone(), v.clone()]);
                o.vm_args.extend([a.clone(), v.clone()]);
            }
            "--push-batch" => {
                let v = it.next().context("--push-batch needs a number")?;
                o.vm_args.extend([a.clone(), v.clone()]);
            }
            "--routes" | "--impl" => {
                let v = it.next().with_context(|| format!("{a} needs a value"))?;
                o.bench_args.extend([a.clone(), v.clone()]);
            }
            _ => o.bench_args.push(a.clone()),
        }
    }
    if !o.host && !o.vm {
        bail!("--host-only and --vm-only exclude each other");
    }
    // A VM run is short (well under a second) and TCG is noisy: take the
    // median of more runs there unless the size was chosen.
    if !o.vm_args.iter().any(|a| a == "--quick" || a == "--runs") {
        o.vm_args.extend(["--runs".into(), VM_RUNS.to_string()]);
    }
    Ok(o)
}

/// `cargo` with the benchmark build's environment: its own target
/// directory (`<target>/bench`), so that the fat-LTO build does not
/// invalidate the normal one.
fn cargo() -> Command {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut c = Command::new(cargo);
    c.current_dir(ws_root())
        .env("CARGO_TARGET_DIR", target_root().join("bench"))
        .env_remove("CARGO_ENCODED_RUSTFLAGS");
    c
}

/// Builds the bench as a static executable for the guest; returns its path.
fn build_static() -> Result<PathBuf> {
    let t0 = std::time::Instant::now();
    run(cargo()
        .args(["build", "--quiet", "--profile", PROFILE, "-p", "bench"])
        .args(["--target", TRIPLE])
        .env(
            "RUSTFLAGS",
            "-C target-feature=+crt-static -C strip=debuginfo",
        ))
    .context("building the bench for the guest")?;
    let bin = target_root()
        .join("bench")
        .join(TRIPLE)
        .join(PROFILE)
        .join("bench");
    if elf_is_dynamic(&bin)? {
        bail!("{} is dynamically linked; it must be static", bin.display());
    }
    println!(
        "  bench (static): {} ({:.1} s)",
        bin.display(),
        crate::util::secs(t0)
    );
    Ok(bin)
}

/// Whether a line of the guest bench's output belongs to its results.
fn is_result_line(l: &str) -> bool {
    ["|", "ratio ", "target ", "targets:", "# "]
        .iter()
        .any(|p| l.starts_with(p))
}

/// Runs the host bench; returns its exit status.
fn host(o: &Opts) -> Result<i32> {
    println!("=== host bench (workloads 1-5 and cli-route-dump, profile {PROFILE}) ===");
    // cli-route-dump runs nlctl from beside the bench executable.
    run(cargo()
        .args(["build", "--quiet", "--profile", PROFILE, "-p", "nlctl"])
        .env_remove("RUSTFLAGS"))
    .context("building nlctl for the cli-route-dump workload")?;
    let st = cargo()
        .args(["run", "--quiet", "--profile", PROFILE, "-p", "bench", "--"])
        .args(&o.bench_args)
        .env_remove("RUSTFLAGS")
        .status()
        .context("cannot run cargo for the host bench")?;
    Ok(st.code().unwrap_or(1))
}

/// Runs workload 6 in the VM; returns the program's exit status.
fn vm(o: &Opts) -> Result<i32> {
    println!("=== VM bench (workload 6, kernel {}) ===", {
        let names: Vec<&str> = o.vm_opts.kernels.iter().map(|k| k.name()).collect();
        names.join(",")
    });
    let bin = build_static()?;
    let mut opts = o.vm_opts.clone();
    opts.program = std::iter::once(bin.display().to_string())
        .chain(o.vm_args.iter().cloned())
        .collect();
    let (code, report) = crate::vm::run_program_report(&opts)?;
    println!("=== VM bench results (guest output) ===");
    let lines: Vec<&String> = report.other.iter().filter(|l| is_result_line(l)).collect();
    if lines.is_empty() {
        println!("(the guest printed no results; see the console above)");
        return Ok(if code == 0 { 1 } else { code });
    }
    let mut prev = "";
    for l in lines {
        // The bench's layout: a blank line before the ratios and the targets.
        let kind = l.split(' ').next().unwrap_or("");
        if (kind == "ratio" || kind == "targets:") && kind != prev {
            println!();
        }
        prev = kind;
        println!("{l}");
    }
    Ok(code)
}

/// `cargo xtask bench [--host-only|--vm-only] [--kernel K] [--timeout S]
/// [bench args]`: exit status 0 when both parts ran with no failed cell.
pub fn main(args: &[String]) -> Result<i32> {
    let o = parse(args)?;
    let mut worst = 0;
    if o.host {
        worst = worst.max(host(&o)?);
    }
    if o.vm {
        worst = worst.max(vm(&o)?);
    }
    Ok(worst)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn splits_arguments_between_host_and_vm() {
        let o = parse(&args("--quick --runs 5 genl --impl neli")).unwrap();
        assert!(o.host && o.vm);
        assert_eq!(o.bench_args, args("--quick --runs 5 genl --impl neli"));
        assert_eq!(
            o.vm_args,
            args("vm --impl nlkit --impl c --impl c-recv --quick --runs 5")
        );
        let o = parse(&args("--vm-only --kernel 6.12")).unwrap();
        assert!(!o.host && o.vm);
        assert_eq!(
            o.vm_args,
            args("vm --impl nlkit --impl c --impl c-recv --runs 31")
        );
        assert!(parse(&args("--vm-only --host-only")).is_err());
        assert!(parse(&args("--runs")).is_err());
    }

    #[test]
    fn result_lines() {
        assert!(is_result_line("| vm-echo | nlkit | 1.0k |"));
        assert!(is_result_line("ratio vm-echo-vs-c 0.990"));
        assert!(is_result_line("target vm-echo-vs-c 0.990 >= 0.95 HOLDS"));
        assert!(!is_result_line("vm-echo / nlkit round 1"));
        assert!(!is_result_line("[    1.0] netlink_mod_a: hello"));
    }
}
