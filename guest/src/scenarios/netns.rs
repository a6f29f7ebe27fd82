//! Every network namespace gets its own module instance (issue 10):
//! subscribers, configuration and counters per namespace with no
//! cross-talk, new namespaces idle until configured; and subscriptions
//! keyed by the socket, so rebinding a just-closed socket's portid never
//! gets a false EEXIST, never loses the subscription, and a stray PUSH is
//! told apart by its cookie.

use super::kit::{self, ensure, A, B};
use super::reliability_util::{is_debug, long_mode};
use super::Scenario;
use crate::ctx::Ctx;
use nlkit::client::Client;
use nlkit::families::nlmod::{msg, stat, Subscription};
use nlkit::socket::Protocol;
use std::time::Duration;

/// The scenarios of this file.
pub fn scenarios() -> Vec<Scenario> {
    vec![
        Scenario {
            name: "netns_two",
            run: two_namespaces,
        },
        Scenario {
            name: "portid_reuse",
            run: portid_reuse,
        },
    ]
}

/// In a fresh network namespace (this thread only): subscribe on both
/// modules, name the instance, fire an event; report the config and stats.
fn in_namespace(tag: &str) -> Result<String, String> {
    crate::sys::unshare_net().map_err(|e| format!("unshare(CLONE_NEWNET): {e}"))?;
    let mut out = String::new();
    for m in [A, B] {
        let mut admin = m.client()?;
        let cfg = kit::config(&mut admin)?;
        ensure(cfg.timer_ms == 0 && cfg.work_ms == 0, || {
            format!("{tag}: a new namespace's instance is not idle: {cfg:?}")
        })?;
        let before = kit::stats(&mut admin)?;
        ensure(before.get(stat::EVENTS) == 0, || {
            format!("{tag}: events in a new namespace: {before:?}")
        })?;
        let name = format!("{tag}-{}", m.proto);
        kit::try_set_config(&mut admin, |b| {
            b.attr_str(nlkit::families::nlmod::attr::NAME, &name);
        })
        .map_err(|e| format!("{tag}: SET_CONFIG NAME: {e}"))?;
        let mut sub = Subscription::new(m.client()?).map_err(|e| format!("{tag}: {e}"))?;
        let seq = kit::trigger(&mut admin, None, None)?;
        let p = sub.next_push().map_err(|e| format!("{tag}: PUSH: {e}"))?;
        ensure(p.seq == seq && seq == 1, || {
            format!("{tag}: PUSH seq {} for TRIGGER seq {seq}", p.seq)
        })?;
        let cfg = kit::config(&mut admin)?;
        let st = kit::stats(&mut admin)?;
        ensure(cfg.name == name && st.get(stat::SUBSCRIBERS) == 1, || {
            format!("{tag}: {cfg:?} {st:?}")
        })?;
        std::thread::sleep(Duration::from_millis(100));
        kit::no_event(
            sub.client(),
            Duration::from_millis(50),
            "foreign PUSH",
            |e| e.ty == msg::PUSH,
        )?;
        out.push_str(&format!("{tag}/{}: name {name}, seq 1; ", m.name));
    }
    Ok(out)
}

fn two_namespaces(ctx: &mut Ctx) -> Result<(), String> {
    let mark = ctx.mark();
    let mut admin = A.client()?;
    let mut init_sub = Subscription::new(A.client()?).map_err(|e| e.to_string())?;
    let before = kit::stats(&mut admin)?;
    let init_name = kit::config(&mut admin)?.name;
    let results: Vec<Result<String, String>> = std::thread::scope(|sc| {
        let h: Vec<_> = ["ns1", "ns2"]
            .into_iter()
            .map(|t| sc.spawn(move || in_namespace(t)))
            .collect();
        h.into_iter()
            .map(|h| h.join().unwrap_or_else(|_| Err("thread panicked".into())))
            .collect()
    });
    let mut text = String::new();
    for r in results {
        text.push_str(&r?);
    }
    let after = kit::stats(&mut admin)?;
    for id in [stat::EVENTS, stat::PUSH_SENT, stat::SUBSCRIBE_REJECTED] {
        ensure(kit::delta(&before, &after, id) == 0, || {
            format!("init_net counter {id} moved by namespace traffic")
        })?;
    }
    ensure(kit::config(&mut admin)?.name == init_name, || {
        "init_net's NAME changed".into()
    })?;
    kit::no_event(
        init_sub.client(),
        Duration::from_millis(50),
        "PUSH from a namespace",
        |e| e.ty == msg::PUSH,
    )?;
    // The namespaces are gone (their threads exited): init_net still serves.
    let seq = kit::trigger(&mut admin, None, None)?;
    let p = init_sub.next_push().map_err(|e| e.to_string())?;
    ensure(p.seq == seq, || {
        format!("init_net PUSH {p:?}, TRIGGER {seq}")
    })?;
    std::thread::sleep(Duration::from_millis(300)); // namespace cleanup
    kit::log_clean(ctx, mark)?;
    ctx.log(format!("{text}init_net untouched"));
    Ok(())
}

/// Rounds per thread of `portid_reuse`.
fn reuse_rounds(ctx: &Ctx) -> usize {
    if long_mode() {
        10_000
    } else if is_debug(ctx) {
        40
    } else {
        250
    }
}

/// Threads each reuse one portid: bind it, SUBSCRIBE, wait for a PUSH of
/// their own (the timer fires every 10 ms), close, bind again at once.
fn portid_reuse(ctx: &mut Ctx) -> Result<(), String> {
    let rounds = reuse_rounds(ctx);
    let mark = ctx.mark();
    let mut admin = A.client()?;
    kit::set_periods(&mut admin, Some(10), None)?;
    let r: Vec<Result<u64, String>> = std::thread::scope(|sc| {
        let h: Vec<_> = (0..4u32)
            .map(|t| {
                sc.spawn(move || -> Result<u64, String> {
                    let portid = 0x4e00_0000 + t;
                    let mut stray = 0;
                    for round in 0..rounds {
                        let c = Client::bind(Protocol(A.proto), portid)
                            .map_err(|e| format!("round {round}: bind {portid}: {e}"))?;
                        let mut s = Subscription::new(c)
                            .map_err(|e| format!("round {round}: SUBSCRIBE on {portid}: {e}"))?;
                        s.client()
                            .set_timeout(Some(Duration::from_secs(3)))
                            .map_err(|e| e.to_string())?;
                        s.next_push().map_err(|e| {
                            format!("round {round}: subscription on {portid} lost: {e}")
                        })?;
                        stray += s.stray();
                    }
                    Ok(stray)
                })
            })
            .collect();
        h.into_iter()
            .map(|h| h.join().unwrap_or_else(|_| Err("thread panicked".into())))
            .collect()
    });
    kit::set_periods(&mut admin, Some(0), None)?;
    let mut stray = 0;
    for x in r {
        stray += x?;
    }
    kit::log_clean(ctx, mark)?;
    ctx.log(format!(
        "4 threads x {rounds} rebinds of the same portids: no EEXIST, no lost subscription; {stray} stray pushes dropped by cookie"
    ));
    Ok(())
}
