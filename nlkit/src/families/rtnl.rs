//! rtnetlink (`NETLINK_ROUTE`): links and routes, the message types,
//! fixed headers (`ifinfomsg`, `rtmsg`), attributes and multicast groups
//! that the tests, the CLI and the benchmarks use.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use crate::error::Error;
use crate::wire::{
    attr_len, Attr, AttrError, AttrErrorKind, Body, FixedHeader, Message, MessageBuilder, RawAttrs,
    Repr, UnknownAttrs, WireError, NLA_HEADER_LEN, NLA_TYPE_MASK,
};

/// Message types (`RTM_*`).
pub mod msg {
    /// A link appeared or changed.
    pub const NEWLINK: u16 = 16;
    /// A link went away.
    pub const DELLINK: u16 = 17;
    /// Get (or dump) links.
    pub const GETLINK: u16 = 18;
    /// Change a link.
    pub const SETLINK: u16 = 19;
    /// An address appeared.
    pub const NEWADDR: u16 = 20;
    /// An address went away.
    pub const DELADDR: u16 = 21;
    /// Get (or dump) addresses.
    pub const GETADDR: u16 = 22;
    /// A route appeared.
    pub const NEWROUTE: u16 = 24;
    /// A route went away.
    pub const DELROUTE: u16 = 25;
    /// Get (or dump) routes.
    pub const GETROUTE: u16 = 26;
    /// A neighbour appeared or changed.
    pub const NEWNEIGH: u16 = 28;
    /// A neighbour went away.
    pub const DELNEIGH: u16 = 29;
    /// Get (or dump) neighbours.
    pub const GETNEIGH: u16 = 30;
}

/// Multicast groups (`RTNLGRP_*`).
pub mod group {
    /// Link changes.
    pub const LINK: u32 = 1;
    /// User-defined notifications.
    pub const NOTIFY: u32 = 2;
    /// Neighbour changes.
    pub const NEIGH: u32 = 3;
    /// IPv4 address changes.
    pub const IPV4_IFADDR: u32 = 5;
    /// IPv4 route changes.
    pub const IPV4_ROUTE: u32 = 7;
    /// IPv6 address changes.
    pub const IPV6_IFADDR: u32 = 9;
    /// IPv6 route changes.
    pub const IPV6_ROUTE: u32 = 11;
}

/// Link attributes (`IFLA_*`).
pub mod ifla {
    /// Hardware address.
    pub const ADDRESS: u16 = 1;
    /// Broadcast address.
    pub const BROADCAST: u16 = 2;
    /// Interface name (string).
    pub const IFNAME: u16 = 3;
    /// MTU (u32).
    pub const MTU: u16 = 4;
    /// Link index (u32).
    pub const LINK: u16 = 5;
    /// Queueing discipline (string).
    pub const QDISC: u16 = 6;
    /// Master device index (u32).
    pub const MASTER: u16 = 10;
    /// Transmit queue length (u32).
    pub const TXQLEN: u16 = 13;
    /// Operational state (u8).
    pub const OPERSTATE: u16 = 16;
    /// Nested link info (kind, data).
    pub const LINKINFO: u16 = 18;
    /// Network namespace fd (u32), to move or create in a netns.
    pub const NET_NS_FD: u16 = 28;
    /// Group (u32).
    pub const GROUP: u16 = 27;
    /// `struct rtnl_link_stats`: counters.
    pub const STATS: u16 = 7;
    /// `struct rtnl_link_stats64`: counters.
    pub const STATS64: u16 = 23;
    /// Per address family data (nested).
    pub const AF_SPEC: u16 = 26;
    /// Why a notification was sent (u32, `IFLA_EVENT_*`; notifications only).
    pub const EVENT: u16 = 44;
    /// Minimum MTU (u32).
    pub const MIN_MTU: u16 = 50;
    /// Maximum MTU (u32).
    pub const MAX_MTU: u16 = 51;
    /// Nested `IFLA_INFO_*`: the link kind (string).
    pub const INFO_KIND: u16 = 1;
    /// Nested `IFLA_INFO_*`: kind-specific data.
    pub const INFO_DATA: u16 = 2;
}

/// Route attributes (`RTA_*`).
pub mod rta {
    /// Destination address.
    pub const DST: u16 = 1;
    /// Source address.
    pub const SRC: u16 = 2;
    /// Input interface (u32).
    pub const IIF: u16 = 3;
    /// Output interface (u32).
    pub const OIF: u16 = 4;
    /// Gateway address.
    pub const GATEWAY: u16 = 5;
    /// Priority / metric (u32).
    pub const PRIORITY: u16 = 6;
    /// Preferred source address.
    pub const PREFSRC: u16 = 7;
    /// Nested metrics.
    pub const METRICS: u16 = 8;
    /// Nested `struct rtnexthop`s of a multipath route.
    pub const MULTIPATH: u16 = 9;
    /// `struct rta_cacheinfo`.
    pub const CACHEINFO: u16 = 12;
    /// Table id (u32), overrides `rtm_table`.
    pub const TABLE: u16 = 15;
    /// Expiry time (u32, seconds; IPv6).
    pub const EXPIRES: u16 = 23;
}

/// Device flags (`IFF_*`, `include/uapi/linux/if.h`) for
/// [`IfInfoMsg::flags`] and [`IfInfoMsg::change`].
pub mod iff {
    /// The interface is administratively up.
    pub const UP: u32 = 0x1;
    /// A broadcast address is valid.
    pub const BROADCAST: u32 = 0x2;
    /// A loopback interface.
    pub const LOOPBACK: u32 = 0x8;
    /// A point-to-point link.
    pub const POINTOPOINT: u32 = 0x10;
    /// Resources allocated (the driver says it is running).
    pub const RUNNING: u32 = 0x40;
    /// No ARP.
    pub const NOARP: u32 = 0x80;
    /// Receives all packets.
    pub const PROMISC: u32 = 0x100;
    /// Supports multicast.
    pub const MULTICAST: u32 = 0x1000;
    /// The link is up (carrier).
    pub const LOWER_UP: u32 = 0x10000;
}

/// Route types (`RTN_*`) for [`RtMsg::rtype`]. Other values are kept as
/// the kernel sent them.
pub mod rtn {
    /// A gateway or direct route.
    pub const UNICAST: u8 = 1;
    /// A local interface route.
    pub const LOCAL: u8 = 2;
    /// A broadcast route.
    pub const BROADCAST: u8 = 3;
    /// A black hole: packets are dropped silently.
    pub const BLACKHOLE: u8 = 6;
    /// Unreachable: packets are rejected.
    pub const UNREACHABLE: u8 = 7;
    /// Administratively prohibited.
    pub const PROHIBIT: u8 = 8;
}

/// Route protocols (`RTPROT_*`) for [`RtMsg::protocol`].
pub mod rtprot {
    /// Installed by the kernel for an address.
    pub const KERNEL: u8 = 2;
    /// Installed at boot.
    pub const BOOT: u8 = 3;
    /// Installed by the administrator.
    pub const STATIC: u8 = 4;
}

/// Route scopes (`RT_SCOPE_*`) for [`RtMsg::scope`].
pub mod rt_scope {
    /// Anywhere (gateway routes).
    pub const UNIVERSE: u8 = 0;
    /// On this link (directly attached).
    pub const LINK: u8 = 253;
    /// On this host.
    pub const HOST: u8 = 254;
    /// Nowhere.
    pub const NOWHERE: u8 = 255;
}

/// Routing tables (`RT_TABLE_*`).
pub mod rt_table {
    /// No table given.
    pub const UNSPEC: u8 = 0;
    /// The main table.
    pub const MAIN: u8 = 254;
    /// The local table.
    pub const LOCAL: u8 = 255;
}

/// Length of `struct ifinfomsg`.
pub const IFINFOMSG_LEN: usize = 16;
/// Length of `struct rtmsg`.
pub const RTMSG_LEN: usize = 12;
/// Length of `struct ifaddrmsg`.
pub const IFADDRMSG_LEN: usize = 8;
/// Length of `struct ndmsg`.
pub const NDMSG_LEN: usize = 12;

/// Address attributes (`IFA_*`).
pub mod ifa {
    /// The address (the peer's on point-to-point links).
    pub const ADDRESS: u16 = 1;
    /// The local address.
    pub const LOCAL: u16 = 2;
    /// The label (string).
    pub const LABEL: u16 = 3;
    /// Broadcast address.
    pub const BROADCAST: u16 = 4;
    /// `struct ifa_cacheinfo`: lifetimes and time stamps.
    pub const CACHEINFO: u16 = 6;
    /// Flags (u32, all of `IFA_F_*`).
    pub const FLAGS: u16 = 8;
}

/// Neighbour attributes (`NDA_*`).
pub mod nda {
    /// The neighbour's network address.
    pub const DST: u16 = 1;
    /// Its link-layer address.
    pub const LLADDR: u16 = 2;
    /// `struct nda_cacheinfo`: confirmed/used/updated ages.
    pub const CACHEINFO: u16 = 3;
    /// Probes sent (u32).
    pub const PROBES: u16 = 4;
    /// VLAN (u16, bridge entries).
    pub const VLAN: u16 = 5;
}

/// Neighbour states (`NUD_*`) for [`NdMsg::state`].
pub mod nud {
    /// Being resolved.
    pub const INCOMPLETE: u16 = 0x01;
    /// Confirmed reachable.
    pub const REACHABLE: u16 = 0x02;
    /// Not confirmed lately.
    pub const STALE: u16 = 0x04;
    /// Resolution failed.
    pub const FAILED: u16 = 0x20;
    /// No resolution needed.
    pub const NOARP: u16 = 0x40;
    /// Set by the administrator, never expires.
    pub const PERMANENT: u16 = 0x80;
}

/// `struct ndmsg`, the fixed header of neighbour messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct NdMsg {
    /// Address family (`AF_INET`, `AF_INET6`, `AF_BRIDGE` = 7).
    pub family: u8,
    /// Interface index.
    pub ifindex: i32,
    /// State (`NUD_*`, see [`nud`]).
    pub state: u16,
    /// Flags (`NTF_*`).
    pub flags: u8,
    /// Type (`RTN_*`).
    pub ntype: u8,
}

impl FixedHeader for NdMsg {
    const LEN: usize = NDMSG_LEN;
    const NAME: &'static str = "ndmsg";

    #[inline]
    fn decode(b: &[u8]) -> Self {
        NdMsg {
            family: b[0],
            ifindex: i32::from_ne_bytes([b[4], b[5], b[6], b[7]]),
            state: u16::from_ne_bytes([b[8], b[9]]),
            flags: b[10],
            ntype: b[11],
        }
    }

    #[inline]
    fn emit(&self, out: &mut [u8]) {
        out[..4].copy_from_slice(&[self.family, 0, 0, 0]);
        out[4..8].copy_from_slice(&self.ifindex.to_ne_bytes());
        out[8..10].copy_from_slice(&self.state.to_ne_bytes());
        out[10] = self.flags;
        out[11] = self.ntype;
    }
}

/// `struct ifaddrmsg`, the fixed header of address messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct IfAddrMsg {
    /// Address family (`AF_INET` = 2, `AF_INET6` = 10).
    pub family: u8,
    /// Prefix length.
    pub prefixlen: u8,
    /// Flags (`IFA_F_*`).
    pub flags: u8,
    /// Scope (`RT_SCOPE_*`).
    pub scope: u8,
    /// Interface index.
    pub index: u32,
}

impl FixedHeader for IfAddrMsg {
    const LEN: usize = IFADDRMSG_LEN;
    const NAME: &'static str = "ifaddrmsg";

    #[inline]
    fn decode(b: &[u8]) -> Self {
        IfAddrMsg {
            family: b[0],
            prefixlen: b[1],
            flags: b[2],
            scope: b[3],
            index: u32::from_ne_bytes([b[4], b[5], b[6], b[7]]),
        }
    }

    #[inline]
    fn emit(&self, out: &mut [u8]) {
        out[..4].copy_from_slice(&[self.family, self.prefixlen, self.flags, self.scope]);
        out[4..8].copy_from_slice(&self.index.to_ne_bytes());
    }
}

/// `struct ifinfomsg`, the fixed header of link messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct IfInfoMsg {
    /// Address family (`AF_UNSPEC` = 0).
    pub family: u8,
    /// Device type (`ARPHRD_*`).
    pub ifi_type: u16,
    /// Interface index.
    pub index: i32,
    /// Device flags (`IFF_*`).
    pub flags: u32,
    /// Change mask.
    pub change: u32,
}

impl IfInfoMsg {
    /// Parse from the start of a payload.
    pub fn parse(p: &[u8]) -> Result<IfInfoMsg, WireError> {
        <IfInfoMsg as FixedHeader>::parse(p)
    }

    /// Encode.
    pub fn to_bytes(&self) -> [u8; IFINFOMSG_LEN] {
        let mut b = [0u8; IFINFOMSG_LEN];
        b[0] = self.family;
        b[2..4].copy_from_slice(&self.ifi_type.to_ne_bytes());
        b[4..8].copy_from_slice(&self.index.to_ne_bytes());
        b[8..12].copy_from_slice(&self.flags.to_ne_bytes());
        b[12..16].copy_from_slice(&self.change.to_ne_bytes());
        b
    }
}

/// `struct rtmsg`, the fixed header of route messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct RtMsg {
    /// Address family (`AF_INET` = 2, `AF_INET6` = 10).
    pub family: u8,
    /// Destination prefix length.
    pub dst_len: u8,
    /// Source prefix length.
    pub src_len: u8,
    /// TOS.
    pub tos: u8,
    /// Routing table (`RT_TABLE_MAIN` = 254).
    pub table: u8,
    /// Who installed the route (`RTPROT_*`).
    pub protocol: u8,
    /// Scope (`RT_SCOPE_*`).
    pub scope: u8,
    /// Route type (`RTN_*`).
    pub rtype: u8,
    /// Flags (`RTM_F_*`).
    pub flags: u32,
}

impl RtMsg {
    /// Parse from the start of a payload.
    pub fn parse(p: &[u8]) -> Result<RtMsg, WireError> {
        <RtMsg as FixedHeader>::parse(p)
    }

    /// Decode the 12 bytes of a `struct rtmsg`.
    #[inline]
    pub fn from_bytes(b: &[u8; RTMSG_LEN]) -> RtMsg {
        let [family, dst_len, src_len, tos, table, protocol, scope, rtype, f0, f1, f2, f3] = *b;
        RtMsg {
            family,
            dst_len,
            src_len,
            tos,
            table,
            protocol,
            scope,
            rtype,
            flags: u32::from_ne_bytes([f0, f1, f2, f3]),
        }
    }

    /// Encode.
    pub fn to_bytes(&self) -> [u8; RTMSG_LEN] {
        let mut b = [0u8; RTMSG_LEN];
        b[..8].copy_from_slice(&[
            self.family,
            self.dst_len,
            self.src_len,
            self.tos,
            self.table,
            self.protocol,
            self.scope,
            self.rtype,
        ]);
        b[8..].copy_from_slice(&self.flags.to_ne_bytes());
        b
    }
}

impl FixedHeader for IfInfoMsg {
    const LEN: usize = IFINFOMSG_LEN;
    const NAME: &'static str = "ifinfomsg";

    #[inline]
    fn decode(b: &[u8]) -> Self {
        IfInfoMsg {
            family: b[0],
            ifi_type: u16::from_ne_bytes([b[2], b[3]]),
            index: i32::from_ne_bytes([b[4], b[5], b[6], b[7]]),
            flags: u32::from_ne_bytes([b[8], b[9], b[10], b[11]]),
            change: u32::from_ne_bytes([b[12], b[13], b[14], b[15]]),
        }
    }

    #[inline]
    fn emit(&self, out: &mut [u8]) {
        out.copy_from_slice(&self.to_bytes());
    }
}

impl FixedHeader for RtMsg {
    const LEN: usize = RTMSG_LEN;
    const NAME: &'static str = "rtmsg";

    #[inline]
    fn decode(b: &[u8]) -> Self {
        let mut a = [0u8; RTMSG_LEN];
        a.copy_from_slice(&b[..RTMSG_LEN]);
        RtMsg::from_bytes(&a)
    }

    #[inline]
    fn emit(&self, out: &mut [u8]) {
        out.copy_from_slice(&self.to_bytes());
    }
}

/// A network interface: the typed `RTM_*LINK` message, both directions.
/// Fields left at their defaults are not sent.
///
/// ```
/// use nlkit::client::Request;
/// use nlkit::families::rtnl::{iff, msg, Link};
/// use nlkit::wire::Flags;
///
/// // ip link set dev 7 up
/// let mut up = Link::with_index(7);
/// up.flags = iff::UP;
/// up.change = iff::UP;
/// let req = Request::message(msg::SETLINK, Flags::ACK, &up)?;
/// assert_eq!(req.fixed_len(), 16, "ifinfomsg, known from the type");
///
/// // ip link del nlk0
/// let req = Request::message(msg::DELLINK, Flags::ACK, &Link::named("nlk0"))?;
/// # Ok::<(), nlkit::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Link {
    /// Address family (`ifi_family`, usually `AF_UNSPEC`).
    pub family: u8,
    /// Interface index (0: none, e.g. when naming the link instead).
    pub index: i32,
    /// Name (`IFLA_IFNAME`).
    pub name: String,
    /// Device type (`ARPHRD_*`; 1 = ether, 772 = loopback).
    pub ifi_type: u16,
    /// `IFF_*` flags (see [`iff`]).
    pub flags: u32,
    /// Which of [`Link::flags`] a request changes (`ifi_change`).
    pub change: u32,
    /// MTU.
    pub mtu: Option<u32>,
    /// Hardware address.
    pub address: Option<Vec<u8>>,
    /// Operational state (`IF_OPER_*`: 6 = up, 2 = down).
    pub operstate: Option<u8>,
    /// Link kind (`veth`, `bridge`, `nlmon`...), from `IFLA_LINKINFO`.
    pub kind: Option<String>,
    /// The rest of `IFLA_LINKINFO` (`IFLA_INFO_DATA`, ...), kept as it came.
    pub info_unknown: UnknownAttrs,
    /// Master device index.
    pub master: Option<u32>,
    /// Transmit queue length.
    pub txqlen: Option<u32>,
    /// Attributes this version of nlkit does not know, kept as they came.
    pub unknown: UnknownAttrs,
}

impl Link {
    /// A link named `name` (to get, create or delete by name).
    pub fn named(name: &str) -> Link {
        Link {
            name: name.to_owned(),
            ..Link::default()
        }
    }

    /// The link with interface index `index`.
    pub fn with_index(index: i32) -> Link {
        Link {
            index,
            ..Link::default()
        }
    }

    /// Decode an `RTM_NEWLINK`/`RTM_DELLINK` message.
    pub fn parse(m: &Message<'_>) -> Result<Link, Error> {
        Ok(m.parse_as()?)
    }

    fn info_len(&self) -> usize {
        self.kind.as_ref().map_or(0, |k| attr_len(k.len() + 1)) + self.info_unknown.len()
    }
}

impl<'a> Repr<'a> for Link {
    type Header = IfInfoMsg;

    fn parse(body: &Body<'a, IfInfoMsg>) -> Result<Link, WireError> {
        let h = body.header();
        let mut l = Link {
            family: h.family,
            index: h.index,
            ifi_type: h.ifi_type,
            flags: h.flags,
            change: h.change,
            ..Link::default()
        };
        for a in body.attrs() {
            let a = a?;
            match a.ty {
                ifla::IFNAME => l.name = a.str()?.to_owned(),
                ifla::MTU => l.mtu = Some(a.u32()?),
                ifla::ADDRESS => l.address = Some(a.bytes().to_vec()),
                ifla::OPERSTATE => l.operstate = Some(a.u8()?),
                ifla::MASTER => l.master = Some(a.u32()?),
                ifla::TXQLEN => l.txqlen = Some(a.u32()?),
                ifla::LINKINFO => {
                    for i in a.nested() {
                        let i = i?;
                        match i.ty {
                            ifla::INFO_KIND => l.kind = Some(i.str()?.to_owned()),
                            _ => l.info_unknown.push(&i),
                        }
                    }
                }
                _ => l.unknown.push(&a),
            }
        }
        Ok(l)
    }

    fn header(&self) -> IfInfoMsg {
        IfInfoMsg {
            family: self.family,
            ifi_type: self.ifi_type,
            index: self.index,
            flags: self.flags,
            change: self.change,
        }
    }

    fn attrs_len(&self) -> usize {
        let u32s = [self.mtu, self.master, self.txqlen];
        let info = self.info_len();
        (if self.name.is_empty() {
            0
        } else {
            attr_len(self.name.len() + 1)
        }) + u32s.iter().flatten().count() * attr_len(4)
            + self.address.as_ref().map_or(0, |a| attr_len(a.len()))
            + self.operstate.map_or(0, |_| attr_len(1))
            + if info == 0 { 0 } else { attr_len(info) }
            + self.unknown.len()
    }

    fn emit_attrs(&self, b: &mut MessageBuilder<'_>) {
        if !self.name.is_empty() {
            b.attr_str(ifla::IFNAME, &self.name);
        }
        if let Some(v) = self.mtu {
            b.attr_u32(ifla::MTU, v);
        }
        if let Some(v) = &self.address {
            b.attr(ifla::ADDRESS, v);
        }
        if let Some(v) = self.operstate {
            b.attr_u8(ifla::OPERSTATE, v);
        }
        if let Some(v) = self.master {
            b.attr_u32(ifla::MASTER, v);
        }
        if let Some(v) = self.txqlen {
            b.attr_u32(ifla::TXQLEN, v);
        }
        if self.info_len() != 0 {
            b.nested(ifla::LINKINFO, |b| {
                if let Some(k) = &self.kind {
                    b.attr_str(ifla::INFO_KIND, k);
                }
                self.info_unknown.emit(b);
            });
        }
        self.unknown.emit(b);
    }
}

/// A route: the typed `RTM_*ROUTE` message, both directions, decoded
/// without allocating (attributes it does not know stay in the received
/// buffer, see [`Route::unknown`]). Fields left at `None` are not sent.
///
/// ```
/// use std::net::Ipv4Addr;
/// use nlkit::client::Request;
/// use nlkit::families::rtnl::{msg, rt_scope, rt_table, rtn, rtprot, Route, RtMsg};
/// use nlkit::wire::Flags;
///
/// // ip route add 10.1.0.0/16 dev 2
/// let mut r = Route::new(RtMsg {
///     family: 2, // AF_INET
///     dst_len: 16,
///     table: rt_table::MAIN,
///     protocol: rtprot::STATIC,
///     scope: rt_scope::LINK,
///     rtype: rtn::UNICAST,
///     ..RtMsg::default()
/// });
/// r.dst = Some(Ipv4Addr::new(10, 1, 0, 0).into());
/// r.oif = Some(2);
/// let req = Request::message(msg::NEWROUTE, Flags::ACK | Flags::CREATE, &r)?;
/// assert_eq!(req.fixed_len(), 12);
/// # Ok::<(), nlkit::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Route<'a> {
    /// The fixed header.
    pub header: RtMsg,
    /// Table (from `RTA_TABLE`, else `rtm_table`); sent as `RTA_TABLE`
    /// when it differs from the header's.
    pub table: u32,
    /// Destination (None = default route).
    pub dst: Option<IpAddr>,
    /// Gateway.
    pub gateway: Option<IpAddr>,
    /// Preferred source.
    pub prefsrc: Option<IpAddr>,
    /// Output interface index.
    pub oif: Option<u32>,
    /// Priority (metric).
    pub priority: Option<u32>,
    /// Attributes this version of nlkit does not know (`RTA_CACHEINFO`,
    /// `RTA_PREF`, ...), read in place; emitted again as they came.
    pub unknown: RawAttrs<'a>,
}

impl<'a> Route<'a> {
    /// A route with header `header` (its `rtm_table` is the table) and no
    /// attributes yet.
    pub fn new(header: RtMsg) -> Route<'a> {
        Route {
            header,
            table: u32::from(header.table),
            ..Route::default()
        }
    }

    /// Decode an `RTM_NEWROUTE`/`RTM_DELROUTE` message.
    #[inline]
    pub fn parse(m: &Message<'a>) -> Result<Route<'a>, Error> {
        match Route::parse_fast(m.payload) {
            Some(r) => Ok(r),
            None => Ok(Route::parse_checked(m.payload)?),
        }
    }

    /// The common case in one pass over the bytes: a well-formed block
    /// whose known attributes carry no flag bits and have their sizes.
    /// `None` for anything else, which [`Route::parse_checked`] then
    /// decodes or names the error of. (A dump parses one of these per
    /// route: the generic iterator and readers cost about three times as
    /// many instructions, measured in docs/benchmarks.md.)
    #[inline]
    fn parse_fast(p: &'a [u8]) -> Option<Route<'a>> {
        let (fixed, mut rest) = p.split_first_chunk::<RTMSG_LEN>()?;
        let header = RtMsg::from_bytes(fixed);
        let mut r = Route {
            header,
            table: u32::from(header.table),
            unknown: RawAttrs::new(rest, &KNOWN),
            ..Route::default()
        };
        while !rest.is_empty() {
            let [l0, l1, t0, t1, ..] = *rest else {
                return None;
            };
            let len = usize::from(u16::from_ne_bytes([l0, l1]));
            let value = rest.get(NLA_HEADER_LEN..len)?;
            let u32_of = |v: &[u8]| <[u8; 4]>::try_from(v).ok().map(u32::from_ne_bytes);
            match u16::from_ne_bytes([t0, t1]) {
                rta::DST => r.dst = Some(ip_of(value)?),
                rta::GATEWAY => r.gateway = Some(ip_of(value)?),
                rta::PREFSRC => r.prefsrc = Some(ip_of(value)?),
                rta::OIF => r.oif = Some(u32_of(value)?),
                rta::PRIORITY => r.priority = Some(u32_of(value)?),
                rta::TABLE => r.table = u32_of(value)?,
                ty if ty & !NLA_TYPE_MASK != 0 && KNOWN.contains(&(ty & NLA_TYPE_MASK)) => {
                    return None; // a known type with flag bits: the checked way
                }
                _ => {}
            }
            // The last attribute may lack its padding; `len` <= 65535.
            rest = rest.get((len + 3) & !3..).unwrap_or_default();
        }
        Some(r)
    }

    /// The general decoder: every attribute through the checked readers.
    fn parse_checked(p: &'a [u8]) -> Result<Route<'a>, WireError> {
        <Route as Repr>::parse(&Body::new(p)?)
    }
}

impl<'a> Repr<'a> for Route<'a> {
    type Header = RtMsg;

    fn parse(body: &Body<'a, RtMsg>) -> Result<Route<'a>, WireError> {
        let mut r = Route::new(body.header());
        r.unknown = RawAttrs::new(body.attr_bytes(), &KNOWN);
        for a in body.attrs() {
            let a = a?;
            match a.ty {
                rta::DST => r.dst = Some(ip(&a)?),
                rta::GATEWAY => r.gateway = Some(ip(&a)?),
                rta::PREFSRC => r.prefsrc = Some(ip(&a)?),
                rta::OIF => r.oif = Some(a.u32()?),
                rta::PRIORITY => r.priority = Some(a.u32()?),
                rta::TABLE => r.table = a.u32()?,
                _ => {}
            }
        }
        Ok(r)
    }

    fn header(&self) -> RtMsg {
        self.header
    }

    fn attrs_len(&self) -> usize {
        let ip_len =
            |a: &Option<IpAddr>| a.map_or(0, |a| attr_len(if a.is_ipv4() { 4 } else { 16 }));
        let table = self.table != u32::from(self.header.table);
        ip_len(&self.dst)
            + ip_len(&self.gateway)
            + ip_len(&self.prefsrc)
            + (usize::from(self.oif.is_some())
                + usize::from(self.priority.is_some())
                + usize::from(table))
                * attr_len(4)
            + self.unknown.len()
    }

    fn emit_attrs(&self, b: &mut MessageBuilder<'_>) {
        for (ty, a) in [
            (rta::DST, self.dst),
            (rta::GATEWAY, self.gateway),
            (rta::PREFSRC, self.prefsrc),
        ] {
            match a {
                Some(IpAddr::V4(v)) => b.attr(ty, &v.octets()),
                Some(IpAddr::V6(v)) => b.attr(ty, &v.octets()),
                None => b,
            };
        }
        if let Some(v) = self.oif {
            b.attr_u32(rta::OIF, v);
        }
        if let Some(v) = self.priority {
            b.attr_u32(rta::PRIORITY, v);
        }
        if self.table != u32::from(self.header.table) {
            b.attr_u32(rta::TABLE, self.table);
        }
        self.unknown.emit(b);
    }
}

/// The route attributes [`Route`] decodes.
const KNOWN: [u16; 6] = [
    rta::DST,
    rta::GATEWAY,
    rta::PREFSRC,
    rta::OIF,
    rta::PRIORITY,
    rta::TABLE,
];

/// Read an IPv4 or IPv6 address attribute (4 or 16 bytes).
pub fn ip(a: &Attr<'_>) -> Result<IpAddr, AttrError> {
    ip_of(a.value).ok_or_else(|| ip_error(a))
}

/// An address from a 4- or 16-byte value.
#[inline]
fn ip_of(v: &[u8]) -> Option<IpAddr> {
    if let Ok(b) = <[u8; 4]>::try_from(v) {
        Some(IpAddr::V4(Ipv4Addr::from(b)))
    } else {
        <[u8; 16]>::try_from(v)
            .ok()
            .map(|b| IpAddr::V6(Ipv6Addr::from(b)))
    }
}

#[cold]
fn ip_error(a: &Attr<'_>) -> AttrError {
    AttrError {
        ty: a.ty,
        kind: AttrErrorKind::AddressLength { got: a.value.len() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::{messages, Flags, MessageBuilder, NLA_F_NESTED, NLA_F_NET_BYTEORDER};
    use proptest::prelude::*;

    /// Route attributes, mostly well formed: known and unknown types,
    /// right and wrong sizes, flag bits now and then.
    fn attr() -> impl Strategy<Value = (u16, Vec<u8>)> {
        let ty = prop_oneof![
            8 => prop::sample::select(vec![1u16, 4, 5, 6, 7, 15, 2, 8, 12]),
            1 => prop::sample::select(vec![4 | NLA_F_NET_BYTEORDER, 1 | NLA_F_NESTED, 9 | NLA_F_NESTED]),
        ];
        let value = prop_oneof![
            4 => prop::collection::vec(any::<u8>(), 4),
            2 => prop::collection::vec(any::<u8>(), 16),
            1 => prop::collection::vec(any::<u8>(), 0..20),
        ];
        (ty, value)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

        /// The one-pass decoder gives exactly what the checked one gives,
        /// or leaves the message to it.
        #[test]
        fn fast_route_parse_agrees_with_the_checked_one(
            items in prop::collection::vec(attr(), 0..8),
            cut in 0usize..6,
            table in any::<u8>(),
        ) {
            let mut buf = Vec::new();
            let mut b = MessageBuilder::new(&mut buf, msg::NEWROUTE, Flags::MULTI);
            b.payload(&RtMsg { family: 2, table, ..RtMsg::default() }.to_bytes());
            for (t, v) in &items {
                b.attr(*t, v);
            }
            b.finish().unwrap();
            // Cutting the end makes the last attribute short or unpadded.
            let keep = buf.len() - cut.min(buf.len() - 28);
            buf.truncate(keep);
            buf[..4].copy_from_slice(&(keep as u32).to_ne_bytes());
            let m = messages(&buf).next().unwrap().unwrap();
            let checked = Route::parse_checked(m.payload).map_err(|e| e.to_string());
            match Route::parse_fast(m.payload) {
                Some(r) => prop_assert_eq!(Ok(r), checked),
                None => {
                    // Only the shapes the fast decoder leaves alone.
                    let odd = checked.is_err()
                        || items.iter().any(|(t, _)| t & !NLA_TYPE_MASK != 0)
                        || cut > 0;
                    prop_assert!(odd, "declined a plain route: {items:?}");
                }
            }
        }
    }

    /// Attributes no typed message here knows, as (type with flags, value).
    fn unknown() -> impl Strategy<Value = Vec<(u16, Vec<u8>)>> {
        prop::collection::vec(
            (
                prop_oneof![100u16..120, (100u16..120).prop_map(|t| t | NLA_F_NESTED)],
                prop::collection::vec(any::<u8>(), 0..9),
            ),
            0..4,
        )
    }

    fn ip() -> impl Strategy<Value = Option<IpAddr>> {
        prop_oneof![
            Just(None),
            any::<[u8; 4]>().prop_map(|b| Some(IpAddr::from(b))),
            any::<[u8; 16]>().prop_map(|b| Some(IpAddr::from(b))),
        ]
    }

    fn emitted<'r, R: Repr<'r>>(ty: u16, r: &R) -> Vec<u8> {
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, ty, Flags::REQUEST);
        b.emit(r);
        b.finish().unwrap();
        assert_eq!(
            buf.len(),
            crate::wire::HEADER_LEN + r.buffer_len(),
            "buffer_len is exact"
        );
        buf
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

        /// A link survives emit + parse whole, the attributes nlkit does
        /// not know included.
        #[test]
        fn links_round_trip(
            index in any::<i32>(), flags in any::<u32>(), change in any::<u32>(),
            name in "[a-z0-9]{0,15}", mtu in any::<Option<u32>>(),
            address in prop::option::of(prop::collection::vec(any::<u8>(), 0..8)),
            operstate in any::<Option<u8>>(), kind in prop::option::of("[a-z]{1,8}"),
            master in any::<Option<u32>>(), txqlen in any::<Option<u32>>(),
            extra in unknown(), info_extra in unknown(),
        ) {
            let mut l = Link { index, flags, change, name, mtu, address, operstate, kind, master, txqlen, ..Link::default() };
            for (t, v) in &extra {
                l.unknown.push(&Attr { ty: t & NLA_TYPE_MASK, nested: t & NLA_F_NESTED != 0, net_byteorder: false, value: v });
            }
            for (t, v) in &info_extra {
                l.info_unknown.push(&Attr { ty: t & NLA_TYPE_MASK, nested: t & NLA_F_NESTED != 0, net_byteorder: false, value: v });
            }
            let buf = emitted(msg::NEWLINK, &l);
            let m = messages(&buf).next().unwrap().unwrap();
            prop_assert_eq!(Link::parse(&m).unwrap(), l);
        }

        /// A route survives emit + parse, through both decoders.
        #[test]
        fn routes_round_trip(
            h in any::<[u8; 12]>(), table in any::<u32>(), dst in ip(), gateway in ip(),
            prefsrc in ip(), oif in any::<Option<u32>>(), priority in any::<Option<u32>>(),
            extra in unknown(),
        ) {
            let mut block = Vec::new();
            {
                let mut b = MessageBuilder::new(&mut block, 0, Flags::EMPTY);
                for (t, v) in &extra {
                    b.attr(*t, v);
                }
                b.finish().unwrap();
            }
            let mut r = Route::new(RtMsg::from_bytes(&h));
            (r.table, r.dst, r.gateway, r.prefsrc, r.oif, r.priority) = (table, dst, gateway, prefsrc, oif, priority);
            r.unknown = RawAttrs::new(&block[crate::wire::HEADER_LEN..], &KNOWN);
            let buf = emitted(msg::NEWROUTE, &r);
            let m = messages(&buf).next().unwrap().unwrap();
            let back = Route::parse(&m).unwrap();
            prop_assert_eq!((back.header, back.table, back.dst, back.gateway), (r.header, r.table, r.dst, r.gateway));
            prop_assert_eq!((back.prefsrc, back.oif, back.priority), (r.prefsrc, r.oif, r.priority));
            let kept: Vec<_> = back.unknown.iter().map(|a| { let a = a.unwrap(); (a.raw_type(), a.value.to_vec()) }).collect();
            prop_assert_eq!(kept, extra);
            prop_assert_eq!(Route::parse_checked(m.payload).unwrap(), back);
        }
    }
}
