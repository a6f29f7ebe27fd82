//! Permissions as a non-root user (uid 65534): what needs `CAP_NET_ADMIN`
//! is refused with EPERM, what the module allows works, `nonroot_recv=1`
//! and `nonroot_send=1` open listening and sending, and a forged
//! `nlmsg_pid` changes nothing.

use super::kit::{self, ensure, Module, A, B};
use super::Scenario;
use crate::ctx::Ctx;
use nlkit::families::nlmod::{attr, msg, stat};
use nlkit::socket::{Addr, Protocol, RecvBuffer, Socket};
use nlkit::wire::{messages, Flags, MessageBuilder};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// The scenarios of this file.
pub fn scenarios() -> Vec<Scenario> {
    vec![
        Scenario {
            name: "perm_nonroot_a",
            run: |c| nonroot(c, A),
        },
        Scenario {
            name: "perm_nonroot_b",
            run: |c| nonroot(c, B),
        },
        Scenario {
            name: "perm_nonroot_recv_a",
            run: |c| kit::with_module(c, A, "nonroot_recv=1", |c| nonroot_recv(c, A)),
        },
        Scenario {
            name: "perm_nonroot_recv_b",
            run: |c| kit::with_module(c, B, "nonroot_recv=1", |c| nonroot_recv(c, B)),
        },
        Scenario {
            name: "perm_nonroot_send_a",
            run: |c| kit::with_module(c, A, "nonroot_send=1", |c| nonroot_send(c, A)),
        },
        Scenario {
            name: "perm_nonroot_send_b",
            run: |c| kit::with_module(c, B, "nonroot_send=1", |c| nonroot_send(c, B)),
        },
    ]
}

fn eperm<T: std::fmt::Debug>(r: nlkit::Result<T>, what: &str) -> Result<(), String> {
    kit::expect_errno(r, libc::EPERM, what)
}

/// ECHO sent on a raw socket with `nlmsg_pid` forged to `forged`: the reply
/// must go to us and name our real portid.
fn forged_echo(proto: u32, forged: u32) -> Result<u32, String> {
    let s = Socket::open(Protocol(proto)).map_err(|e| e.to_string())?;
    s.bind(0, 0).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(kit::TIMEOUT))
        .map_err(|e| e.to_string())?;
    let me = s.portid().map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    let mut b = MessageBuilder::new(&mut bytes, msg::ECHO, Flags::REQUEST)
        .seq(4242)
        .portid(forged);
    b.attr(attr::PAYLOAD, b"forged");
    b.finish().map_err(|e| e.to_string())?;
    s.send(&bytes, Addr::KERNEL)
        .map_err(|e| format!("send forged ECHO: {e}"))?;
    let mut buf = RecvBuffer::new();
    let d = s
        .recv(&mut buf)
        .map_err(|e| format!("reply to the forged ECHO: {e}"))?;
    ensure(d.sender.portid == 0, || {
        format!("reply from portid {}", d.sender.portid)
    })?;
    let m = messages(d.bytes)
        .next()
        .ok_or("empty reply")?
        .map_err(|e| e.to_string())?;
    ensure(
        m.header.ty == msg::ECHO && m.header.seq == 4242 && m.header.portid == me,
        || format!("reply header {:?}, our portid {me}", m.header),
    )?;
    let p = kit::u32_attr(m.payload, attr::PORTID)?;
    ensure(p == me, || {
        format!("ECHO reply PORTID {p}: the forged nlmsg_pid {forged} leaked (ours is {me})")
    })?;
    Ok(me)
}

fn nonroot(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let proto = m.proto;
    // A root socket: the "other user's portid".
    let mut root = m.client()?;
    let target = root.portid();
    let before = kit::stats(&mut root)?;
    let cfg_before = kit::config(&mut root)?;

    let out = ctx.as_user(move || -> Result<String, String> {
        let mut c = kit::client_on(proto)?;
        kit::echo_ok(&mut c, b"as nobody")?;
        kit::stats(&mut c)?;
        kit::config(&mut c)?;
        kit::subscribe(&mut c)?;
        kit::try_plain(&mut c, msg::UNSUBSCRIBE).map_err(|e| format!("UNSUBSCRIBE: {e}"))?;
        kit::expect_kernel_error(
            kit::try_set_config(&mut c, |b| {
                b.attr_u32(attr::TIMER_MS, 10);
            }),
            libc::EPERM,
            Some("CAP_NET_ADMIN required"),
            "SET_CONFIG as nobody",
        )?;
        kit::expect_kernel_error(
            kit::try_trigger(&mut c, None, None),
            libc::EPERM,
            Some("CAP_NET_ADMIN required"),
            "TRIGGER as nobody",
        )?;
        let s = Socket::open(Protocol(proto)).map_err(|e| e.to_string())?;
        eperm(s.bind(0, 1), "bind with group 1 as nobody")?;
        s.bind(0, 0).map_err(|e| e.to_string())?;
        eperm(s.add_membership(1), "join group 1 as nobody")?;
        eperm(s.add_membership(40), "join group 40 as nobody")?;
        eperm(c.send_to_peer(target, 0x30, b"from nobody"), "send to root's portid as nobody")?;
        eperm(s.send(b"x", Addr::group(1).map_err(|e| e.to_string())?), "send to group 1 as nobody")?;
        let me = forged_echo(proto, target)?;
        Ok(format!("nobody: ECHO/GET_STATS/GET_CONFIG/SUBSCRIBE ok; EPERM for SET_CONFIG, TRIGGER, groups, sends; forged pid {target} -> reply to {me}"))
    })?;
    ctx.log(out);

    // Nothing reached root's socket (neither the send nor the forged reply).
    kit::no_event(
        &mut root,
        Duration::from_millis(100),
        "message at root's portid",
        |_| true,
    )?;
    let after = kit::stats(&mut root)?;
    let d = kit::delta(&before, &after, stat::ERRORS);
    ensure(d == 2, || {
        format!("ERRORS grew by {d}, expected 2 (SET_CONFIG, TRIGGER)")
    })?;
    let d = kit::delta(&before, &after, stat::EVENTS);
    ensure(d == 0, || format!("a refused TRIGGER fired {d} events"))?;
    let cfg = kit::config(&mut root)?;
    ensure(cfg == cfg_before, || {
        format!("config changed by nobody: {cfg:?}")
    })?;
    Ok(())
}

/// Triggers events on groups 1 and 40 every 20 ms until stopped.
fn trigger_loop(m: Module, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<Result<u32, String>> {
    std::thread::spawn(move || {
        let mut c = m.client()?;
        let mut n = 0;
        while !stop.load(Ordering::Relaxed) {
            kit::trigger(&mut c, None, Some(b"g1"))?;
            kit::trigger(&mut c, Some(40), Some(b"g40"))?;
            n += 2;
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(n)
    })
}

fn nonroot_recv(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let proto = m.proto;
    let root = m.client()?;
    let target = root.portid();
    let stop = Arc::new(AtomicBool::new(false));
    let t = trigger_loop(m, stop.clone());
    let out = ctx.as_user(move || -> Result<String, String> {
        let mut l1 = kit::listener(proto, 1, &[])?;
        let mut l40 = kit::listener(proto, 0, &[40])?;
        let e1 = kit::wait_event(
            &mut l1,
            Duration::from_secs(3),
            "EVENT on 1 as nobody",
            |e| e.ty == msg::EVENT && e.origin.group == Some(1),
        )?;
        let e40 = kit::wait_event(
            &mut l40,
            Duration::from_secs(3),
            "EVENT on 40 as nobody",
            |e| e.ty == msg::EVENT && e.origin.group == Some(40),
        )?;
        ensure(e1.payload == b"g1" && e40.payload == b"g40", || {
            format!("{e1:?} / {e40:?}")
        })?;
        // Listening is open, sending and admin requests are not.
        let mut c = kit::client_on(proto)?;
        eperm(
            c.send_to_peer(target, 0x30, b"x"),
            "send to root's portid (nonroot_send off)",
        )?;
        kit::expect_kernel_error(
            kit::try_trigger(&mut c, None, None),
            libc::EPERM,
            Some("CAP_NET_ADMIN required"),
            "TRIGGER as nobody with nonroot_recv",
        )?;
        Ok(format!(
            "nobody received EVENT seq {:?} on group 1 and {:?} on 40",
            e1.seq, e40.seq
        ))
    });
    stop.store(true, Ordering::Relaxed);
    let fired = t
        .join()
        .map_err(|_| "trigger thread panicked".to_string())??;
    ctx.log(format!("{} ({fired} triggers)", out?));
    drop(root);
    Ok(())
}

fn nonroot_send(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let proto = m.proto;
    let mut root = m.client()?;
    let target = root.portid();
    let out = ctx.as_user(move || -> Result<String, String> {
        let mut c = kit::client_on(proto)?;
        c.send_to_peer(target, 0x30, b"hello root")
            .map_err(|e| format!("send to root's portid with nonroot_send=1: {e}"))?;
        let s = Socket::open(Protocol(proto)).map_err(|e| e.to_string())?;
        eperm(s.bind(0, 1), "join group 1 (nonroot_recv off)")?;
        Ok(c.portid().to_string())
    })?;
    let from: u32 = out.parse().map_err(|_| format!("child said {out:?}"))?;
    let ev = kit::wait_event(
        &mut root,
        Duration::from_secs(2),
        "message from nobody",
        |e| e.origin.portid == from,
    )?;
    ensure(ev.ty == 0x30 && ev.payload == b"hello root", || {
        format!("from nobody: {ev:?}")
    })?;
    ctx.log(format!(
        "nobody (portid {from}) reached root's portid {target}; groups still refused"
    ));
    Ok(())
}
