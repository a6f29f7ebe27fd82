//! `cargo xtask test`: the project's one test command.
//!
//! fmt, clippy, `cargo test` and the VM tests on all kernels; totals are
//! counted per check (fmt, clippy), per test (cargo test), per scenario (VM).

use crate::util::show;
use crate::{parse_vm_opts, vm};
use anyhow::{bail, Context, Result};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[derive(Default)]
struct Tally {
    passed: usize,
    failed: usize,
    stages: Vec<String>,
}

impl Tally {
    fn stage(&mut self, name: &str, passed: usize, failed: usize) {
        self.passed += passed;
        self.failed += failed;
        self.stages.push(format!(
            "{:<6} {name}: {passed} passed, {failed} failed",
            if failed == 0 { "ok" } else { "FAILED" }
        ));
    }
}

fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// Runs a command, streaming its stdout and returning (success, stdout lines).
fn run_streaming(mut cmd: Command) -> Result<(bool, Vec<String>)> {
    println!("=== {} ===", show(&cmd));
    let mut child = cmd
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot start `{}`", show(&cmd)))?;
    let mut lines = Vec::new();
    if let Some(out) = child.stdout.take() {
        for l in BufReader::new(out).lines() {
            let l = l.unwrap_or_default();
            println!("{l}");
            lines.push(l);
        }
    }
    Ok((child.wait()?.success(), lines))
}

/// Sums `test result: ok. 3 passed; 1 failed; ...` lines.
fn cargo_test_counts(lines: &[String]) -> (usize, usize) {
    let mut p = 0;
    let mut f = 0;
    for l in lines.iter().filter(|l| l.starts_with("test result:")) {
        for part in l.split([';', '.']) {
            let mut w = part.split_whitespace();
            if let (Some(n), Some(what)) = (w.next(), w.next()) {
                if let Ok(n) = n.parse::<usize>() {
                    match what {
                        "passed" => p += n,
                        "failed" => f += n,
                        _ => {}
                    }
                }
            }
        }
    }
    (p, f)
}

/// The fuzz targets: the seed corpus replayed as tests (stable, release),
/// then each target fuzzed for `$NLKIT_FUZZ_SECONDS` (default 20) seconds.
fn fuzz(t: &mut Tally) -> Result<()> {
    let root = crate::util::ws_root();
    let mut c = cargo();
    c.args(["test", "--release", "--manifest-path"])
        .arg(root.join("fuzz/Cargo.toml"));
    let (ok, lines) = run_streaming(c)?;
    let (p, mut f) = cargo_test_counts(&lines);
    if !ok && f == 0 {
        f = 1;
    }
    t.stage("fuzz corpus replay", p, f);

    let secs = std::env::var("NLKIT_FUZZ_SECONDS").unwrap_or_else(|_| "20".into());
    let mut c = Command::new("bash");
    c.arg(root.join("fuzz/run.sh")).arg(&secs);
    let (ok, lines) = run_streaming(c)?;
    let failed = lines.iter().filter(|l| l.starts_with("!! ")).count();
    let ran = lines
        .iter()
        .filter(|l| l.starts_with("== ") && l.ends_with('s'))
        .count();
    let failed = if !ok && failed == 0 { 1 } else { failed };
    t.stage(
        &format!("fuzz, {secs} s per target"),
        ran.saturating_sub(failed),
        failed,
    );
    Ok(())
}

/// Runs the test command; returns the process exit status.
pub fn run(args: &[String]) -> Result<i32> {
    let (mut host, mut vm_on) = (true, true);
    for a in args {
        match a.as_str() {
            "--host-only" => vm_on = false,
            "--vm-only" => host = false,
            other => bail!("unknown option `{other}` (use --host-only or --vm-only)"),
        }
    }
    let mut t = Tally::default();
    if host {
        let mut c = cargo();
        c.args(["fmt", "--all", "--check"]);
        let (ok, _) = run_streaming(c)?;
        t.stage("cargo fmt --check", usize::from(ok), usize::from(!ok));

        let mut c = cargo();
        c.args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--all-features",
            "--",
            "-D",
            "warnings",
        ]);
        let (ok, _) = run_streaming(c)?;
        t.stage("cargo clippy", usize::from(ok), usize::from(!ok));

        // Docs on every public item, no broken links, for the default
        // feature set and for all features (the async API shows there).
        for features in [&[][..], &["--all-features"][..]] {
            let mut c = cargo();
            c.env("RUSTDOCFLAGS", "-D warnings");
            c.args(["doc", "--no-deps", "--workspace"]).args(features);
            let (ok, _) = run_streaming(c)?;
            let name = format!("cargo doc {}", features.join(" "));
            t.stage(name.trim_end(), usize::from(ok), usize::from(!ok));
        }

        // spec/tests/c_kernel_build.rs builds generated C against the
        // 6.1 and 6.12 headers: have them in the cache (no-op when there).
        for line in [crate::fetch::Line::V6_1, crate::fetch::Line::V6_12] {
            crate::fetch::kernel(line)?;
        }
        let mut c = cargo();
        c.args(["test", "--workspace", "--all-features"]);
        let (ok, lines) = run_streaming(c)?;
        let (p, mut f) = cargo_test_counts(&lines);
        if !ok && f == 0 {
            f = 1; // did not build, or a test binary crashed
        }
        t.stage("cargo test", p, f);

        fuzz(&mut t)?;
    }
    if vm_on {
        let opts = parse_vm_opts(&[], "all")?;
        match vm::test(&opts) {
            Ok(v) => t.stage("vm test --kernel all", v.passed, v.failed),
            Err(e) => {
                println!("vm test: error: {e:#}");
                t.stage("vm test --kernel all", 0, 1);
            }
        }
    }
    println!("=== summary ===");
    for s in &t.stages {
        println!("{s}");
    }
    println!("{} passed, {} failed", t.passed, t.failed);
    Ok(if t.failed == 0 { 0 } else { 1 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_test_result_lines() {
        let lines: Vec<String> = [
            "test result: ok. 12 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.01s",
            "running 3 tests",
            "test result: FAILED. 2 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(cargo_test_counts(&lines), (14, 1));
    }
}
