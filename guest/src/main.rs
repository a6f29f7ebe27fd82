//! The nlkit test VM's `/init`: mounts the pseudo file systems, loads the
//! modules, runs the scenarios (or a program, or the demo), reports on the
//! console in the `NLKIT-*` protocol of `docs/vm.md`, and powers off.

use guest::ctx::{panic_text, Ctx, SKIP_PREFIX};
use guest::{demo, scenarios, sys};
use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// What the kernel command line asks for (`nlkit.mode=`, `nlkit.filter=`, `nlkit.kernel=`).
struct Options {
    mode: String,
    filter: Option<String>,
    kernel: String,
}

fn parse_cmdline(cmdline: &str) -> Options {
    let mut o = Options {
        mode: "test".to_string(),
        filter: None,
        kernel: String::new(),
    };
    for w in cmdline.split_whitespace() {
        if let Some(v) = w.strip_prefix("nlkit.mode=") {
            o.mode = v.to_string();
        } else if let Some(v) = w.strip_prefix("nlkit.filter=") {
            o.filter = Some(v.to_string());
        } else if let Some(v) = w.strip_prefix("nlkit.kernel=") {
            o.kernel = v.to_string();
        }
    }
    o
}

fn one_line(s: &str) -> String {
    s.replace('\n', " | ")
}

fn mount_all() {
    for (src, target, fs) in [
        ("proc", "/proc", "proc"),
        ("sysfs", "/sys", "sysfs"),
        ("devtmpfs", "/dev", "devtmpfs"),
        ("debugfs", "/sys/kernel/debug", "debugfs"),
        ("tmpfs", "/tmp", "tmpfs"),
    ] {
        let _ = std::fs::create_dir_all(target);
        if let Err(e) = sys::mount(src, target, fs) {
            if e.raw_os_error() != Some(libc::EBUSY) {
                println!("NLKIT-LOG mount {fs} on {target}: {e}");
            }
        }
    }
}

fn load_modules(ctx: &mut Ctx) {
    for path in Ctx::module_files() {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match ctx.load_file(&path, "") {
            Ok(()) => println!("NLKIT-MODULE {name} OK"),
            Err(e) => println!("NLKIT-MODULE {name} FAIL {}", one_line(&e)),
        }
    }
}

fn run_scenarios(ctx: &mut Ctx, filter: Option<&str>) -> (usize, usize, usize) {
    let (mut pass, mut fail, mut skip) = (0, 0, 0);
    for sc in scenarios::registry() {
        if !scenarios::selected(sc.name, filter) {
            continue;
        }
        ctx.scenario = sc.name.to_string();
        println!("NLKIT-BEGIN {}", sc.name);
        let result = catch_unwind(AssertUnwindSafe(|| (sc.run)(ctx)))
            .unwrap_or_else(|p| Err(format!("panic: {}", panic_text(&*p))));
        sys::reap_zombies();
        let (status, detail) = match result {
            Ok(()) => {
                pass += 1;
                ("PASS", "ok".to_string())
            }
            Err(e) if e.starts_with(SKIP_PREFIX) => {
                skip += 1;
                ("SKIP", e[SKIP_PREFIX.len()..].to_string())
            }
            Err(e) => {
                fail += 1;
                ("FAIL", e)
            }
        };
        println!("NLKIT-SCENARIO {} {status} {}", sc.name, one_line(&detail));
        let _ = std::io::stdout().flush();
    }
    (pass, fail, skip)
}

/// Unloads our modules at the end of the run (B before A, retrying while
/// sockets are being released); prints `NLKIT-UNLOAD <name> OK|FAIL <error>`.
/// A module that cannot be unloaded means a leaked reference (xtask fails it);
/// unloading is also what lets kmemleak see what a module forgot to free.
fn unload_modules() {
    let mut names: Vec<String> = Ctx::module_files()
        .iter()
        .filter_map(|p| p.file_name())
        .map(|n| {
            let n = n.to_string_lossy();
            n.split('.').next().unwrap_or("").replace('-', "_")
        })
        .collect();
    names.reverse();
    for name in names.iter().map(String::as_str).chain(["nlmon", "dummy"]) {
        if !Ctx::module_loaded(name) {
            continue;
        }
        let end = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let result = loop {
            match sys::delete_module(name) {
                Ok(()) => break Ok(()),
                Err(_) if std::time::Instant::now() < end => {
                    std::thread::sleep(std::time::Duration::from_millis(100));
                }
                Err(e) => break Err(e),
            }
        };
        match result {
            Ok(()) => println!("NLKIT-UNLOAD {name} OK"),
            Err(e) => println!("NLKIT-UNLOAD {name} FAIL {e}"),
        }
    }
}

/// On a kernel with kmemleak (the debug kernel): two scans (kmemleak reports
/// an object only when it is older than 5 s and unchanged since the previous
/// scan), then the report between `NLKIT-KMEMLEAK-BEGIN` and `-END`.
fn kmemleak_report() {
    const PATH: &str = "/sys/kernel/debug/kmemleak";
    if !std::path::Path::new(PATH).exists() {
        return;
    }
    let t0 = std::time::Instant::now();
    let mut errors = Vec::new();
    for i in 0..2 {
        if i > 0 {
            std::thread::sleep(std::time::Duration::from_secs(1));
        }
        if let Err(e) = std::fs::write(PATH, "scan") {
            errors.push(format!("kmemleak scan failed: {e}"));
        }
    }
    let text = match std::fs::read(PATH) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            errors.push(format!("reading {PATH} failed: {e}"));
            String::new()
        }
    };
    println!("NLKIT-KMEMLEAK-BEGIN");
    for l in errors.iter().map(String::as_str).chain(text.lines()) {
        println!("{l}");
    }
    let entries = text.matches("unreferenced object").count();
    println!(
        "NLKIT-KMEMLEAK-END entries={entries} scan_seconds={:.1}",
        t0.elapsed().as_secs_f64()
    );
}

/// `vm run`: runs /bin/program with the arguments in /nlkit/args.
fn run_program() -> i32 {
    use std::os::unix::process::ExitStatusExt;
    let args: Vec<String> = std::fs::read("/nlkit/args")
        .map(|b| {
            b.split(|&c| c == 0)
                .filter(|a| !a.is_empty())
                .map(|a| String::from_utf8_lossy(a).into_owned())
                .collect()
        })
        .unwrap_or_default();
    println!("NLKIT-RUN-BEGIN /bin/program {}", args.join(" "));
    let _ = std::io::stdout().flush();
    let code = match std::process::Command::new("/bin/program")
        .args(&args)
        .status()
    {
        Ok(st) => st.code().unwrap_or_else(|| 128 + st.signal().unwrap_or(0)),
        Err(e) => {
            println!("NLKIT-LOG cannot start /bin/program: {e}");
            127
        }
    };
    sys::reap_zombies();
    println!("NLKIT-RUN-EXIT {code}");
    code
}

fn run() {
    mount_all();
    let cmdline = std::fs::read_to_string("/proc/cmdline").unwrap_or_default();
    let opts = parse_cmdline(&cmdline);
    let mut ctx = Ctx::new(opts.kernel.clone());
    println!(
        "NLKIT-START mode={} kernel={} osrelease={}",
        opts.mode, ctx.kernel, ctx.osrelease
    );
    load_modules(&mut ctx);
    let (pass, fail, skip) = match opts.mode.as_str() {
        "test" => run_scenarios(&mut ctx, opts.filter.as_deref()),
        "run" => {
            let ok = run_program() == 0;
            (usize::from(ok), usize::from(!ok), 0)
        }
        "demo" => {
            let ok = catch_unwind(AssertUnwindSafe(|| demo::run(&mut ctx))).unwrap_or(false);
            println!("NLKIT-DEMO {}", if ok { "PASS" } else { "FAIL" });
            (usize::from(ok), usize::from(!ok), 0)
        }
        other => {
            println!("NLKIT-LOG unknown nlkit.mode={other}");
            (0, 1, 0)
        }
    };
    unload_modules();
    kmemleak_report();
    println!("NLKIT-DMESG-BEGIN");
    for r in ctx.kmsg_all() {
        println!("{r}");
    }
    println!("NLKIT-DMESG-END");
    let taint = std::fs::read_to_string("/proc/sys/kernel/tainted").unwrap_or_default();
    println!("NLKIT-TAINT {}", taint.trim());
    println!("NLKIT-DONE pass={pass} fail={fail} skip={skip}");
}

fn main() {
    if std::process::id() != 1 {
        eprintln!(
            "guest: this is the VM's /init and must run as PID 1 (use `cargo xtask vm test`)"
        );
        std::process::exit(2);
    }
    sys::ensure_console();
    if let Err(p) = catch_unwind(run) {
        println!("NLKIT-FATAL panic: {}", one_line(&panic_text(&*p)));
    }
    let _ = std::io::stdout().flush();
    sys::power_off();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cmdline_options() {
        let o = parse_cmdline(
            "console=ttyS0 nlkit.mode=run nlkit.filter=seed,x nlkit.kernel=6.12 quiet\n",
        );
        assert_eq!(o.mode, "run");
        assert_eq!(o.filter.as_deref(), Some("seed,x"));
        assert_eq!(o.kernel, "6.12");
        assert_eq!(parse_cmdline("").mode, "test");
    }
}
