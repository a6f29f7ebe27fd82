//! The nlkit test kernel modules (`netlink_mod_a`, `netlink_mod_b`): a Rust
//! mirror of `kmod/include/uapi/nlkit_mod.h`, constants only. Requests carry
//! attributes right after the `nlmsghdr` (no family header); see
//! `docs/module-protocol.md` for which attributes go with which message.

/// Default protocol number of `netlink_mod_a` (module parameter `proto`).
pub const PROTO_A: i32 = 17;
/// Default protocol number of `netlink_mod_b` (18 is also
/// `NETLINK_SCSITRANSPORT`: loading fails with `EBUSY` once `scsi_mod` is in).
pub const PROTO_B: i32 = 18;
/// Protocol version reported in [`attr::VERSION`] by `GET_CONFIG`. Version
/// 2: per network namespace, `SUBSCRIBE` answers with a [`attr::COOKIE`]
/// that every `PUSH` of the subscription carries (see [`Subscription`]).
pub const VERSION: u32 = 2;
/// Number of multicast groups of each module (groups 1..=64).
pub const GROUPS: u32 = 64;
/// Largest [`attr::PAYLOAD`], in bytes.
pub const PAYLOAD_MAX: usize = 4096;
/// Size of the [`attr::NAME`] buffer, NUL included (so at most 31 bytes of text).
pub const NAME_LEN: usize = 32;
/// Smallest non-zero [`attr::TIMER_MS`] / [`attr::WORK_MS`].
pub const PERIOD_MIN_MS: u32 = 10;
/// Largest [`attr::TIMER_MS`] / [`attr::WORK_MS`] (one hour).
pub const PERIOD_MAX_MS: u32 = 3_600_000;
/// Default subscriber limit per network namespace (module parameter
/// `max_subscribers`).
pub const MAX_SUBSCRIBERS_DEFAULT: u32 = 4096;
/// Default limit of subscriptions per user without `CAP_NET_ADMIN`, all
/// namespaces together (module parameter `max_user_subscribers`).
pub const MAX_USER_SUBSCRIBERS_DEFAULT: u32 = 256;

/// Message types (`nlmsg_type`). A reply carries its request's type.
pub mod msg {
    /// Request `PAYLOAD` (required); reply `PAYLOAD` (same bytes) and `PORTID`
    /// (the sender as the kernel sees it).
    pub const ECHO: u16 = 0x10;
    /// No attributes; reply `PROTOCOL` and `STATS` (nested counters).
    pub const GET_STATS: u16 = 0x11;
    /// Needs `CAP_NET_ADMIN`. Any of `TIMER_MS`, `WORK_MS`, `NAME`,
    /// `RESET_STATS` (at least one); no reply, ACK on request.
    pub const SET_CONFIG: u16 = 0x12;
    /// No attributes; reply `NAME`, `VERSION`, `PROTOCOL`, `GROUPS`,
    /// `MAX_SUBSCRIBERS`, `TIMER_MS`, `WORK_MS`.
    pub const GET_CONFIG: u16 = 0x13;
    /// No attributes; the sending socket starts receiving [`PUSH`]. Reply:
    /// `COOKIE` of the subscription (then the ACK).
    pub const SUBSCRIBE: u16 = 0x14;
    /// No attributes; stop [`PUSH`] messages to the sender.
    pub const UNSUBSCRIBE: u16 = 0x15;
    /// Needs `CAP_NET_ADMIN`. Optional `GROUP` (default 1) and `PAYLOAD`;
    /// fires an event now; reply `SEQ` of that event.
    pub const TRIGGER: u16 = 0x16;
    /// Dump only (`NLM_F_DUMP`): one message per subscriber with `PORTID`.
    pub const GET_SUBSCRIBERS: u16 = 0x17;
    /// Kernel to subscriber (unicast): `SOURCE`, `SEQ`, `TIMESTAMP_NS`,
    /// `COOKIE`.
    pub const PUSH: u16 = 0x18;
    /// Kernel to a group (multicast): `SOURCE`, `SEQ`, `TIMESTAMP_NS`,
    /// `GROUP`, optional `PAYLOAD`.
    pub const EVENT: u16 = 0x19;
    /// Kernel to [`group::CONFIG`](super::group::CONFIG) after `SET_CONFIG`:
    /// the `GET_CONFIG` attributes plus `PORTID` of the changer.
    pub const CONFIG_CHANGED: u16 = 0x1a;
}

/// Attribute types, one namespace for all messages.
pub mod attr {
    /// Binary, at most [`PAYLOAD_MAX`](super::PAYLOAD_MAX) bytes.
    pub const PAYLOAD: u16 = 1;
    /// `u32`: a socket's portid.
    pub const PORTID: u16 = 2;
    /// `u32`: what fired an event, one of [`source`](super::source).
    pub const SOURCE: u16 = 3;
    /// `u64`: event sequence number, 1, 2, ... per module.
    pub const SEQ: u16 = 4;
    /// `u32`: multicast group, 1..=64.
    pub const GROUP: u16 = 5;
    /// `u32`: timer push period in ms, 0 = off.
    pub const TIMER_MS: u16 = 6;
    /// `u32`: work push period in ms, 0 = off.
    pub const WORK_MS: u16 = 7;
    /// NUL-terminated string, at most 31 bytes of text.
    pub const NAME: u16 = 8;
    /// Flag (no payload): zero all counters.
    pub const RESET_STATS: u16 = 9;
    /// Nested (`NLA_F_NESTED` set): `u64` counters from [`stat`](super::stat).
    pub const STATS: u16 = 10;
    /// `u32`: the module's netlink protocol number.
    pub const PROTOCOL: u16 = 11;
    /// `u32`: [`VERSION`](super::VERSION).
    pub const VERSION: u16 = 12;
    /// `u32`: number of multicast groups.
    pub const GROUPS: u16 = 13;
    /// `u32`: subscriber limit.
    pub const MAX_SUBSCRIBERS: u16 = 14;
    /// `u64`: `CLOCK_MONOTONIC` nanoseconds when the event fired.
    pub const TIMESTAMP_NS: u16 = 15;
    /// Padding before 64-bit attributes; skip it.
    pub const PAD: u16 = 16;
    /// `u64`: a subscription's cookie, in the `SUBSCRIBE` reply and in
    /// every `PUSH` of that subscription.
    pub const COOKIE: u16 = 17;
}

/// Counters inside [`attr::STATS`], each a `u64`.
pub mod stat {
    /// Netlink messages received (bare and typed).
    pub const MSGS_IN: u16 = 1;
    /// Bare (logged) messages received.
    pub const BARE_IN: u16 = 2;
    /// Typed requests received.
    pub const REQUESTS_IN: u16 = 3;
    /// Requests answered with an error.
    pub const ERRORS: u16 = 4;
    /// Replies unicast successfully.
    pub const REPLIES_OUT: u16 = 5;
    /// Current number of subscribers.
    pub const SUBSCRIBERS: u16 = 6;
    /// `SUBSCRIBE` refused because the limit was reached.
    pub const SUBSCRIBE_REJECTED: u16 = 7;
    /// Events fired (all sources).
    pub const EVENTS: u16 = 8;
    /// Events fired by the timer.
    pub const EVENTS_TIMER: u16 = 9;
    /// Events fired by the work.
    pub const EVENTS_WORK: u16 = 10;
    /// Events fired by the debugfs trigger.
    pub const EVENTS_TRIGGER: u16 = 11;
    /// Events fired by `TRIGGER` requests.
    pub const EVENTS_REQUEST: u16 = 12;
    /// Pushes attempted: always `PUSH_DELIVERED + PUSH_DROPPED`.
    pub const PUSH_SENT: u16 = 13;
    /// Pushes queued to the subscriber's socket.
    pub const PUSH_DELIVERED: u16 = 14;
    /// Pushes lost: no memory, receive queue full, or socket gone.
    pub const PUSH_DROPPED: u16 = 15;
    /// Of the dropped: socket gone (`ECONNREFUSED`), subscriber removed.
    pub const PUSH_GONE: u16 = 16;
    /// Subscribers removed when their socket closed.
    pub const SUBS_RELEASED: u16 = 17;
    /// Broadcasts: always `DELIVERED + NO_LISTENER + FAILED`.
    pub const BCAST_SENT: u16 = 18;
    /// Broadcasts that reached at least one listener.
    pub const BCAST_DELIVERED: u16 = 19;
    /// Broadcasts to a group nobody listened to (`ESRCH`).
    pub const BCAST_NO_LISTENER: u16 = 20;
    /// Broadcasts that failed (no memory, `ENOBUFS`).
    pub const BCAST_FAILED: u16 = 21;
    /// Padding before 64-bit counters; skip it.
    pub const PAD: u16 = 22;
}

/// Multicast groups.
pub mod group {
    /// `EVENT`s from the timer, the work and the debugfs trigger, and
    /// `TRIGGER` requests without `GROUP`.
    pub const EVENTS: u32 = 1;
    /// `CONFIG_CHANGED` notifications.
    pub const CONFIG: u32 = 2;
    /// Highest group; above 32 needs `NETLINK_ADD_MEMBERSHIP`.
    pub const MAX: u32 = 64;
}

/// Values of [`attr::SOURCE`].
pub mod source {
    /// The timer (atomic context).
    pub const TIMER: u32 = 1;
    /// The delayed work (process context).
    pub const WORK: u32 = 2;
    /// A write to `/sys/kernel/debug/<module>/trigger` (hardware stand-in).
    pub const TRIGGER: u32 = 3;
    /// A `TRIGGER` request.
    pub const REQUEST: u32 = 4;
}

/// Number of counter slots in [`Stats`]: counter ids 1..=21 ([`stat::PAD`] - 1).
const STAT_SLOTS: usize = stat::PAD as usize;

/// The counters of a `GET_STATS` reply, decoded by [`parse_stats`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// The module's protocol ([`attr::PROTOCOL`] of the reply).
    pub protocol: Option<u32>,
    counters: [u64; STAT_SLOTS],
}

impl Stats {
    /// Counter `id` (one of [`stat`]); 0 when the reply did not carry it.
    pub fn get(&self, id: u16) -> u64 {
        self.counters.get(usize::from(id)).copied().unwrap_or(0)
    }
}

/// Decodes the payload (the attributes after the `nlmsghdr`) of a
/// `GET_STATS` reply. Counters this version does not know are skipped;
/// a reply without the nested [`attr::STATS`] is an error.
pub fn parse_stats(payload: &[u8]) -> crate::Result<Stats> {
    let mut out = Stats::default();
    let mut seen = false;
    for a in crate::wire::attrs(payload) {
        let a = a?;
        match a.ty {
            attr::PROTOCOL => out.protocol = Some(a.u32()?),
            attr::STATS => {
                seen = true;
                for c in a.nested() {
                    let c = c?;
                    if c.ty == stat::PAD {
                        continue;
                    }
                    if let Some(slot) = out.counters.get_mut(usize::from(c.ty)) {
                        *slot = c.u64()?;
                    }
                }
            }
            _ => {}
        }
    }
    if !seen {
        return Err(crate::wire::WireError::MissingAttr {
            what: "GET_STATS reply",
            ty: attr::STATS,
        }
        .into());
    }
    Ok(out)
}

/// A decoded `PUSH` (see [`parse_push`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Push {
    /// What fired the event, one of [`source`].
    pub source: u32,
    /// The event's sequence number.
    pub seq: u64,
    /// `CLOCK_MONOTONIC` nanoseconds when the event fired.
    pub timestamp_ns: u64,
    /// The subscription's cookie ([`attr::COOKIE`]).
    pub cookie: u64,
}

/// Decodes the payload of a `PUSH`; every attribute is required.
pub fn parse_push(payload: &[u8]) -> crate::Result<Push> {
    let (mut source, mut seq, mut ts, mut cookie) = (None, None, None, None);
    for a in crate::wire::attrs(payload) {
        let a = a?;
        match a.ty {
            attr::SOURCE => source = Some(a.u32()?),
            attr::SEQ => seq = Some(a.u64()?),
            attr::TIMESTAMP_NS => ts = Some(a.u64()?),
            attr::COOKIE => cookie = Some(a.u64()?),
            _ => {}
        }
    }
    let missing = |ty| crate::wire::WireError::MissingAttr { what: "PUSH", ty };
    Ok(Push {
        source: source.ok_or(missing(attr::SOURCE))?,
        seq: seq.ok_or(missing(attr::SEQ))?,
        timestamp_ns: ts.ok_or(missing(attr::TIMESTAMP_NS))?,
        cookie: cookie.ok_or(missing(attr::COOKIE))?,
    })
}

/// A subscription to a module's pushes on its own socket.
///
/// The module reaches a subscriber only through its portid, and the kernel
/// frees a closing socket's portid before the module hears of the close, so
/// a push meant for a socket that just closed can reach a new socket that
/// bound the same portid. Every push therefore carries its subscription's
/// cookie; [`Subscription::next_push`] hands out only pushes with this
/// subscription's cookie and counts the others in [`Subscription::stray`].
pub struct Subscription {
    client: crate::client::Client,
    cookie: u64,
    stray: u64,
}

impl Subscription {
    /// Sends `SUBSCRIBE` on `client` and keeps the cookie of the reply.
    pub fn new(mut client: crate::client::Client) -> crate::Result<Subscription> {
        let req = crate::client::Request::build(msg::SUBSCRIBE, crate::wire::Flags::ACK, |_| {})?;
        let replies = client.request(&req)?;
        let mut cookie = None;
        for m in &replies {
            for a in crate::wire::attrs(m.payload()) {
                let a = a?;
                if a.ty == attr::COOKIE {
                    cookie = Some(a.u64()?);
                }
            }
        }
        let cookie = cookie.ok_or(crate::wire::WireError::MissingAttr {
            what: "SUBSCRIBE reply",
            ty: attr::COOKIE,
        })?;
        Ok(Subscription {
            client,
            cookie,
            stray: 0,
        })
    }

    /// This subscription's cookie.
    pub fn cookie(&self) -> u64 {
        self.cookie
    }

    /// Pushes dropped so far because their cookie was not this
    /// subscription's (meant for an earlier owner of the portid).
    pub fn stray(&self) -> u64 {
        self.stray
    }

    /// The client, e.g. to send other requests or change its timeout.
    pub fn client(&mut self) -> &mut crate::client::Client {
        &mut self.client
    }

    /// Waits (up to the client's timeout) for the next push of this
    /// subscription. Other notifications and stray pushes are skipped;
    /// an overrun is returned as [`crate::Error::Overrun`] (pushes were
    /// lost).
    pub fn next_push(&mut self) -> crate::Result<Push> {
        loop {
            match self.client.next_event()? {
                crate::client::Event::Message(n)
                    if n.origin.portid == 0 && n.msg.header().ty == msg::PUSH =>
                {
                    let p = parse_push(n.msg.payload())?;
                    if p.cookie == self.cookie {
                        return Ok(p);
                    }
                    self.stray += 1;
                }
                crate::client::Event::Overrun => return Err(crate::Error::Overrun),
                _ => {}
            }
        }
    }

    /// Sends `UNSUBSCRIBE` and gives the client back.
    pub fn unsubscribe(mut self) -> crate::Result<crate::client::Client> {
        let req = crate::client::Request::build(msg::UNSUBSCRIBE, crate::wire::Flags::ACK, |_| {})?;
        self.client.request(&req)?;
        Ok(self.client)
    }
}

#[cfg(test)]
mod tests {
    //! Checks every constant against the C header, so the two cannot drift.
    use super::*;
    use std::collections::HashMap;

    /// Values of the `enum` members and `#define`s named `NLKIT_MOD_*`.
    fn header_values() -> HashMap<String, i64> {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../kmod/include/uapi/nlkit_mod.h"
        );
        let text = std::fs::read_to_string(path).expect("read nlkit_mod.h");
        let parse = |s: &str| match s.strip_prefix("0x") {
            Some(hex) => i64::from_str_radix(hex, 16).ok(),
            None => s.parse().ok(),
        };
        let mut out = HashMap::new();
        let mut next: Option<i64> = None;
        for line in text.lines().map(str::trim) {
            if line.starts_with("enum nlkit_mod_") {
                next = Some(0);
            } else if line.starts_with("};") {
                next = None;
            } else if let Some(rest) = line.strip_prefix("#define NLKIT_MOD_") {
                let mut it = rest.split_whitespace();
                if let (Some(name), Some(v)) = (it.next(), it.next()) {
                    // A value may name an earlier constant.
                    if let Some(v) = parse(v).or_else(|| out.get(v).copied()) {
                        out.insert(format!("NLKIT_MOD_{name}"), v);
                    }
                }
            } else if let (Some(n), true) = (next, line.starts_with("NLKIT_MOD_")) {
                let item = line.split(',').next().unwrap_or("");
                let (name, value) = match item.split_once('=') {
                    Some((name, v)) => (name.trim(), parse(v.trim()).expect("enum value")),
                    None => (item.trim(), n),
                };
                out.insert(name.to_string(), value);
                next = Some(value + 1);
            } else if let (Some(n), true) = (next, line.starts_with("__NLKIT_MOD_")) {
                next = Some(n + 1);
            }
        }
        out
    }

    #[test]
    fn push_parses_and_needs_every_attribute() {
        fn put(b: &mut Vec<u8>, ty: u16, v: &[u8]) {
            b.extend_from_slice(&((4 + v.len()) as u16).to_ne_bytes());
            b.extend_from_slice(&ty.to_ne_bytes());
            b.extend_from_slice(v);
        }
        let mut b = Vec::new();
        put(&mut b, attr::SOURCE, &source::TIMER.to_ne_bytes());
        put(&mut b, attr::SEQ, &7u64.to_ne_bytes());
        put(&mut b, attr::TIMESTAMP_NS, &9u64.to_ne_bytes());
        let without_cookie = b.clone();
        put(&mut b, attr::COOKIE, &42u64.to_ne_bytes());
        let p = parse_push(&b).unwrap();
        assert_eq!(
            p,
            Push {
                source: source::TIMER,
                seq: 7,
                timestamp_ns: 9,
                cookie: 42
            }
        );
        assert!(parse_push(&without_cookie).is_err());
    }

    #[test]
    fn constants_match_c_header() {
        let h = header_values();
        let checks: &[(&str, i64)] = &[
            ("NLKIT_MOD_PROTO_A", PROTO_A.into()),
            ("NLKIT_MOD_PROTO_B", PROTO_B.into()),
            ("NLKIT_MOD_VERSION", VERSION.into()),
            ("NLKIT_MOD_GROUPS", GROUPS.into()),
            ("NLKIT_MOD_PAYLOAD_MAX", PAYLOAD_MAX as i64),
            ("NLKIT_MOD_NAME_LEN", NAME_LEN as i64),
            ("NLKIT_MOD_PERIOD_MIN_MS", PERIOD_MIN_MS.into()),
            ("NLKIT_MOD_PERIOD_MAX_MS", PERIOD_MAX_MS.into()),
            ("NLKIT_MOD_MSG_ECHO", msg::ECHO.into()),
            ("NLKIT_MOD_MSG_GET_STATS", msg::GET_STATS.into()),
            ("NLKIT_MOD_MSG_SET_CONFIG", msg::SET_CONFIG.into()),
            ("NLKIT_MOD_MSG_GET_CONFIG", msg::GET_CONFIG.into()),
            ("NLKIT_MOD_MSG_SUBSCRIBE", msg::SUBSCRIBE.into()),
            ("NLKIT_MOD_MSG_UNSUBSCRIBE", msg::UNSUBSCRIBE.into()),
            ("NLKIT_MOD_MSG_TRIGGER", msg::TRIGGER.into()),
            ("NLKIT_MOD_MSG_GET_SUBSCRIBERS", msg::GET_SUBSCRIBERS.into()),
            ("NLKIT_MOD_MSG_PUSH", msg::PUSH.into()),
            ("NLKIT_MOD_MSG_EVENT", msg::EVENT.into()),
            ("NLKIT_MOD_MSG_CONFIG_CHANGED", msg::CONFIG_CHANGED.into()),
            ("NLKIT_MOD_A_PAYLOAD", attr::PAYLOAD.into()),
            ("NLKIT_MOD_A_PORTID", attr::PORTID.into()),
            ("NLKIT_MOD_A_SOURCE", attr::SOURCE.into()),
            ("NLKIT_MOD_A_SEQ", attr::SEQ.into()),
            ("NLKIT_MOD_A_GROUP", attr::GROUP.into()),
            ("NLKIT_MOD_A_TIMER_MS", attr::TIMER_MS.into()),
            ("NLKIT_MOD_A_WORK_MS", attr::WORK_MS.into()),
            ("NLKIT_MOD_A_NAME", attr::NAME.into()),
            ("NLKIT_MOD_A_RESET_STATS", attr::RESET_STATS.into()),
            ("NLKIT_MOD_A_STATS", attr::STATS.into()),
            ("NLKIT_MOD_A_PROTOCOL", attr::PROTOCOL.into()),
            ("NLKIT_MOD_A_VERSION", attr::VERSION.into()),
            ("NLKIT_MOD_A_GROUPS", attr::GROUPS.into()),
            ("NLKIT_MOD_A_MAX_SUBSCRIBERS", attr::MAX_SUBSCRIBERS.into()),
            ("NLKIT_MOD_A_TIMESTAMP_NS", attr::TIMESTAMP_NS.into()),
            ("NLKIT_MOD_A_PAD", attr::PAD.into()),
            ("NLKIT_MOD_A_COOKIE", attr::COOKIE.into()),
            ("NLKIT_MOD_STAT_MSGS_IN", stat::MSGS_IN.into()),
            ("NLKIT_MOD_STAT_BARE_IN", stat::BARE_IN.into()),
            ("NLKIT_MOD_STAT_REQUESTS_IN", stat::REQUESTS_IN.into()),
            ("NLKIT_MOD_STAT_ERRORS", stat::ERRORS.into()),
            ("NLKIT_MOD_STAT_REPLIES_OUT", stat::REPLIES_OUT.into()),
            ("NLKIT_MOD_STAT_SUBSCRIBERS", stat::SUBSCRIBERS.into()),
            (
                "NLKIT_MOD_STAT_SUBSCRIBE_REJECTED",
                stat::SUBSCRIBE_REJECTED.into(),
            ),
            ("NLKIT_MOD_STAT_EVENTS", stat::EVENTS.into()),
            ("NLKIT_MOD_STAT_EVENTS_TIMER", stat::EVENTS_TIMER.into()),
            ("NLKIT_MOD_STAT_EVENTS_WORK", stat::EVENTS_WORK.into()),
            ("NLKIT_MOD_STAT_EVENTS_TRIGGER", stat::EVENTS_TRIGGER.into()),
            ("NLKIT_MOD_STAT_EVENTS_REQUEST", stat::EVENTS_REQUEST.into()),
            ("NLKIT_MOD_STAT_PUSH_SENT", stat::PUSH_SENT.into()),
            ("NLKIT_MOD_STAT_PUSH_DELIVERED", stat::PUSH_DELIVERED.into()),
            ("NLKIT_MOD_STAT_PUSH_DROPPED", stat::PUSH_DROPPED.into()),
            ("NLKIT_MOD_STAT_PUSH_GONE", stat::PUSH_GONE.into()),
            ("NLKIT_MOD_STAT_SUBS_RELEASED", stat::SUBS_RELEASED.into()),
            ("NLKIT_MOD_STAT_BCAST_SENT", stat::BCAST_SENT.into()),
            (
                "NLKIT_MOD_STAT_BCAST_DELIVERED",
                stat::BCAST_DELIVERED.into(),
            ),
            (
                "NLKIT_MOD_STAT_BCAST_NO_LISTENER",
                stat::BCAST_NO_LISTENER.into(),
            ),
            ("NLKIT_MOD_STAT_BCAST_FAILED", stat::BCAST_FAILED.into()),
            ("NLKIT_MOD_STAT_PAD", stat::PAD.into()),
            ("NLKIT_MOD_GRP_EVENTS", group::EVENTS.into()),
            ("NLKIT_MOD_GRP_CONFIG", group::CONFIG.into()),
            ("NLKIT_MOD_GRP_MAX", group::MAX.into()),
            ("NLKIT_MOD_SRC_TIMER", source::TIMER.into()),
            ("NLKIT_MOD_SRC_WORK", source::WORK.into()),
            ("NLKIT_MOD_SRC_TRIGGER", source::TRIGGER.into()),
            ("NLKIT_MOD_SRC_REQUEST", source::REQUEST.into()),
        ];
        for (name, rust) in checks {
            assert_eq!(h.get(*name), Some(rust), "{name} differs from the C header");
        }
    }
}
