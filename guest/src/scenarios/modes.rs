//! The five communication modes of the seed, on each module: bare
//! user->kernel messages (logged), kernel->user pushes, request/response with
//! ACKs and extended-ACK errors, multicast to low and high groups, user<->user.

use super::kit::{self, ensure, Ev, Module, A, B};
use super::seed::expected_log;
use super::Scenario;
use crate::ctx::Ctx;
use nlkit::client::{Client, Request};
use nlkit::families::nlmod::{attr, msg, stat, PAYLOAD_MAX};
use nlkit::socket::Addr;
use nlkit::wire::{Flags, MessageBuilder};
use std::time::Duration;

/// The scenarios of this file.
pub fn scenarios() -> Vec<Scenario> {
    vec![
        Scenario {
            name: "mode1_bare_a",
            run: |c| bare(c, A),
        },
        Scenario {
            name: "mode1_bare_b",
            run: |c| bare(c, B),
        },
        Scenario {
            name: "mode2_push_a",
            run: |c| push(c, A),
        },
        Scenario {
            name: "mode2_push_b",
            run: |c| push(c, B),
        },
        Scenario {
            name: "mode3_request_a",
            run: |c| kit::with_module(c, A, "", |c| request(c, A)),
        },
        Scenario {
            name: "mode3_request_b",
            run: |c| kit::with_module(c, B, "", |c| request(c, B)),
        },
        Scenario {
            name: "mode3_errors_a",
            run: |c| kit::with_module(c, A, "", |c| errors(c, A)),
        },
        Scenario {
            name: "mode3_errors_b",
            run: |c| kit::with_module(c, B, "", |c| errors(c, B)),
        },
        Scenario {
            name: "mode4_multicast_a",
            run: |c| multicast(c, A),
        },
        Scenario {
            name: "mode4_multicast_b",
            run: |c| multicast(c, B),
        },
        Scenario {
            name: "mode5_user_to_user_a",
            run: |c| user_to_user(c, A),
        },
        Scenario {
            name: "mode5_user_to_user_b",
            run: |c| user_to_user(c, B),
        },
    ]
}

/// A bare message (type `ty`, `flags`, forged `nlmsg_pid`) carrying `text` + NUL.
fn bare_msg(ty: u16, flags: Flags, pid: u32, text: &[u8]) -> Result<Request, String> {
    let mut bytes = Vec::new();
    let mut b = MessageBuilder::new(&mut bytes, ty, flags).portid(pid);
    b.payload(text);
    b.payload(&[0]);
    b.finish()
        .map_err(|e| format!("building a bare message: {e}"))?;
    Request::from_bytes(bytes).map_err(|e| e.to_string())
}

/// Waits for the module's log line `want`; fails naming what was logged.
fn wait_line(ctx: &mut Ctx, mark: crate::ctx::Mark, want: &str) -> Result<String, String> {
    ctx.wait_kmsg(mark, Duration::from_secs(2), |l| l.contains(want))
        .ok_or_else(|| {
            let seen: Vec<String> = ctx.kmsg_since(mark).into_iter().map(|r| r.text).collect();
            format!("no kernel log line `{want}`; logged: {seen:?}")
        })
}

fn bare(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let mut c = m.client()?;
    let port = c.portid();
    let before = kit::stats(&mut c)?;
    let mark = ctx.mark();

    // The seed's form: no flags, and a forged nlmsg_pid that must not show.
    let plain = format!("mode1 {} plain", m.name);
    c.send(
        &bare_msg(0, Flags::EMPTY, port + 777, plain.as_bytes())?,
        Addr::KERNEL,
    )
    .map_err(|e| format!("send bare: {e}"))?;
    // NLM_F_REQUEST|NLM_F_ACK with a type below 16: logged and ACKed.
    let tricky = "mode1 ack \"q\"\ttab \\ 模块";
    c.ack(
        &Request::raw(0, Flags::EMPTY, format!("{tricky}\0").as_bytes())
            .map_err(|e| e.to_string())?,
    )
    .map_err(|e| format!("bare message with NLM_F_ACK: {e}"))?;
    // Longer than a log line: cut, marked "(truncated)".
    let long = "x".repeat(300);
    c.send(
        &bare_msg(7, Flags::EMPTY, 0, long.as_bytes())?,
        Addr::KERNEL,
    )
    .map_err(|e| format!("send long bare: {e}"))?;

    let l1 = wait_line(ctx, mark, &expected_log(m.name, port, &plain))?;
    let escaped = "mode1 ack \\\"q\\\"\\x09tab \\\\ 模块";
    wait_line(ctx, mark, &expected_log(m.name, port, escaped))?;
    let cut = format!(
        "{}: received from portid {port}: \"{}\" (truncated)",
        m.name,
        "x".repeat(255)
    );
    wait_line(ctx, mark, &cut)?;
    ctx.log(format!("kernel log: {l1}"));

    let other = m.other().prefix();
    let wrong = kit::log_lines(ctx, mark, "mode1 ");
    ensure(wrong.iter().all(|l| !l.contains(&other)), || {
        format!("the other module logged our messages: {wrong:?}")
    })?;

    let after = kit::stats(&mut c)?;
    for (id, name, want) in [
        (stat::BARE_IN, "BARE_IN", 3),
        (stat::REQUESTS_IN, "REQUESTS_IN", 1),
        (stat::MSGS_IN, "MSGS_IN", 4),
        (stat::ERRORS, "ERRORS", 0),
    ] {
        let d = kit::delta(&before, &after, id);
        ensure(d == want, || format!("{name} grew by {d}, expected {want}"))?;
    }
    kit::stats_consistent(&after)?;
    ctx.log(format!(
        "3 bare messages from portid {port} logged (escaped, truncated), one ACKed"
    ));
    Ok(())
}

fn is_push(e: &Ev) -> bool {
    e.ty == msg::PUSH
}

fn push(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let mut admin = m.client()?;
    let mut s = m.client()?;
    kit::subscribe(&mut s)?;
    kit::expect_kernel_error(
        kit::try_plain(&mut s, msg::SUBSCRIBE),
        libc::EEXIST,
        Some("already subscribed"),
        "second SUBSCRIBE",
    )?;
    let subs = kit::subscribers(&mut admin)?;
    ensure(subs == vec![s.portid()], || {
        format!("GET_SUBSCRIBERS dump {subs:?}, expected [{}]", s.portid())
    })?;

    let seq = kit::trigger(&mut admin, None, None)?;
    let ev = kit::wait_event(&mut s, Duration::from_secs(2), "PUSH", is_push)?;
    ensure(
        ev.origin.portid == 0 && ev.origin.group.is_none() && ev.hdr_seq == 0 && ev.hdr_pid == 0,
        || format!("PUSH is not a plain kernel unicast: {ev:?}"),
    )?;
    ensure(
        ev.source == Some(4) && ev.seq == Some(seq) && ev.ts.is_some_and(|t| t > 0),
        || format!("PUSH attributes wrong (want SOURCE 4, SEQ {seq}): {ev:?}"),
    )?;
    kit::no_event(
        &mut admin,
        Duration::from_millis(100),
        "PUSH to a non-subscriber",
        is_push,
    )?;

    kit::try_plain(&mut s, msg::UNSUBSCRIBE).map_err(|e| format!("UNSUBSCRIBE: {e}"))?;
    kit::expect_kernel_error(
        kit::try_plain(&mut s, msg::UNSUBSCRIBE),
        libc::ENOENT,
        Some("not subscribed"),
        "second UNSUBSCRIBE",
    )?;
    kit::trigger(&mut admin, None, None)?;
    kit::no_event(
        &mut s,
        Duration::from_millis(200),
        "PUSH after UNSUBSCRIBE",
        is_push,
    )?;
    ctx.log(format!(
        "PUSH seq {seq} reached portid {} only while subscribed",
        s.portid()
    ));
    Ok(())
}

fn request(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let mut c = m.client()?;
    let before = kit::stats(&mut c)?;
    ensure(before.protocol == Some(m.proto), || {
        format!(
            "GET_STATS PROTOCOL {:?}, expected {}",
            before.protocol, m.proto
        )
    })?;
    kit::stats_consistent(&before)?;

    // ECHO round trips (with NLM_F_ACK): empty, text, binary, the maximum.
    let binary: Vec<u8> = (0..=255u8).collect();
    let max = vec![0xa5u8; PAYLOAD_MAX];
    let payloads: [&[u8]; 4] = [b"", "hello 模块".as_bytes(), &binary, &max];
    for p in payloads {
        kit::echo_ok(&mut c, p)?;
    }
    // Without NLM_F_ACK: completes on the reply alone.
    let r = kit::req(msg::ECHO, Flags::EMPTY, |b| {
        b.attr(attr::PAYLOAD, b"no ack");
    })?;
    let v = c
        .request(&r)
        .map_err(|e| format!("ECHO without ACK: {e}"))?;
    ensure(v.len() == 1, || {
        format!("ECHO without ACK: {} replies", v.len())
    })?;
    // Three ECHOs batched in one datagram, waited for out of order.
    let reqs: Vec<Request> = (0..3)
        .map(|i| {
            kit::req(msg::ECHO, Flags::ACK, |b| {
                b.attr(attr::PAYLOAD, format!("batch {i}").as_bytes());
            })
        })
        .collect::<Result<_, _>>()?;
    let seqs = c
        .send_batch(&reqs)
        .map_err(|e| format!("send_batch: {e}"))?;
    for (i, seq) in seqs.iter().enumerate().rev() {
        let v = c
            .wait_collect(*seq)
            .map_err(|e| format!("batch wait {i}: {e}"))?;
        let got = v.first().and_then(|m| {
            kit::find(m.payload(), attr::PAYLOAD)
                .ok()
                .flatten()
                .map(|a| a.bytes().to_vec())
        });
        ensure(
            got.as_deref() == Some(format!("batch {i}").as_bytes()),
            || format!("batched ECHO {i} answered {got:?}"),
        )?;
    }

    // GET_CONFIG defaults.
    let cfg = kit::config(&mut c)?;
    let want = kit::Config {
        name: m.name.to_string(),
        version: nlkit::families::nlmod::VERSION,
        protocol: m.proto,
        groups: 64,
        max_subscribers: 4096,
        timer_ms: 0,
        work_ms: 0,
    };
    ensure(cfg == want, || {
        format!("GET_CONFIG {cfg:?}, expected {want:?}")
    })?;

    // SET_CONFIG NAME (ACKed), seen by GET_CONFIG and by a group-2 listener.
    let mut l = kit::listener(m.proto, 1 << 1, &[])?;
    let name = format!("renamed-{}", m.proto);
    kit::try_set_config(&mut c, |b| {
        b.attr_str(attr::NAME, &name);
    })
    .map_err(|e| format!("SET_CONFIG NAME: {e}"))?;
    let cfg2 = kit::config(&mut c)?;
    ensure(cfg2.name == name, || {
        format!("NAME after SET_CONFIG: {cfg2:?}")
    })?;
    let ev = kit::wait_event(&mut l, Duration::from_secs(2), "CONFIG_CHANGED", |e| {
        e.ty == msg::CONFIG_CHANGED
    })?;
    ensure(
        ev.origin.group == Some(2) && ev.portid == Some(c.portid()),
        || {
            format!(
                "CONFIG_CHANGED should come on group 2 naming portid {}: {ev:?}",
                c.portid()
            )
        },
    )?;

    let after = kit::stats(&mut c)?;
    // 4+1+3 ECHO, GET_CONFIG, SET_CONFIG, GET_CONFIG, this GET_STATS (the
    // first GET_STATS counted itself before the snapshot).
    let reqs_sent = 4 + 1 + 3 + 1 + 1 + 1 + 1;
    let d = kit::delta(&before, &after, stat::REQUESTS_IN);
    ensure(d == reqs_sent, || {
        format!("REQUESTS_IN grew by {d}, sent {reqs_sent}")
    })?;
    let d = kit::delta(&before, &after, stat::REPLIES_OUT);
    // Replies: stats, 4+1+3 echoes, config x2 (SET_CONFIG only ACKs).
    ensure(d == 1 + 8 + 2, || {
        format!("REPLIES_OUT grew by {d}, expected 11")
    })?;

    // RESET_STATS: all counters start again (the reset request itself is
    // counted before the reset, so only the next GET_STATS shows).
    kit::try_set_config(&mut c, |b| {
        b.attr_flag(attr::RESET_STATS);
        b.attr_str(attr::NAME, m.name);
    })
    .map_err(|e| format!("SET_CONFIG RESET_STATS: {e}"))?;
    let z = kit::stats(&mut c)?;
    ensure(
        z.get(stat::MSGS_IN) == 1 && z.get(stat::REQUESTS_IN) == 1 && z.get(stat::REPLIES_OUT) == 0,
        || format!("after RESET_STATS: {z:?}"),
    )?;
    ctx.log(format!(
        "ECHO x9 (max {PAYLOAD_MAX} B, batch of 3), GET_STATS, GET/SET_CONFIG, CONFIG_CHANGED, RESET_STATS ok on protocol {}",
        m.proto
    ));
    Ok(())
}

fn errors(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let mut c = m.client()?;
    let cfg_before = kit::config(&mut c)?;
    let before = kit::stats(&mut c)?;
    let mut n = 0;

    // An attribute type beyond the policy: EINVAL, offset at it.
    let r = kit::req(msg::ECHO, Flags::ACK, |b| {
        b.attr(attr::PAYLOAD, b"hi");
        b.attr_u32(99, 1);
    })?;
    let k = kit::expect_kernel_error(
        c.request(&r),
        libc::EINVAL,
        Some("Unknown attribute type"),
        "ECHO + attr 99",
    )?;
    n += 1;
    ensure(k.attr_path == vec![99] && k.offset == Some(16 + 8), || {
        format!(
            "ECHO + attr 99: attr_path {:?} offset {:?}, expected [99] at 24",
            k.attr_path, k.offset
        )
    })?;
    ctx.log(format!("bad attribute: {k}"));

    // A known attribute not allowed in this message.
    let r = kit::req(msg::ECHO, Flags::ACK, |b| {
        b.attr(attr::PAYLOAD, b"hi");
        b.attr_u32(attr::TIMER_MS, 10);
    })?;
    let k = kit::expect_kernel_error(c.request(&r), libc::EINVAL, None, "ECHO + TIMER_MS")?;
    n += 1;
    ensure(
        k.attr_path == vec![attr::TIMER_MS] && k.message.is_some(),
        || format!("ECHO + TIMER_MS: {k:?}"),
    )?;

    // Wrong length for a u32.
    let r = kit::req(msg::TRIGGER, Flags::ACK, |b| {
        b.attr_u16(attr::GROUP, 3);
    })?;
    let k = kit::expect_kernel_error(c.request(&r), libc::EINVAL, None, "TRIGGER GROUP as u16")?;
    n += 1;
    ensure(k.attr_path == vec![attr::GROUP], || {
        format!("GROUP as u16: {k:?}")
    })?;

    // Out of the policy range.
    for g in [0u32, 65] {
        let k = kit::expect_kernel_error(
            kit::try_trigger(&mut c, Some(g), None),
            libc::ERANGE,
            Some("out of range"),
            &format!("TRIGGER GROUP {g}"),
        )?;
        n += 1;
        ensure(k.attr_path == vec![attr::GROUP], || {
            format!("GROUP {g}: {k:?}")
        })?;
    }
    let k = kit::expect_kernel_error(
        kit::try_set_config(&mut c, |b| {
            b.attr_u32(attr::TIMER_MS, 5);
        }),
        libc::ERANGE,
        Some("period must be 0 (off) or 10..3600000 ms"),
        "TIMER_MS 5",
    )?;
    n += 1;
    ensure(k.attr_path == vec![attr::TIMER_MS], || {
        format!("TIMER_MS 5: {k:?}")
    })?;
    kit::expect_kernel_error(
        kit::try_set_config(&mut c, |b| {
            b.attr_u32(attr::WORK_MS, 3_600_001);
        }),
        libc::ERANGE,
        None,
        "WORK_MS 3600001",
    )?;
    n += 1;
    // All or nothing: a bad WORK_MS leaves NAME unchanged.
    let k = kit::expect_kernel_error(
        kit::try_set_config(&mut c, |b| {
            b.attr_str(attr::NAME, "must-not-stick");
            b.attr_u32(attr::WORK_MS, 3);
        }),
        libc::ERANGE,
        None,
        "NAME + WORK_MS 3",
    )?;
    n += 1;
    ensure(k.attr_path == vec![attr::WORK_MS], || {
        format!("NAME + WORK_MS 3: {k:?}")
    })?;
    let cfg = kit::config(&mut c)?;
    ensure(cfg == cfg_before, || {
        format!("a refused SET_CONFIG changed the configuration: {cfg:?}, was {cfg_before:?}")
    })?;
    // NAME too long, NAME without NUL.
    let long = "n".repeat(40);
    let k = kit::try_set_config(&mut c, |b| {
        b.attr_str(attr::NAME, &long);
    });
    let k = match k {
        Err(nlkit::Error::Kernel(k)) if k.errno == libc::EINVAL || k.errno == libc::ERANGE => k,
        other => return Err(format!("NAME of 40 bytes: {other:?}")),
    };
    n += 1;
    ensure(k.attr_path == vec![attr::NAME], || {
        format!("long NAME: {k:?}")
    })?;
    let k = kit::expect_kernel_error(
        kit::try_set_config(&mut c, |b| {
            b.attr_str_nonul(attr::NAME, "nonul");
        }),
        libc::EINVAL,
        None,
        "NAME without NUL",
    )?;
    n += 1;
    ensure(k.attr_path == vec![attr::NAME], || {
        format!("NAME without NUL: {k:?}")
    })?;

    // Missing required attribute.
    let r = kit::req(msg::ECHO, Flags::ACK, |_| {})?;
    let k = kit::expect_kernel_error(
        c.request(&r),
        libc::EINVAL,
        Some("ECHO needs a PAYLOAD attribute"),
        "ECHO without PAYLOAD",
    )?;
    n += 1;
    ensure(k.missing_type == Some(attr::PAYLOAD), || {
        format!(
            "ECHO without PAYLOAD: missing type {:?}, expected 1",
            k.missing_type
        )
    })?;
    ctx.log(format!("missing attribute: {k}"));
    // Errors come without NLM_F_ACK too.
    let r = kit::req(msg::ECHO, Flags::EMPTY, |_| {})?;
    kit::expect_kernel_error(
        c.request(&r),
        libc::EINVAL,
        None,
        "ECHO without PAYLOAD, no ACK flag",
    )?;
    n += 1;
    kit::expect_kernel_error(
        kit::try_set_config(&mut c, |_| {}),
        libc::EINVAL,
        Some("SET_CONFIG needs TIMER_MS, WORK_MS, NAME or RESET_STATS"),
        "empty SET_CONFIG",
    )?;
    n += 1;

    // Types the module does not take.
    for ty in [0x30u16, msg::PUSH, msg::EVENT, msg::CONFIG_CHANGED] {
        kit::expect_kernel_error(
            kit::try_plain(&mut c, ty),
            libc::EOPNOTSUPP,
            Some("unknown or kernel-to-user message type"),
            &format!("type {ty:#x}"),
        )?;
        n += 1;
    }
    kit::expect_kernel_error(
        kit::try_plain(&mut c, msg::GET_SUBSCRIBERS),
        libc::EOPNOTSUPP,
        Some("GET_SUBSCRIBERS needs NLM_F_DUMP"),
        "GET_SUBSCRIBERS without dump",
    )?;
    n += 1;

    // The socket still works, and every error was counted.
    kit::echo_ok(&mut c, b"still fine")?;
    let after = kit::stats(&mut c)?;
    let d = kit::delta(&before, &after, stat::ERRORS);
    ensure(d == n, || {
        format!("ERRORS grew by {d}, {n} errors were answered")
    })?;
    kit::stats_consistent(&after)?;
    ctx.log(format!(
        "{n} kernel errors with errno, text, attribute path / missing type"
    ));
    Ok(())
}

fn multicast(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let p = m.proto;
    let mut admin = m.client()?;
    // l1: group 1 by bind bitmask; l2: 1 and 3 by ADD_MEMBERSHIP;
    // l3: 3 by bitmask and 40 by ADD_MEMBERSHIP; l4: 40 and 64; l5: 2 only.
    let mut ls: Vec<(Client, Vec<u32>)> = vec![
        (kit::listener(p, 1, &[])?, vec![1]),
        (kit::listener(p, 0, &[1, 3])?, vec![1, 3]),
        (kit::listener(p, 1 << 2, &[40])?, vec![3, 40]),
        (kit::listener(p, 0, &[40, 64])?, vec![40, 64]),
        (kit::listener(p, 1 << 1, &[])?, vec![2]),
    ];
    for (l, groups) in &ls {
        let got = l.transport().memberships().map_err(|e| e.to_string())?;
        ensure(&got == groups, || {
            format!("memberships {got:?}, joined {groups:?}")
        })?;
    }
    let before = kit::stats(&mut admin)?;
    let mut fired = Vec::new(); // (group, seq)
    for g in [1u32, 3, 40, 64] {
        let payload = format!("to group {g}");
        let group = (g != 1).then_some(g); // group 1 is the default
        let seq = kit::trigger(&mut admin, group, Some(payload.as_bytes()))?;
        fired.push((g, seq));
    }
    let nobody = kit::trigger(&mut admin, Some(50), None)?;

    for (i, (l, groups)) in ls.iter_mut().enumerate() {
        let mut got = Vec::new();
        loop {
            match kit::wait_event(l, Duration::from_millis(100), "EVENT", |e| {
                e.ty == msg::EVENT
            }) {
                Ok(ev) => got.push(ev),
                Err(e) if e.contains("nothing matching") => break,
                Err(e) => return Err(e),
            }
        }
        let want: Vec<(u32, u64)> = fired
            .iter()
            .copied()
            .filter(|(g, _)| groups.contains(g))
            .collect();
        let seen: Vec<(u32, u64)> = got
            .iter()
            .map(|e| (e.group.unwrap_or(0), e.seq.unwrap_or(0)))
            .collect();
        ensure(seen == want, || {
            format!(
                "listener {i} in groups {groups:?} got (group, seq) {seen:?}, expected {want:?}"
            )
        })?;
        for e in &got {
            let g = e.group.unwrap_or(0);
            ensure(
                e.origin.portid == 0
                    && e.origin.group == Some(g)
                    && e.source == Some(4)
                    && e.payload == format!("to group {g}").as_bytes()
                    && e.seq != Some(nobody),
                || format!("listener {i}: bad EVENT {e:?}"),
            )?;
        }
    }
    let after = kit::stats(&mut admin)?;
    let d = kit::delta(&before, &after, stat::BCAST_DELIVERED);
    ensure(d == 4, || {
        format!("BCAST_DELIVERED grew by {d}, expected 4")
    })?;
    let d = kit::delta(&before, &after, stat::BCAST_NO_LISTENER);
    ensure(d == 1, || {
        format!("BCAST_NO_LISTENER grew by {d}, expected 1 (group 50)")
    })?;

    // Leaving a high group stops its events.
    ls[3].0.leave(40).map_err(|e| format!("leave 40: {e}"))?;
    let seq = kit::trigger(&mut admin, Some(40), None)?;
    kit::wait_event(&mut ls[2].0, Duration::from_secs(1), "EVENT on 40", |e| {
        e.seq == Some(seq)
    })?;
    kit::no_event(
        &mut ls[3].0,
        Duration::from_millis(100),
        "EVENT on 40 after leaving",
        |e| e.seq == Some(seq),
    )?;
    ctx.log("groups 1, 3 (bitmask and ADD_MEMBERSHIP), 40, 64 each reached exactly their members");
    Ok(())
}

fn user_to_user(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let mut admin = m.client()?;
    let mut p1 = m.client()?;
    let mut p2 = m.client()?;
    let (a1, a2) = (p1.portid(), p2.portid());
    let before = kit::stats(&mut admin)?;

    p1.send_to_peer(a2, 0x30, b"hello peer")
        .map_err(|e| format!("send to peer {a2}: {e}"))?;
    let ev = kit::wait_event(&mut p2, Duration::from_secs(2), "peer message", |e| {
        e.origin.portid == a1
    })?;
    ensure(
        ev.ty == 0x30
            && ev.payload == b"hello peer"
            && ev.hdr_pid == a1
            && ev.origin.group.is_none(),
        || format!("peer message from {a1}: {ev:?}"),
    )?;
    p2.send_to_peer(a1, 0x31, b"hello back")
        .map_err(|e| format!("send back to {a1}: {e}"))?;
    let ev = kit::wait_event(&mut p1, Duration::from_secs(2), "reply", |e| {
        e.origin.portid == a2
    })?;
    ensure(ev.ty == 0x31 && ev.payload == b"hello back", || {
        format!("reply from {a2}: {ev:?}")
    })?;

    // Request/response between users: p2 answers in a thread.
    let server = std::thread::spawn(move || -> Result<(), String> {
        let ev = kit::wait_event(&mut p2, Duration::from_secs(3), "request", |e| e.ty == 0x40)?;
        let mut bytes = Vec::new();
        let mut b = MessageBuilder::new(&mut bytes, 0x40, Flags::EMPTY)
            .seq(ev.hdr_seq)
            .portid(ev.hdr_pid);
        b.attr(attr::PAYLOAD, b"pong");
        b.finish().map_err(|e| e.to_string())?;
        p2.transport()
            .send(&bytes, Addr::portid(ev.origin.portid))
            .map_err(|e| format!("answer: {e}"))?;
        Ok(())
    });
    let r = kit::req(0x40, Flags::EMPTY, |b| {
        b.attr(attr::PAYLOAD, b"ping");
    })?;
    let mut answer = Vec::new();
    let res = p1.execute_to(a2, &r, &mut |msg| {
        answer.extend_from_slice(msg.payload);
        Ok(())
    });
    server
        .join()
        .map_err(|_| "peer thread panicked".to_string())??;
    res.map_err(|e| format!("request to peer {a2}: {e}"))?;
    let pong = kit::find(&answer, attr::PAYLOAD)?.map(|a| a.bytes().to_vec());
    ensure(pong.as_deref() == Some(b"pong"), || {
        format!("peer answered {pong:?}")
    })?;

    // The module saw none of it (only the GET_STATS below).
    let after = kit::stats(&mut admin)?;
    let d = kit::delta(&before, &after, stat::MSGS_IN);
    ensure(d == 1, || {
        format!("module MSGS_IN grew by {d} during user-to-user traffic, expected 1")
    })?;

    // A bare message to a group reaches its members from our portid, and
    // the kernel (portid 0) gets the copy, which the module logs.
    let mut l = kit::listener(m.proto, 1 << 4, &[])?;
    let mark = ctx.mark();
    let text = format!("to group 5 from {a1}");
    p1.send(
        &bare_msg(0, Flags::EMPTY, 0, text.as_bytes())?,
        Addr::group(5).map_err(|e| e.to_string())?,
    )
    .map_err(|e| format!("send to group 5: {e}"))?;
    let ev = kit::wait_event(&mut l, Duration::from_secs(2), "group message", |e| {
        e.origin.portid == a1
    })?;
    ensure(ev.origin.group == Some(5), || {
        format!("group message: {ev:?}")
    })?;
    wait_line(ctx, mark, &expected_log(m.name, a1, &text))?;
    ctx.log(format!(
        "portids {a1} <-> {a2}: messages, a request/response, a group send"
    ));
    Ok(())
}
