//! Module life cycle: unloading with live subscribers and running timers,
//! subscribers whose socket went away, the `proto` parameter, and loading
//! on a protocol number that is taken or invalid.

use super::kit::{self, ensure, Module, A, B};
use super::seed::expected_log;
use super::Scenario;
use crate::ctx::Ctx;
use nlkit::client::Client;
use nlkit::families::nlmod::{msg, source, stat};
use nlkit::socket::{Protocol, Socket};
use std::time::{Duration, Instant};

/// The scenarios of this file.
pub fn scenarios() -> Vec<Scenario> {
    vec![
        Scenario {
            name: "unload_live_a",
            run: |c| guarded(c, A, unload_live),
        },
        Scenario {
            name: "unload_live_b",
            run: |c| guarded(c, B, unload_live),
        },
        Scenario {
            name: "portid_gone_a",
            run: |c| guarded(c, A, portid_gone),
        },
        Scenario {
            name: "portid_gone_b",
            run: |c| guarded(c, B, portid_gone),
        },
        Scenario {
            name: "subscriber_limit_a",
            run: |c| guarded(c, A, subscriber_limit),
        },
        Scenario {
            name: "subscriber_limit_b",
            run: |c| guarded(c, B, subscriber_limit),
        },
        Scenario {
            name: "subscriber_dump_a",
            run: |c| guarded(c, A, subscriber_dump),
        },
        Scenario {
            name: "subscriber_dump_b",
            run: |c| guarded(c, B, subscriber_dump),
        },
        Scenario {
            name: "proto_param",
            run: |c| guarded(c, A, proto_param),
        },
        Scenario {
            name: "proto_busy",
            run: |c| guarded(c, B, proto_busy),
        },
    ]
}

/// Runs `f` and then makes sure `m` is loaded again with its defaults.
fn guarded(
    ctx: &mut Ctx,
    m: Module,
    f: fn(&mut Ctx, Module) -> Result<(), String>,
) -> Result<(), String> {
    let r = f(ctx, m);
    let back = kit::restore(ctx, m);
    r.and(back)
}

/// Unloads `m`, retrying for a moment while just-closed sockets still pin it.
fn unload(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let end = Instant::now() + Duration::from_secs(2);
    loop {
        match ctx.unload_module(m.name) {
            Ok(()) => return Ok(()),
            Err(e) if Instant::now() >= end => return Err(e),
            Err(_) => std::thread::sleep(Duration::from_millis(10)),
        }
    }
}

fn pushes_flow(s: &mut Client, after: Option<u64>, what: &str) -> Result<u64, String> {
    let mut last = 0;
    for src in [source::TIMER, source::WORK] {
        let e = kit::wait_event(s, Duration::from_secs(3), what, |e| {
            e.ty == msg::PUSH && e.source == Some(src) && e.seq > after
        })?;
        last = last.max(e.seq.unwrap_or(0));
    }
    Ok(last)
}

fn unload_live(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    ctx.reload_module(m.name, "")?;
    let mark = ctx.mark();
    {
        let mut admin = m.client()?;
        let mut subs = Vec::new();
        for _ in 0..3 {
            let mut s = m.client()?;
            kit::subscribe(&mut s)?;
            subs.push(s);
        }
        let _l = kit::listener(m.proto, 0b11, &[40])?;
        kit::set_periods(&mut admin, Some(10), Some(10))?;
        let seen = pushes_flow(&mut subs[0], None, "pushes at 10 ms")?;

        // Open sockets pin the module: the unload is refused, nothing breaks.
        match ctx.unload_module(m.name) {
            Err(e) if e.contains("os error 11") || e.contains("os error 16") => {
                ctx.log(format!("unload with live sockets refused: {e}"))
            }
            other => {
                return Err(format!(
                    "unload with live sockets: {other:?}, expected EWOULDBLOCK/EBUSY"
                ))
            }
        }
        ensure(Ctx::module_loaded(m.name), || {
            "module gone after a refused unload".into()
        })?;
        pushes_flow(&mut subs[1], Some(seen), "pushes after the refused unload")?;
        kit::echo_ok(&mut admin, b"still here")?;
        // All sockets close here, while the timer and the work keep firing.
    }
    unload(ctx, m).map_err(|e| format!("unload with the timer and work running: {e}"))?;
    let released = format!("{}: released netlink protocol {}", m.name, m.proto);
    ctx.wait_kmsg(mark, Duration::from_secs(1), |l| l.contains(&released))
        .ok_or_else(|| format!("no `{released}` line"))?;
    std::thread::sleep(Duration::from_millis(50)); // a stray timer would fire now
    kit::log_clean(ctx, mark)?;
    ensure(Socket::open(Protocol(m.proto)).is_err(), || {
        "protocol still served after unload".into()
    })?;

    // Unload with subscribers still in the table (release_notify=0 keeps
    // them after their sockets close) and a pending timer and work.
    ctx.load_module(m.name, "release_notify=0 timer_ms=3600000 work_ms=3600000")?;
    {
        let mut admin = m.client()?;
        for _ in 0..4 {
            let mut s = m.client()?;
            kit::subscribe(&mut s)?;
        }
        let st = kit::stats(&mut admin)?;
        ensure(st.get(stat::SUBSCRIBERS) == 4, || {
            format!("4 closed subscribers kept: {st:?}")
        })?;
    }
    unload(ctx, m).map_err(|e| format!("unload with 4 stale subscribers: {e}"))?;
    kit::log_clean(ctx, mark)?;

    // Back with the defaults: it works again.
    ctx.load_module(m.name, "")?;
    let mut c = m.client()?;
    kit::echo_ok(&mut c, b"after reload")?;
    let cfg = kit::config(&mut c)?;
    ensure(cfg.timer_ms == 0 && cfg.work_ms == 0, || {
        format!("after reload: {cfg:?}")
    })?;
    ctx.log("unloaded while pushes flowed and with stale subscribers; log clean; reloaded and answering");
    Ok(())
}

fn portid_gone(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    // release_notify=1 (default): closing removes the subscriber at once.
    ctx.reload_module(m.name, "")?;
    let mut admin = m.client()?;
    let mut s = m.client()?;
    let gone = s.portid();
    kit::subscribe(&mut s)?;
    let st = kit::stats(&mut admin)?;
    ensure(st.get(stat::SUBSCRIBERS) == 1, || {
        format!("after SUBSCRIBE: {st:?}")
    })?;
    drop(s);
    let st = kit::stats(&mut admin)?;
    ensure(
        st.get(stat::SUBSCRIBERS) == 0 && st.get(stat::SUBS_RELEASED) == 1,
        || {
            format!(
                "after closing the subscriber: SUBSCRIBERS {} SUBS_RELEASED {}",
                st.get(stat::SUBSCRIBERS),
                st.get(stat::SUBS_RELEASED)
            )
        },
    )?;
    // A new socket on the same portid does not inherit the subscription.
    let mut again =
        Client::bind(Protocol(m.proto), gone).map_err(|e| format!("rebind {gone}: {e}"))?;
    kit::trigger(&mut admin, None, None)?;
    kit::no_event(
        &mut again,
        Duration::from_millis(100),
        "PUSH to a reused portid",
        |e| e.ty == msg::PUSH,
    )?;
    let st2 = kit::stats(&mut admin)?;
    ensure(kit::delta(&st, &st2, stat::PUSH_SENT) == 0, || {
        "a push went to the old portid".into()
    })?;
    drop(again);
    drop(admin);

    // release_notify=0: the module finds out at the next push (ECONNREFUSED).
    ctx.reload_module(m.name, "release_notify=0")?;
    let mut admin = m.client()?;
    let mut keep = m.client()?;
    kit::subscribe(&mut keep)?;
    let mut s = m.client()?;
    let gone = s.portid();
    kit::subscribe(&mut s)?;
    drop(s);
    let subs = kit::subscribers(&mut admin)?;
    ensure(subs.contains(&gone), || {
        format!("stale {gone} not in the dump {subs:?}")
    })?;
    let before = kit::stats(&mut admin)?;
    let seq = kit::trigger(&mut admin, None, None)?;
    kit::wait_event(
        &mut keep,
        Duration::from_secs(2),
        "PUSH to the live subscriber",
        |e| e.seq == Some(seq),
    )?;
    let after = kit::stats(&mut admin)?;
    for (id, name, want) in [
        (stat::PUSH_SENT, "PUSH_SENT", 2),
        (stat::PUSH_DELIVERED, "PUSH_DELIVERED", 1),
        (stat::PUSH_DROPPED, "PUSH_DROPPED", 1),
        (stat::PUSH_GONE, "PUSH_GONE", 1),
        (stat::SUBSCRIBERS, "SUBSCRIBERS", -1),
        (stat::SUBS_RELEASED, "SUBS_RELEASED", 0),
    ] {
        let d = kit::delta(&before, &after, id);
        ensure(d == want, || {
            format!("{name} moved by {d}, expected {want}")
        })?;
    }
    kit::stats_consistent(&after)?;
    let subs = kit::subscribers(&mut admin)?;
    ensure(subs == vec![keep.portid()], || {
        format!(
            "dump after the drop: {subs:?}, expected [{}]",
            keep.portid()
        )
    })?;
    kit::trigger(&mut admin, None, None)?;
    let last = kit::stats(&mut admin)?;
    ensure(kit::delta(&after, &last, stat::PUSH_SENT) == 1, || {
        "the gone portid was pushed to again".into()
    })?;
    ctx.log(format!("closed subscriber {gone}: released at close; with release_notify=0 dropped at the first push (GONE)"));
    Ok(())
}

fn subscriber_limit(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    ctx.reload_module(m.name, "max_subscribers=2")?;
    let mut admin = m.client()?;
    ensure(kit::config(&mut admin)?.max_subscribers == 2, || {
        "MAX_SUBSCRIBERS is not 2".into()
    })?;
    let mut subs = vec![m.client()?, m.client()?];
    for s in &mut subs {
        kit::subscribe(s)?;
    }
    let mut third = m.client()?;
    kit::expect_kernel_error(
        kit::try_plain(&mut third, msg::SUBSCRIBE),
        libc::ENOSPC,
        Some("subscriber limit reached"),
        "third SUBSCRIBE with max_subscribers=2",
    )?;
    let st = kit::stats(&mut admin)?;
    ensure(
        st.get(stat::SUBSCRIBE_REJECTED) == 1 && st.get(stat::SUBSCRIBERS) == 2,
        || format!("at the limit: {st:?}"),
    )?;
    // A closed subscriber frees its place.
    subs.pop();
    kit::subscribe(&mut third)?;
    let mut want = vec![subs[0].portid(), third.portid()];
    want.sort_unstable();
    let got = kit::subscribers(&mut admin)?;
    ensure(got == want, || {
        format!("subscribers {got:?}, expected {want:?}")
    })?;
    ctx.log("max_subscribers=2: third refused with ENOSPC, accepted once a subscriber closed");
    Ok(())
}

/// Stale subscribers kept for the dump test: about 60 KiB of dump, so
/// several datagrams whatever buffer size the kernel picks.
const DUMP_SUBSCRIBERS: usize = 2500;

fn subscriber_dump(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    // release_notify=0 keeps the portids of closed sockets subscribed, so a
    // big table needs no open file descriptors.
    ctx.reload_module(m.name, "release_notify=0")?;
    let mut admin = m.client()?;
    let mut want = Vec::with_capacity(DUMP_SUBSCRIBERS);
    while want.len() < DUMP_SUBSCRIBERS {
        let mut s = m.client()?;
        match kit::try_plain(&mut s, msg::SUBSCRIBE) {
            Ok(()) => want.push(s.portid()),
            // A random portid of an earlier closed socket came back.
            Err(nlkit::Error::Kernel(k)) if k.errno == libc::EEXIST => {}
            Err(e) => return Err(format!("SUBSCRIBE #{}: {e}", want.len())),
        }
    }
    want.sort_unstable();
    let r = kit::req(msg::GET_SUBSCRIBERS, nlkit::wire::Flags::EMPTY, |_| {})?;
    let d = admin
        .dump_collect(&r)
        .map_err(|e| format!("GET_SUBSCRIBERS dump: {e}"))?;
    ensure(!d.interrupted, || "dump interrupted with no change".into())?;
    let mut got = Vec::with_capacity(d.messages.len());
    for msg in &d.messages {
        ensure(
            msg.header().flags.contains(nlkit::wire::Flags::MULTI),
            || format!("dump message without NLM_F_MULTI: {:?}", msg.header()),
        )?;
        got.push(kit::u32_attr(
            msg.payload(),
            nlkit::families::nlmod::attr::PORTID,
        )?);
    }
    got.sort_unstable();
    ensure(got == want, || {
        format!(
            "dump listed {} portids, {} subscribed (first differences hidden)",
            got.len(),
            want.len()
        )
    })?;
    let datagrams = raw_dump_datagrams(m, &want)?;
    ensure(datagrams > 1, || {
        format!("the dump came in {datagrams} datagram(s)")
    })?;
    let st = kit::stats(&mut admin)?;
    ensure(st.get(stat::SUBSCRIBERS) == DUMP_SUBSCRIBERS as u64, || {
        format!("SUBSCRIBERS {}", st.get(stat::SUBSCRIBERS))
    })?;
    ctx.log(format!(
        "{DUMP_SUBSCRIBERS} subscribers dumped exactly once each in {datagrams} datagrams"
    ));
    Ok(())
}

/// The same dump on a bare socket: counts its datagrams and checks the
/// portids again, without the client's machinery.
fn raw_dump_datagrams(m: Module, want: &[u32]) -> Result<usize, String> {
    use nlkit::wire::{messages, Flags, MessageBuilder};
    let s = Socket::open(Protocol(m.proto)).map_err(|e| e.to_string())?;
    s.bind(0, 0).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(kit::TIMEOUT))
        .map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    MessageBuilder::new(
        &mut bytes,
        msg::GET_SUBSCRIBERS,
        Flags::REQUEST | Flags::DUMP,
    )
    .seq(77)
    .finish()
    .map_err(|e| e.to_string())?;
    s.send(&bytes, nlkit::socket::Addr::KERNEL)
        .map_err(|e| format!("send dump request: {e}"))?;
    let mut buf = nlkit::socket::RecvBuffer::new();
    let (mut got, mut datagrams) = (Vec::new(), 0);
    'outer: loop {
        let d = s
            .recv(&mut buf)
            .map_err(|e| format!("dump datagram {datagrams}: {e}"))?;
        datagrams += 1;
        for msg in messages(d.bytes) {
            let msg = msg.map_err(|e| e.to_string())?;
            ensure(msg.header.seq == 77, || {
                format!("dump message seq {}", msg.header.seq)
            })?;
            match msg.header.ty {
                nlkit::wire::msgtype::DONE => break 'outer,
                msg::GET_SUBSCRIBERS => {
                    ensure(!msg.header.flags.contains(Flags::DUMP_INTR), || {
                        "DUMP_INTR set".into()
                    })?;
                    got.push(kit::u32_attr(
                        msg.payload,
                        nlkit::families::nlmod::attr::PORTID,
                    )?);
                }
                t => return Err(format!("unexpected message type {t} in the dump")),
            }
        }
    }
    got.sort_unstable();
    ensure(got == want, || {
        format!("raw dump: {} portids, {} expected", got.len(), want.len())
    })?;
    Ok(datagrams)
}

fn proto_param(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    ctx.unload_module(m.name)?;
    let mark = ctx.mark();
    ctx.load_module(m.name, "proto=20")?;
    let want = format!("{}: listening on netlink protocol 20 ", m.name);
    ctx.wait_kmsg(mark, Duration::from_secs(1), |l| l.contains(&want))
        .ok_or_else(|| format!("no `{want}` line"))?;
    let param = std::fs::read_to_string(format!("/sys/module/{}/parameters/proto", m.name))
        .map_err(|e| format!("read proto parameter: {e}"))?;
    ensure(param.trim() == "20", || {
        format!("parameter proto reads {param:?}")
    })?;
    match Socket::open(Protocol(m.proto)) {
        Err(nlkit::Error::ProtocolNotSupported { .. }) => {}
        other => {
            return Err(format!(
                "protocol {} after moving to 20: {other:?}, expected EPROTONOSUPPORT",
                m.proto
            ))
        }
    }
    let mut c = kit::client_on(20)?;
    kit::echo_ok(&mut c, b"on 20")?;
    let cfg = kit::config(&mut c)?;
    ensure(cfg.protocol == 20 && cfg.name == m.name, || {
        format!("GET_CONFIG on 20: {cfg:?}")
    })?;
    let st = kit::stats(&mut c)?;
    ensure(st.protocol == Some(20), || {
        format!("GET_STATS PROTOCOL {:?}", st.protocol)
    })?;
    let bare = format!("bare on 20 to {}", m.name);
    c.send(
        &nlkit::client::Request::raw(0, nlkit::wire::Flags::EMPTY, format!("{bare}\0").as_bytes())
            .map_err(|e| e.to_string())?,
        nlkit::socket::Addr::KERNEL,
    )
    .map_err(|e| e.to_string())?;
    let line = expected_log(m.name, c.portid(), &bare);
    ctx.wait_kmsg(mark, Duration::from_secs(1), |l| l.contains(&line))
        .ok_or_else(|| format!("no `{line}` line"))?;
    // The other module is unaffected.
    kit::echo_ok(&mut m.other().client()?, b"other still there")?;
    drop(c);
    ctx.log("module A served protocol 20 (17 unserved), then reloaded on 17");
    Ok(())
}

fn expect_load_fail(
    ctx: &mut Ctx,
    m: Module,
    params: &str,
    errno: i32,
    line: &str,
) -> Result<(), String> {
    let mark = ctx.mark();
    match ctx.load_module(m.name, params) {
        Err(e) if e.contains(&format!("os error {errno})")) => {}
        other => {
            return Err(format!(
                "loading {} {params}: {other:?}, expected {}",
                m.name,
                std::io::Error::from_raw_os_error(errno)
            ))
        }
    }
    ensure(!Ctx::module_loaded(m.name), || {
        format!("{} loaded despite the error", m.name)
    })?;
    let want = format!("{}: {line}", m.name);
    let got = ctx
        .wait_kmsg(mark, Duration::from_secs(1), |l| l.contains(&want))
        .ok_or_else(|| format!("no `{want}` line after loading with {params}"))?;
    ctx.log(format!("{params}: refused; kernel log: {got}"));
    Ok(())
}

fn proto_busy(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let holder = m.other();
    ensure(Ctx::module_loaded(holder.name), || {
        format!("{} is not loaded", holder.name)
    })?;
    ctx.unload_module(m.name)?;
    let p = holder.proto;
    expect_load_fail(
        ctx,
        m,
        &format!("proto={p}"),
        libc::EBUSY,
        &format!("netlink protocol {p} is already in use, not loading (use proto=N)"),
    )?;
    expect_load_fail(
        ctx,
        m,
        "proto=0",
        libc::EBUSY,
        "netlink protocol 0 is already in use by NETLINK_ROUTE, not loading (use proto=N)",
    )?;
    expect_load_fail(
        ctx,
        m,
        "proto=32",
        libc::EINVAL,
        "proto=32 is not a netlink protocol number (0..31)",
    )?;
    expect_load_fail(
        ctx,
        m,
        "timer_ms=5",
        libc::EINVAL,
        "timer_ms/work_ms must be 0 or 10..3600000",
    )?;
    // The holder kept working through all of it.
    kit::echo_ok(&mut holder.client()?, b"holder fine")?;
    Ok(())
}
