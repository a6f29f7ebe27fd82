// Generated from the kernel's ethtool.yaml by `NLKIT_REGEN=1 cargo test -p nlkit --test generated_families`; do not edit.
// Rust for the `ethtool` netlink family, from its YNL spec.

#[allow(unused_imports)]
use crate::wire as nlw;

/// The family's name (generic netlink: the name the controller resolves).
///
/// Partial family for Ethtool Netlink.
pub const FAMILY_NAME: &str = "ethtool";
/// The netlink protocol number (`NETLINK_GENERIC` for generic netlink).
pub const PROTONUM: u16 = 16;
/// The protocol version sent in `genlmsghdr`.
pub const VERSION: u8 = 1;

/// Constants, enums, flags and structs of the spec's `definitions`.
pub mod defs {
    #[allow(unused_imports)]
    use super::nlw;

    /// `udp-tunnel-type` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct UdpTunnelType(pub u32);

    impl UdpTunnelType {
        /// `vxlan`.
        pub const VXLAN: UdpTunnelType = UdpTunnelType(0);
        /// `geneve`.
        pub const GENEVE: UdpTunnelType = UdpTunnelType(1);
        /// `vxlan-gpe`.
        pub const VXLAN_GPE: UdpTunnelType = UdpTunnelType(2);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(UdpTunnelType, &'static str)] = &[
            (UdpTunnelType::VXLAN, "vxlan"),
            (UdpTunnelType::GENEVE, "geneve"),
            (UdpTunnelType::VXLAN_GPE, "vxlan-gpe"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            UdpTunnelType::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for UdpTunnelType {
        fn from(v: u32) -> Self {
            UdpTunnelType(v)
        }
    }

    impl From<UdpTunnelType> for u32 {
        fn from(v: UdpTunnelType) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for UdpTunnelType {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "UdpTunnelType({})", self.0),
            }
        }
    }

    /// `stringset` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct Stringset(pub u32);

    impl Stringset {
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(Stringset, &'static str)] = &[
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            Stringset::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for Stringset {
        fn from(v: u32) -> Self {
            Stringset(v)
        }
    }

    impl From<Stringset> for u32 {
        fn from(v: Stringset) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for Stringset {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "Stringset({})", self.0),
            }
        }
    }

    /// `header-flags` (flags).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct HeaderFlags(pub u32);

    impl HeaderFlags {
        /// `compact-bitsets`.
        pub const COMPACT_BITSETS: HeaderFlags = HeaderFlags(1);
        /// `omit-reply`.
        pub const OMIT_REPLY: HeaderFlags = HeaderFlags(2);
        /// `stats`.
        pub const STATS: HeaderFlags = HeaderFlags(4);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(HeaderFlags, &'static str)] = &[
            (HeaderFlags::COMPACT_BITSETS, "compact-bitsets"),
            (HeaderFlags::OMIT_REPLY, "omit-reply"),
            (HeaderFlags::STATS, "stats"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            HeaderFlags::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }

        /// True if every bit of `other` is set.
        pub fn contains(self, other: HeaderFlags) -> bool {
            self.0 & other.0 == other.0
        }

        /// True if no bit is set.
        pub fn is_empty(self) -> bool {
            self.0 == 0
        }
    }

    impl From<u32> for HeaderFlags {
        fn from(v: u32) -> Self {
            HeaderFlags(v)
        }
    }

    impl From<HeaderFlags> for u32 {
        fn from(v: HeaderFlags) -> Self {
            v.0
        }
    }

    impl core::ops::BitOr for HeaderFlags {
        type Output = HeaderFlags;
        fn bitor(self, o: HeaderFlags) -> HeaderFlags {
            HeaderFlags(self.0 | o.0)
        }
    }

    impl core::ops::BitAnd for HeaderFlags {
        type Output = HeaderFlags;
        fn bitand(self, o: HeaderFlags) -> HeaderFlags {
            HeaderFlags(self.0 & o.0)
        }
    }

    impl core::fmt::Debug for HeaderFlags {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            let mut rest = self.0;
            let mut first = true;
            for (v, n) in HeaderFlags::ENTRIES {
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

    /// `module-fw-flash-status` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct ModuleFwFlashStatus(pub u32);

    impl ModuleFwFlashStatus {
        /// `started`.
        pub const STARTED: ModuleFwFlashStatus = ModuleFwFlashStatus(0);
        /// `in_progress`.
        pub const IN_PROGRESS: ModuleFwFlashStatus = ModuleFwFlashStatus(1);
        /// `completed`.
        pub const COMPLETED: ModuleFwFlashStatus = ModuleFwFlashStatus(2);
        /// `error`.
        pub const ERROR: ModuleFwFlashStatus = ModuleFwFlashStatus(3);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(ModuleFwFlashStatus, &'static str)] = &[
            (ModuleFwFlashStatus::STARTED, "started"),
            (ModuleFwFlashStatus::IN_PROGRESS, "in_progress"),
            (ModuleFwFlashStatus::COMPLETED, "completed"),
            (ModuleFwFlashStatus::ERROR, "error"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            ModuleFwFlashStatus::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for ModuleFwFlashStatus {
        fn from(v: u32) -> Self {
            ModuleFwFlashStatus(v)
        }
    }

    impl From<ModuleFwFlashStatus> for u32 {
        fn from(v: ModuleFwFlashStatus) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for ModuleFwFlashStatus {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "ModuleFwFlashStatus({})", self.0),
            }
        }
    }

    /// `c33-pse-ext-state` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct C33PseExtState(pub u32);

    impl C33PseExtState {
        /// `none`.
        pub const NONE: C33PseExtState = C33PseExtState(0);
        /// `error-condition`.
        pub const ERROR_CONDITION: C33PseExtState = C33PseExtState(1);
        /// `mr-mps-valid`.
        pub const MR_MPS_VALID: C33PseExtState = C33PseExtState(2);
        /// `mr-pse-enable`.
        pub const MR_PSE_ENABLE: C33PseExtState = C33PseExtState(3);
        /// `option-detect-ted`.
        pub const OPTION_DETECT_TED: C33PseExtState = C33PseExtState(4);
        /// `option-vport-lim`.
        pub const OPTION_VPORT_LIM: C33PseExtState = C33PseExtState(5);
        /// `ovld-detected`.
        pub const OVLD_DETECTED: C33PseExtState = C33PseExtState(6);
        /// `power-not-available`.
        pub const POWER_NOT_AVAILABLE: C33PseExtState = C33PseExtState(7);
        /// `short-detected`.
        pub const SHORT_DETECTED: C33PseExtState = C33PseExtState(8);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(C33PseExtState, &'static str)] = &[
            (C33PseExtState::NONE, "none"),
            (C33PseExtState::ERROR_CONDITION, "error-condition"),
            (C33PseExtState::MR_MPS_VALID, "mr-mps-valid"),
            (C33PseExtState::MR_PSE_ENABLE, "mr-pse-enable"),
            (C33PseExtState::OPTION_DETECT_TED, "option-detect-ted"),
            (C33PseExtState::OPTION_VPORT_LIM, "option-vport-lim"),
            (C33PseExtState::OVLD_DETECTED, "ovld-detected"),
            (C33PseExtState::POWER_NOT_AVAILABLE, "power-not-available"),
            (C33PseExtState::SHORT_DETECTED, "short-detected"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            C33PseExtState::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for C33PseExtState {
        fn from(v: u32) -> Self {
            C33PseExtState(v)
        }
    }

    impl From<C33PseExtState> for u32 {
        fn from(v: C33PseExtState) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for C33PseExtState {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "C33PseExtState({})", self.0),
            }
        }
    }

    /// `phy-upstream-type` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct PhyUpstreamType(pub u32);

    impl PhyUpstreamType {
        /// `mac`.
        pub const MAC: PhyUpstreamType = PhyUpstreamType(0);
        /// `phy`.
        pub const PHY: PhyUpstreamType = PhyUpstreamType(1);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(PhyUpstreamType, &'static str)] = &[
            (PhyUpstreamType::MAC, "mac"),
            (PhyUpstreamType::PHY, "phy"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            PhyUpstreamType::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for PhyUpstreamType {
        fn from(v: u32) -> Self {
            PhyUpstreamType(v)
        }
    }

    impl From<PhyUpstreamType> for u32 {
        fn from(v: PhyUpstreamType) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for PhyUpstreamType {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "PhyUpstreamType({})", self.0),
            }
        }
    }

}

/// One enum per attribute set: a variant per attribute, its value as the
/// spec types it; `Other` keeps what the spec does not know.
pub mod attrs {
    #[allow(unused_imports)]
    use super::nlw;

    /// Attribute set `header`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Header<'a> {
        /// `dev-index` (type 1, u32).
        DevIndex(u32),
        /// `dev-name` (type 2, string).
        DevName(&'a str),
        /// `flags` (type 3, u32).
        Flags(super::defs::HeaderFlags),
        /// `phy-index` (type 4, u32).
        PhyIndex(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Header<'_> {
        /// Type number of `dev-index`.
        pub const DEV_INDEX: u16 = 1;
        /// Type number of `dev-name`.
        pub const DEV_NAME: u16 = 2;
        /// Type number of `flags`.
        pub const FLAGS: u16 = 3;
        /// Type number of `phy-index`.
        pub const PHY_INDEX: u16 = 4;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Header<'a> {
        const SET: &'static str = "header";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::DEV_INDEX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::DevIndex(v),
                    None => Self::Other(a),
                },
                Self::DEV_NAME => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::DevName(v),
                    None => Self::Other(a),
                },
                Self::FLAGS => match a.array::<4>().ok().map(u32::from_ne_bytes).map(super::defs::HeaderFlags) {
                    Some(v) => Self::Flags(v),
                    None => Self::Other(a),
                },
                Self::PHY_INDEX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::PhyIndex(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::DevIndex(_) => Self::DEV_INDEX,
                Self::DevName(_) => Self::DEV_NAME,
                Self::Flags(_) => Self::FLAGS,
                Self::PhyIndex(_) => Self::PHY_INDEX,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::DevIndex(_) => nlw::attr_len(4),
                Self::DevName(v) => nlw::ynl::str_len(v),
                Self::Flags(_) => nlw::attr_len(4),
                Self::PhyIndex(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::DevIndex(v) => {
                    const T: u16 = Header::DEV_INDEX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::DevName(v) => {
                    const T: u16 = Header::DEV_NAME;
                    b.attr_str(T, v);
                }
                Self::Flags(v) => {
                    const T: u16 = Header::FLAGS;
                    b.attr(T, &v.0.to_ne_bytes());
                }
                Self::PhyIndex(v) => {
                    const T: u16 = Header::PHY_INDEX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, Header::DEV_INDEX | Header::DEV_NAME | Header::FLAGS | Header::PHY_INDEX) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `bitset-bit`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum BitsetBit<'a> {
        /// `index` (type 1, u32).
        Index(u32),
        /// `name` (type 2, string).
        Name(&'a str),
        /// `value` (type 3, flag).
        Value,
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl BitsetBit<'_> {
        /// Type number of `index`.
        pub const INDEX: u16 = 1;
        /// Type number of `name`.
        pub const NAME: u16 = 2;
        /// Type number of `value`.
        pub const VALUE: u16 = 3;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for BitsetBit<'a> {
        const SET: &'static str = "bitset-bit";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::INDEX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Index(v),
                    None => Self::Other(a),
                },
                Self::NAME => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::Name(v),
                    None => Self::Other(a),
                },
                Self::VALUE if a.value.is_empty() => Self::Value,
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Index(_) => Self::INDEX,
                Self::Name(_) => Self::NAME,
                Self::Value => Self::VALUE,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Index(_) => nlw::attr_len(4),
                Self::Name(v) => nlw::ynl::str_len(v),
                Self::Value => nlw::attr_len(0),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Index(v) => {
                    const T: u16 = BitsetBit::INDEX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Name(v) => {
                    const T: u16 = BitsetBit::NAME;
                    b.attr_str(T, v);
                }
                Self::Value => {
                    const T: u16 = BitsetBit::VALUE;
                    b.attr_flag(T);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, BitsetBit::INDEX | BitsetBit::NAME | BitsetBit::VALUE) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `bitset-bits`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum BitsetBits<'a> {
        /// `bit` (type 1, nest).
        Bit(nlw::ynl::Nest<'a, BitsetBit<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl BitsetBits<'_> {
        /// Type number of `bit`.
        pub const BIT: u16 = 1;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for BitsetBits<'a> {
        const SET: &'static str = "bitset-bits";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::BIT => Self::Bit(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Bit(_) => Self::BIT,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Bit(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Bit(v) => {
                    const T: u16 = BitsetBits::BIT;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Bit(v) => {
                    const T: u16 = BitsetBits::BIT;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, BitsetBits::BIT) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `bitset`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Bitset<'a> {
        /// `nomask` (type 1, flag).
        Nomask,
        /// `size` (type 2, u32).
        Size(u32),
        /// `bits` (type 3, nest).
        Bits(nlw::ynl::Nest<'a, BitsetBits<'a>>),
        /// `value` (type 4, binary).
        Value(&'a [u8]),
        /// `mask` (type 5, binary).
        Mask(&'a [u8]),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Bitset<'_> {
        /// Type number of `nomask`.
        pub const NOMASK: u16 = 1;
        /// Type number of `size`.
        pub const SIZE: u16 = 2;
        /// Type number of `bits`.
        pub const BITS: u16 = 3;
        /// Type number of `value`.
        pub const VALUE: u16 = 4;
        /// Type number of `mask`.
        pub const MASK: u16 = 5;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Bitset<'a> {
        const SET: &'static str = "bitset";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::NOMASK if a.value.is_empty() => Self::Nomask,
                Self::SIZE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Size(v),
                    None => Self::Other(a),
                },
                Self::BITS => Self::Bits(nlw::ynl::Nest::Wire(a.value)),
                Self::VALUE => Self::Value(a.value),
                Self::MASK => Self::Mask(a.value),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Nomask => Self::NOMASK,
                Self::Size(_) => Self::SIZE,
                Self::Bits(_) => Self::BITS,
                Self::Value(_) => Self::VALUE,
                Self::Mask(_) => Self::MASK,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Nomask => nlw::attr_len(0),
                Self::Size(_) => nlw::attr_len(4),
                Self::Bits(v) => v.encoded_len(),
                Self::Value(v) => nlw::attr_len(v.len()),
                Self::Mask(v) => nlw::attr_len(v.len()),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Nomask => {
                    const T: u16 = Bitset::NOMASK;
                    b.attr_flag(T);
                }
                Self::Size(v) => {
                    const T: u16 = Bitset::SIZE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Bits(v) => {
                    const T: u16 = Bitset::BITS;
                    v.emit(T, b);
                }
                Self::Value(v) => {
                    const T: u16 = Bitset::VALUE;
                    b.attr(T, v);
                }
                Self::Mask(v) => {
                    const T: u16 = Bitset::MASK;
                    b.attr(T, v);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Bits(v) => {
                    const T: u16 = Bitset::BITS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Bitset::NOMASK | Bitset::SIZE | Bitset::BITS | Bitset::VALUE | Bitset::MASK) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `string`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum String<'a> {
        /// `index` (type 1, u32).
        Index(u32),
        /// `value` (type 2, string).
        Value(&'a str),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl String<'_> {
        /// Type number of `index`.
        pub const INDEX: u16 = 1;
        /// Type number of `value`.
        pub const VALUE: u16 = 2;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for String<'a> {
        const SET: &'static str = "string";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::INDEX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Index(v),
                    None => Self::Other(a),
                },
                Self::VALUE => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::Value(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Index(_) => Self::INDEX,
                Self::Value(_) => Self::VALUE,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Index(_) => nlw::attr_len(4),
                Self::Value(v) => nlw::ynl::str_len(v),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Index(v) => {
                    const T: u16 = String::INDEX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Value(v) => {
                    const T: u16 = String::VALUE;
                    b.attr_str(T, v);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, String::INDEX | String::VALUE) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `strings`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Strings<'a> {
        /// `string` (type 1, nest).
        String(nlw::ynl::Nest<'a, String<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Strings<'_> {
        /// Type number of `string`.
        pub const STRING: u16 = 1;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Strings<'a> {
        const SET: &'static str = "strings";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::STRING => Self::String(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::String(_) => Self::STRING,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::String(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::String(v) => {
                    const T: u16 = Strings::STRING;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::String(v) => {
                    const T: u16 = Strings::STRING;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Strings::STRING) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `stringset`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Stringset<'a> {
        /// `id` (type 1, u32).
        Id(u32),
        /// `count` (type 2, u32).
        Count(u32),
        /// `strings` (type 3, nest).
        Strings(nlw::ynl::Nest<'a, Strings<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Stringset<'_> {
        /// Type number of `id`.
        pub const ID: u16 = 1;
        /// Type number of `count`.
        pub const COUNT: u16 = 2;
        /// Type number of `strings`.
        pub const STRINGS: u16 = 3;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Stringset<'a> {
        const SET: &'static str = "stringset";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::ID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Id(v),
                    None => Self::Other(a),
                },
                Self::COUNT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Count(v),
                    None => Self::Other(a),
                },
                Self::STRINGS => Self::Strings(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Id(_) => Self::ID,
                Self::Count(_) => Self::COUNT,
                Self::Strings(_) => Self::STRINGS,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Id(_) => nlw::attr_len(4),
                Self::Count(_) => nlw::attr_len(4),
                Self::Strings(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Id(v) => {
                    const T: u16 = Stringset::ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Count(v) => {
                    const T: u16 = Stringset::COUNT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Strings(v) => {
                    const T: u16 = Stringset::STRINGS;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Strings(v) => {
                    const T: u16 = Stringset::STRINGS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Stringset::ID | Stringset::COUNT | Stringset::STRINGS) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `stringsets`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Stringsets<'a> {
        /// `stringset` (type 1, nest).
        Stringset(nlw::ynl::Nest<'a, Stringset<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Stringsets<'_> {
        /// Type number of `stringset`.
        pub const STRINGSET: u16 = 1;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Stringsets<'a> {
        const SET: &'static str = "stringsets";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::STRINGSET => Self::Stringset(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Stringset(_) => Self::STRINGSET,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Stringset(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Stringset(v) => {
                    const T: u16 = Stringsets::STRINGSET;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Stringset(v) => {
                    const T: u16 = Stringsets::STRINGSET;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Stringsets::STRINGSET) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `strset`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Strset<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `stringsets` (type 2, nest).
        Stringsets(nlw::ynl::Nest<'a, Stringsets<'a>>),
        /// `counts-only` (type 3, flag).
        CountsOnly,
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Strset<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `stringsets`.
        pub const STRINGSETS: u16 = 2;
        /// Type number of `counts-only`.
        pub const COUNTS_ONLY: u16 = 3;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Strset<'a> {
        const SET: &'static str = "strset";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::STRINGSETS => Self::Stringsets(nlw::ynl::Nest::Wire(a.value)),
                Self::COUNTS_ONLY if a.value.is_empty() => Self::CountsOnly,
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Stringsets(_) => Self::STRINGSETS,
                Self::CountsOnly => Self::COUNTS_ONLY,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Stringsets(v) => v.encoded_len(),
                Self::CountsOnly => nlw::attr_len(0),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Strset::HEADER;
                    v.emit(T, b);
                }
                Self::Stringsets(v) => {
                    const T: u16 = Strset::STRINGSETS;
                    v.emit(T, b);
                }
                Self::CountsOnly => {
                    const T: u16 = Strset::COUNTS_ONLY;
                    b.attr_flag(T);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Strset::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Stringsets(v) => {
                    const T: u16 = Strset::STRINGSETS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Strset::HEADER | Strset::STRINGSETS | Strset::COUNTS_ONLY) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `privflags`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Privflags<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `flags` (type 2, nest).
        Flags(nlw::ynl::Nest<'a, Bitset<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Privflags<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `flags`.
        pub const FLAGS: u16 = 2;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Privflags<'a> {
        const SET: &'static str = "privflags";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::FLAGS => Self::Flags(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Flags(_) => Self::FLAGS,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Flags(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Privflags::HEADER;
                    v.emit(T, b);
                }
                Self::Flags(v) => {
                    const T: u16 = Privflags::FLAGS;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Privflags::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Flags(v) => {
                    const T: u16 = Privflags::FLAGS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Privflags::HEADER | Privflags::FLAGS) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `rings`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Rings<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `rx-max` (type 2, u32).
        RxMax(u32),
        /// `rx-mini-max` (type 3, u32).
        RxMiniMax(u32),
        /// `rx-jumbo-max` (type 4, u32).
        RxJumboMax(u32),
        /// `tx-max` (type 5, u32).
        TxMax(u32),
        /// `rx` (type 6, u32).
        Rx(u32),
        /// `rx-mini` (type 7, u32).
        RxMini(u32),
        /// `rx-jumbo` (type 8, u32).
        RxJumbo(u32),
        /// `tx` (type 9, u32).
        Tx(u32),
        /// `rx-buf-len` (type 10, u32).
        RxBufLen(u32),
        /// `tcp-data-split` (type 11, u8).
        TcpDataSplit(u8),
        /// `cqe-size` (type 12, u32).
        CqeSize(u32),
        /// `tx-push` (type 13, u8).
        TxPush(u8),
        /// `rx-push` (type 14, u8).
        RxPush(u8),
        /// `tx-push-buf-len` (type 15, u32).
        TxPushBufLen(u32),
        /// `tx-push-buf-len-max` (type 16, u32).
        TxPushBufLenMax(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Rings<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `rx-max`.
        pub const RX_MAX: u16 = 2;
        /// Type number of `rx-mini-max`.
        pub const RX_MINI_MAX: u16 = 3;
        /// Type number of `rx-jumbo-max`.
        pub const RX_JUMBO_MAX: u16 = 4;
        /// Type number of `tx-max`.
        pub const TX_MAX: u16 = 5;
        /// Type number of `rx`.
        pub const RX: u16 = 6;
        /// Type number of `rx-mini`.
        pub const RX_MINI: u16 = 7;
        /// Type number of `rx-jumbo`.
        pub const RX_JUMBO: u16 = 8;
        /// Type number of `tx`.
        pub const TX: u16 = 9;
        /// Type number of `rx-buf-len`.
        pub const RX_BUF_LEN: u16 = 10;
        /// Type number of `tcp-data-split`.
        pub const TCP_DATA_SPLIT: u16 = 11;
        /// Type number of `cqe-size`.
        pub const CQE_SIZE: u16 = 12;
        /// Type number of `tx-push`.
        pub const TX_PUSH: u16 = 13;
        /// Type number of `rx-push`.
        pub const RX_PUSH: u16 = 14;
        /// Type number of `tx-push-buf-len`.
        pub const TX_PUSH_BUF_LEN: u16 = 15;
        /// Type number of `tx-push-buf-len-max`.
        pub const TX_PUSH_BUF_LEN_MAX: u16 = 16;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Rings<'a> {
        const SET: &'static str = "rings";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::RX_MAX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RxMax(v),
                    None => Self::Other(a),
                },
                Self::RX_MINI_MAX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RxMiniMax(v),
                    None => Self::Other(a),
                },
                Self::RX_JUMBO_MAX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RxJumboMax(v),
                    None => Self::Other(a),
                },
                Self::TX_MAX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TxMax(v),
                    None => Self::Other(a),
                },
                Self::RX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Rx(v),
                    None => Self::Other(a),
                },
                Self::RX_MINI => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RxMini(v),
                    None => Self::Other(a),
                },
                Self::RX_JUMBO => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RxJumbo(v),
                    None => Self::Other(a),
                },
                Self::TX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Tx(v),
                    None => Self::Other(a),
                },
                Self::RX_BUF_LEN => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RxBufLen(v),
                    None => Self::Other(a),
                },
                Self::TCP_DATA_SPLIT => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::TcpDataSplit(v),
                    None => Self::Other(a),
                },
                Self::CQE_SIZE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::CqeSize(v),
                    None => Self::Other(a),
                },
                Self::TX_PUSH => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::TxPush(v),
                    None => Self::Other(a),
                },
                Self::RX_PUSH => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::RxPush(v),
                    None => Self::Other(a),
                },
                Self::TX_PUSH_BUF_LEN => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TxPushBufLen(v),
                    None => Self::Other(a),
                },
                Self::TX_PUSH_BUF_LEN_MAX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TxPushBufLenMax(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::RxMax(_) => Self::RX_MAX,
                Self::RxMiniMax(_) => Self::RX_MINI_MAX,
                Self::RxJumboMax(_) => Self::RX_JUMBO_MAX,
                Self::TxMax(_) => Self::TX_MAX,
                Self::Rx(_) => Self::RX,
                Self::RxMini(_) => Self::RX_MINI,
                Self::RxJumbo(_) => Self::RX_JUMBO,
                Self::Tx(_) => Self::TX,
                Self::RxBufLen(_) => Self::RX_BUF_LEN,
                Self::TcpDataSplit(_) => Self::TCP_DATA_SPLIT,
                Self::CqeSize(_) => Self::CQE_SIZE,
                Self::TxPush(_) => Self::TX_PUSH,
                Self::RxPush(_) => Self::RX_PUSH,
                Self::TxPushBufLen(_) => Self::TX_PUSH_BUF_LEN,
                Self::TxPushBufLenMax(_) => Self::TX_PUSH_BUF_LEN_MAX,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::RxMax(_) => nlw::attr_len(4),
                Self::RxMiniMax(_) => nlw::attr_len(4),
                Self::RxJumboMax(_) => nlw::attr_len(4),
                Self::TxMax(_) => nlw::attr_len(4),
                Self::Rx(_) => nlw::attr_len(4),
                Self::RxMini(_) => nlw::attr_len(4),
                Self::RxJumbo(_) => nlw::attr_len(4),
                Self::Tx(_) => nlw::attr_len(4),
                Self::RxBufLen(_) => nlw::attr_len(4),
                Self::TcpDataSplit(_) => nlw::attr_len(1),
                Self::CqeSize(_) => nlw::attr_len(4),
                Self::TxPush(_) => nlw::attr_len(1),
                Self::RxPush(_) => nlw::attr_len(1),
                Self::TxPushBufLen(_) => nlw::attr_len(4),
                Self::TxPushBufLenMax(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Rings::HEADER;
                    v.emit(T, b);
                }
                Self::RxMax(v) => {
                    const T: u16 = Rings::RX_MAX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RxMiniMax(v) => {
                    const T: u16 = Rings::RX_MINI_MAX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RxJumboMax(v) => {
                    const T: u16 = Rings::RX_JUMBO_MAX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxMax(v) => {
                    const T: u16 = Rings::TX_MAX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Rx(v) => {
                    const T: u16 = Rings::RX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RxMini(v) => {
                    const T: u16 = Rings::RX_MINI;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RxJumbo(v) => {
                    const T: u16 = Rings::RX_JUMBO;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Tx(v) => {
                    const T: u16 = Rings::TX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RxBufLen(v) => {
                    const T: u16 = Rings::RX_BUF_LEN;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TcpDataSplit(v) => {
                    const T: u16 = Rings::TCP_DATA_SPLIT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::CqeSize(v) => {
                    const T: u16 = Rings::CQE_SIZE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxPush(v) => {
                    const T: u16 = Rings::TX_PUSH;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RxPush(v) => {
                    const T: u16 = Rings::RX_PUSH;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxPushBufLen(v) => {
                    const T: u16 = Rings::TX_PUSH_BUF_LEN;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxPushBufLenMax(v) => {
                    const T: u16 = Rings::TX_PUSH_BUF_LEN_MAX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Rings::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Rings::HEADER | Rings::RX_MAX | Rings::RX_MINI_MAX | Rings::RX_JUMBO_MAX | Rings::TX_MAX | Rings::RX | Rings::RX_MINI | Rings::RX_JUMBO | Rings::TX | Rings::RX_BUF_LEN | Rings::TCP_DATA_SPLIT | Rings::CQE_SIZE | Rings::TX_PUSH | Rings::RX_PUSH | Rings::TX_PUSH_BUF_LEN | Rings::TX_PUSH_BUF_LEN_MAX) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `mm-stat`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum MmStat<'a> {
        /// `pad` (type 1, pad).
        Pad(&'a [u8]),
        /// `reassembly-errors` (type 2, u64).
        ReassemblyErrors(u64),
        /// `smd-errors` (type 3, u64).
        SmdErrors(u64),
        /// `reassembly-ok` (type 4, u64).
        ReassemblyOk(u64),
        /// `rx-frag-count` (type 5, u64).
        RxFragCount(u64),
        /// `tx-frag-count` (type 6, u64).
        TxFragCount(u64),
        /// `hold-count` (type 7, u64).
        HoldCount(u64),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl MmStat<'_> {
        /// Type number of `pad`.
        pub const PAD: u16 = 1;
        /// Type number of `reassembly-errors`.
        pub const REASSEMBLY_ERRORS: u16 = 2;
        /// Type number of `smd-errors`.
        pub const SMD_ERRORS: u16 = 3;
        /// Type number of `reassembly-ok`.
        pub const REASSEMBLY_OK: u16 = 4;
        /// Type number of `rx-frag-count`.
        pub const RX_FRAG_COUNT: u16 = 5;
        /// Type number of `tx-frag-count`.
        pub const TX_FRAG_COUNT: u16 = 6;
        /// Type number of `hold-count`.
        pub const HOLD_COUNT: u16 = 7;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for MmStat<'a> {
        const SET: &'static str = "mm-stat";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::PAD => Self::Pad(a.value),
                Self::REASSEMBLY_ERRORS => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::ReassemblyErrors(v),
                    None => Self::Other(a),
                },
                Self::SMD_ERRORS => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::SmdErrors(v),
                    None => Self::Other(a),
                },
                Self::REASSEMBLY_OK => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::ReassemblyOk(v),
                    None => Self::Other(a),
                },
                Self::RX_FRAG_COUNT => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::RxFragCount(v),
                    None => Self::Other(a),
                },
                Self::TX_FRAG_COUNT => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::TxFragCount(v),
                    None => Self::Other(a),
                },
                Self::HOLD_COUNT => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::HoldCount(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Pad(_) => Self::PAD,
                Self::ReassemblyErrors(_) => Self::REASSEMBLY_ERRORS,
                Self::SmdErrors(_) => Self::SMD_ERRORS,
                Self::ReassemblyOk(_) => Self::REASSEMBLY_OK,
                Self::RxFragCount(_) => Self::RX_FRAG_COUNT,
                Self::TxFragCount(_) => Self::TX_FRAG_COUNT,
                Self::HoldCount(_) => Self::HOLD_COUNT,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Pad(v) => nlw::attr_len(v.len()),
                Self::ReassemblyErrors(_) => nlw::attr_len(8),
                Self::SmdErrors(_) => nlw::attr_len(8),
                Self::ReassemblyOk(_) => nlw::attr_len(8),
                Self::RxFragCount(_) => nlw::attr_len(8),
                Self::TxFragCount(_) => nlw::attr_len(8),
                Self::HoldCount(_) => nlw::attr_len(8),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Pad(v) => {
                    const T: u16 = MmStat::PAD;
                    b.attr(T, v);
                }
                Self::ReassemblyErrors(v) => {
                    const T: u16 = MmStat::REASSEMBLY_ERRORS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::SmdErrors(v) => {
                    const T: u16 = MmStat::SMD_ERRORS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ReassemblyOk(v) => {
                    const T: u16 = MmStat::REASSEMBLY_OK;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RxFragCount(v) => {
                    const T: u16 = MmStat::RX_FRAG_COUNT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxFragCount(v) => {
                    const T: u16 = MmStat::TX_FRAG_COUNT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::HoldCount(v) => {
                    const T: u16 = MmStat::HOLD_COUNT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, MmStat::PAD | MmStat::REASSEMBLY_ERRORS | MmStat::SMD_ERRORS | MmStat::REASSEMBLY_OK | MmStat::RX_FRAG_COUNT | MmStat::TX_FRAG_COUNT | MmStat::HOLD_COUNT) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `mm`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Mm<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `pmac-enabled` (type 2, u8).
        PmacEnabled(u8),
        /// `tx-enabled` (type 3, u8).
        TxEnabled(u8),
        /// `tx-active` (type 4, u8).
        TxActive(u8),
        /// `tx-min-frag-size` (type 5, u32).
        TxMinFragSize(u32),
        /// `rx-min-frag-size` (type 6, u32).
        RxMinFragSize(u32),
        /// `verify-enabled` (type 7, u8).
        VerifyEnabled(u8),
        /// `verify-status` (type 8, u8).
        VerifyStatus(u8),
        /// `verify-time` (type 9, u32).
        VerifyTime(u32),
        /// `max-verify-time` (type 10, u32).
        MaxVerifyTime(u32),
        /// `stats` (type 11, nest).
        Stats(nlw::ynl::Nest<'a, MmStat<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Mm<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `pmac-enabled`.
        pub const PMAC_ENABLED: u16 = 2;
        /// Type number of `tx-enabled`.
        pub const TX_ENABLED: u16 = 3;
        /// Type number of `tx-active`.
        pub const TX_ACTIVE: u16 = 4;
        /// Type number of `tx-min-frag-size`.
        pub const TX_MIN_FRAG_SIZE: u16 = 5;
        /// Type number of `rx-min-frag-size`.
        pub const RX_MIN_FRAG_SIZE: u16 = 6;
        /// Type number of `verify-enabled`.
        pub const VERIFY_ENABLED: u16 = 7;
        /// Type number of `verify-status`.
        pub const VERIFY_STATUS: u16 = 8;
        /// Type number of `verify-time`.
        pub const VERIFY_TIME: u16 = 9;
        /// Type number of `max-verify-time`.
        pub const MAX_VERIFY_TIME: u16 = 10;
        /// Type number of `stats`.
        pub const STATS: u16 = 11;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Mm<'a> {
        const SET: &'static str = "mm";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::PMAC_ENABLED => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::PmacEnabled(v),
                    None => Self::Other(a),
                },
                Self::TX_ENABLED => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::TxEnabled(v),
                    None => Self::Other(a),
                },
                Self::TX_ACTIVE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::TxActive(v),
                    None => Self::Other(a),
                },
                Self::TX_MIN_FRAG_SIZE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TxMinFragSize(v),
                    None => Self::Other(a),
                },
                Self::RX_MIN_FRAG_SIZE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RxMinFragSize(v),
                    None => Self::Other(a),
                },
                Self::VERIFY_ENABLED => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::VerifyEnabled(v),
                    None => Self::Other(a),
                },
                Self::VERIFY_STATUS => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::VerifyStatus(v),
                    None => Self::Other(a),
                },
                Self::VERIFY_TIME => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::VerifyTime(v),
                    None => Self::Other(a),
                },
                Self::MAX_VERIFY_TIME => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::MaxVerifyTime(v),
                    None => Self::Other(a),
                },
                Self::STATS => Self::Stats(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::PmacEnabled(_) => Self::PMAC_ENABLED,
                Self::TxEnabled(_) => Self::TX_ENABLED,
                Self::TxActive(_) => Self::TX_ACTIVE,
                Self::TxMinFragSize(_) => Self::TX_MIN_FRAG_SIZE,
                Self::RxMinFragSize(_) => Self::RX_MIN_FRAG_SIZE,
                Self::VerifyEnabled(_) => Self::VERIFY_ENABLED,
                Self::VerifyStatus(_) => Self::VERIFY_STATUS,
                Self::VerifyTime(_) => Self::VERIFY_TIME,
                Self::MaxVerifyTime(_) => Self::MAX_VERIFY_TIME,
                Self::Stats(_) => Self::STATS,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::PmacEnabled(_) => nlw::attr_len(1),
                Self::TxEnabled(_) => nlw::attr_len(1),
                Self::TxActive(_) => nlw::attr_len(1),
                Self::TxMinFragSize(_) => nlw::attr_len(4),
                Self::RxMinFragSize(_) => nlw::attr_len(4),
                Self::VerifyEnabled(_) => nlw::attr_len(1),
                Self::VerifyStatus(_) => nlw::attr_len(1),
                Self::VerifyTime(_) => nlw::attr_len(4),
                Self::MaxVerifyTime(_) => nlw::attr_len(4),
                Self::Stats(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Mm::HEADER;
                    v.emit(T, b);
                }
                Self::PmacEnabled(v) => {
                    const T: u16 = Mm::PMAC_ENABLED;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxEnabled(v) => {
                    const T: u16 = Mm::TX_ENABLED;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxActive(v) => {
                    const T: u16 = Mm::TX_ACTIVE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxMinFragSize(v) => {
                    const T: u16 = Mm::TX_MIN_FRAG_SIZE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RxMinFragSize(v) => {
                    const T: u16 = Mm::RX_MIN_FRAG_SIZE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::VerifyEnabled(v) => {
                    const T: u16 = Mm::VERIFY_ENABLED;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::VerifyStatus(v) => {
                    const T: u16 = Mm::VERIFY_STATUS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::VerifyTime(v) => {
                    const T: u16 = Mm::VERIFY_TIME;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::MaxVerifyTime(v) => {
                    const T: u16 = Mm::MAX_VERIFY_TIME;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Stats(v) => {
                    const T: u16 = Mm::STATS;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Mm::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Stats(v) => {
                    const T: u16 = Mm::STATS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Mm::HEADER | Mm::PMAC_ENABLED | Mm::TX_ENABLED | Mm::TX_ACTIVE | Mm::TX_MIN_FRAG_SIZE | Mm::RX_MIN_FRAG_SIZE | Mm::VERIFY_ENABLED | Mm::VERIFY_STATUS | Mm::VERIFY_TIME | Mm::MAX_VERIFY_TIME | Mm::STATS) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `linkinfo`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Linkinfo<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `port` (type 2, u8).
        Port(u8),
        /// `phyaddr` (type 3, u8).
        Phyaddr(u8),
        /// `tp-mdix` (type 4, u8).
        TpMdix(u8),
        /// `tp-mdix-ctrl` (type 5, u8).
        TpMdixCtrl(u8),
        /// `transceiver` (type 6, u8).
        Transceiver(u8),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Linkinfo<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `port`.
        pub const PORT: u16 = 2;
        /// Type number of `phyaddr`.
        pub const PHYADDR: u16 = 3;
        /// Type number of `tp-mdix`.
        pub const TP_MDIX: u16 = 4;
        /// Type number of `tp-mdix-ctrl`.
        pub const TP_MDIX_CTRL: u16 = 5;
        /// Type number of `transceiver`.
        pub const TRANSCEIVER: u16 = 6;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Linkinfo<'a> {
        const SET: &'static str = "linkinfo";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::PORT => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Port(v),
                    None => Self::Other(a),
                },
                Self::PHYADDR => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Phyaddr(v),
                    None => Self::Other(a),
                },
                Self::TP_MDIX => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::TpMdix(v),
                    None => Self::Other(a),
                },
                Self::TP_MDIX_CTRL => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::TpMdixCtrl(v),
                    None => Self::Other(a),
                },
                Self::TRANSCEIVER => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Transceiver(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Port(_) => Self::PORT,
                Self::Phyaddr(_) => Self::PHYADDR,
                Self::TpMdix(_) => Self::TP_MDIX,
                Self::TpMdixCtrl(_) => Self::TP_MDIX_CTRL,
                Self::Transceiver(_) => Self::TRANSCEIVER,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Port(_) => nlw::attr_len(1),
                Self::Phyaddr(_) => nlw::attr_len(1),
                Self::TpMdix(_) => nlw::attr_len(1),
                Self::TpMdixCtrl(_) => nlw::attr_len(1),
                Self::Transceiver(_) => nlw::attr_len(1),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Linkinfo::HEADER;
                    v.emit(T, b);
                }
                Self::Port(v) => {
                    const T: u16 = Linkinfo::PORT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Phyaddr(v) => {
                    const T: u16 = Linkinfo::PHYADDR;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TpMdix(v) => {
                    const T: u16 = Linkinfo::TP_MDIX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TpMdixCtrl(v) => {
                    const T: u16 = Linkinfo::TP_MDIX_CTRL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Transceiver(v) => {
                    const T: u16 = Linkinfo::TRANSCEIVER;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Linkinfo::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Linkinfo::HEADER | Linkinfo::PORT | Linkinfo::PHYADDR | Linkinfo::TP_MDIX | Linkinfo::TP_MDIX_CTRL | Linkinfo::TRANSCEIVER) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `linkmodes`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Linkmodes<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `autoneg` (type 2, u8).
        Autoneg(u8),
        /// `ours` (type 3, nest).
        Ours(nlw::ynl::Nest<'a, Bitset<'a>>),
        /// `peer` (type 4, nest).
        Peer(nlw::ynl::Nest<'a, Bitset<'a>>),
        /// `speed` (type 5, u32).
        Speed(u32),
        /// `duplex` (type 6, u8).
        Duplex(u8),
        /// `master-slave-cfg` (type 7, u8).
        MasterSlaveCfg(u8),
        /// `master-slave-state` (type 8, u8).
        MasterSlaveState(u8),
        /// `lanes` (type 9, u32).
        Lanes(u32),
        /// `rate-matching` (type 10, u8).
        RateMatching(u8),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Linkmodes<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `autoneg`.
        pub const AUTONEG: u16 = 2;
        /// Type number of `ours`.
        pub const OURS: u16 = 3;
        /// Type number of `peer`.
        pub const PEER: u16 = 4;
        /// Type number of `speed`.
        pub const SPEED: u16 = 5;
        /// Type number of `duplex`.
        pub const DUPLEX: u16 = 6;
        /// Type number of `master-slave-cfg`.
        pub const MASTER_SLAVE_CFG: u16 = 7;
        /// Type number of `master-slave-state`.
        pub const MASTER_SLAVE_STATE: u16 = 8;
        /// Type number of `lanes`.
        pub const LANES: u16 = 9;
        /// Type number of `rate-matching`.
        pub const RATE_MATCHING: u16 = 10;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Linkmodes<'a> {
        const SET: &'static str = "linkmodes";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::AUTONEG => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Autoneg(v),
                    None => Self::Other(a),
                },
                Self::OURS => Self::Ours(nlw::ynl::Nest::Wire(a.value)),
                Self::PEER => Self::Peer(nlw::ynl::Nest::Wire(a.value)),
                Self::SPEED => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Speed(v),
                    None => Self::Other(a),
                },
                Self::DUPLEX => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Duplex(v),
                    None => Self::Other(a),
                },
                Self::MASTER_SLAVE_CFG => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::MasterSlaveCfg(v),
                    None => Self::Other(a),
                },
                Self::MASTER_SLAVE_STATE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::MasterSlaveState(v),
                    None => Self::Other(a),
                },
                Self::LANES => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Lanes(v),
                    None => Self::Other(a),
                },
                Self::RATE_MATCHING => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::RateMatching(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Autoneg(_) => Self::AUTONEG,
                Self::Ours(_) => Self::OURS,
                Self::Peer(_) => Self::PEER,
                Self::Speed(_) => Self::SPEED,
                Self::Duplex(_) => Self::DUPLEX,
                Self::MasterSlaveCfg(_) => Self::MASTER_SLAVE_CFG,
                Self::MasterSlaveState(_) => Self::MASTER_SLAVE_STATE,
                Self::Lanes(_) => Self::LANES,
                Self::RateMatching(_) => Self::RATE_MATCHING,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Autoneg(_) => nlw::attr_len(1),
                Self::Ours(v) => v.encoded_len(),
                Self::Peer(v) => v.encoded_len(),
                Self::Speed(_) => nlw::attr_len(4),
                Self::Duplex(_) => nlw::attr_len(1),
                Self::MasterSlaveCfg(_) => nlw::attr_len(1),
                Self::MasterSlaveState(_) => nlw::attr_len(1),
                Self::Lanes(_) => nlw::attr_len(4),
                Self::RateMatching(_) => nlw::attr_len(1),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Linkmodes::HEADER;
                    v.emit(T, b);
                }
                Self::Autoneg(v) => {
                    const T: u16 = Linkmodes::AUTONEG;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Ours(v) => {
                    const T: u16 = Linkmodes::OURS;
                    v.emit(T, b);
                }
                Self::Peer(v) => {
                    const T: u16 = Linkmodes::PEER;
                    v.emit(T, b);
                }
                Self::Speed(v) => {
                    const T: u16 = Linkmodes::SPEED;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Duplex(v) => {
                    const T: u16 = Linkmodes::DUPLEX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::MasterSlaveCfg(v) => {
                    const T: u16 = Linkmodes::MASTER_SLAVE_CFG;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::MasterSlaveState(v) => {
                    const T: u16 = Linkmodes::MASTER_SLAVE_STATE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Lanes(v) => {
                    const T: u16 = Linkmodes::LANES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RateMatching(v) => {
                    const T: u16 = Linkmodes::RATE_MATCHING;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Linkmodes::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Ours(v) => {
                    const T: u16 = Linkmodes::OURS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Peer(v) => {
                    const T: u16 = Linkmodes::PEER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Linkmodes::HEADER | Linkmodes::AUTONEG | Linkmodes::OURS | Linkmodes::PEER | Linkmodes::SPEED | Linkmodes::DUPLEX | Linkmodes::MASTER_SLAVE_CFG | Linkmodes::MASTER_SLAVE_STATE | Linkmodes::LANES | Linkmodes::RATE_MATCHING) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `linkstate`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Linkstate<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `link` (type 2, u8).
        Link(u8),
        /// `sqi` (type 3, u32).
        Sqi(u32),
        /// `sqi-max` (type 4, u32).
        SqiMax(u32),
        /// `ext-state` (type 5, u8).
        ExtState(u8),
        /// `ext-substate` (type 6, u8).
        ExtSubstate(u8),
        /// `ext-down-cnt` (type 7, u32).
        ExtDownCnt(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Linkstate<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `link`.
        pub const LINK: u16 = 2;
        /// Type number of `sqi`.
        pub const SQI: u16 = 3;
        /// Type number of `sqi-max`.
        pub const SQI_MAX: u16 = 4;
        /// Type number of `ext-state`.
        pub const EXT_STATE: u16 = 5;
        /// Type number of `ext-substate`.
        pub const EXT_SUBSTATE: u16 = 6;
        /// Type number of `ext-down-cnt`.
        pub const EXT_DOWN_CNT: u16 = 7;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Linkstate<'a> {
        const SET: &'static str = "linkstate";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::LINK => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Link(v),
                    None => Self::Other(a),
                },
                Self::SQI => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Sqi(v),
                    None => Self::Other(a),
                },
                Self::SQI_MAX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::SqiMax(v),
                    None => Self::Other(a),
                },
                Self::EXT_STATE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::ExtState(v),
                    None => Self::Other(a),
                },
                Self::EXT_SUBSTATE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::ExtSubstate(v),
                    None => Self::Other(a),
                },
                Self::EXT_DOWN_CNT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::ExtDownCnt(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Link(_) => Self::LINK,
                Self::Sqi(_) => Self::SQI,
                Self::SqiMax(_) => Self::SQI_MAX,
                Self::ExtState(_) => Self::EXT_STATE,
                Self::ExtSubstate(_) => Self::EXT_SUBSTATE,
                Self::ExtDownCnt(_) => Self::EXT_DOWN_CNT,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Link(_) => nlw::attr_len(1),
                Self::Sqi(_) => nlw::attr_len(4),
                Self::SqiMax(_) => nlw::attr_len(4),
                Self::ExtState(_) => nlw::attr_len(1),
                Self::ExtSubstate(_) => nlw::attr_len(1),
                Self::ExtDownCnt(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Linkstate::HEADER;
                    v.emit(T, b);
                }
                Self::Link(v) => {
                    const T: u16 = Linkstate::LINK;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Sqi(v) => {
                    const T: u16 = Linkstate::SQI;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::SqiMax(v) => {
                    const T: u16 = Linkstate::SQI_MAX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ExtState(v) => {
                    const T: u16 = Linkstate::EXT_STATE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ExtSubstate(v) => {
                    const T: u16 = Linkstate::EXT_SUBSTATE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ExtDownCnt(v) => {
                    const T: u16 = Linkstate::EXT_DOWN_CNT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Linkstate::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Linkstate::HEADER | Linkstate::LINK | Linkstate::SQI | Linkstate::SQI_MAX | Linkstate::EXT_STATE | Linkstate::EXT_SUBSTATE | Linkstate::EXT_DOWN_CNT) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `debug`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Debug<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `msgmask` (type 2, nest).
        Msgmask(nlw::ynl::Nest<'a, Bitset<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Debug<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `msgmask`.
        pub const MSGMASK: u16 = 2;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Debug<'a> {
        const SET: &'static str = "debug";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::MSGMASK => Self::Msgmask(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Msgmask(_) => Self::MSGMASK,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Msgmask(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Debug::HEADER;
                    v.emit(T, b);
                }
                Self::Msgmask(v) => {
                    const T: u16 = Debug::MSGMASK;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Debug::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Msgmask(v) => {
                    const T: u16 = Debug::MSGMASK;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Debug::HEADER | Debug::MSGMASK) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `wol`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Wol<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `modes` (type 2, nest).
        Modes(nlw::ynl::Nest<'a, Bitset<'a>>),
        /// `sopass` (type 3, binary).
        Sopass(&'a [u8]),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Wol<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `modes`.
        pub const MODES: u16 = 2;
        /// Type number of `sopass`.
        pub const SOPASS: u16 = 3;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Wol<'a> {
        const SET: &'static str = "wol";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::MODES => Self::Modes(nlw::ynl::Nest::Wire(a.value)),
                Self::SOPASS => Self::Sopass(a.value),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Modes(_) => Self::MODES,
                Self::Sopass(_) => Self::SOPASS,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Modes(v) => v.encoded_len(),
                Self::Sopass(v) => nlw::attr_len(v.len()),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Wol::HEADER;
                    v.emit(T, b);
                }
                Self::Modes(v) => {
                    const T: u16 = Wol::MODES;
                    v.emit(T, b);
                }
                Self::Sopass(v) => {
                    const T: u16 = Wol::SOPASS;
                    b.attr(T, v);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Wol::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Modes(v) => {
                    const T: u16 = Wol::MODES;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Wol::HEADER | Wol::MODES | Wol::SOPASS) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `features`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Features<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `hw` (type 2, nest).
        Hw(nlw::ynl::Nest<'a, Bitset<'a>>),
        /// `wanted` (type 3, nest).
        Wanted(nlw::ynl::Nest<'a, Bitset<'a>>),
        /// `active` (type 4, nest).
        Active(nlw::ynl::Nest<'a, Bitset<'a>>),
        /// `nochange` (type 5, nest).
        Nochange(nlw::ynl::Nest<'a, Bitset<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Features<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `hw`.
        pub const HW: u16 = 2;
        /// Type number of `wanted`.
        pub const WANTED: u16 = 3;
        /// Type number of `active`.
        pub const ACTIVE: u16 = 4;
        /// Type number of `nochange`.
        pub const NOCHANGE: u16 = 5;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Features<'a> {
        const SET: &'static str = "features";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::HW => Self::Hw(nlw::ynl::Nest::Wire(a.value)),
                Self::WANTED => Self::Wanted(nlw::ynl::Nest::Wire(a.value)),
                Self::ACTIVE => Self::Active(nlw::ynl::Nest::Wire(a.value)),
                Self::NOCHANGE => Self::Nochange(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Hw(_) => Self::HW,
                Self::Wanted(_) => Self::WANTED,
                Self::Active(_) => Self::ACTIVE,
                Self::Nochange(_) => Self::NOCHANGE,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Hw(v) => v.encoded_len(),
                Self::Wanted(v) => v.encoded_len(),
                Self::Active(v) => v.encoded_len(),
                Self::Nochange(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Features::HEADER;
                    v.emit(T, b);
                }
                Self::Hw(v) => {
                    const T: u16 = Features::HW;
                    v.emit(T, b);
                }
                Self::Wanted(v) => {
                    const T: u16 = Features::WANTED;
                    v.emit(T, b);
                }
                Self::Active(v) => {
                    const T: u16 = Features::ACTIVE;
                    v.emit(T, b);
                }
                Self::Nochange(v) => {
                    const T: u16 = Features::NOCHANGE;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Features::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Hw(v) => {
                    const T: u16 = Features::HW;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Wanted(v) => {
                    const T: u16 = Features::WANTED;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Active(v) => {
                    const T: u16 = Features::ACTIVE;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Nochange(v) => {
                    const T: u16 = Features::NOCHANGE;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Features::HEADER | Features::HW | Features::WANTED | Features::ACTIVE | Features::NOCHANGE) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `channels`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Channels<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `rx-max` (type 2, u32).
        RxMax(u32),
        /// `tx-max` (type 3, u32).
        TxMax(u32),
        /// `other-max` (type 4, u32).
        OtherMax(u32),
        /// `combined-max` (type 5, u32).
        CombinedMax(u32),
        /// `rx-count` (type 6, u32).
        RxCount(u32),
        /// `tx-count` (type 7, u32).
        TxCount(u32),
        /// `other-count` (type 8, u32).
        OtherCount(u32),
        /// `combined-count` (type 9, u32).
        CombinedCount(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Channels<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `rx-max`.
        pub const RX_MAX: u16 = 2;
        /// Type number of `tx-max`.
        pub const TX_MAX: u16 = 3;
        /// Type number of `other-max`.
        pub const OTHER_MAX: u16 = 4;
        /// Type number of `combined-max`.
        pub const COMBINED_MAX: u16 = 5;
        /// Type number of `rx-count`.
        pub const RX_COUNT: u16 = 6;
        /// Type number of `tx-count`.
        pub const TX_COUNT: u16 = 7;
        /// Type number of `other-count`.
        pub const OTHER_COUNT: u16 = 8;
        /// Type number of `combined-count`.
        pub const COMBINED_COUNT: u16 = 9;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Channels<'a> {
        const SET: &'static str = "channels";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::RX_MAX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RxMax(v),
                    None => Self::Other(a),
                },
                Self::TX_MAX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TxMax(v),
                    None => Self::Other(a),
                },
                Self::OTHER_MAX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::OtherMax(v),
                    None => Self::Other(a),
                },
                Self::COMBINED_MAX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::CombinedMax(v),
                    None => Self::Other(a),
                },
                Self::RX_COUNT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RxCount(v),
                    None => Self::Other(a),
                },
                Self::TX_COUNT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TxCount(v),
                    None => Self::Other(a),
                },
                Self::OTHER_COUNT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::OtherCount(v),
                    None => Self::Other(a),
                },
                Self::COMBINED_COUNT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::CombinedCount(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::RxMax(_) => Self::RX_MAX,
                Self::TxMax(_) => Self::TX_MAX,
                Self::OtherMax(_) => Self::OTHER_MAX,
                Self::CombinedMax(_) => Self::COMBINED_MAX,
                Self::RxCount(_) => Self::RX_COUNT,
                Self::TxCount(_) => Self::TX_COUNT,
                Self::OtherCount(_) => Self::OTHER_COUNT,
                Self::CombinedCount(_) => Self::COMBINED_COUNT,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::RxMax(_) => nlw::attr_len(4),
                Self::TxMax(_) => nlw::attr_len(4),
                Self::OtherMax(_) => nlw::attr_len(4),
                Self::CombinedMax(_) => nlw::attr_len(4),
                Self::RxCount(_) => nlw::attr_len(4),
                Self::TxCount(_) => nlw::attr_len(4),
                Self::OtherCount(_) => nlw::attr_len(4),
                Self::CombinedCount(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Channels::HEADER;
                    v.emit(T, b);
                }
                Self::RxMax(v) => {
                    const T: u16 = Channels::RX_MAX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxMax(v) => {
                    const T: u16 = Channels::TX_MAX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::OtherMax(v) => {
                    const T: u16 = Channels::OTHER_MAX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::CombinedMax(v) => {
                    const T: u16 = Channels::COMBINED_MAX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RxCount(v) => {
                    const T: u16 = Channels::RX_COUNT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxCount(v) => {
                    const T: u16 = Channels::TX_COUNT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::OtherCount(v) => {
                    const T: u16 = Channels::OTHER_COUNT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::CombinedCount(v) => {
                    const T: u16 = Channels::COMBINED_COUNT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Channels::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Channels::HEADER | Channels::RX_MAX | Channels::TX_MAX | Channels::OTHER_MAX | Channels::COMBINED_MAX | Channels::RX_COUNT | Channels::TX_COUNT | Channels::OTHER_COUNT | Channels::COMBINED_COUNT) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `irq-moderation`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum IrqModeration<'a> {
        /// `usec` (type 1, u32).
        Usec(u32),
        /// `pkts` (type 2, u32).
        Pkts(u32),
        /// `comps` (type 3, u32).
        Comps(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl IrqModeration<'_> {
        /// Type number of `usec`.
        pub const USEC: u16 = 1;
        /// Type number of `pkts`.
        pub const PKTS: u16 = 2;
        /// Type number of `comps`.
        pub const COMPS: u16 = 3;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for IrqModeration<'a> {
        const SET: &'static str = "irq-moderation";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::USEC => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Usec(v),
                    None => Self::Other(a),
                },
                Self::PKTS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Pkts(v),
                    None => Self::Other(a),
                },
                Self::COMPS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Comps(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Usec(_) => Self::USEC,
                Self::Pkts(_) => Self::PKTS,
                Self::Comps(_) => Self::COMPS,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Usec(_) => nlw::attr_len(4),
                Self::Pkts(_) => nlw::attr_len(4),
                Self::Comps(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Usec(v) => {
                    const T: u16 = IrqModeration::USEC;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Pkts(v) => {
                    const T: u16 = IrqModeration::PKTS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Comps(v) => {
                    const T: u16 = IrqModeration::COMPS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, IrqModeration::USEC | IrqModeration::PKTS | IrqModeration::COMPS) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `profile`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Profile<'a> {
        /// `irq-moderation` (type 1, nest).
        IrqModeration(nlw::ynl::Nest<'a, IrqModeration<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Profile<'_> {
        /// Type number of `irq-moderation`.
        pub const IRQ_MODERATION: u16 = 1;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Profile<'a> {
        const SET: &'static str = "profile";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::IRQ_MODERATION => Self::IrqModeration(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::IrqModeration(_) => Self::IRQ_MODERATION,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::IrqModeration(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::IrqModeration(v) => {
                    const T: u16 = Profile::IRQ_MODERATION;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::IrqModeration(v) => {
                    const T: u16 = Profile::IRQ_MODERATION;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Profile::IRQ_MODERATION) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `coalesce`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Coalesce<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `rx-usecs` (type 2, u32).
        RxUsecs(u32),
        /// `rx-max-frames` (type 3, u32).
        RxMaxFrames(u32),
        /// `rx-usecs-irq` (type 4, u32).
        RxUsecsIrq(u32),
        /// `rx-max-frames-irq` (type 5, u32).
        RxMaxFramesIrq(u32),
        /// `tx-usecs` (type 6, u32).
        TxUsecs(u32),
        /// `tx-max-frames` (type 7, u32).
        TxMaxFrames(u32),
        /// `tx-usecs-irq` (type 8, u32).
        TxUsecsIrq(u32),
        /// `tx-max-frames-irq` (type 9, u32).
        TxMaxFramesIrq(u32),
        /// `stats-block-usecs` (type 10, u32).
        StatsBlockUsecs(u32),
        /// `use-adaptive-rx` (type 11, u8).
        UseAdaptiveRx(u8),
        /// `use-adaptive-tx` (type 12, u8).
        UseAdaptiveTx(u8),
        /// `pkt-rate-low` (type 13, u32).
        PktRateLow(u32),
        /// `rx-usecs-low` (type 14, u32).
        RxUsecsLow(u32),
        /// `rx-max-frames-low` (type 15, u32).
        RxMaxFramesLow(u32),
        /// `tx-usecs-low` (type 16, u32).
        TxUsecsLow(u32),
        /// `tx-max-frames-low` (type 17, u32).
        TxMaxFramesLow(u32),
        /// `pkt-rate-high` (type 18, u32).
        PktRateHigh(u32),
        /// `rx-usecs-high` (type 19, u32).
        RxUsecsHigh(u32),
        /// `rx-max-frames-high` (type 20, u32).
        RxMaxFramesHigh(u32),
        /// `tx-usecs-high` (type 21, u32).
        TxUsecsHigh(u32),
        /// `tx-max-frames-high` (type 22, u32).
        TxMaxFramesHigh(u32),
        /// `rate-sample-interval` (type 23, u32).
        RateSampleInterval(u32),
        /// `use-cqe-mode-tx` (type 24, u8).
        UseCqeModeTx(u8),
        /// `use-cqe-mode-rx` (type 25, u8).
        UseCqeModeRx(u8),
        /// `tx-aggr-max-bytes` (type 26, u32).
        TxAggrMaxBytes(u32),
        /// `tx-aggr-max-frames` (type 27, u32).
        TxAggrMaxFrames(u32),
        /// `tx-aggr-time-usecs` (type 28, u32).
        TxAggrTimeUsecs(u32),
        /// `rx-profile` (type 29, nest).
        RxProfile(nlw::ynl::Nest<'a, Profile<'a>>),
        /// `tx-profile` (type 30, nest).
        TxProfile(nlw::ynl::Nest<'a, Profile<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Coalesce<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `rx-usecs`.
        pub const RX_USECS: u16 = 2;
        /// Type number of `rx-max-frames`.
        pub const RX_MAX_FRAMES: u16 = 3;
        /// Type number of `rx-usecs-irq`.
        pub const RX_USECS_IRQ: u16 = 4;
        /// Type number of `rx-max-frames-irq`.
        pub const RX_MAX_FRAMES_IRQ: u16 = 5;
        /// Type number of `tx-usecs`.
        pub const TX_USECS: u16 = 6;
        /// Type number of `tx-max-frames`.
        pub const TX_MAX_FRAMES: u16 = 7;
        /// Type number of `tx-usecs-irq`.
        pub const TX_USECS_IRQ: u16 = 8;
        /// Type number of `tx-max-frames-irq`.
        pub const TX_MAX_FRAMES_IRQ: u16 = 9;
        /// Type number of `stats-block-usecs`.
        pub const STATS_BLOCK_USECS: u16 = 10;
        /// Type number of `use-adaptive-rx`.
        pub const USE_ADAPTIVE_RX: u16 = 11;
        /// Type number of `use-adaptive-tx`.
        pub const USE_ADAPTIVE_TX: u16 = 12;
        /// Type number of `pkt-rate-low`.
        pub const PKT_RATE_LOW: u16 = 13;
        /// Type number of `rx-usecs-low`.
        pub const RX_USECS_LOW: u16 = 14;
        /// Type number of `rx-max-frames-low`.
        pub const RX_MAX_FRAMES_LOW: u16 = 15;
        /// Type number of `tx-usecs-low`.
        pub const TX_USECS_LOW: u16 = 16;
        /// Type number of `tx-max-frames-low`.
        pub const TX_MAX_FRAMES_LOW: u16 = 17;
        /// Type number of `pkt-rate-high`.
        pub const PKT_RATE_HIGH: u16 = 18;
        /// Type number of `rx-usecs-high`.
        pub const RX_USECS_HIGH: u16 = 19;
        /// Type number of `rx-max-frames-high`.
        pub const RX_MAX_FRAMES_HIGH: u16 = 20;
        /// Type number of `tx-usecs-high`.
        pub const TX_USECS_HIGH: u16 = 21;
        /// Type number of `tx-max-frames-high`.
        pub const TX_MAX_FRAMES_HIGH: u16 = 22;
        /// Type number of `rate-sample-interval`.
        pub const RATE_SAMPLE_INTERVAL: u16 = 23;
        /// Type number of `use-cqe-mode-tx`.
        pub const USE_CQE_MODE_TX: u16 = 24;
        /// Type number of `use-cqe-mode-rx`.
        pub const USE_CQE_MODE_RX: u16 = 25;
        /// Type number of `tx-aggr-max-bytes`.
        pub const TX_AGGR_MAX_BYTES: u16 = 26;
        /// Type number of `tx-aggr-max-frames`.
        pub const TX_AGGR_MAX_FRAMES: u16 = 27;
        /// Type number of `tx-aggr-time-usecs`.
        pub const TX_AGGR_TIME_USECS: u16 = 28;
        /// Type number of `rx-profile`.
        pub const RX_PROFILE: u16 = 29;
        /// Type number of `tx-profile`.
        pub const TX_PROFILE: u16 = 30;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Coalesce<'a> {
        const SET: &'static str = "coalesce";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::RX_USECS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RxUsecs(v),
                    None => Self::Other(a),
                },
                Self::RX_MAX_FRAMES => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RxMaxFrames(v),
                    None => Self::Other(a),
                },
                Self::RX_USECS_IRQ => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RxUsecsIrq(v),
                    None => Self::Other(a),
                },
                Self::RX_MAX_FRAMES_IRQ => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RxMaxFramesIrq(v),
                    None => Self::Other(a),
                },
                Self::TX_USECS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TxUsecs(v),
                    None => Self::Other(a),
                },
                Self::TX_MAX_FRAMES => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TxMaxFrames(v),
                    None => Self::Other(a),
                },
                Self::TX_USECS_IRQ => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TxUsecsIrq(v),
                    None => Self::Other(a),
                },
                Self::TX_MAX_FRAMES_IRQ => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TxMaxFramesIrq(v),
                    None => Self::Other(a),
                },
                Self::STATS_BLOCK_USECS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::StatsBlockUsecs(v),
                    None => Self::Other(a),
                },
                Self::USE_ADAPTIVE_RX => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::UseAdaptiveRx(v),
                    None => Self::Other(a),
                },
                Self::USE_ADAPTIVE_TX => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::UseAdaptiveTx(v),
                    None => Self::Other(a),
                },
                Self::PKT_RATE_LOW => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::PktRateLow(v),
                    None => Self::Other(a),
                },
                Self::RX_USECS_LOW => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RxUsecsLow(v),
                    None => Self::Other(a),
                },
                Self::RX_MAX_FRAMES_LOW => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RxMaxFramesLow(v),
                    None => Self::Other(a),
                },
                Self::TX_USECS_LOW => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TxUsecsLow(v),
                    None => Self::Other(a),
                },
                Self::TX_MAX_FRAMES_LOW => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TxMaxFramesLow(v),
                    None => Self::Other(a),
                },
                Self::PKT_RATE_HIGH => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::PktRateHigh(v),
                    None => Self::Other(a),
                },
                Self::RX_USECS_HIGH => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RxUsecsHigh(v),
                    None => Self::Other(a),
                },
                Self::RX_MAX_FRAMES_HIGH => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RxMaxFramesHigh(v),
                    None => Self::Other(a),
                },
                Self::TX_USECS_HIGH => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TxUsecsHigh(v),
                    None => Self::Other(a),
                },
                Self::TX_MAX_FRAMES_HIGH => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TxMaxFramesHigh(v),
                    None => Self::Other(a),
                },
                Self::RATE_SAMPLE_INTERVAL => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RateSampleInterval(v),
                    None => Self::Other(a),
                },
                Self::USE_CQE_MODE_TX => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::UseCqeModeTx(v),
                    None => Self::Other(a),
                },
                Self::USE_CQE_MODE_RX => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::UseCqeModeRx(v),
                    None => Self::Other(a),
                },
                Self::TX_AGGR_MAX_BYTES => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TxAggrMaxBytes(v),
                    None => Self::Other(a),
                },
                Self::TX_AGGR_MAX_FRAMES => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TxAggrMaxFrames(v),
                    None => Self::Other(a),
                },
                Self::TX_AGGR_TIME_USECS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TxAggrTimeUsecs(v),
                    None => Self::Other(a),
                },
                Self::RX_PROFILE => Self::RxProfile(nlw::ynl::Nest::Wire(a.value)),
                Self::TX_PROFILE => Self::TxProfile(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::RxUsecs(_) => Self::RX_USECS,
                Self::RxMaxFrames(_) => Self::RX_MAX_FRAMES,
                Self::RxUsecsIrq(_) => Self::RX_USECS_IRQ,
                Self::RxMaxFramesIrq(_) => Self::RX_MAX_FRAMES_IRQ,
                Self::TxUsecs(_) => Self::TX_USECS,
                Self::TxMaxFrames(_) => Self::TX_MAX_FRAMES,
                Self::TxUsecsIrq(_) => Self::TX_USECS_IRQ,
                Self::TxMaxFramesIrq(_) => Self::TX_MAX_FRAMES_IRQ,
                Self::StatsBlockUsecs(_) => Self::STATS_BLOCK_USECS,
                Self::UseAdaptiveRx(_) => Self::USE_ADAPTIVE_RX,
                Self::UseAdaptiveTx(_) => Self::USE_ADAPTIVE_TX,
                Self::PktRateLow(_) => Self::PKT_RATE_LOW,
                Self::RxUsecsLow(_) => Self::RX_USECS_LOW,
                Self::RxMaxFramesLow(_) => Self::RX_MAX_FRAMES_LOW,
                Self::TxUsecsLow(_) => Self::TX_USECS_LOW,
                Self::TxMaxFramesLow(_) => Self::TX_MAX_FRAMES_LOW,
                Self::PktRateHigh(_) => Self::PKT_RATE_HIGH,
                Self::RxUsecsHigh(_) => Self::RX_USECS_HIGH,
                Self::RxMaxFramesHigh(_) => Self::RX_MAX_FRAMES_HIGH,
                Self::TxUsecsHigh(_) => Self::TX_USECS_HIGH,
                Self::TxMaxFramesHigh(_) => Self::TX_MAX_FRAMES_HIGH,
                Self::RateSampleInterval(_) => Self::RATE_SAMPLE_INTERVAL,
                Self::UseCqeModeTx(_) => Self::USE_CQE_MODE_TX,
                Self::UseCqeModeRx(_) => Self::USE_CQE_MODE_RX,
                Self::TxAggrMaxBytes(_) => Self::TX_AGGR_MAX_BYTES,
                Self::TxAggrMaxFrames(_) => Self::TX_AGGR_MAX_FRAMES,
                Self::TxAggrTimeUsecs(_) => Self::TX_AGGR_TIME_USECS,
                Self::RxProfile(_) => Self::RX_PROFILE,
                Self::TxProfile(_) => Self::TX_PROFILE,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::RxUsecs(_) => nlw::attr_len(4),
                Self::RxMaxFrames(_) => nlw::attr_len(4),
                Self::RxUsecsIrq(_) => nlw::attr_len(4),
                Self::RxMaxFramesIrq(_) => nlw::attr_len(4),
                Self::TxUsecs(_) => nlw::attr_len(4),
                Self::TxMaxFrames(_) => nlw::attr_len(4),
                Self::TxUsecsIrq(_) => nlw::attr_len(4),
                Self::TxMaxFramesIrq(_) => nlw::attr_len(4),
                Self::StatsBlockUsecs(_) => nlw::attr_len(4),
                Self::UseAdaptiveRx(_) => nlw::attr_len(1),
                Self::UseAdaptiveTx(_) => nlw::attr_len(1),
                Self::PktRateLow(_) => nlw::attr_len(4),
                Self::RxUsecsLow(_) => nlw::attr_len(4),
                Self::RxMaxFramesLow(_) => nlw::attr_len(4),
                Self::TxUsecsLow(_) => nlw::attr_len(4),
                Self::TxMaxFramesLow(_) => nlw::attr_len(4),
                Self::PktRateHigh(_) => nlw::attr_len(4),
                Self::RxUsecsHigh(_) => nlw::attr_len(4),
                Self::RxMaxFramesHigh(_) => nlw::attr_len(4),
                Self::TxUsecsHigh(_) => nlw::attr_len(4),
                Self::TxMaxFramesHigh(_) => nlw::attr_len(4),
                Self::RateSampleInterval(_) => nlw::attr_len(4),
                Self::UseCqeModeTx(_) => nlw::attr_len(1),
                Self::UseCqeModeRx(_) => nlw::attr_len(1),
                Self::TxAggrMaxBytes(_) => nlw::attr_len(4),
                Self::TxAggrMaxFrames(_) => nlw::attr_len(4),
                Self::TxAggrTimeUsecs(_) => nlw::attr_len(4),
                Self::RxProfile(v) => v.encoded_len(),
                Self::TxProfile(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Coalesce::HEADER;
                    v.emit(T, b);
                }
                Self::RxUsecs(v) => {
                    const T: u16 = Coalesce::RX_USECS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RxMaxFrames(v) => {
                    const T: u16 = Coalesce::RX_MAX_FRAMES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RxUsecsIrq(v) => {
                    const T: u16 = Coalesce::RX_USECS_IRQ;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RxMaxFramesIrq(v) => {
                    const T: u16 = Coalesce::RX_MAX_FRAMES_IRQ;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxUsecs(v) => {
                    const T: u16 = Coalesce::TX_USECS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxMaxFrames(v) => {
                    const T: u16 = Coalesce::TX_MAX_FRAMES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxUsecsIrq(v) => {
                    const T: u16 = Coalesce::TX_USECS_IRQ;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxMaxFramesIrq(v) => {
                    const T: u16 = Coalesce::TX_MAX_FRAMES_IRQ;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::StatsBlockUsecs(v) => {
                    const T: u16 = Coalesce::STATS_BLOCK_USECS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::UseAdaptiveRx(v) => {
                    const T: u16 = Coalesce::USE_ADAPTIVE_RX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::UseAdaptiveTx(v) => {
                    const T: u16 = Coalesce::USE_ADAPTIVE_TX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::PktRateLow(v) => {
                    const T: u16 = Coalesce::PKT_RATE_LOW;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RxUsecsLow(v) => {
                    const T: u16 = Coalesce::RX_USECS_LOW;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RxMaxFramesLow(v) => {
                    const T: u16 = Coalesce::RX_MAX_FRAMES_LOW;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxUsecsLow(v) => {
                    const T: u16 = Coalesce::TX_USECS_LOW;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxMaxFramesLow(v) => {
                    const T: u16 = Coalesce::TX_MAX_FRAMES_LOW;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::PktRateHigh(v) => {
                    const T: u16 = Coalesce::PKT_RATE_HIGH;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RxUsecsHigh(v) => {
                    const T: u16 = Coalesce::RX_USECS_HIGH;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RxMaxFramesHigh(v) => {
                    const T: u16 = Coalesce::RX_MAX_FRAMES_HIGH;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxUsecsHigh(v) => {
                    const T: u16 = Coalesce::TX_USECS_HIGH;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxMaxFramesHigh(v) => {
                    const T: u16 = Coalesce::TX_MAX_FRAMES_HIGH;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RateSampleInterval(v) => {
                    const T: u16 = Coalesce::RATE_SAMPLE_INTERVAL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::UseCqeModeTx(v) => {
                    const T: u16 = Coalesce::USE_CQE_MODE_TX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::UseCqeModeRx(v) => {
                    const T: u16 = Coalesce::USE_CQE_MODE_RX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxAggrMaxBytes(v) => {
                    const T: u16 = Coalesce::TX_AGGR_MAX_BYTES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxAggrMaxFrames(v) => {
                    const T: u16 = Coalesce::TX_AGGR_MAX_FRAMES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxAggrTimeUsecs(v) => {
                    const T: u16 = Coalesce::TX_AGGR_TIME_USECS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RxProfile(v) => {
                    const T: u16 = Coalesce::RX_PROFILE;
                    v.emit(T, b);
                }
                Self::TxProfile(v) => {
                    const T: u16 = Coalesce::TX_PROFILE;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Coalesce::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::RxProfile(v) => {
                    const T: u16 = Coalesce::RX_PROFILE;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::TxProfile(v) => {
                    const T: u16 = Coalesce::TX_PROFILE;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Coalesce::HEADER | Coalesce::RX_USECS | Coalesce::RX_MAX_FRAMES | Coalesce::RX_USECS_IRQ | Coalesce::RX_MAX_FRAMES_IRQ | Coalesce::TX_USECS | Coalesce::TX_MAX_FRAMES | Coalesce::TX_USECS_IRQ | Coalesce::TX_MAX_FRAMES_IRQ | Coalesce::STATS_BLOCK_USECS | Coalesce::USE_ADAPTIVE_RX | Coalesce::USE_ADAPTIVE_TX | Coalesce::PKT_RATE_LOW | Coalesce::RX_USECS_LOW | Coalesce::RX_MAX_FRAMES_LOW | Coalesce::TX_USECS_LOW | Coalesce::TX_MAX_FRAMES_LOW | Coalesce::PKT_RATE_HIGH | Coalesce::RX_USECS_HIGH | Coalesce::RX_MAX_FRAMES_HIGH | Coalesce::TX_USECS_HIGH | Coalesce::TX_MAX_FRAMES_HIGH | Coalesce::RATE_SAMPLE_INTERVAL | Coalesce::USE_CQE_MODE_TX | Coalesce::USE_CQE_MODE_RX | Coalesce::TX_AGGR_MAX_BYTES | Coalesce::TX_AGGR_MAX_FRAMES | Coalesce::TX_AGGR_TIME_USECS | Coalesce::RX_PROFILE | Coalesce::TX_PROFILE) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `pause-stat`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum PauseStat<'a> {
        /// `pad` (type 1, pad).
        Pad(&'a [u8]),
        /// `tx-frames` (type 2, u64).
        TxFrames(u64),
        /// `rx-frames` (type 3, u64).
        RxFrames(u64),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl PauseStat<'_> {
        /// Type number of `pad`.
        pub const PAD: u16 = 1;
        /// Type number of `tx-frames`.
        pub const TX_FRAMES: u16 = 2;
        /// Type number of `rx-frames`.
        pub const RX_FRAMES: u16 = 3;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for PauseStat<'a> {
        const SET: &'static str = "pause-stat";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::PAD => Self::Pad(a.value),
                Self::TX_FRAMES => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::TxFrames(v),
                    None => Self::Other(a),
                },
                Self::RX_FRAMES => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::RxFrames(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Pad(_) => Self::PAD,
                Self::TxFrames(_) => Self::TX_FRAMES,
                Self::RxFrames(_) => Self::RX_FRAMES,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Pad(v) => nlw::attr_len(v.len()),
                Self::TxFrames(_) => nlw::attr_len(8),
                Self::RxFrames(_) => nlw::attr_len(8),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Pad(v) => {
                    const T: u16 = PauseStat::PAD;
                    b.attr(T, v);
                }
                Self::TxFrames(v) => {
                    const T: u16 = PauseStat::TX_FRAMES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RxFrames(v) => {
                    const T: u16 = PauseStat::RX_FRAMES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, PauseStat::PAD | PauseStat::TX_FRAMES | PauseStat::RX_FRAMES) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `pause`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Pause<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `autoneg` (type 2, u8).
        Autoneg(u8),
        /// `rx` (type 3, u8).
        Rx(u8),
        /// `tx` (type 4, u8).
        Tx(u8),
        /// `stats` (type 5, nest).
        Stats(nlw::ynl::Nest<'a, PauseStat<'a>>),
        /// `stats-src` (type 6, u32).
        StatsSrc(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Pause<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `autoneg`.
        pub const AUTONEG: u16 = 2;
        /// Type number of `rx`.
        pub const RX: u16 = 3;
        /// Type number of `tx`.
        pub const TX: u16 = 4;
        /// Type number of `stats`.
        pub const STATS: u16 = 5;
        /// Type number of `stats-src`.
        pub const STATS_SRC: u16 = 6;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Pause<'a> {
        const SET: &'static str = "pause";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::AUTONEG => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Autoneg(v),
                    None => Self::Other(a),
                },
                Self::RX => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Rx(v),
                    None => Self::Other(a),
                },
                Self::TX => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Tx(v),
                    None => Self::Other(a),
                },
                Self::STATS => Self::Stats(nlw::ynl::Nest::Wire(a.value)),
                Self::STATS_SRC => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::StatsSrc(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Autoneg(_) => Self::AUTONEG,
                Self::Rx(_) => Self::RX,
                Self::Tx(_) => Self::TX,
                Self::Stats(_) => Self::STATS,
                Self::StatsSrc(_) => Self::STATS_SRC,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Autoneg(_) => nlw::attr_len(1),
                Self::Rx(_) => nlw::attr_len(1),
                Self::Tx(_) => nlw::attr_len(1),
                Self::Stats(v) => v.encoded_len(),
                Self::StatsSrc(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Pause::HEADER;
                    v.emit(T, b);
                }
                Self::Autoneg(v) => {
                    const T: u16 = Pause::AUTONEG;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Rx(v) => {
                    const T: u16 = Pause::RX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Tx(v) => {
                    const T: u16 = Pause::TX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Stats(v) => {
                    const T: u16 = Pause::STATS;
                    v.emit(T, b);
                }
                Self::StatsSrc(v) => {
                    const T: u16 = Pause::STATS_SRC;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Pause::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Stats(v) => {
                    const T: u16 = Pause::STATS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Pause::HEADER | Pause::AUTONEG | Pause::RX | Pause::TX | Pause::STATS | Pause::STATS_SRC) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `eee`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Eee<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `modes-ours` (type 2, nest).
        ModesOurs(nlw::ynl::Nest<'a, Bitset<'a>>),
        /// `modes-peer` (type 3, nest).
        ModesPeer(nlw::ynl::Nest<'a, Bitset<'a>>),
        /// `active` (type 4, u8).
        Active(u8),
        /// `enabled` (type 5, u8).
        Enabled(u8),
        /// `tx-lpi-enabled` (type 6, u8).
        TxLpiEnabled(u8),
        /// `tx-lpi-timer` (type 7, u32).
        TxLpiTimer(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Eee<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `modes-ours`.
        pub const MODES_OURS: u16 = 2;
        /// Type number of `modes-peer`.
        pub const MODES_PEER: u16 = 3;
        /// Type number of `active`.
        pub const ACTIVE: u16 = 4;
        /// Type number of `enabled`.
        pub const ENABLED: u16 = 5;
        /// Type number of `tx-lpi-enabled`.
        pub const TX_LPI_ENABLED: u16 = 6;
        /// Type number of `tx-lpi-timer`.
        pub const TX_LPI_TIMER: u16 = 7;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Eee<'a> {
        const SET: &'static str = "eee";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::MODES_OURS => Self::ModesOurs(nlw::ynl::Nest::Wire(a.value)),
                Self::MODES_PEER => Self::ModesPeer(nlw::ynl::Nest::Wire(a.value)),
                Self::ACTIVE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Active(v),
                    None => Self::Other(a),
                },
                Self::ENABLED => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Enabled(v),
                    None => Self::Other(a),
                },
                Self::TX_LPI_ENABLED => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::TxLpiEnabled(v),
                    None => Self::Other(a),
                },
                Self::TX_LPI_TIMER => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TxLpiTimer(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::ModesOurs(_) => Self::MODES_OURS,
                Self::ModesPeer(_) => Self::MODES_PEER,
                Self::Active(_) => Self::ACTIVE,
                Self::Enabled(_) => Self::ENABLED,
                Self::TxLpiEnabled(_) => Self::TX_LPI_ENABLED,
                Self::TxLpiTimer(_) => Self::TX_LPI_TIMER,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::ModesOurs(v) => v.encoded_len(),
                Self::ModesPeer(v) => v.encoded_len(),
                Self::Active(_) => nlw::attr_len(1),
                Self::Enabled(_) => nlw::attr_len(1),
                Self::TxLpiEnabled(_) => nlw::attr_len(1),
                Self::TxLpiTimer(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Eee::HEADER;
                    v.emit(T, b);
                }
                Self::ModesOurs(v) => {
                    const T: u16 = Eee::MODES_OURS;
                    v.emit(T, b);
                }
                Self::ModesPeer(v) => {
                    const T: u16 = Eee::MODES_PEER;
                    v.emit(T, b);
                }
                Self::Active(v) => {
                    const T: u16 = Eee::ACTIVE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Enabled(v) => {
                    const T: u16 = Eee::ENABLED;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxLpiEnabled(v) => {
                    const T: u16 = Eee::TX_LPI_ENABLED;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxLpiTimer(v) => {
                    const T: u16 = Eee::TX_LPI_TIMER;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Eee::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::ModesOurs(v) => {
                    const T: u16 = Eee::MODES_OURS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::ModesPeer(v) => {
                    const T: u16 = Eee::MODES_PEER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Eee::HEADER | Eee::MODES_OURS | Eee::MODES_PEER | Eee::ACTIVE | Eee::ENABLED | Eee::TX_LPI_ENABLED | Eee::TX_LPI_TIMER) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `ts-stat`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum TsStat<'a> {
        /// `tx-pkts` (type 1, uint).
        TxPkts(u64),
        /// `tx-lost` (type 2, uint).
        TxLost(u64),
        /// `tx-err` (type 3, uint).
        TxErr(u64),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl TsStat<'_> {
        /// Type number of `tx-pkts`.
        pub const TX_PKTS: u16 = 1;
        /// Type number of `tx-lost`.
        pub const TX_LOST: u16 = 2;
        /// Type number of `tx-err`.
        pub const TX_ERR: u16 = 3;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for TsStat<'a> {
        const SET: &'static str = "ts-stat";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::TX_PKTS => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::TxPkts(v),
                    None => Self::Other(a),
                },
                Self::TX_LOST => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::TxLost(v),
                    None => Self::Other(a),
                },
                Self::TX_ERR => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::TxErr(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::TxPkts(_) => Self::TX_PKTS,
                Self::TxLost(_) => Self::TX_LOST,
                Self::TxErr(_) => Self::TX_ERR,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::TxPkts(v) => nlw::ynl::uint_len(*v),
                Self::TxLost(v) => nlw::ynl::uint_len(*v),
                Self::TxErr(v) => nlw::ynl::uint_len(*v),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::TxPkts(v) => {
                    const T: u16 = TsStat::TX_PKTS;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::TxLost(v) => {
                    const T: u16 = TsStat::TX_LOST;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::TxErr(v) => {
                    const T: u16 = TsStat::TX_ERR;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, TsStat::TX_PKTS | TsStat::TX_LOST | TsStat::TX_ERR) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `tsinfo`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Tsinfo<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `timestamping` (type 2, nest).
        Timestamping(nlw::ynl::Nest<'a, Bitset<'a>>),
        /// `tx-types` (type 3, nest).
        TxTypes(nlw::ynl::Nest<'a, Bitset<'a>>),
        /// `rx-filters` (type 4, nest).
        RxFilters(nlw::ynl::Nest<'a, Bitset<'a>>),
        /// `phc-index` (type 5, u32).
        PhcIndex(u32),
        /// `stats` (type 6, nest).
        Stats(nlw::ynl::Nest<'a, TsStat<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Tsinfo<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `timestamping`.
        pub const TIMESTAMPING: u16 = 2;
        /// Type number of `tx-types`.
        pub const TX_TYPES: u16 = 3;
        /// Type number of `rx-filters`.
        pub const RX_FILTERS: u16 = 4;
        /// Type number of `phc-index`.
        pub const PHC_INDEX: u16 = 5;
        /// Type number of `stats`.
        pub const STATS: u16 = 6;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Tsinfo<'a> {
        const SET: &'static str = "tsinfo";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::TIMESTAMPING => Self::Timestamping(nlw::ynl::Nest::Wire(a.value)),
                Self::TX_TYPES => Self::TxTypes(nlw::ynl::Nest::Wire(a.value)),
                Self::RX_FILTERS => Self::RxFilters(nlw::ynl::Nest::Wire(a.value)),
                Self::PHC_INDEX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::PhcIndex(v),
                    None => Self::Other(a),
                },
                Self::STATS => Self::Stats(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Timestamping(_) => Self::TIMESTAMPING,
                Self::TxTypes(_) => Self::TX_TYPES,
                Self::RxFilters(_) => Self::RX_FILTERS,
                Self::PhcIndex(_) => Self::PHC_INDEX,
                Self::Stats(_) => Self::STATS,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Timestamping(v) => v.encoded_len(),
                Self::TxTypes(v) => v.encoded_len(),
                Self::RxFilters(v) => v.encoded_len(),
                Self::PhcIndex(_) => nlw::attr_len(4),
                Self::Stats(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Tsinfo::HEADER;
                    v.emit(T, b);
                }
                Self::Timestamping(v) => {
                    const T: u16 = Tsinfo::TIMESTAMPING;
                    v.emit(T, b);
                }
                Self::TxTypes(v) => {
                    const T: u16 = Tsinfo::TX_TYPES;
                    v.emit(T, b);
                }
                Self::RxFilters(v) => {
                    const T: u16 = Tsinfo::RX_FILTERS;
                    v.emit(T, b);
                }
                Self::PhcIndex(v) => {
                    const T: u16 = Tsinfo::PHC_INDEX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Stats(v) => {
                    const T: u16 = Tsinfo::STATS;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Tsinfo::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Timestamping(v) => {
                    const T: u16 = Tsinfo::TIMESTAMPING;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::TxTypes(v) => {
                    const T: u16 = Tsinfo::TX_TYPES;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::RxFilters(v) => {
                    const T: u16 = Tsinfo::RX_FILTERS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Stats(v) => {
                    const T: u16 = Tsinfo::STATS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Tsinfo::HEADER | Tsinfo::TIMESTAMPING | Tsinfo::TX_TYPES | Tsinfo::RX_FILTERS | Tsinfo::PHC_INDEX | Tsinfo::STATS) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `cable-result`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum CableResult<'a> {
        /// `pair` (type 1, u8).
        Pair(u8),
        /// `code` (type 2, u8).
        Code(u8),
        /// `src` (type 3, u32).
        Src(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl CableResult<'_> {
        /// Type number of `pair`.
        pub const PAIR: u16 = 1;
        /// Type number of `code`.
        pub const CODE: u16 = 2;
        /// Type number of `src`.
        pub const SRC: u16 = 3;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for CableResult<'a> {
        const SET: &'static str = "cable-result";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::PAIR => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Pair(v),
                    None => Self::Other(a),
                },
                Self::CODE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Code(v),
                    None => Self::Other(a),
                },
                Self::SRC => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Src(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Pair(_) => Self::PAIR,
                Self::Code(_) => Self::CODE,
                Self::Src(_) => Self::SRC,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Pair(_) => nlw::attr_len(1),
                Self::Code(_) => nlw::attr_len(1),
                Self::Src(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Pair(v) => {
                    const T: u16 = CableResult::PAIR;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Code(v) => {
                    const T: u16 = CableResult::CODE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Src(v) => {
                    const T: u16 = CableResult::SRC;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, CableResult::PAIR | CableResult::CODE | CableResult::SRC) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `cable-fault-length`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum CableFaultLength<'a> {
        /// `pair` (type 1, u8).
        Pair(u8),
        /// `cm` (type 2, u32).
        Cm(u32),
        /// `src` (type 3, u32).
        Src(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl CableFaultLength<'_> {
        /// Type number of `pair`.
        pub const PAIR: u16 = 1;
        /// Type number of `cm`.
        pub const CM: u16 = 2;
        /// Type number of `src`.
        pub const SRC: u16 = 3;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for CableFaultLength<'a> {
        const SET: &'static str = "cable-fault-length";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::PAIR => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Pair(v),
                    None => Self::Other(a),
                },
                Self::CM => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Cm(v),
                    None => Self::Other(a),
                },
                Self::SRC => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Src(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Pair(_) => Self::PAIR,
                Self::Cm(_) => Self::CM,
                Self::Src(_) => Self::SRC,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Pair(_) => nlw::attr_len(1),
                Self::Cm(_) => nlw::attr_len(4),
                Self::Src(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Pair(v) => {
                    const T: u16 = CableFaultLength::PAIR;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Cm(v) => {
                    const T: u16 = CableFaultLength::CM;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Src(v) => {
                    const T: u16 = CableFaultLength::SRC;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, CableFaultLength::PAIR | CableFaultLength::CM | CableFaultLength::SRC) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `cable-nest`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum CableNest<'a> {
        /// `result` (type 1, nest).
        Result(nlw::ynl::Nest<'a, CableResult<'a>>),
        /// `fault-length` (type 2, nest).
        FaultLength(nlw::ynl::Nest<'a, CableFaultLength<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl CableNest<'_> {
        /// Type number of `result`.
        pub const RESULT: u16 = 1;
        /// Type number of `fault-length`.
        pub const FAULT_LENGTH: u16 = 2;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for CableNest<'a> {
        const SET: &'static str = "cable-nest";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::RESULT => Self::Result(nlw::ynl::Nest::Wire(a.value)),
                Self::FAULT_LENGTH => Self::FaultLength(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Result(_) => Self::RESULT,
                Self::FaultLength(_) => Self::FAULT_LENGTH,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Result(v) => v.encoded_len(),
                Self::FaultLength(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Result(v) => {
                    const T: u16 = CableNest::RESULT;
                    v.emit(T, b);
                }
                Self::FaultLength(v) => {
                    const T: u16 = CableNest::FAULT_LENGTH;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Result(v) => {
                    const T: u16 = CableNest::RESULT;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::FaultLength(v) => {
                    const T: u16 = CableNest::FAULT_LENGTH;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, CableNest::RESULT | CableNest::FAULT_LENGTH) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `cable-test`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum CableTest<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl CableTest<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for CableTest<'a> {
        const SET: &'static str = "cable-test";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = CableTest::HEADER;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = CableTest::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, CableTest::HEADER) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `cable-test-ntf`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum CableTestNtf<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `status` (type 2, u8).
        Status(u8),
        /// `nest` (type 3, nest).
        Nest(nlw::ynl::Nest<'a, CableNest<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl CableTestNtf<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `status`.
        pub const STATUS: u16 = 2;
        /// Type number of `nest`.
        pub const NEST: u16 = 3;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for CableTestNtf<'a> {
        const SET: &'static str = "cable-test-ntf";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::STATUS => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Status(v),
                    None => Self::Other(a),
                },
                Self::NEST => Self::Nest(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Status(_) => Self::STATUS,
                Self::Nest(_) => Self::NEST,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Status(_) => nlw::attr_len(1),
                Self::Nest(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = CableTestNtf::HEADER;
                    v.emit(T, b);
                }
                Self::Status(v) => {
                    const T: u16 = CableTestNtf::STATUS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Nest(v) => {
                    const T: u16 = CableTestNtf::NEST;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = CableTestNtf::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Nest(v) => {
                    const T: u16 = CableTestNtf::NEST;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, CableTestNtf::HEADER | CableTestNtf::STATUS | CableTestNtf::NEST) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `cable-test-tdr-cfg`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum CableTestTdrCfg<'a> {
        /// `first` (type 1, u32).
        First(u32),
        /// `last` (type 2, u32).
        Last(u32),
        /// `step` (type 3, u32).
        Step(u32),
        /// `pair` (type 4, u8).
        Pair(u8),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl CableTestTdrCfg<'_> {
        /// Type number of `first`.
        pub const FIRST: u16 = 1;
        /// Type number of `last`.
        pub const LAST: u16 = 2;
        /// Type number of `step`.
        pub const STEP: u16 = 3;
        /// Type number of `pair`.
        pub const PAIR: u16 = 4;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for CableTestTdrCfg<'a> {
        const SET: &'static str = "cable-test-tdr-cfg";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::FIRST => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::First(v),
                    None => Self::Other(a),
                },
                Self::LAST => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Last(v),
                    None => Self::Other(a),
                },
                Self::STEP => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Step(v),
                    None => Self::Other(a),
                },
                Self::PAIR => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Pair(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::First(_) => Self::FIRST,
                Self::Last(_) => Self::LAST,
                Self::Step(_) => Self::STEP,
                Self::Pair(_) => Self::PAIR,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::First(_) => nlw::attr_len(4),
                Self::Last(_) => nlw::attr_len(4),
                Self::Step(_) => nlw::attr_len(4),
                Self::Pair(_) => nlw::attr_len(1),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::First(v) => {
                    const T: u16 = CableTestTdrCfg::FIRST;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Last(v) => {
                    const T: u16 = CableTestTdrCfg::LAST;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Step(v) => {
                    const T: u16 = CableTestTdrCfg::STEP;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Pair(v) => {
                    const T: u16 = CableTestTdrCfg::PAIR;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, CableTestTdrCfg::FIRST | CableTestTdrCfg::LAST | CableTestTdrCfg::STEP | CableTestTdrCfg::PAIR) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `cable-test-tdr-ntf`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum CableTestTdrNtf<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `status` (type 2, u8).
        Status(u8),
        /// `nest` (type 3, nest).
        Nest(nlw::ynl::Nest<'a, CableNest<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl CableTestTdrNtf<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `status`.
        pub const STATUS: u16 = 2;
        /// Type number of `nest`.
        pub const NEST: u16 = 3;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for CableTestTdrNtf<'a> {
        const SET: &'static str = "cable-test-tdr-ntf";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::STATUS => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Status(v),
                    None => Self::Other(a),
                },
                Self::NEST => Self::Nest(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Status(_) => Self::STATUS,
                Self::Nest(_) => Self::NEST,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Status(_) => nlw::attr_len(1),
                Self::Nest(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = CableTestTdrNtf::HEADER;
                    v.emit(T, b);
                }
                Self::Status(v) => {
                    const T: u16 = CableTestTdrNtf::STATUS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Nest(v) => {
                    const T: u16 = CableTestTdrNtf::NEST;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = CableTestTdrNtf::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Nest(v) => {
                    const T: u16 = CableTestTdrNtf::NEST;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, CableTestTdrNtf::HEADER | CableTestTdrNtf::STATUS | CableTestTdrNtf::NEST) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `cable-test-tdr`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum CableTestTdr<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `cfg` (type 2, nest).
        Cfg(nlw::ynl::Nest<'a, CableTestTdrCfg<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl CableTestTdr<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `cfg`.
        pub const CFG: u16 = 2;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for CableTestTdr<'a> {
        const SET: &'static str = "cable-test-tdr";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::CFG => Self::Cfg(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Cfg(_) => Self::CFG,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Cfg(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = CableTestTdr::HEADER;
                    v.emit(T, b);
                }
                Self::Cfg(v) => {
                    const T: u16 = CableTestTdr::CFG;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = CableTestTdr::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Cfg(v) => {
                    const T: u16 = CableTestTdr::CFG;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, CableTestTdr::HEADER | CableTestTdr::CFG) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `tunnel-udp-entry`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum TunnelUdpEntry<'a> {
        /// `port` (type 1, u16).
        Port(u16),
        /// `type` (type 2, u32).
        Type(super::defs::UdpTunnelType),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl TunnelUdpEntry<'_> {
        /// Type number of `port`.
        pub const PORT: u16 = 1;
        /// Type number of `type`.
        pub const TYPE: u16 = 2;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for TunnelUdpEntry<'a> {
        const SET: &'static str = "tunnel-udp-entry";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::PORT => match a.array::<2>().ok().map(u16::from_be_bytes) {
                    Some(v) => Self::Port(v),
                    None => Self::Other(a),
                },
                Self::TYPE => match a.array::<4>().ok().map(u32::from_ne_bytes).map(super::defs::UdpTunnelType) {
                    Some(v) => Self::Type(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Port(_) => Self::PORT,
                Self::Type(_) => Self::TYPE,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Port(_) => nlw::attr_len(2),
                Self::Type(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Port(v) => {
                    const T: u16 = TunnelUdpEntry::PORT;
                    b.attr(T, &v.to_be_bytes());
                }
                Self::Type(v) => {
                    const T: u16 = TunnelUdpEntry::TYPE;
                    b.attr(T, &v.0.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, TunnelUdpEntry::PORT | TunnelUdpEntry::TYPE) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `tunnel-udp-table`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum TunnelUdpTable<'a> {
        /// `size` (type 1, u32).
        Size(u32),
        /// `types` (type 2, nest).
        Types(nlw::ynl::Nest<'a, Bitset<'a>>),
        /// `entry` (type 3, nest).
        Entry(nlw::ynl::Nest<'a, TunnelUdpEntry<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl TunnelUdpTable<'_> {
        /// Type number of `size`.
        pub const SIZE: u16 = 1;
        /// Type number of `types`.
        pub const TYPES: u16 = 2;
        /// Type number of `entry`.
        pub const ENTRY: u16 = 3;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for TunnelUdpTable<'a> {
        const SET: &'static str = "tunnel-udp-table";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::SIZE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Size(v),
                    None => Self::Other(a),
                },
                Self::TYPES => Self::Types(nlw::ynl::Nest::Wire(a.value)),
                Self::ENTRY => Self::Entry(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Size(_) => Self::SIZE,
                Self::Types(_) => Self::TYPES,
                Self::Entry(_) => Self::ENTRY,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Size(_) => nlw::attr_len(4),
                Self::Types(v) => v.encoded_len(),
                Self::Entry(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Size(v) => {
                    const T: u16 = TunnelUdpTable::SIZE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Types(v) => {
                    const T: u16 = TunnelUdpTable::TYPES;
                    v.emit(T, b);
                }
                Self::Entry(v) => {
                    const T: u16 = TunnelUdpTable::ENTRY;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Types(v) => {
                    const T: u16 = TunnelUdpTable::TYPES;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Entry(v) => {
                    const T: u16 = TunnelUdpTable::ENTRY;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, TunnelUdpTable::SIZE | TunnelUdpTable::TYPES | TunnelUdpTable::ENTRY) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `tunnel-udp`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum TunnelUdp<'a> {
        /// `table` (type 1, nest).
        Table(nlw::ynl::Nest<'a, TunnelUdpTable<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl TunnelUdp<'_> {
        /// Type number of `table`.
        pub const TABLE: u16 = 1;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for TunnelUdp<'a> {
        const SET: &'static str = "tunnel-udp";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::TABLE => Self::Table(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Table(_) => Self::TABLE,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Table(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Table(v) => {
                    const T: u16 = TunnelUdp::TABLE;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Table(v) => {
                    const T: u16 = TunnelUdp::TABLE;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, TunnelUdp::TABLE) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `tunnel-info`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum TunnelInfo<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `udp-ports` (type 2, nest).
        UdpPorts(nlw::ynl::Nest<'a, TunnelUdp<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl TunnelInfo<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `udp-ports`.
        pub const UDP_PORTS: u16 = 2;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for TunnelInfo<'a> {
        const SET: &'static str = "tunnel-info";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::UDP_PORTS => Self::UdpPorts(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::UdpPorts(_) => Self::UDP_PORTS,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::UdpPorts(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = TunnelInfo::HEADER;
                    v.emit(T, b);
                }
                Self::UdpPorts(v) => {
                    const T: u16 = TunnelInfo::UDP_PORTS;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = TunnelInfo::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::UdpPorts(v) => {
                    const T: u16 = TunnelInfo::UDP_PORTS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, TunnelInfo::HEADER | TunnelInfo::UDP_PORTS) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `fec-stat`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum FecStat<'a> {
        /// `pad` (type 1, pad).
        Pad(&'a [u8]),
        /// `corrected` (type 2, binary).
        Corrected(&'a [u8]),
        /// `uncorr` (type 3, binary).
        Uncorr(&'a [u8]),
        /// `corr-bits` (type 4, binary).
        CorrBits(&'a [u8]),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl FecStat<'_> {
        /// Type number of `pad`.
        pub const PAD: u16 = 1;
        /// Type number of `corrected`.
        pub const CORRECTED: u16 = 2;
        /// Type number of `uncorr`.
        pub const UNCORR: u16 = 3;
        /// Type number of `corr-bits`.
        pub const CORR_BITS: u16 = 4;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for FecStat<'a> {
        const SET: &'static str = "fec-stat";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::PAD => Self::Pad(a.value),
                Self::CORRECTED => Self::Corrected(a.value),
                Self::UNCORR => Self::Uncorr(a.value),
                Self::CORR_BITS => Self::CorrBits(a.value),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Pad(_) => Self::PAD,
                Self::Corrected(_) => Self::CORRECTED,
                Self::Uncorr(_) => Self::UNCORR,
                Self::CorrBits(_) => Self::CORR_BITS,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Pad(v) => nlw::attr_len(v.len()),
                Self::Corrected(v) => nlw::attr_len(v.len()),
                Self::Uncorr(v) => nlw::attr_len(v.len()),
                Self::CorrBits(v) => nlw::attr_len(v.len()),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Pad(v) => {
                    const T: u16 = FecStat::PAD;
                    b.attr(T, v);
                }
                Self::Corrected(v) => {
                    const T: u16 = FecStat::CORRECTED;
                    b.attr(T, v);
                }
                Self::Uncorr(v) => {
                    const T: u16 = FecStat::UNCORR;
                    b.attr(T, v);
                }
                Self::CorrBits(v) => {
                    const T: u16 = FecStat::CORR_BITS;
                    b.attr(T, v);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, FecStat::PAD | FecStat::CORRECTED | FecStat::UNCORR | FecStat::CORR_BITS) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `fec`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Fec<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `modes` (type 2, nest).
        Modes(nlw::ynl::Nest<'a, Bitset<'a>>),
        /// `auto` (type 3, u8).
        Auto(u8),
        /// `active` (type 4, u32).
        Active(u32),
        /// `stats` (type 5, nest).
        Stats(nlw::ynl::Nest<'a, FecStat<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Fec<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `modes`.
        pub const MODES: u16 = 2;
        /// Type number of `auto`.
        pub const AUTO: u16 = 3;
        /// Type number of `active`.
        pub const ACTIVE: u16 = 4;
        /// Type number of `stats`.
        pub const STATS: u16 = 5;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Fec<'a> {
        const SET: &'static str = "fec";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::MODES => Self::Modes(nlw::ynl::Nest::Wire(a.value)),
                Self::AUTO => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Auto(v),
                    None => Self::Other(a),
                },
                Self::ACTIVE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Active(v),
                    None => Self::Other(a),
                },
                Self::STATS => Self::Stats(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Modes(_) => Self::MODES,
                Self::Auto(_) => Self::AUTO,
                Self::Active(_) => Self::ACTIVE,
                Self::Stats(_) => Self::STATS,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Modes(v) => v.encoded_len(),
                Self::Auto(_) => nlw::attr_len(1),
                Self::Active(_) => nlw::attr_len(4),
                Self::Stats(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Fec::HEADER;
                    v.emit(T, b);
                }
                Self::Modes(v) => {
                    const T: u16 = Fec::MODES;
                    v.emit(T, b);
                }
                Self::Auto(v) => {
                    const T: u16 = Fec::AUTO;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Active(v) => {
                    const T: u16 = Fec::ACTIVE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Stats(v) => {
                    const T: u16 = Fec::STATS;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Fec::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Modes(v) => {
                    const T: u16 = Fec::MODES;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Stats(v) => {
                    const T: u16 = Fec::STATS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Fec::HEADER | Fec::MODES | Fec::AUTO | Fec::ACTIVE | Fec::STATS) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `module-eeprom`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum ModuleEeprom<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `offset` (type 2, u32).
        Offset(u32),
        /// `length` (type 3, u32).
        Length(u32),
        /// `page` (type 4, u8).
        Page(u8),
        /// `bank` (type 5, u8).
        Bank(u8),
        /// `i2c-address` (type 6, u8).
        I2cAddress(u8),
        /// `data` (type 7, binary).
        Data(&'a [u8]),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl ModuleEeprom<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `offset`.
        pub const OFFSET: u16 = 2;
        /// Type number of `length`.
        pub const LENGTH: u16 = 3;
        /// Type number of `page`.
        pub const PAGE: u16 = 4;
        /// Type number of `bank`.
        pub const BANK: u16 = 5;
        /// Type number of `i2c-address`.
        pub const I2C_ADDRESS: u16 = 6;
        /// Type number of `data`.
        pub const DATA: u16 = 7;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for ModuleEeprom<'a> {
        const SET: &'static str = "module-eeprom";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::OFFSET => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Offset(v),
                    None => Self::Other(a),
                },
                Self::LENGTH => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Length(v),
                    None => Self::Other(a),
                },
                Self::PAGE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Page(v),
                    None => Self::Other(a),
                },
                Self::BANK => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Bank(v),
                    None => Self::Other(a),
                },
                Self::I2C_ADDRESS => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::I2cAddress(v),
                    None => Self::Other(a),
                },
                Self::DATA => Self::Data(a.value),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Offset(_) => Self::OFFSET,
                Self::Length(_) => Self::LENGTH,
                Self::Page(_) => Self::PAGE,
                Self::Bank(_) => Self::BANK,
                Self::I2cAddress(_) => Self::I2C_ADDRESS,
                Self::Data(_) => Self::DATA,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Offset(_) => nlw::attr_len(4),
                Self::Length(_) => nlw::attr_len(4),
                Self::Page(_) => nlw::attr_len(1),
                Self::Bank(_) => nlw::attr_len(1),
                Self::I2cAddress(_) => nlw::attr_len(1),
                Self::Data(v) => nlw::attr_len(v.len()),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = ModuleEeprom::HEADER;
                    v.emit(T, b);
                }
                Self::Offset(v) => {
                    const T: u16 = ModuleEeprom::OFFSET;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Length(v) => {
                    const T: u16 = ModuleEeprom::LENGTH;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Page(v) => {
                    const T: u16 = ModuleEeprom::PAGE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Bank(v) => {
                    const T: u16 = ModuleEeprom::BANK;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::I2cAddress(v) => {
                    const T: u16 = ModuleEeprom::I2C_ADDRESS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Data(v) => {
                    const T: u16 = ModuleEeprom::DATA;
                    b.attr(T, v);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = ModuleEeprom::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, ModuleEeprom::HEADER | ModuleEeprom::OFFSET | ModuleEeprom::LENGTH | ModuleEeprom::PAGE | ModuleEeprom::BANK | ModuleEeprom::I2C_ADDRESS | ModuleEeprom::DATA) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `stats-grp`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum StatsGrp<'a> {
        /// `pad` (type 1, pad).
        Pad(&'a [u8]),
        /// `id` (type 2, u32).
        Id(u32),
        /// `ss-id` (type 3, u32).
        SsId(u32),
        /// `stat` (type 4, u64).
        Stat(u64),
        /// `hist-rx` (type 5, nest).
        HistRx(nlw::ynl::Nest<'a, StatsGrpHist<'a>>),
        /// `hist-tx` (type 6, nest).
        HistTx(nlw::ynl::Nest<'a, StatsGrpHist<'a>>),
        /// `hist-bkt-low` (type 7, u32).
        HistBktLow(u32),
        /// `hist-bkt-hi` (type 8, u32).
        HistBktHi(u32),
        /// `hist-val` (type 9, u64).
        HistVal(u64),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl StatsGrp<'_> {
        /// Type number of `pad`.
        pub const PAD: u16 = 1;
        /// Type number of `id`.
        pub const ID: u16 = 2;
        /// Type number of `ss-id`.
        pub const SS_ID: u16 = 3;
        /// Type number of `stat`.
        pub const STAT: u16 = 4;
        /// Type number of `hist-rx`.
        pub const HIST_RX: u16 = 5;
        /// Type number of `hist-tx`.
        pub const HIST_TX: u16 = 6;
        /// Type number of `hist-bkt-low`.
        pub const HIST_BKT_LOW: u16 = 7;
        /// Type number of `hist-bkt-hi`.
        pub const HIST_BKT_HI: u16 = 8;
        /// Type number of `hist-val`.
        pub const HIST_VAL: u16 = 9;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for StatsGrp<'a> {
        const SET: &'static str = "stats-grp";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::PAD => Self::Pad(a.value),
                Self::ID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Id(v),
                    None => Self::Other(a),
                },
                Self::SS_ID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::SsId(v),
                    None => Self::Other(a),
                },
                Self::STAT => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::Stat(v),
                    None => Self::Other(a),
                },
                Self::HIST_RX => Self::HistRx(nlw::ynl::Nest::Wire(a.value)),
                Self::HIST_TX => Self::HistTx(nlw::ynl::Nest::Wire(a.value)),
                Self::HIST_BKT_LOW => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::HistBktLow(v),
                    None => Self::Other(a),
                },
                Self::HIST_BKT_HI => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::HistBktHi(v),
                    None => Self::Other(a),
                },
                Self::HIST_VAL => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::HistVal(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Pad(_) => Self::PAD,
                Self::Id(_) => Self::ID,
                Self::SsId(_) => Self::SS_ID,
                Self::Stat(_) => Self::STAT,
                Self::HistRx(_) => Self::HIST_RX,
                Self::HistTx(_) => Self::HIST_TX,
                Self::HistBktLow(_) => Self::HIST_BKT_LOW,
                Self::HistBktHi(_) => Self::HIST_BKT_HI,
                Self::HistVal(_) => Self::HIST_VAL,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Pad(v) => nlw::attr_len(v.len()),
                Self::Id(_) => nlw::attr_len(4),
                Self::SsId(_) => nlw::attr_len(4),
                Self::Stat(_) => nlw::attr_len(8),
                Self::HistRx(v) => v.encoded_len(),
                Self::HistTx(v) => v.encoded_len(),
                Self::HistBktLow(_) => nlw::attr_len(4),
                Self::HistBktHi(_) => nlw::attr_len(4),
                Self::HistVal(_) => nlw::attr_len(8),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Pad(v) => {
                    const T: u16 = StatsGrp::PAD;
                    b.attr(T, v);
                }
                Self::Id(v) => {
                    const T: u16 = StatsGrp::ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::SsId(v) => {
                    const T: u16 = StatsGrp::SS_ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Stat(v) => {
                    const T: u16 = StatsGrp::STAT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::HistRx(v) => {
                    const T: u16 = StatsGrp::HIST_RX;
                    v.emit(T, b);
                }
                Self::HistTx(v) => {
                    const T: u16 = StatsGrp::HIST_TX;
                    v.emit(T, b);
                }
                Self::HistBktLow(v) => {
                    const T: u16 = StatsGrp::HIST_BKT_LOW;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::HistBktHi(v) => {
                    const T: u16 = StatsGrp::HIST_BKT_HI;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::HistVal(v) => {
                    const T: u16 = StatsGrp::HIST_VAL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::HistRx(v) => {
                    const T: u16 = StatsGrp::HIST_RX;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::HistTx(v) => {
                    const T: u16 = StatsGrp::HIST_TX;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, StatsGrp::PAD | StatsGrp::ID | StatsGrp::SS_ID | StatsGrp::STAT | StatsGrp::HIST_RX | StatsGrp::HIST_TX | StatsGrp::HIST_BKT_LOW | StatsGrp::HIST_BKT_HI | StatsGrp::HIST_VAL) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `stats-grp-hist` (a subset of `stats-grp`).
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum StatsGrpHist<'a> {
        /// `hist-bkt-low` (type 7, u32).
        HistBktLow(u32),
        /// `hist-bkt-hi` (type 8, u32).
        HistBktHi(u32),
        /// `hist-val` (type 9, u64).
        HistVal(u64),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl StatsGrpHist<'_> {
        /// Type number of `hist-bkt-low`.
        pub const HIST_BKT_LOW: u16 = 7;
        /// Type number of `hist-bkt-hi`.
        pub const HIST_BKT_HI: u16 = 8;
        /// Type number of `hist-val`.
        pub const HIST_VAL: u16 = 9;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for StatsGrpHist<'a> {
        const SET: &'static str = "stats-grp-hist";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HIST_BKT_LOW => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::HistBktLow(v),
                    None => Self::Other(a),
                },
                Self::HIST_BKT_HI => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::HistBktHi(v),
                    None => Self::Other(a),
                },
                Self::HIST_VAL => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::HistVal(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::HistBktLow(_) => Self::HIST_BKT_LOW,
                Self::HistBktHi(_) => Self::HIST_BKT_HI,
                Self::HistVal(_) => Self::HIST_VAL,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::HistBktLow(_) => nlw::attr_len(4),
                Self::HistBktHi(_) => nlw::attr_len(4),
                Self::HistVal(_) => nlw::attr_len(8),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::HistBktLow(v) => {
                    const T: u16 = StatsGrpHist::HIST_BKT_LOW;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::HistBktHi(v) => {
                    const T: u16 = StatsGrpHist::HIST_BKT_HI;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::HistVal(v) => {
                    const T: u16 = StatsGrpHist::HIST_VAL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, StatsGrpHist::HIST_BKT_LOW | StatsGrpHist::HIST_BKT_HI | StatsGrpHist::HIST_VAL) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `stats`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Stats<'a> {
        /// `pad` (type 1, pad).
        Pad(&'a [u8]),
        /// `header` (type 2, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `groups` (type 3, nest).
        Groups(nlw::ynl::Nest<'a, Bitset<'a>>),
        /// `grp` (type 4, nest).
        Grp(nlw::ynl::Nest<'a, StatsGrp<'a>>),
        /// `src` (type 5, u32).
        Src(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Stats<'_> {
        /// Type number of `pad`.
        pub const PAD: u16 = 1;
        /// Type number of `header`.
        pub const HEADER: u16 = 2;
        /// Type number of `groups`.
        pub const GROUPS: u16 = 3;
        /// Type number of `grp`.
        pub const GRP: u16 = 4;
        /// Type number of `src`.
        pub const SRC: u16 = 5;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Stats<'a> {
        const SET: &'static str = "stats";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::PAD => Self::Pad(a.value),
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::GROUPS => Self::Groups(nlw::ynl::Nest::Wire(a.value)),
                Self::GRP => Self::Grp(nlw::ynl::Nest::Wire(a.value)),
                Self::SRC => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Src(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Pad(_) => Self::PAD,
                Self::Header(_) => Self::HEADER,
                Self::Groups(_) => Self::GROUPS,
                Self::Grp(_) => Self::GRP,
                Self::Src(_) => Self::SRC,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Pad(v) => nlw::attr_len(v.len()),
                Self::Header(v) => v.encoded_len(),
                Self::Groups(v) => v.encoded_len(),
                Self::Grp(v) => v.encoded_len(),
                Self::Src(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Pad(v) => {
                    const T: u16 = Stats::PAD;
                    b.attr(T, v);
                }
                Self::Header(v) => {
                    const T: u16 = Stats::HEADER;
                    v.emit(T, b);
                }
                Self::Groups(v) => {
                    const T: u16 = Stats::GROUPS;
                    v.emit(T, b);
                }
                Self::Grp(v) => {
                    const T: u16 = Stats::GRP;
                    v.emit(T, b);
                }
                Self::Src(v) => {
                    const T: u16 = Stats::SRC;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Stats::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Groups(v) => {
                    const T: u16 = Stats::GROUPS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Grp(v) => {
                    const T: u16 = Stats::GRP;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Stats::PAD | Stats::HEADER | Stats::GROUPS | Stats::GRP | Stats::SRC) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `phc-vclocks`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum PhcVclocks<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `num` (type 2, u32).
        Num(u32),
        /// `index` (type 3, binary).
        Index(&'a [u8]),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl PhcVclocks<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `num`.
        pub const NUM: u16 = 2;
        /// Type number of `index`.
        pub const INDEX: u16 = 3;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for PhcVclocks<'a> {
        const SET: &'static str = "phc-vclocks";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::NUM => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Num(v),
                    None => Self::Other(a),
                },
                Self::INDEX => Self::Index(a.value),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Num(_) => Self::NUM,
                Self::Index(_) => Self::INDEX,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Num(_) => nlw::attr_len(4),
                Self::Index(v) => nlw::attr_len(v.len()),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = PhcVclocks::HEADER;
                    v.emit(T, b);
                }
                Self::Num(v) => {
                    const T: u16 = PhcVclocks::NUM;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Index(v) => {
                    const T: u16 = PhcVclocks::INDEX;
                    b.attr(T, v);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = PhcVclocks::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, PhcVclocks::HEADER | PhcVclocks::NUM | PhcVclocks::INDEX) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `module`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Module<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `power-mode-policy` (type 2, u8).
        PowerModePolicy(u8),
        /// `power-mode` (type 3, u8).
        PowerMode(u8),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Module<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `power-mode-policy`.
        pub const POWER_MODE_POLICY: u16 = 2;
        /// Type number of `power-mode`.
        pub const POWER_MODE: u16 = 3;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Module<'a> {
        const SET: &'static str = "module";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::POWER_MODE_POLICY => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::PowerModePolicy(v),
                    None => Self::Other(a),
                },
                Self::POWER_MODE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::PowerMode(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::PowerModePolicy(_) => Self::POWER_MODE_POLICY,
                Self::PowerMode(_) => Self::POWER_MODE,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::PowerModePolicy(_) => nlw::attr_len(1),
                Self::PowerMode(_) => nlw::attr_len(1),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Module::HEADER;
                    v.emit(T, b);
                }
                Self::PowerModePolicy(v) => {
                    const T: u16 = Module::POWER_MODE_POLICY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::PowerMode(v) => {
                    const T: u16 = Module::POWER_MODE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Module::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Module::HEADER | Module::POWER_MODE_POLICY | Module::POWER_MODE) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `c33-pse-pw-limit`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum C33PsePwLimit<'a> {
        /// `min` (type 1, u32).
        Min(u32),
        /// `max` (type 2, u32).
        Max(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl C33PsePwLimit<'_> {
        /// Type number of `min`.
        pub const MIN: u16 = 1;
        /// Type number of `max`.
        pub const MAX: u16 = 2;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for C33PsePwLimit<'a> {
        const SET: &'static str = "c33-pse-pw-limit";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::MIN => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Min(v),
                    None => Self::Other(a),
                },
                Self::MAX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Max(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Min(_) => Self::MIN,
                Self::Max(_) => Self::MAX,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Min(_) => nlw::attr_len(4),
                Self::Max(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Min(v) => {
                    const T: u16 = C33PsePwLimit::MIN;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Max(v) => {
                    const T: u16 = C33PsePwLimit::MAX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, C33PsePwLimit::MIN | C33PsePwLimit::MAX) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `pse`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Pse<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `podl-pse-admin-state` (type 2, u32).
        PodlPseAdminState(u32),
        /// `podl-pse-admin-control` (type 3, u32).
        PodlPseAdminControl(u32),
        /// `podl-pse-pw-d-status` (type 4, u32).
        PodlPsePwDStatus(u32),
        /// `c33-pse-admin-state` (type 5, u32).
        C33PseAdminState(u32),
        /// `c33-pse-admin-control` (type 6, u32).
        C33PseAdminControl(u32),
        /// `c33-pse-pw-d-status` (type 7, u32).
        C33PsePwDStatus(u32),
        /// `c33-pse-pw-class` (type 8, u32).
        C33PsePwClass(u32),
        /// `c33-pse-actual-pw` (type 9, u32).
        C33PseActualPw(u32),
        /// `c33-pse-ext-state` (type 10, u32).
        C33PseExtState(super::defs::C33PseExtState),
        /// `c33-pse-ext-substate` (type 11, u32).
        C33PseExtSubstate(u32),
        /// `c33-pse-avail-pw-limit` (type 12, u32).
        C33PseAvailPwLimit(u32),
        /// `c33-pse-pw-limit-ranges` (type 13, nest).
        C33PsePwLimitRanges(nlw::ynl::Nest<'a, C33PsePwLimit<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Pse<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `podl-pse-admin-state`.
        pub const PODL_PSE_ADMIN_STATE: u16 = 2;
        /// Type number of `podl-pse-admin-control`.
        pub const PODL_PSE_ADMIN_CONTROL: u16 = 3;
        /// Type number of `podl-pse-pw-d-status`.
        pub const PODL_PSE_PW_D_STATUS: u16 = 4;
        /// Type number of `c33-pse-admin-state`.
        pub const C33_PSE_ADMIN_STATE: u16 = 5;
        /// Type number of `c33-pse-admin-control`.
        pub const C33_PSE_ADMIN_CONTROL: u16 = 6;
        /// Type number of `c33-pse-pw-d-status`.
        pub const C33_PSE_PW_D_STATUS: u16 = 7;
        /// Type number of `c33-pse-pw-class`.
        pub const C33_PSE_PW_CLASS: u16 = 8;
        /// Type number of `c33-pse-actual-pw`.
        pub const C33_PSE_ACTUAL_PW: u16 = 9;
        /// Type number of `c33-pse-ext-state`.
        pub const C33_PSE_EXT_STATE: u16 = 10;
        /// Type number of `c33-pse-ext-substate`.
        pub const C33_PSE_EXT_SUBSTATE: u16 = 11;
        /// Type number of `c33-pse-avail-pw-limit`.
        pub const C33_PSE_AVAIL_PW_LIMIT: u16 = 12;
        /// Type number of `c33-pse-pw-limit-ranges`.
        pub const C33_PSE_PW_LIMIT_RANGES: u16 = 13;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Pse<'a> {
        const SET: &'static str = "pse";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::PODL_PSE_ADMIN_STATE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::PodlPseAdminState(v),
                    None => Self::Other(a),
                },
                Self::PODL_PSE_ADMIN_CONTROL => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::PodlPseAdminControl(v),
                    None => Self::Other(a),
                },
                Self::PODL_PSE_PW_D_STATUS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::PodlPsePwDStatus(v),
                    None => Self::Other(a),
                },
                Self::C33_PSE_ADMIN_STATE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::C33PseAdminState(v),
                    None => Self::Other(a),
                },
                Self::C33_PSE_ADMIN_CONTROL => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::C33PseAdminControl(v),
                    None => Self::Other(a),
                },
                Self::C33_PSE_PW_D_STATUS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::C33PsePwDStatus(v),
                    None => Self::Other(a),
                },
                Self::C33_PSE_PW_CLASS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::C33PsePwClass(v),
                    None => Self::Other(a),
                },
                Self::C33_PSE_ACTUAL_PW => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::C33PseActualPw(v),
                    None => Self::Other(a),
                },
                Self::C33_PSE_EXT_STATE => match a.array::<4>().ok().map(u32::from_ne_bytes).map(super::defs::C33PseExtState) {
                    Some(v) => Self::C33PseExtState(v),
                    None => Self::Other(a),
                },
                Self::C33_PSE_EXT_SUBSTATE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::C33PseExtSubstate(v),
                    None => Self::Other(a),
                },
                Self::C33_PSE_AVAIL_PW_LIMIT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::C33PseAvailPwLimit(v),
                    None => Self::Other(a),
                },
                Self::C33_PSE_PW_LIMIT_RANGES => Self::C33PsePwLimitRanges(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::PodlPseAdminState(_) => Self::PODL_PSE_ADMIN_STATE,
                Self::PodlPseAdminControl(_) => Self::PODL_PSE_ADMIN_CONTROL,
                Self::PodlPsePwDStatus(_) => Self::PODL_PSE_PW_D_STATUS,
                Self::C33PseAdminState(_) => Self::C33_PSE_ADMIN_STATE,
                Self::C33PseAdminControl(_) => Self::C33_PSE_ADMIN_CONTROL,
                Self::C33PsePwDStatus(_) => Self::C33_PSE_PW_D_STATUS,
                Self::C33PsePwClass(_) => Self::C33_PSE_PW_CLASS,
                Self::C33PseActualPw(_) => Self::C33_PSE_ACTUAL_PW,
                Self::C33PseExtState(_) => Self::C33_PSE_EXT_STATE,
                Self::C33PseExtSubstate(_) => Self::C33_PSE_EXT_SUBSTATE,
                Self::C33PseAvailPwLimit(_) => Self::C33_PSE_AVAIL_PW_LIMIT,
                Self::C33PsePwLimitRanges(_) => Self::C33_PSE_PW_LIMIT_RANGES,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::PodlPseAdminState(_) => nlw::attr_len(4),
                Self::PodlPseAdminControl(_) => nlw::attr_len(4),
                Self::PodlPsePwDStatus(_) => nlw::attr_len(4),
                Self::C33PseAdminState(_) => nlw::attr_len(4),
                Self::C33PseAdminControl(_) => nlw::attr_len(4),
                Self::C33PsePwDStatus(_) => nlw::attr_len(4),
                Self::C33PsePwClass(_) => nlw::attr_len(4),
                Self::C33PseActualPw(_) => nlw::attr_len(4),
                Self::C33PseExtState(_) => nlw::attr_len(4),
                Self::C33PseExtSubstate(_) => nlw::attr_len(4),
                Self::C33PseAvailPwLimit(_) => nlw::attr_len(4),
                Self::C33PsePwLimitRanges(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Pse::HEADER;
                    v.emit(T, b);
                }
                Self::PodlPseAdminState(v) => {
                    const T: u16 = Pse::PODL_PSE_ADMIN_STATE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::PodlPseAdminControl(v) => {
                    const T: u16 = Pse::PODL_PSE_ADMIN_CONTROL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::PodlPsePwDStatus(v) => {
                    const T: u16 = Pse::PODL_PSE_PW_D_STATUS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::C33PseAdminState(v) => {
                    const T: u16 = Pse::C33_PSE_ADMIN_STATE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::C33PseAdminControl(v) => {
                    const T: u16 = Pse::C33_PSE_ADMIN_CONTROL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::C33PsePwDStatus(v) => {
                    const T: u16 = Pse::C33_PSE_PW_D_STATUS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::C33PsePwClass(v) => {
                    const T: u16 = Pse::C33_PSE_PW_CLASS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::C33PseActualPw(v) => {
                    const T: u16 = Pse::C33_PSE_ACTUAL_PW;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::C33PseExtState(v) => {
                    const T: u16 = Pse::C33_PSE_EXT_STATE;
                    b.attr(T, &v.0.to_ne_bytes());
                }
                Self::C33PseExtSubstate(v) => {
                    const T: u16 = Pse::C33_PSE_EXT_SUBSTATE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::C33PseAvailPwLimit(v) => {
                    const T: u16 = Pse::C33_PSE_AVAIL_PW_LIMIT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::C33PsePwLimitRanges(v) => {
                    const T: u16 = Pse::C33_PSE_PW_LIMIT_RANGES;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Pse::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::C33PsePwLimitRanges(v) => {
                    const T: u16 = Pse::C33_PSE_PW_LIMIT_RANGES;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Pse::HEADER | Pse::PODL_PSE_ADMIN_STATE | Pse::PODL_PSE_ADMIN_CONTROL | Pse::PODL_PSE_PW_D_STATUS | Pse::C33_PSE_ADMIN_STATE | Pse::C33_PSE_ADMIN_CONTROL | Pse::C33_PSE_PW_D_STATUS | Pse::C33_PSE_PW_CLASS | Pse::C33_PSE_ACTUAL_PW | Pse::C33_PSE_EXT_STATE | Pse::C33_PSE_EXT_SUBSTATE | Pse::C33_PSE_AVAIL_PW_LIMIT | Pse::C33_PSE_PW_LIMIT_RANGES) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `rss`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Rss<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `context` (type 2, u32).
        Context(u32),
        /// `hfunc` (type 3, u32).
        Hfunc(u32),
        /// `indir` (type 4, binary).
        Indir(&'a [u8]),
        /// `hkey` (type 5, binary).
        Hkey(&'a [u8]),
        /// `input_xfrm` (type 6, u32).
        InputXfrm(u32),
        /// `start-context` (type 7, u32).
        StartContext(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Rss<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `context`.
        pub const CONTEXT: u16 = 2;
        /// Type number of `hfunc`.
        pub const HFUNC: u16 = 3;
        /// Type number of `indir`.
        pub const INDIR: u16 = 4;
        /// Type number of `hkey`.
        pub const HKEY: u16 = 5;
        /// Type number of `input_xfrm`.
        pub const INPUT_XFRM: u16 = 6;
        /// Type number of `start-context`.
        pub const START_CONTEXT: u16 = 7;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Rss<'a> {
        const SET: &'static str = "rss";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::CONTEXT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Context(v),
                    None => Self::Other(a),
                },
                Self::HFUNC => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Hfunc(v),
                    None => Self::Other(a),
                },
                Self::INDIR => Self::Indir(a.value),
                Self::HKEY => Self::Hkey(a.value),
                Self::INPUT_XFRM => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::InputXfrm(v),
                    None => Self::Other(a),
                },
                Self::START_CONTEXT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::StartContext(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Context(_) => Self::CONTEXT,
                Self::Hfunc(_) => Self::HFUNC,
                Self::Indir(_) => Self::INDIR,
                Self::Hkey(_) => Self::HKEY,
                Self::InputXfrm(_) => Self::INPUT_XFRM,
                Self::StartContext(_) => Self::START_CONTEXT,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Context(_) => nlw::attr_len(4),
                Self::Hfunc(_) => nlw::attr_len(4),
                Self::Indir(v) => nlw::attr_len(v.len()),
                Self::Hkey(v) => nlw::attr_len(v.len()),
                Self::InputXfrm(_) => nlw::attr_len(4),
                Self::StartContext(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Rss::HEADER;
                    v.emit(T, b);
                }
                Self::Context(v) => {
                    const T: u16 = Rss::CONTEXT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Hfunc(v) => {
                    const T: u16 = Rss::HFUNC;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Indir(v) => {
                    const T: u16 = Rss::INDIR;
                    b.attr(T, v);
                }
                Self::Hkey(v) => {
                    const T: u16 = Rss::HKEY;
                    b.attr(T, v);
                }
                Self::InputXfrm(v) => {
                    const T: u16 = Rss::INPUT_XFRM;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::StartContext(v) => {
                    const T: u16 = Rss::START_CONTEXT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Rss::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Rss::HEADER | Rss::CONTEXT | Rss::HFUNC | Rss::INDIR | Rss::HKEY | Rss::INPUT_XFRM | Rss::START_CONTEXT) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `plca`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Plca<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `version` (type 2, u16).
        Version(u16),
        /// `enabled` (type 3, u8).
        Enabled(u8),
        /// `status` (type 4, u8).
        Status(u8),
        /// `node-cnt` (type 5, u32).
        NodeCnt(u32),
        /// `node-id` (type 6, u32).
        NodeId(u32),
        /// `to-tmr` (type 7, u32).
        ToTmr(u32),
        /// `burst-cnt` (type 8, u32).
        BurstCnt(u32),
        /// `burst-tmr` (type 9, u32).
        BurstTmr(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Plca<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `version`.
        pub const VERSION: u16 = 2;
        /// Type number of `enabled`.
        pub const ENABLED: u16 = 3;
        /// Type number of `status`.
        pub const STATUS: u16 = 4;
        /// Type number of `node-cnt`.
        pub const NODE_CNT: u16 = 5;
        /// Type number of `node-id`.
        pub const NODE_ID: u16 = 6;
        /// Type number of `to-tmr`.
        pub const TO_TMR: u16 = 7;
        /// Type number of `burst-cnt`.
        pub const BURST_CNT: u16 = 8;
        /// Type number of `burst-tmr`.
        pub const BURST_TMR: u16 = 9;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Plca<'a> {
        const SET: &'static str = "plca";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::VERSION => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::Version(v),
                    None => Self::Other(a),
                },
                Self::ENABLED => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Enabled(v),
                    None => Self::Other(a),
                },
                Self::STATUS => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Status(v),
                    None => Self::Other(a),
                },
                Self::NODE_CNT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::NodeCnt(v),
                    None => Self::Other(a),
                },
                Self::NODE_ID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::NodeId(v),
                    None => Self::Other(a),
                },
                Self::TO_TMR => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::ToTmr(v),
                    None => Self::Other(a),
                },
                Self::BURST_CNT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::BurstCnt(v),
                    None => Self::Other(a),
                },
                Self::BURST_TMR => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::BurstTmr(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Version(_) => Self::VERSION,
                Self::Enabled(_) => Self::ENABLED,
                Self::Status(_) => Self::STATUS,
                Self::NodeCnt(_) => Self::NODE_CNT,
                Self::NodeId(_) => Self::NODE_ID,
                Self::ToTmr(_) => Self::TO_TMR,
                Self::BurstCnt(_) => Self::BURST_CNT,
                Self::BurstTmr(_) => Self::BURST_TMR,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Version(_) => nlw::attr_len(2),
                Self::Enabled(_) => nlw::attr_len(1),
                Self::Status(_) => nlw::attr_len(1),
                Self::NodeCnt(_) => nlw::attr_len(4),
                Self::NodeId(_) => nlw::attr_len(4),
                Self::ToTmr(_) => nlw::attr_len(4),
                Self::BurstCnt(_) => nlw::attr_len(4),
                Self::BurstTmr(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Plca::HEADER;
                    v.emit(T, b);
                }
                Self::Version(v) => {
                    const T: u16 = Plca::VERSION;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Enabled(v) => {
                    const T: u16 = Plca::ENABLED;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Status(v) => {
                    const T: u16 = Plca::STATUS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NodeCnt(v) => {
                    const T: u16 = Plca::NODE_CNT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NodeId(v) => {
                    const T: u16 = Plca::NODE_ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ToTmr(v) => {
                    const T: u16 = Plca::TO_TMR;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::BurstCnt(v) => {
                    const T: u16 = Plca::BURST_CNT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::BurstTmr(v) => {
                    const T: u16 = Plca::BURST_TMR;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Plca::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Plca::HEADER | Plca::VERSION | Plca::ENABLED | Plca::STATUS | Plca::NODE_CNT | Plca::NODE_ID | Plca::TO_TMR | Plca::BURST_CNT | Plca::BURST_TMR) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `module-fw-flash`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum ModuleFwFlash<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `file-name` (type 2, string).
        FileName(&'a str),
        /// `password` (type 3, u32).
        Password(u32),
        /// `status` (type 4, u32).
        Status(super::defs::ModuleFwFlashStatus),
        /// `status-msg` (type 5, string).
        StatusMsg(&'a str),
        /// `done` (type 6, uint).
        Done(u64),
        /// `total` (type 7, uint).
        Total(u64),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl ModuleFwFlash<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `file-name`.
        pub const FILE_NAME: u16 = 2;
        /// Type number of `password`.
        pub const PASSWORD: u16 = 3;
        /// Type number of `status`.
        pub const STATUS: u16 = 4;
        /// Type number of `status-msg`.
        pub const STATUS_MSG: u16 = 5;
        /// Type number of `done`.
        pub const DONE: u16 = 6;
        /// Type number of `total`.
        pub const TOTAL: u16 = 7;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for ModuleFwFlash<'a> {
        const SET: &'static str = "module-fw-flash";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::FILE_NAME => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::FileName(v),
                    None => Self::Other(a),
                },
                Self::PASSWORD => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Password(v),
                    None => Self::Other(a),
                },
                Self::STATUS => match a.array::<4>().ok().map(u32::from_ne_bytes).map(super::defs::ModuleFwFlashStatus) {
                    Some(v) => Self::Status(v),
                    None => Self::Other(a),
                },
                Self::STATUS_MSG => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::StatusMsg(v),
                    None => Self::Other(a),
                },
                Self::DONE => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::Done(v),
                    None => Self::Other(a),
                },
                Self::TOTAL => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::Total(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::FileName(_) => Self::FILE_NAME,
                Self::Password(_) => Self::PASSWORD,
                Self::Status(_) => Self::STATUS,
                Self::StatusMsg(_) => Self::STATUS_MSG,
                Self::Done(_) => Self::DONE,
                Self::Total(_) => Self::TOTAL,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::FileName(v) => nlw::ynl::str_len(v),
                Self::Password(_) => nlw::attr_len(4),
                Self::Status(_) => nlw::attr_len(4),
                Self::StatusMsg(v) => nlw::ynl::str_len(v),
                Self::Done(v) => nlw::ynl::uint_len(*v),
                Self::Total(v) => nlw::ynl::uint_len(*v),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = ModuleFwFlash::HEADER;
                    v.emit(T, b);
                }
                Self::FileName(v) => {
                    const T: u16 = ModuleFwFlash::FILE_NAME;
                    b.attr_str(T, v);
                }
                Self::Password(v) => {
                    const T: u16 = ModuleFwFlash::PASSWORD;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Status(v) => {
                    const T: u16 = ModuleFwFlash::STATUS;
                    b.attr(T, &v.0.to_ne_bytes());
                }
                Self::StatusMsg(v) => {
                    const T: u16 = ModuleFwFlash::STATUS_MSG;
                    b.attr_str(T, v);
                }
                Self::Done(v) => {
                    const T: u16 = ModuleFwFlash::DONE;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::Total(v) => {
                    const T: u16 = ModuleFwFlash::TOTAL;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = ModuleFwFlash::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, ModuleFwFlash::HEADER | ModuleFwFlash::FILE_NAME | ModuleFwFlash::PASSWORD | ModuleFwFlash::STATUS | ModuleFwFlash::STATUS_MSG | ModuleFwFlash::DONE | ModuleFwFlash::TOTAL) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `phy`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Phy<'a> {
        /// `header` (type 1, nest).
        Header(nlw::ynl::Nest<'a, Header<'a>>),
        /// `index` (type 2, u32).
        Index(u32),
        /// `drvname` (type 3, string).
        Drvname(&'a str),
        /// `name` (type 4, string).
        Name(&'a str),
        /// `upstream-type` (type 5, u32).
        UpstreamType(super::defs::PhyUpstreamType),
        /// `upstream-index` (type 6, u32).
        UpstreamIndex(u32),
        /// `upstream-sfp-name` (type 7, string).
        UpstreamSfpName(&'a str),
        /// `downstream-sfp-name` (type 8, string).
        DownstreamSfpName(&'a str),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Phy<'_> {
        /// Type number of `header`.
        pub const HEADER: u16 = 1;
        /// Type number of `index`.
        pub const INDEX: u16 = 2;
        /// Type number of `drvname`.
        pub const DRVNAME: u16 = 3;
        /// Type number of `name`.
        pub const NAME: u16 = 4;
        /// Type number of `upstream-type`.
        pub const UPSTREAM_TYPE: u16 = 5;
        /// Type number of `upstream-index`.
        pub const UPSTREAM_INDEX: u16 = 6;
        /// Type number of `upstream-sfp-name`.
        pub const UPSTREAM_SFP_NAME: u16 = 7;
        /// Type number of `downstream-sfp-name`.
        pub const DOWNSTREAM_SFP_NAME: u16 = 8;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Phy<'a> {
        const SET: &'static str = "phy";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::HEADER => Self::Header(nlw::ynl::Nest::Wire(a.value)),
                Self::INDEX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Index(v),
                    None => Self::Other(a),
                },
                Self::DRVNAME => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::Drvname(v),
                    None => Self::Other(a),
                },
                Self::NAME => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::Name(v),
                    None => Self::Other(a),
                },
                Self::UPSTREAM_TYPE => match a.array::<4>().ok().map(u32::from_ne_bytes).map(super::defs::PhyUpstreamType) {
                    Some(v) => Self::UpstreamType(v),
                    None => Self::Other(a),
                },
                Self::UPSTREAM_INDEX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::UpstreamIndex(v),
                    None => Self::Other(a),
                },
                Self::UPSTREAM_SFP_NAME => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::UpstreamSfpName(v),
                    None => Self::Other(a),
                },
                Self::DOWNSTREAM_SFP_NAME => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::DownstreamSfpName(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Header(_) => Self::HEADER,
                Self::Index(_) => Self::INDEX,
                Self::Drvname(_) => Self::DRVNAME,
                Self::Name(_) => Self::NAME,
                Self::UpstreamType(_) => Self::UPSTREAM_TYPE,
                Self::UpstreamIndex(_) => Self::UPSTREAM_INDEX,
                Self::UpstreamSfpName(_) => Self::UPSTREAM_SFP_NAME,
                Self::DownstreamSfpName(_) => Self::DOWNSTREAM_SFP_NAME,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Header(v) => v.encoded_len(),
                Self::Index(_) => nlw::attr_len(4),
                Self::Drvname(v) => nlw::ynl::str_len(v),
                Self::Name(v) => nlw::ynl::str_len(v),
                Self::UpstreamType(_) => nlw::attr_len(4),
                Self::UpstreamIndex(_) => nlw::attr_len(4),
                Self::UpstreamSfpName(v) => nlw::ynl::str_len(v),
                Self::DownstreamSfpName(v) => nlw::ynl::str_len(v),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Phy::HEADER;
                    v.emit(T, b);
                }
                Self::Index(v) => {
                    const T: u16 = Phy::INDEX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Drvname(v) => {
                    const T: u16 = Phy::DRVNAME;
                    b.attr_str(T, v);
                }
                Self::Name(v) => {
                    const T: u16 = Phy::NAME;
                    b.attr_str(T, v);
                }
                Self::UpstreamType(v) => {
                    const T: u16 = Phy::UPSTREAM_TYPE;
                    b.attr(T, &v.0.to_ne_bytes());
                }
                Self::UpstreamIndex(v) => {
                    const T: u16 = Phy::UPSTREAM_INDEX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::UpstreamSfpName(v) => {
                    const T: u16 = Phy::UPSTREAM_SFP_NAME;
                    b.attr_str(T, v);
                }
                Self::DownstreamSfpName(v) => {
                    const T: u16 = Phy::DOWNSTREAM_SFP_NAME;
                    b.attr_str(T, v);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Header(v) => {
                    const T: u16 = Phy::HEADER;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Phy::HEADER | Phy::INDEX | Phy::DRVNAME | Phy::NAME | Phy::UPSTREAM_TYPE | Phy::UPSTREAM_INDEX | Phy::UPSTREAM_SFP_NAME | Phy::DOWNSTREAM_SFP_NAME) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

}

/// The operations' commands (`genlmsghdr.cmd`); `_REPLY` where the reply has its own.
pub mod ops {
    /// Get string set from the kernel.
    ///
    /// `strset-get`: a request.
    pub const STRSET_GET: u8 = 1;
    /// Get link info.
    ///
    /// `linkinfo-get`: a request.
    pub const LINKINFO_GET: u8 = 2;
    /// Set link info.
    ///
    /// `linkinfo-set`: a request.
    pub const LINKINFO_SET: u8 = 3;
    /// Notification for change in link info.
    ///
    /// `linkinfo-ntf`: a notification.
    pub const LINKINFO_NTF: u8 = 3;
    /// Get link modes.
    ///
    /// `linkmodes-get`: a request.
    pub const LINKMODES_GET: u8 = 4;
    /// Set link modes.
    ///
    /// `linkmodes-set`: a request.
    pub const LINKMODES_SET: u8 = 5;
    /// Notification for change in link modes.
    ///
    /// `linkmodes-ntf`: a notification.
    pub const LINKMODES_NTF: u8 = 5;
    /// Get link state.
    ///
    /// `linkstate-get`: a request.
    pub const LINKSTATE_GET: u8 = 6;
    /// Get debug message mask.
    ///
    /// `debug-get`: a request.
    pub const DEBUG_GET: u8 = 7;
    /// Set debug message mask.
    ///
    /// `debug-set`: a request.
    pub const DEBUG_SET: u8 = 8;
    /// Notification for change in debug message mask.
    ///
    /// `debug-ntf`: a notification.
    pub const DEBUG_NTF: u8 = 8;
    /// Get WOL params.
    ///
    /// `wol-get`: a request.
    pub const WOL_GET: u8 = 9;
    /// Set WOL params.
    ///
    /// `wol-set`: a request.
    pub const WOL_SET: u8 = 10;
    /// Notification for change in WOL params.
    ///
    /// `wol-ntf`: a notification.
    pub const WOL_NTF: u8 = 10;
    /// Get features.
    ///
    /// `features-get`: a request.
    pub const FEATURES_GET: u8 = 11;
    /// Set features.
    ///
    /// `features-set`: a request.
    pub const FEATURES_SET: u8 = 12;
    /// Notification for change in features.
    ///
    /// `features-ntf`: a notification.
    pub const FEATURES_NTF: u8 = 13;
    /// Get device private flags.
    ///
    /// `privflags-get`: a request.
    pub const PRIVFLAGS_GET: u8 = 13;
    /// The reply to `privflags-get`.
    pub const PRIVFLAGS_GET_REPLY: u8 = 14;
    /// Set device private flags.
    ///
    /// `privflags-set`: a request.
    pub const PRIVFLAGS_SET: u8 = 14;
    /// Notification for change in device private flags.
    ///
    /// `privflags-ntf`: a notification.
    pub const PRIVFLAGS_NTF: u8 = 15;
    /// Get ring params.
    ///
    /// `rings-get`: a request.
    pub const RINGS_GET: u8 = 15;
    /// The reply to `rings-get`.
    pub const RINGS_GET_REPLY: u8 = 16;
    /// Set ring params.
    ///
    /// `rings-set`: a request.
    pub const RINGS_SET: u8 = 16;
    /// Notification for change in ring params.
    ///
    /// `rings-ntf`: a notification.
    pub const RINGS_NTF: u8 = 17;
    /// Get channel params.
    ///
    /// `channels-get`: a request.
    pub const CHANNELS_GET: u8 = 17;
    /// The reply to `channels-get`.
    pub const CHANNELS_GET_REPLY: u8 = 18;
    /// Set channel params.
    ///
    /// `channels-set`: a request.
    pub const CHANNELS_SET: u8 = 18;
    /// Notification for change in channel params.
    ///
    /// `channels-ntf`: a notification.
    pub const CHANNELS_NTF: u8 = 19;
    /// Get coalesce params.
    ///
    /// `coalesce-get`: a request.
    pub const COALESCE_GET: u8 = 19;
    /// The reply to `coalesce-get`.
    pub const COALESCE_GET_REPLY: u8 = 20;
    /// Set coalesce params.
    ///
    /// `coalesce-set`: a request.
    pub const COALESCE_SET: u8 = 20;
    /// Notification for change in coalesce params.
    ///
    /// `coalesce-ntf`: a notification.
    pub const COALESCE_NTF: u8 = 21;
    /// Get pause params.
    ///
    /// `pause-get`: a request.
    pub const PAUSE_GET: u8 = 21;
    /// The reply to `pause-get`.
    pub const PAUSE_GET_REPLY: u8 = 22;
    /// Set pause params.
    ///
    /// `pause-set`: a request.
    pub const PAUSE_SET: u8 = 22;
    /// Notification for change in pause params.
    ///
    /// `pause-ntf`: a notification.
    pub const PAUSE_NTF: u8 = 23;
    /// Get eee params.
    ///
    /// `eee-get`: a request.
    pub const EEE_GET: u8 = 23;
    /// The reply to `eee-get`.
    pub const EEE_GET_REPLY: u8 = 24;
    /// Set eee params.
    ///
    /// `eee-set`: a request.
    pub const EEE_SET: u8 = 24;
    /// Notification for change in eee params.
    ///
    /// `eee-ntf`: a notification.
    pub const EEE_NTF: u8 = 25;
    /// Get tsinfo params.
    ///
    /// `tsinfo-get`: a request.
    pub const TSINFO_GET: u8 = 25;
    /// The reply to `tsinfo-get`.
    pub const TSINFO_GET_REPLY: u8 = 26;
    /// Cable test.
    ///
    /// `cable-test-act`: a request.
    pub const CABLE_TEST_ACT: u8 = 26;
    /// Cable test notification.
    ///
    /// `cable-test-ntf`: an event.
    pub const CABLE_TEST_NTF: u8 = 27;
    /// Cable test TDR.
    ///
    /// `cable-test-tdr-act`: a request.
    pub const CABLE_TEST_TDR_ACT: u8 = 27;
    /// Cable test TDR notification.
    ///
    /// `cable-test-tdr-ntf`: an event.
    pub const CABLE_TEST_TDR_NTF: u8 = 28;
    /// Get tsinfo params.
    ///
    /// `tunnel-info-get`: a request.
    pub const TUNNEL_INFO_GET: u8 = 28;
    /// The reply to `tunnel-info-get`.
    pub const TUNNEL_INFO_GET_REPLY: u8 = 29;
    /// Get FEC params.
    ///
    /// `fec-get`: a request.
    pub const FEC_GET: u8 = 29;
    /// The reply to `fec-get`.
    pub const FEC_GET_REPLY: u8 = 30;
    /// Set FEC params.
    ///
    /// `fec-set`: a request.
    pub const FEC_SET: u8 = 30;
    /// Notification for change in FEC params.
    ///
    /// `fec-ntf`: a notification.
    pub const FEC_NTF: u8 = 31;
    /// Get module EEPROM params.
    ///
    /// `module-eeprom-get`: a request.
    pub const MODULE_EEPROM_GET: u8 = 31;
    /// The reply to `module-eeprom-get`.
    pub const MODULE_EEPROM_GET_REPLY: u8 = 32;
    /// Get statistics.
    ///
    /// `stats-get`: a request.
    pub const STATS_GET: u8 = 32;
    /// The reply to `stats-get`.
    pub const STATS_GET_REPLY: u8 = 33;
    /// Get PHC VCLOCKs.
    ///
    /// `phc-vclocks-get`: a request.
    pub const PHC_VCLOCKS_GET: u8 = 33;
    /// The reply to `phc-vclocks-get`.
    pub const PHC_VCLOCKS_GET_REPLY: u8 = 34;
    /// Get module params.
    ///
    /// `module-get`: a request.
    pub const MODULE_GET: u8 = 34;
    /// The reply to `module-get`.
    pub const MODULE_GET_REPLY: u8 = 35;
    /// Set module params.
    ///
    /// `module-set`: a request.
    pub const MODULE_SET: u8 = 35;
    /// Notification for change in module params.
    ///
    /// `module-ntf`: a notification.
    pub const MODULE_NTF: u8 = 36;
    /// Get Power Sourcing Equipment params.
    ///
    /// `pse-get`: a request.
    pub const PSE_GET: u8 = 36;
    /// The reply to `pse-get`.
    pub const PSE_GET_REPLY: u8 = 37;
    /// Set Power Sourcing Equipment params.
    ///
    /// `pse-set`: a request.
    pub const PSE_SET: u8 = 37;
    /// Get RSS params.
    ///
    /// `rss-get`: a request.
    pub const RSS_GET: u8 = 38;
    /// Get PLCA params.
    ///
    /// `plca-get-cfg`: a request.
    pub const PLCA_GET_CFG: u8 = 39;
    /// Set PLCA params.
    ///
    /// `plca-set-cfg`: a request.
    pub const PLCA_SET_CFG: u8 = 40;
    /// Get PLCA status params.
    ///
    /// `plca-get-status`: a request.
    pub const PLCA_GET_STATUS: u8 = 41;
    /// The reply to `plca-get-status`.
    pub const PLCA_GET_STATUS_REPLY: u8 = 40;
    /// Notification for change in PLCA params.
    ///
    /// `plca-ntf`: a notification.
    pub const PLCA_NTF: u8 = 41;
    /// Get MAC Merge configuration and state
    ///
    /// `mm-get`: a request.
    pub const MM_GET: u8 = 42;
    /// Set MAC Merge configuration
    ///
    /// `mm-set`: a request.
    pub const MM_SET: u8 = 43;
    /// Notification for change in MAC Merge configuration.
    ///
    /// `mm-ntf`: a notification.
    pub const MM_NTF: u8 = 43;
    /// Flash transceiver module firmware.
    ///
    /// `module-fw-flash-act`: a request.
    pub const MODULE_FW_FLASH_ACT: u8 = 44;
    /// Notification for firmware flashing progress and status.
    ///
    /// `module-fw-flash-ntf`: an event.
    pub const MODULE_FW_FLASH_NTF: u8 = 44;
    /// Get PHY devices attached to an interface
    ///
    /// `phy-get`: a request.
    pub const PHY_GET: u8 = 45;
}

/// A message type per operation: its fixed header and attribute set
/// (parse with `Message::parse_as`, build with `Msg::new`, send with
/// `Request::message`).
pub mod msgs {
    #[allow(unused_imports)]
    use super::nlw;

    /// Messages of `strset-get`.
    ///
    /// The do request carries: header, stringsets, counts-only.
    ///
    /// The do reply carries: header, stringsets.
    ///
    /// The dump request carries: header, stringsets, counts-only.
    ///
    /// The dump reply carries: header, stringsets.
    pub type StrsetGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Strset<'a>>;

    /// Messages of `linkinfo-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, port, phyaddr, tp-mdix, tp-mdix-ctrl, transceiver.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, port, phyaddr, tp-mdix, tp-mdix-ctrl, transceiver.
    pub type LinkinfoGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Linkinfo<'a>>;

    /// Messages of `linkinfo-set`.
    ///
    /// The do request carries: header, port, phyaddr, tp-mdix, tp-mdix-ctrl, transceiver.
    pub type LinkinfoSet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Linkinfo<'a>>;

    /// Messages of `linkinfo-ntf`.
    pub type LinkinfoNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Linkinfo<'a>>;

    /// Messages of `linkmodes-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, autoneg, ours, peer, speed, duplex, master-slave-cfg, master-slave-state, lanes, rate-matching.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, autoneg, ours, peer, speed, duplex, master-slave-cfg, master-slave-state, lanes, rate-matching.
    pub type LinkmodesGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Linkmodes<'a>>;

    /// Messages of `linkmodes-set`.
    ///
    /// The do request carries: header, autoneg, ours, peer, speed, duplex, master-slave-cfg, master-slave-state, lanes, rate-matching.
    pub type LinkmodesSet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Linkmodes<'a>>;

    /// Messages of `linkmodes-ntf`.
    pub type LinkmodesNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Linkmodes<'a>>;

    /// Messages of `linkstate-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, link, sqi, sqi-max, ext-state, ext-substate, ext-down-cnt.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, link, sqi, sqi-max, ext-state, ext-substate, ext-down-cnt.
    pub type LinkstateGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Linkstate<'a>>;

    /// Messages of `debug-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, msgmask.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, msgmask.
    pub type DebugGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Debug<'a>>;

    /// Messages of `debug-set`.
    ///
    /// The do request carries: header, msgmask.
    pub type DebugSet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Debug<'a>>;

    /// Messages of `debug-ntf`.
    pub type DebugNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Debug<'a>>;

    /// Messages of `wol-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, modes, sopass.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, modes, sopass.
    pub type WolGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Wol<'a>>;

    /// Messages of `wol-set`.
    ///
    /// The do request carries: header, modes, sopass.
    pub type WolSet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Wol<'a>>;

    /// Messages of `wol-ntf`.
    pub type WolNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Wol<'a>>;

    /// Messages of `features-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, hw, wanted, active, nochange.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, hw, wanted, active, nochange.
    pub type FeaturesGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Features<'a>>;

    /// Messages of `features-set`.
    ///
    /// The do request carries: header, hw, wanted, active, nochange.
    ///
    /// The do reply carries: header, hw, wanted, active, nochange.
    pub type FeaturesSet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Features<'a>>;

    /// Messages of `features-ntf`.
    pub type FeaturesNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Features<'a>>;

    /// Messages of `privflags-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, flags.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, flags.
    pub type PrivflagsGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Privflags<'a>>;

    /// Messages of `privflags-set`.
    ///
    /// The do request carries: header, flags.
    pub type PrivflagsSet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Privflags<'a>>;

    /// Messages of `privflags-ntf`.
    pub type PrivflagsNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Privflags<'a>>;

    /// Messages of `rings-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, rx-max, rx-mini-max, rx-jumbo-max, tx-max, rx, rx-mini, rx-jumbo, tx, rx-buf-len, tcp-data-split, cqe-size, tx-push, rx-push, tx-push-buf-len, tx-push-buf-len-max.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, rx-max, rx-mini-max, rx-jumbo-max, tx-max, rx, rx-mini, rx-jumbo, tx, rx-buf-len, tcp-data-split, cqe-size, tx-push, rx-push, tx-push-buf-len, tx-push-buf-len-max.
    pub type RingsGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Rings<'a>>;

    /// Messages of `rings-set`.
    ///
    /// The do request carries: header, rx-max, rx-mini-max, rx-jumbo-max, tx-max, rx, rx-mini, rx-jumbo, tx, rx-buf-len, tcp-data-split, cqe-size, tx-push, rx-push, tx-push-buf-len, tx-push-buf-len-max.
    pub type RingsSet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Rings<'a>>;

    /// Messages of `rings-ntf`.
    pub type RingsNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Rings<'a>>;

    /// Messages of `channels-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, rx-max, tx-max, other-max, combined-max, rx-count, tx-count, other-count, combined-count.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, rx-max, tx-max, other-max, combined-max, rx-count, tx-count, other-count, combined-count.
    pub type ChannelsGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Channels<'a>>;

    /// Messages of `channels-set`.
    ///
    /// The do request carries: header, rx-max, tx-max, other-max, combined-max, rx-count, tx-count, other-count, combined-count.
    pub type ChannelsSet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Channels<'a>>;

    /// Messages of `channels-ntf`.
    pub type ChannelsNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Channels<'a>>;

    /// Messages of `coalesce-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, rx-usecs, rx-max-frames, rx-usecs-irq, rx-max-frames-irq, tx-usecs, tx-max-frames, tx-usecs-irq, tx-max-frames-irq, stats-block-usecs, use-adaptive-rx, use-adaptive-tx, pkt-rate-low, rx-usecs-low, rx-max-frames-low, tx-usecs-low, tx-max-frames-low, pkt-rate-high, rx-usecs-high, rx-max-frames-high, tx-usecs-high, tx-max-frames-high, rate-sample-interval, use-cqe-mode-tx, use-cqe-mode-rx, tx-aggr-max-bytes, tx-aggr-max-frames, tx-aggr-time-usecs, rx-profile, tx-profile.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, rx-usecs, rx-max-frames, rx-usecs-irq, rx-max-frames-irq, tx-usecs, tx-max-frames, tx-usecs-irq, tx-max-frames-irq, stats-block-usecs, use-adaptive-rx, use-adaptive-tx, pkt-rate-low, rx-usecs-low, rx-max-frames-low, tx-usecs-low, tx-max-frames-low, pkt-rate-high, rx-usecs-high, rx-max-frames-high, tx-usecs-high, tx-max-frames-high, rate-sample-interval, use-cqe-mode-tx, use-cqe-mode-rx, tx-aggr-max-bytes, tx-aggr-max-frames, tx-aggr-time-usecs, rx-profile, tx-profile.
    pub type CoalesceGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Coalesce<'a>>;

    /// Messages of `coalesce-set`.
    ///
    /// The do request carries: header, rx-usecs, rx-max-frames, rx-usecs-irq, rx-max-frames-irq, tx-usecs, tx-max-frames, tx-usecs-irq, tx-max-frames-irq, stats-block-usecs, use-adaptive-rx, use-adaptive-tx, pkt-rate-low, rx-usecs-low, rx-max-frames-low, tx-usecs-low, tx-max-frames-low, pkt-rate-high, rx-usecs-high, rx-max-frames-high, tx-usecs-high, tx-max-frames-high, rate-sample-interval, use-cqe-mode-tx, use-cqe-mode-rx, tx-aggr-max-bytes, tx-aggr-max-frames, tx-aggr-time-usecs, rx-profile, tx-profile.
    pub type CoalesceSet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Coalesce<'a>>;

    /// Messages of `coalesce-ntf`.
    pub type CoalesceNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Coalesce<'a>>;

    /// Messages of `pause-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, autoneg, rx, tx, stats, stats-src.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, autoneg, rx, tx, stats, stats-src.
    pub type PauseGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Pause<'a>>;

    /// Messages of `pause-set`.
    ///
    /// The do request carries: header, autoneg, rx, tx, stats, stats-src.
    pub type PauseSet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Pause<'a>>;

    /// Messages of `pause-ntf`.
    pub type PauseNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Pause<'a>>;

    /// Messages of `eee-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, modes-ours, modes-peer, active, enabled, tx-lpi-enabled, tx-lpi-timer.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, modes-ours, modes-peer, active, enabled, tx-lpi-enabled, tx-lpi-timer.
    pub type EeeGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Eee<'a>>;

    /// Messages of `eee-set`.
    ///
    /// The do request carries: header, modes-ours, modes-peer, active, enabled, tx-lpi-enabled, tx-lpi-timer.
    pub type EeeSet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Eee<'a>>;

    /// Messages of `eee-ntf`.
    pub type EeeNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Eee<'a>>;

    /// Messages of `tsinfo-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, timestamping, tx-types, rx-filters, phc-index, stats.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, timestamping, tx-types, rx-filters, phc-index, stats.
    pub type TsinfoGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Tsinfo<'a>>;

    /// Messages of `cable-test-act`.
    ///
    /// The do request carries: header.
    pub type CableTestAct<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::CableTest<'a>>;

    /// Messages of `cable-test-ntf`.
    ///
    /// It carries: header, status.
    pub type CableTestNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::CableTestNtf<'a>>;

    /// Messages of `cable-test-tdr-act`.
    ///
    /// The do request carries: header.
    pub type CableTestTdrAct<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::CableTestTdr<'a>>;

    /// Messages of `cable-test-tdr-ntf`.
    ///
    /// It carries: header, status, nest.
    pub type CableTestTdrNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::CableTestTdrNtf<'a>>;

    /// Messages of `tunnel-info-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, udp-ports.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, udp-ports.
    pub type TunnelInfoGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::TunnelInfo<'a>>;

    /// Messages of `fec-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, modes, auto, active, stats.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, modes, auto, active, stats.
    pub type FecGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Fec<'a>>;

    /// Messages of `fec-set`.
    ///
    /// The do request carries: header, modes, auto, active, stats.
    pub type FecSet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Fec<'a>>;

    /// Messages of `fec-ntf`.
    pub type FecNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Fec<'a>>;

    /// Messages of `module-eeprom-get`.
    ///
    /// The do request carries: header, offset, length, page, bank, i2c-address.
    ///
    /// The do reply carries: header, data.
    ///
    /// The dump request carries: header, offset, length, page, bank, i2c-address.
    ///
    /// The dump reply carries: header, data.
    pub type ModuleEepromGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::ModuleEeprom<'a>>;

    /// Messages of `stats-get`.
    ///
    /// The do request carries: header, groups.
    ///
    /// The do reply carries: header, groups, grp, src.
    ///
    /// The dump request carries: header, groups.
    ///
    /// The dump reply carries: header, groups, grp, src.
    pub type StatsGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Stats<'a>>;

    /// Messages of `phc-vclocks-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, num.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, num.
    pub type PhcVclocksGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::PhcVclocks<'a>>;

    /// Messages of `module-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, power-mode-policy, power-mode.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, power-mode-policy, power-mode.
    pub type ModuleGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Module<'a>>;

    /// Messages of `module-set`.
    ///
    /// The do request carries: header, power-mode-policy, power-mode.
    pub type ModuleSet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Module<'a>>;

    /// Messages of `module-ntf`.
    pub type ModuleNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Module<'a>>;

    /// Messages of `pse-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, podl-pse-admin-state, podl-pse-admin-control, podl-pse-pw-d-status, c33-pse-admin-state, c33-pse-admin-control, c33-pse-pw-d-status, c33-pse-pw-class, c33-pse-actual-pw, c33-pse-ext-state, c33-pse-ext-substate, c33-pse-avail-pw-limit, c33-pse-pw-limit-ranges.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, podl-pse-admin-state, podl-pse-admin-control, podl-pse-pw-d-status, c33-pse-admin-state, c33-pse-admin-control, c33-pse-pw-d-status, c33-pse-pw-class, c33-pse-actual-pw, c33-pse-ext-state, c33-pse-ext-substate, c33-pse-avail-pw-limit, c33-pse-pw-limit-ranges.
    pub type PseGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Pse<'a>>;

    /// Messages of `pse-set`.
    ///
    /// The do request carries: header, podl-pse-admin-control, c33-pse-admin-control, c33-pse-avail-pw-limit.
    pub type PseSet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Pse<'a>>;

    /// Messages of `rss-get`.
    ///
    /// The do request carries: header, context.
    ///
    /// The do reply carries: header, context, hfunc, indir, hkey, input_xfrm.
    ///
    /// The dump request carries: header, start-context.
    ///
    /// The dump reply carries: header, context, hfunc, indir, hkey, input_xfrm.
    pub type RssGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Rss<'a>>;

    /// Messages of `plca-get-cfg`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, version, enabled, status, node-cnt, node-id, to-tmr, burst-cnt, burst-tmr.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, version, enabled, status, node-cnt, node-id, to-tmr, burst-cnt, burst-tmr.
    pub type PlcaGetCfg<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Plca<'a>>;

    /// Messages of `plca-set-cfg`.
    ///
    /// The do request carries: header, version, enabled, status, node-cnt, node-id, to-tmr, burst-cnt, burst-tmr.
    pub type PlcaSetCfg<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Plca<'a>>;

    /// Messages of `plca-get-status`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, version, enabled, status, node-cnt, node-id, to-tmr, burst-cnt, burst-tmr.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, version, enabled, status, node-cnt, node-id, to-tmr, burst-cnt, burst-tmr.
    pub type PlcaGetStatus<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Plca<'a>>;

    /// Messages of `plca-ntf`.
    pub type PlcaNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Plca<'a>>;

    /// Messages of `mm-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, pmac-enabled, tx-enabled, tx-active, tx-min-frag-size, rx-min-frag-size, verify-enabled, verify-time, max-verify-time, stats.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, pmac-enabled, tx-enabled, tx-active, tx-min-frag-size, rx-min-frag-size, verify-enabled, verify-time, max-verify-time, stats.
    pub type MmGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Mm<'a>>;

    /// Messages of `mm-set`.
    ///
    /// The do request carries: header, verify-enabled, verify-time, tx-enabled, pmac-enabled, tx-min-frag-size.
    pub type MmSet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Mm<'a>>;

    /// Messages of `mm-ntf`.
    pub type MmNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Mm<'a>>;

    /// Messages of `module-fw-flash-act`.
    ///
    /// The do request carries: header, file-name, password.
    pub type ModuleFwFlashAct<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::ModuleFwFlash<'a>>;

    /// Messages of `module-fw-flash-ntf`.
    ///
    /// It carries: header, status, status-msg, done, total.
    pub type ModuleFwFlashNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::ModuleFwFlash<'a>>;

    /// Messages of `phy-get`.
    ///
    /// The do request carries: header.
    ///
    /// The do reply carries: header, index, drvname, name, upstream-type, upstream-index, upstream-sfp-name, downstream-sfp-name.
    ///
    /// The dump request carries: header.
    ///
    /// The dump reply carries: header, index, drvname, name, upstream-type, upstream-index, upstream-sfp-name, downstream-sfp-name.
    pub type PhyGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Phy<'a>>;

}

/// Multicast groups by name (their ids come from the controller).
pub mod groups {
}
