//! Shared helpers of the module scenarios: the two modules, typed requests
//! (ECHO, GET_STATS, SET_CONFIG, TRIGGER, ...) over `nlkit::client`, decoding
//! of PUSH/EVENT messages, waiting for events, and checks on kernel errors.

use crate::ctx::Ctx;
use nlkit::client::{Client, Event, Notification, Origin, Request};
use nlkit::error::KernelError;
use nlkit::families::nlmod::{self, attr, msg, parse_stats, Stats};
use nlkit::socket::{Protocol, Socket};
use nlkit::wire::{attrs, Flags, MessageBuilder};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// How long a request may wait for its answer.
pub const TIMEOUT: Duration = Duration::from_secs(3);

/// One of the two test modules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Module {
    /// Default netlink protocol.
    pub proto: u32,
    /// Kernel module name (also the log prefix and debugfs directory).
    pub name: &'static str,
}

/// `netlink_mod_a` on protocol 17.
pub const A: Module = Module {
    proto: nlmod::PROTO_A as u32,
    name: "netlink_mod_a",
};
/// `netlink_mod_b` on protocol 18.
pub const B: Module = Module {
    proto: nlmod::PROTO_B as u32,
    name: "netlink_mod_b",
};

impl Module {
    /// The other module.
    pub fn other(self) -> Module {
        if self == A {
            B
        } else {
            A
        }
    }

    /// A client on the module's default protocol (kernel-chosen portid,
    /// [`TIMEOUT`] per wait).
    pub fn client(self) -> Result<Client, String> {
        client_on(self.proto)
    }

    /// A file of the module's debugfs directory.
    pub fn debugfs(self, file: &str) -> PathBuf {
        PathBuf::from("/sys/kernel/debug")
            .join(self.name)
            .join(file)
    }

    /// The start of this module's kernel log lines.
    pub fn prefix(self) -> String {
        format!("{}: ", self.name)
    }
}

/// A client on `proto` (kernel-chosen portid, [`TIMEOUT`] per wait).
pub fn client_on(proto: u32) -> Result<Client, String> {
    let mut c = Client::open(Protocol(proto)).map_err(|e| format!("open protocol {proto}: {e}"))?;
    c.set_timeout(Some(TIMEOUT))
        .map_err(|e| format!("set timeout: {e}"))?;
    Ok(c)
}

/// A client on `proto` whose socket joined `groups` with the bind bitmask
/// (`mask`) and then with `NETLINK_ADD_MEMBERSHIP` (`add`); `NETLINK_PKTINFO`
/// on so that every event names its group.
pub fn listener(proto: u32, mask: u32, add: &[u32]) -> Result<Client, String> {
    let s = Socket::open(Protocol(proto)).map_err(|e| format!("open protocol {proto}: {e}"))?;
    s.bind(0, mask)
        .map_err(|e| format!("bind with groups {mask:#x} on protocol {proto}: {e}"))?;
    s.set_pktinfo(true)
        .map_err(|e| format!("NETLINK_PKTINFO: {e}"))?;
    for &g in add {
        s.add_membership(g)
            .map_err(|e| format!("join group {g} on protocol {proto}: {e}"))?;
    }
    let mut c = Client::new(s).map_err(|e| format!("client: {e}"))?;
    c.set_timeout(Some(TIMEOUT))
        .map_err(|e| format!("set timeout: {e}"))?;
    Ok(c)
}

/// `Err(what)` unless `cond`.
pub fn ensure(cond: bool, what: impl FnOnce() -> String) -> Result<(), String> {
    if cond {
        Ok(())
    } else {
        Err(what())
    }
}

/// A typed request with attributes written by `fill`.
pub fn req(
    ty: u16,
    flags: Flags,
    fill: impl FnOnce(&mut MessageBuilder<'_>),
) -> Result<Request, String> {
    Request::build(ty, flags, fill).map_err(|e| format!("building request {ty:#x}: {e}"))
}

/// Sends `r` and returns its data replies (the request completes on the
/// ACK when it has `NLM_F_ACK`, else on its first reply).
pub fn call(c: &mut Client, r: &Request) -> nlkit::Result<Vec<nlkit::client::OwnedMessage>> {
    c.request(r)
}

/// The first attribute `ty` of a payload (attributes right after the header).
pub fn find<'a>(payload: &'a [u8], ty: u16) -> Result<Option<nlkit::wire::Attr<'a>>, String> {
    attrs(payload)
        .find(ty)
        .map_err(|e| format!("malformed attributes: {e}"))
}

/// The `u32` attribute `ty` of a payload, which must be present.
pub fn u32_attr(payload: &[u8], ty: u16) -> Result<u32, String> {
    find(payload, ty)?
        .ok_or_else(|| format!("attribute {ty} missing"))?
        .u32()
        .map_err(|e| e.to_string())
}

/// The `u64` attribute `ty` of a payload, which must be present.
pub fn u64_attr(payload: &[u8], ty: u16) -> Result<u64, String> {
    find(payload, ty)?
        .ok_or_else(|| format!("attribute {ty} missing"))?
        .u64()
        .map_err(|e| e.to_string())
}

/// The one data reply of a request, checked for its type and sequence.
fn single_reply(
    c: &mut Client,
    r: &Request,
    what: &str,
) -> Result<nlkit::client::OwnedMessage, String> {
    let ty = r.header().ty;
    let mut v = call(c, r).map_err(|e| format!("{what}: {e}"))?;
    ensure(v.len() == 1, || {
        format!("{what}: {} data replies, expected 1", v.len())
    })?;
    let m = v.remove(0);
    let h = m.header();
    ensure(h.ty == ty, || {
        format!("{what}: reply of type {:#x}, expected {ty:#x}", h.ty)
    })?;
    ensure(h.portid == c.portid(), || {
        format!(
            "{what}: reply nlmsg_pid {} is not our portid {}",
            h.portid,
            c.portid()
        )
    })?;
    Ok(m)
}

/// ECHO with `NLM_F_ACK`: returns the echoed payload and the `PORTID` the
/// module saw.
pub fn echo(c: &mut Client, payload: &[u8]) -> Result<(Vec<u8>, u32), String> {
    let r = req(msg::ECHO, Flags::ACK, |b| {
        b.attr(attr::PAYLOAD, payload);
    })?;
    let m = single_reply(c, &r, "ECHO")?;
    let data = find(m.payload(), attr::PAYLOAD)?
        .ok_or("ECHO reply without PAYLOAD")?
        .bytes()
        .to_vec();
    Ok((data, u32_attr(m.payload(), attr::PORTID)?))
}

/// ECHO that must come back unchanged, with our portid.
pub fn echo_ok(c: &mut Client, payload: &[u8]) -> Result<(), String> {
    let (data, portid) = echo(c, payload)?;
    ensure(data == payload, || {
        format!(
            "ECHO returned {:?}, sent {:?}",
            String::from_utf8_lossy(&data),
            String::from_utf8_lossy(payload)
        )
    })?;
    ensure(portid == c.portid(), || {
        format!("ECHO reply PORTID {portid}, our portid is {}", c.portid())
    })
}

/// GET_STATS.
pub fn stats(c: &mut Client) -> Result<Stats, String> {
    let r = req(msg::GET_STATS, Flags::EMPTY, |_| {})?;
    let m = single_reply(c, &r, "GET_STATS")?;
    parse_stats(m.payload()).map_err(|e| format!("GET_STATS reply: {e}"))
}

/// A module's configuration (GET_CONFIG reply or CONFIG_CHANGED).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Instance name.
    pub name: String,
    /// Protocol version.
    pub version: u32,
    /// Netlink protocol.
    pub protocol: u32,
    /// Number of groups.
    pub groups: u32,
    /// Subscriber limit.
    pub max_subscribers: u32,
    /// Timer period.
    pub timer_ms: u32,
    /// Work period.
    pub work_ms: u32,
}

/// Decodes the configuration attributes.
pub fn parse_config(payload: &[u8]) -> Result<Config, String> {
    let name = find(payload, attr::NAME)?
        .ok_or("no NAME")?
        .str()
        .map_err(|e| e.to_string())?
        .to_string();
    Ok(Config {
        name,
        version: u32_attr(payload, attr::VERSION)?,
        protocol: u32_attr(payload, attr::PROTOCOL)?,
        groups: u32_attr(payload, attr::GROUPS)?,
        max_subscribers: u32_attr(payload, attr::MAX_SUBSCRIBERS)?,
        timer_ms: u32_attr(payload, attr::TIMER_MS)?,
        work_ms: u32_attr(payload, attr::WORK_MS)?,
    })
}

/// GET_CONFIG.
pub fn config(c: &mut Client) -> Result<Config, String> {
    let r = req(msg::GET_CONFIG, Flags::EMPTY, |_| {})?;
    let m = single_reply(c, &r, "GET_CONFIG")?;
    parse_config(m.payload()).map_err(|e| format!("GET_CONFIG reply: {e}"))
}

/// SET_CONFIG with `NLM_F_ACK`; the raw result (to check errors).
pub fn try_set_config(
    c: &mut Client,
    fill: impl FnOnce(&mut MessageBuilder<'_>),
) -> nlkit::Result<()> {
    let r = Request::build(msg::SET_CONFIG, Flags::ACK, fill)?;
    let v = c.request(&r)?;
    if !v.is_empty() {
        return Err(nlkit::Error::ReplyCount {
            request: "SET_CONFIG",
            expected: 0,
            got: v.len(),
        });
    }
    Ok(())
}

/// SET_CONFIG of the timer and work periods (None = leave as is).
pub fn set_periods(c: &mut Client, timer: Option<u32>, work: Option<u32>) -> Result<(), String> {
    try_set_config(c, |b| {
        if let Some(t) = timer {
            b.attr_u32(attr::TIMER_MS, t);
        }
        if let Some(w) = work {
            b.attr_u32(attr::WORK_MS, w);
        }
    })
    .map_err(|e| format!("SET_CONFIG timer {timer:?} work {work:?}: {e}"))
}

/// TRIGGER (optional group and payload) with `NLM_F_ACK`; the raw result.
pub fn try_trigger(
    c: &mut Client,
    group: Option<u32>,
    payload: Option<&[u8]>,
) -> nlkit::Result<u64> {
    let r = Request::build(msg::TRIGGER, Flags::ACK, |b| {
        if let Some(g) = group {
            b.attr_u32(attr::GROUP, g);
        }
        if let Some(p) = payload {
            b.attr(attr::PAYLOAD, p);
        }
    })?;
    let v = c.request(&r)?;
    let m = v.first().ok_or(nlkit::Error::ReplyCount {
        request: "TRIGGER",
        expected: 1,
        got: 0,
    })?;
    u64_attr(m.payload(), attr::SEQ).map_err(nlkit::Error::user)
}

/// TRIGGER that must succeed; returns the event's sequence number.
pub fn trigger(c: &mut Client, group: Option<u32>, payload: Option<&[u8]>) -> Result<u64, String> {
    try_trigger(c, group, payload).map_err(|e| format!("TRIGGER group {group:?}: {e}"))
}

/// A request with no attributes and `NLM_F_ACK` (SUBSCRIBE, UNSUBSCRIBE).
pub fn try_plain(c: &mut Client, ty: u16) -> nlkit::Result<()> {
    let r = Request::build(ty, Flags::ACK, |_| {})?;
    c.request(&r).map(|_| ())
}

/// SUBSCRIBE that must succeed.
pub fn subscribe(c: &mut Client) -> Result<(), String> {
    try_plain(c, msg::SUBSCRIBE).map_err(|e| format!("SUBSCRIBE: {e}"))
}

/// The GET_SUBSCRIBERS dump: the subscribed portids.
pub fn subscribers(c: &mut Client) -> Result<Vec<u32>, String> {
    let r = req(msg::GET_SUBSCRIBERS, Flags::EMPTY, |_| {})?;
    let d = c
        .dump_collect(&r)
        .map_err(|e| format!("GET_SUBSCRIBERS dump: {e}"))?;
    let mut v = Vec::new();
    for m in &d.messages {
        v.push(u32_attr(m.payload(), attr::PORTID)?);
    }
    v.sort_unstable();
    Ok(v)
}

/// Checks that `r` failed with a kernel error `errno` whose extended ACK
/// text contains `text` (when given); returns the error.
pub fn expect_kernel_error<T: std::fmt::Debug>(
    r: nlkit::Result<T>,
    errno: i32,
    text: Option<&str>,
    what: &str,
) -> Result<KernelError, String> {
    let k = match r {
        Err(nlkit::Error::Kernel(k)) => *k,
        other => {
            return Err(format!(
                "{what}: expected kernel error {} ({errno}), got {other:?}",
                std::io::Error::from_raw_os_error(errno)
            ))
        }
    };
    ensure(k.errno == errno, || {
        format!("{what}: errno {} ({k}), expected {errno}", k.errno)
    })?;
    if let Some(t) = text {
        ensure(k.message.as_deref().is_some_and(|m| m.contains(t)), || {
            format!(
                "{what}: extended ACK text {:?}, expected it to contain {t:?}",
                k.message
            )
        })?;
    }
    Ok(k)
}

/// Checks that `r` failed with errno `errno` (any nlkit error kind).
pub fn expect_errno<T: std::fmt::Debug>(
    r: nlkit::Result<T>,
    errno: i32,
    what: &str,
) -> Result<(), String> {
    match r {
        Err(e) if e.errno() == Some(errno) => Ok(()),
        other => Err(format!(
            "{what}: expected {} ({errno}), got {other:?}",
            std::io::Error::from_raw_os_error(errno)
        )),
    }
}

/// A decoded PUSH or EVENT (or any notification, attributes optional).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ev {
    /// Message type (PUSH, EVENT, CONFIG_CHANGED, or a peer's type).
    pub ty: u16,
    /// Sender portid and group.
    pub origin: Origin,
    /// `nlmsg_seq`.
    pub hdr_seq: u32,
    /// `nlmsg_pid`.
    pub hdr_pid: u32,
    /// SOURCE attribute.
    pub source: Option<u32>,
    /// SEQ attribute.
    pub seq: Option<u64>,
    /// GROUP attribute.
    pub group: Option<u32>,
    /// TIMESTAMP_NS attribute.
    pub ts: Option<u64>,
    /// PAYLOAD attribute (or, for a peer message, the raw payload).
    pub payload: Vec<u8>,
    /// PORTID attribute.
    pub portid: Option<u32>,
}

/// Decodes a notification; module messages get their attributes read.
pub fn decode(n: &Notification) -> Result<Ev, String> {
    let h = n.msg.header();
    let p = n.msg.payload();
    let module_msg =
        n.origin.portid == 0 && matches!(h.ty, msg::PUSH | msg::EVENT | msg::CONFIG_CHANGED);
    let opt32 = |ty| -> Result<Option<u32>, String> {
        find(p, ty)?
            .map(|a| a.u32().map_err(|e| e.to_string()))
            .transpose()
    };
    let opt64 = |ty| -> Result<Option<u64>, String> {
        find(p, ty)?
            .map(|a| a.u64().map_err(|e| e.to_string()))
            .transpose()
    };
    if !module_msg {
        return Ok(Ev {
            ty: h.ty,
            origin: n.origin,
            hdr_seq: h.seq,
            hdr_pid: h.portid,
            source: None,
            seq: None,
            group: None,
            ts: None,
            payload: p.to_vec(),
            portid: None,
        });
    }
    Ok(Ev {
        ty: h.ty,
        origin: n.origin,
        hdr_seq: h.seq,
        hdr_pid: h.portid,
        source: opt32(attr::SOURCE)?,
        seq: opt64(attr::SEQ)?,
        group: opt32(attr::GROUP)?,
        ts: opt64(attr::TIMESTAMP_NS)?,
        payload: find(p, attr::PAYLOAD)?
            .map(|a| a.bytes().to_vec())
            .unwrap_or_default(),
        portid: opt32(attr::PORTID)?,
    })
}

/// Waits up to `within` for a notification matching `pred`; others are
/// skipped (and counted in the error text). An overrun fails.
pub fn wait_event(
    c: &mut Client,
    within: Duration,
    what: &str,
    pred: impl Fn(&Ev) -> bool,
) -> Result<Ev, String> {
    let end = Instant::now() + within;
    let mut skipped = Vec::new();
    let result = loop {
        let left = end.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break Err(format!(
                "{what}: nothing matching within {within:?}; {} others: {:?}",
                skipped.len(),
                skipped.iter().take(4).collect::<Vec<_>>()
            ));
        }
        c.set_timeout(Some(left.max(Duration::from_millis(1))))
            .map_err(|e| format!("set timeout: {e}"))?;
        match c.next_event() {
            Ok(Event::Message(n)) => {
                let ev = decode(&n)?;
                if pred(&ev) {
                    break Ok(ev);
                }
                skipped.push(ev);
            }
            Ok(Event::Overrun) => break Err(format!("{what}: receive queue overrun")),
            Ok(Event::Malformed { error, .. }) => {
                break Err(format!("{what}: malformed datagram: {error}"))
            }
            Ok(_) => continue,
            Err(nlkit::Error::Timeout(_)) => continue,
            Err(e) => break Err(format!("{what}: {e}")),
        }
    };
    c.set_timeout(Some(TIMEOUT))
        .map_err(|e| format!("set timeout: {e}"))?;
    result
}

/// Checks that no notification matching `pred` arrives within `within`
/// (others are discarded).
pub fn no_event(
    c: &mut Client,
    within: Duration,
    what: &str,
    pred: impl Fn(&Ev) -> bool,
) -> Result<(), String> {
    match wait_event(c, within, what, pred) {
        Ok(ev) => Err(format!("{what}: unexpected {ev:?}")),
        Err(e) if e.contains("nothing matching") => Ok(()),
        Err(e) => Err(e),
    }
}

/// Discards every queued notification (waits `quiet` for more).
pub fn drain(c: &mut Client, quiet: Duration) -> Result<usize, String> {
    let mut n = 0;
    c.set_timeout(Some(quiet))
        .map_err(|e| format!("set timeout: {e}"))?;
    loop {
        match c.next_event() {
            Ok(_) => n += 1,
            Err(nlkit::Error::Timeout(_)) => break,
            Err(e) => return Err(format!("draining: {e}")),
        }
    }
    c.set_timeout(Some(TIMEOUT))
        .map_err(|e| format!("set timeout: {e}"))?;
    Ok(n)
}

/// Reloads `m` with `params` (all its sockets must be closed), runs
/// `body`, then reloads `m` with its defaults whatever happened, so that a
/// failure does not leak state into the next scenario.
pub fn with_module(
    ctx: &mut Ctx,
    m: Module,
    params: &str,
    body: impl FnOnce(&mut Ctx) -> Result<(), String>,
) -> Result<(), String> {
    ctx.reload_module(m.name, params)
        .map_err(|e| format!("reload {} {params:?}: {e}", m.name))?;
    let r = body(ctx);
    let back = restore(ctx, m);
    r.and(back)
}

/// Loads `m` with its defaults if it is not loaded or reloads it (retrying
/// briefly while closed sockets still pin it).
pub fn restore(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let end = Instant::now() + Duration::from_secs(2);
    loop {
        match ctx.reload_module(m.name, "") {
            Ok(()) => return Ok(()),
            Err(e) if Instant::now() >= end => {
                return Err(format!("restoring {} with defaults: {e}", m.name))
            }
            Err(_) => std::thread::sleep(Duration::from_millis(20)),
        }
    }
}

/// The kernel log lines since `mark` that contain `needle`.
pub fn log_lines(ctx: &mut Ctx, mark: crate::ctx::Mark, needle: &str) -> Vec<String> {
    ctx.kmsg_since(mark)
        .into_iter()
        .map(|r| r.text)
        .filter(|t| t.contains(needle))
        .collect()
}

/// Fails if the kernel logged a complaint since `mark`.
pub fn log_clean(ctx: &mut Ctx, mark: crate::ctx::Mark) -> Result<(), String> {
    const BAD: &[&str] = &[
        "WARNING:",
        "BUG:",
        "Oops",
        "refcount_t",
        "use-after-free",
        "general protection",
        "list_add corruption",
        "list_del corruption",
        "kmemleak",
        "Call Trace",
    ];
    let bad: Vec<String> = ctx
        .kmsg_since(mark)
        .into_iter()
        .map(|r| r.text)
        .filter(|t| BAD.iter().any(|b| t.contains(b)))
        .collect();
    ensure(bad.is_empty(), || format!("kernel complained: {bad:?}"))
}

/// Every counter identity of the protocol description that must hold when
/// no event is in flight.
pub fn stats_consistent(s: &Stats) -> Result<(), String> {
    use nlmod::stat::*;
    let checks = [
        (
            "MSGS_IN = BARE_IN + REQUESTS_IN",
            s.get(MSGS_IN),
            s.get(BARE_IN) + s.get(REQUESTS_IN),
        ),
        (
            "EVENTS = sum of sources",
            s.get(EVENTS),
            s.get(EVENTS_TIMER)
                + s.get(EVENTS_WORK)
                + s.get(EVENTS_TRIGGER)
                + s.get(EVENTS_REQUEST),
        ),
        (
            "PUSH_SENT = DELIVERED + DROPPED",
            s.get(PUSH_SENT),
            s.get(PUSH_DELIVERED) + s.get(PUSH_DROPPED),
        ),
        (
            "BCAST_SENT = DELIVERED + NO_LISTENER + FAILED",
            s.get(BCAST_SENT),
            s.get(BCAST_DELIVERED) + s.get(BCAST_NO_LISTENER) + s.get(BCAST_FAILED),
        ),
    ];
    for (what, l, r) in checks {
        ensure(l == r, || {
            format!("stats: {what} broken: {l} != {r} ({s:?})")
        })?;
    }
    ensure(s.get(PUSH_GONE) <= s.get(PUSH_DROPPED), || {
        format!("stats: PUSH_GONE > PUSH_DROPPED ({s:?})")
    })
}

/// Difference `after - before` of counter `id`.
pub fn delta(before: &Stats, after: &Stats, id: u16) -> i128 {
    i128::from(after.get(id)) - i128::from(before.get(id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use nlkit::families::nlmod::stat;

    #[test]
    fn stats_decode_and_identities() {
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, msg::GET_STATS, Flags::EMPTY);
        b.attr_u32(attr::PROTOCOL, 17);
        let n = b.begin_nested(attr::STATS);
        b.attr_u64(stat::MSGS_IN, 3);
        b.attr_u64(stat::BARE_IN, 1);
        b.attr_u64(stat::REQUESTS_IN, 2);
        b.attr(stat::PAD, &[]);
        b.attr_u64(99, 7); // unknown counter: skipped
        b.end_nested(n);
        b.finish().unwrap();
        let s = parse_stats(&buf[16..]).unwrap();
        assert_eq!(s.protocol, Some(17));
        assert_eq!(s.get(stat::MSGS_IN), 3);
        assert_eq!(s.get(99), 0);
        stats_consistent(&s).unwrap();
        assert!(parse_stats(&buf[16..24]).is_err());
    }
}
