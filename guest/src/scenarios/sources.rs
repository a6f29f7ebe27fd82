//! Pushes from the three kernel contexts of each module: the timer (atomic),
//! the delayed work (process context) and the debugfs `trigger` file; every
//! PUSH and EVENT must carry the right SOURCE, and the counters must agree.

use super::kit::{self, ensure, Ev, Module, A, B};
use super::Scenario;
use crate::ctx::Ctx;
use nlkit::families::nlmod::{msg, source, stat};
use std::time::Duration;

/// The scenarios of this file.
pub fn scenarios() -> Vec<Scenario> {
    vec![
        Scenario {
            name: "push_sources_a",
            run: |c| kit::with_module(c, A, "", |c| sources(c, A)),
        },
        Scenario {
            name: "push_sources_b",
            run: |c| kit::with_module(c, B, "", |c| sources(c, B)),
        },
    ]
}

fn write_trigger(m: Module, what: &str) -> std::io::Result<()> {
    std::fs::write(m.debugfs("trigger"), what)
}

/// Waits for a PUSH (subscriber) and an EVENT (listener) from `src`.
fn both(
    s: &mut nlkit::client::Client,
    l: &mut nlkit::client::Client,
    src: u32,
    what: &str,
) -> Result<(Ev, Ev), String> {
    let within = Duration::from_secs(3);
    let p = kit::wait_event(s, within, &format!("PUSH from {what}"), |e| {
        e.ty == msg::PUSH && e.source == Some(src)
    })?;
    let e = kit::wait_event(l, within, &format!("EVENT from {what}"), |e| {
        e.ty == msg::EVENT && e.source == Some(src)
    })?;
    ensure(
        e.group == Some(1) && e.origin.group == Some(1) && e.origin.portid == 0,
        || format!("EVENT from {what} not on group 1: {e:?}"),
    )?;
    ensure(
        p.origin.portid == 0 && p.origin.group.is_none() && p.seq.is_some(),
        || format!("PUSH from {what}: {p:?}"),
    )?;
    Ok((p, e))
}

fn sources(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let mut admin = m.client()?;
    let mut s = m.client()?;
    kit::subscribe(&mut s)?;
    let mut l = kit::listener(m.proto, 1, &[7])?;

    // Timer (atomic context).
    kit::set_periods(&mut admin, Some(20), None)?;
    let (t1, _) = both(&mut s, &mut l, source::TIMER, "the timer")?;
    let t2 = kit::wait_event(&mut s, Duration::from_secs(3), "second timer PUSH", |e| {
        e.ty == msg::PUSH && e.source == Some(source::TIMER)
    })?;
    ensure(t2.seq > t1.seq && t2.ts > t1.ts, || {
        format!("timer pushes out of order: {t1:?} then {t2:?}")
    })?;
    kit::set_periods(&mut admin, Some(0), None)?;
    ensure(kit::config(&mut admin)?.timer_ms == 0, || {
        "timer still configured".into()
    })?;

    // Work (process context).
    kit::set_periods(&mut admin, None, Some(20))?;
    let (w, _) = both(&mut s, &mut l, source::WORK, "the work")?;
    kit::set_periods(&mut admin, None, Some(0))?;

    // debugfs trigger (hardware stand-in): default group, then group 7.
    kit::drain(&mut s, Duration::from_millis(50))?;
    kit::drain(&mut l, Duration::from_millis(50))?;
    write_trigger(m, "\n").map_err(|e| format!("write debugfs trigger: {e}"))?;
    let (d, _) = both(&mut s, &mut l, source::TRIGGER, "the debugfs trigger")?;
    ensure(d.seq > w.seq && w.seq > t2.seq, || {
        format!(
            "sequence numbers not increasing: timer {:?}, work {:?}, trigger {:?}",
            t2.seq, w.seq, d.seq
        )
    })?;
    write_trigger(m, "7").map_err(|e| format!("write 7 to debugfs trigger: {e}"))?;
    let e7 = kit::wait_event(&mut l, Duration::from_secs(2), "EVENT on group 7", |e| {
        e.ty == msg::EVENT && e.group == Some(7)
    })?;
    ensure(
        e7.source == Some(source::TRIGGER) && e7.origin.group == Some(7),
        || format!("debugfs trigger to group 7: {e7:?}"),
    )?;
    for bad in ["0", "65"] {
        match write_trigger(m, bad) {
            Err(e) if e.raw_os_error() == Some(libc::EINVAL) => {}
            other => {
                return Err(format!(
                    "writing {bad:?} to trigger: {other:?}, expected EINVAL"
                ))
            }
        }
    }

    // Counters, by GET_STATS and by the debugfs stats file.
    let st = kit::stats(&mut admin)?;
    kit::stats_consistent(&st)?;
    ensure(
        st.get(stat::EVENTS_TIMER) >= 2
            && st.get(stat::EVENTS_WORK) >= 1
            && st.get(stat::EVENTS_TRIGGER) == 2,
        || format!("per-source counters: {st:?}"),
    )?;
    let file =
        std::fs::read_to_string(m.debugfs("stats")).map_err(|e| format!("debugfs stats: {e}"))?;
    for want in [
        format!("protocol {}", m.proto),
        "events_trigger 2".to_string(),
    ] {
        ensure(file.lines().any(|l| l == want), || {
            format!("debugfs stats lacks `{want}`: {file:?}")
        })?;
    }
    ctx.log(format!(
        "timer, work and debugfs pushes received (events: timer {}, work {}, trigger {})",
        st.get(stat::EVENTS_TIMER),
        st.get(stat::EVENTS_WORK),
        st.get(stat::EVENTS_TRIGGER)
    ));
    Ok(())
}
