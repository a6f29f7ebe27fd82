//! `bench`: nlkit against a hand-written C client, neli, netlink-sys with
//! the netlink-packet-* crates, rtnetlink and genetlink, on the host's
//! kernel. Prints a table and one `ratio <workload>-vs-<baseline> <value>`
//! line per comparison (nlkit's speed over the baseline's: above 1.0 means
//! nlkit is faster). See docs/benchmarks.md.
//!
//! Usage: `cargo run --release -p bench -- [--quick] [--runs N]
//! [--routes N] [workloads...]`, workloads among `pingpong`, `throughput`,
//! `genl`, `route-dump`, `mirror-sync`, `multicast`, `cli-route-dump`, `vm` (default: all host workloads;
//! `vm` needs the kernel modules and runs in the guest of `cargo xtask bench`).

mod cffi;
mod cli;
mod common;
mod genl;
mod mcast;
mod mirror;
mod routes;
mod usersock;
mod vm;

use std::alloc::{GlobalAlloc, Layout, System};
use std::process::ExitCode;

use common::{summarise, BResult, Impl, Run, Summary, ALL_IMPLS};

/// The system allocator, counting allocations per thread.
struct Counting;

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter is a const-initialised thread-local without a destructor.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        common::count_allocation();
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        common::count_allocation();
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        common::count_allocation();
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Sizes of one bench run.
#[derive(Clone, Copy, Debug)]
struct Params {
    runs: usize,
    pingpong: u32,
    throughput: u32,
    batch: usize,
    genl: u32,
    routes: u32,
    multicast: u32,
    subscribers: usize,
    payload: usize,
    vm_echo: u32,
    vm_push: u32,
    vm_gen_batch: usize,
}

impl Params {
    fn full() -> Params {
        Params {
            runs: 7,
            pingpong: 40_000,
            throughput: 200_000,
            batch: 16,
            genl: 40_000,
            routes: 100_000,
            multicast: 40_000,
            subscribers: 8,
            payload: 64,
            vm_echo: 50_000,
            vm_push: 50_000,
            vm_gen_batch: vm::GEN_BATCH,
        }
    }

    fn quick() -> Params {
        Params {
            runs: 3,
            pingpong: 5_000,
            throughput: 25_000,
            genl: 5_000,
            routes: 20_000,
            multicast: 5_000,
            vm_echo: 5_000,
            vm_push: 5_000,
            ..Params::full()
        }
    }
}

/// What one cell of the table holds.
enum Cell {
    Done(Summary),
    NotApplicable(&'static str),
    Failed(String),
}

struct Row {
    workload: &'static str,
    imp: Impl,
    cell: Cell,
}

/// Why `c-recv` has no row: only the request/response loops have the variant.
const C_RECV_ONLY: &str = "n/a: c-recv is measured on genl and vm-echo only";
/// Why the mirror's rows are only two: no row elsewhere.
const MIRROR_ONLY: &str = "n/a: mirror-sync compares nlkit's mirror with nlkit's typed dump";
const GEN_ROUTE_ONLY: &str = "n/a: generated rt-route code, route-dump only";
const ROUTE_ONLY: &str = "n/a: rtnetlink speaks NETLINK_ROUTE only";
const GENL_ONLY: &str = "n/a: genetlink speaks NETLINK_GENERIC only";
const NELI_NO_DEST: &str =
    "n/a: neli cannot address a user portid or group (its send has no destination)";

fn unit(workload: &str) -> &'static str {
    match workload {
        "pingpong" | "genl" | "vm-echo" => "round trips/s",
        "route-dump" | "mirror-sync" => "routes/s",
        "multicast" => "deliveries/s",
        "vm-push" => "pushes/s",
        _ => "messages/s",
    }
}

/// The checksum of the first route dump, which every later dump must match.
static ROUTE_SUM: std::sync::Mutex<Option<u64>> = std::sync::Mutex::new(None);

/// Why workload 6 cannot run in this process (checked once), if it cannot.
static VM_UNAVAILABLE: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();

/// Why `imp` cannot run `workload`, if it cannot.
fn not_applicable(workload: &str, imp: Impl) -> Option<&'static str> {
    match (workload, imp) {
        ("mirror-sync", Impl::Nlkit | Impl::TypedDump) => None,
        ("mirror-sync", _) | (_, Impl::TypedDump) => Some(MIRROR_ONLY),
        ("genl" | "vm-echo", Impl::CRecv) | (_, Impl::Nlkit | Impl::C)
            if vm::WORKLOADS.contains(&workload) =>
        {
            VM_UNAVAILABLE.get_or_init(vm::unavailable).as_deref()
        }
        ("genl", Impl::CRecv) => None,
        (_, Impl::CRecv) => Some(C_RECV_ONLY),
        (w, _) if vm::WORKLOADS.contains(&w) => Some(vm::C_ONLY),
        ("pingpong" | "throughput" | "throughput-batched" | "multicast", Impl::Neli) => {
            Some(NELI_NO_DEST)
        }
        ("route-dump", Impl::Rtnetlink | Impl::NlkitGen) => None,
        (_, Impl::NlkitGen) => Some(GEN_ROUTE_ONLY),
        (_, Impl::Rtnetlink) => Some(ROUTE_ONLY),
        ("genl", Impl::Genetlink) => None,
        (_, Impl::Genetlink) => Some(GENL_ONLY),
        _ => None,
    }
}

/// One run of `imp` on `workload` (`measured`: not the warm-up round).
fn run_once(
    workload: &str,
    imp: Impl,
    p: &Params,
    ns: Option<&routes::Netns>,
    measured: bool,
) -> BResult<Run> {
    match (workload, imp) {
        ("pingpong", Impl::Nlkit) => usersock::nlkit_pingpong(p.pingpong, p.payload),
        ("pingpong", Impl::C) => cffi::pingpong(p.pingpong, p.payload),
        ("pingpong", _) => usersock::netlink_sys_pingpong(p.pingpong, p.payload),
        ("throughput" | "throughput-batched", _) => {
            let batch = if workload == "throughput" { 1 } else { p.batch };
            let n = if batch == 1 {
                p.throughput
            } else {
                p.throughput * 4
            };
            match imp {
                Impl::Nlkit => usersock::nlkit_throughput(n, p.payload, batch),
                Impl::C => cffi::throughput(n, p.payload, batch),
                _ => usersock::netlink_sys_throughput(n, p.payload, batch),
            }
        }
        ("genl", _) => {
            let (run, id) = match imp {
                Impl::Nlkit => genl::nlkit(p.genl),
                Impl::C => cffi::genl(p.genl, genl::FAMILY, false),
                Impl::CRecv => cffi::genl(p.genl, genl::FAMILY, true),
                Impl::Neli => genl::neli(p.genl),
                Impl::NetlinkSys => genl::netlink_sys(p.genl),
                _ => genl::genetlink(p.genl),
            }?;
            if id != nlkit::families::genl::GENL_ID_CTRL {
                return Err(format!("{}: family id {id}, expected 16", imp.name()));
            }
            Ok(run)
        }
        ("route-dump", _) => {
            let ns = ns.ok_or("no network namespace")?;
            let (run, sum) = routes::run_in_child(ns, imp)?;
            if run.msgs < u64::from(p.routes) {
                return Err(format!("{}: dumped {} routes", imp.name(), run.msgs));
            }
            // Every implementation parses the same attributes of the same
            // routes: their checksums must agree.
            let mut first = ROUTE_SUM.lock().map_err(|_| "checksum lock poisoned")?;
            match *first {
                None => *first = Some(sum),
                Some(s) if s != sum => {
                    return Err(format!(
                        "{}: route checksum {sum} differs from the first dump's {s}",
                        imp.name()
                    ))
                }
                Some(_) => {}
            }
            Ok(run)
        }
        ("mirror-sync", _) => {
            let ns = ns.ok_or("no network namespace")?;
            let run = if imp == Impl::Nlkit {
                mirror::sync(ns)
            } else {
                mirror::typed_dump(ns)
            }?;
            if run.msgs < u64::from(p.routes) {
                return Err(format!("{}: {} routes", imp.name(), run.msgs));
            }
            Ok(run)
        }
        ("multicast", Impl::Nlkit) => mcast::nlkit(p.multicast, p.payload, p.subscribers),
        ("multicast", Impl::C) => cffi::multicast(p.multicast, p.payload, p.subscribers),
        ("multicast", _) => mcast::netlink_sys(p.multicast, p.payload, p.subscribers),
        ("vm-echo", Impl::Nlkit) => vm::nlkit_echo(p.vm_echo, p.payload),
        ("vm-echo", Impl::C) => vm::c_echo(p.vm_echo, p.payload, false),
        ("vm-echo", Impl::CRecv) => vm::c_echo(p.vm_echo, p.payload, true),
        ("vm-push", Impl::Nlkit) => vm::nlkit_push(p.vm_push, p.vm_gen_batch, measured),
        ("vm-push", Impl::C) => vm::c_push(p.vm_push, p.vm_gen_batch, measured),
        _ => Err(format!("unknown workload {workload}")),
    }
}

/// Runs every implementation of `workload`: one warm-up round, then `runs`
/// rounds in which the implementations take turns (so that load changes on
/// the machine hit all of them alike), in the opposite order every other
/// round (so that none is always first after another workload or always
/// right after a given peer). One row per implementation.
fn run_workload(
    workload: &'static str,
    impls: &[Impl],
    p: &Params,
    ns: Option<&routes::Netns>,
) -> Vec<Row> {
    let mut runs: Vec<(Impl, Result<Vec<Run>, String>)> = Vec::new();
    let mut rows = Vec::new();
    for &imp in impls {
        match not_applicable(workload, imp) {
            // The C variant without checks exists for two workloads only: no row elsewhere.
            Some(C_RECV_ONLY | MIRROR_ONLY) => {}
            Some(why) => rows.push(Row {
                workload,
                imp,
                cell: Cell::NotApplicable(why),
            }),
            None => runs.push((imp, Ok(Vec::new()))),
        }
    }
    for round in 0..=p.runs {
        let n = runs.len();
        for k in 0..n {
            let (imp, results) = &mut runs[if round % 2 == 0 { k } else { n - 1 - k }];
            let Ok(list) = results else { continue };
            eprintln!("{workload} / {} round {round}", imp.name());
            let cpu0 = common::CpuTime::now();
            match run_once(workload, *imp, p, ns, round > 0) {
                Ok(mut r) if round > 0 => {
                    // Whole-run CPU time (setup included, small beside the
                    // hot loop) unless the workload measured its own.
                    r.cpu = r.cpu.or(Some(common::CpuTime::now().since(cpu0)));
                    list.push(r)
                }
                Ok(_) => {}
                Err(e) => *results = Err(e),
            }
        }
    }
    for (imp, results) in runs {
        let cell = match results {
            Ok(list) => Cell::Done(summarise(&list)),
            Err(e) => Cell::Failed(e),
        };
        rows.push(Row {
            workload,
            imp,
            cell,
        });
    }
    rows.sort_by_key(|r| ALL_IMPLS.iter().position(|i| *i == r.imp));
    rows
}

fn fmt_rate(r: f64) -> String {
    if r >= 1e6 {
        format!("{:.2}M", r / 1e6)
    } else if r >= 1e3 {
        format!("{:.1}k", r / 1e3)
    } else {
        format!("{r:.0}")
    }
}

fn print_table(rows: &[Row]) {
    println!("| workload | implementation | median | unit | min .. max | CPU µs/msg user + kernel | allocs/msg | peak RSS KiB (growth) | lost / overruns | note |");
    println!("|---|---|---:|---|---|---|---:|---|---|---|");
    for r in rows {
        let (median, spread, cpu, allocs, mem, loss, note) = match &r.cell {
            Cell::Done(s) => (
                fmt_rate(s.rate),
                format!("{} .. {}", fmt_rate(s.min), fmt_rate(s.max)),
                s.cpu_us
                    .map_or(String::new(), |(u, k)| format!("{u:.3} + {k:.3}")),
                s.allocs_per_msg.map_or("not counted (C)".into(), |a| {
                    format!("{a:.4} ({:.0} in {})", a * s.msgs as f64, s.msgs)
                }),
                match (s.peak_kib, s.delta_kib) {
                    (Some(p), Some(d)) => format!("{p} (+{d})"),
                    _ => String::new(),
                },
                if matches!(r.workload, "multicast" | "vm-push") {
                    format!(
                        "{} of {} ({:.1}%) / {}",
                        s.lost,
                        s.msgs + s.lost,
                        100.0 * s.lost as f64 / (s.msgs + s.lost).max(1) as f64,
                        s.overruns
                    )
                } else {
                    String::new()
                },
                format!("median of {}", s.runs),
            ),
            Cell::NotApplicable(why) => (
                "-".into(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                why.to_string(),
            ),
            Cell::Failed(e) => (
                "FAILED".into(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                e.replace('|', "/"),
            ),
        };
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            r.workload,
            r.imp.name(),
            median,
            unit(r.workload),
            spread,
            cpu,
            allocs,
            mem,
            loss,
            note
        );
    }
}

fn done<'a>(rows: &'a [Row], w: &str, imp: Impl) -> Option<&'a Summary> {
    rows.iter()
        .find(|r| r.workload == w && r.imp == imp)
        .and_then(|r| match &r.cell {
            Cell::Done(s) => Some(s),
            _ => None,
        })
}

/// Prints the ratio lines and returns the target checks (name, value, goal, held).
fn ratios(rows: &[Row], workloads: &[&'static str]) -> Vec<(String, f64, String, bool)> {
    let mut checks = Vec::new();
    for &w in workloads {
        let Some(me) = done(rows, w, Impl::Nlkit) else {
            continue;
        };
        if let Some(gen) = done(rows, w, Impl::NlkitGen) {
            // The generated decoder against the hand-written one.
            let v = gen.speedup_over(me);
            println!("ratio {w}-nlkit-gen-vs-nlkit {v:.3}");
            checks.push((
                format!("{w}-nlkit-gen-vs-nlkit"),
                v,
                ">= 0.95".into(),
                v >= 0.95,
            ));
        }
        let others = ALL_IMPLS
            .into_iter()
            .filter(|i| !matches!(i, Impl::Nlkit | Impl::NlkitGen));
        for imp in others {
            let Some(other) = done(rows, w, imp) else {
                continue;
            };
            let v = me.speedup_over(other);
            if let Some(r) = me.paired(other).filter(|r| r.len() >= 4) {
                println!(
                    "# {w}-vs-{}: per-round ratios {:.3} .. {:.3}, quartiles {:.3} / {:.3} / {:.3}",
                    imp.name(),
                    r[0],
                    r[r.len() - 1],
                    r[r.len() / 4],
                    r[r.len() / 2],
                    r[(3 * r.len()) / 4]
                );
            }
            println!("ratio {w}-vs-{} {v:.3}", imp.name());
            let goal = match (w, imp) {
                ("throughput-batched" | "multicast", Impl::C) | (_, Impl::CRecv) => None,
                (_, Impl::C) => Some(0.95),
                ("route-dump", Impl::Neli | Impl::NetlinkSys) => Some(1.5),
                ("route-dump", Impl::Rtnetlink) => Some(2.0),
                ("mirror-sync", Impl::TypedDump) => Some(0.8),
                _ => Some(1.1),
            };
            if let Some(g) = goal {
                checks.push((
                    format!("{w}-vs-{}", imp.name()),
                    v,
                    format!(">= {g}"),
                    v >= g,
                ));
            }
        }
        if w == "route-dump" {
            for imp in [Impl::C, Impl::Neli, Impl::NetlinkSys, Impl::Rtnetlink] {
                let (Some(a), Some(b)) =
                    (me.delta_kib, done(rows, w, imp).and_then(|s| s.delta_kib))
                else {
                    continue;
                };
                let v = b.max(1) as f64 / a.max(1) as f64;
                println!("ratio route-dump-memory-vs-{} {v:.3}", imp.name());
                match imp {
                    Impl::Rtnetlink => checks.push((
                        "route-dump-memory-vs-rtnetlink".into(),
                        v,
                        ">= 4 (a quarter of its peak growth)".into(),
                        v >= 4.0,
                    )),
                    Impl::C => checks.push((
                        "route-dump-memory-vs-c".into(),
                        v,
                        ">= 0.5 (within 2x of C)".into(),
                        v >= 0.5,
                    )),
                    _ => {}
                }
            }
        }
        if matches!(w, "pingpong" | "genl" | "multicast" | "vm-echo" | "vm-push") {
            if let Some(a) = me.allocs_per_msg {
                checks.push((
                    format!("{w}-nlkit-allocs-per-msg"),
                    a,
                    "== 0".into(),
                    a == 0.0,
                ));
            }
        }
    }
    if let (Some(b), Some(u)) = (
        done(rows, "throughput-batched", Impl::Nlkit),
        done(rows, "throughput", Impl::Nlkit),
    ) {
        let v = b.rate / u.rate.max(1e-9);
        println!("ratio throughput-batched-vs-unbatched {v:.3}");
        checks.push((
            "throughput-batched-vs-unbatched".into(),
            v,
            ">= 3".into(),
            v >= 3.0,
        ));
    }
    checks
}

fn usage() -> String {
    "usage: bench [--quick] [--runs N] [--routes N] [--push-batch N] [--impl NAME]... [pingpong|throughput|genl|route-dump|mirror-sync|multicast|cli-route-dump|vm ...]".into()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(sub @ ("__route-capture" | "__route-parse")) = args.first().map(String::as_str) {
        let file = args.get(1).map_or("", String::as_str);
        let r = if sub == "__route-capture" {
            routes::capture_main(file)
        } else {
            routes::parse_main(file, args.get(2).map_or("", String::as_str))
        };
        return match r {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{e}");
                ExitCode::FAILURE
            }
        };
    }
    if args.first().map(String::as_str) == Some("__route-dump-child") {
        return match routes::child_main(args.get(1).map_or("", String::as_str)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{e}");
                ExitCode::FAILURE
            }
        };
    }
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        Err(e) => {
            eprintln!("bench: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Runs the selected workloads; Ok(false) if some cell failed.
fn run(args: &[String]) -> BResult<bool> {
    let mut p = Params::full();
    let mut quick = false;
    let mut runs = None;
    let mut nroutes = None;
    let mut gen_batch = None;
    let mut selected: Vec<&'static str> = Vec::new();
    let mut impls: Vec<Impl> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--quick" => quick = true,
            "--runs" | "--routes" | "--push-batch" => {
                let v: u32 = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or_else(|| format!("{a} needs a number\n{}", usage()))?;
                match a.as_str() {
                    "--runs" => runs = Some(v.max(1) as usize),
                    "--routes" => nroutes = Some(v),
                    _ if v > 64 => return Err("--push-batch is at most 64".into()),
                    _ => gen_batch = Some(v as usize),
                }
            }
            "--impl" => {
                let name = it.next().map_or("", String::as_str);
                impls.push(
                    Impl::from_name(name)
                        .ok_or_else(|| format!("unknown implementation {name:?}\n{}", usage()))?,
                );
            }
            "pingpong" => selected.push("pingpong"),
            "throughput" => selected.extend(["throughput", "throughput-batched"]),
            "genl" => selected.push("genl"),
            "route-dump" | "routes" => selected.push("route-dump"),
            "mirror-sync" | "mirror" => selected.push("mirror-sync"),
            "cli-route-dump" => selected.push("cli-route-dump"),
            "multicast" => selected.push("multicast"),
            "vm" => selected.extend(vm::WORKLOADS),
            "-h" | "--help" => {
                println!("{}", usage());
                return Ok(true);
            }
            other => return Err(format!("unknown argument {other:?}\n{}", usage())),
        }
    }
    if quick {
        p = Params::quick();
    }
    if let Some(r) = runs {
        p.runs = r;
    }
    if let Some(r) = nroutes {
        p.routes = r;
    }
    if let Some(b) = gen_batch {
        p.vm_gen_batch = b;
    }
    if selected.is_empty() {
        selected = vec![
            "pingpong",
            "throughput",
            "throughput-batched",
            "genl",
            "route-dump",
            "mirror-sync",
            "multicast",
            "cli-route-dump",
        ];
    }
    println!(
        "# nlkit bench: {} runs after 1 warm-up, payload {} B, {} routes, batch {}, {} subscribers{}{}",
        p.runs,
        p.payload,
        p.routes,
        p.batch,
        p.subscribers,
        if selected.iter().any(|w| w.starts_with("vm-")) {
            format!(
                ", vm: {} echoes, {} pushes per run",
                p.vm_echo, p.vm_push
            )
        } else {
            String::new()
        },
        if quick { " (quick)" } else { "" }
    );
    let netns = if selected.contains(&"route-dump")
        || selected.contains(&"mirror-sync")
        || selected.contains(&"cli-route-dump")
    {
        eprintln!("creating a network namespace with {} routes...", p.routes);
        Some(routes::Netns::create(p.routes)?)
    } else {
        None
    };
    if impls.is_empty() {
        impls = ALL_IMPLS.to_vec();
    }
    let mut rows = Vec::new();
    for &w in selected.iter().filter(|w| **w != "cli-route-dump") {
        rows.extend(run_workload(w, &impls, &p, netns.as_ref()));
    }
    print_table(&rows);
    let mut cli_failed = false;
    let cli_checks = match (&netns, selected.contains(&"cli-route-dump")) {
        (Some(ns), true) => match cli::run(ns.name(), p.runs) {
            Ok(c) => c,
            Err(e) => {
                println!("\n| cli-route-dump | (all) | failed: {e} |");
                cli_failed = true;
                Vec::new()
            }
        },
        _ => Vec::new(),
    };
    drop(netns);
    if let Some((a, b)) = vm::generator_rates() {
        println!(
            "\n# vm-push generator ({}): median {} events/s during nlkit's runs, {} during C's",
            vm::generator_name(p.vm_gen_batch),
            fmt_rate(a),
            fmt_rate(b)
        );
    }
    println!();
    let mut checks = ratios(&rows, &selected);
    checks.extend(cli_checks);
    println!();
    println!("targets:");
    for (name, v, goal, ok) in &checks {
        println!(
            "target {name} {v:.3} {goal} {}",
            if *ok { "HOLDS" } else { "MISSED" }
        );
    }
    Ok(!cli_failed && !rows.iter().any(|r| matches!(r.cell, Cell::Failed(_))))
}
