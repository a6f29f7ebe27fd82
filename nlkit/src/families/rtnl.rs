//! rtnetlink (`NETLINK_ROUTE`): links and routes, the message types,
//! fixed headers (`ifinfomsg`, `rtmsg`), attributes and multicast groups
//! that the tests, the CLI and the benchmarks use.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use crate::error::Error;
use crate::wire::{attrs, Attr, Message, WireError};

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
        let b: &[u8; RTMSG_LEN] = fixed(p, "rtmsg")?;
        Ok(RtMsg {
            family: b[0],
            dst_len: b[1],
            src_len: b[2],
            tos: b[3],
            table: b[4],
            protocol: b[5],
            scope: b[6],
            rtype: b[7],
            flags: u32::from_ne_bytes([b[8], b[9], b[10], b[11]]),
        })
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
        let h = RtMsg::parse(m.payload)?;
        let mut r = Route {
            header: h,
            table: u32::from(h.table),
            ..Route::default()
        };
        for a in attrs(&m.payload[RTMSG_LEN..]) {
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

/// Read an IPv4 or IPv6 address attribute (4 or 16 bytes).
pub fn ip(a: &Attr<'_>) -> Result<IpAddr, Error> {
    match a.bytes().len() {
        4 => Ok(IpAddr::V4(Ipv4Addr::from(a.array::<4>()?))),
        16 => Ok(IpAddr::V6(Ipv6Addr::from(a.array::<16>()?))),
        n => Err(Error::Protocol(format!(
            "attribute type {}: an IP address has 4 or 16 bytes, got {n}",
            a.ty
        ))),
    }
}
