//! The guest's demo mode (`cargo xtask demo`, the project's main job): a
//! readable walk through the seed's model on the real modules. Each step
//! says what is sent, by which portid, what the kernel logged and what came
//! back, then PASS or FAIL; the summary closes the run.

use std::time::Duration;

use nlkit::client::{Client, Event, Request};
use nlkit::families::nlmod::{attr, group, msg, source};
use nlkit::socket::{Addr, Protocol, Socket};
use nlkit::wire::{attrs, Flags, Message};

use crate::ctx::Ctx;
use crate::scenarios::seed;

const WAIT: Duration = Duration::from_secs(3);

struct Demo<'c> {
    ctx: &'c mut Ctx,
    passed: usize,
    failed: usize,
}

impl Demo<'_> {
    fn say(&self, line: impl std::fmt::Display) {
        self.ctx.log(format!("    {line}"));
    }

    fn step(&mut self, title: &str, f: impl FnOnce(&mut Ctx) -> Result<(), String>) {
        self.ctx.log(format!("== {title}"));
        match f(self.ctx) {
            Ok(()) => {
                self.passed += 1;
                self.ctx.log("   PASS");
            }
            Err(e) => {
                self.failed += 1;
                self.ctx.log(format!("   FAIL: {e}"));
            }
        }
    }
}

fn client(proto: u32) -> Result<Client, String> {
    let mut c = Client::open(Protocol(proto)).map_err(|e| e.to_string())?;
    c.set_timeout(Some(WAIT)).map_err(|e| e.to_string())?;
    Ok(c)
}

fn u32_attr(m: &Message<'_>, ty: u16) -> Option<u32> {
    attrs(m.payload)
        .filter_map(Result::ok)
        .find(|a| a.ty == ty)
        .and_then(|a| a.u32().ok())
}

fn payload_attr(m: &Message<'_>) -> Vec<u8> {
    attrs(m.payload)
        .filter_map(Result::ok)
        .find(|a| a.ty == attr::PAYLOAD)
        .map(|a| a.bytes().to_vec())
        .unwrap_or_default()
}

fn source_name(s: u32) -> &'static str {
    match s {
        source::TIMER => "timer (atomic context)",
        source::WORK => "workqueue",
        source::TRIGGER => "debugfs trigger (hardware stand-in)",
        source::REQUEST => "TRIGGER request",
        _ => "unknown",
    }
}

/// Wait for the next message of type `ty` on `c`, logging what arrives.
fn wait_for(c: &mut Client, ty: u16) -> Result<nlkit::client::Notification, String> {
    loop {
        match c
            .next_event()
            .map_err(|e| format!("waiting for type {ty:#x}: {e}"))?
        {
            Event::Message(n) if n.msg.header().ty == ty => return Ok(n),
            Event::Message(_) => continue,
            Event::Overrun => return Err("receive overrun".into()),
            Event::Malformed { error, .. } => return Err(error.to_string()),
            _ => continue,
        }
    }
}

fn mode1_seed(ctx: &mut Ctx) -> Result<(), String> {
    ctx.log("    the seed's program: one process; socket 1 on protocol 17 bound to getpid(),");
    ctx.log("    socket 2 on protocol 18 bound to getpid()+1; a bare nlmsghdr (type 0) + text to portid 0");
    let mark = ctx.mark();
    let (pa, pb) = seed::send_seed(ctx, false)?;
    for ((_, module), port, text) in [
        (seed::MOD_A, pa, "Hello 模块A"),
        (seed::MOD_B, pb, "Hello 模块B"),
    ] {
        let want = seed::expected_log(module, port, text);
        let line = ctx
            .wait_kmsg(mark, WAIT, |l| l.contains(&want))
            .ok_or_else(|| format!("{module} did not log `{want}`"))?;
        ctx.log(format!("    kernel log: {line}"));
    }
    ctx.log("    both sockets may even bind the same portid: portids are per protocol");
    seed::send_seed(ctx, true)?;
    Ok(())
}

fn mode3_request(ctx: &mut Ctx, proto: u32) -> Result<(), String> {
    let mut c = client(proto)?;
    let text = format!("ping over protocol {proto}");
    let req = Request::build(msg::ECHO, Flags::ACK, |b| {
        b.attr(attr::PAYLOAD, text.as_bytes());
    })
    .map_err(|e| e.to_string())?;
    ctx.log(format!(
        "    portid {} -> kernel: ECHO \"{text}\" (NLM_F_ACK)",
        c.portid()
    ));
    let mut got = None;
    let done = c
        .execute(&req, |m| {
            got = Some((payload_attr(&m), u32_attr(&m, attr::PORTID)));
            Ok(())
        })
        .map_err(|e| e.to_string())?;
    let (payload, portid) = got.ok_or("no ECHO reply")?;
    ctx.log(format!(
        "    kernel -> portid {}: ECHO \"{}\", the kernel saw us as portid {}; then ACK ({} reply)",
        c.portid(),
        String::from_utf8_lossy(&payload),
        portid.map_or("?".to_string(), |p| p.to_string()),
        done.messages
    ));
    if payload != text.as_bytes() || portid != Some(c.portid()) {
        return Err("the reply does not match the request".into());
    }
    // An invalid request: TIMER_MS below the minimum.
    let bad = Request::build(msg::SET_CONFIG, Flags::ACK, |b| {
        b.attr_u32(attr::TIMER_MS, 1);
    })
    .map_err(|e| e.to_string())?;
    ctx.log(format!(
        "    portid {} -> kernel: SET_CONFIG TIMER_MS=1 (below the 10 ms minimum)",
        c.portid()
    ));
    match c.ack(&bad) {
        Err(nlkit::Error::Kernel(k)) => {
            ctx.log(format!("    kernel -> NLMSG_ERROR: {k}"));
            if k.message.is_none() || k.attr_path != [attr::TIMER_MS] {
                return Err("the error lacks the extended ACK text or attribute".into());
            }
            Ok(())
        }
        other => Err(format!("expected a kernel error, got {other:?}")),
    }
}

fn mode2_push(ctx: &mut Ctx, proto: u32, debugfs: &str) -> Result<(), String> {
    let mut c = client(proto)?;
    c.ack(&Request::raw(msg::SUBSCRIBE, Flags::ACK, b"").map_err(|e| e.to_string())?)
        .map_err(|e| e.to_string())?;
    ctx.log(format!(
        "    portid {} subscribed; now the kernel pushes without being asked",
        c.portid()
    ));
    let trigger = format!("/sys/kernel/debug/{debugfs}/trigger");
    std::fs::write(&trigger, "1\n").map_err(|e| format!("writing {trigger}: {e}"))?;
    ctx.log(format!(
        "    (a write to {trigger} stands in for a hardware event)"
    ));
    let n = wait_for(&mut c, msg::PUSH)?;
    let src = u32_attr(&n.msg.as_message(), attr::SOURCE).unwrap_or(0);
    ctx.log(format!(
        "    kernel -> portid {}: PUSH from the {}",
        c.portid(),
        source_name(src)
    ));
    if src != source::TRIGGER {
        return Err(format!("expected the trigger as source, got {src}"));
    }
    let set = |ms: u32, which: u16| {
        Request::build(msg::SET_CONFIG, Flags::ACK, |b| {
            b.attr_u32(which, ms);
        })
        .map_err(|e| e.to_string())
    };
    for (which, want) in [
        (attr::TIMER_MS, source::TIMER),
        (attr::WORK_MS, source::WORK),
    ] {
        c.ack(&set(50, which)?).map_err(|e| e.to_string())?;
        let seen = (0..20).find_map(|_| {
            let n = wait_for(&mut c, msg::PUSH).ok()?;
            (u32_attr(&n.msg.as_message(), attr::SOURCE) == Some(want)).then_some(())
        });
        c.ack(&set(0, which)?).map_err(|e| e.to_string())?;
        seen.ok_or_else(|| format!("no push from the {}", source_name(want)))?;
        ctx.log(format!(
            "    kernel -> portid {}: PUSH from the {} (every 50 ms until turned off)",
            c.portid(),
            source_name(want)
        ));
    }
    Ok(())
}

fn mode4_multicast(ctx: &mut Ctx, proto: u32) -> Result<(), String> {
    let mut low: Vec<Client> = Vec::new();
    for _ in 0..2 {
        let s = Socket::open(Protocol(proto)).map_err(|e| e.to_string())?;
        s.bind(0, 1 << (group::EVENTS - 1))
            .map_err(|e| e.to_string())?;
        let mut c = Client::new(s).map_err(|e| e.to_string())?;
        c.set_timeout(Some(WAIT)).map_err(|e| e.to_string())?;
        low.push(c);
    }
    let high_group = 40;
    let mut high = Client::subscribe(Protocol(proto), &[high_group]).map_err(|e| e.to_string())?;
    high.set_timeout(Some(WAIT)).map_err(|e| e.to_string())?;
    ctx.log(format!(
        "    portids {} and {} joined group {} (nl_groups bitmask); portid {} joined group {high_group} (NETLINK_ADD_MEMBERSHIP)",
        low[0].portid(),
        low[1].portid(),
        group::EVENTS,
        high.portid()
    ));
    let mut admin = client(proto)?;
    for g in [group::EVENTS, high_group] {
        let req = Request::build(msg::TRIGGER, Flags::ACK, |b| {
            b.attr_u32(attr::GROUP, g);
            b.attr(attr::PAYLOAD, b"state changed");
        })
        .map_err(|e| e.to_string())?;
        admin.ack(&req).map_err(|e| e.to_string())?;
        ctx.log(format!(
            "    portid {} -> kernel: TRIGGER group {g}",
            admin.portid()
        ));
    }
    for c in low.iter_mut().chain(std::iter::once(&mut high)) {
        let n = wait_for(c, msg::EVENT)?;
        ctx.log(format!(
            "    kernel -> group {:?} -> portid {}: EVENT \"{}\"",
            n.origin.group.unwrap_or(0),
            c.portid(),
            String::from_utf8_lossy(&payload_attr(&n.msg.as_message()))
        ));
    }
    Ok(())
}

fn mode5_peers(ctx: &mut Ctx, proto: u32) -> Result<(), String> {
    let mut a = client(proto)?;
    let mut b = client(proto)?;
    a.send(
        &Request::raw(0x100, Flags::EMPTY, b"hello from a user").map_err(|e| e.to_string())?,
        Addr::portid(b.portid()),
    )
    .map_err(|e| e.to_string())?;
    ctx.log(format!(
        "    portid {} -> portid {} on protocol {proto} (the kernel only forwards)",
        a.portid(),
        b.portid()
    ));
    let n = wait_for(&mut b, 0x100)?;
    ctx.log(format!(
        "    portid {} received \"{}\" from portid {}",
        b.portid(),
        String::from_utf8_lossy(n.msg.payload()),
        n.origin.portid
    ));
    if n.origin.portid != a.portid() {
        return Err("wrong sender".into());
    }
    Ok(())
}

/// Runs the demo; returns whether every step worked.
pub fn run(ctx: &mut Ctx) -> bool {
    ctx.scenario = "demo".to_string();
    let mut d = Demo {
        ctx,
        passed: 0,
        failed: 0,
    };
    d.say("module A = netlink_mod_a on protocol 17, module B = netlink_mod_b on protocol 18; the kernel is portid 0");
    d.step(
        "mode 1: user -> kernel unicast (the seed's program)",
        mode1_seed,
    );
    for (proto, name) in [(17, "netlink_mod_a"), (18, "netlink_mod_b")] {
        d.step(
            &format!("mode 3: request/response with module on protocol {proto}"),
            |c| mode3_request(c, proto),
        );
        d.step(&format!("mode 2: kernel -> user pushes from {name}"), |c| {
            mode2_push(c, proto, name)
        });
        d.step(
            &format!("mode 4: kernel -> many, multicast on protocol {proto}"),
            |c| mode4_multicast(c, proto),
        );
        d.step(
            &format!("mode 5: user <-> user through the kernel on protocol {proto}"),
            |c| mode5_peers(c, proto),
        );
    }
    let (p, f) = (d.passed, d.failed);
    d.ctx.log(format!("summary: {p} passed, {f} failed"));
    f == 0
}
