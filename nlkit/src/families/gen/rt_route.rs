// Generated from the kernel's rt_route.yaml and specs/rt-route.overlay.yaml by `NLKIT_REGEN=1 cargo test -p nlkit --test generated_families`; do not edit.
// Rust for the `rt-route` netlink family, from its YNL spec.

#[allow(unused_imports)]
use crate::wire as nlw;

/// The family's name (generic netlink: the name the controller resolves).
///
/// Route configuration over rtnetlink.
pub const FAMILY_NAME: &str = "rt-route";
/// The netlink protocol number (`NETLINK_GENERIC` for generic netlink).
pub const PROTONUM: u16 = 0;

/// Constants, enums, flags and structs of the spec's `definitions`.
pub mod defs {
    #[allow(unused_imports)]
    use super::nlw;

    /// `rtm-type` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct RtmType(pub u32);

    impl RtmType {
        /// `unspec`.
        pub const UNSPEC: RtmType = RtmType(0);
        /// `unicast`.
        pub const UNICAST: RtmType = RtmType(1);
        /// `local`.
        pub const LOCAL: RtmType = RtmType(2);
        /// `broadcast`.
        pub const BROADCAST: RtmType = RtmType(3);
        /// `anycast`.
        pub const ANYCAST: RtmType = RtmType(4);
        /// `multicast`.
        pub const MULTICAST: RtmType = RtmType(5);
        /// `blackhole`.
        pub const BLACKHOLE: RtmType = RtmType(6);
        /// `unreachable`.
        pub const UNREACHABLE: RtmType = RtmType(7);
        /// `prohibit`.
        pub const PROHIBIT: RtmType = RtmType(8);
        /// `throw`.
        pub const THROW: RtmType = RtmType(9);
        /// `nat`.
        pub const NAT: RtmType = RtmType(10);
        /// `xresolve`.
        pub const XRESOLVE: RtmType = RtmType(11);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(RtmType, &'static str)] = &[
            (RtmType::UNSPEC, "unspec"),
            (RtmType::UNICAST, "unicast"),
            (RtmType::LOCAL, "local"),
            (RtmType::BROADCAST, "broadcast"),
            (RtmType::ANYCAST, "anycast"),
            (RtmType::MULTICAST, "multicast"),
            (RtmType::BLACKHOLE, "blackhole"),
            (RtmType::UNREACHABLE, "unreachable"),
            (RtmType::PROHIBIT, "prohibit"),
            (RtmType::THROW, "throw"),
            (RtmType::NAT, "nat"),
            (RtmType::XRESOLVE, "xresolve"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            RtmType::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for RtmType {
        fn from(v: u32) -> Self {
            RtmType(v)
        }
    }

    impl From<RtmType> for u32 {
        fn from(v: RtmType) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for RtmType {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "RtmType({})", self.0),
            }
        }
    }

    /// `struct rtmsg`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct Rtmsg {
        /// `rtm-family` (u8).
        pub rtm_family: u8,
        /// `rtm-dst-len` (u8).
        pub rtm_dst_len: u8,
        /// `rtm-src-len` (u8).
        pub rtm_src_len: u8,
        /// `rtm-tos` (u8).
        pub rtm_tos: u8,
        /// `rtm-table` (u8).
        pub rtm_table: super::defs::RtTable,
        /// `rtm-protocol` (u8).
        pub rtm_protocol: super::defs::RtProtocol,
        /// `rtm-scope` (u8).
        pub rtm_scope: super::defs::RtScope,
        /// `rtm-type` (u8).
        pub rtm_type: super::defs::RtmType,
        /// `rtm-flags` (u32).
        pub rtm_flags: u32,
    }

    impl Rtmsg {
        /// Its size on the wire.
        pub const LEN: usize = 12;
    }

    impl Default for Rtmsg {
        fn default() -> Self {
            <Rtmsg as nlw::FixedHeader>::decode(&[0u8; 12])
        }
    }

    impl nlw::FixedHeader for Rtmsg {
        const LEN: usize = 12;
        const NAME: &'static str = "rtmsg";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            Rtmsg {
                rtm_family: u8::from_ne_bytes(nlw::ynl::arr(b, 0)),
                rtm_dst_len: u8::from_ne_bytes(nlw::ynl::arr(b, 1)),
                rtm_src_len: u8::from_ne_bytes(nlw::ynl::arr(b, 2)),
                rtm_tos: u8::from_ne_bytes(nlw::ynl::arr(b, 3)),
                rtm_table: super::defs::RtTable(u8::from_ne_bytes(nlw::ynl::arr(b, 4)) as u32),
                rtm_protocol: super::defs::RtProtocol(u8::from_ne_bytes(nlw::ynl::arr(b, 5)) as u32),
                rtm_scope: super::defs::RtScope(u8::from_ne_bytes(nlw::ynl::arr(b, 6)) as u32),
                rtm_type: super::defs::RtmType(u8::from_ne_bytes(nlw::ynl::arr(b, 7)) as u32),
                rtm_flags: u32::from_ne_bytes(nlw::ynl::arr(b, 8)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..1].copy_from_slice(&self.rtm_family.to_ne_bytes());
            out[1..2].copy_from_slice(&self.rtm_dst_len.to_ne_bytes());
            out[2..3].copy_from_slice(&self.rtm_src_len.to_ne_bytes());
            out[3..4].copy_from_slice(&self.rtm_tos.to_ne_bytes());
            out[4..5].copy_from_slice(&(self.rtm_table.0 as u8).to_ne_bytes());
            out[5..6].copy_from_slice(&(self.rtm_protocol.0 as u8).to_ne_bytes());
            out[6..7].copy_from_slice(&(self.rtm_scope.0 as u8).to_ne_bytes());
            out[7..8].copy_from_slice(&(self.rtm_type.0 as u8).to_ne_bytes());
            out[8..12].copy_from_slice(&self.rtm_flags.to_ne_bytes());
        }
    }

    /// `struct rta-cacheinfo`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct RtaCacheinfo {
        /// `rta-clntref` (u32).
        pub rta_clntref: u32,
        /// `rta-lastuse` (u32).
        pub rta_lastuse: u32,
        /// `rta-expires` (u32).
        pub rta_expires: u32,
        /// `rta-error` (u32).
        pub rta_error: u32,
        /// `rta-used` (u32).
        pub rta_used: u32,
    }

    impl RtaCacheinfo {
        /// Its size on the wire.
        pub const LEN: usize = 20;
    }

    impl Default for RtaCacheinfo {
        fn default() -> Self {
            <RtaCacheinfo as nlw::FixedHeader>::decode(&[0u8; 20])
        }
    }

    impl nlw::FixedHeader for RtaCacheinfo {
        const LEN: usize = 20;
        const NAME: &'static str = "rta-cacheinfo";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            RtaCacheinfo {
                rta_clntref: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                rta_lastuse: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
                rta_expires: u32::from_ne_bytes(nlw::ynl::arr(b, 8)),
                rta_error: u32::from_ne_bytes(nlw::ynl::arr(b, 12)),
                rta_used: u32::from_ne_bytes(nlw::ynl::arr(b, 16)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.rta_clntref.to_ne_bytes());
            out[4..8].copy_from_slice(&self.rta_lastuse.to_ne_bytes());
            out[8..12].copy_from_slice(&self.rta_expires.to_ne_bytes());
            out[12..16].copy_from_slice(&self.rta_error.to_ne_bytes());
            out[16..20].copy_from_slice(&self.rta_used.to_ne_bytes());
        }
    }

    /// `rt-table` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct RtTable(pub u32);

    impl RtTable {
        /// `unspec`.
        pub const UNSPEC: RtTable = RtTable(0);
        /// `compat`.
        pub const COMPAT: RtTable = RtTable(252);
        /// `default`.
        pub const DEFAULT: RtTable = RtTable(253);
        /// `main`.
        pub const MAIN: RtTable = RtTable(254);
        /// `local`.
        pub const LOCAL: RtTable = RtTable(255);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(RtTable, &'static str)] = &[
            (RtTable::UNSPEC, "unspec"),
            (RtTable::COMPAT, "compat"),
            (RtTable::DEFAULT, "default"),
            (RtTable::MAIN, "main"),
            (RtTable::LOCAL, "local"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            RtTable::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for RtTable {
        fn from(v: u32) -> Self {
            RtTable(v)
        }
    }

    impl From<RtTable> for u32 {
        fn from(v: RtTable) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for RtTable {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "RtTable({})", self.0),
            }
        }
    }

    /// `rt-protocol` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct RtProtocol(pub u32);

    impl RtProtocol {
        /// `unspec`.
        pub const UNSPEC: RtProtocol = RtProtocol(0);
        /// `redirect`.
        pub const REDIRECT: RtProtocol = RtProtocol(1);
        /// `kernel`.
        pub const KERNEL: RtProtocol = RtProtocol(2);
        /// `boot`.
        pub const BOOT: RtProtocol = RtProtocol(3);
        /// `static`.
        pub const STATIC: RtProtocol = RtProtocol(4);
        /// `gated`.
        pub const GATED: RtProtocol = RtProtocol(8);
        /// `ra`.
        pub const RA: RtProtocol = RtProtocol(9);
        /// `mrt`.
        pub const MRT: RtProtocol = RtProtocol(10);
        /// `zebra`.
        pub const ZEBRA: RtProtocol = RtProtocol(11);
        /// `bird`.
        pub const BIRD: RtProtocol = RtProtocol(12);
        /// `dnrouted`.
        pub const DNROUTED: RtProtocol = RtProtocol(13);
        /// `xorp`.
        pub const XORP: RtProtocol = RtProtocol(14);
        /// `ntk`.
        pub const NTK: RtProtocol = RtProtocol(15);
        /// `dhcp`.
        pub const DHCP: RtProtocol = RtProtocol(16);
        /// `mrouted`.
        pub const MROUTED: RtProtocol = RtProtocol(17);
        /// `keepalived`.
        pub const KEEPALIVED: RtProtocol = RtProtocol(18);
        /// `babel`.
        pub const BABEL: RtProtocol = RtProtocol(42);
        /// `openr`.
        pub const OPENR: RtProtocol = RtProtocol(99);
        /// `bgp`.
        pub const BGP: RtProtocol = RtProtocol(186);
        /// `isis`.
        pub const ISIS: RtProtocol = RtProtocol(187);
        /// `ospf`.
        pub const OSPF: RtProtocol = RtProtocol(188);
        /// `rip`.
        pub const RIP: RtProtocol = RtProtocol(189);
        /// `eigrp`.
        pub const EIGRP: RtProtocol = RtProtocol(192);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(RtProtocol, &'static str)] = &[
            (RtProtocol::UNSPEC, "unspec"),
            (RtProtocol::REDIRECT, "redirect"),
            (RtProtocol::KERNEL, "kernel"),
            (RtProtocol::BOOT, "boot"),
            (RtProtocol::STATIC, "static"),
            (RtProtocol::GATED, "gated"),
            (RtProtocol::RA, "ra"),
            (RtProtocol::MRT, "mrt"),
            (RtProtocol::ZEBRA, "zebra"),
            (RtProtocol::BIRD, "bird"),
            (RtProtocol::DNROUTED, "dnrouted"),
            (RtProtocol::XORP, "xorp"),
            (RtProtocol::NTK, "ntk"),
            (RtProtocol::DHCP, "dhcp"),
            (RtProtocol::MROUTED, "mrouted"),
            (RtProtocol::KEEPALIVED, "keepalived"),
            (RtProtocol::BABEL, "babel"),
            (RtProtocol::OPENR, "openr"),
            (RtProtocol::BGP, "bgp"),
            (RtProtocol::ISIS, "isis"),
            (RtProtocol::OSPF, "ospf"),
            (RtProtocol::RIP, "rip"),
            (RtProtocol::EIGRP, "eigrp"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            RtProtocol::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for RtProtocol {
        fn from(v: u32) -> Self {
            RtProtocol(v)
        }
    }

    impl From<RtProtocol> for u32 {
        fn from(v: RtProtocol) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for RtProtocol {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "RtProtocol({})", self.0),
            }
        }
    }

    /// `rt-scope` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct RtScope(pub u32);

    impl RtScope {
        /// `universe`.
        pub const UNIVERSE: RtScope = RtScope(0);
        /// `site`.
        pub const SITE: RtScope = RtScope(200);
        /// `link`.
        pub const LINK: RtScope = RtScope(253);
        /// `host`.
        pub const HOST: RtScope = RtScope(254);
        /// `nowhere`.
        pub const NOWHERE: RtScope = RtScope(255);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(RtScope, &'static str)] = &[
            (RtScope::UNIVERSE, "universe"),
            (RtScope::SITE, "site"),
            (RtScope::LINK, "link"),
            (RtScope::HOST, "host"),
            (RtScope::NOWHERE, "nowhere"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            RtScope::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for RtScope {
        fn from(v: u32) -> Self {
            RtScope(v)
        }
    }

    impl From<RtScope> for u32 {
        fn from(v: RtScope) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for RtScope {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "RtScope({})", self.0),
            }
        }
    }

}

/// One enum per attribute set: a variant per attribute, its value as the
/// spec types it; `Other` keeps what the spec does not know.
pub mod attrs {
    #[allow(unused_imports)]
    use super::nlw;

    /// Attribute set `route-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum RouteAttrs<'a> {
        /// `rta-dst` (type 1, binary).
        RtaDst(std::net::IpAddr),
        /// `rta-src` (type 2, binary).
        RtaSrc(std::net::IpAddr),
        /// `rta-iif` (type 3, u32).
        RtaIif(u32),
        /// `rta-oif` (type 4, u32).
        RtaOif(u32),
        /// `rta-gateway` (type 5, binary).
        RtaGateway(std::net::IpAddr),
        /// `rta-priority` (type 6, u32).
        RtaPriority(u32),
        /// `rta-prefsrc` (type 7, binary).
        RtaPrefsrc(std::net::IpAddr),
        /// `rta-metrics` (type 8, nest).
        RtaMetrics(nlw::ynl::Nest<'a, RtaMetrics<'a>>),
        /// `rta-multipath` (type 9, binary).
        RtaMultipath(&'a [u8]),
        /// `rta-protoinfo` (type 10, binary).
        RtaProtoinfo(&'a [u8]),
        /// `rta-flow` (type 11, u32).
        RtaFlow(u32),
        /// `rta-cacheinfo` (type 12, binary).
        RtaCacheinfo(nlw::ynl::Struct<'a, super::defs::RtaCacheinfo>),
        /// `rta-session` (type 13, binary).
        RtaSession(&'a [u8]),
        /// `rta-mp-algo` (type 14, binary).
        RtaMpAlgo(&'a [u8]),
        /// `rta-table` (type 15, u32).
        RtaTable(u32),
        /// `rta-mark` (type 16, u32).
        RtaMark(u32),
        /// `rta-mfc-stats` (type 17, binary).
        RtaMfcStats(&'a [u8]),
        /// `rta-via` (type 18, binary).
        RtaVia(&'a [u8]),
        /// `rta-newdst` (type 19, binary).
        RtaNewdst(&'a [u8]),
        /// `rta-pref` (type 20, u8).
        RtaPref(u8),
        /// `rta-encap-type` (type 21, u16).
        RtaEncapType(u16),
        /// `rta-encap` (type 22, binary).
        RtaEncap(&'a [u8]),
        /// `rta-expires` (type 23, u32).
        RtaExpires(u32),
        /// `rta-pad` (type 24, binary).
        RtaPad(&'a [u8]),
        /// `rta-uid` (type 25, u32).
        RtaUid(u32),
        /// `rta-ttl-propagate` (type 26, u8).
        RtaTtlPropagate(u8),
        /// `rta-ip-proto` (type 27, u8).
        RtaIpProto(u8),
        /// `rta-sport` (type 28, u16).
        RtaSport(u16),
        /// `rta-dport` (type 29, u16).
        RtaDport(u16),
        /// `rta-nh-id` (type 30, u32).
        RtaNhId(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl RouteAttrs<'_> {
        /// Type number of `rta-dst`.
        pub const RTA_DST: u16 = 1;
        /// Type number of `rta-src`.
        pub const RTA_SRC: u16 = 2;
        /// Type number of `rta-iif`.
        pub const RTA_IIF: u16 = 3;
        /// Type number of `rta-oif`.
        pub const RTA_OIF: u16 = 4;
        /// Type number of `rta-gateway`.
        pub const RTA_GATEWAY: u16 = 5;
        /// Type number of `rta-priority`.
        pub const RTA_PRIORITY: u16 = 6;
        /// Type number of `rta-prefsrc`.
        pub const RTA_PREFSRC: u16 = 7;
        /// Type number of `rta-metrics`.
        pub const RTA_METRICS: u16 = 8;
        /// Type number of `rta-multipath`.
        pub const RTA_MULTIPATH: u16 = 9;
        /// Type number of `rta-protoinfo`.
        pub const RTA_PROTOINFO: u16 = 10;
        /// Type number of `rta-flow`.
        pub const RTA_FLOW: u16 = 11;
        /// Type number of `rta-cacheinfo`.
        pub const RTA_CACHEINFO: u16 = 12;
        /// Type number of `rta-session`.
        pub const RTA_SESSION: u16 = 13;
        /// Type number of `rta-mp-algo`.
        pub const RTA_MP_ALGO: u16 = 14;
        /// Type number of `rta-table`.
        pub const RTA_TABLE: u16 = 15;
        /// Type number of `rta-mark`.
        pub const RTA_MARK: u16 = 16;
        /// Type number of `rta-mfc-stats`.
        pub const RTA_MFC_STATS: u16 = 17;
        /// Type number of `rta-via`.
        pub const RTA_VIA: u16 = 18;
        /// Type number of `rta-newdst`.
        pub const RTA_NEWDST: u16 = 19;
        /// Type number of `rta-pref`.
        pub const RTA_PREF: u16 = 20;
        /// Type number of `rta-encap-type`.
        pub const RTA_ENCAP_TYPE: u16 = 21;
        /// Type number of `rta-encap`.
        pub const RTA_ENCAP: u16 = 22;
        /// Type number of `rta-expires`.
        pub const RTA_EXPIRES: u16 = 23;
        /// Type number of `rta-pad`.
        pub const RTA_PAD: u16 = 24;
        /// Type number of `rta-uid`.
        pub const RTA_UID: u16 = 25;
        /// Type number of `rta-ttl-propagate`.
        pub const RTA_TTL_PROPAGATE: u16 = 26;
        /// Type number of `rta-ip-proto`.
        pub const RTA_IP_PROTO: u16 = 27;
        /// Type number of `rta-sport`.
        pub const RTA_SPORT: u16 = 28;
        /// Type number of `rta-dport`.
        pub const RTA_DPORT: u16 = 29;
        /// Type number of `rta-nh-id`.
        pub const RTA_NH_ID: u16 = 30;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for RouteAttrs<'a> {
        const SET: &'static str = "route-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::RTA_DST => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::RtaDst(v),
                    None => Self::Other(a),
                },
                Self::RTA_SRC => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::RtaSrc(v),
                    None => Self::Other(a),
                },
                Self::RTA_IIF => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaIif(v),
                    None => Self::Other(a),
                },
                Self::RTA_OIF => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaOif(v),
                    None => Self::Other(a),
                },
                Self::RTA_GATEWAY => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::RtaGateway(v),
                    None => Self::Other(a),
                },
                Self::RTA_PRIORITY => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaPriority(v),
                    None => Self::Other(a),
                },
                Self::RTA_PREFSRC => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::RtaPrefsrc(v),
                    None => Self::Other(a),
                },
                Self::RTA_METRICS => Self::RtaMetrics(nlw::ynl::Nest::Wire(a.value)),
                Self::RTA_MULTIPATH => Self::RtaMultipath(a.value),
                Self::RTA_PROTOINFO => Self::RtaProtoinfo(a.value),
                Self::RTA_FLOW => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaFlow(v),
                    None => Self::Other(a),
                },
                Self::RTA_CACHEINFO => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::RtaCacheinfo(v),
                    None => Self::Other(a),
                },
                Self::RTA_SESSION => Self::RtaSession(a.value),
                Self::RTA_MP_ALGO => Self::RtaMpAlgo(a.value),
                Self::RTA_TABLE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaTable(v),
                    None => Self::Other(a),
                },
                Self::RTA_MARK => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaMark(v),
                    None => Self::Other(a),
                },
                Self::RTA_MFC_STATS => Self::RtaMfcStats(a.value),
                Self::RTA_VIA => Self::RtaVia(a.value),
                Self::RTA_NEWDST => Self::RtaNewdst(a.value),
                Self::RTA_PREF => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::RtaPref(v),
                    None => Self::Other(a),
                },
                Self::RTA_ENCAP_TYPE => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::RtaEncapType(v),
                    None => Self::Other(a),
                },
                Self::RTA_ENCAP => Self::RtaEncap(a.value),
                Self::RTA_EXPIRES => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaExpires(v),
                    None => Self::Other(a),
                },
                Self::RTA_PAD => Self::RtaPad(a.value),
                Self::RTA_UID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaUid(v),
                    None => Self::Other(a),
                },
                Self::RTA_TTL_PROPAGATE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::RtaTtlPropagate(v),
                    None => Self::Other(a),
                },
                Self::RTA_IP_PROTO => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::RtaIpProto(v),
                    None => Self::Other(a),
                },
                Self::RTA_SPORT => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::RtaSport(v),
                    None => Self::Other(a),
                },
                Self::RTA_DPORT => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::RtaDport(v),
                    None => Self::Other(a),
                },
                Self::RTA_NH_ID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaNhId(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::RtaDst(_) => Self::RTA_DST,
                Self::RtaSrc(_) => Self::RTA_SRC,
                Self::RtaIif(_) => Self::RTA_IIF,
                Self::RtaOif(_) => Self::RTA_OIF,
                Self::RtaGateway(_) => Self::RTA_GATEWAY,
                Self::RtaPriority(_) => Self::RTA_PRIORITY,
                Self::RtaPrefsrc(_) => Self::RTA_PREFSRC,
                Self::RtaMetrics(_) => Self::RTA_METRICS,
                Self::RtaMultipath(_) => Self::RTA_MULTIPATH,
                Self::RtaProtoinfo(_) => Self::RTA_PROTOINFO,
                Self::RtaFlow(_) => Self::RTA_FLOW,
                Self::RtaCacheinfo(_) => Self::RTA_CACHEINFO,
                Self::RtaSession(_) => Self::RTA_SESSION,
                Self::RtaMpAlgo(_) => Self::RTA_MP_ALGO,
                Self::RtaTable(_) => Self::RTA_TABLE,
                Self::RtaMark(_) => Self::RTA_MARK,
                Self::RtaMfcStats(_) => Self::RTA_MFC_STATS,
                Self::RtaVia(_) => Self::RTA_VIA,
                Self::RtaNewdst(_) => Self::RTA_NEWDST,
                Self::RtaPref(_) => Self::RTA_PREF,
                Self::RtaEncapType(_) => Self::RTA_ENCAP_TYPE,
                Self::RtaEncap(_) => Self::RTA_ENCAP,
                Self::RtaExpires(_) => Self::RTA_EXPIRES,
                Self::RtaPad(_) => Self::RTA_PAD,
                Self::RtaUid(_) => Self::RTA_UID,
                Self::RtaTtlPropagate(_) => Self::RTA_TTL_PROPAGATE,
                Self::RtaIpProto(_) => Self::RTA_IP_PROTO,
                Self::RtaSport(_) => Self::RTA_SPORT,
                Self::RtaDport(_) => Self::RTA_DPORT,
                Self::RtaNhId(_) => Self::RTA_NH_ID,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::RtaDst(v) => nlw::ynl::ip_len(v),
                Self::RtaSrc(v) => nlw::ynl::ip_len(v),
                Self::RtaIif(_) => nlw::attr_len(4),
                Self::RtaOif(_) => nlw::attr_len(4),
                Self::RtaGateway(v) => nlw::ynl::ip_len(v),
                Self::RtaPriority(_) => nlw::attr_len(4),
                Self::RtaPrefsrc(v) => nlw::ynl::ip_len(v),
                Self::RtaMetrics(v) => v.encoded_len(),
                Self::RtaMultipath(v) => nlw::attr_len(v.len()),
                Self::RtaProtoinfo(v) => nlw::attr_len(v.len()),
                Self::RtaFlow(_) => nlw::attr_len(4),
                Self::RtaCacheinfo(v) => v.encoded_len(),
                Self::RtaSession(v) => nlw::attr_len(v.len()),
                Self::RtaMpAlgo(v) => nlw::attr_len(v.len()),
                Self::RtaTable(_) => nlw::attr_len(4),
                Self::RtaMark(_) => nlw::attr_len(4),
                Self::RtaMfcStats(v) => nlw::attr_len(v.len()),
                Self::RtaVia(v) => nlw::attr_len(v.len()),
                Self::RtaNewdst(v) => nlw::attr_len(v.len()),
                Self::RtaPref(_) => nlw::attr_len(1),
                Self::RtaEncapType(_) => nlw::attr_len(2),
                Self::RtaEncap(v) => nlw::attr_len(v.len()),
                Self::RtaExpires(_) => nlw::attr_len(4),
                Self::RtaPad(v) => nlw::attr_len(v.len()),
                Self::RtaUid(_) => nlw::attr_len(4),
                Self::RtaTtlPropagate(_) => nlw::attr_len(1),
                Self::RtaIpProto(_) => nlw::attr_len(1),
                Self::RtaSport(_) => nlw::attr_len(2),
                Self::RtaDport(_) => nlw::attr_len(2),
                Self::RtaNhId(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::RtaDst(v) => {
                    const T: u16 = RouteAttrs::RTA_DST;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::RtaSrc(v) => {
                    const T: u16 = RouteAttrs::RTA_SRC;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::RtaIif(v) => {
                    const T: u16 = RouteAttrs::RTA_IIF;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaOif(v) => {
                    const T: u16 = RouteAttrs::RTA_OIF;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaGateway(v) => {
                    const T: u16 = RouteAttrs::RTA_GATEWAY;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::RtaPriority(v) => {
                    const T: u16 = RouteAttrs::RTA_PRIORITY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaPrefsrc(v) => {
                    const T: u16 = RouteAttrs::RTA_PREFSRC;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::RtaMetrics(v) => {
                    const T: u16 = RouteAttrs::RTA_METRICS;
                    v.emit(T, b);
                }
                Self::RtaMultipath(v) => {
                    const T: u16 = RouteAttrs::RTA_MULTIPATH;
                    b.attr(T, v);
                }
                Self::RtaProtoinfo(v) => {
                    const T: u16 = RouteAttrs::RTA_PROTOINFO;
                    b.attr(T, v);
                }
                Self::RtaFlow(v) => {
                    const T: u16 = RouteAttrs::RTA_FLOW;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaCacheinfo(v) => {
                    const T: u16 = RouteAttrs::RTA_CACHEINFO;
                    v.emit(T, b);
                }
                Self::RtaSession(v) => {
                    const T: u16 = RouteAttrs::RTA_SESSION;
                    b.attr(T, v);
                }
                Self::RtaMpAlgo(v) => {
                    const T: u16 = RouteAttrs::RTA_MP_ALGO;
                    b.attr(T, v);
                }
                Self::RtaTable(v) => {
                    const T: u16 = RouteAttrs::RTA_TABLE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaMark(v) => {
                    const T: u16 = RouteAttrs::RTA_MARK;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaMfcStats(v) => {
                    const T: u16 = RouteAttrs::RTA_MFC_STATS;
                    b.attr(T, v);
                }
                Self::RtaVia(v) => {
                    const T: u16 = RouteAttrs::RTA_VIA;
                    b.attr(T, v);
                }
                Self::RtaNewdst(v) => {
                    const T: u16 = RouteAttrs::RTA_NEWDST;
                    b.attr(T, v);
                }
                Self::RtaPref(v) => {
                    const T: u16 = RouteAttrs::RTA_PREF;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaEncapType(v) => {
                    const T: u16 = RouteAttrs::RTA_ENCAP_TYPE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaEncap(v) => {
                    const T: u16 = RouteAttrs::RTA_ENCAP;
                    b.attr(T, v);
                }
                Self::RtaExpires(v) => {
                    const T: u16 = RouteAttrs::RTA_EXPIRES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaPad(v) => {
                    const T: u16 = RouteAttrs::RTA_PAD;
                    b.attr(T, v);
                }
                Self::RtaUid(v) => {
                    const T: u16 = RouteAttrs::RTA_UID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaTtlPropagate(v) => {
                    const T: u16 = RouteAttrs::RTA_TTL_PROPAGATE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaIpProto(v) => {
                    const T: u16 = RouteAttrs::RTA_IP_PROTO;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaSport(v) => {
                    const T: u16 = RouteAttrs::RTA_SPORT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaDport(v) => {
                    const T: u16 = RouteAttrs::RTA_DPORT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaNhId(v) => {
                    const T: u16 = RouteAttrs::RTA_NH_ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::RtaMetrics(v) => {
                    const T: u16 = RouteAttrs::RTA_METRICS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, RouteAttrs::RTA_DST | RouteAttrs::RTA_SRC | RouteAttrs::RTA_IIF | RouteAttrs::RTA_OIF | RouteAttrs::RTA_GATEWAY | RouteAttrs::RTA_PRIORITY | RouteAttrs::RTA_PREFSRC | RouteAttrs::RTA_METRICS | RouteAttrs::RTA_MULTIPATH | RouteAttrs::RTA_PROTOINFO | RouteAttrs::RTA_FLOW | RouteAttrs::RTA_CACHEINFO | RouteAttrs::RTA_SESSION | RouteAttrs::RTA_MP_ALGO | RouteAttrs::RTA_TABLE | RouteAttrs::RTA_MARK | RouteAttrs::RTA_MFC_STATS | RouteAttrs::RTA_VIA | RouteAttrs::RTA_NEWDST | RouteAttrs::RTA_PREF | RouteAttrs::RTA_ENCAP_TYPE | RouteAttrs::RTA_ENCAP | RouteAttrs::RTA_EXPIRES | RouteAttrs::RTA_PAD | RouteAttrs::RTA_UID | RouteAttrs::RTA_TTL_PROPAGATE | RouteAttrs::RTA_IP_PROTO | RouteAttrs::RTA_SPORT | RouteAttrs::RTA_DPORT | RouteAttrs::RTA_NH_ID) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `rta-metrics`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum RtaMetrics<'a> {
        /// `rtax-lock` (type 1, u32).
        RtaxLock(u32),
        /// `rtax-mtu` (type 2, u32).
        RtaxMtu(u32),
        /// `rtax-window` (type 3, u32).
        RtaxWindow(u32),
        /// `rtax-rtt` (type 4, u32).
        RtaxRtt(u32),
        /// `rtax-rttvar` (type 5, u32).
        RtaxRttvar(u32),
        /// `rtax-ssthresh` (type 6, u32).
        RtaxSsthresh(u32),
        /// `rtax-cwnd` (type 7, u32).
        RtaxCwnd(u32),
        /// `rtax-advmss` (type 8, u32).
        RtaxAdvmss(u32),
        /// `rtax-reordering` (type 9, u32).
        RtaxReordering(u32),
        /// `rtax-hoplimit` (type 10, u32).
        RtaxHoplimit(u32),
        /// `rtax-initcwnd` (type 11, u32).
        RtaxInitcwnd(u32),
        /// `rtax-features` (type 12, u32).
        RtaxFeatures(u32),
        /// `rtax-rto-min` (type 13, u32).
        RtaxRtoMin(u32),
        /// `rtax-initrwnd` (type 14, u32).
        RtaxInitrwnd(u32),
        /// `rtax-quickack` (type 15, u32).
        RtaxQuickack(u32),
        /// `rtax-cc-algo` (type 16, string).
        RtaxCcAlgo(&'a str),
        /// `rtax-fastopen-no-cookie` (type 17, u32).
        RtaxFastopenNoCookie(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl RtaMetrics<'_> {
        /// Type number of `rtax-lock`.
        pub const RTAX_LOCK: u16 = 1;
        /// Type number of `rtax-mtu`.
        pub const RTAX_MTU: u16 = 2;
        /// Type number of `rtax-window`.
        pub const RTAX_WINDOW: u16 = 3;
        /// Type number of `rtax-rtt`.
        pub const RTAX_RTT: u16 = 4;
        /// Type number of `rtax-rttvar`.
        pub const RTAX_RTTVAR: u16 = 5;
        /// Type number of `rtax-ssthresh`.
        pub const RTAX_SSTHRESH: u16 = 6;
        /// Type number of `rtax-cwnd`.
        pub const RTAX_CWND: u16 = 7;
        /// Type number of `rtax-advmss`.
        pub const RTAX_ADVMSS: u16 = 8;
        /// Type number of `rtax-reordering`.
        pub const RTAX_REORDERING: u16 = 9;
        /// Type number of `rtax-hoplimit`.
        pub const RTAX_HOPLIMIT: u16 = 10;
        /// Type number of `rtax-initcwnd`.
        pub const RTAX_INITCWND: u16 = 11;
        /// Type number of `rtax-features`.
        pub const RTAX_FEATURES: u16 = 12;
        /// Type number of `rtax-rto-min`.
        pub const RTAX_RTO_MIN: u16 = 13;
        /// Type number of `rtax-initrwnd`.
        pub const RTAX_INITRWND: u16 = 14;
        /// Type number of `rtax-quickack`.
        pub const RTAX_QUICKACK: u16 = 15;
        /// Type number of `rtax-cc-algo`.
        pub const RTAX_CC_ALGO: u16 = 16;
        /// Type number of `rtax-fastopen-no-cookie`.
        pub const RTAX_FASTOPEN_NO_COOKIE: u16 = 17;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for RtaMetrics<'a> {
        const SET: &'static str = "rta-metrics";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::RTAX_LOCK => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaxLock(v),
                    None => Self::Other(a),
                },
                Self::RTAX_MTU => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaxMtu(v),
                    None => Self::Other(a),
                },
                Self::RTAX_WINDOW => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaxWindow(v),
                    None => Self::Other(a),
                },
                Self::RTAX_RTT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaxRtt(v),
                    None => Self::Other(a),
                },
                Self::RTAX_RTTVAR => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaxRttvar(v),
                    None => Self::Other(a),
                },
                Self::RTAX_SSTHRESH => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaxSsthresh(v),
                    None => Self::Other(a),
                },
                Self::RTAX_CWND => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaxCwnd(v),
                    None => Self::Other(a),
                },
                Self::RTAX_ADVMSS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaxAdvmss(v),
                    None => Self::Other(a),
                },
                Self::RTAX_REORDERING => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaxReordering(v),
                    None => Self::Other(a),
                },
                Self::RTAX_HOPLIMIT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaxHoplimit(v),
                    None => Self::Other(a),
                },
                Self::RTAX_INITCWND => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaxInitcwnd(v),
                    None => Self::Other(a),
                },
                Self::RTAX_FEATURES => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaxFeatures(v),
                    None => Self::Other(a),
                },
                Self::RTAX_RTO_MIN => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaxRtoMin(v),
                    None => Self::Other(a),
                },
                Self::RTAX_INITRWND => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaxInitrwnd(v),
                    None => Self::Other(a),
                },
                Self::RTAX_QUICKACK => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaxQuickack(v),
                    None => Self::Other(a),
                },
                Self::RTAX_CC_ALGO => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::RtaxCcAlgo(v),
                    None => Self::Other(a),
                },
                Self::RTAX_FASTOPEN_NO_COOKIE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RtaxFastopenNoCookie(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::RtaxLock(_) => Self::RTAX_LOCK,
                Self::RtaxMtu(_) => Self::RTAX_MTU,
                Self::RtaxWindow(_) => Self::RTAX_WINDOW,
                Self::RtaxRtt(_) => Self::RTAX_RTT,
                Self::RtaxRttvar(_) => Self::RTAX_RTTVAR,
                Self::RtaxSsthresh(_) => Self::RTAX_SSTHRESH,
                Self::RtaxCwnd(_) => Self::RTAX_CWND,
                Self::RtaxAdvmss(_) => Self::RTAX_ADVMSS,
                Self::RtaxReordering(_) => Self::RTAX_REORDERING,
                Self::RtaxHoplimit(_) => Self::RTAX_HOPLIMIT,
                Self::RtaxInitcwnd(_) => Self::RTAX_INITCWND,
                Self::RtaxFeatures(_) => Self::RTAX_FEATURES,
                Self::RtaxRtoMin(_) => Self::RTAX_RTO_MIN,
                Self::RtaxInitrwnd(_) => Self::RTAX_INITRWND,
                Self::RtaxQuickack(_) => Self::RTAX_QUICKACK,
                Self::RtaxCcAlgo(_) => Self::RTAX_CC_ALGO,
                Self::RtaxFastopenNoCookie(_) => Self::RTAX_FASTOPEN_NO_COOKIE,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::RtaxLock(_) => nlw::attr_len(4),
                Self::RtaxMtu(_) => nlw::attr_len(4),
                Self::RtaxWindow(_) => nlw::attr_len(4),
                Self::RtaxRtt(_) => nlw::attr_len(4),
                Self::RtaxRttvar(_) => nlw::attr_len(4),
                Self::RtaxSsthresh(_) => nlw::attr_len(4),
                Self::RtaxCwnd(_) => nlw::attr_len(4),
                Self::RtaxAdvmss(_) => nlw::attr_len(4),
                Self::RtaxReordering(_) => nlw::attr_len(4),
                Self::RtaxHoplimit(_) => nlw::attr_len(4),
                Self::RtaxInitcwnd(_) => nlw::attr_len(4),
                Self::RtaxFeatures(_) => nlw::attr_len(4),
                Self::RtaxRtoMin(_) => nlw::attr_len(4),
                Self::RtaxInitrwnd(_) => nlw::attr_len(4),
                Self::RtaxQuickack(_) => nlw::attr_len(4),
                Self::RtaxCcAlgo(v) => nlw::ynl::str_len(v),
                Self::RtaxFastopenNoCookie(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::RtaxLock(v) => {
                    const T: u16 = RtaMetrics::RTAX_LOCK;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaxMtu(v) => {
                    const T: u16 = RtaMetrics::RTAX_MTU;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaxWindow(v) => {
                    const T: u16 = RtaMetrics::RTAX_WINDOW;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaxRtt(v) => {
                    const T: u16 = RtaMetrics::RTAX_RTT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaxRttvar(v) => {
                    const T: u16 = RtaMetrics::RTAX_RTTVAR;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaxSsthresh(v) => {
                    const T: u16 = RtaMetrics::RTAX_SSTHRESH;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaxCwnd(v) => {
                    const T: u16 = RtaMetrics::RTAX_CWND;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaxAdvmss(v) => {
                    const T: u16 = RtaMetrics::RTAX_ADVMSS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaxReordering(v) => {
                    const T: u16 = RtaMetrics::RTAX_REORDERING;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaxHoplimit(v) => {
                    const T: u16 = RtaMetrics::RTAX_HOPLIMIT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaxInitcwnd(v) => {
                    const T: u16 = RtaMetrics::RTAX_INITCWND;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaxFeatures(v) => {
                    const T: u16 = RtaMetrics::RTAX_FEATURES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaxRtoMin(v) => {
                    const T: u16 = RtaMetrics::RTAX_RTO_MIN;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaxInitrwnd(v) => {
                    const T: u16 = RtaMetrics::RTAX_INITRWND;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaxQuickack(v) => {
                    const T: u16 = RtaMetrics::RTAX_QUICKACK;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RtaxCcAlgo(v) => {
                    const T: u16 = RtaMetrics::RTAX_CC_ALGO;
                    b.attr_str(T, v);
                }
                Self::RtaxFastopenNoCookie(v) => {
                    const T: u16 = RtaMetrics::RTAX_FASTOPEN_NO_COOKIE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, RtaMetrics::RTAX_LOCK | RtaMetrics::RTAX_MTU | RtaMetrics::RTAX_WINDOW | RtaMetrics::RTAX_RTT | RtaMetrics::RTAX_RTTVAR | RtaMetrics::RTAX_SSTHRESH | RtaMetrics::RTAX_CWND | RtaMetrics::RTAX_ADVMSS | RtaMetrics::RTAX_REORDERING | RtaMetrics::RTAX_HOPLIMIT | RtaMetrics::RTAX_INITCWND | RtaMetrics::RTAX_FEATURES | RtaMetrics::RTAX_RTO_MIN | RtaMetrics::RTAX_INITRWND | RtaMetrics::RTAX_QUICKACK | RtaMetrics::RTAX_CC_ALGO | RtaMetrics::RTAX_FASTOPEN_NO_COOKIE) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

}

/// The operations' message types (`nlmsg_type`); `_REPLY` where the reply has its own.
pub mod ops {
    /// Dump route information.
    ///
    /// `getroute`: a request.
    pub const GETROUTE: u16 = 26;
    /// The reply to `getroute`.
    pub const GETROUTE_REPLY: u16 = 24;
    /// Create a new route
    ///
    /// `newroute`: a request.
    pub const NEWROUTE: u16 = 24;
    /// Delete an existing route
    ///
    /// `delroute`: a request.
    pub const DELROUTE: u16 = 25;
}

/// A message type per operation: its fixed header and attribute set
/// (parse with `Message::parse_as`, build with `Msg::new`, send with
/// `Request::message`).
pub mod msgs {
    #[allow(unused_imports)]
    use super::nlw;

    /// Messages of `getroute`.
    ///
    /// The do request carries: rtm-family, rta-src, rtm-src-len, rta-dst, rtm-dst-len, rta-iif, rta-oif, rta-ip-proto, rta-sport, rta-dport, rta-mark, rta-uid.
    ///
    /// The do reply carries: rtm-family, rtm-dst-len, rtm-src-len, rtm-tos, rtm-table, rtm-protocol, rtm-scope, rtm-type, rtm-flags, rta-dst, rta-src, rta-iif, rta-oif, rta-gateway, rta-priority, rta-prefsrc, rta-metrics, rta-multipath, rta-flow, rta-cacheinfo, rta-table, rta-mark, rta-mfc-stats, rta-via, rta-newdst, rta-pref, rta-encap-type, rta-encap, rta-expires, rta-pad, rta-uid, rta-ttl-propagate, rta-ip-proto, rta-sport, rta-dport, rta-nh-id.
    ///
    /// The dump request carries: rtm-family.
    ///
    /// The dump reply carries: rtm-family, rtm-dst-len, rtm-src-len, rtm-tos, rtm-table, rtm-protocol, rtm-scope, rtm-type, rtm-flags, rta-dst, rta-src, rta-iif, rta-oif, rta-gateway, rta-priority, rta-prefsrc, rta-metrics, rta-multipath, rta-flow, rta-cacheinfo, rta-table, rta-mark, rta-mfc-stats, rta-via, rta-newdst, rta-pref, rta-encap-type, rta-encap, rta-expires, rta-pad, rta-uid, rta-ttl-propagate, rta-ip-proto, rta-sport, rta-dport, rta-nh-id.
    pub type Getroute<'a> = nlw::ynl::Msg<'a, super::defs::Rtmsg, super::attrs::RouteAttrs<'a>>;

    /// Messages of `newroute`.
    ///
    /// The do request carries: rtm-family, rtm-dst-len, rtm-src-len, rtm-tos, rtm-table, rtm-protocol, rtm-scope, rtm-type, rtm-flags, rta-dst, rta-src, rta-iif, rta-oif, rta-gateway, rta-priority, rta-prefsrc, rta-metrics, rta-multipath, rta-flow, rta-cacheinfo, rta-table, rta-mark, rta-mfc-stats, rta-via, rta-newdst, rta-pref, rta-encap-type, rta-encap, rta-expires, rta-pad, rta-uid, rta-ttl-propagate, rta-ip-proto, rta-sport, rta-dport, rta-nh-id.
    pub type Newroute<'a> = nlw::ynl::Msg<'a, super::defs::Rtmsg, super::attrs::RouteAttrs<'a>>;

    /// Messages of `delroute`.
    ///
    /// The do request carries: rtm-family, rtm-dst-len, rtm-src-len, rtm-tos, rtm-table, rtm-protocol, rtm-scope, rtm-type, rtm-flags, rta-dst, rta-src, rta-iif, rta-oif, rta-gateway, rta-priority, rta-prefsrc, rta-metrics, rta-multipath, rta-flow, rta-cacheinfo, rta-table, rta-mark, rta-mfc-stats, rta-via, rta-newdst, rta-pref, rta-encap-type, rta-encap, rta-expires, rta-pad, rta-uid, rta-ttl-propagate, rta-ip-proto, rta-sport, rta-dport, rta-nh-id.
    pub type Delroute<'a> = nlw::ynl::Msg<'a, super::defs::Rtmsg, super::attrs::RouteAttrs<'a>>;

}

/// Multicast groups.
pub mod groups {
    /// Group `rtnlgrp-ipv4-route`.
    pub const RTNLGRP_IPV4_ROUTE: u32 = 7;
    /// Group `rtnlgrp-ipv6-route`.
    pub const RTNLGRP_IPV6_ROUTE: u32 = 11;
}
