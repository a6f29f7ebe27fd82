//! Stress: a thousand subscribers on module A receiving pushes from the
//! 10 ms timer and debugfs triggers while sockets close at random; the module
//! must drop dead portids, its counters must add up, and slab memory must
//! return to its baseline once the module is unloaded.

use super::reliability_util::{self as u, check_kmsg, Rng};
use super::Scenario;
use crate::ctx::Ctx;
use nlkit::families::nlmod::{attr, msg, stat};
use nlkit::socket::{RecvBuffer, Socket};
use std::collections::BTreeSet;
use std::time::{Duration, Instant};

/// The scenarios of this file.
pub fn scenarios() -> Vec<Scenario> {
    vec![Scenario {
        name: "reliability_stress_subscribers",
        run: stress,
    }]
}

const MODULE: &str = "netlink_mod_a";
const PROTO: u32 = 17;

/// Slab memory (`Slab:` of /proc/meminfo) in kB.
fn slab_kb() -> Result<u64, String> {
    let m = std::fs::read_to_string("/proc/meminfo").map_err(|e| format!("/proc/meminfo: {e}"))?;
    m.lines()
        .find_map(|l| l.strip_prefix("Slab:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .ok_or_else(|| "no Slab: line in /proc/meminfo".to_string())
}

/// Slab after the freed objects had time to go back (RCU-freed sockets,
/// per-CPU caches): drops the reclaimable caches and waits a little.
fn settled_slab_kb() -> Result<u64, String> {
    let _ = std::fs::write("/proc/sys/vm/drop_caches", "3");
    std::thread::sleep(Duration::from_millis(1500));
    let _ = std::fs::write("/proc/sys/vm/drop_caches", "3");
    slab_kb()
}

/// A subscribed socket.
fn subscriber() -> Result<(Socket, u32), String> {
    let s = u::open(PROTO).map_err(|e| format!("socket: {e}"))?;
    let portid = s.portid().map_err(|e| format!("getsockname: {e}"))?;
    let ans = u::request(&s, msg::SUBSCRIBE, 0, 1, &[])?;
    if u::ack_errno(&ans) != 0 {
        return Err(format!("SUBSCRIBE: errno {}", u::ack_errno(&ans)));
    }
    s.set_nonblocking(true)
        .map_err(|e| format!("O_NONBLOCK: {e}"))?;
    Ok((s, portid))
}

fn set_timer(ms: u32) -> Result<(), String> {
    let s = u::open(PROTO).map_err(|e| format!("socket: {e}"))?;
    let ans = u::request(
        &s,
        msg::SET_CONFIG,
        0,
        2,
        &u::nla(attr::TIMER_MS, &ms.to_ne_bytes()),
    )?;
    match u::ack_errno(&ans) {
        0 => Ok(()),
        e => Err(format!("SET_CONFIG TIMER_MS={ms}: errno {e}")),
    }
}

/// The portids in the module's GET_SUBSCRIBERS dump.
fn dumped_subscribers(s: &Socket) -> Result<BTreeSet<u32>, String> {
    let m = u::nlmsg(msg::GET_SUBSCRIBERS, u::F_REQUEST | u::F_DUMP, 77, 0, &[]);
    s.send(&m, nlkit::socket::Addr::KERNEL)
        .map_err(|e| format!("dump: {e}"))?;
    let mut buf = RecvBuffer::with_capacity(64 * 1024);
    let mut set = BTreeSet::new();
    loop {
        let d = s.recv(&mut buf).map_err(|e| format!("dump recv: {e}"))?;
        for m in u::parse_msgs(d.bytes) {
            if m.seq != 77 {
                continue;
            }
            if m.ty == u::NLMSG_DONE {
                return Ok(set);
            }
            if let Some(e) = m.error() {
                return Err(format!("GET_SUBSCRIBERS dump: errno {e}"));
            }
            if let Some(p) = m.attr(attr::PORTID).and_then(u::u32_of) {
                set.insert(p);
            }
        }
    }
}

fn stress(ctx: &mut Ctx) -> Result<(), String> {
    let result = stress_inner(ctx);
    // Whatever happened: module A back with default parameters.
    if !Ctx::module_loaded(MODULE) {
        let _ = ctx.load_module(MODULE, "");
    } else {
        let _ = set_timer(0);
    }
    result
}

fn stress_inner(ctx: &mut Ctx) -> Result<(), String> {
    u::ensure_loaded(ctx)?;
    let debug = u::is_debug(ctx);
    if debug {
        // Known hang: on the debug kernel this scenario has not finished in
        // 10 min since the PUSH fan-out moved to a work item (seen in two
        // runs on 2026-12-02, at 10 ms and at 100 ms timer periods); it
        // passes on 6.1 and 6.12. Skipped here until the cause is found.
        return Err(crate::ctx::skip(
            "hangs on the debug kernel since fan-out moved to a work item (open bug)",
        ));
    }
    let (n_subs, seconds) = (1000usize, 8);
    let limit = crate::sys::raise_nofile(4096).map_err(|e| format!("RLIMIT_NOFILE: {e}"))?;
    let seed = u::run_seed();
    let mut rng = Rng::new(seed ^ 0x5354);
    ctx.log(format!(
        "seed {seed}; {n_subs} subscribers for {seconds} s, timer 10 ms, RLIMIT_NOFILE {limit}"
    ));

    // Baseline: module A unloaded.
    u::unload_retry(ctx, MODULE, Duration::from_secs(5))?;
    let base = settled_slab_kb()?;
    let mark = ctx.mark();
    ctx.load_module(MODULE, "")?;

    let mut subs: Vec<(Socket, u32)> = Vec::with_capacity(n_subs);
    for _ in 0..n_subs {
        subs.push(subscriber()?);
    }
    let opened_at_start = subs.len();
    set_timer(10)?;
    let trigger = std::path::Path::new("/sys/kernel/debug")
        .join(MODULE)
        .join("trigger");
    let (mut received, mut overruns, mut closed, mut opened, mut triggers) =
        (0u64, 0u64, 0u64, 0u64, 0u64);
    let mut closed_portids = BTreeSet::new();
    let mut buf = RecvBuffer::with_capacity(16 * 1024);
    let mut peak = 0u64;
    let end = Instant::now() + Duration::from_secs(seconds);
    let mut round = 0u64;
    while Instant::now() < end {
        round += 1;
        // a few debugfs triggers (to group 1, or a random group)
        for _ in 0..5 {
            let what = if rng.below(2) == 0 {
                "\n".to_string()
            } else {
                format!("{}\n", 1 + rng.below(64))
            };
            std::fs::write(&trigger, what).map_err(|e| format!("debugfs trigger: {e}"))?;
            triggers += 1;
        }
        // read what a random tenth of the subscribers got
        for _ in 0..subs.len() / 10 {
            let i = rng.below(subs.len() as u64) as usize;
            let got = u::drain(&subs[i].0, &mut buf, &mut overruns)?;
            received += got.iter().filter(|m| m.ty == msg::PUSH).count() as u64;
        }
        // close a few at random, open as many new ones
        for _ in 0..rng.below(20) {
            if subs.is_empty() {
                break;
            }
            let i = rng.below(subs.len() as u64) as usize;
            let (s, p) = subs.swap_remove(i);
            drop(s);
            closed += 1;
            closed_portids.insert(p);
        }
        while subs.len() < n_subs {
            subs.push(subscriber()?);
            opened += 1;
        }
        if round % 10 == 0 {
            peak = peak.max(slab_kb()?);
        }
    }
    set_timer(0)?;
    std::thread::sleep(Duration::from_millis(200));
    peak = peak.max(slab_kb()?);

    let probe = u::open(PROTO).map_err(|e| format!("socket: {e}"))?;
    // The PUSH fan-out runs in a work item: wait until the events queued
    // before the timer stopped are pushed (bounded; the check follows).
    let settle = std::time::Instant::now() + Duration::from_secs(20);
    let st = loop {
        let st = u::stats(&probe)?;
        let g = |k: u16| st.get(&k).copied().unwrap_or(0);
        if g(stat::PUSH_SENT) == g(stat::PUSH_DELIVERED) + g(stat::PUSH_DROPPED)
            || std::time::Instant::now() > settle
        {
            break st;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let g = |k: u16| st.get(&k).copied().unwrap_or(0);
    let live: BTreeSet<u32> = subs.iter().map(|s| s.1).collect();
    let dumped = dumped_subscribers(&probe)?;
    ctx.log(format!(
        "{round} rounds: {opened_at_start}+{opened} subscribers opened, {closed} closed, {triggers} debugfs triggers, \
         {received} pushes read, {overruns} ENOBUFS; module: events {} (timer {}, trigger {}), push sent {} = delivered {} + dropped {} (gone {}), \
         subscribers {}, released {}, bcast {} = {} + {} + {}",
        g(stat::EVENTS), g(stat::EVENTS_TIMER), g(stat::EVENTS_TRIGGER),
        g(stat::PUSH_SENT), g(stat::PUSH_DELIVERED), g(stat::PUSH_DROPPED), g(stat::PUSH_GONE),
        g(stat::SUBSCRIBERS), g(stat::SUBS_RELEASED),
        g(stat::BCAST_SENT), g(stat::BCAST_DELIVERED), g(stat::BCAST_NO_LISTENER), g(stat::BCAST_FAILED)
    ));
    let mut errs = Vec::new();
    if g(stat::PUSH_SENT) != g(stat::PUSH_DELIVERED) + g(stat::PUSH_DROPPED) {
        errs.push("push sent != delivered + dropped".to_string());
    }
    if g(stat::EVENTS)
        != g(stat::EVENTS_TIMER)
            + g(stat::EVENTS_WORK)
            + g(stat::EVENTS_TRIGGER)
            + g(stat::EVENTS_REQUEST)
    {
        errs.push("events != sum of the sources".to_string());
    }
    if g(stat::BCAST_SENT)
        != g(stat::BCAST_DELIVERED) + g(stat::BCAST_NO_LISTENER) + g(stat::BCAST_FAILED)
    {
        errs.push("bcast sent != delivered + no listener + failed".to_string());
    }
    if g(stat::EVENTS_TRIGGER) != triggers {
        errs.push(format!(
            "events_trigger {} != {triggers} debugfs writes",
            g(stat::EVENTS_TRIGGER)
        ));
    }
    if g(stat::EVENTS_TIMER) == 0 || g(stat::PUSH_DELIVERED) == 0 {
        errs.push("the timer fired no event or nothing was delivered".to_string());
    }
    if g(stat::SUBSCRIBERS) != live.len() as u64 {
        errs.push(format!(
            "SUBSCRIBERS gauge {} but {} sockets are subscribed",
            g(stat::SUBSCRIBERS),
            live.len()
        ));
    }
    if g(stat::SUBS_RELEASED) + g(stat::PUSH_GONE) < closed {
        errs.push(format!(
            "{closed} subscribers closed, only {} released + {} gone",
            g(stat::SUBS_RELEASED),
            g(stat::PUSH_GONE)
        ));
    }
    if dumped != live {
        let dead: Vec<&u32> = dumped.difference(&live).take(5).collect();
        let missing: Vec<&u32> = live.difference(&dumped).take(5).collect();
        errs.push(format!("GET_SUBSCRIBERS differs: {} dumped, {} live; dead still listed {dead:?}, missing {missing:?}", dumped.len(), live.len()));
    }
    if !errs.is_empty() {
        return Err(errs.join("; "));
    }

    // Close everything, unload, and compare slab memory.
    drop(probe);
    drop(subs);
    u::unload_retry(ctx, MODULE, Duration::from_secs(10))?;
    check_kmsg(ctx, mark)?;
    // Tolerance: slab pages are cached per CPU and per node (SLUB keeps
    // partial slabs), RCU frees sockets late; 2 MiB covers that noise while a
    // leak of the pushes (tens of MB here) or of the 1000+ subscriber entries
    // and sockets (~1-2 MB each way under KASAN) shows.
    let tolerance = 2048u64;
    let mut after = settled_slab_kb()?;
    let deadline = Instant::now() + Duration::from_secs(5);
    while after > base + tolerance && Instant::now() < deadline {
        after = settled_slab_kb()?;
    }
    ctx.log(format!(
        "slab: baseline {base} kB, peak {peak} kB (+{} kB), after unload {after} kB ({:+} kB; tolerance {tolerance} kB)",
        peak.saturating_sub(base),
        after as i64 - base as i64
    ));
    if after > base + tolerance {
        if debug {
            // KASAN keeps freed objects in its quarantine (up to 1/32 of RAM,
            // pinning their slab pages), so Slab cannot return to a baseline
            // here; the end-of-run kmemleak scan judges leaks on this kernel.
            ctx.log("debug kernel: slab difference not judged (freed objects wait in the sanitizer's quarantine); kmemleak checks leaks at the end of the run");
        } else {
            return Err(format!(
                "slab memory did not return to its baseline: {base} kB before, {after} kB after unload"
            ));
        }
    }
    ctx.load_module(MODULE, "")?;
    u::echo_check(PROTO)
}
