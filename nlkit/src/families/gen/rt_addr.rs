// Generated from the kernel's rt_addr.yaml by `NLKIT_REGEN=1 cargo test -p nlkit --test generated_families`; do not edit.
// Rust for the `rt-addr` netlink family, from its YNL spec.

#[allow(unused_imports)]
use crate::wire as nlw;

/// The family's name (generic netlink: the name the controller resolves).
///
/// Address configuration over rtnetlink.
pub const FAMILY_NAME: &str = "rt-addr";
/// The netlink protocol number (`NETLINK_GENERIC` for generic netlink).
pub const PROTONUM: u16 = 0;

/// Constants, enums, flags and structs of the spec's `definitions`.
pub mod defs {
    #[allow(unused_imports)]
    use super::nlw;

    /// `struct ifaddrmsg`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct Ifaddrmsg {
        /// `ifa-family` (u8).
        pub ifa_family: u8,
        /// `ifa-prefixlen` (u8).
        pub ifa_prefixlen: u8,
        /// `ifa-flags` (u8).
        pub ifa_flags: super::defs::IfaFlags,
        /// `ifa-scope` (u8).
        pub ifa_scope: u8,
        /// `ifa-index` (u32).
        pub ifa_index: u32,
    }

    impl Ifaddrmsg {
        /// Its size on the wire.
        pub const LEN: usize = 8;
    }

    impl Default for Ifaddrmsg {
        fn default() -> Self {
            <Ifaddrmsg as nlw::FixedHeader>::decode(&[0u8; 8])
        }
    }

    impl nlw::FixedHeader for Ifaddrmsg {
        const LEN: usize = 8;
        const NAME: &'static str = "ifaddrmsg";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            Ifaddrmsg {
                ifa_family: u8::from_ne_bytes(nlw::ynl::arr(b, 0)),
                ifa_prefixlen: u8::from_ne_bytes(nlw::ynl::arr(b, 1)),
                ifa_flags: super::defs::IfaFlags(u8::from_ne_bytes(nlw::ynl::arr(b, 2)) as u32),
                ifa_scope: u8::from_ne_bytes(nlw::ynl::arr(b, 3)),
                ifa_index: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..1].copy_from_slice(&self.ifa_family.to_ne_bytes());
            out[1..2].copy_from_slice(&self.ifa_prefixlen.to_ne_bytes());
            out[2..3].copy_from_slice(&(self.ifa_flags.0 as u8).to_ne_bytes());
            out[3..4].copy_from_slice(&self.ifa_scope.to_ne_bytes());
            out[4..8].copy_from_slice(&self.ifa_index.to_ne_bytes());
        }
    }

    /// `struct ifa-cacheinfo`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct IfaCacheinfo {
        /// `ifa-prefered` (u32).
        pub ifa_prefered: u32,
        /// `ifa-valid` (u32).
        pub ifa_valid: u32,
        /// `cstamp` (u32).
        pub cstamp: u32,
        /// `tstamp` (u32).
        pub tstamp: u32,
    }

    impl IfaCacheinfo {
        /// Its size on the wire.
        pub const LEN: usize = 16;
    }

    impl Default for IfaCacheinfo {
        fn default() -> Self {
            <IfaCacheinfo as nlw::FixedHeader>::decode(&[0u8; 16])
        }
    }

    impl nlw::FixedHeader for IfaCacheinfo {
        const LEN: usize = 16;
        const NAME: &'static str = "ifa-cacheinfo";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            IfaCacheinfo {
                ifa_prefered: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                ifa_valid: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
                cstamp: u32::from_ne_bytes(nlw::ynl::arr(b, 8)),
                tstamp: u32::from_ne_bytes(nlw::ynl::arr(b, 12)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.ifa_prefered.to_ne_bytes());
            out[4..8].copy_from_slice(&self.ifa_valid.to_ne_bytes());
            out[8..12].copy_from_slice(&self.cstamp.to_ne_bytes());
            out[12..16].copy_from_slice(&self.tstamp.to_ne_bytes());
        }
    }

    /// `ifa-flags` (flags).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct IfaFlags(pub u32);

    impl IfaFlags {
        /// `secondary`.
        pub const SECONDARY: IfaFlags = IfaFlags(1);
        /// `nodad`.
        pub const NODAD: IfaFlags = IfaFlags(2);
        /// `optimistic`.
        pub const OPTIMISTIC: IfaFlags = IfaFlags(4);
        /// `dadfailed`.
        pub const DADFAILED: IfaFlags = IfaFlags(8);
        /// `homeaddress`.
        pub const HOMEADDRESS: IfaFlags = IfaFlags(16);
        /// `deprecated`.
        pub const DEPRECATED: IfaFlags = IfaFlags(32);
        /// `tentative`.
        pub const TENTATIVE: IfaFlags = IfaFlags(64);
        /// `permanent`.
        pub const PERMANENT: IfaFlags = IfaFlags(128);
        /// `managetempaddr`.
        pub const MANAGETEMPADDR: IfaFlags = IfaFlags(256);
        /// `noprefixroute`.
        pub const NOPREFIXROUTE: IfaFlags = IfaFlags(512);
        /// `mcautojoin`.
        pub const MCAUTOJOIN: IfaFlags = IfaFlags(1024);
        /// `stable-privacy`.
        pub const STABLE_PRIVACY: IfaFlags = IfaFlags(2048);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(IfaFlags, &'static str)] = &[
            (IfaFlags::SECONDARY, "secondary"),
            (IfaFlags::NODAD, "nodad"),
            (IfaFlags::OPTIMISTIC, "optimistic"),
            (IfaFlags::DADFAILED, "dadfailed"),
            (IfaFlags::HOMEADDRESS, "homeaddress"),
            (IfaFlags::DEPRECATED, "deprecated"),
            (IfaFlags::TENTATIVE, "tentative"),
            (IfaFlags::PERMANENT, "permanent"),
            (IfaFlags::MANAGETEMPADDR, "managetempaddr"),
            (IfaFlags::NOPREFIXROUTE, "noprefixroute"),
            (IfaFlags::MCAUTOJOIN, "mcautojoin"),
            (IfaFlags::STABLE_PRIVACY, "stable-privacy"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            IfaFlags::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }

        /// True if every bit of `other` is set.
        pub fn contains(self, other: IfaFlags) -> bool {
            self.0 & other.0 == other.0
        }

        /// True if no bit is set.
        pub fn is_empty(self) -> bool {
            self.0 == 0
        }
    }

    impl From<u32> for IfaFlags {
        fn from(v: u32) -> Self {
            IfaFlags(v)
        }
    }

    impl From<IfaFlags> for u32 {
        fn from(v: IfaFlags) -> Self {
            v.0
        }
    }

    impl core::ops::BitOr for IfaFlags {
        type Output = IfaFlags;
        fn bitor(self, o: IfaFlags) -> IfaFlags {
            IfaFlags(self.0 | o.0)
        }
    }

    impl core::ops::BitAnd for IfaFlags {
        type Output = IfaFlags;
        fn bitand(self, o: IfaFlags) -> IfaFlags {
            IfaFlags(self.0 & o.0)
        }
    }

    impl core::fmt::Debug for IfaFlags {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            let mut rest = self.0;
            let mut first = true;
            for (v, n) in IfaFlags::ENTRIES {
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

}

/// One enum per attribute set: a variant per attribute, its value as the
/// spec types it; `Other` keeps what the spec does not know.
pub mod attrs {
    #[allow(unused_imports)]
    use super::nlw;

    /// Attribute set `addr-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum AddrAttrs<'a> {
        /// `ifa-address` (type 1, binary).
        IfaAddress(std::net::IpAddr),
        /// `ifa-local` (type 2, binary).
        IfaLocal(std::net::IpAddr),
        /// `ifa-label` (type 3, string).
        IfaLabel(&'a str),
        /// `ifa-broadcast` (type 4, binary).
        IfaBroadcast(std::net::IpAddr),
        /// `ifa-anycast` (type 5, binary).
        IfaAnycast(&'a [u8]),
        /// `ifa-cacheinfo` (type 6, binary).
        IfaCacheinfo(nlw::ynl::Struct<'a, super::defs::IfaCacheinfo>),
        /// `ifa-multicast` (type 7, binary).
        IfaMulticast(&'a [u8]),
        /// `ifa-flags` (type 8, u32).
        IfaFlags(super::defs::IfaFlags),
        /// `ifa-rt-priority` (type 9, u32).
        IfaRtPriority(u32),
        /// `ifa-target-netnsid` (type 10, binary).
        IfaTargetNetnsid(&'a [u8]),
        /// `ifa-proto` (type 11, u8).
        IfaProto(u8),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl AddrAttrs<'_> {
        /// Type number of `ifa-address`.
        pub const IFA_ADDRESS: u16 = 1;
        /// Type number of `ifa-local`.
        pub const IFA_LOCAL: u16 = 2;
        /// Type number of `ifa-label`.
        pub const IFA_LABEL: u16 = 3;
        /// Type number of `ifa-broadcast`.
        pub const IFA_BROADCAST: u16 = 4;
        /// Type number of `ifa-anycast`.
        pub const IFA_ANYCAST: u16 = 5;
        /// Type number of `ifa-cacheinfo`.
        pub const IFA_CACHEINFO: u16 = 6;
        /// Type number of `ifa-multicast`.
        pub const IFA_MULTICAST: u16 = 7;
        /// Type number of `ifa-flags`.
        pub const IFA_FLAGS: u16 = 8;
        /// Type number of `ifa-rt-priority`.
        pub const IFA_RT_PRIORITY: u16 = 9;
        /// Type number of `ifa-target-netnsid`.
        pub const IFA_TARGET_NETNSID: u16 = 10;
        /// Type number of `ifa-proto`.
        pub const IFA_PROTO: u16 = 11;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for AddrAttrs<'a> {
        const SET: &'static str = "addr-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::IFA_ADDRESS => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::IfaAddress(v),
                    None => Self::Other(a),
                },
                Self::IFA_LOCAL => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::IfaLocal(v),
                    None => Self::Other(a),
                },
                Self::IFA_LABEL => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::IfaLabel(v),
                    None => Self::Other(a),
                },
                Self::IFA_BROADCAST => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::IfaBroadcast(v),
                    None => Self::Other(a),
                },
                Self::IFA_ANYCAST => Self::IfaAnycast(a.value),
                Self::IFA_CACHEINFO => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::IfaCacheinfo(v),
                    None => Self::Other(a),
                },
                Self::IFA_MULTICAST => Self::IfaMulticast(a.value),
                Self::IFA_FLAGS => match a.array::<4>().ok().map(u32::from_ne_bytes).map(super::defs::IfaFlags) {
                    Some(v) => Self::IfaFlags(v),
                    None => Self::Other(a),
                },
                Self::IFA_RT_PRIORITY => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::IfaRtPriority(v),
                    None => Self::Other(a),
                },
                Self::IFA_TARGET_NETNSID => Self::IfaTargetNetnsid(a.value),
                Self::IFA_PROTO => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::IfaProto(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::IfaAddress(_) => Self::IFA_ADDRESS,
                Self::IfaLocal(_) => Self::IFA_LOCAL,
                Self::IfaLabel(_) => Self::IFA_LABEL,
                Self::IfaBroadcast(_) => Self::IFA_BROADCAST,
                Self::IfaAnycast(_) => Self::IFA_ANYCAST,
                Self::IfaCacheinfo(_) => Self::IFA_CACHEINFO,
                Self::IfaMulticast(_) => Self::IFA_MULTICAST,
                Self::IfaFlags(_) => Self::IFA_FLAGS,
                Self::IfaRtPriority(_) => Self::IFA_RT_PRIORITY,
                Self::IfaTargetNetnsid(_) => Self::IFA_TARGET_NETNSID,
                Self::IfaProto(_) => Self::IFA_PROTO,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::IfaAddress(v) => nlw::ynl::ip_len(v),
                Self::IfaLocal(v) => nlw::ynl::ip_len(v),
                Self::IfaLabel(v) => nlw::ynl::str_len(v),
                Self::IfaBroadcast(v) => nlw::ynl::ip_len(v),
                Self::IfaAnycast(v) => nlw::attr_len(v.len()),
                Self::IfaCacheinfo(v) => v.encoded_len(),
                Self::IfaMulticast(v) => nlw::attr_len(v.len()),
                Self::IfaFlags(_) => nlw::attr_len(4),
                Self::IfaRtPriority(_) => nlw::attr_len(4),
                Self::IfaTargetNetnsid(v) => nlw::attr_len(v.len()),
                Self::IfaProto(_) => nlw::attr_len(1),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::IfaAddress(v) => {
                    const T: u16 = AddrAttrs::IFA_ADDRESS;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::IfaLocal(v) => {
                    const T: u16 = AddrAttrs::IFA_LOCAL;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::IfaLabel(v) => {
                    const T: u16 = AddrAttrs::IFA_LABEL;
                    b.attr_str(T, v);
                }
                Self::IfaBroadcast(v) => {
                    const T: u16 = AddrAttrs::IFA_BROADCAST;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::IfaAnycast(v) => {
                    const T: u16 = AddrAttrs::IFA_ANYCAST;
                    b.attr(T, v);
                }
                Self::IfaCacheinfo(v) => {
                    const T: u16 = AddrAttrs::IFA_CACHEINFO;
                    v.emit(T, b);
                }
                Self::IfaMulticast(v) => {
                    const T: u16 = AddrAttrs::IFA_MULTICAST;
                    b.attr(T, v);
                }
                Self::IfaFlags(v) => {
                    const T: u16 = AddrAttrs::IFA_FLAGS;
                    b.attr(T, &v.0.to_ne_bytes());
                }
                Self::IfaRtPriority(v) => {
                    const T: u16 = AddrAttrs::IFA_RT_PRIORITY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::IfaTargetNetnsid(v) => {
                    const T: u16 = AddrAttrs::IFA_TARGET_NETNSID;
                    b.attr(T, v);
                }
                Self::IfaProto(v) => {
                    const T: u16 = AddrAttrs::IFA_PROTO;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, AddrAttrs::IFA_ADDRESS | AddrAttrs::IFA_LOCAL | AddrAttrs::IFA_LABEL | AddrAttrs::IFA_BROADCAST | AddrAttrs::IFA_ANYCAST | AddrAttrs::IFA_CACHEINFO | AddrAttrs::IFA_MULTICAST | AddrAttrs::IFA_FLAGS | AddrAttrs::IFA_RT_PRIORITY | AddrAttrs::IFA_TARGET_NETNSID | AddrAttrs::IFA_PROTO) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

}

/// The operations' message types (`nlmsg_type`); `_REPLY` where the reply has its own.
pub mod ops {
    /// Add new address
    ///
    /// `newaddr`: a request.
    pub const NEWADDR: u16 = 20;
    /// Remove address
    ///
    /// `deladdr`: a request.
    pub const DELADDR: u16 = 21;
    /// Dump address information.
    ///
    /// `getaddr`: a request.
    pub const GETADDR: u16 = 22;
    /// The reply to `getaddr`.
    pub const GETADDR_REPLY: u16 = 20;
}

/// A message type per operation: its fixed header and attribute set
/// (parse with `Message::parse_as`, build with `Msg::new`, send with
/// `Request::message`).
pub mod msgs {
    #[allow(unused_imports)]
    use super::nlw;

    /// Messages of `newaddr`.
    ///
    /// The do request carries: ifa-family, ifa-flags, ifa-prefixlen, ifa-scope, ifa-index, ifa-address, ifa-label, ifa-local, ifa-cacheinfo.
    pub type Newaddr<'a> = nlw::ynl::Msg<'a, super::defs::Ifaddrmsg, super::attrs::AddrAttrs<'a>>;

    /// Messages of `deladdr`.
    ///
    /// The do request carries: ifa-family, ifa-flags, ifa-prefixlen, ifa-scope, ifa-index, ifa-address, ifa-local.
    pub type Deladdr<'a> = nlw::ynl::Msg<'a, super::defs::Ifaddrmsg, super::attrs::AddrAttrs<'a>>;

    /// Messages of `getaddr`.
    ///
    /// The dump request carries: ifa-index.
    ///
    /// The dump reply carries: ifa-family, ifa-flags, ifa-prefixlen, ifa-scope, ifa-index, ifa-address, ifa-label, ifa-local, ifa-cacheinfo.
    pub type Getaddr<'a> = nlw::ynl::Msg<'a, super::defs::Ifaddrmsg, super::attrs::AddrAttrs<'a>>;

}

/// Multicast groups.
pub mod groups {
    /// Group `rtnlgrp-ipv4-ifaddr`.
    pub const RTNLGRP_IPV4_IFADDR: u32 = 5;
    /// Group `rtnlgrp-ipv6-ifaddr`.
    pub const RTNLGRP_IPV6_IFADDR: u32 = 9;
}
