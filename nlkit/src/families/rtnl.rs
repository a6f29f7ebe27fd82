//! rtnetlink (`NETLINK_ROUTE`): links and routes, the message types,
//! fixed headers (`ifinfomsg`, `rtmsg`), attributes and multicast groups
//! that the tests, the CLI and the benchmarks use.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use crate::error::Error;
use crate::wire::{attrs, Attr, Message, WireError, NLA_HEADER_LEN, NLA_TYPE_MASK};

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
    /// Table id (u32), overrides `rtm_table`.
    pub const TABLE: u16 = 15;
}

/// Length of `struct ifinfomsg`.
pub const IFINFOMSG_LEN: usize = 16;
/// Length of `struct rtmsg`.
pub const RTMSG_LEN: usize = 12;

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
        let b: &[u8; IFINFOMSG_LEN] = fixed(p, "ifinfomsg")?;
        Ok(IfInfoMsg {
            family: b[0],
            ifi_type: u16::from_ne_bytes([b[2], b[3]]),
            index: i32::from_ne_bytes([b[4], b[5], b[6], b[7]]),
            flags: u32::from_ne_bytes([b[8], b[9], b[10], b[11]]),
            change: u32::from_ne_bytes([b[12], b[13], b[14], b[15]]),
        })
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
        Ok(RtMsg::from_bytes(fixed(p, "rtmsg")?))
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

fn fixed<'a, const N: usize>(p: &'a [u8], what: &'static str) -> Result<&'a [u8; N], WireError> {
    p.get(..N)
        .and_then(|s| s.try_into().ok())
        .ok_or(WireError::Truncated {
            what,
            offset: 0,
            needed: N,
            available: p.len(),
        })
}

/// A network interface, decoded from `RTM_NEWLINK`.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Link {
    /// Interface index.
    pub index: i32,
    /// Name.
    pub name: String,
    /// Device type (`ARPHRD_*`; 1 = ether, 772 = loopback).
    pub ifi_type: u16,
    /// `IFF_*` flags (`IFF_UP` = 1).
    pub flags: u32,
    /// MTU.
    pub mtu: Option<u32>,
    /// Hardware address.
    pub address: Option<Vec<u8>>,
    /// Operational state (`IF_OPER_*`: 6 = up, 2 = down).
    pub operstate: Option<u8>,
    /// Link kind (`veth`, `bridge`, `dummy`...), from `IFLA_LINKINFO`.
    pub kind: Option<String>,
    /// Master device index.
    pub master: Option<u32>,
    /// Transmit queue length.
    pub txqlen: Option<u32>,
}

impl Link {
    /// Decode an `RTM_NEWLINK`/`RTM_DELLINK` message.
    pub fn parse(m: &Message<'_>) -> Result<Link, Error> {
        let h = IfInfoMsg::parse(m.payload)?;
        let mut l = Link {
            index: h.index,
            ifi_type: h.ifi_type,
            flags: h.flags,
            ..Link::default()
        };
        for a in attrs(&m.payload[IFINFOMSG_LEN..]) {
            let a = a?;
            match a.ty {
                ifla::IFNAME => l.name = a.str()?.to_owned(),
                ifla::MTU => l.mtu = Some(a.u32()?),
                ifla::ADDRESS => l.address = Some(a.bytes().to_vec()),
                ifla::OPERSTATE => l.operstate = Some(a.u8()?),
                ifla::MASTER => l.master = Some(a.u32()?),
                ifla::TXQLEN => l.txqlen = Some(a.u32()?),
                ifla::LINKINFO => {
                    if let Some(k) = a.nested().find(ifla::INFO_KIND)? {
                        l.kind = Some(k.str()?.to_owned());
                    }
                }
                _ => {}
            }
        }
        Ok(l)
    }
}

/// A route, decoded from `RTM_NEWROUTE` without allocating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Route {
    /// The fixed header.
    pub header: RtMsg,
    /// Table (from `RTA_TABLE`, else `rtm_table`).
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
}

impl Route {
    /// Decode an `RTM_NEWROUTE`/`RTM_DELROUTE` message.
    pub fn parse(m: &Message<'_>) -> Result<Route, Error> {
        match Route::parse_fast(m.payload) {
            Some(r) => Ok(r),
            None => Route::parse_checked(m),
        }
    }

    /// The common case in one pass over the bytes: a well-formed block
    /// whose known attributes carry no flag bits and have their sizes.
    /// `None` for anything else, which [`Route::parse_checked`] then
    /// decodes or names the error of. (A dump parses one of these per
    /// route: the generic iterator and readers cost about three times as
    /// many instructions, measured in docs/benchmarks.md.)
    #[inline]
    fn parse_fast(p: &[u8]) -> Option<Route> {
        let (fixed, mut rest) = p.split_first_chunk::<RTMSG_LEN>()?;
        let header = RtMsg::from_bytes(fixed);
        let mut r = Route {
            header,
            table: u32::from(header.table),
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
    fn parse_checked(m: &Message<'_>) -> Result<Route, Error> {
        let h = RtMsg::parse(m.payload)?;
        let mut r = Route {
            header: h,
            table: u32::from(h.table),
            ..Route::default()
        };
        for a in attrs(m.payload.get(RTMSG_LEN..).unwrap_or_default()) {
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
pub fn ip(a: &Attr<'_>) -> Result<IpAddr, Error> {
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
fn ip_error(a: &Attr<'_>) -> Error {
    Error::Protocol(format!(
        "attribute type {}: an IP address has 4 or 16 bytes, got {}",
        a.ty,
        a.value.len()
    ))
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
            let checked = Route::parse_checked(&m).map_err(|e| e.to_string());
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
}
