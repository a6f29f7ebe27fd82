// Generated from the kernel's netdev.yaml by `NLKIT_REGEN=1 cargo test -p nlkit --test generated_families`; do not edit.
// Rust for the `netdev` netlink family, from its YNL spec.

#[allow(unused_imports)]
use crate::wire as nlw;

/// The family's name (generic netlink: the name the controller resolves).
///
/// netdev configuration over generic netlink.
pub const FAMILY_NAME: &str = "netdev";
/// The netlink protocol number (`NETLINK_GENERIC` for generic netlink).
pub const PROTONUM: u16 = 16;
/// The protocol version sent in `genlmsghdr`.
pub const VERSION: u8 = 1;

/// Constants, enums, flags and structs of the spec's `definitions`.
pub mod defs {
    #[allow(unused_imports)]
    use super::nlw;

    /// `xdp-act` (flags).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct XdpAct(pub u32);

    impl XdpAct {
        /// XDP features set supported by all drivers (XDP\_ABORTED, XDP\_DROP, XDP\_PASS, XDP\_TX)
        pub const BASIC: XdpAct = XdpAct(1);
        /// The netdev supports XDP\_REDIRECT
        pub const REDIRECT: XdpAct = XdpAct(2);
        /// This feature informs if netdev implements ndo\_xdp\_xmit callback.
        pub const NDO_XMIT: XdpAct = XdpAct(4);
        /// This feature informs if netdev supports AF\_XDP in zero copy mode.
        pub const XSK_ZEROCOPY: XdpAct = XdpAct(8);
        /// This feature informs if netdev supports XDP hw offloading.
        pub const HW_OFFLOAD: XdpAct = XdpAct(16);
        /// This feature informs if netdev implements non-linear XDP buffer support in the driver napi callback.
        pub const RX_SG: XdpAct = XdpAct(32);
        /// This feature informs if netdev implements non-linear XDP buffer support in ndo\_xdp\_xmit callback.
        pub const NDO_XMIT_SG: XdpAct = XdpAct(64);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(XdpAct, &'static str)] = &[
            (XdpAct::BASIC, "basic"),
            (XdpAct::REDIRECT, "redirect"),
            (XdpAct::NDO_XMIT, "ndo-xmit"),
            (XdpAct::XSK_ZEROCOPY, "xsk-zerocopy"),
            (XdpAct::HW_OFFLOAD, "hw-offload"),
            (XdpAct::RX_SG, "rx-sg"),
            (XdpAct::NDO_XMIT_SG, "ndo-xmit-sg"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            XdpAct::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }

        /// True if every bit of `other` is set.
        pub fn contains(self, other: XdpAct) -> bool {
            self.0 & other.0 == other.0
        }

        /// True if no bit is set.
        pub fn is_empty(self) -> bool {
            self.0 == 0
        }
    }

    impl From<u32> for XdpAct {
        fn from(v: u32) -> Self {
            XdpAct(v)
        }
    }

    impl From<XdpAct> for u32 {
        fn from(v: XdpAct) -> Self {
            v.0
        }
    }

    impl core::ops::BitOr for XdpAct {
        type Output = XdpAct;
        fn bitor(self, o: XdpAct) -> XdpAct {
            XdpAct(self.0 | o.0)
        }
    }

    impl core::ops::BitAnd for XdpAct {
        type Output = XdpAct;
        fn bitand(self, o: XdpAct) -> XdpAct {
            XdpAct(self.0 & o.0)
        }
    }

    impl core::fmt::Debug for XdpAct {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            let mut rest = self.0;
            let mut first = true;
            for (v, n) in XdpAct::ENTRIES {
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

    /// `xdp-rx-metadata` (flags).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct XdpRxMetadata(pub u32);

    impl XdpRxMetadata {
        /// Device is capable of exposing receive HW timestamp via bpf\_xdp\_metadata\_rx\_timestamp().
        pub const TIMESTAMP: XdpRxMetadata = XdpRxMetadata(1);
        /// Device is capable of exposing receive packet hash via bpf\_xdp\_metadata\_rx\_hash().
        pub const HASH: XdpRxMetadata = XdpRxMetadata(2);
        /// Device is capable of exposing receive packet VLAN tag via bpf\_xdp\_metadata\_rx\_vlan\_tag().
        pub const VLAN_TAG: XdpRxMetadata = XdpRxMetadata(4);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(XdpRxMetadata, &'static str)] = &[
            (XdpRxMetadata::TIMESTAMP, "timestamp"),
            (XdpRxMetadata::HASH, "hash"),
            (XdpRxMetadata::VLAN_TAG, "vlan-tag"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            XdpRxMetadata::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }

        /// True if every bit of `other` is set.
        pub fn contains(self, other: XdpRxMetadata) -> bool {
            self.0 & other.0 == other.0
        }

        /// True if no bit is set.
        pub fn is_empty(self) -> bool {
            self.0 == 0
        }
    }

    impl From<u32> for XdpRxMetadata {
        fn from(v: u32) -> Self {
            XdpRxMetadata(v)
        }
    }

    impl From<XdpRxMetadata> for u32 {
        fn from(v: XdpRxMetadata) -> Self {
            v.0
        }
    }

    impl core::ops::BitOr for XdpRxMetadata {
        type Output = XdpRxMetadata;
        fn bitor(self, o: XdpRxMetadata) -> XdpRxMetadata {
            XdpRxMetadata(self.0 | o.0)
        }
    }

    impl core::ops::BitAnd for XdpRxMetadata {
        type Output = XdpRxMetadata;
        fn bitand(self, o: XdpRxMetadata) -> XdpRxMetadata {
            XdpRxMetadata(self.0 & o.0)
        }
    }

    impl core::fmt::Debug for XdpRxMetadata {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            let mut rest = self.0;
            let mut first = true;
            for (v, n) in XdpRxMetadata::ENTRIES {
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

    /// `xsk-flags` (flags).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct XskFlags(pub u32);

    impl XskFlags {
        /// HW timestamping egress packets is supported by the driver.
        pub const TX_TIMESTAMP: XskFlags = XskFlags(1);
        /// L3 checksum HW offload is supported by the driver.
        pub const TX_CHECKSUM: XskFlags = XskFlags(2);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(XskFlags, &'static str)] = &[
            (XskFlags::TX_TIMESTAMP, "tx-timestamp"),
            (XskFlags::TX_CHECKSUM, "tx-checksum"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            XskFlags::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }

        /// True if every bit of `other` is set.
        pub fn contains(self, other: XskFlags) -> bool {
            self.0 & other.0 == other.0
        }

        /// True if no bit is set.
        pub fn is_empty(self) -> bool {
            self.0 == 0
        }
    }

    impl From<u32> for XskFlags {
        fn from(v: u32) -> Self {
            XskFlags(v)
        }
    }

    impl From<XskFlags> for u32 {
        fn from(v: XskFlags) -> Self {
            v.0
        }
    }

    impl core::ops::BitOr for XskFlags {
        type Output = XskFlags;
        fn bitor(self, o: XskFlags) -> XskFlags {
            XskFlags(self.0 | o.0)
        }
    }

    impl core::ops::BitAnd for XskFlags {
        type Output = XskFlags;
        fn bitand(self, o: XskFlags) -> XskFlags {
            XskFlags(self.0 & o.0)
        }
    }

    impl core::fmt::Debug for XskFlags {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            let mut rest = self.0;
            let mut first = true;
            for (v, n) in XskFlags::ENTRIES {
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

    /// `queue-type` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct QueueType(pub u32);

    impl QueueType {
        /// `rx`.
        pub const RX: QueueType = QueueType(0);
        /// `tx`.
        pub const TX: QueueType = QueueType(1);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(QueueType, &'static str)] = &[
            (QueueType::RX, "rx"),
            (QueueType::TX, "tx"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            QueueType::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for QueueType {
        fn from(v: u32) -> Self {
            QueueType(v)
        }
    }

    impl From<QueueType> for u32 {
        fn from(v: QueueType) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for QueueType {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "QueueType({})", self.0),
            }
        }
    }

    /// `qstats-scope` (flags).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct QstatsScope(pub u32);

    impl QstatsScope {
        /// `queue`.
        pub const QUEUE: QstatsScope = QstatsScope(1);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(QstatsScope, &'static str)] = &[
            (QstatsScope::QUEUE, "queue"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            QstatsScope::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }

        /// True if every bit of `other` is set.
        pub fn contains(self, other: QstatsScope) -> bool {
            self.0 & other.0 == other.0
        }

        /// True if no bit is set.
        pub fn is_empty(self) -> bool {
            self.0 == 0
        }
    }

    impl From<u32> for QstatsScope {
        fn from(v: u32) -> Self {
            QstatsScope(v)
        }
    }

    impl From<QstatsScope> for u32 {
        fn from(v: QstatsScope) -> Self {
            v.0
        }
    }

    impl core::ops::BitOr for QstatsScope {
        type Output = QstatsScope;
        fn bitor(self, o: QstatsScope) -> QstatsScope {
            QstatsScope(self.0 | o.0)
        }
    }

    impl core::ops::BitAnd for QstatsScope {
        type Output = QstatsScope;
        fn bitand(self, o: QstatsScope) -> QstatsScope {
            QstatsScope(self.0 & o.0)
        }
    }

    impl core::fmt::Debug for QstatsScope {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            let mut rest = self.0;
            let mut first = true;
            for (v, n) in QstatsScope::ENTRIES {
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

    /// Attribute set `dev`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Dev<'a> {
        /// netdev ifindex
        ///
        /// 'ifindex' (type 1, u32).
        Ifindex(u32),
        /// `pad` (type 2, pad).
        Pad(&'a [u8]),
        /// Bitmask of enabled xdp-features.
        ///
        /// 'xdp-features' (type 3, u64).
        XdpFeatures(super::defs::XdpAct),
        /// max fragment count supported by ZC driver
        ///
        /// 'xdp-zc-max-segs' (type 4, u32).
        XdpZcMaxSegs(u32),
        /// Bitmask of supported XDP receive metadata features. See Documentation/networking/xdp-rx-metadata.rst for more details.
        ///
        /// 'xdp-rx-metadata-features' (type 5, u64).
        XdpRxMetadataFeatures(super::defs::XdpRxMetadata),
        /// Bitmask of enabled AF\_XDP features.
        ///
        /// 'xsk-features' (type 6, u64).
        XskFeatures(super::defs::XskFlags),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Dev<'_> {
        /// Type number of `ifindex`.
        pub const IFINDEX: u16 = 1;
        /// Type number of `pad`.
        pub const PAD: u16 = 2;
        /// Type number of `xdp-features`.
        pub const XDP_FEATURES: u16 = 3;
        /// Type number of `xdp-zc-max-segs`.
        pub const XDP_ZC_MAX_SEGS: u16 = 4;
        /// Type number of `xdp-rx-metadata-features`.
        pub const XDP_RX_METADATA_FEATURES: u16 = 5;
        /// Type number of `xsk-features`.
        pub const XSK_FEATURES: u16 = 6;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Dev<'a> {
        const SET: &'static str = "dev";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::IFINDEX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Ifindex(v),
                    None => Self::Other(a),
                },
                Self::PAD => Self::Pad(a.value),
                Self::XDP_FEATURES => match a.array::<8>().ok().map(u64::from_ne_bytes).map(|x| super::defs::XdpAct(x as u32)) {
                    Some(v) => Self::XdpFeatures(v),
                    None => Self::Other(a),
                },
                Self::XDP_ZC_MAX_SEGS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::XdpZcMaxSegs(v),
                    None => Self::Other(a),
                },
                Self::XDP_RX_METADATA_FEATURES => match a.array::<8>().ok().map(u64::from_ne_bytes).map(|x| super::defs::XdpRxMetadata(x as u32)) {
                    Some(v) => Self::XdpRxMetadataFeatures(v),
                    None => Self::Other(a),
                },
                Self::XSK_FEATURES => match a.array::<8>().ok().map(u64::from_ne_bytes).map(|x| super::defs::XskFlags(x as u32)) {
                    Some(v) => Self::XskFeatures(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Ifindex(_) => Self::IFINDEX,
                Self::Pad(_) => Self::PAD,
                Self::XdpFeatures(_) => Self::XDP_FEATURES,
                Self::XdpZcMaxSegs(_) => Self::XDP_ZC_MAX_SEGS,
                Self::XdpRxMetadataFeatures(_) => Self::XDP_RX_METADATA_FEATURES,
                Self::XskFeatures(_) => Self::XSK_FEATURES,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Ifindex(_) => nlw::attr_len(4),
                Self::Pad(v) => nlw::attr_len(v.len()),
                Self::XdpFeatures(_) => nlw::attr_len(8),
                Self::XdpZcMaxSegs(_) => nlw::attr_len(4),
                Self::XdpRxMetadataFeatures(_) => nlw::attr_len(8),
                Self::XskFeatures(_) => nlw::attr_len(8),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Ifindex(v) => {
                    const T: u16 = Dev::IFINDEX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Pad(v) => {
                    const T: u16 = Dev::PAD;
                    b.attr(T, v);
                }
                Self::XdpFeatures(v) => {
                    const T: u16 = Dev::XDP_FEATURES;
                    b.attr(T, &(v.0 as u64).to_ne_bytes());
                }
                Self::XdpZcMaxSegs(v) => {
                    const T: u16 = Dev::XDP_ZC_MAX_SEGS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::XdpRxMetadataFeatures(v) => {
                    const T: u16 = Dev::XDP_RX_METADATA_FEATURES;
                    b.attr(T, &(v.0 as u64).to_ne_bytes());
                }
                Self::XskFeatures(v) => {
                    const T: u16 = Dev::XSK_FEATURES;
                    b.attr(T, &(v.0 as u64).to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, Dev::IFINDEX | Dev::PAD | Dev::XDP_FEATURES | Dev::XDP_ZC_MAX_SEGS | Dev::XDP_RX_METADATA_FEATURES | Dev::XSK_FEATURES) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `page-pool`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum PagePool<'a> {
        /// Unique ID of a Page Pool instance.
        ///
        /// 'id' (type 1, uint).
        Id(u64),
        /// ifindex of the netdev to which the pool belongs.
        /// May be reported as 0 if the page pool was allocated for a netdev
        /// which got destroyed already (page pools may outlast their netdevs
        /// because they wait for all memory to be returned).
        ///
        /// 'ifindex' (type 2, u32).
        Ifindex(u32),
        /// Id of NAPI using this Page Pool instance.
        ///
        /// 'napi-id' (type 3, uint).
        NapiId(u64),
        /// Number of outstanding references to this page pool (allocated
        /// but yet to be freed pages). Allocated pages may be held in
        /// socket receive queues, driver receive ring, page pool recycling
        /// ring, the page pool cache, etc.
        ///
        /// 'inflight' (type 4, uint).
        Inflight(u64),
        /// Amount of memory held by inflight pages.
        ///
        /// 'inflight-mem' (type 5, uint).
        InflightMem(u64),
        /// Seconds in CLOCK\_BOOTTIME of when Page Pool was detached by
        /// the driver. Once detached Page Pool can no longer be used to
        /// allocate memory.
        /// Page Pools wait for all the memory allocated from them to be freed
        /// before truly disappearing. "Detached" Page Pools cannot be
        /// "re-attached", they are just waiting to disappear.
        /// Attribute is absent if Page Pool has not been detached, and
        /// can still be used to allocate new memory.
        ///
        /// 'detach-time' (type 6, uint).
        DetachTime(u64),
        /// ID of the dmabuf this page-pool is attached to.
        ///
        /// 'dmabuf' (type 7, u32).
        Dmabuf(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl PagePool<'_> {
        /// Type number of `id`.
        pub const ID: u16 = 1;
        /// Type number of `ifindex`.
        pub const IFINDEX: u16 = 2;
        /// Type number of `napi-id`.
        pub const NAPI_ID: u16 = 3;
        /// Type number of `inflight`.
        pub const INFLIGHT: u16 = 4;
        /// Type number of `inflight-mem`.
        pub const INFLIGHT_MEM: u16 = 5;
        /// Type number of `detach-time`.
        pub const DETACH_TIME: u16 = 6;
        /// Type number of `dmabuf`.
        pub const DMABUF: u16 = 7;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for PagePool<'a> {
        const SET: &'static str = "page-pool";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::ID => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::Id(v),
                    None => Self::Other(a),
                },
                Self::IFINDEX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Ifindex(v),
                    None => Self::Other(a),
                },
                Self::NAPI_ID => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::NapiId(v),
                    None => Self::Other(a),
                },
                Self::INFLIGHT => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::Inflight(v),
                    None => Self::Other(a),
                },
                Self::INFLIGHT_MEM => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::InflightMem(v),
                    None => Self::Other(a),
                },
                Self::DETACH_TIME => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::DetachTime(v),
                    None => Self::Other(a),
                },
                Self::DMABUF => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Dmabuf(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Id(_) => Self::ID,
                Self::Ifindex(_) => Self::IFINDEX,
                Self::NapiId(_) => Self::NAPI_ID,
                Self::Inflight(_) => Self::INFLIGHT,
                Self::InflightMem(_) => Self::INFLIGHT_MEM,
                Self::DetachTime(_) => Self::DETACH_TIME,
                Self::Dmabuf(_) => Self::DMABUF,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Id(v) => nlw::ynl::uint_len(*v),
                Self::Ifindex(_) => nlw::attr_len(4),
                Self::NapiId(v) => nlw::ynl::uint_len(*v),
                Self::Inflight(v) => nlw::ynl::uint_len(*v),
                Self::InflightMem(v) => nlw::ynl::uint_len(*v),
                Self::DetachTime(v) => nlw::ynl::uint_len(*v),
                Self::Dmabuf(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Id(v) => {
                    const T: u16 = PagePool::ID;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::Ifindex(v) => {
                    const T: u16 = PagePool::IFINDEX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NapiId(v) => {
                    const T: u16 = PagePool::NAPI_ID;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::Inflight(v) => {
                    const T: u16 = PagePool::INFLIGHT;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::InflightMem(v) => {
                    const T: u16 = PagePool::INFLIGHT_MEM;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::DetachTime(v) => {
                    const T: u16 = PagePool::DETACH_TIME;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::Dmabuf(v) => {
                    const T: u16 = PagePool::DMABUF;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, PagePool::ID | PagePool::IFINDEX | PagePool::NAPI_ID | PagePool::INFLIGHT | PagePool::INFLIGHT_MEM | PagePool::DETACH_TIME | PagePool::DMABUF) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `page-pool-info` (a subset of `page-pool`).
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum PagePoolInfo<'a> {
        /// `id` (type 1, uint).
        Id(u64),
        /// `ifindex` (type 2, u32).
        Ifindex(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl PagePoolInfo<'_> {
        /// Type number of `id`.
        pub const ID: u16 = 1;
        /// Type number of `ifindex`.
        pub const IFINDEX: u16 = 2;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for PagePoolInfo<'a> {
        const SET: &'static str = "page-pool-info";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::ID => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::Id(v),
                    None => Self::Other(a),
                },
                Self::IFINDEX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Ifindex(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Id(_) => Self::ID,
                Self::Ifindex(_) => Self::IFINDEX,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Id(v) => nlw::ynl::uint_len(*v),
                Self::Ifindex(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Id(v) => {
                    const T: u16 = PagePoolInfo::ID;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::Ifindex(v) => {
                    const T: u16 = PagePoolInfo::IFINDEX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, PagePoolInfo::ID | PagePoolInfo::IFINDEX) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Page pool statistics, see docs for struct page\_pool\_stats
    /// for information about individual statistics.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum PagePoolStats<'a> {
        /// Page pool identifying information.
        ///
        /// 'info' (type 1, nest).
        Info(nlw::ynl::Nest<'a, PagePoolInfo<'a>>),
        /// `alloc-fast` (type 8, uint).
        AllocFast(u64),
        /// `alloc-slow` (type 9, uint).
        AllocSlow(u64),
        /// `alloc-slow-high-order` (type 10, uint).
        AllocSlowHighOrder(u64),
        /// `alloc-empty` (type 11, uint).
        AllocEmpty(u64),
        /// `alloc-refill` (type 12, uint).
        AllocRefill(u64),
        /// `alloc-waive` (type 13, uint).
        AllocWaive(u64),
        /// `recycle-cached` (type 14, uint).
        RecycleCached(u64),
        /// `recycle-cache-full` (type 15, uint).
        RecycleCacheFull(u64),
        /// `recycle-ring` (type 16, uint).
        RecycleRing(u64),
        /// `recycle-ring-full` (type 17, uint).
        RecycleRingFull(u64),
        /// `recycle-released-refcnt` (type 18, uint).
        RecycleReleasedRefcnt(u64),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl PagePoolStats<'_> {
        /// Type number of `info`.
        pub const INFO: u16 = 1;
        /// Type number of `alloc-fast`.
        pub const ALLOC_FAST: u16 = 8;
        /// Type number of `alloc-slow`.
        pub const ALLOC_SLOW: u16 = 9;
        /// Type number of `alloc-slow-high-order`.
        pub const ALLOC_SLOW_HIGH_ORDER: u16 = 10;
        /// Type number of `alloc-empty`.
        pub const ALLOC_EMPTY: u16 = 11;
        /// Type number of `alloc-refill`.
        pub const ALLOC_REFILL: u16 = 12;
        /// Type number of `alloc-waive`.
        pub const ALLOC_WAIVE: u16 = 13;
        /// Type number of `recycle-cached`.
        pub const RECYCLE_CACHED: u16 = 14;
        /// Type number of `recycle-cache-full`.
        pub const RECYCLE_CACHE_FULL: u16 = 15;
        /// Type number of `recycle-ring`.
        pub const RECYCLE_RING: u16 = 16;
        /// Type number of `recycle-ring-full`.
        pub const RECYCLE_RING_FULL: u16 = 17;
        /// Type number of `recycle-released-refcnt`.
        pub const RECYCLE_RELEASED_REFCNT: u16 = 18;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for PagePoolStats<'a> {
        const SET: &'static str = "page-pool-stats";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::INFO => Self::Info(nlw::ynl::Nest::Wire(a.value)),
                Self::ALLOC_FAST => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::AllocFast(v),
                    None => Self::Other(a),
                },
                Self::ALLOC_SLOW => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::AllocSlow(v),
                    None => Self::Other(a),
                },
                Self::ALLOC_SLOW_HIGH_ORDER => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::AllocSlowHighOrder(v),
                    None => Self::Other(a),
                },
                Self::ALLOC_EMPTY => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::AllocEmpty(v),
                    None => Self::Other(a),
                },
                Self::ALLOC_REFILL => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::AllocRefill(v),
                    None => Self::Other(a),
                },
                Self::ALLOC_WAIVE => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::AllocWaive(v),
                    None => Self::Other(a),
                },
                Self::RECYCLE_CACHED => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::RecycleCached(v),
                    None => Self::Other(a),
                },
                Self::RECYCLE_CACHE_FULL => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::RecycleCacheFull(v),
                    None => Self::Other(a),
                },
                Self::RECYCLE_RING => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::RecycleRing(v),
                    None => Self::Other(a),
                },
                Self::RECYCLE_RING_FULL => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::RecycleRingFull(v),
                    None => Self::Other(a),
                },
                Self::RECYCLE_RELEASED_REFCNT => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::RecycleReleasedRefcnt(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Info(_) => Self::INFO,
                Self::AllocFast(_) => Self::ALLOC_FAST,
                Self::AllocSlow(_) => Self::ALLOC_SLOW,
                Self::AllocSlowHighOrder(_) => Self::ALLOC_SLOW_HIGH_ORDER,
                Self::AllocEmpty(_) => Self::ALLOC_EMPTY,
                Self::AllocRefill(_) => Self::ALLOC_REFILL,
                Self::AllocWaive(_) => Self::ALLOC_WAIVE,
                Self::RecycleCached(_) => Self::RECYCLE_CACHED,
                Self::RecycleCacheFull(_) => Self::RECYCLE_CACHE_FULL,
                Self::RecycleRing(_) => Self::RECYCLE_RING,
                Self::RecycleRingFull(_) => Self::RECYCLE_RING_FULL,
                Self::RecycleReleasedRefcnt(_) => Self::RECYCLE_RELEASED_REFCNT,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Info(v) => v.encoded_len(),
                Self::AllocFast(v) => nlw::ynl::uint_len(*v),
                Self::AllocSlow(v) => nlw::ynl::uint_len(*v),
                Self::AllocSlowHighOrder(v) => nlw::ynl::uint_len(*v),
                Self::AllocEmpty(v) => nlw::ynl::uint_len(*v),
                Self::AllocRefill(v) => nlw::ynl::uint_len(*v),
                Self::AllocWaive(v) => nlw::ynl::uint_len(*v),
                Self::RecycleCached(v) => nlw::ynl::uint_len(*v),
                Self::RecycleCacheFull(v) => nlw::ynl::uint_len(*v),
                Self::RecycleRing(v) => nlw::ynl::uint_len(*v),
                Self::RecycleRingFull(v) => nlw::ynl::uint_len(*v),
                Self::RecycleReleasedRefcnt(v) => nlw::ynl::uint_len(*v),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Info(v) => {
                    const T: u16 = PagePoolStats::INFO;
                    v.emit(T, b);
                }
                Self::AllocFast(v) => {
                    const T: u16 = PagePoolStats::ALLOC_FAST;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::AllocSlow(v) => {
                    const T: u16 = PagePoolStats::ALLOC_SLOW;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::AllocSlowHighOrder(v) => {
                    const T: u16 = PagePoolStats::ALLOC_SLOW_HIGH_ORDER;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::AllocEmpty(v) => {
                    const T: u16 = PagePoolStats::ALLOC_EMPTY;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::AllocRefill(v) => {
                    const T: u16 = PagePoolStats::ALLOC_REFILL;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::AllocWaive(v) => {
                    const T: u16 = PagePoolStats::ALLOC_WAIVE;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::RecycleCached(v) => {
                    const T: u16 = PagePoolStats::RECYCLE_CACHED;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::RecycleCacheFull(v) => {
                    const T: u16 = PagePoolStats::RECYCLE_CACHE_FULL;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::RecycleRing(v) => {
                    const T: u16 = PagePoolStats::RECYCLE_RING;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::RecycleRingFull(v) => {
                    const T: u16 = PagePoolStats::RECYCLE_RING_FULL;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::RecycleReleasedRefcnt(v) => {
                    const T: u16 = PagePoolStats::RECYCLE_RELEASED_REFCNT;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Info(v) => {
                    const T: u16 = PagePoolStats::INFO;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, PagePoolStats::INFO | PagePoolStats::ALLOC_FAST | PagePoolStats::ALLOC_SLOW | PagePoolStats::ALLOC_SLOW_HIGH_ORDER | PagePoolStats::ALLOC_EMPTY | PagePoolStats::ALLOC_REFILL | PagePoolStats::ALLOC_WAIVE | PagePoolStats::RECYCLE_CACHED | PagePoolStats::RECYCLE_CACHE_FULL | PagePoolStats::RECYCLE_RING | PagePoolStats::RECYCLE_RING_FULL | PagePoolStats::RECYCLE_RELEASED_REFCNT) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `napi`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Napi<'a> {
        /// ifindex of the netdevice to which NAPI instance belongs.
        ///
        /// 'ifindex' (type 1, u32).
        Ifindex(u32),
        /// ID of the NAPI instance.
        ///
        /// 'id' (type 2, u32).
        Id(u32),
        /// The associated interrupt vector number for the napi
        ///
        /// 'irq' (type 3, u32).
        Irq(u32),
        /// PID of the napi thread, if NAPI is configured to operate in threaded mode. If NAPI is not in threaded mode (i.e. uses normal softirq context), the attribute will be absent.
        ///
        /// 'pid' (type 4, u32).
        Pid(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Napi<'_> {
        /// Type number of `ifindex`.
        pub const IFINDEX: u16 = 1;
        /// Type number of `id`.
        pub const ID: u16 = 2;
        /// Type number of `irq`.
        pub const IRQ: u16 = 3;
        /// Type number of `pid`.
        pub const PID: u16 = 4;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Napi<'a> {
        const SET: &'static str = "napi";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::IFINDEX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Ifindex(v),
                    None => Self::Other(a),
                },
                Self::ID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Id(v),
                    None => Self::Other(a),
                },
                Self::IRQ => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Irq(v),
                    None => Self::Other(a),
                },
                Self::PID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Pid(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Ifindex(_) => Self::IFINDEX,
                Self::Id(_) => Self::ID,
                Self::Irq(_) => Self::IRQ,
                Self::Pid(_) => Self::PID,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Ifindex(_) => nlw::attr_len(4),
                Self::Id(_) => nlw::attr_len(4),
                Self::Irq(_) => nlw::attr_len(4),
                Self::Pid(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Ifindex(v) => {
                    const T: u16 = Napi::IFINDEX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Id(v) => {
                    const T: u16 = Napi::ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Irq(v) => {
                    const T: u16 = Napi::IRQ;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Pid(v) => {
                    const T: u16 = Napi::PID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, Napi::IFINDEX | Napi::ID | Napi::IRQ | Napi::PID) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `queue`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Queue<'a> {
        /// Queue index; most queue types are indexed like a C array, with indexes starting at 0 and ending at queue count - 1. Queue indexes are scoped to an interface and queue type.
        ///
        /// 'id' (type 1, u32).
        Id(u32),
        /// ifindex of the netdevice to which the queue belongs.
        ///
        /// 'ifindex' (type 2, u32).
        Ifindex(u32),
        /// Queue type as rx, tx. Each queue type defines a separate ID space.
        ///
        /// 'type' (type 3, u32).
        Type(super::defs::QueueType),
        /// ID of the NAPI instance which services this queue.
        ///
        /// 'napi-id' (type 4, u32).
        NapiId(u32),
        /// ID of the dmabuf attached to this queue, if any.
        ///
        /// 'dmabuf' (type 5, u32).
        Dmabuf(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Queue<'_> {
        /// Type number of `id`.
        pub const ID: u16 = 1;
        /// Type number of `ifindex`.
        pub const IFINDEX: u16 = 2;
        /// Type number of `type`.
        pub const TYPE: u16 = 3;
        /// Type number of `napi-id`.
        pub const NAPI_ID: u16 = 4;
        /// Type number of `dmabuf`.
        pub const DMABUF: u16 = 5;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Queue<'a> {
        const SET: &'static str = "queue";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::ID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Id(v),
                    None => Self::Other(a),
                },
                Self::IFINDEX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Ifindex(v),
                    None => Self::Other(a),
                },
                Self::TYPE => match a.array::<4>().ok().map(u32::from_ne_bytes).map(super::defs::QueueType) {
                    Some(v) => Self::Type(v),
                    None => Self::Other(a),
                },
                Self::NAPI_ID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::NapiId(v),
                    None => Self::Other(a),
                },
                Self::DMABUF => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Dmabuf(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Id(_) => Self::ID,
                Self::Ifindex(_) => Self::IFINDEX,
                Self::Type(_) => Self::TYPE,
                Self::NapiId(_) => Self::NAPI_ID,
                Self::Dmabuf(_) => Self::DMABUF,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Id(_) => nlw::attr_len(4),
                Self::Ifindex(_) => nlw::attr_len(4),
                Self::Type(_) => nlw::attr_len(4),
                Self::NapiId(_) => nlw::attr_len(4),
                Self::Dmabuf(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Id(v) => {
                    const T: u16 = Queue::ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Ifindex(v) => {
                    const T: u16 = Queue::IFINDEX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Type(v) => {
                    const T: u16 = Queue::TYPE;
                    b.attr(T, &v.0.to_ne_bytes());
                }
                Self::NapiId(v) => {
                    const T: u16 = Queue::NAPI_ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Dmabuf(v) => {
                    const T: u16 = Queue::DMABUF;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, Queue::ID | Queue::IFINDEX | Queue::TYPE | Queue::NAPI_ID | Queue::DMABUF) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Get device statistics, scoped to a device or a queue.
    /// These statistics extend (and partially duplicate) statistics available
    /// in struct rtnl\_link\_stats64.
    /// Value of the \`scope\` attribute determines how statistics are
    /// aggregated. When aggregated for the entire device the statistics
    /// represent the total number of events since last explicit reset of
    /// the device (i.e. not a reconfiguration like changing queue count).
    /// When reported per-queue, however, the statistics may not add
    /// up to the total number of events, will only be reported for currently
    /// active objects, and will likely report the number of events since last
    /// reconfiguration.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Qstats<'a> {
        /// ifindex of the netdevice to which stats belong.
        ///
        /// 'ifindex' (type 1, u32).
        Ifindex(u32),
        /// Queue type as rx, tx, for queue-id.
        ///
        /// 'queue-type' (type 2, u32).
        QueueType(super::defs::QueueType),
        /// Queue ID, if stats are scoped to a single queue instance.
        ///
        /// 'queue-id' (type 3, u32).
        QueueId(u32),
        /// What object type should be used to iterate over the stats.
        ///
        /// 'scope' (type 4, uint).
        Scope(super::defs::QstatsScope),
        /// Number of wire packets successfully received and passed to the stack.
        /// For drivers supporting XDP, XDP is considered the first layer
        /// of the stack, so packets consumed by XDP are still counted here.
        ///
        /// 'rx-packets' (type 8, uint).
        RxPackets(u64),
        /// Successfully received bytes, see \`rx-packets\`.
        ///
        /// 'rx-bytes' (type 9, uint).
        RxBytes(u64),
        /// Number of wire packets successfully sent. Packet is considered to be
        /// successfully sent once it is in device memory (usually this means
        /// the device has issued a DMA completion for the packet).
        ///
        /// 'tx-packets' (type 10, uint).
        TxPackets(u64),
        /// Successfully sent bytes, see \`tx-packets\`.
        ///
        /// 'tx-bytes' (type 11, uint).
        TxBytes(u64),
        /// Number of times skb or buffer allocation failed on the Rx datapath.
        /// Allocation failure may, or may not result in a packet drop, depending
        /// on driver implementation and whether system recovers quickly.
        ///
        /// 'rx-alloc-fail' (type 12, uint).
        RxAllocFail(u64),
        /// Number of all packets which entered the device, but never left it,
        /// including but not limited to: packets dropped due to lack of buffer
        /// space, processing errors, explicit or implicit policies and packet
        /// filters.
        ///
        /// 'rx-hw-drops' (type 13, uint).
        RxHwDrops(u64),
        /// Number of packets dropped due to transient lack of resources, such as
        /// buffer space, host descriptors etc.
        ///
        /// 'rx-hw-drop-overruns' (type 14, uint).
        RxHwDropOverruns(u64),
        /// Number of packets that were marked as CHECKSUM\_COMPLETE.
        ///
        /// 'rx-csum-complete' (type 15, uint).
        RxCsumComplete(u64),
        /// Number of packets that were marked as CHECKSUM\_UNNECESSARY.
        ///
        /// 'rx-csum-unnecessary' (type 16, uint).
        RxCsumUnnecessary(u64),
        /// Number of packets that were not checksummed by device.
        ///
        /// 'rx-csum-none' (type 17, uint).
        RxCsumNone(u64),
        /// Number of packets with bad checksum. The packets are not discarded,
        /// but still delivered to the stack.
        ///
        /// 'rx-csum-bad' (type 18, uint).
        RxCsumBad(u64),
        /// Number of packets that were coalesced from smaller packets by the device.
        /// Counts only packets coalesced with the HW-GRO netdevice feature,
        /// LRO-coalesced packets are not counted.
        ///
        /// 'rx-hw-gro-packets' (type 19, uint).
        RxHwGroPackets(u64),
        /// See \`rx-hw-gro-packets\`.
        ///
        /// 'rx-hw-gro-bytes' (type 20, uint).
        RxHwGroBytes(u64),
        /// Number of packets that were coalesced to bigger packetss with the HW-GRO
        /// netdevice feature. LRO-coalesced packets are not counted.
        ///
        /// 'rx-hw-gro-wire-packets' (type 21, uint).
        RxHwGroWirePackets(u64),
        /// See \`rx-hw-gro-wire-packets\`.
        ///
        /// 'rx-hw-gro-wire-bytes' (type 22, uint).
        RxHwGroWireBytes(u64),
        /// Number of the packets dropped by the device due to the received
        /// packets bitrate exceeding the device rate limit.
        ///
        /// 'rx-hw-drop-ratelimits' (type 23, uint).
        RxHwDropRatelimits(u64),
        /// Number of packets that arrived at the device but never left it,
        /// encompassing packets dropped for reasons such as processing errors, as
        /// well as those affected by explicitly defined policies and packet
        /// filtering criteria.
        ///
        /// 'tx-hw-drops' (type 24, uint).
        TxHwDrops(u64),
        /// Number of packets dropped because they were invalid or malformed.
        ///
        /// 'tx-hw-drop-errors' (type 25, uint).
        TxHwDropErrors(u64),
        /// Number of packets that did not require the device to calculate the
        /// checksum.
        ///
        /// 'tx-csum-none' (type 26, uint).
        TxCsumNone(u64),
        /// Number of packets that required the device to calculate the checksum.
        ///
        /// 'tx-needs-csum' (type 27, uint).
        TxNeedsCsum(u64),
        /// Number of packets that necessitated segmentation into smaller packets
        /// by the device.
        ///
        /// 'tx-hw-gso-packets' (type 28, uint).
        TxHwGsoPackets(u64),
        /// See \`tx-hw-gso-packets\`.
        ///
        /// 'tx-hw-gso-bytes' (type 29, uint).
        TxHwGsoBytes(u64),
        /// Number of wire-sized packets generated by processing
        /// \`tx-hw-gso-packets\`
        ///
        /// 'tx-hw-gso-wire-packets' (type 30, uint).
        TxHwGsoWirePackets(u64),
        /// See \`tx-hw-gso-wire-packets\`.
        ///
        /// 'tx-hw-gso-wire-bytes' (type 31, uint).
        TxHwGsoWireBytes(u64),
        /// Number of the packets dropped by the device due to the transmit
        /// packets bitrate exceeding the device rate limit.
        ///
        /// 'tx-hw-drop-ratelimits' (type 32, uint).
        TxHwDropRatelimits(u64),
        /// Number of times driver paused accepting new tx packets
        /// from the stack to this queue, because the queue was full.
        /// Note that if BQL is supported and enabled on the device
        /// the networking stack will avoid queuing a lot of data at once.
        ///
        /// 'tx-stop' (type 33, uint).
        TxStop(u64),
        /// Number of times driver re-started accepting send
        /// requests to this queue from the stack.
        ///
        /// 'tx-wake' (type 34, uint).
        TxWake(u64),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Qstats<'_> {
        /// Type number of `ifindex`.
        pub const IFINDEX: u16 = 1;
        /// Type number of `queue-type`.
        pub const QUEUE_TYPE: u16 = 2;
        /// Type number of `queue-id`.
        pub const QUEUE_ID: u16 = 3;
        /// Type number of `scope`.
        pub const SCOPE: u16 = 4;
        /// Type number of `rx-packets`.
        pub const RX_PACKETS: u16 = 8;
        /// Type number of `rx-bytes`.
        pub const RX_BYTES: u16 = 9;
        /// Type number of `tx-packets`.
        pub const TX_PACKETS: u16 = 10;
        /// Type number of `tx-bytes`.
        pub const TX_BYTES: u16 = 11;
        /// Type number of `rx-alloc-fail`.
        pub const RX_ALLOC_FAIL: u16 = 12;
        /// Type number of `rx-hw-drops`.
        pub const RX_HW_DROPS: u16 = 13;
        /// Type number of `rx-hw-drop-overruns`.
        pub const RX_HW_DROP_OVERRUNS: u16 = 14;
        /// Type number of `rx-csum-complete`.
        pub const RX_CSUM_COMPLETE: u16 = 15;
        /// Type number of `rx-csum-unnecessary`.
        pub const RX_CSUM_UNNECESSARY: u16 = 16;
        /// Type number of `rx-csum-none`.
        pub const RX_CSUM_NONE: u16 = 17;
        /// Type number of `rx-csum-bad`.
        pub const RX_CSUM_BAD: u16 = 18;
        /// Type number of `rx-hw-gro-packets`.
        pub const RX_HW_GRO_PACKETS: u16 = 19;
        /// Type number of `rx-hw-gro-bytes`.
        pub const RX_HW_GRO_BYTES: u16 = 20;
        /// Type number of `rx-hw-gro-wire-packets`.
        pub const RX_HW_GRO_WIRE_PACKETS: u16 = 21;
        /// Type number of `rx-hw-gro-wire-bytes`.
        pub const RX_HW_GRO_WIRE_BYTES: u16 = 22;
        /// Type number of `rx-hw-drop-ratelimits`.
        pub const RX_HW_DROP_RATELIMITS: u16 = 23;
        /// Type number of `tx-hw-drops`.
        pub const TX_HW_DROPS: u16 = 24;
        /// Type number of `tx-hw-drop-errors`.
        pub const TX_HW_DROP_ERRORS: u16 = 25;
        /// Type number of `tx-csum-none`.
        pub const TX_CSUM_NONE: u16 = 26;
        /// Type number of `tx-needs-csum`.
        pub const TX_NEEDS_CSUM: u16 = 27;
        /// Type number of `tx-hw-gso-packets`.
        pub const TX_HW_GSO_PACKETS: u16 = 28;
        /// Type number of `tx-hw-gso-bytes`.
        pub const TX_HW_GSO_BYTES: u16 = 29;
        /// Type number of `tx-hw-gso-wire-packets`.
        pub const TX_HW_GSO_WIRE_PACKETS: u16 = 30;
        /// Type number of `tx-hw-gso-wire-bytes`.
        pub const TX_HW_GSO_WIRE_BYTES: u16 = 31;
        /// Type number of `tx-hw-drop-ratelimits`.
        pub const TX_HW_DROP_RATELIMITS: u16 = 32;
        /// Type number of `tx-stop`.
        pub const TX_STOP: u16 = 33;
        /// Type number of `tx-wake`.
        pub const TX_WAKE: u16 = 34;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Qstats<'a> {
        const SET: &'static str = "qstats";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::IFINDEX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Ifindex(v),
                    None => Self::Other(a),
                },
                Self::QUEUE_TYPE => match a.array::<4>().ok().map(u32::from_ne_bytes).map(super::defs::QueueType) {
                    Some(v) => Self::QueueType(v),
                    None => Self::Other(a),
                },
                Self::QUEUE_ID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::QueueId(v),
                    None => Self::Other(a),
                },
                Self::SCOPE => match nlw::ynl::uint_of(a.value).map(|x| super::defs::QstatsScope(x as u32)) {
                    Some(v) => Self::Scope(v),
                    None => Self::Other(a),
                },
                Self::RX_PACKETS => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::RxPackets(v),
                    None => Self::Other(a),
                },
                Self::RX_BYTES => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::RxBytes(v),
                    None => Self::Other(a),
                },
                Self::TX_PACKETS => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::TxPackets(v),
                    None => Self::Other(a),
                },
                Self::TX_BYTES => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::TxBytes(v),
                    None => Self::Other(a),
                },
                Self::RX_ALLOC_FAIL => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::RxAllocFail(v),
                    None => Self::Other(a),
                },
                Self::RX_HW_DROPS => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::RxHwDrops(v),
                    None => Self::Other(a),
                },
                Self::RX_HW_DROP_OVERRUNS => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::RxHwDropOverruns(v),
                    None => Self::Other(a),
                },
                Self::RX_CSUM_COMPLETE => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::RxCsumComplete(v),
                    None => Self::Other(a),
                },
                Self::RX_CSUM_UNNECESSARY => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::RxCsumUnnecessary(v),
                    None => Self::Other(a),
                },
                Self::RX_CSUM_NONE => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::RxCsumNone(v),
                    None => Self::Other(a),
                },
                Self::RX_CSUM_BAD => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::RxCsumBad(v),
                    None => Self::Other(a),
                },
                Self::RX_HW_GRO_PACKETS => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::RxHwGroPackets(v),
                    None => Self::Other(a),
                },
                Self::RX_HW_GRO_BYTES => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::RxHwGroBytes(v),
                    None => Self::Other(a),
                },
                Self::RX_HW_GRO_WIRE_PACKETS => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::RxHwGroWirePackets(v),
                    None => Self::Other(a),
                },
                Self::RX_HW_GRO_WIRE_BYTES => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::RxHwGroWireBytes(v),
                    None => Self::Other(a),
                },
                Self::RX_HW_DROP_RATELIMITS => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::RxHwDropRatelimits(v),
                    None => Self::Other(a),
                },
                Self::TX_HW_DROPS => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::TxHwDrops(v),
                    None => Self::Other(a),
                },
                Self::TX_HW_DROP_ERRORS => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::TxHwDropErrors(v),
                    None => Self::Other(a),
                },
                Self::TX_CSUM_NONE => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::TxCsumNone(v),
                    None => Self::Other(a),
                },
                Self::TX_NEEDS_CSUM => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::TxNeedsCsum(v),
                    None => Self::Other(a),
                },
                Self::TX_HW_GSO_PACKETS => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::TxHwGsoPackets(v),
                    None => Self::Other(a),
                },
                Self::TX_HW_GSO_BYTES => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::TxHwGsoBytes(v),
                    None => Self::Other(a),
                },
                Self::TX_HW_GSO_WIRE_PACKETS => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::TxHwGsoWirePackets(v),
                    None => Self::Other(a),
                },
                Self::TX_HW_GSO_WIRE_BYTES => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::TxHwGsoWireBytes(v),
                    None => Self::Other(a),
                },
                Self::TX_HW_DROP_RATELIMITS => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::TxHwDropRatelimits(v),
                    None => Self::Other(a),
                },
                Self::TX_STOP => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::TxStop(v),
                    None => Self::Other(a),
                },
                Self::TX_WAKE => match nlw::ynl::uint_of(a.value) {
                    Some(v) => Self::TxWake(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Ifindex(_) => Self::IFINDEX,
                Self::QueueType(_) => Self::QUEUE_TYPE,
                Self::QueueId(_) => Self::QUEUE_ID,
                Self::Scope(_) => Self::SCOPE,
                Self::RxPackets(_) => Self::RX_PACKETS,
                Self::RxBytes(_) => Self::RX_BYTES,
                Self::TxPackets(_) => Self::TX_PACKETS,
                Self::TxBytes(_) => Self::TX_BYTES,
                Self::RxAllocFail(_) => Self::RX_ALLOC_FAIL,
                Self::RxHwDrops(_) => Self::RX_HW_DROPS,
                Self::RxHwDropOverruns(_) => Self::RX_HW_DROP_OVERRUNS,
                Self::RxCsumComplete(_) => Self::RX_CSUM_COMPLETE,
                Self::RxCsumUnnecessary(_) => Self::RX_CSUM_UNNECESSARY,
                Self::RxCsumNone(_) => Self::RX_CSUM_NONE,
                Self::RxCsumBad(_) => Self::RX_CSUM_BAD,
                Self::RxHwGroPackets(_) => Self::RX_HW_GRO_PACKETS,
                Self::RxHwGroBytes(_) => Self::RX_HW_GRO_BYTES,
                Self::RxHwGroWirePackets(_) => Self::RX_HW_GRO_WIRE_PACKETS,
                Self::RxHwGroWireBytes(_) => Self::RX_HW_GRO_WIRE_BYTES,
                Self::RxHwDropRatelimits(_) => Self::RX_HW_DROP_RATELIMITS,
                Self::TxHwDrops(_) => Self::TX_HW_DROPS,
                Self::TxHwDropErrors(_) => Self::TX_HW_DROP_ERRORS,
                Self::TxCsumNone(_) => Self::TX_CSUM_NONE,
                Self::TxNeedsCsum(_) => Self::TX_NEEDS_CSUM,
                Self::TxHwGsoPackets(_) => Self::TX_HW_GSO_PACKETS,
                Self::TxHwGsoBytes(_) => Self::TX_HW_GSO_BYTES,
                Self::TxHwGsoWirePackets(_) => Self::TX_HW_GSO_WIRE_PACKETS,
                Self::TxHwGsoWireBytes(_) => Self::TX_HW_GSO_WIRE_BYTES,
                Self::TxHwDropRatelimits(_) => Self::TX_HW_DROP_RATELIMITS,
                Self::TxStop(_) => Self::TX_STOP,
                Self::TxWake(_) => Self::TX_WAKE,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Ifindex(_) => nlw::attr_len(4),
                Self::QueueType(_) => nlw::attr_len(4),
                Self::QueueId(_) => nlw::attr_len(4),
                Self::Scope(v) => nlw::ynl::uint_len(v.0 as u64),
                Self::RxPackets(v) => nlw::ynl::uint_len(*v),
                Self::RxBytes(v) => nlw::ynl::uint_len(*v),
                Self::TxPackets(v) => nlw::ynl::uint_len(*v),
                Self::TxBytes(v) => nlw::ynl::uint_len(*v),
                Self::RxAllocFail(v) => nlw::ynl::uint_len(*v),
                Self::RxHwDrops(v) => nlw::ynl::uint_len(*v),
                Self::RxHwDropOverruns(v) => nlw::ynl::uint_len(*v),
                Self::RxCsumComplete(v) => nlw::ynl::uint_len(*v),
                Self::RxCsumUnnecessary(v) => nlw::ynl::uint_len(*v),
                Self::RxCsumNone(v) => nlw::ynl::uint_len(*v),
                Self::RxCsumBad(v) => nlw::ynl::uint_len(*v),
                Self::RxHwGroPackets(v) => nlw::ynl::uint_len(*v),
                Self::RxHwGroBytes(v) => nlw::ynl::uint_len(*v),
                Self::RxHwGroWirePackets(v) => nlw::ynl::uint_len(*v),
                Self::RxHwGroWireBytes(v) => nlw::ynl::uint_len(*v),
                Self::RxHwDropRatelimits(v) => nlw::ynl::uint_len(*v),
                Self::TxHwDrops(v) => nlw::ynl::uint_len(*v),
                Self::TxHwDropErrors(v) => nlw::ynl::uint_len(*v),
                Self::TxCsumNone(v) => nlw::ynl::uint_len(*v),
                Self::TxNeedsCsum(v) => nlw::ynl::uint_len(*v),
                Self::TxHwGsoPackets(v) => nlw::ynl::uint_len(*v),
                Self::TxHwGsoBytes(v) => nlw::ynl::uint_len(*v),
                Self::TxHwGsoWirePackets(v) => nlw::ynl::uint_len(*v),
                Self::TxHwGsoWireBytes(v) => nlw::ynl::uint_len(*v),
                Self::TxHwDropRatelimits(v) => nlw::ynl::uint_len(*v),
                Self::TxStop(v) => nlw::ynl::uint_len(*v),
                Self::TxWake(v) => nlw::ynl::uint_len(*v),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Ifindex(v) => {
                    const T: u16 = Qstats::IFINDEX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::QueueType(v) => {
                    const T: u16 = Qstats::QUEUE_TYPE;
                    b.attr(T, &v.0.to_ne_bytes());
                }
                Self::QueueId(v) => {
                    const T: u16 = Qstats::QUEUE_ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Scope(v) => {
                    const T: u16 = Qstats::SCOPE;
                    nlw::ynl::emit_uint(b, T, v.0 as u64);
                }
                Self::RxPackets(v) => {
                    const T: u16 = Qstats::RX_PACKETS;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::RxBytes(v) => {
                    const T: u16 = Qstats::RX_BYTES;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::TxPackets(v) => {
                    const T: u16 = Qstats::TX_PACKETS;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::TxBytes(v) => {
                    const T: u16 = Qstats::TX_BYTES;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::RxAllocFail(v) => {
                    const T: u16 = Qstats::RX_ALLOC_FAIL;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::RxHwDrops(v) => {
                    const T: u16 = Qstats::RX_HW_DROPS;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::RxHwDropOverruns(v) => {
                    const T: u16 = Qstats::RX_HW_DROP_OVERRUNS;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::RxCsumComplete(v) => {
                    const T: u16 = Qstats::RX_CSUM_COMPLETE;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::RxCsumUnnecessary(v) => {
                    const T: u16 = Qstats::RX_CSUM_UNNECESSARY;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::RxCsumNone(v) => {
                    const T: u16 = Qstats::RX_CSUM_NONE;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::RxCsumBad(v) => {
                    const T: u16 = Qstats::RX_CSUM_BAD;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::RxHwGroPackets(v) => {
                    const T: u16 = Qstats::RX_HW_GRO_PACKETS;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::RxHwGroBytes(v) => {
                    const T: u16 = Qstats::RX_HW_GRO_BYTES;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::RxHwGroWirePackets(v) => {
                    const T: u16 = Qstats::RX_HW_GRO_WIRE_PACKETS;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::RxHwGroWireBytes(v) => {
                    const T: u16 = Qstats::RX_HW_GRO_WIRE_BYTES;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::RxHwDropRatelimits(v) => {
                    const T: u16 = Qstats::RX_HW_DROP_RATELIMITS;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::TxHwDrops(v) => {
                    const T: u16 = Qstats::TX_HW_DROPS;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::TxHwDropErrors(v) => {
                    const T: u16 = Qstats::TX_HW_DROP_ERRORS;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::TxCsumNone(v) => {
                    const T: u16 = Qstats::TX_CSUM_NONE;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::TxNeedsCsum(v) => {
                    const T: u16 = Qstats::TX_NEEDS_CSUM;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::TxHwGsoPackets(v) => {
                    const T: u16 = Qstats::TX_HW_GSO_PACKETS;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::TxHwGsoBytes(v) => {
                    const T: u16 = Qstats::TX_HW_GSO_BYTES;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::TxHwGsoWirePackets(v) => {
                    const T: u16 = Qstats::TX_HW_GSO_WIRE_PACKETS;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::TxHwGsoWireBytes(v) => {
                    const T: u16 = Qstats::TX_HW_GSO_WIRE_BYTES;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::TxHwDropRatelimits(v) => {
                    const T: u16 = Qstats::TX_HW_DROP_RATELIMITS;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::TxStop(v) => {
                    const T: u16 = Qstats::TX_STOP;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::TxWake(v) => {
                    const T: u16 = Qstats::TX_WAKE;
                    nlw::ynl::emit_uint(b, T, *v);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, Qstats::IFINDEX | Qstats::QUEUE_TYPE | Qstats::QUEUE_ID | Qstats::SCOPE | Qstats::RX_PACKETS | Qstats::RX_BYTES | Qstats::TX_PACKETS | Qstats::TX_BYTES | Qstats::RX_ALLOC_FAIL | Qstats::RX_HW_DROPS | Qstats::RX_HW_DROP_OVERRUNS | Qstats::RX_CSUM_COMPLETE | Qstats::RX_CSUM_UNNECESSARY | Qstats::RX_CSUM_NONE | Qstats::RX_CSUM_BAD | Qstats::RX_HW_GRO_PACKETS | Qstats::RX_HW_GRO_BYTES | Qstats::RX_HW_GRO_WIRE_PACKETS | Qstats::RX_HW_GRO_WIRE_BYTES | Qstats::RX_HW_DROP_RATELIMITS | Qstats::TX_HW_DROPS | Qstats::TX_HW_DROP_ERRORS | Qstats::TX_CSUM_NONE | Qstats::TX_NEEDS_CSUM | Qstats::TX_HW_GSO_PACKETS | Qstats::TX_HW_GSO_BYTES | Qstats::TX_HW_GSO_WIRE_PACKETS | Qstats::TX_HW_GSO_WIRE_BYTES | Qstats::TX_HW_DROP_RATELIMITS | Qstats::TX_STOP | Qstats::TX_WAKE) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `queue-id` (a subset of `queue`).
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum QueueId<'a> {
        /// `id` (type 1, u32).
        Id(u32),
        /// `type` (type 3, u32).
        Type(super::defs::QueueType),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl QueueId<'_> {
        /// Type number of `id`.
        pub const ID: u16 = 1;
        /// Type number of `type`.
        pub const TYPE: u16 = 3;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for QueueId<'a> {
        const SET: &'static str = "queue-id";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::ID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Id(v),
                    None => Self::Other(a),
                },
                Self::TYPE => match a.array::<4>().ok().map(u32::from_ne_bytes).map(super::defs::QueueType) {
                    Some(v) => Self::Type(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Id(_) => Self::ID,
                Self::Type(_) => Self::TYPE,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Id(_) => nlw::attr_len(4),
                Self::Type(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Id(v) => {
                    const T: u16 = QueueId::ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Type(v) => {
                    const T: u16 = QueueId::TYPE;
                    b.attr(T, &v.0.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, QueueId::ID | QueueId::TYPE) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `dmabuf`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Dmabuf<'a> {
        /// netdev ifindex to bind the dmabuf to.
        ///
        /// 'ifindex' (type 1, u32).
        Ifindex(u32),
        /// receive queues to bind the dmabuf to.
        ///
        /// 'queues' (type 2, nest).
        Queues(nlw::ynl::Nest<'a, QueueId<'a>>),
        /// dmabuf file descriptor to bind.
        ///
        /// 'fd' (type 3, u32).
        Fd(u32),
        /// id of the dmabuf binding
        ///
        /// 'id' (type 4, u32).
        Id(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Dmabuf<'_> {
        /// Type number of `ifindex`.
        pub const IFINDEX: u16 = 1;
        /// Type number of `queues`.
        pub const QUEUES: u16 = 2;
        /// Type number of `fd`.
        pub const FD: u16 = 3;
        /// Type number of `id`.
        pub const ID: u16 = 4;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Dmabuf<'a> {
        const SET: &'static str = "dmabuf";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::IFINDEX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Ifindex(v),
                    None => Self::Other(a),
                },
                Self::QUEUES => Self::Queues(nlw::ynl::Nest::Wire(a.value)),
                Self::FD => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Fd(v),
                    None => Self::Other(a),
                },
                Self::ID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Id(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Ifindex(_) => Self::IFINDEX,
                Self::Queues(_) => Self::QUEUES,
                Self::Fd(_) => Self::FD,
                Self::Id(_) => Self::ID,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Ifindex(_) => nlw::attr_len(4),
                Self::Queues(v) => v.encoded_len(),
                Self::Fd(_) => nlw::attr_len(4),
                Self::Id(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Ifindex(v) => {
                    const T: u16 = Dmabuf::IFINDEX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Queues(v) => {
                    const T: u16 = Dmabuf::QUEUES;
                    v.emit(T, b);
                }
                Self::Fd(v) => {
                    const T: u16 = Dmabuf::FD;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Id(v) => {
                    const T: u16 = Dmabuf::ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Queues(v) => {
                    const T: u16 = Dmabuf::QUEUES;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Dmabuf::IFINDEX | Dmabuf::QUEUES | Dmabuf::FD | Dmabuf::ID) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

}

/// The operations' commands (`genlmsghdr.cmd`); `_REPLY` where the reply has its own.
pub mod ops {
    /// Get / dump information about a netdev.
    ///
    /// `dev-get`: a request.
    pub const DEV_GET: u8 = 1;
    /// Notification about device appearing.
    ///
    /// `dev-add-ntf`: a notification.
    pub const DEV_ADD_NTF: u8 = 2;
    /// Notification about device disappearing.
    ///
    /// `dev-del-ntf`: a notification.
    pub const DEV_DEL_NTF: u8 = 3;
    /// Notification about device configuration being changed.
    ///
    /// `dev-change-ntf`: a notification.
    pub const DEV_CHANGE_NTF: u8 = 4;
    /// Get / dump information about Page Pools.
    /// (Only Page Pools associated with a net\_device can be listed.)
    ///
    /// `page-pool-get`: a request.
    pub const PAGE_POOL_GET: u8 = 5;
    /// Notification about page pool appearing.
    ///
    /// `page-pool-add-ntf`: a notification.
    pub const PAGE_POOL_ADD_NTF: u8 = 6;
    /// Notification about page pool disappearing.
    ///
    /// `page-pool-del-ntf`: a notification.
    pub const PAGE_POOL_DEL_NTF: u8 = 7;
    /// Notification about page pool configuration being changed.
    ///
    /// `page-pool-change-ntf`: a notification.
    pub const PAGE_POOL_CHANGE_NTF: u8 = 8;
    /// Get page pool statistics.
    ///
    /// `page-pool-stats-get`: a request.
    pub const PAGE_POOL_STATS_GET: u8 = 9;
    /// Get queue information from the kernel. Only configured queues will be reported (as opposed to all available hardware queues).
    ///
    /// `queue-get`: a request.
    pub const QUEUE_GET: u8 = 10;
    /// Get information about NAPI instances configured on the system.
    ///
    /// `napi-get`: a request.
    pub const NAPI_GET: u8 = 11;
    /// Get / dump fine grained statistics. Which statistics are reported
    /// depends on the device and the driver, and whether the driver stores
    /// software counters per-queue.
    ///
    /// `qstats-get`: a request.
    pub const QSTATS_GET: u8 = 12;
    /// Bind dmabuf to netdev
    ///
    /// `bind-rx`: a request.
    pub const BIND_RX: u8 = 13;
}

/// A message type per operation: its fixed header and attribute set
/// (parse with `Message::parse_as`, build with `Msg::new`, send with
/// `Request::message`).
pub mod msgs {
    #[allow(unused_imports)]
    use super::nlw;

    /// Messages of `dev-get`.
    ///
    /// The do request carries: ifindex.
    ///
    /// The do reply carries: ifindex, xdp-features, xdp-zc-max-segs, xdp-rx-metadata-features, xsk-features.
    ///
    /// The dump reply carries: ifindex, xdp-features, xdp-zc-max-segs, xdp-rx-metadata-features, xsk-features.
    pub type DevGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Dev<'a>>;

    /// Messages of `dev-add-ntf`.
    pub type DevAddNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Dev<'a>>;

    /// Messages of `dev-del-ntf`.
    pub type DevDelNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Dev<'a>>;

    /// Messages of `dev-change-ntf`.
    pub type DevChangeNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Dev<'a>>;

    /// Messages of `page-pool-get`.
    ///
    /// The do request carries: id.
    ///
    /// The do reply carries: id, ifindex, napi-id, inflight, inflight-mem, detach-time, dmabuf.
    ///
    /// The dump reply carries: id, ifindex, napi-id, inflight, inflight-mem, detach-time, dmabuf.
    pub type PagePoolGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::PagePool<'a>>;

    /// Messages of `page-pool-add-ntf`.
    pub type PagePoolAddNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::PagePool<'a>>;

    /// Messages of `page-pool-del-ntf`.
    pub type PagePoolDelNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::PagePool<'a>>;

    /// Messages of `page-pool-change-ntf`.
    pub type PagePoolChangeNtf<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::PagePool<'a>>;

    /// Messages of `page-pool-stats-get`.
    ///
    /// The do request carries: info.
    ///
    /// The do reply carries: info, alloc-fast, alloc-slow, alloc-slow-high-order, alloc-empty, alloc-refill, alloc-waive, recycle-cached, recycle-cache-full, recycle-ring, recycle-ring-full, recycle-released-refcnt.
    ///
    /// The dump reply carries: info, alloc-fast, alloc-slow, alloc-slow-high-order, alloc-empty, alloc-refill, alloc-waive, recycle-cached, recycle-cache-full, recycle-ring, recycle-ring-full, recycle-released-refcnt.
    pub type PagePoolStatsGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::PagePoolStats<'a>>;

    /// Messages of `queue-get`.
    ///
    /// The do request carries: ifindex, type, id.
    ///
    /// The do reply carries: id, type, napi-id, ifindex, dmabuf.
    ///
    /// The dump request carries: ifindex.
    ///
    /// The dump reply carries: id, type, napi-id, ifindex, dmabuf.
    pub type QueueGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Queue<'a>>;

    /// Messages of `napi-get`.
    ///
    /// The do request carries: id.
    ///
    /// The do reply carries: id, ifindex, irq, pid.
    ///
    /// The dump request carries: ifindex.
    ///
    /// The dump reply carries: id, ifindex, irq, pid.
    pub type NapiGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Napi<'a>>;

    /// Messages of `qstats-get`.
    ///
    /// The dump request carries: ifindex, scope.
    ///
    /// The dump reply carries: ifindex, queue-type, queue-id, rx-packets, rx-bytes, tx-packets, tx-bytes.
    pub type QstatsGet<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Qstats<'a>>;

    /// Messages of `bind-rx`.
    ///
    /// The do request carries: ifindex, fd, queues.
    ///
    /// The do reply carries: id.
    pub type BindRx<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Dmabuf<'a>>;

}

/// Multicast groups by name (their ids come from the controller).
pub mod groups {
    /// Group `mgmt`.
    pub const MGMT: &str = "mgmt";
    /// Group `page-pool`.
    pub const PAGE_POOL: &str = "page-pool";
}
