//! The `vm` commands and `demo`: fetch, build, boot, judge, summarize.
//!
//! Each kernel boots once per command; the console streams to the terminal
//! and is saved to `target/vm/<kver>/console-<mode>.log`.

use crate::cli::VmOpts;
use crate::fetch::{self, Kernel, Line, Qemu};
use crate::image::{self, Program};
use crate::qemu;
use crate::report::Report;
use crate::util::{elf_is_dynamic, vm_target_dir};
use anyhow::{bail, Context, Result};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Counts over a `vm test` run.
#[derive(Debug, Default, Clone, Copy)]
pub struct Totals {
    /// Scenarios passed.
    pub passed: usize,
    /// Scenarios failed, plus one per kernel whose health check failed.
    pub failed: usize,
    /// Scenarios skipped.
    pub skipped: usize,
}

impl Totals {
    /// Whether nothing failed.
    pub fn ok(&self) -> bool {
        self.failed == 0
    }
}

fn print_packages(what: &str, pkgs: &[fetch::Pkg]) {
    let list: Vec<String> = pkgs.iter().map(|(p, v)| format!("{p} {v}")).collect();
    println!("  {what}: {}", list.join(", "));
}

/// Fetches the kernels of `opts` and QEMU; prints what is used.
pub fn fetch_all(opts: &VmOpts) -> Result<(Qemu, Vec<Kernel>)> {
    let q = fetch::qemu()?;
    let mut ks = Vec::new();
    for &line in &opts.kernels {
        let k = fetch::kernel(line)?;
        print_packages(&format!("kernel {} ({})", line.name(), k.kver), &k.packages);
        ks.push(k);
    }
    let qv: Vec<&fetch::Pkg> = q
        .packages
        .iter()
        .filter(|(p, _)| p == "qemu-system-x86")
        .collect();
    println!(
        "  qemu: {} (+{} packages, see manifest.txt in {})",
        qv.first()
            .map(|(p, v)| format!("{p} {v}"))
            .unwrap_or_default(),
        q.packages.len().saturating_sub(1),
        q.root
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default()
    );
    Ok((q, ks))
}

/// A kernel with its built modules and initramfs.
struct Built {
    kernel: Kernel,
    modules: Vec<PathBuf>,
    initrd: PathBuf,
}

impl Built {
    fn module_names(&self) -> Vec<String> {
        self.modules
            .iter()
            .filter_map(|m| m.file_stem().map(|s| s.to_string_lossy().replace('-', "_")))
            .collect()
    }
}

fn build_one(k: Kernel, guest: &std::path::Path, program: Option<&Program>) -> Result<Built> {
    let modules = image::build_modules(&k)?;
    let name = if program.is_some() {
        "initramfs-run.cpio"
    } else {
        "initramfs.cpio"
    };
    let initrd = vm_target_dir().join(&k.kver).join(name);
    image::pack(&k, &modules, guest, program, &initrd)?;
    Ok(Built {
        kernel: k,
        modules,
        initrd,
    })
}

fn build_with(opts: &VmOpts, program: Option<&Program>) -> Result<(Qemu, Vec<Built>)> {
    let t0 = Instant::now();
    let (q, ks) = fetch_all(opts)?;
    let guest = image::build_guest()?;
    let mut built = Vec::new();
    for k in ks {
        built.push(build_one(k, &guest, program)?);
    }
    println!("build ready in {:.1} s", t0.elapsed().as_secs_f64());
    Ok((q, built))
}

/// `vm build`: fetch, then build modules, guest and initramfs for each kernel.
pub fn build_all(opts: &VmOpts) -> Result<()> {
    build_with(opts, None).map(|_| ())
}

/// Boots one built kernel in `mode`, streaming the console; returns the
/// report, whether it timed out, and the boot time.
fn boot(
    q: &Qemu,
    b: &Built,
    mode: &str,
    filter: Option<&str>,
    opts: &VmOpts,
) -> Result<(Report, bool, Duration)> {
    let mut extra = format!("nlkit.mode={mode} nlkit.kernel={}", b.kernel.line.name());
    if let Some(f) = filter {
        if f.contains(char::is_whitespace) {
            bail!("--filter must not contain spaces");
        }
        extra.push_str(&format!(" nlkit.filter={f}"));
    }
    if let Some(seed) = opts.seed {
        extra.push_str(&format!(" nlkit.seed={seed}"));
    }
    // Soak sizes (docs/reliability.md): NLKIT_LONG=1, never in CI.
    if std::env::var("NLKIT_LONG").is_ok_and(|v| v == "1") {
        extra.push_str(" nlkit.long=1");
    }
    println!("=== boot {} ({mode}) ===", b.kernel.kver);
    let mut in_dmesg = false;
    let verbose = opts.verbose;
    let show = mode != "run";
    let result = qemu::boot(
        q,
        &b.kernel,
        &b.initrd,
        &extra,
        opts.timeout_for(b.kernel.line),
        |l| {
            if l.contains("NLKIT-DMESG-BEGIN") {
                in_dmesg = true;
            }
            let complaint = crate::report::is_complaint(l);
            // A guest file's hex lines are saved, not shown.
            let file_data = l.contains("NLKIT-FILE ") && !complaint;
            if file_data && !verbose {
                return;
            }
            if verbose || (!in_dmesg && (show || !l.contains("NLKIT-"))) || complaint {
                println!("{}{l}", if complaint { "!! " } else { "  | " });
            }
            if l.contains("NLKIT-DMESG-END") {
                in_dmesg = false;
            }
        },
    )?;
    let log = vm_target_dir()
        .join(&b.kernel.kver)
        .join(format!("console-{mode}.log"));
    std::fs::write(&log, result.lines.join("\n") + "\n")
        .with_context(|| format!("cannot write {}", log.display()))?;
    let report = Report::parse(&result.lines);
    println!(
        "=== {} powered off after {:.2} s{} (console: {}) ===",
        b.kernel.kver,
        result.elapsed.as_secs_f64(),
        if result.timed_out { " [TIMEOUT]" } else { "" },
        log.display()
    );
    Ok((report, result.timed_out, result.elapsed))
}

/// `vm test`: boots each kernel, runs the scenarios, prints a summary per
/// kernel; returns totals (a kernel with health problems counts as a failure).
pub fn test(opts: &VmOpts) -> Result<Totals> {
    let (q, built) = build_with(opts, None)?;
    let mut totals = Totals::default();
    let mut summary = Vec::new();
    for b in &built {
        let (r, timed_out, dt) = boot(&q, b, "test", opts.filter.as_deref(), opts)?;
        let (p, f, s) = (r.count("PASS"), r.count("FAIL"), r.count("SKIP"));
        let mut problems = r.health_problems(timed_out, b.kernel.line == Line::Debug);
        for m in &r.module_failures {
            problems.push(format!("module load failed: {m}"));
        }
        let files = vm_target_dir().join(&b.kernel.kver).join("files");
        problems.extend(crate::guestfiles::save_and_check(&r.files, &files));
        if r.scenarios.is_empty() {
            problems.push(match &opts.filter {
                Some(f) => format!("no scenario matched the filter `{f}`"),
                None => "no scenario ran".to_string(),
            });
        }
        totals.passed += p;
        totals.failed += f + usize::from(!problems.is_empty());
        totals.skipped += s;
        let verdict = if f == 0 && problems.is_empty() {
            "PASS"
        } else {
            "FAIL"
        };
        let mut text = format!(
            "{verdict} kernel {} ({}): {p} passed, {f} failed, {s} skipped; taint {}; boot {:.2} s",
            b.kernel.line.name(),
            b.kernel.kver,
            r.taint.map(|t| t.to_string()).unwrap_or_else(|| "?".into()),
            dt.as_secs_f64()
        );
        for sc in r.scenarios.iter().filter(|s| s.status != "PASS") {
            text.push_str(&format!("\n    {} {}: {}", sc.status, sc.name, sc.detail));
        }
        for pr in &problems {
            text.push_str(&format!("\n    {pr}"));
        }
        summary.push(text);
    }
    println!("=== VM summary ===");
    for s in &summary {
        println!("{s}");
    }
    Ok(totals)
}

/// `vm run`: runs a static program in the guest; returns its exit status.
pub fn run_program(opts: &VmOpts) -> Result<i32> {
    run_program_report(opts).map(|(code, _)| code)
}

/// `vm run`, also returning the console report (the program's output is
/// in [`Report::other`]); used by `cargo xtask bench`.
pub fn run_program_report(opts: &VmOpts) -> Result<(i32, Report)> {
    let (path, args) = opts
        .program
        .split_first()
        .context("usage: cargo xtask vm run [--kernel K] -- PROGRAM [ARGS]")?;
    let path = PathBuf::from(path);
    if elf_is_dynamic(&path)? {
        bail!(
            "{} is dynamically linked; the guest has no libraries. Build it static \
             (RUSTFLAGS=\"-C target-feature=+crt-static\" cargo build --target x86_64-unknown-linux-gnu)",
            path.display()
        );
    }
    let mut opts = opts.clone();
    opts.kernels.truncate(1);
    let program = Program {
        path,
        args: args.to_vec(),
    };
    let (q, built) = build_with(&opts, Some(&program))?;
    let b = built.first().context("no kernel")?;
    let (r, timed_out, _) = boot(&q, b, "run", None, &opts)?;
    println!("=== kernel log of the modules ===");
    for l in r.module_log(&b.module_names()) {
        println!("  {l}");
    }
    let problems = r.health_problems(timed_out, b.kernel.line == Line::Debug);
    for pr in &problems {
        println!("kernel problem: {pr}");
    }
    match r.run_exit {
        Some(code) => {
            println!("program exited with status {code}");
            if code == 0 && !problems.is_empty() {
                println!(
                    "FAIL: the program succeeded but the kernel reported {} problem(s)",
                    problems.len()
                );
                return Ok((1, r));
            }
            Ok((code, r))
        }
        None => {
            println!("the program did not finish (no NLKIT-RUN-EXIT)");
            Ok((1, r))
        }
    }
}

/// `demo`: boots 6.1 in demo mode and prints a readable account.
pub fn demo(opts: &VmOpts) -> Result<i32> {
    let (q, built) = build_with(opts, None)?;
    let b = built.first().context("no kernel")?;
    let (r, timed_out, dt) = boot(&q, b, "demo", None, opts)?;
    println!("=== what the modules logged ===");
    for l in r.module_log(&b.module_names()) {
        println!("  {l}");
    }
    let problems = r.health_problems(timed_out, b.kernel.line == Line::Debug);
    for p in &problems {
        println!("problem: {p}");
    }
    let ok = r.demo == Some(true) && problems.is_empty();
    println!(
        "demo on {}: {} ({:.2} s boot)",
        b.kernel.kver,
        if ok { "PASS" } else { "FAIL" },
        dt.as_secs_f64()
    );
    Ok(if ok { 0 } else { 1 })
}
