// Generated from specs/rt-rule.yaml by `NLKIT_REGEN=1 cargo test -p nlkit --test generated_families`; do not edit.
// Rust for the `rt-rule` netlink family, from its YNL spec.

#[allow(unused_imports)]
use crate::wire as nlw;

/// The family's name (generic netlink: the name the controller resolves).
///
/// FIB rules (RTM\_NEWRULE / RTM\_DELRULE / RTM\_GETRULE).
pub const FAMILY_NAME: &str = "rt-rule";
/// The netlink protocol number (`NETLINK_GENERIC` for generic netlink).
pub const PROTONUM: u16 = 0;

/// Constants, enums, flags and structs of the spec's `definitions`.
pub mod defs {
    #[allow(unused_imports)]
    use super::nlw;

    /// `struct fib-rule-hdr`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct FibRuleHdr {
        /// `family` (u8).
        pub family: u8,
        /// `dst-len` (u8).
        pub dst_len: u8,
        /// `src-len` (u8).
        pub src_len: u8,
        /// `tos` (u8).
        pub tos: u8,
        /// `table` (u8).
        pub table: u8,
        /// padding, kept as it came.
        pub res1: [u8; 1],
        /// padding, kept as it came.
        pub res2: [u8; 1],
        /// `action` (u8).
        pub action: super::defs::FrAct,
        /// `flags` (u32).
        pub flags: super::defs::FibRuleFlags,
    }

    impl FibRuleHdr {
        /// Its size on the wire.
        pub const LEN: usize = 12;
    }

    impl Default for FibRuleHdr {
        fn default() -> Self {
            <FibRuleHdr as nlw::FixedHeader>::decode(&[0u8; 12])
        }
    }

    impl nlw::FixedHeader for FibRuleHdr {
        const LEN: usize = 12;
        const NAME: &'static str = "fib-rule-hdr";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            FibRuleHdr {
                family: u8::from_ne_bytes(nlw::ynl::arr(b, 0)),
                dst_len: u8::from_ne_bytes(nlw::ynl::arr(b, 1)),
                src_len: u8::from_ne_bytes(nlw::ynl::arr(b, 2)),
                tos: u8::from_ne_bytes(nlw::ynl::arr(b, 3)),
                table: u8::from_ne_bytes(nlw::ynl::arr(b, 4)),
                res1: nlw::ynl::arr(b, 5),
                res2: nlw::ynl::arr(b, 6),
                action: super::defs::FrAct(u8::from_ne_bytes(nlw::ynl::arr(b, 7)) as u32),
                flags: super::defs::FibRuleFlags(u32::from_ne_bytes(nlw::ynl::arr(b, 8))),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..1].copy_from_slice(&self.family.to_ne_bytes());
            out[1..2].copy_from_slice(&self.dst_len.to_ne_bytes());
            out[2..3].copy_from_slice(&self.src_len.to_ne_bytes());
            out[3..4].copy_from_slice(&self.tos.to_ne_bytes());
            out[4..5].copy_from_slice(&self.table.to_ne_bytes());
            out[5..6].copy_from_slice(&self.res1);
            out[6..7].copy_from_slice(&self.res2);
            out[7..8].copy_from_slice(&(self.action.0 as u8).to_ne_bytes());
            out[8..12].copy_from_slice(&self.flags.0.to_ne_bytes());
        }
    }

    /// `fr-act` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct FrAct(pub u32);

    impl FrAct {
        /// `unspec`.
        pub const UNSPEC: FrAct = FrAct(0);
        /// `to-tbl`.
        pub const TO_TBL: FrAct = FrAct(1);
        /// `goto`.
        pub const GOTO: FrAct = FrAct(2);
        /// `nop`.
        pub const NOP: FrAct = FrAct(3);
        /// `res3`.
        pub const RES3: FrAct = FrAct(4);
        /// `res4`.
        pub const RES4: FrAct = FrAct(5);
        /// `blackhole`.
        pub const BLACKHOLE: FrAct = FrAct(6);
        /// `unreachable`.
        pub const UNREACHABLE: FrAct = FrAct(7);
        /// `prohibit`.
        pub const PROHIBIT: FrAct = FrAct(8);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(FrAct, &'static str)] = &[
            (FrAct::UNSPEC, "unspec"),
            (FrAct::TO_TBL, "to-tbl"),
            (FrAct::GOTO, "goto"),
            (FrAct::NOP, "nop"),
            (FrAct::RES3, "res3"),
            (FrAct::RES4, "res4"),
            (FrAct::BLACKHOLE, "blackhole"),
            (FrAct::UNREACHABLE, "unreachable"),
            (FrAct::PROHIBIT, "prohibit"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            FrAct::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for FrAct {
        fn from(v: u32) -> Self {
            FrAct(v)
        }
    }

    impl From<FrAct> for u32 {
        fn from(v: FrAct) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for FrAct {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "FrAct({})", self.0),
            }
        }
    }

    /// `fib-rule-flags` (flags).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct FibRuleFlags(pub u32);

    impl FibRuleFlags {
        /// `permanent`.
        pub const PERMANENT: FibRuleFlags = FibRuleFlags(1);
        /// `invert`.
        pub const INVERT: FibRuleFlags = FibRuleFlags(2);
        /// `unresolved`.
        pub const UNRESOLVED: FibRuleFlags = FibRuleFlags(4);
        /// `iif-detached`.
        pub const IIF_DETACHED: FibRuleFlags = FibRuleFlags(8);
        /// `oif-detached`.
        pub const OIF_DETACHED: FibRuleFlags = FibRuleFlags(16);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(FibRuleFlags, &'static str)] = &[
            (FibRuleFlags::PERMANENT, "permanent"),
            (FibRuleFlags::INVERT, "invert"),
            (FibRuleFlags::UNRESOLVED, "unresolved"),
            (FibRuleFlags::IIF_DETACHED, "iif-detached"),
            (FibRuleFlags::OIF_DETACHED, "oif-detached"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            FibRuleFlags::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }

        /// True if every bit of `other` is set.
        pub fn contains(self, other: FibRuleFlags) -> bool {
            self.0 & other.0 == other.0
        }

        /// True if no bit is set.
        pub fn is_empty(self) -> bool {
            self.0 == 0
        }
    }

    impl From<u32> for FibRuleFlags {
        fn from(v: u32) -> Self {
            FibRuleFlags(v)
        }
    }

    impl From<FibRuleFlags> for u32 {
        fn from(v: FibRuleFlags) -> Self {
            v.0
        }
    }

    impl core::ops::BitOr for FibRuleFlags {
        type Output = FibRuleFlags;
        fn bitor(self, o: FibRuleFlags) -> FibRuleFlags {
            FibRuleFlags(self.0 | o.0)
        }
    }

    impl core::ops::BitAnd for FibRuleFlags {
        type Output = FibRuleFlags;
        fn bitand(self, o: FibRuleFlags) -> FibRuleFlags {
            FibRuleFlags(self.0 & o.0)
        }
    }

    impl core::fmt::Debug for FibRuleFlags {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            let mut rest = self.0;
            let mut first = true;
            for (v, n) in FibRuleFlags::ENTRIES {
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

    /// `struct fib-rule-uid-range`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct FibRuleUidRange {
        /// `start` (u32).
        pub start: u32,
        /// `end` (u32).
        pub end: u32,
    }

    impl FibRuleUidRange {
        /// Its size on the wire.
        pub const LEN: usize = 8;
    }

    impl Default for FibRuleUidRange {
        fn default() -> Self {
            <FibRuleUidRange as nlw::FixedHeader>::decode(&[0u8; 8])
        }
    }

    impl nlw::FixedHeader for FibRuleUidRange {
        const LEN: usize = 8;
        const NAME: &'static str = "fib-rule-uid-range";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            FibRuleUidRange {
                start: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                end: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.start.to_ne_bytes());
            out[4..8].copy_from_slice(&self.end.to_ne_bytes());
        }
    }

    /// `struct fib-rule-port-range`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct FibRulePortRange {
        /// `start` (u16).
        pub start: u16,
        /// `end` (u16).
        pub end: u16,
    }

    impl FibRulePortRange {
        /// Its size on the wire.
        pub const LEN: usize = 4;
    }

    impl Default for FibRulePortRange {
        fn default() -> Self {
            <FibRulePortRange as nlw::FixedHeader>::decode(&[0u8; 4])
        }
    }

    impl nlw::FixedHeader for FibRulePortRange {
        const LEN: usize = 4;
        const NAME: &'static str = "fib-rule-port-range";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            FibRulePortRange {
                start: u16::from_ne_bytes(nlw::ynl::arr(b, 0)),
                end: u16::from_ne_bytes(nlw::ynl::arr(b, 2)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..2].copy_from_slice(&self.start.to_ne_bytes());
            out[2..4].copy_from_slice(&self.end.to_ne_bytes());
        }
    }

}

/// One enum per attribute set: a variant per attribute, its value as the
/// spec types it; `Other` keeps what the spec does not know.
pub mod attrs {
    #[allow(unused_imports)]
    use super::nlw;

    /// Attribute set `fib-rule-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum FibRuleAttrs<'a> {
        /// `unspec` (type 0, binary).
        Unspec(&'a [u8]),
        /// `dst` (type 1, binary).
        Dst(std::net::IpAddr),
        /// `src` (type 2, binary).
        Src(std::net::IpAddr),
        /// `iifname` (type 3, string).
        Iifname(&'a str),
        /// `goto` (type 4, u32).
        Goto(u32),
        /// `priority` (type 6, u32).
        Priority(u32),
        /// `fwmark` (type 10, u32).
        Fwmark(u32),
        /// `flow` (type 11, u32).
        Flow(u32),
        /// `tun-id` (type 12, u64).
        TunId(u64),
        /// `suppress-ifgroup` (type 13, u32).
        SuppressIfgroup(u32),
        /// `suppress-prefixlen` (type 14, u32).
        SuppressPrefixlen(u32),
        /// `table` (type 15, u32).
        Table(u32),
        /// `fwmask` (type 16, u32).
        Fwmask(u32),
        /// `oifname` (type 17, string).
        Oifname(&'a str),
        /// `pad` (type 18, pad).
        Pad(&'a [u8]),
        /// `l3mdev` (type 19, u8).
        L3mdev(u8),
        /// `uid-range` (type 20, binary).
        UidRange(nlw::ynl::Struct<'a, super::defs::FibRuleUidRange>),
        /// `protocol` (type 21, u8).
        Protocol(u8),
        /// `ip-proto` (type 22, u8).
        IpProto(u8),
        /// `sport-range` (type 23, binary).
        SportRange(nlw::ynl::Struct<'a, super::defs::FibRulePortRange>),
        /// `dport-range` (type 24, binary).
        DportRange(nlw::ynl::Struct<'a, super::defs::FibRulePortRange>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl FibRuleAttrs<'_> {
        /// Type number of `unspec`.
        pub const UNSPEC: u16 = 0;
        /// Type number of `dst`.
        pub const DST: u16 = 1;
        /// Type number of `src`.
        pub const SRC: u16 = 2;
        /// Type number of `iifname`.
        pub const IIFNAME: u16 = 3;
        /// Type number of `goto`.
        pub const GOTO: u16 = 4;
        /// Type number of `priority`.
        pub const PRIORITY: u16 = 6;
        /// Type number of `fwmark`.
        pub const FWMARK: u16 = 10;
        /// Type number of `flow`.
        pub const FLOW: u16 = 11;
        /// Type number of `tun-id`.
        pub const TUN_ID: u16 = 12;
        /// Type number of `suppress-ifgroup`.
        pub const SUPPRESS_IFGROUP: u16 = 13;
        /// Type number of `suppress-prefixlen`.
        pub const SUPPRESS_PREFIXLEN: u16 = 14;
        /// Type number of `table`.
        pub const TABLE: u16 = 15;
        /// Type number of `fwmask`.
        pub const FWMASK: u16 = 16;
        /// Type number of `oifname`.
        pub const OIFNAME: u16 = 17;
        /// Type number of `pad`.
        pub const PAD: u16 = 18;
        /// Type number of `l3mdev`.
        pub const L3MDEV: u16 = 19;
        /// Type number of `uid-range`.
        pub const UID_RANGE: u16 = 20;
        /// Type number of `protocol`.
        pub const PROTOCOL: u16 = 21;
        /// Type number of `ip-proto`.
        pub const IP_PROTO: u16 = 22;
        /// Type number of `sport-range`.
        pub const SPORT_RANGE: u16 = 23;
        /// Type number of `dport-range`.
        pub const DPORT_RANGE: u16 = 24;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for FibRuleAttrs<'a> {
        const SET: &'static str = "fib-rule-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::UNSPEC => Self::Unspec(a.value),
                Self::DST => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::Dst(v),
                    None => Self::Other(a),
                },
                Self::SRC => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::Src(v),
                    None => Self::Other(a),
                },
                Self::IIFNAME => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::Iifname(v),
                    None => Self::Other(a),
                },
                Self::GOTO => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Goto(v),
                    None => Self::Other(a),
                },
                Self::PRIORITY => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Priority(v),
                    None => Self::Other(a),
                },
                Self::FWMARK => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Fwmark(v),
                    None => Self::Other(a),
                },
                Self::FLOW => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Flow(v),
                    None => Self::Other(a),
                },
                Self::TUN_ID => match a.array::<8>().ok().map(u64::from_be_bytes) {
                    Some(v) => Self::TunId(v),
                    None => Self::Other(a),
                },
                Self::SUPPRESS_IFGROUP => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::SuppressIfgroup(v),
                    None => Self::Other(a),
                },
                Self::SUPPRESS_PREFIXLEN => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::SuppressPrefixlen(v),
                    None => Self::Other(a),
                },
                Self::TABLE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Table(v),
                    None => Self::Other(a),
                },
                Self::FWMASK => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Fwmask(v),
                    None => Self::Other(a),
                },
                Self::OIFNAME => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::Oifname(v),
                    None => Self::Other(a),
                },
                Self::PAD => Self::Pad(a.value),
                Self::L3MDEV => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::L3mdev(v),
                    None => Self::Other(a),
                },
                Self::UID_RANGE => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::UidRange(v),
                    None => Self::Other(a),
                },
                Self::PROTOCOL => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Protocol(v),
                    None => Self::Other(a),
                },
                Self::IP_PROTO => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::IpProto(v),
                    None => Self::Other(a),
                },
                Self::SPORT_RANGE => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::SportRange(v),
                    None => Self::Other(a),
                },
                Self::DPORT_RANGE => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::DportRange(v),
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
                Self::Src(_) => Self::SRC,
                Self::Iifname(_) => Self::IIFNAME,
                Self::Goto(_) => Self::GOTO,
                Self::Priority(_) => Self::PRIORITY,
                Self::Fwmark(_) => Self::FWMARK,
                Self::Flow(_) => Self::FLOW,
                Self::TunId(_) => Self::TUN_ID,
                Self::SuppressIfgroup(_) => Self::SUPPRESS_IFGROUP,
                Self::SuppressPrefixlen(_) => Self::SUPPRESS_PREFIXLEN,
                Self::Table(_) => Self::TABLE,
                Self::Fwmask(_) => Self::FWMASK,
                Self::Oifname(_) => Self::OIFNAME,
                Self::Pad(_) => Self::PAD,
                Self::L3mdev(_) => Self::L3MDEV,
                Self::UidRange(_) => Self::UID_RANGE,
                Self::Protocol(_) => Self::PROTOCOL,
                Self::IpProto(_) => Self::IP_PROTO,
                Self::SportRange(_) => Self::SPORT_RANGE,
                Self::DportRange(_) => Self::DPORT_RANGE,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Unspec(v) => nlw::attr_len(v.len()),
                Self::Dst(v) => nlw::ynl::ip_len(v),
                Self::Src(v) => nlw::ynl::ip_len(v),
                Self::Iifname(v) => nlw::ynl::str_len(v),
                Self::Goto(_) => nlw::attr_len(4),
                Self::Priority(_) => nlw::attr_len(4),
                Self::Fwmark(_) => nlw::attr_len(4),
                Self::Flow(_) => nlw::attr_len(4),
                Self::TunId(_) => nlw::attr_len(8),
                Self::SuppressIfgroup(_) => nlw::attr_len(4),
                Self::SuppressPrefixlen(_) => nlw::attr_len(4),
                Self::Table(_) => nlw::attr_len(4),
                Self::Fwmask(_) => nlw::attr_len(4),
                Self::Oifname(v) => nlw::ynl::str_len(v),
                Self::Pad(v) => nlw::attr_len(v.len()),
                Self::L3mdev(_) => nlw::attr_len(1),
                Self::UidRange(v) => v.encoded_len(),
                Self::Protocol(_) => nlw::attr_len(1),
                Self::IpProto(_) => nlw::attr_len(1),
                Self::SportRange(v) => v.encoded_len(),
                Self::DportRange(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Unspec(v) => {
                    const T: u16 = FibRuleAttrs::UNSPEC;
                    b.attr(T, v);
                }
                Self::Dst(v) => {
                    const T: u16 = FibRuleAttrs::DST;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::Src(v) => {
                    const T: u16 = FibRuleAttrs::SRC;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::Iifname(v) => {
                    const T: u16 = FibRuleAttrs::IIFNAME;
                    b.attr_str(T, v);
                }
                Self::Goto(v) => {
                    const T: u16 = FibRuleAttrs::GOTO;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Priority(v) => {
                    const T: u16 = FibRuleAttrs::PRIORITY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Fwmark(v) => {
                    const T: u16 = FibRuleAttrs::FWMARK;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Flow(v) => {
                    const T: u16 = FibRuleAttrs::FLOW;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TunId(v) => {
                    const T: u16 = FibRuleAttrs::TUN_ID;
                    b.attr(T, &v.to_be_bytes());
                }
                Self::SuppressIfgroup(v) => {
                    const T: u16 = FibRuleAttrs::SUPPRESS_IFGROUP;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::SuppressPrefixlen(v) => {
                    const T: u16 = FibRuleAttrs::SUPPRESS_PREFIXLEN;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Table(v) => {
                    const T: u16 = FibRuleAttrs::TABLE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Fwmask(v) => {
                    const T: u16 = FibRuleAttrs::FWMASK;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Oifname(v) => {
                    const T: u16 = FibRuleAttrs::OIFNAME;
                    b.attr_str(T, v);
                }
                Self::Pad(v) => {
                    const T: u16 = FibRuleAttrs::PAD;
                    b.attr(T, v);
                }
                Self::L3mdev(v) => {
                    const T: u16 = FibRuleAttrs::L3MDEV;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::UidRange(v) => {
                    const T: u16 = FibRuleAttrs::UID_RANGE;
                    v.emit(T, b);
                }
                Self::Protocol(v) => {
                    const T: u16 = FibRuleAttrs::PROTOCOL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::IpProto(v) => {
                    const T: u16 = FibRuleAttrs::IP_PROTO;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::SportRange(v) => {
                    const T: u16 = FibRuleAttrs::SPORT_RANGE;
                    v.emit(T, b);
                }
                Self::DportRange(v) => {
                    const T: u16 = FibRuleAttrs::DPORT_RANGE;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, FibRuleAttrs::UNSPEC | FibRuleAttrs::DST | FibRuleAttrs::SRC | FibRuleAttrs::IIFNAME | FibRuleAttrs::GOTO | FibRuleAttrs::PRIORITY | FibRuleAttrs::FWMARK | FibRuleAttrs::FLOW | FibRuleAttrs::TUN_ID | FibRuleAttrs::SUPPRESS_IFGROUP | FibRuleAttrs::SUPPRESS_PREFIXLEN | FibRuleAttrs::TABLE | FibRuleAttrs::FWMASK | FibRuleAttrs::OIFNAME | FibRuleAttrs::PAD | FibRuleAttrs::L3MDEV | FibRuleAttrs::UID_RANGE | FibRuleAttrs::PROTOCOL | FibRuleAttrs::IP_PROTO | FibRuleAttrs::SPORT_RANGE | FibRuleAttrs::DPORT_RANGE) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

}

/// The operations' message types (`nlmsg_type`); `_REPLY` where the reply has its own.
pub mod ops {
    /// Add a rule.
    ///
    /// `newrule`: a request.
    pub const NEWRULE: u16 = 32;
    /// Remove a rule.
    ///
    /// `delrule`: a request.
    pub const DELRULE: u16 = 33;
    /// Dump the rules.
    ///
    /// `getrule`: a request.
    pub const GETRULE: u16 = 34;
    /// The reply to `getrule`.
    pub const GETRULE_REPLY: u16 = 32;
}

/// A message type per operation: its fixed header and attribute set
/// (parse with `Message::parse_as`, build with `Msg::new`, send with
/// `Request::message`).
pub mod msgs {
    #[allow(unused_imports)]
    use super::nlw;

    /// Messages of `newrule`.
    ///
    /// The do request carries: family, dst-len, src-len, tos, table, action, flags, dst, src, iifname, goto, priority, fwmark, flow, tun-id, suppress-ifgroup, suppress-prefixlen, table, fwmask, oifname, l3mdev, uid-range, protocol, ip-proto, sport-range, dport-range.
    pub type Newrule<'a> = nlw::ynl::Msg<'a, super::defs::FibRuleHdr, super::attrs::FibRuleAttrs<'a>>;

    /// Messages of `delrule`.
    ///
    /// The do request carries: family, dst-len, src-len, tos, table, action, flags, dst, src, iifname, goto, priority, fwmark, flow, tun-id, suppress-ifgroup, suppress-prefixlen, table, fwmask, oifname, l3mdev, uid-range, protocol, ip-proto, sport-range, dport-range.
    pub type Delrule<'a> = nlw::ynl::Msg<'a, super::defs::FibRuleHdr, super::attrs::FibRuleAttrs<'a>>;

    /// Messages of `getrule`.
    ///
    /// The dump request carries: family.
    ///
    /// The dump reply carries: family, dst-len, src-len, tos, table, action, flags, dst, src, iifname, goto, priority, fwmark, flow, tun-id, suppress-ifgroup, suppress-prefixlen, table, fwmask, oifname, l3mdev, uid-range, protocol, ip-proto, sport-range, dport-range.
    pub type Getrule<'a> = nlw::ynl::Msg<'a, super::defs::FibRuleHdr, super::attrs::FibRuleAttrs<'a>>;

}

/// Multicast groups.
pub mod groups {
    /// Group `rtnlgrp-ipv4-rule`.
    pub const RTNLGRP_IPV4_RULE: u32 = 8;
    /// Group `rtnlgrp-ipv6-rule`.
    pub const RTNLGRP_IPV6_RULE: u32 = 19;
}
