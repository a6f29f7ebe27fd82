// Generated from specs/rt-neigh.yaml by `NLKIT_REGEN=1 cargo test -p nlkit --test generated_families`; do not edit.
// Rust for the `rt-neigh` netlink family, from its YNL spec.

#[allow(unused_imports)]
use crate::wire as nlw;

/// The family's name (generic netlink: the name the controller resolves).
///
/// Neighbour table entries (RTM\_NEWNEIGH / RTM\_DELNEIGH / RTM\_GETNEIGH).
pub const FAMILY_NAME: &str = "rt-neigh";
/// The netlink protocol number (`NETLINK_GENERIC` for generic netlink).
pub const PROTONUM: u16 = 0;

/// Constants, enums, flags and structs of the spec's `definitions`.
pub mod defs {
    #[allow(unused_imports)]
    use super::nlw;

    /// `struct ndmsg`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct Ndmsg {
        /// `ndm-family` (u8).
        pub ndm_family: u8,
        /// padding, kept as it came.
        pub ndm_pad: [u8; 3],
        /// `ndm-ifindex` (s32).
        pub ndm_ifindex: i32,
        /// `ndm-state` (u16).
        pub ndm_state: super::defs::NudState,
        /// `ndm-flags` (u8).
        pub ndm_flags: super::defs::NtfFlags,
        /// `ndm-type` (u8).
        pub ndm_type: super::defs::RtmType,
    }

    impl Ndmsg {
        /// Its size on the wire.
        pub const LEN: usize = 12;
    }

    impl Default for Ndmsg {
        fn default() -> Self {
            <Ndmsg as nlw::FixedHeader>::decode(&[0u8; 12])
        }
    }

    impl nlw::FixedHeader for Ndmsg {
        const LEN: usize = 12;
        const NAME: &'static str = "ndmsg";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            Ndmsg {
                ndm_family: u8::from_ne_bytes(nlw::ynl::arr(b, 0)),
                ndm_pad: nlw::ynl::arr(b, 1),
                ndm_ifindex: i32::from_ne_bytes(nlw::ynl::arr(b, 4)),
                ndm_state: super::defs::NudState(u16::from_ne_bytes(nlw::ynl::arr(b, 8)) as u32),
                ndm_flags: super::defs::NtfFlags(u8::from_ne_bytes(nlw::ynl::arr(b, 10)) as u32),
                ndm_type: super::defs::RtmType(u8::from_ne_bytes(nlw::ynl::arr(b, 11)) as u32),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..1].copy_from_slice(&self.ndm_family.to_ne_bytes());
            out[1..4].copy_from_slice(&self.ndm_pad);
            out[4..8].copy_from_slice(&self.ndm_ifindex.to_ne_bytes());
            out[8..10].copy_from_slice(&(self.ndm_state.0 as u16).to_ne_bytes());
            out[10..11].copy_from_slice(&(self.ndm_flags.0 as u8).to_ne_bytes());
            out[11..12].copy_from_slice(&(self.ndm_type.0 as u8).to_ne_bytes());
        }
    }

    /// `nud-state` (flags).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct NudState(pub u32);

    impl NudState {
        /// `incomplete`.
        pub const INCOMPLETE: NudState = NudState(1);
        /// `reachable`.
        pub const REACHABLE: NudState = NudState(2);
        /// `stale`.
        pub const STALE: NudState = NudState(4);
        /// `delay`.
        pub const DELAY: NudState = NudState(8);
        /// `probe`.
        pub const PROBE: NudState = NudState(16);
        /// `failed`.
        pub const FAILED: NudState = NudState(32);
        /// `noarp`.
        pub const NOARP: NudState = NudState(64);
        /// `permanent`.
        pub const PERMANENT: NudState = NudState(128);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(NudState, &'static str)] = &[
            (NudState::INCOMPLETE, "incomplete"),
            (NudState::REACHABLE, "reachable"),
            (NudState::STALE, "stale"),
            (NudState::DELAY, "delay"),
            (NudState::PROBE, "probe"),
            (NudState::FAILED, "failed"),
            (NudState::NOARP, "noarp"),
            (NudState::PERMANENT, "permanent"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            NudState::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }

        /// True if every bit of `other` is set.
        pub fn contains(self, other: NudState) -> bool {
            self.0 & other.0 == other.0
        }

        /// True if no bit is set.
        pub fn is_empty(self) -> bool {
            self.0 == 0
        }
    }

    impl From<u32> for NudState {
        fn from(v: u32) -> Self {
            NudState(v)
        }
    }

    impl From<NudState> for u32 {
        fn from(v: NudState) -> Self {
            v.0
        }
    }

    impl core::ops::BitOr for NudState {
        type Output = NudState;
        fn bitor(self, o: NudState) -> NudState {
            NudState(self.0 | o.0)
        }
    }

    impl core::ops::BitAnd for NudState {
        type Output = NudState;
        fn bitand(self, o: NudState) -> NudState {
            NudState(self.0 & o.0)
        }
    }

    impl core::fmt::Debug for NudState {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            let mut rest = self.0;
            let mut first = true;
            for (v, n) in NudState::ENTRIES {
                if v.0 != 0 && self.0 & v.0 == v.0 && rest & v.0 != 0 {
                    f.write_str(if first { "" } else { " | " })?;
                    f.write_str(n)?;
                    rest &= !v.0;
                    first = false;
                }
            }
            if rest != 0 || first {
                write!(f, "{}{:#x}", if first { "" } else { " | " }, rest)?;
            }
            Ok(())
        }
    }

    /// `ntf-flags` (flags).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct NtfFlags(pub u32);

    impl NtfFlags {
        /// `use`.
        pub const USE: NtfFlags = NtfFlags(1);
        /// `self`.
        pub const SELF: NtfFlags = NtfFlags(2);
        /// `master`.
        pub const MASTER: NtfFlags = NtfFlags(4);
        /// `proxy`.
        pub const PROXY: NtfFlags = NtfFlags(8);
        /// `ext-learned`.
        pub const EXT_LEARNED: NtfFlags = NtfFlags(16);
        /// `offloaded`.
        pub const OFFLOADED: NtfFlags = NtfFlags(32);
        /// `sticky`.
        pub const STICKY: NtfFlags = NtfFlags(64);
        /// `router`.
        pub const ROUTER: NtfFlags = NtfFlags(128);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(NtfFlags, &'static str)] = &[
            (NtfFlags::USE, "use"),
            (NtfFlags::SELF, "self"),
            (NtfFlags::MASTER, "master"),
            (NtfFlags::PROXY, "proxy"),
            (NtfFlags::EXT_LEARNED, "ext-learned"),
            (NtfFlags::OFFLOADED, "offloaded"),
            (NtfFlags::STICKY, "sticky"),
            (NtfFlags::ROUTER, "router"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            NtfFlags::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }

        /// True if every bit of `other` is set.
        pub fn contains(self, other: NtfFlags) -> bool {
            self.0 & other.0 == other.0
        }

        /// True if no bit is set.
        pub fn is_empty(self) -> bool {
            self.0 == 0
        }
    }

    impl From<u32> for NtfFlags {
        fn from(v: u32) -> Self {
            NtfFlags(v)
        }
    }

    impl From<NtfFlags> for u32 {
        fn from(v: NtfFlags) -> Self {
            v.0
        }
    }

    impl core::ops::BitOr for NtfFlags {
        type Output = NtfFlags;
        fn bitor(self, o: NtfFlags) -> NtfFlags {
            NtfFlags(self.0 | o.0)
        }
    }

    impl core::ops::BitAnd for NtfFlags {
        type Output = NtfFlags;
        fn bitand(self, o: NtfFlags) -> NtfFlags {
            NtfFlags(self.0 & o.0)
        }
    }

    impl core::fmt::Debug for NtfFlags {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            let mut rest = self.0;
            let mut first = true;
            for (v, n) in NtfFlags::ENTRIES {
                if v.0 != 0 && self.0 & v.0 == v.0 && rest & v.0 != 0 {
                    f.write_str(if first { "" } else { " | " })?;
                    f.write_str(n)?;
                    rest &= !v.0;
                    first = false;
                }
            }
            if rest != 0 || first {
                write!(f, "{}{:#x}", if first { "" } else { " | " }, rest)?;
            }
            Ok(())
        }
    }

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

    /// `struct nda-cacheinfo`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct NdaCacheinfo {
        /// `confirmed` (u32).
        pub confirmed: u32,
        /// `used` (u32).
        pub used: u32,
        /// `updated` (u32).
        pub updated: u32,
        /// `refcnt` (u32).
        pub refcnt: u32,
    }

    impl NdaCacheinfo {
        /// Its size on the wire.
        pub const LEN: usize = 16;
    }

    impl Default for NdaCacheinfo {
        fn default() -> Self {
            <NdaCacheinfo as nlw::FixedHeader>::decode(&[0u8; 16])
        }
    }

    impl nlw::FixedHeader for NdaCacheinfo {
        const LEN: usize = 16;
        const NAME: &'static str = "nda-cacheinfo";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            NdaCacheinfo {
                confirmed: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                used: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
                updated: u32::from_ne_bytes(nlw::ynl::arr(b, 8)),
                refcnt: u32::from_ne_bytes(nlw::ynl::arr(b, 12)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.confirmed.to_ne_bytes());
            out[4..8].copy_from_slice(&self.used.to_ne_bytes());
            out[8..12].copy_from_slice(&self.updated.to_ne_bytes());
            out[12..16].copy_from_slice(&self.refcnt.to_ne_bytes());
        }
    }

}

/// One enum per attribute set: a variant per attribute, its value as the
/// spec types it; `Other` keeps what the spec does not know.
pub mod attrs {
    #[allow(unused_imports)]
    use super::nlw;

    /// Attribute set `neigh-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum NeighAttrs<'a> {
        /// `unspec` (type 0, binary).
        Unspec(&'a [u8]),
        /// `dst` (type 1, binary).
        Dst(std::net::IpAddr),
        /// `lladdr` (type 2, binary).
        Lladdr(&'a [u8]),
        /// `cacheinfo` (type 3, binary).
        Cacheinfo(nlw::ynl::Struct<'a, super::defs::NdaCacheinfo>),
        /// `probes` (type 4, u32).
        Probes(u32),
        /// `vlan` (type 5, u16).
        Vlan(u16),
        /// `port` (type 6, u16).
        Port(u16),
        /// `vni` (type 7, u32).
        Vni(u32),
        /// `ifindex` (type 8, u32).
        Ifindex(u32),
        /// `master` (type 9, u32).
        Master(u32),
        /// `link-netnsid` (type 10, s32).
        LinkNetnsid(i32),
        /// `src-vni` (type 11, u32).
        SrcVni(u32),
        /// `protocol` (type 12, u8).
        Protocol(u8),
        /// `nh-id` (type 13, u32).
        NhId(u32),
        /// `fdb-ext-attrs` (type 14, binary).
        FdbExtAttrs(&'a [u8]),
        /// `flags-ext` (type 15, u32).
        FlagsExt(u32),
        /// `ndm-state-mask` (type 16, u16).
        NdmStateMask(u16),
        /// `ndm-flags-mask` (type 17, u8).
        NdmFlagsMask(u8),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl NeighAttrs<'_> {
        /// Type number of `unspec`.
        pub const UNSPEC: u16 = 0;
        /// Type number of `dst`.
        pub const DST: u16 = 1;
        /// Type number of `lladdr`.
        pub const LLADDR: u16 = 2;
        /// Type number of `cacheinfo`.
        pub const CACHEINFO: u16 = 3;
        /// Type number of `probes`.
        pub const PROBES: u16 = 4;
        /// Type number of `vlan`.
        pub const VLAN: u16 = 5;
        /// Type number of `port`.
        pub const PORT: u16 = 6;
        /// Type number of `vni`.
        pub const VNI: u16 = 7;
        /// Type number of `ifindex`.
        pub const IFINDEX: u16 = 8;
        /// Type number of `master`.
        pub const MASTER: u16 = 9;
        /// Type number of `link-netnsid`.
        pub const LINK_NETNSID: u16 = 10;
        /// Type number of `src-vni`.
        pub const SRC_VNI: u16 = 11;
        /// Type number of `protocol`.
        pub const PROTOCOL: u16 = 12;
        /// Type number of `nh-id`.
        pub const NH_ID: u16 = 13;
        /// Type number of `fdb-ext-attrs`.
        pub const FDB_EXT_ATTRS: u16 = 14;
        /// Type number of `flags-ext`.
        pub const FLAGS_EXT: u16 = 15;
        /// Type number of `ndm-state-mask`.
        pub const NDM_STATE_MASK: u16 = 16;
        /// Type number of `ndm-flags-mask`.
        pub const NDM_FLAGS_MASK: u16 = 17;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for NeighAttrs<'a> {
        const SET: &'static str = "neigh-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::UNSPEC => Self::Unspec(a.value),
                Self::DST => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::Dst(v),
                    None => Self::Other(a),
                },
                Self::LLADDR => Self::Lladdr(a.value),
                Self::CACHEINFO => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::Cacheinfo(v),
                    None => Self::Other(a),
                },
                Self::PROBES => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Probes(v),
                    None => Self::Other(a),
                },
                Self::VLAN => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::Vlan(v),
                    None => Self::Other(a),
                },
                Self::PORT => match a.array::<2>().ok().map(u16::from_be_bytes) {
                    Some(v) => Self::Port(v),
                    None => Self::Other(a),
                },
                Self::VNI => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Vni(v),
                    None => Self::Other(a),
                },
                Self::IFINDEX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Ifindex(v),
                    None => Self::Other(a),
                },
                Self::MASTER => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Master(v),
                    None => Self::Other(a),
                },
                Self::LINK_NETNSID => match a.array::<4>().ok().map(i32::from_ne_bytes) {
                    Some(v) => Self::LinkNetnsid(v),
                    None => Self::Other(a),
                },
                Self::SRC_VNI => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::SrcVni(v),
                    None => Self::Other(a),
                },
                Self::PROTOCOL => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Protocol(v),
                    None => Self::Other(a),
                },
                Self::NH_ID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::NhId(v),
                    None => Self::Other(a),
                },
                Self::FDB_EXT_ATTRS => Self::FdbExtAttrs(a.value),
                Self::FLAGS_EXT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::FlagsExt(v),
                    None => Self::Other(a),
                },
                Self::NDM_STATE_MASK => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::NdmStateMask(v),
                    None => Self::Other(a),
                },
                Self::NDM_FLAGS_MASK => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::NdmFlagsMask(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Unspec(_) => Self::UNSPEC,
                Self::Dst(_) => Self::DST,
                Self::Lladdr(_) => Self::LLADDR,
                Self::Cacheinfo(_) => Self::CACHEINFO,
                Self::Probes(_) => Self::PROBES,
                Self::Vlan(_) => Self::VLAN,
                Self::Port(_) => Self::PORT,
                Self::Vni(_) => Self::VNI,
                Self::Ifindex(_) => Self::IFINDEX,
                Self::Master(_) => Self::MASTER,
                Self::LinkNetnsid(_) => Self::LINK_NETNSID,
                Self::SrcVni(_) => Self::SRC_VNI,
                Self::Protocol(_) => Self::PROTOCOL,
                Self::NhId(_) => Self::NH_ID,
                Self::FdbExtAttrs(_) => Self::FDB_EXT_ATTRS,
                Self::FlagsExt(_) => Self::FLAGS_EXT,
                Self::NdmStateMask(_) => Self::NDM_STATE_MASK,
                Self::NdmFlagsMask(_) => Self::NDM_FLAGS_MASK,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Unspec(v) => nlw::attr_len(v.len()),
                Self::Dst(v) => nlw::ynl::ip_len(v),
                Self::Lladdr(v) => nlw::attr_len(v.len()),
                Self::Cacheinfo(v) => v.encoded_len(),
                Self::Probes(_) => nlw::attr_len(4),
                Self::Vlan(_) => nlw::attr_len(2),
                Self::Port(_) => nlw::attr_len(2),
                Self::Vni(_) => nlw::attr_len(4),
                Self::Ifindex(_) => nlw::attr_len(4),
                Self::Master(_) => nlw::attr_len(4),
                Self::LinkNetnsid(_) => nlw::attr_len(4),
                Self::SrcVni(_) => nlw::attr_len(4),
                Self::Protocol(_) => nlw::attr_len(1),
                Self::NhId(_) => nlw::attr_len(4),
                Self::FdbExtAttrs(v) => nlw::attr_len(v.len()),
                Self::FlagsExt(_) => nlw::attr_len(4),
                Self::NdmStateMask(_) => nlw::attr_len(2),
                Self::NdmFlagsMask(_) => nlw::attr_len(1),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Unspec(v) => {
                    const T: u16 = NeighAttrs::UNSPEC;
                    b.attr(T, v);
                }
                Self::Dst(v) => {
                    const T: u16 = NeighAttrs::DST;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::Lladdr(v) => {
                    const T: u16 = NeighAttrs::LLADDR;
                    b.attr(T, v);
                }
                Self::Cacheinfo(v) => {
                    const T: u16 = NeighAttrs::CACHEINFO;
                    v.emit(T, b);
                }
                Self::Probes(v) => {
                    const T: u16 = NeighAttrs::PROBES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Vlan(v) => {
                    const T: u16 = NeighAttrs::VLAN;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Port(v) => {
                    const T: u16 = NeighAttrs::PORT;
                    b.attr(T, &v.to_be_bytes());
                }
                Self::Vni(v) => {
                    const T: u16 = NeighAttrs::VNI;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Ifindex(v) => {
                    const T: u16 = NeighAttrs::IFINDEX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Master(v) => {
                    const T: u16 = NeighAttrs::MASTER;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::LinkNetnsid(v) => {
                    const T: u16 = NeighAttrs::LINK_NETNSID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::SrcVni(v) => {
                    const T: u16 = NeighAttrs::SRC_VNI;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Protocol(v) => {
                    const T: u16 = NeighAttrs::PROTOCOL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NhId(v) => {
                    const T: u16 = NeighAttrs::NH_ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::FdbExtAttrs(v) => {
                    const T: u16 = NeighAttrs::FDB_EXT_ATTRS;
                    b.attr(T, v);
                }
                Self::FlagsExt(v) => {
                    const T: u16 = NeighAttrs::FLAGS_EXT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NdmStateMask(v) => {
                    const T: u16 = NeighAttrs::NDM_STATE_MASK;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NdmFlagsMask(v) => {
                    const T: u16 = NeighAttrs::NDM_FLAGS_MASK;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, NeighAttrs::UNSPEC | NeighAttrs::DST | NeighAttrs::LLADDR | NeighAttrs::CACHEINFO | NeighAttrs::PROBES | NeighAttrs::VLAN | NeighAttrs::PORT | NeighAttrs::VNI | NeighAttrs::IFINDEX | NeighAttrs::MASTER | NeighAttrs::LINK_NETNSID | NeighAttrs::SRC_VNI | NeighAttrs::PROTOCOL | NeighAttrs::NH_ID | NeighAttrs::FDB_EXT_ATTRS | NeighAttrs::FLAGS_EXT | NeighAttrs::NDM_STATE_MASK | NeighAttrs::NDM_FLAGS_MASK) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

}

/// The operations' message types (`nlmsg_type`); `_REPLY` where the reply has its own.
pub mod ops {
    /// Add a neighbour entry.
    ///
    /// `newneigh`: a request.
    pub const NEWNEIGH: u16 = 28;
    /// Remove a neighbour entry.
    ///
    /// `delneigh`: a request.
    pub const DELNEIGH: u16 = 29;
    /// Notification that an entry went away.
    ///
    /// `delneigh-ntf`: a notification.
    pub const DELNEIGH_NTF: u16 = 29;
    /// Get or dump neighbour entries.
    ///
    /// `getneigh`: a request.
    pub const GETNEIGH: u16 = 30;
    /// The reply to `getneigh`.
    pub const GETNEIGH_REPLY: u16 = 28;
}

/// A message type per operation: its fixed header and attribute set
/// (parse with `Message::parse_as`, build with `Msg::new`, send with
/// `Request::message`).
pub mod msgs {
    #[allow(unused_imports)]
    use super::nlw;

    /// Messages of `newneigh`.
    ///
    /// The do request carries: ndm-family, ndm-ifindex, ndm-state, ndm-flags, ndm-type, dst, lladdr, vlan, port, vni, ifindex, master, protocol, nh-id, flags-ext.
    pub type Newneigh<'a> = nlw::ynl::Msg<'a, super::defs::Ndmsg, super::attrs::NeighAttrs<'a>>;

    /// Messages of `delneigh`.
    ///
    /// The do request carries: ndm-family, ndm-ifindex, dst, lladdr, vlan.
    pub type Delneigh<'a> = nlw::ynl::Msg<'a, super::defs::Ndmsg, super::attrs::NeighAttrs<'a>>;

    /// Messages of `delneigh-ntf`.
    pub type DelneighNtf<'a> = nlw::ynl::Msg<'a, super::defs::Ndmsg, super::attrs::NeighAttrs<'a>>;

    /// Messages of `getneigh`.
    ///
    /// The do request carries: ndm-family, ndm-ifindex, ndm-flags, dst.
    ///
    /// The do reply carries: ndm-family, ndm-ifindex, ndm-state, ndm-flags, ndm-type, dst, lladdr, cacheinfo, probes, vlan, port, vni, ifindex, master, link-netnsid, src-vni, protocol, nh-id, flags-ext.
    ///
    /// The dump request carries: ndm-family, ndm-ifindex, ndm-state, ndm-flags, ifindex, master.
    ///
    /// The dump reply carries: ndm-family, ndm-ifindex, ndm-state, ndm-flags, ndm-type, dst, lladdr, cacheinfo, probes, vlan, port, vni, ifindex, master, link-netnsid, src-vni, protocol, nh-id, flags-ext.
    pub type Getneigh<'a> = nlw::ynl::Msg<'a, super::defs::Ndmsg, super::attrs::NeighAttrs<'a>>;

}

/// Multicast groups.
pub mod groups {
    /// Group `rtnlgrp-neigh`.
    pub const RTNLGRP_NEIGH: u32 = 3;
}
