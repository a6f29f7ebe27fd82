//! Isolation: many sockets on both protocols at once each get only their
//! own replies; module A never sees module B's traffic (counters and log
//! lines), and the other way round.

use super::kit::{self, ensure, Module, A, B};
use super::seed::expected_log;
use super::Scenario;
use crate::ctx::Ctx;
use nlkit::client::Request;
use nlkit::families::nlmod::stat;
use nlkit::socket::Addr;
use nlkit::wire::Flags;
use std::time::Duration;

/// Threads in `isolation_many_sockets`.
const THREADS: usize = 16;
/// ECHOs per thread and protocol.
const ECHOS: usize = 50;

/// The scenarios of this file.
pub fn scenarios() -> Vec<Scenario> {
    vec![
        Scenario {
            name: "isolation_many_sockets",
            run: many_sockets,
        },
        Scenario {
            name: "isolation_a_vs_b",
            run: |c| a_vs_b(c, A),
        },
        Scenario {
            name: "isolation_b_vs_a",
            run: |c| a_vs_b(c, B),
        },
    ]
}

/// One thread: a socket on A and one on B, alternating ECHOs with payloads
/// no other thread uses; every reply must be its own.
fn worker(t: usize) -> Result<(), String> {
    let mut ca = A.client()?;
    let mut cb = B.client()?;
    for i in 0..ECHOS {
        for (c, m) in [(&mut ca, A), (&mut cb, B)] {
            // Distinct content and length per thread, protocol and round.
            let mut p = format!("t{t}-p{}-i{i}-", m.proto).into_bytes();
            p.extend(std::iter::repeat(b'a' + (t as u8 % 26)).take((t * 7 + i) % 61));
            kit::echo_ok(c, &p).map_err(|e| format!("thread {t}, {} round {i}: {e}", m.name))?;
        }
    }
    for (c, m) in [(&mut ca, A), (&mut cb, B)] {
        kit::no_event(c, Duration::from_millis(20), "stray message", |_| true)
            .map_err(|e| format!("thread {t} on {}: {e}", m.name))?;
    }
    Ok(())
}

fn many_sockets(ctx: &mut Ctx) -> Result<(), String> {
    let mut admin_a = A.client()?;
    let mut admin_b = B.client()?;
    let before = [kit::stats(&mut admin_a)?, kit::stats(&mut admin_b)?];
    let start = std::time::Instant::now();
    let handles: Vec<_> = (0..THREADS)
        .map(|t| std::thread::spawn(move || worker(t)))
        .collect();
    let mut errors = Vec::new();
    for h in handles {
        match h.join() {
            Ok(Ok(())) => {}
            Ok(Err(e)) => errors.push(e),
            Err(_) => errors.push("a worker thread panicked".to_string()),
        }
    }
    ensure(errors.is_empty(), || {
        format!("{} threads failed: {errors:?}", errors.len())
    })?;
    let took = start.elapsed();
    let after = [kit::stats(&mut admin_a)?, kit::stats(&mut admin_b)?];
    let n = (THREADS * ECHOS) as i128;
    for (i, m) in [A, B].iter().enumerate() {
        let d = kit::delta(&before[i], &after[i], stat::REQUESTS_IN);
        ensure(d == n + 1, || {
            format!("{}: REQUESTS_IN grew by {d}, expected {}", m.name, n + 1)
        })?;
        let d = kit::delta(&before[i], &after[i], stat::REPLIES_OUT);
        ensure(d == n + 1, || {
            format!("{}: REPLIES_OUT grew by {d}, expected {}", m.name, n + 1)
        })?;
        let d = kit::delta(&before[i], &after[i], stat::ERRORS);
        ensure(d == 0, || format!("{}: {d} errors", m.name))?;
    }
    ctx.log(format!(
        "{THREADS} threads x {ECHOS} ECHOs x 2 protocols: every reply was the sender's own ({:.2} s)",
        took.as_secs_f64()
    ));
    Ok(())
}

/// Traffic of every kind on `m` must not move `m.other()`'s counters or
/// produce log lines under its name.
fn a_vs_b(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let quiet = m.other();
    let mut q = quiet.client()?;
    let mut c = m.client()?;
    let q_before = kit::stats(&mut q)?;
    let m_before = kit::stats(&mut c)?;
    let mark = ctx.mark();

    for i in 0..100 {
        kit::echo_ok(&mut c, format!("{} traffic {i}", m.name).as_bytes())?;
    }
    let text = format!("isolation marker for {}", m.name);
    let bare =
        Request::raw(0, Flags::EMPTY, format!("{text}\0").as_bytes()).map_err(|e| e.to_string())?;
    c.send(&bare, Addr::KERNEL)
        .map_err(|e| format!("bare send: {e}"))?;
    let _ = kit::try_plain(&mut c, 0x30); // an error
    kit::subscribe(&mut c)?;
    kit::trigger(&mut c, None, None)?;
    kit::set_periods(&mut c, Some(0), Some(0))?;

    let want = expected_log(m.name, c.portid(), &text);
    ctx.wait_kmsg(mark, Duration::from_secs(2), |l| l.contains(&want))
        .ok_or_else(|| format!("no log line `{want}`"))?;
    let lines = kit::log_lines(ctx, mark, &text);
    ensure(
        lines.len() == 1 && lines[0].starts_with(&m.prefix()),
        || {
            format!(
                "log lines with the marker: {lines:?} (want exactly one, from {})",
                m.name
            )
        },
    )?;

    let q_after = kit::stats(&mut q)?;
    for id in 1..=stat::BCAST_FAILED {
        let d = kit::delta(&q_before, &q_after, id);
        // Only the second GET_STATS is the quiet module's own traffic.
        let want = match id {
            stat::MSGS_IN | stat::REQUESTS_IN | stat::REPLIES_OUT => 1,
            _ => 0,
        };
        ensure(d == want, || {
            format!(
                "{} counter {id} moved by {d} during {} traffic (want {want})",
                quiet.name, m.name
            )
        })?;
    }
    let m_after = kit::stats(&mut c)?;
    for (id, want) in [
        (stat::BARE_IN, 1),
        (stat::ERRORS, 1),
        (stat::EVENTS_REQUEST, 1),
        (stat::SUBSCRIBERS, 1),
    ] {
        let d = kit::delta(&m_before, &m_after, id);
        ensure(d == want, || {
            format!("{} counter {id} moved by {d}, expected {want}", m.name)
        })?;
    }
    ctx.log(format!("{} traffic left {} untouched", m.name, quiet.name));
    Ok(())
}
