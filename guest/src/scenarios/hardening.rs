//! Findings of the netdev review of `kmod/` (issue 10), one scenario each:
//! protocol numbers someone else owns are refused, a request that arrives
//! while the module is still loading is answered, and TRIGGER never
//! delivers an event it then reports as failed.

use super::kit::{self, ensure, Module, A, B};
use super::reliability_util::{self as u, is_debug, long_mode};
use super::Scenario;
use crate::ctx::Ctx;
use nlkit::families::nlmod::{msg, stat};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The scenarios of this file.
pub fn scenarios() -> Vec<Scenario> {
    vec![
        Scenario {
            name: "proto_owned_a",
            run: |c| kit_guarded(c, A, proto_owned),
        },
        Scenario {
            name: "proto_owned_b",
            run: |c| kit_guarded(c, B, proto_owned),
        },
        Scenario {
            name: "load_window",
            run: load_window,
        },
        Scenario {
            name: "trigger_nomem_a",
            run: |c| trigger_nomem(c, A),
        },
        Scenario {
            name: "trigger_nomem_b",
            run: |c| trigger_nomem(c, B),
        },
        Scenario {
            name: "log_per_sender",
            run: log_per_sender,
        },
        Scenario {
            name: "tracepoint",
            run: tracepoint,
        },
    ]
}

/// Runs `f`, then makes sure `m` is loaded again with its defaults.
fn kit_guarded(
    ctx: &mut Ctx,
    m: Module,
    f: fn(&mut Ctx, Module) -> Result<(), String>,
) -> Result<(), String> {
    let r = f(ctx, m);
    let back = kit::restore(ctx, m);
    r.and(back)
}

/// Protocols the kernel registered without (USERSOCK) or with a kernel
/// socket (ROUTE, GENERIC, KOBJECT_UEVENT): loading on them must fail with
/// EBUSY, naming the owner, and leave nothing behind.
fn proto_owned(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    ctx.unload_module(m.name)?;
    for (p, owner) in [
        (2, "NETLINK_USERSOCK"),
        (0, "NETLINK_ROUTE"),
        (15, "NETLINK_KOBJECT_UEVENT"),
        (16, "NETLINK_GENERIC"),
    ] {
        let mark = ctx.mark();
        let params = format!("proto={p}");
        match ctx.load_module(m.name, &params) {
            Err(e) if e.contains(&format!("os error {})", libc::EBUSY)) => {}
            other => {
                // The old module "loaded" here; do not leave it in.
                let _ = ctx.unload_module(m.name);
                return Err(format!(
                    "loading {} {params}: {other:?}, expected EBUSY",
                    m.name
                ));
            }
        }
        ensure(!Ctx::module_loaded(m.name), || {
            format!("{} loaded on {params} despite EBUSY", m.name)
        })?;
        let want = format!(
            "{}: netlink protocol {p} is already in use by {owner}, not loading (use proto=N)",
            m.name
        );
        ctx.wait_kmsg(mark, Duration::from_secs(1), |l| l.contains(&want))
            .ok_or_else(|| format!("no `{want}` line"))?;
        kit::log_clean(ctx, mark)?;
    }
    // USERSOCK still works as before for user-to-user traffic.
    let s = u::open(2).map_err(|e| format!("USERSOCK socket after the refusals: {e}"))?;
    drop(s);
    // A free number such as 5 (NFLOG, no owner loaded) stays allowed.
    ctx.load_module(m.name, "proto=5")?;
    kit::echo_ok(&mut kit::client_on(5)?, b"on 5")?;
    ctx.unload_module(m.name)?;
    ctx.log("protocols 2, 0, 15, 16 refused with EBUSY and the owner named; 5 allowed");
    Ok(())
}

/// How often `load_window` reloads module A.
fn window_rounds(ctx: &Ctx) -> usize {
    if long_mode() {
        500
    } else if is_debug(ctx) {
        4
    } else {
        15
    }
}

/// ECHOs per thread and round once the module answers.
const WINDOW_ECHOS: u64 = 3;
/// Threads racing the module's load.
const WINDOW_THREADS: usize = 4;

/// Four threads open sockets on 17 in a tight loop while module A loads:
/// the first request that can be sent must be answered (the socket is live
/// as soon as `netlink_kernel_create()` registers the protocol, before it
/// returns), never dropped without an ACK. Repeated over many reloads.
fn load_window(ctx: &mut Ctx) -> Result<(), String> {
    let rounds = window_rounds(ctx);
    // A failing socket() tries request_module(); without modprobe that is
    // slow, so switch it off to keep the loop tight (restored afterwards).
    let modprobe = std::fs::read_to_string("/proc/sys/kernel/modprobe").unwrap_or_default();
    let _ = std::fs::write("/proc/sys/kernel/modprobe", "\n");
    let r = window_rounds_run(ctx, rounds);
    let _ = std::fs::write("/proc/sys/kernel/modprobe", modprobe.trim());
    let back = kit::restore(ctx, A);
    r.and(back)
}

fn window_rounds_run(ctx: &mut Ctx, rounds: usize) -> Result<(), String> {
    let mark = ctx.mark();
    let early = AtomicU64::new(0);
    let errors = Mutex::new(Vec::<String>::new());
    let start = Instant::now();
    for round in 0..rounds {
        u::unload_retry(ctx, A.name, Duration::from_secs(10))?;
        let stop = AtomicBool::new(false);
        let done = AtomicU64::new(0);
        std::thread::scope(|sc| -> Result<(), String> {
            for t in 0..WINDOW_THREADS {
                let (stop, done, errors, early) = (&stop, &done, &errors, &early);
                sc.spawn(move || {
                    let mut ok = 0;
                    let mut seq = (t as u32) << 20;
                    while ok < WINDOW_ECHOS && !stop.load(Ordering::Relaxed) {
                        let s = match u::open(A.proto) {
                            Ok(s) => s,
                            Err(e) if e.errno() == Some(libc::EPROTONOSUPPORT) => continue,
                            Err(e) => {
                                errors.lock().unwrap().push(format!("socket: {e}"));
                                return;
                            }
                        };
                        if ok == 0 {
                            early.fetch_add(1, Ordering::Relaxed);
                        }
                        seq += 1;
                        match u::echo_on(&s, seq) {
                            Ok(()) => ok += 1,
                            Err(e) => {
                                errors
                                    .lock()
                                    .unwrap()
                                    .push(format!("round {round}, thread {t}: {e}"));
                                return;
                            }
                        }
                    }
                    done.fetch_add(1, Ordering::Relaxed);
                });
            }
            std::thread::sleep(Duration::from_millis(2));
            let loaded = ctx.load_module(A.name, "");
            if loaded.is_err() {
                stop.store(true, Ordering::Relaxed);
            }
            loaded
        })?;
        let errs = errors.lock().unwrap();
        ensure(errs.is_empty(), || {
            format!(
                "{} request(s) lost at load: {:?}",
                errs.len(),
                &errs[..errs.len().min(4)]
            )
        })?;
        ensure(
            done.load(Ordering::Relaxed) == WINDOW_THREADS as u64,
            || format!("round {round}: a thread stopped early"),
        )?;
    }
    u::check_kmsg(ctx, mark)?;
    ctx.log(format!(
        "{rounds} loads of A raced by {WINDOW_THREADS} threads in {:.1} s: every first request answered ({} first requests)",
        start.elapsed().as_secs_f64(),
        early.load(Ordering::Relaxed)
    ));
    Ok(())
}

/// TRIGGER when its reply cannot be allocated (the module's debugfs test
/// hook `fail_replies` makes the next reply allocation fail): it must fail
/// with ENOMEM *without* firing, so that the retry fires the event once.
fn trigger_nomem(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let mark = ctx.mark();
    let mut admin = m.client()?;
    let mut sub = m.client()?;
    kit::subscribe(&mut sub)?;
    let mut group = kit::listener(m.proto, 0b1, &[])?;
    let before = kit::stats(&mut admin)?;
    std::fs::write(m.debugfs("fail_replies"), "1")
        .map_err(|e| format!("write {}: {e}", m.debugfs("fail_replies").display()))?;
    kit::expect_errno(
        kit::try_trigger(&mut admin, None, Some(b"once")),
        libc::ENOMEM,
        "TRIGGER with its reply allocation failing",
    )?;
    let mid = kit::stats(&mut admin)?;
    ensure(kit::delta(&before, &mid, stat::EVENTS) == 0, || {
        format!(
            "a TRIGGER that returned ENOMEM fired {} event(s)",
            kit::delta(&before, &mid, stat::EVENTS)
        )
    })?;
    kit::no_event(
        &mut sub,
        Duration::from_millis(100),
        "PUSH of a failed TRIGGER",
        |e| e.ty == msg::PUSH,
    )?;
    kit::no_event(
        &mut group,
        Duration::from_millis(50),
        "EVENT of a failed TRIGGER",
        |e| e.ty == msg::EVENT,
    )?;
    // The retry fires exactly one event, which both receive once.
    let seq = kit::trigger(&mut admin, None, Some(b"once"))?;
    for (c, ty, what) in [
        (&mut sub, msg::PUSH, "PUSH"),
        (&mut group, msg::EVENT, "EVENT"),
    ] {
        kit::wait_event(c, Duration::from_secs(2), what, |e| {
            e.ty == ty && e.seq == Some(seq)
        })?;
        kit::no_event(c, Duration::from_millis(50), "a second copy", |e| {
            e.ty == ty
        })?;
    }
    let after = kit::stats(&mut admin)?;
    ensure(kit::delta(&before, &after, stat::EVENTS) == 1, || {
        "the retry did not fire exactly one event".into()
    })?;
    kit::log_clean(ctx, mark)?;
    ctx.log(format!(
        "TRIGGER under ENOMEM fired nothing; the retry fired once (seq {seq})"
    ));
    Ok(())
}

/// Finding 6: a flood of bare messages from one user (nobody) must not
/// suppress another user's (root's) log line; ill-formed UTF-8, C1 and
/// bidi controls are escaped; the tracepoint carries every message.
pub fn log_per_sender(ctx: &mut Ctx) -> Result<(), String> {
    let mark = ctx.mark();
    ctx.as_user(|| {
        let s = u::open(A.proto).map_err(|e| e.to_string())?;
        for i in 0..300 {
            let m = super::seed::seed_message(0, &format!("flood {i}"));
            s.send(&m, nlkit::socket::Addr::KERNEL)
                .map_err(|e| format!("flood send: {e}"))?;
        }
        Ok(String::new())
    })?;
    let s = u::open(A.proto).map_err(|e| e.to_string())?;
    let portid = s.portid().map_err(|e| e.to_string())?;
    let mut raw = b"root a\xc2\x85b\xff\xe2\x80\xaeZ".to_vec();
    raw.push(0);
    let mut m = super::seed::seed_message(0, "");
    m.truncate(16);
    m.extend_from_slice(&raw);
    while m.len() % 4 != 0 {
        m.push(0);
    }
    let len = m.len() as u32;
    m[..4].copy_from_slice(&len.to_ne_bytes());
    s.send(&m, nlkit::socket::Addr::KERNEL)
        .map_err(|e| format!("send: {e}"))?;
    let want = format!(
        "{}: received from portid {portid}: \"root a\\xc2\\x85b\\xff\\xe2\\x80\\xaeZ\"",
        A.name
    );
    let got = ctx.wait_kmsg(mark, Duration::from_secs(2), |l| l.contains(&want));
    ensure(got.is_some(), || {
        let mine = kit::log_lines(ctx, mark, "root a");
        format!("no `{want}` after nobody's flood; root's lines: {mine:?}")
    })?;
    let flood = kit::log_lines(ctx, mark, "\"flood ").len();
    ensure(flood <= 100, || format!("{flood} flood lines logged"))?;
    ctx.log(format!(
        "nobody's 300 lines: {flood} logged; root's line logged, escaped: {want}"
    ));
    Ok(())
}

/// The nlkit_msg tracepoint in tracefs shows an ECHO with its seq.
pub fn tracepoint(ctx: &mut Ctx) -> Result<(), String> {
    let t = "/sys/kernel/tracing";
    let _ = std::fs::create_dir_all(t);
    let _ = crate::sys::mount("tracefs", t, "tracefs");
    let ev = format!("{t}/events/{}/nlkit_msg/enable", A.name);
    std::fs::write(&ev, "1").map_err(|e| format!("enable {ev}: {e}"))?;
    let _ = std::fs::write(format!("{t}/trace"), "");
    let s = u::open(A.proto).map_err(|e| e.to_string())?;
    let portid = s.portid().map_err(|e| e.to_string())?;
    u::echo_on(&s, 4242)?;
    let _ = std::fs::write(&ev, "0");
    let text = std::fs::read_to_string(format!("{t}/trace")).map_err(|e| e.to_string())?;
    let line = text
        .lines()
        .find(|l| l.contains("nlkit_msg:") && l.contains("seq=4242"))
        .ok_or_else(|| format!("no nlkit_msg line with seq=4242 in the trace: {text:?}"))?;
    ensure(line.contains(&format!("portid={portid} ")), || {
        format!("trace line {line:?} without portid={portid}")
    })?;
    ctx.log(format!("trace: {}", line.trim()));
    Ok(())
}
