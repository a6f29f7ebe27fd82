//! The rtnetlink tables a [`super::Mirror`] keeps: links, addresses,
//! routes and neighbours. Each says how to dump it, which groups announce
//! its changes, what identifies an object, and which attributes change
//! without a notification (left out of [`Entry`], so equal entries are
//! equal states).

use std::collections::HashMap;
use std::net::IpAddr;

use crate::client::Request;
use crate::error::Result;
use crate::families::rtnl::{
    group, ifa, iff, ifla, msg, nda, nud, rta, IfAddrMsg, IfInfoMsg, NdMsg, RtMsg,
};
use crate::socket::Protocol;
use crate::wire::{Attr, Body, FixedHeader, Flags, Message};

use super::{Entry, Objects, Table, Update};

/// `AF_INET`.
const AF_INET: u8 = 2;
/// `AF_BRIDGE`.
const AF_BRIDGE: u8 = 7;
/// `RTM_F_CLONED`: a cached route (exception), not part of the table.
const RTM_F_CLONED: u32 = 0x200;
/// `NTF_PROXY`: a proxy entry, dumped only on request.
const NTF_PROXY: u8 = 0x08;

fn dump_of<H: FixedHeader>(ty: u16, h: &H) -> Result<Request> {
    Request::with_header(ty, Flags::DUMP, h, |_| {})
}

/// An address in a key, as the attribute carried it: stored inline up to
/// 16 bytes (IPv4, IPv6, MAC, MPLS label), on the heap beyond, so that a
/// key costs no allocation in the common case.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyBytes {
    /// Up to 16 bytes: the length, then the bytes (zero-padded).
    Inline(u8, [u8; 16]),
    /// Longer values.
    Long(Box<[u8]>),
}

impl KeyBytes {
    /// The value from an attribute's bytes.
    pub fn new(v: &[u8]) -> KeyBytes {
        match <u8>::try_from(v.len()) {
            Ok(n) if v.len() <= 16 => {
                let mut b = [0u8; 16];
                b[..v.len()].copy_from_slice(v);
                KeyBytes::Inline(n, b)
            }
            _ => KeyBytes::Long(v.into()),
        }
    }

    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            KeyBytes::Inline(n, b) => &b[..usize::from(*n)],
            KeyBytes::Long(b) => b,
        }
    }

    /// As an IP address, when it has the length of one.
    pub fn ip(&self) -> Option<IpAddr> {
        let b = self.as_bytes();
        if let Ok(v4) = <[u8; 4]>::try_from(b) {
            Some(IpAddr::from(v4))
        } else {
            <[u8; 16]>::try_from(b).ok().map(IpAddr::from)
        }
    }
}

impl std::fmt::Debug for KeyBytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.ip() {
            Some(ip) => write!(f, "{ip}"),
            None => write!(f, "{:02x?}", self.as_bytes()),
        }
    }
}

fn addr_bytes(a: &Attr<'_>) -> KeyBytes {
    KeyBytes::new(a.value)
}

/// The interface links (`ip link`): keyed by interface index. Only
/// `AF_UNSPEC` messages (the bridge's per-port `AF_BRIDGE` messages are
/// another table). Left out of entries: `IFLA_STATS`, `IFLA_STATS64`,
/// `IFLA_AF_SPEC` (per-family counters and configuration, whose changes
/// come as `RTM_NEWNETCONF`, not as link messages), `IFLA_EVENT` and the
/// other notification-only attributes; `ifi_change` is zeroed.
#[derive(Clone, Debug, Default)]
pub struct Links {}

impl Links {
    /// The link table.
    pub fn new() -> Links {
        Links {}
    }

    const VOLATILE: [u16; 6] = [
        ifla::STATS,
        ifla::STATS64,
        ifla::AF_SPEC,
        ifla::EVENT,
        45,
        46,
    ];

    fn entry(m: &Message<'_>) -> Result<Option<(i32, Entry)>> {
        let h = m.body::<IfInfoMsg>()?.header();
        if h.family != 0 {
            return Ok(None);
        }
        let mut e = Entry::new::<IfInfoMsg>(m, &Self::VOLATILE)?;
        // ifi_change says what a notification changed; dumps send 0.
        if let Some(c) = e.payload.get_mut(12..16) {
            c.fill(0);
        }
        Ok(Some((h.index, e)))
    }
}

impl Table for Links {
    type Key = i32;
    type Object = Entry;

    fn protocol(&self) -> Protocol {
        Protocol::ROUTE
    }

    fn groups(&self) -> Vec<u32> {
        vec![group::LINK]
    }

    fn dump_request(&self) -> Result<Request> {
        dump_of(msg::GETLINK, &IfInfoMsg::default())
    }

    fn decode(&self, m: &Message<'_>) -> Result<Option<(i32, Entry)>> {
        Links::entry(m)
    }

    fn notification(
        &mut self,
        m: &Message<'_>,
        _current: &Objects<i32, Entry>,
    ) -> Result<Update<i32, Entry>> {
        Ok(match (m.header.ty, Links::entry(m)?) {
            (_, None) => Update::Ignore,
            (msg::NEWLINK, Some((k, e))) => Update::Upsert(k, e),
            (msg::DELLINK, Some((k, _))) => Update::Remove(k),
            _ => Update::Ignore,
        })
    }
}

/// What identifies an address: family, interface, prefix length, and the
/// local and (peer) addresses.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AddressKey {
    /// `AF_INET` or `AF_INET6`.
    pub family: u8,
    /// Interface index.
    pub index: u32,
    /// Prefix length.
    pub prefixlen: u8,
    /// `IFA_LOCAL`, if sent.
    pub local: Option<KeyBytes>,
    /// `IFA_ADDRESS`, if sent.
    pub address: Option<KeyBytes>,
}

/// The interface addresses (`ip address`), IPv4 and IPv6. Left out of
/// entries: `IFA_CACHEINFO` (lifetimes that count down, time stamps).
#[derive(Clone, Debug, Default)]
pub struct Addresses {}

impl Addresses {
    /// The address table.
    pub fn new() -> Addresses {
        Addresses {}
    }

    fn entry(m: &Message<'_>) -> Result<(AddressKey, Entry)> {
        let b = m.body::<IfAddrMsg>()?;
        let h = b.header();
        let mut key = AddressKey {
            family: h.family,
            index: h.index,
            prefixlen: h.prefixlen,
            local: None,
            address: None,
        };
        for a in b.attrs() {
            let a = a?;
            match a.ty {
                ifa::LOCAL => key.local = Some(addr_bytes(&a)),
                ifa::ADDRESS => key.address = Some(addr_bytes(&a)),
                _ => {}
            }
        }
        Ok((key, Entry::new::<IfAddrMsg>(m, &[ifa::CACHEINFO])?))
    }
}

impl Table for Addresses {
    type Key = AddressKey;
    type Object = Entry;

    fn protocol(&self) -> Protocol {
        Protocol::ROUTE
    }

    fn groups(&self) -> Vec<u32> {
        vec![group::IPV4_IFADDR, group::IPV6_IFADDR]
    }

    fn dump_request(&self) -> Result<Request> {
        dump_of(msg::GETADDR, &IfAddrMsg::default())
    }

    fn decode(&self, m: &Message<'_>) -> Result<Option<(AddressKey, Entry)>> {
        Addresses::entry(m).map(Some)
    }

    fn notification(
        &mut self,
        m: &Message<'_>,
        _current: &Objects<AddressKey, Entry>,
    ) -> Result<Update<AddressKey, Entry>> {
        Ok(match m.header.ty {
            msg::NEWADDR => {
                let (k, e) = Addresses::entry(m)?;
                Update::Upsert(k, e)
            }
            msg::DELADDR => Update::Remove(Addresses::entry(m)?.0),
            _ => Update::Ignore,
        })
    }
}

/// What identifies a route: family, table, destination and source
/// prefixes, TOS and metric (libnl's key; routes appended with
/// `NLM_F_APPEND` to the same key are one object, the last one announced).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RouteKey {
    /// Address family.
    pub family: u8,
    /// Table (`RTA_TABLE`, else `rtm_table`).
    pub table: u32,
    /// Destination prefix length.
    pub dst_len: u8,
    /// Destination (`None`: the default route).
    pub dst: Option<KeyBytes>,
    /// Source prefix length (IPv6 source routing).
    pub src_len: u8,
    /// Source prefix.
    pub src: Option<KeyBytes>,
    /// TOS.
    pub tos: u8,
    /// Metric (`RTA_PRIORITY`, 0 when absent).
    pub priority: u32,
}

/// The routes of every table and family (`ip route show table all`,
/// IPv4 and IPv6), without cached (cloned) routes. Left out of entries:
/// `RTA_CACHEINFO` and `RTA_EXPIRES` (counters and timers).
///
/// The kernel changes routes without a notification in two cases: when a
/// device goes down (or loses its carrier, or goes away) IPv4 routes
/// through it are flushed (`fib_table_flush`) and nexthops of either family
/// are marked dead or `linkdown`; when an IPv4 address is deleted, routes
/// with it as preferred source are flushed. The table joins the link group
/// for the first, and asks for a re-dump ([`Update::Resync`]) when a link
/// that a mirrored route goes through changes its `IFF_UP`,
/// `IFF_LOWER_UP` or `IFF_RUNNING` flags or goes away, or when an IPv4
/// address that a mirrored route has as preferred source is deleted.
/// Inferring the deletions instead would have to copy the kernel's rules
/// (scopes, dead multipath nexthops, `ignore_routes_with_linkdown`) and get
/// them wrong on some kernel; one dump per burst of such events is exact.
#[derive(Clone, Debug, Default)]
pub struct Routes {
    /// The `IFF_UP | IFF_LOWER_UP | IFF_RUNNING` bits last seen per link.
    links: HashMap<i32, u32>,
}

const LINK_STATE: u32 = iff::UP | iff::LOWER_UP | iff::RUNNING;

impl Routes {
    /// The route table.
    pub fn new() -> Routes {
        Routes::default()
    }

    fn entry(m: &Message<'_>) -> Result<Option<(RouteKey, Entry)>> {
        let b = m.body::<RtMsg>()?;
        let h = b.header();
        if h.flags & RTM_F_CLONED != 0 {
            return Ok(None);
        }
        let mut key = RouteKey {
            family: h.family,
            table: u32::from(h.table),
            dst_len: h.dst_len,
            dst: None,
            src_len: h.src_len,
            src: None,
            tos: h.tos,
            priority: 0,
        };
        for a in b.attrs() {
            let a = a?;
            match a.ty {
                rta::DST => key.dst = Some(addr_bytes(&a)),
                rta::SRC => key.src = Some(addr_bytes(&a)),
                rta::TABLE => key.table = a.u32()?,
                rta::PRIORITY => key.priority = a.u32()?,
                _ => {}
            }
        }
        let e = Entry::new::<RtMsg>(m, &[rta::CACHEINFO, rta::EXPIRES])?;
        Ok(Some((key, e)))
    }

    /// Whether a mirrored route goes through interface `index` (its
    /// `RTA_OIF` or a multipath nexthop's).
    fn uses_link(current: &Objects<RouteKey, Entry>, index: i32) -> bool {
        let Ok(index) = u32::try_from(index) else {
            return false;
        };
        current.values().any(|e| route_links(e, |i| i == index))
    }

    /// Whether a mirrored IPv4 route has `addr` as preferred source.
    fn uses_prefsrc(current: &Objects<RouteKey, Entry>, addr: &[u8]) -> bool {
        current.iter().any(|(k, e)| {
            k.family == AF_INET
                && Body::<RtMsg>::new(e.payload())
                    .ok()
                    .and_then(|b| b.attrs().find(rta::PREFSRC).ok().flatten())
                    .is_some_and(|a| a.value == addr)
        })
    }

    fn link_event(
        &mut self,
        m: &Message<'_>,
        current: &Objects<RouteKey, Entry>,
    ) -> Result<Update<RouteKey, Entry>> {
        let h = m.body::<IfInfoMsg>()?.header();
        if h.family != 0 {
            return Ok(Update::Ignore);
        }
        let changed = if m.header.ty == msg::DELLINK {
            self.links.remove(&h.index);
            true
        } else {
            let now = h.flags & LINK_STATE;
            self.links.insert(h.index, now) != Some(now)
        };
        Ok(if changed && Routes::uses_link(current, h.index) {
            Update::Resync
        } else {
            Update::Ignore
        })
    }
}

/// Calls `f` with each interface index a route goes through; true if `f`
/// was for one of them.
fn route_links(e: &Entry, f: impl Fn(u32) -> bool) -> bool {
    let Ok(b) = Body::<RtMsg>::new(e.payload()) else {
        return false;
    };
    for a in b.attrs().flatten() {
        match a.ty {
            rta::OIF if a.u32().is_ok_and(&f) => return true,
            rta::MULTIPATH => {
                // struct rtnexthop: len u16, flags u8, hops u8, ifindex i32.
                let mut rest = a.value;
                while rest.len() >= 8 {
                    let len = usize::from(u16::from_ne_bytes([rest[0], rest[1]]));
                    let ifindex = u32::from_ne_bytes([rest[4], rest[5], rest[6], rest[7]]);
                    if f(ifindex) {
                        return true;
                    }
                    if len < 8 {
                        break;
                    }
                    rest = rest.get(crate::wire::align(len)..).unwrap_or_default();
                }
            }
            _ => {}
        }
    }
    false
}

impl Table for Routes {
    type Key = RouteKey;
    type Object = Entry;

    fn protocol(&self) -> Protocol {
        Protocol::ROUTE
    }

    fn groups(&self) -> Vec<u32> {
        vec![
            group::IPV4_ROUTE,
            group::IPV6_ROUTE,
            group::LINK,
            group::IPV4_IFADDR,
        ]
    }

    fn dump_request(&self) -> Result<Request> {
        dump_of(msg::GETROUTE, &RtMsg::default())
    }

    fn decode(&self, m: &Message<'_>) -> Result<Option<(RouteKey, Entry)>> {
        Routes::entry(m)
    }

    fn notification(
        &mut self,
        m: &Message<'_>,
        current: &Objects<RouteKey, Entry>,
    ) -> Result<Update<RouteKey, Entry>> {
        Ok(match m.header.ty {
            msg::NEWROUTE => match Routes::entry(m)? {
                Some((k, e)) => Update::Upsert(k, e),
                None => Update::Ignore,
            },
            msg::DELROUTE => match Routes::entry(m)? {
                Some((k, _)) => Update::Remove(k),
                None => Update::Ignore,
            },
            msg::NEWLINK | msg::DELLINK => self.link_event(m, current)?,
            msg::DELADDR => {
                let b = m.body::<IfAddrMsg>()?;
                let local = b.attrs().find(ifa::LOCAL)?;
                match local {
                    Some(a)
                        if b.header().family == AF_INET
                            && Routes::uses_prefsrc(current, a.value) =>
                    {
                        Update::Resync
                    }
                    _ => Update::Ignore,
                }
            }
            _ => Update::Ignore,
        })
    }
}

/// What identifies a neighbour: family, interface and network address;
/// for bridge (`AF_BRIDGE`) entries also the link-layer address and VLAN.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NeighbourKey {
    /// Address family.
    pub family: u8,
    /// Interface index.
    pub ifindex: i32,
    /// `NDA_DST`.
    pub dst: Option<KeyBytes>,
    /// `NDA_LLADDR` (bridge entries only).
    pub lladdr: Option<KeyBytes>,
    /// `NDA_VLAN` (bridge entries only).
    pub vlan: Option<u16>,
}

/// The neighbour tables (`ip neigh`: ARP, NDP, bridge FDB). Entries in
/// state `NUD_NONE` or `NUD_INCOMPLETE` are not kept: the kernel makes them
/// for traffic without a notification (it announces an entry once it is
/// resolved or failed). Proxy entries are not kept (they are dumped only on
/// request). Left out of entries: `NDA_CACHEINFO` and `NDA_PROBES`
/// (ages and counters).
#[derive(Clone, Debug, Default)]
pub struct Neighbours {}

impl Neighbours {
    /// The neighbour table.
    pub fn new() -> Neighbours {
        Neighbours {}
    }

    /// The key, and the entry unless the mirror does not keep it.
    fn entry(m: &Message<'_>) -> Result<(NeighbourKey, Option<Entry>)> {
        let b = m.body::<NdMsg>()?;
        let h = b.header();
        let mut key = NeighbourKey {
            family: h.family,
            ifindex: h.ifindex,
            dst: None,
            lladdr: None,
            vlan: None,
        };
        for a in b.attrs() {
            let a = a?;
            match a.ty {
                nda::DST => key.dst = Some(addr_bytes(&a)),
                nda::LLADDR if h.family == AF_BRIDGE => key.lladdr = Some(addr_bytes(&a)),
                nda::VLAN if h.family == AF_BRIDGE => key.vlan = Some(a.u16()?),
                _ => {}
            }
        }
        let transient = h.state == 0 || h.state == nud::INCOMPLETE || h.flags & NTF_PROXY != 0;
        let entry = if transient {
            None
        } else {
            Some(Entry::new::<NdMsg>(m, &[nda::CACHEINFO, nda::PROBES])?)
        };
        Ok((key, entry))
    }
}

impl Table for Neighbours {
    type Key = NeighbourKey;
    type Object = Entry;

    fn protocol(&self) -> Protocol {
        Protocol::ROUTE
    }

    fn groups(&self) -> Vec<u32> {
        vec![group::NEIGH]
    }

    fn dump_request(&self) -> Result<Request> {
        dump_of(msg::GETNEIGH, &NdMsg::default())
    }

    fn decode(&self, m: &Message<'_>) -> Result<Option<(NeighbourKey, Entry)>> {
        let (k, e) = Neighbours::entry(m)?;
        Ok(e.map(|e| (k, e)))
    }

    fn notification(
        &mut self,
        m: &Message<'_>,
        _current: &Objects<NeighbourKey, Entry>,
    ) -> Result<Update<NeighbourKey, Entry>> {
        Ok(match m.header.ty {
            msg::NEWNEIGH => match Neighbours::entry(m)? {
                (k, Some(e)) => Update::Upsert(k, e),
                (k, None) => Update::Remove(k),
            },
            msg::DELNEIGH => Update::Remove(Neighbours::entry(m)?.0),
            _ => Update::Ignore,
        })
    }
}

/// An address in a key as an [`IpAddr`], when there is one of that length.
pub fn key_ip(bytes: &Option<KeyBytes>) -> Option<IpAddr> {
    bytes.as_ref()?.ip()
}
