//! Concurrency: requests from many threads on both modules while
//! subscribers come and go and module A is unloaded and reloaded in a loop.
//! Threads on A must see clean errors while it is gone (`EPROTONOSUPPORT`
//! at `socket()`), never a hang (every wait is bounded) or a crash.

use super::reliability_util::{self as u, check_kmsg, Rng};
use super::Scenario;
use crate::ctx::Ctx;
use nlkit::families::nlmod::msg;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The scenarios of this file.
pub fn scenarios() -> Vec<Scenario> {
    vec![Scenario {
        name: "reliability_concurrency_reload",
        run: concurrency,
    }]
}

/// Counters shared by the worker threads.
#[derive(Default)]
struct Counts {
    echo_ok: AtomicU64,
    unsupported: AtomicU64,
    subscribed: AtomicU64,
    reuse_races: AtomicU64,
}

/// One worker: ECHO (or SUBSCRIBE, then close) on `proto` with a fresh
/// socket each time, until `stop`. `may_vanish`: the module may be unloaded.
fn worker(
    proto: u32,
    subscribe: bool,
    may_vanish: bool,
    seed: u64,
    stop: &AtomicBool,
    c: &Counts,
    errors: &Mutex<Vec<String>>,
) {
    let mut rng = Rng::new(seed);
    let mut seq = 1u32;
    while !stop.load(Ordering::Relaxed) {
        seq = seq.wrapping_add(1).max(1);
        let s = match u::open(proto) {
            Ok(s) => s,
            Err(e) if may_vanish && e.errno() == Some(libc::EPROTONOSUPPORT) => {
                c.unsupported.fetch_add(1, Ordering::Relaxed);
                std::thread::sleep(Duration::from_millis(1));
                continue;
            }
            Err(e) => {
                push_err(errors, format!("protocol {proto}: socket: {e}"));
                return;
            }
        };
        let portid = s.portid().unwrap_or(0);
        let r = if subscribe {
            u::request(&s, msg::SUBSCRIBE, 0, seq, &[]).and_then(|a| match u::ack_errno(&a) {
                0 => {
                    c.subscribed.fetch_add(1, Ordering::Relaxed);
                    Ok(())
                }
                // Known race (kernel ordering, see docs/reliability.md): autobind
                // tries portid = tgid first, and netlink_release frees the portid
                // before the NETLINK_URELEASE notifier tells the module; a new
                // socket on the same portid in that window is "already subscribed".
                libc::EEXIST if portid == std::process::id() => {
                    c.reuse_races.fetch_add(1, Ordering::Relaxed);
                    Ok(())
                }
                e => Err(format!("SUBSCRIBE from portid {portid}: errno {e}")),
            })
        } else {
            u::echo_on(&s, seq).map(|()| {
                c.echo_ok.fetch_add(1, Ordering::Relaxed);
            })
        };
        if let Err(e) = r {
            push_err(errors, format!("protocol {proto}: {e}"));
            return;
        }
        drop(s);
        // Short pauses with no socket open: the windows in which A can unload
        // (each socket holds a reference on the module).
        if may_vanish {
            std::thread::sleep(Duration::from_micros(300 + rng.below(1200)));
        } else if rng.below(8) == 0 {
            std::thread::yield_now();
        }
    }
}

fn push_err(errors: &Mutex<Vec<String>>, e: String) {
    if let Ok(mut v) = errors.lock() {
        v.push(e);
    }
}

fn concurrency(ctx: &mut Ctx) -> Result<(), String> {
    let r = concurrency_inner(ctx);
    if !Ctx::module_loaded("netlink_mod_a") {
        let _ = ctx.load_module("netlink_mod_a", "");
    }
    r
}

fn concurrency_inner(ctx: &mut Ctx) -> Result<(), String> {
    u::ensure_loaded(ctx)?;
    let debug = u::is_debug(ctx);
    let reloads = if debug { 6 } else { 20 };
    let seed = u::run_seed();
    ctx.log(format!(
        "seed {seed}; 8 threads (ECHO x2 and SUBSCRIBE x2 per module), module A reloaded {reloads} times"
    ));
    let mark = ctx.mark();
    let stop = AtomicBool::new(false);
    let (ca, cb) = (Counts::default(), Counts::default());
    let errors = Mutex::new(Vec::<String>::new());
    let t0 = Instant::now();
    let mut reload_log = Vec::new();
    let result: Result<(), String> = std::thread::scope(|sc| {
        for i in 0..4u64 {
            let (stop, ca, cb, errors) = (&stop, &ca, &cb, &errors);
            sc.spawn(move || worker(17, i % 2 == 1, true, seed ^ i, stop, ca, errors));
            sc.spawn(move || worker(18, i % 2 == 1, false, seed ^ (i + 100), stop, cb, errors));
        }
        let mut r = Ok(());
        for n in 0..reloads {
            std::thread::sleep(Duration::from_millis(100));
            match u::unload_retry(ctx, "netlink_mod_a", Duration::from_secs(10)) {
                Ok(tries) => reload_log.push(tries),
                Err(e) => {
                    r = Err(format!("reload {n}: unload: {e}"));
                    break;
                }
            }
            // A is gone: opening a socket must fail cleanly.
            match u::open(17) {
                Err(e) if e.errno() == Some(libc::EPROTONOSUPPORT) => {}
                Err(e) => {
                    r = Err(format!("reload {n}: socket(17) while unloaded: {e}"));
                    break;
                }
                Ok(_) => {
                    r = Err(format!(
                        "reload {n}: socket(17) succeeded while module A is unloaded"
                    ));
                    break;
                }
            }
            std::thread::sleep(Duration::from_millis(50));
            if let Err(e) = ctx.load_module("netlink_mod_a", "") {
                r = Err(format!("reload {n}: load: {e}"));
                break;
            }
            if errors.lock().is_ok_and(|v| !v.is_empty()) {
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(200));
        stop.store(true, Ordering::Relaxed);
        r
    });
    let errs = errors.lock().map(|v| v.clone()).unwrap_or_default();
    let ld = |c: &Counts| {
        (
            c.echo_ok.load(Ordering::Relaxed),
            c.subscribed.load(Ordering::Relaxed),
            c.unsupported.load(Ordering::Relaxed),
            c.reuse_races.load(Ordering::Relaxed),
        )
    };
    let (a, b) = (ld(&ca), ld(&cb));
    ctx.log(format!(
        "{:.1} s: A echo {} subscribe {} EPROTONOSUPPORT {}; B echo {} subscribe {}; \
         SUBSCRIBE EEXIST from the portid-reuse race: A {} B {}; unload tries per reload {reload_log:?}",
        t0.elapsed().as_secs_f64(),
        a.0,
        a.1,
        a.2,
        b.0,
        b.1,
        a.3,
        b.3
    ));
    result?;
    if !errs.is_empty() {
        return Err(format!(
            "worker errors: {}",
            errs[..errs.len().min(3)].join(" | ")
        ));
    }
    if a.0 == 0 || b.0 == 0 || b.1 == 0 {
        return Err("a worker made no progress".to_string());
    }
    check_kmsg(ctx, mark)?;
    u::echo_check(17)?;
    u::echo_check(18)
}
