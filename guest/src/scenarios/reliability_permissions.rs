//! Permissions, from the security angle: a non-root process cannot
//! reconfigure a module, fire broadcasts, join its groups or reach another
//! user's socket, and a forged `nlmsg_pid` changes nothing (the kernel
//! identifies the sender by its socket).

use super::reliability_util::{self as u, check_kmsg, nla, nlmsg, F_ACK, F_REQUEST};
use super::Scenario;
use crate::ctx::Ctx;
use nlkit::families::nlmod::{attr, msg, stat};
use nlkit::socket::{Addr, Protocol, RecvBuffer, Socket};
use std::time::Duration;

/// The scenarios of this file.
pub fn scenarios() -> Vec<Scenario> {
    vec![Scenario {
        name: "reliability_perm_nonroot",
        run: nonroot,
    }]
}

/// The modules' log rate-limit interval (`kmod/core/log.c`), plus a margin.
const LOG_WINDOW: Duration = Duration::from_millis(5_500);

/// What the unprivileged child tries on `proto`; `victim` is a root socket's
/// portid on the same protocol. Returns a summary or the first breach.
fn attempts(proto: u32, victim: u32) -> Result<String, String> {
    let s = u::open(proto).map_err(|e| format!("socket as nobody: {e}"))?;
    let me = s.portid().map_err(|e| format!("getsockname: {e}"))?;
    let mut done = Vec::new();
    // SET_CONFIG and TRIGGER need CAP_NET_ADMIN.
    for (ty, payload, what) in [
        (
            msg::SET_CONFIG,
            nla(attr::NAME, b"pwned\0"),
            "SET_CONFIG NAME",
        ),
        (
            msg::SET_CONFIG,
            nla(attr::TIMER_MS, &10u32.to_ne_bytes()),
            "SET_CONFIG TIMER_MS",
        ),
        (
            msg::SET_CONFIG,
            nla(attr::RESET_STATS, &[]),
            "SET_CONFIG RESET_STATS",
        ),
        (msg::TRIGGER, Vec::new(), "TRIGGER"),
        (
            msg::TRIGGER,
            nla(attr::GROUP, &2u32.to_ne_bytes()),
            "TRIGGER GROUP 2",
        ),
    ] {
        let ans = u::request(&s, ty, 0, 10 + done.len() as u32, &payload)?;
        match u::ack_errno(&ans) {
            libc::EPERM => done.push(format!("{what}: EPERM")),
            e => return Err(format!("{what} as nobody: errno {e}, expected EPERM")),
        }
    }
    // Groups: at bind, and with NETLINK_ADD_MEMBERSHIP (also above 32).
    let g = Socket::open(Protocol(proto)).map_err(|e| format!("socket: {e}"))?;
    match g.bind(0, 0b11) {
        Err(e) if e.errno() == Some(libc::EPERM) => done.push("bind groups 1,2: EPERM".into()),
        other => {
            return Err(format!(
                "bind with groups 1,2 as nobody: {other:?}, expected EPERM"
            ))
        }
    }
    let g = u::open(proto).map_err(|e| format!("socket: {e}"))?;
    for group in [1u32, 2, 40, 64] {
        match g.add_membership(group) {
            Err(e) if e.errno() == Some(libc::EPERM) => {}
            other => {
                return Err(format!(
                    "joining group {group} as nobody: {other:?}, expected EPERM"
                ))
            }
        }
    }
    done.push("add_membership 1,2,40,64: EPERM".into());
    // Another user's portid, and a group, as destination.
    let fake_event = nlmsg(msg::EVENT, 0, 0, 0, &nla(attr::PAYLOAD, b"forged event"));
    for (to, what) in [
        (Addr::portid(victim), "send to root's portid"),
        (
            Addr {
                portid: 0,
                groups: 1,
            },
            "send to group 1",
        ),
    ] {
        match s.send(&fake_event, to) {
            Err(e) if e.errno() == Some(libc::EPERM) => done.push(format!("{what}: EPERM")),
            other => return Err(format!("{what} as nobody: {other:?}, expected EPERM")),
        }
    }
    // A forged nlmsg_pid: the reply still goes to us, naming our real portid.
    let m = nlmsg(
        msg::ECHO,
        F_REQUEST | F_ACK,
        99,
        victim,
        &nla(attr::PAYLOAD, b"forged pid"),
    );
    s.send(&m, Addr::KERNEL)
        .map_err(|e| format!("send ECHO: {e}"))?;
    let mut buf = RecvBuffer::with_capacity(16 * 1024);
    let d = s
        .recv(&mut buf)
        .map_err(|e| format!("ECHO with a forged nlmsg_pid got no reply: {e}"))?;
    let reply = u::parse_msgs(d.bytes)
        .into_iter()
        .find(|m| m.ty == msg::ECHO)
        .ok_or("ECHO with a forged nlmsg_pid: no ECHO reply")?;
    let p = reply.attr(attr::PORTID).and_then(u::u32_of);
    if p != Some(me) || reply.pid != me {
        return Err(format!(
            "forged nlmsg_pid {victim}: reply PORTID {p:?}, nlmsg_pid {}, real portid {me}",
            reply.pid
        ));
    }
    done.push(format!("forged nlmsg_pid {victim}: PORTID {me} (real)"));
    // A bare message with a forged nlmsg_pid: the log must name the real portid.
    let bare = nlmsg(0, 0, 0, victim, format!("forged-from-{me}\0").as_bytes());
    s.send(&bare, Addr::KERNEL)
        .map_err(|e| format!("send bare: {e}"))?;
    Ok(format!("{me}|{}", done.join(", ")))
}

fn nonroot(ctx: &mut Ctx) -> Result<(), String> {
    u::ensure_loaded(ctx)?;
    // The modules log bare messages under a per-user rate limit (100 lines
    // per 5 s): an earlier scenario's flood as nobody may have used this
    // window's budget. Start in a fresh window so the forged message below
    // is logged (that line is what this scenario checks).
    std::thread::sleep(LOG_WINDOW);
    for (proto, name) in u::MODULES {
        let mark = ctx.mark();
        let root = u::open(proto).map_err(|e| format!("{name}: {e}"))?;
        root.set_nonblocking(true)
            .map_err(|e| format!("O_NONBLOCK: {e}"))?;
        let victim = root.portid().map_err(|e| format!("getsockname: {e}"))?;
        let before = u::stats(&u::open(proto).map_err(|e| format!("{e}"))?)?;
        let name_before = config_name(proto)?;
        let out = ctx.as_user(move || attempts(proto, victim))?;
        let (me, summary) = out.split_once('|').ok_or("bad child result")?;
        ctx.log(format!("{name}: {summary}"));
        // Nothing reached root's socket, nothing changed in the module.
        let mut buf = RecvBuffer::with_capacity(16 * 1024);
        let mut overruns = 0;
        let got = u::drain(&root, &mut buf, &mut overruns)?;
        if !got.is_empty() {
            return Err(format!("{name}: root's socket {victim} received {} message(s) from the unprivileged process", got.len()));
        }
        let after = u::stats(&u::open(proto).map_err(|e| format!("{e}"))?)?;
        let g = |m: &std::collections::BTreeMap<u16, u64>, k| m.get(&k).copied().unwrap_or(0);
        if g(&after, stat::EVENTS_REQUEST) != g(&before, stat::EVENTS_REQUEST) {
            return Err(format!("{name}: a TRIGGER from nobody fired an event"));
        }
        if g(&after, stat::MSGS_IN) < g(&before, stat::MSGS_IN) {
            return Err(format!("{name}: counters were reset by nobody"));
        }
        let name_after = config_name(proto)?;
        if name_after != name_before {
            return Err(format!(
                "{name}: NAME changed from {name_before:?} to {name_after:?}"
            ));
        }
        let line = ctx
            .wait_kmsg(mark, Duration::from_secs(3), |t| t.contains("forged-from-"))
            .ok_or_else(|| format!("{name}: the forged bare message was not logged"))?;
        if !line.contains(&format!("portid {me}:")) || line.contains(&format!("portid {victim}:")) {
            return Err(format!(
                "{name}: log names the wrong portid (real {me}, forged {victim}): {line}"
            ));
        }
        check_kmsg(ctx, mark)?;
    }
    Ok(())
}

/// The module's NAME (GET_CONFIG).
fn config_name(proto: u32) -> Result<Vec<u8>, String> {
    let s = u::open(proto).map_err(|e| format!("{e}"))?;
    let ans = u::request(&s, msg::GET_CONFIG, 0, 5, &[])?;
    ans.iter()
        .find(|m| m.ty == msg::GET_CONFIG)
        .and_then(|m| m.attr(attr::NAME).map(<[u8]>::to_vec))
        .ok_or_else(|| "GET_CONFIG: no NAME".to_string())
}
