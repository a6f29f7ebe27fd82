// Generated from specs/rt-nexthop.yaml by `NLKIT_REGEN=1 cargo test -p nlkit --test generated_families`; do not edit.
// Rust for the `rt-nexthop` netlink family, from its YNL spec.

#[allow(unused_imports)]
use crate::wire as nlw;

/// The family's name (generic netlink: the name the controller resolves).
///
/// Nexthops and nexthop groups (RTM\_NEWNEXTHOP / RTM\_DELNEXTHOP / RTM\_GETNEXTHOP).
pub const FAMILY_NAME: &str = "rt-nexthop";
/// The netlink protocol number (`NETLINK_GENERIC` for generic netlink).
pub const PROTONUM: u16 = 0;

/// Constants, enums, flags and structs of the spec's `definitions`.
pub mod defs {
    #[allow(unused_imports)]
    use super::nlw;

    /// `struct nhmsg`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct Nhmsg {
        /// `nh-family` (u8).
        pub nh_family: u8,
        /// `nh-scope` (u8).
        pub nh_scope: u8,
        /// `nh-protocol` (u8).
        pub nh_protocol: u8,
        /// padding, kept as it came.
        pub resvd: [u8; 1],
        /// `nh-flags` (u32).
        pub nh_flags: super::defs::RtnhFlags,
    }

    impl Nhmsg {
        /// Its size on the wire.
        pub const LEN: usize = 8;
    }

    impl Default for Nhmsg {
        fn default() -> Self {
            <Nhmsg as nlw::FixedHeader>::decode(&[0u8; 8])
        }
    }

    impl nlw::FixedHeader for Nhmsg {
        const LEN: usize = 8;
        const NAME: &'static str = "nhmsg";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            Nhmsg {
                nh_family: u8::from_ne_bytes(nlw::ynl::arr(b, 0)),
                nh_scope: u8::from_ne_bytes(nlw::ynl::arr(b, 1)),
                nh_protocol: u8::from_ne_bytes(nlw::ynl::arr(b, 2)),
                resvd: nlw::ynl::arr(b, 3),
                nh_flags: super::defs::RtnhFlags(u32::from_ne_bytes(nlw::ynl::arr(b, 4))),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..1].copy_from_slice(&self.nh_family.to_ne_bytes());
            out[1..2].copy_from_slice(&self.nh_scope.to_ne_bytes());
            out[2..3].copy_from_slice(&self.nh_protocol.to_ne_bytes());
            out[3..4].copy_from_slice(&self.resvd);
            out[4..8].copy_from_slice(&self.nh_flags.0.to_ne_bytes());
        }
    }

    /// `rtnh-flags` (flags).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct RtnhFlags(pub u32);

    impl RtnhFlags {
        /// `dead`.
        pub const DEAD: RtnhFlags = RtnhFlags(1);
        /// `pervasive`.
        pub const PERVASIVE: RtnhFlags = RtnhFlags(2);
        /// `onlink`.
        pub const ONLINK: RtnhFlags = RtnhFlags(4);
        /// `offload`.
        pub const OFFLOAD: RtnhFlags = RtnhFlags(8);
        /// `linkdown`.
        pub const LINKDOWN: RtnhFlags = RtnhFlags(16);
        /// `unresolved`.
        pub const UNRESOLVED: RtnhFlags = RtnhFlags(32);
        /// `trap`.
        pub const TRAP: RtnhFlags = RtnhFlags(64);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(RtnhFlags, &'static str)] = &[
            (RtnhFlags::DEAD, "dead"),
            (RtnhFlags::PERVASIVE, "pervasive"),
            (RtnhFlags::ONLINK, "onlink"),
            (RtnhFlags::OFFLOAD, "offload"),
            (RtnhFlags::LINKDOWN, "linkdown"),
            (RtnhFlags::UNRESOLVED, "unresolved"),
            (RtnhFlags::TRAP, "trap"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            RtnhFlags::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }

        /// True if every bit of `other` is set.
        pub fn contains(self, other: RtnhFlags) -> bool {
            self.0 & other.0 == other.0
        }

        /// True if no bit is set.
        pub fn is_empty(self) -> bool {
            self.0 == 0
        }
    }

    impl From<u32> for RtnhFlags {
        fn from(v: u32) -> Self {
            RtnhFlags(v)
        }
    }

    impl From<RtnhFlags> for u32 {
        fn from(v: RtnhFlags) -> Self {
            v.0
        }
    }

    impl core::ops::BitOr for RtnhFlags {
        type Output = RtnhFlags;
        fn bitor(self, o: RtnhFlags) -> RtnhFlags {
            RtnhFlags(self.0 | o.0)
        }
    }

    impl core::ops::BitAnd for RtnhFlags {
        type Output = RtnhFlags;
        fn bitand(self, o: RtnhFlags) -> RtnhFlags {
            RtnhFlags(self.0 & o.0)
        }
    }

    impl core::fmt::Debug for RtnhFlags {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            let mut rest = self.0;
            let mut first = true;
            for (v, n) in RtnhFlags::ENTRIES {
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

    /// `struct nexthop-grp`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct NexthopGrp {
        /// `id` (u32).
        pub id: u32,
        /// `weight` (u8).
        pub weight: u8,
        /// padding, kept as it came.
        pub resvd1: [u8; 1],
        /// padding, kept as it came.
        pub resvd2: [u8; 2],
    }

    impl NexthopGrp {
        /// Its size on the wire.
        pub const LEN: usize = 8;
    }

    impl Default for NexthopGrp {
        fn default() -> Self {
            <NexthopGrp as nlw::FixedHeader>::decode(&[0u8; 8])
        }
    }

    impl nlw::FixedHeader for NexthopGrp {
        const LEN: usize = 8;
        const NAME: &'static str = "nexthop-grp";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            NexthopGrp {
                id: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                weight: u8::from_ne_bytes(nlw::ynl::arr(b, 4)),
                resvd1: nlw::ynl::arr(b, 5),
                resvd2: nlw::ynl::arr(b, 6),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.id.to_ne_bytes());
            out[4..5].copy_from_slice(&self.weight.to_ne_bytes());
            out[5..6].copy_from_slice(&self.resvd1);
            out[6..8].copy_from_slice(&self.resvd2);
        }
    }

    /// `group-type` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct GroupType(pub u32);

    impl GroupType {
        /// `mpath`.
        pub const MPATH: GroupType = GroupType(0);
        /// `res`.
        pub const RES: GroupType = GroupType(1);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(GroupType, &'static str)] = &[
            (GroupType::MPATH, "mpath"),
            (GroupType::RES, "res"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            GroupType::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for GroupType {
        fn from(v: u32) -> Self {
            GroupType(v)
        }
    }

    impl From<GroupType> for u32 {
        fn from(v: GroupType) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for GroupType {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "GroupType({})", self.0),
            }
        }
    }

}

/// One enum per attribute set: a variant per attribute, its value as the
/// spec types it; `Other` keeps what the spec does not know.
pub mod attrs {
    #[allow(unused_imports)]
    use super::nlw;

    /// Attribute set `nexthop-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum NexthopAttrs<'a> {
        /// `unspec` (type 0, binary).
        Unspec(&'a [u8]),
        /// `id` (type 1, u32).
        Id(u32),
        /// `group` (type 2, binary).
        Group(nlw::ynl::Struct<'a, super::defs::NexthopGrp>),
        /// `group-type` (type 3, u16).
        GroupType(super::defs::GroupType),
        /// `blackhole` (type 4, flag).
        Blackhole,
        /// `oif` (type 5, u32).
        Oif(u32),
        /// `gateway` (type 6, binary).
        Gateway(std::net::IpAddr),
        /// `encap-type` (type 7, u16).
        EncapType(u16),
        /// `encap` (type 8, binary).
        Encap(&'a [u8]),
        /// `groups` (type 9, flag).
        Groups,
        /// `master` (type 10, u32).
        Master(u32),
        /// `fdb` (type 11, flag).
        Fdb,
        /// `res-group` (type 12, binary).
        ResGroup(&'a [u8]),
        /// `res-bucket` (type 13, binary).
        ResBucket(&'a [u8]),
        /// `op-flags` (type 14, u32).
        OpFlags(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl NexthopAttrs<'_> {
        /// Type number of `unspec`.
        pub const UNSPEC: u16 = 0;
        /// Type number of `id`.
        pub const ID: u16 = 1;
        /// Type number of `group`.
        pub const GROUP: u16 = 2;
        /// Type number of `group-type`.
        pub const GROUP_TYPE: u16 = 3;
        /// Type number of `blackhole`.
        pub const BLACKHOLE: u16 = 4;
        /// Type number of `oif`.
        pub const OIF: u16 = 5;
        /// Type number of `gateway`.
        pub const GATEWAY: u16 = 6;
        /// Type number of `encap-type`.
        pub const ENCAP_TYPE: u16 = 7;
        /// Type number of `encap`.
        pub const ENCAP: u16 = 8;
        /// Type number of `groups`.
        pub const GROUPS: u16 = 9;
        /// Type number of `master`.
        pub const MASTER: u16 = 10;
        /// Type number of `fdb`.
        pub const FDB: u16 = 11;
        /// Type number of `res-group`.
        pub const RES_GROUP: u16 = 12;
        /// Type number of `res-bucket`.
        pub const RES_BUCKET: u16 = 13;
        /// Type number of `op-flags`.
        pub const OP_FLAGS: u16 = 14;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for NexthopAttrs<'a> {
        const SET: &'static str = "nexthop-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::UNSPEC => Self::Unspec(a.value),
                Self::ID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Id(v),
                    None => Self::Other(a),
                },
                Self::GROUP => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::Group(v),
                    None => Self::Other(a),
                },
                Self::GROUP_TYPE => match a.array::<2>().ok().map(u16::from_ne_bytes).map(|x| super::defs::GroupType(x as u32)) {
                    Some(v) => Self::GroupType(v),
                    None => Self::Other(a),
                },
                Self::BLACKHOLE if a.value.is_empty() => Self::Blackhole,
                Self::OIF => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Oif(v),
                    None => Self::Other(a),
                },
                Self::GATEWAY => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::Gateway(v),
                    None => Self::Other(a),
                },
                Self::ENCAP_TYPE => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::EncapType(v),
                    None => Self::Other(a),
                },
                Self::ENCAP => Self::Encap(a.value),
                Self::GROUPS if a.value.is_empty() => Self::Groups,
                Self::MASTER => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Master(v),
                    None => Self::Other(a),
                },
                Self::FDB if a.value.is_empty() => Self::Fdb,
                Self::RES_GROUP => Self::ResGroup(a.value),
                Self::RES_BUCKET => Self::ResBucket(a.value),
                Self::OP_FLAGS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::OpFlags(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Unspec(_) => Self::UNSPEC,
                Self::Id(_) => Self::ID,
                Self::Group(_) => Self::GROUP,
                Self::GroupType(_) => Self::GROUP_TYPE,
                Self::Blackhole => Self::BLACKHOLE,
                Self::Oif(_) => Self::OIF,
                Self::Gateway(_) => Self::GATEWAY,
                Self::EncapType(_) => Self::ENCAP_TYPE,
                Self::Encap(_) => Self::ENCAP,
                Self::Groups => Self::GROUPS,
                Self::Master(_) => Self::MASTER,
                Self::Fdb => Self::FDB,
                Self::ResGroup(_) => Self::RES_GROUP,
                Self::ResBucket(_) => Self::RES_BUCKET,
                Self::OpFlags(_) => Self::OP_FLAGS,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Unspec(v) => nlw::attr_len(v.len()),
                Self::Id(_) => nlw::attr_len(4),
                Self::Group(v) => v.encoded_len(),
                Self::GroupType(_) => nlw::attr_len(2),
                Self::Blackhole => nlw::attr_len(0),
                Self::Oif(_) => nlw::attr_len(4),
                Self::Gateway(v) => nlw::ynl::ip_len(v),
                Self::EncapType(_) => nlw::attr_len(2),
                Self::Encap(v) => nlw::attr_len(v.len()),
                Self::Groups => nlw::attr_len(0),
                Self::Master(_) => nlw::attr_len(4),
                Self::Fdb => nlw::attr_len(0),
                Self::ResGroup(v) => nlw::attr_len(v.len()),
                Self::ResBucket(v) => nlw::attr_len(v.len()),
                Self::OpFlags(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Unspec(v) => {
                    const T: u16 = NexthopAttrs::UNSPEC;
                    b.attr(T, v);
                }
                Self::Id(v) => {
                    const T: u16 = NexthopAttrs::ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Group(v) => {
                    const T: u16 = NexthopAttrs::GROUP;
                    v.emit(T, b);
                }
                Self::GroupType(v) => {
                    const T: u16 = NexthopAttrs::GROUP_TYPE;
                    b.attr(T, &(v.0 as u16).to_ne_bytes());
                }
                Self::Blackhole => {
                    const T: u16 = NexthopAttrs::BLACKHOLE;
                    b.attr_flag(T);
                }
                Self::Oif(v) => {
                    const T: u16 = NexthopAttrs::OIF;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Gateway(v) => {
                    const T: u16 = NexthopAttrs::GATEWAY;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::EncapType(v) => {
                    const T: u16 = NexthopAttrs::ENCAP_TYPE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Encap(v) => {
                    const T: u16 = NexthopAttrs::ENCAP;
                    b.attr(T, v);
                }
                Self::Groups => {
                    const T: u16 = NexthopAttrs::GROUPS;
                    b.attr_flag(T);
                }
                Self::Master(v) => {
                    const T: u16 = NexthopAttrs::MASTER;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Fdb => {
                    const T: u16 = NexthopAttrs::FDB;
                    b.attr_flag(T);
                }
                Self::ResGroup(v) => {
                    const T: u16 = NexthopAttrs::RES_GROUP;
                    b.attr(T, v);
                }
                Self::ResBucket(v) => {
                    const T: u16 = NexthopAttrs::RES_BUCKET;
                    b.attr(T, v);
                }
                Self::OpFlags(v) => {
                    const T: u16 = NexthopAttrs::OP_FLAGS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, NexthopAttrs::UNSPEC | NexthopAttrs::ID | NexthopAttrs::GROUP | NexthopAttrs::GROUP_TYPE | NexthopAttrs::BLACKHOLE | NexthopAttrs::OIF | NexthopAttrs::GATEWAY | NexthopAttrs::ENCAP_TYPE | NexthopAttrs::ENCAP | NexthopAttrs::GROUPS | NexthopAttrs::MASTER | NexthopAttrs::FDB | NexthopAttrs::RES_GROUP | NexthopAttrs::RES_BUCKET | NexthopAttrs::OP_FLAGS) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

}

/// The operations' message types (`nlmsg_type`); `_REPLY` where the reply has its own.
pub mod ops {
    /// Add a nexthop.
    ///
    /// `newnexthop`: a request.
    pub const NEWNEXTHOP: u16 = 104;
    /// Remove a nexthop.
    ///
    /// `delnexthop`: a request.
    pub const DELNEXTHOP: u16 = 105;
    /// Get or dump nexthops.
    ///
    /// `getnexthop`: a request.
    pub const GETNEXTHOP: u16 = 106;
    /// The reply to `getnexthop`.
    pub const GETNEXTHOP_REPLY: u16 = 104;
}

/// A message type per operation: its fixed header and attribute set
/// (parse with `Message::parse_as`, build with `Msg::new`, send with
/// `Request::message`).
pub mod msgs {
    #[allow(unused_imports)]
    use super::nlw;

    /// Messages of `newnexthop`.
    ///
    /// The do request carries: nh-family, nh-scope, nh-protocol, nh-flags, id, group, group-type, blackhole, oif, gateway, encap-type, encap, fdb.
    pub type Newnexthop<'a> = nlw::ynl::Msg<'a, super::defs::Nhmsg, super::attrs::NexthopAttrs<'a>>;

    /// Messages of `delnexthop`.
    ///
    /// The do request carries: id.
    pub type Delnexthop<'a> = nlw::ynl::Msg<'a, super::defs::Nhmsg, super::attrs::NexthopAttrs<'a>>;

    /// Messages of `getnexthop`.
    ///
    /// The do request carries: id.
    ///
    /// The do reply carries: nh-family, nh-scope, nh-protocol, nh-flags, id, group, group-type, blackhole, oif, gateway, encap-type, encap, fdb.
    ///
    /// The dump request carries: nh-family, oif, groups, master, fdb.
    ///
    /// The dump reply carries: nh-family, nh-scope, nh-protocol, nh-flags, id, group, group-type, blackhole, oif, gateway, encap-type, encap, fdb.
    pub type Getnexthop<'a> = nlw::ynl::Msg<'a, super::defs::Nhmsg, super::attrs::NexthopAttrs<'a>>;

}

/// Multicast groups.
pub mod groups {
    /// Group `rtnlgrp-nexthop`.
    pub const RTNLGRP_NEXTHOP: u32 = 32;
}
