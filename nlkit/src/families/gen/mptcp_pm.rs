// Generated from the kernel's mptcp_pm.yaml and specs/mptcp_pm.overlay.yaml by `NLKIT_REGEN=1 cargo test -p nlkit --test generated_families`; do not edit.
// Rust for the `mptcp_pm` netlink family, from its YNL spec.

#[allow(unused_imports)]
use crate::wire as nlw;

/// The family's name (generic netlink: the name the controller resolves).
///
/// Multipath TCP.
pub const FAMILY_NAME: &str = "mptcp_pm";
/// The netlink protocol number (`NETLINK_GENERIC` for generic netlink).
pub const PROTONUM: u16 = 16;
/// The protocol version sent in `genlmsghdr`.
pub const VERSION: u8 = 1;

/// Constants, enums, flags and structs of the spec's `definitions`.
pub mod defs {
    #[allow(unused_imports)]
    use super::nlw;

    /// `event-type` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct EventType(pub u32);

    impl EventType {
        /// unused event
        pub const UNSPEC: EventType = EventType(0);
        /// A new MPTCP connection has been created. It is the good time to allocate memory and send ADD\_ADDR if needed. Depending on the traffic-patterns it can take a long time until the MPTCP\_EVENT\_ESTABLISHED is sent. Attributes: token, family, saddr4 \| saddr6, daddr4 \| daddr6, sport, dport, server-side, \[flags\].
        pub const CREATED: EventType = EventType(1);
        /// A MPTCP connection is established (can start new subflows). Attributes: token, family, saddr4 \| saddr6, daddr4 \| daddr6, sport, dport, server-side, \[flags\].
        pub const ESTABLISHED: EventType = EventType(2);
        /// A MPTCP connection has stopped. Attribute: token.
        pub const CLOSED: EventType = EventType(3);
        /// A new address has been announced by the peer. Attributes: token, rem\_id, family, daddr4 \| daddr6 \[, dport\].
        pub const ANNOUNCED: EventType = EventType(6);
        /// An address has been lost by the peer. Attributes: token, rem\_id.
        pub const REMOVED: EventType = EventType(7);
        /// A new subflow has been established. 'error' should not be set. Attributes: token, family, loc\_id, rem\_id, saddr4 \| saddr6, daddr4 \| daddr6, sport, dport, backup, if-idx \[, error\].
        pub const SUB_ESTABLISHED: EventType = EventType(10);
        /// A subflow has been closed. An error (copy of sk\_err) could be set if an error has been detected for this subflow. Attributes: token, family, loc\_id, rem\_id, saddr4 \| saddr6, daddr4 \| daddr6, sport, dport, backup, if-idx \[, error\].
        pub const SUB_CLOSED: EventType = EventType(11);
        /// The priority of a subflow has changed. 'error' should not be set. Attributes: token, family, loc\_id, rem\_id, saddr4 \| saddr6, daddr4 \| daddr6, sport, dport, backup, if-idx \[, error\].
        pub const SUB_PRIORITY: EventType = EventType(13);
        /// A new PM listener is created. Attributes: family, sport, saddr4 \| saddr6.
        pub const LISTENER_CREATED: EventType = EventType(15);
        /// A PM listener is closed. Attributes: family, sport, saddr4 \| saddr6.
        pub const LISTENER_CLOSED: EventType = EventType(16);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(EventType, &'static str)] = &[
            (EventType::UNSPEC, "unspec"),
            (EventType::CREATED, "created"),
            (EventType::ESTABLISHED, "established"),
            (EventType::CLOSED, "closed"),
            (EventType::ANNOUNCED, "announced"),
            (EventType::REMOVED, "removed"),
            (EventType::SUB_ESTABLISHED, "sub-established"),
            (EventType::SUB_CLOSED, "sub-closed"),
            (EventType::SUB_PRIORITY, "sub-priority"),
            (EventType::LISTENER_CREATED, "listener-created"),
            (EventType::LISTENER_CLOSED, "listener-closed"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            EventType::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for EventType {
        fn from(v: u32) -> Self {
            EventType(v)
        }
    }

    impl From<EventType> for u32 {
        fn from(v: EventType) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for EventType {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "EventType({})", self.0),
            }
        }
    }

}

/// One enum per attribute set: a variant per attribute, its value as the
/// spec types it; `Other` keeps what the spec does not know.
pub mod attrs {
    #[allow(unused_imports)]
    use super::nlw;

    /// Attribute set `address`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Address<'a> {
        /// `family` (type 1, u16).
        Family(u16),
        /// `id` (type 2, u8).
        Id(u8),
        /// `addr4` (type 3, u32).
        Addr4(u32),
        /// `addr6` (type 4, binary).
        Addr6(std::net::IpAddr),
        /// `port` (type 5, u16).
        Port(u16),
        /// `flags` (type 6, u32).
        Flags(u32),
        /// `if-idx` (type 7, s32).
        IfIdx(i32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Address<'_> {
        /// Type number of `family`.
        pub const FAMILY: u16 = 1;
        /// Type number of `id`.
        pub const ID: u16 = 2;
        /// Type number of `addr4`.
        pub const ADDR4: u16 = 3;
        /// Type number of `addr6`.
        pub const ADDR6: u16 = 4;
        /// Type number of `port`.
        pub const PORT: u16 = 5;
        /// Type number of `flags`.
        pub const FLAGS: u16 = 6;
        /// Type number of `if-idx`.
        pub const IF_IDX: u16 = 7;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Address<'a> {
        const SET: &'static str = "address";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::FAMILY => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::Family(v),
                    None => Self::Other(a),
                },
                Self::ID => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Id(v),
                    None => Self::Other(a),
                },
                Self::ADDR4 => match a.array::<4>().ok().map(u32::from_be_bytes) {
                    Some(v) => Self::Addr4(v),
                    None => Self::Other(a),
                },
                Self::ADDR6 => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::Addr6(v),
                    None => Self::Other(a),
                },
                Self::PORT => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::Port(v),
                    None => Self::Other(a),
                },
                Self::FLAGS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Flags(v),
                    None => Self::Other(a),
                },
                Self::IF_IDX => match a.array::<4>().ok().map(i32::from_ne_bytes) {
                    Some(v) => Self::IfIdx(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Family(_) => Self::FAMILY,
                Self::Id(_) => Self::ID,
                Self::Addr4(_) => Self::ADDR4,
                Self::Addr6(_) => Self::ADDR6,
                Self::Port(_) => Self::PORT,
                Self::Flags(_) => Self::FLAGS,
                Self::IfIdx(_) => Self::IF_IDX,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Family(_) => nlw::attr_len(2),
                Self::Id(_) => nlw::attr_len(1),
                Self::Addr4(_) => nlw::attr_len(4),
                Self::Addr6(v) => nlw::ynl::ip_len(v),
                Self::Port(_) => nlw::attr_len(2),
                Self::Flags(_) => nlw::attr_len(4),
                Self::IfIdx(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Family(v) => {
                    const T: u16 = Address::FAMILY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Id(v) => {
                    const T: u16 = Address::ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Addr4(v) => {
                    const T: u16 = Address::ADDR4;
                    b.attr(T, &v.to_be_bytes());
                }
                Self::Addr6(v) => {
                    const T: u16 = Address::ADDR6;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::Port(v) => {
                    const T: u16 = Address::PORT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Flags(v) => {
                    const T: u16 = Address::FLAGS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::IfIdx(v) => {
                    const T: u16 = Address::IF_IDX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, Address::FAMILY | Address::ID | Address::ADDR4 | Address::ADDR6 | Address::PORT | Address::FLAGS | Address::IF_IDX) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `subflow-attribute`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum SubflowAttribute<'a> {
        /// `token-rem` (type 1, u32).
        TokenRem(u32),
        /// `token-loc` (type 2, u32).
        TokenLoc(u32),
        /// `relwrite-seq` (type 3, u32).
        RelwriteSeq(u32),
        /// `map-seq` (type 4, u64).
        MapSeq(u64),
        /// `map-sfseq` (type 5, u32).
        MapSfseq(u32),
        /// `ssn-offset` (type 6, u32).
        SsnOffset(u32),
        /// `map-datalen` (type 7, u16).
        MapDatalen(u16),
        /// `flags` (type 8, u32).
        Flags(u32),
        /// `id-rem` (type 9, u8).
        IdRem(u8),
        /// `id-loc` (type 10, u8).
        IdLoc(u8),
        /// `pad` (type 11, pad).
        Pad(&'a [u8]),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl SubflowAttribute<'_> {
        /// Type number of `token-rem`.
        pub const TOKEN_REM: u16 = 1;
        /// Type number of `token-loc`.
        pub const TOKEN_LOC: u16 = 2;
        /// Type number of `relwrite-seq`.
        pub const RELWRITE_SEQ: u16 = 3;
        /// Type number of `map-seq`.
        pub const MAP_SEQ: u16 = 4;
        /// Type number of `map-sfseq`.
        pub const MAP_SFSEQ: u16 = 5;
        /// Type number of `ssn-offset`.
        pub const SSN_OFFSET: u16 = 6;
        /// Type number of `map-datalen`.
        pub const MAP_DATALEN: u16 = 7;
        /// Type number of `flags`.
        pub const FLAGS: u16 = 8;
        /// Type number of `id-rem`.
        pub const ID_REM: u16 = 9;
        /// Type number of `id-loc`.
        pub const ID_LOC: u16 = 10;
        /// Type number of `pad`.
        pub const PAD: u16 = 11;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for SubflowAttribute<'a> {
        const SET: &'static str = "subflow-attribute";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::TOKEN_REM => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TokenRem(v),
                    None => Self::Other(a),
                },
                Self::TOKEN_LOC => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TokenLoc(v),
                    None => Self::Other(a),
                },
                Self::RELWRITE_SEQ => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RelwriteSeq(v),
                    None => Self::Other(a),
                },
                Self::MAP_SEQ => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::MapSeq(v),
                    None => Self::Other(a),
                },
                Self::MAP_SFSEQ => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::MapSfseq(v),
                    None => Self::Other(a),
                },
                Self::SSN_OFFSET => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::SsnOffset(v),
                    None => Self::Other(a),
                },
                Self::MAP_DATALEN => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::MapDatalen(v),
                    None => Self::Other(a),
                },
                Self::FLAGS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Flags(v),
                    None => Self::Other(a),
                },
                Self::ID_REM => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::IdRem(v),
                    None => Self::Other(a),
                },
                Self::ID_LOC => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::IdLoc(v),
                    None => Self::Other(a),
                },
                Self::PAD => Self::Pad(a.value),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::TokenRem(_) => Self::TOKEN_REM,
                Self::TokenLoc(_) => Self::TOKEN_LOC,
                Self::RelwriteSeq(_) => Self::RELWRITE_SEQ,
                Self::MapSeq(_) => Self::MAP_SEQ,
                Self::MapSfseq(_) => Self::MAP_SFSEQ,
                Self::SsnOffset(_) => Self::SSN_OFFSET,
                Self::MapDatalen(_) => Self::MAP_DATALEN,
                Self::Flags(_) => Self::FLAGS,
                Self::IdRem(_) => Self::ID_REM,
                Self::IdLoc(_) => Self::ID_LOC,
                Self::Pad(_) => Self::PAD,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::TokenRem(_) => nlw::attr_len(4),
                Self::TokenLoc(_) => nlw::attr_len(4),
                Self::RelwriteSeq(_) => nlw::attr_len(4),
                Self::MapSeq(_) => nlw::attr_len(8),
                Self::MapSfseq(_) => nlw::attr_len(4),
                Self::SsnOffset(_) => nlw::attr_len(4),
                Self::MapDatalen(_) => nlw::attr_len(2),
                Self::Flags(_) => nlw::attr_len(4),
                Self::IdRem(_) => nlw::attr_len(1),
                Self::IdLoc(_) => nlw::attr_len(1),
                Self::Pad(v) => nlw::attr_len(v.len()),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::TokenRem(v) => {
                    const T: u16 = SubflowAttribute::TOKEN_REM;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TokenLoc(v) => {
                    const T: u16 = SubflowAttribute::TOKEN_LOC;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RelwriteSeq(v) => {
                    const T: u16 = SubflowAttribute::RELWRITE_SEQ;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::MapSeq(v) => {
                    const T: u16 = SubflowAttribute::MAP_SEQ;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::MapSfseq(v) => {
                    const T: u16 = SubflowAttribute::MAP_SFSEQ;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::SsnOffset(v) => {
                    const T: u16 = SubflowAttribute::SSN_OFFSET;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::MapDatalen(v) => {
                    const T: u16 = SubflowAttribute::MAP_DATALEN;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Flags(v) => {
                    const T: u16 = SubflowAttribute::FLAGS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::IdRem(v) => {
                    const T: u16 = SubflowAttribute::ID_REM;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::IdLoc(v) => {
                    const T: u16 = SubflowAttribute::ID_LOC;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Pad(v) => {
                    const T: u16 = SubflowAttribute::PAD;
                    b.attr(T, v);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, SubflowAttribute::TOKEN_REM | SubflowAttribute::TOKEN_LOC | SubflowAttribute::RELWRITE_SEQ | SubflowAttribute::MAP_SEQ | SubflowAttribute::MAP_SFSEQ | SubflowAttribute::SSN_OFFSET | SubflowAttribute::MAP_DATALEN | SubflowAttribute::FLAGS | SubflowAttribute::ID_REM | SubflowAttribute::ID_LOC | SubflowAttribute::PAD) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `endpoint`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Endpoint<'a> {
        /// `addr` (type 1, nest).
        Addr(nlw::ynl::Nest<'a, Address<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Endpoint<'_> {
        /// Type number of `addr`.
        pub const ADDR: u16 = 1;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Endpoint<'a> {
        const SET: &'static str = "endpoint";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::ADDR => Self::Addr(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Addr(_) => Self::ADDR,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Addr(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Addr(v) => {
                    const T: u16 = Endpoint::ADDR;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Addr(v) => {
                    const T: u16 = Endpoint::ADDR;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Endpoint::ADDR) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `attr`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Attr<'a> {
        /// `addr` (type 1, nest).
        Addr(nlw::ynl::Nest<'a, Address<'a>>),
        /// `rcv-add-addrs` (type 2, u32).
        RcvAddAddrs(u32),
        /// `subflows` (type 3, u32).
        Subflows(u32),
        /// `token` (type 4, u32).
        Token(u32),
        /// `loc-id` (type 5, u8).
        LocId(u8),
        /// `addr-remote` (type 6, nest).
        AddrRemote(nlw::ynl::Nest<'a, Address<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Attr<'_> {
        /// Type number of `addr`.
        pub const ADDR: u16 = 1;
        /// Type number of `rcv-add-addrs`.
        pub const RCV_ADD_ADDRS: u16 = 2;
        /// Type number of `subflows`.
        pub const SUBFLOWS: u16 = 3;
        /// Type number of `token`.
        pub const TOKEN: u16 = 4;
        /// Type number of `loc-id`.
        pub const LOC_ID: u16 = 5;
        /// Type number of `addr-remote`.
        pub const ADDR_REMOTE: u16 = 6;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Attr<'a> {
        const SET: &'static str = "attr";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::ADDR => Self::Addr(nlw::ynl::Nest::Wire(a.value)),
                Self::RCV_ADD_ADDRS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RcvAddAddrs(v),
                    None => Self::Other(a),
                },
                Self::SUBFLOWS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Subflows(v),
                    None => Self::Other(a),
                },
                Self::TOKEN => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Token(v),
                    None => Self::Other(a),
                },
                Self::LOC_ID => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::LocId(v),
                    None => Self::Other(a),
                },
                Self::ADDR_REMOTE => Self::AddrRemote(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Addr(_) => Self::ADDR,
                Self::RcvAddAddrs(_) => Self::RCV_ADD_ADDRS,
                Self::Subflows(_) => Self::SUBFLOWS,
                Self::Token(_) => Self::TOKEN,
                Self::LocId(_) => Self::LOC_ID,
                Self::AddrRemote(_) => Self::ADDR_REMOTE,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Addr(v) => v.encoded_len(),
                Self::RcvAddAddrs(_) => nlw::attr_len(4),
                Self::Subflows(_) => nlw::attr_len(4),
                Self::Token(_) => nlw::attr_len(4),
                Self::LocId(_) => nlw::attr_len(1),
                Self::AddrRemote(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Addr(v) => {
                    const T: u16 = Attr::ADDR;
                    v.emit(T, b);
                }
                Self::RcvAddAddrs(v) => {
                    const T: u16 = Attr::RCV_ADD_ADDRS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Subflows(v) => {
                    const T: u16 = Attr::SUBFLOWS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Token(v) => {
                    const T: u16 = Attr::TOKEN;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::LocId(v) => {
                    const T: u16 = Attr::LOC_ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::AddrRemote(v) => {
                    const T: u16 = Attr::ADDR_REMOTE;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Addr(v) => {
                    const T: u16 = Attr::ADDR;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::AddrRemote(v) => {
                    const T: u16 = Attr::ADDR_REMOTE;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, Attr::ADDR | Attr::RCV_ADD_ADDRS | Attr::SUBFLOWS | Attr::TOKEN | Attr::LOC_ID | Attr::ADDR_REMOTE) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `event-attr`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum EventAttr<'a> {
        /// `token` (type 1, u32).
        Token(u32),
        /// `family` (type 2, u16).
        Family(u16),
        /// `loc-id` (type 3, u8).
        LocId(u8),
        /// `rem-id` (type 4, u8).
        RemId(u8),
        /// `saddr4` (type 5, u32).
        Saddr4(u32),
        /// `saddr6` (type 6, binary).
        Saddr6(&'a [u8]),
        /// `daddr4` (type 7, u32).
        Daddr4(u32),
        /// `daddr6` (type 8, binary).
        Daddr6(&'a [u8]),
        /// `sport` (type 9, u16).
        Sport(u16),
        /// `dport` (type 10, u16).
        Dport(u16),
        /// `backup` (type 11, u8).
        Backup(u8),
        /// `error` (type 12, u8).
        Error(u8),
        /// `flags` (type 13, u16).
        Flags(u16),
        /// `timeout` (type 14, u32).
        Timeout(u32),
        /// `if-idx` (type 15, s32).
        IfIdx(i32),
        /// `reset-reason` (type 16, u32).
        ResetReason(u32),
        /// `reset-flags` (type 17, u32).
        ResetFlags(u32),
        /// `server-side` (type 18, u8).
        ServerSide(u8),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl EventAttr<'_> {
        /// Type number of `token`.
        pub const TOKEN: u16 = 1;
        /// Type number of `family`.
        pub const FAMILY: u16 = 2;
        /// Type number of `loc-id`.
        pub const LOC_ID: u16 = 3;
        /// Type number of `rem-id`.
        pub const REM_ID: u16 = 4;
        /// Type number of `saddr4`.
        pub const SADDR4: u16 = 5;
        /// Type number of `saddr6`.
        pub const SADDR6: u16 = 6;
        /// Type number of `daddr4`.
        pub const DADDR4: u16 = 7;
        /// Type number of `daddr6`.
        pub const DADDR6: u16 = 8;
        /// Type number of `sport`.
        pub const SPORT: u16 = 9;
        /// Type number of `dport`.
        pub const DPORT: u16 = 10;
        /// Type number of `backup`.
        pub const BACKUP: u16 = 11;
        /// Type number of `error`.
        pub const ERROR: u16 = 12;
        /// Type number of `flags`.
        pub const FLAGS: u16 = 13;
        /// Type number of `timeout`.
        pub const TIMEOUT: u16 = 14;
        /// Type number of `if-idx`.
        pub const IF_IDX: u16 = 15;
        /// Type number of `reset-reason`.
        pub const RESET_REASON: u16 = 16;
        /// Type number of `reset-flags`.
        pub const RESET_FLAGS: u16 = 17;
        /// Type number of `server-side`.
        pub const SERVER_SIDE: u16 = 18;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for EventAttr<'a> {
        const SET: &'static str = "event-attr";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::TOKEN => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Token(v),
                    None => Self::Other(a),
                },
                Self::FAMILY => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::Family(v),
                    None => Self::Other(a),
                },
                Self::LOC_ID => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::LocId(v),
                    None => Self::Other(a),
                },
                Self::REM_ID => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::RemId(v),
                    None => Self::Other(a),
                },
                Self::SADDR4 => match a.array::<4>().ok().map(u32::from_be_bytes) {
                    Some(v) => Self::Saddr4(v),
                    None => Self::Other(a),
                },
                Self::SADDR6 => Self::Saddr6(a.value),
                Self::DADDR4 => match a.array::<4>().ok().map(u32::from_be_bytes) {
                    Some(v) => Self::Daddr4(v),
                    None => Self::Other(a),
                },
                Self::DADDR6 => Self::Daddr6(a.value),
                Self::SPORT => match a.array::<2>().ok().map(u16::from_be_bytes) {
                    Some(v) => Self::Sport(v),
                    None => Self::Other(a),
                },
                Self::DPORT => match a.array::<2>().ok().map(u16::from_be_bytes) {
                    Some(v) => Self::Dport(v),
                    None => Self::Other(a),
                },
                Self::BACKUP => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Backup(v),
                    None => Self::Other(a),
                },
                Self::ERROR => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Error(v),
                    None => Self::Other(a),
                },
                Self::FLAGS => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::Flags(v),
                    None => Self::Other(a),
                },
                Self::TIMEOUT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Timeout(v),
                    None => Self::Other(a),
                },
                Self::IF_IDX => match a.array::<4>().ok().map(i32::from_ne_bytes) {
                    Some(v) => Self::IfIdx(v),
                    None => Self::Other(a),
                },
                Self::RESET_REASON => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::ResetReason(v),
                    None => Self::Other(a),
                },
                Self::RESET_FLAGS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::ResetFlags(v),
                    None => Self::Other(a),
                },
                Self::SERVER_SIDE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::ServerSide(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Token(_) => Self::TOKEN,
                Self::Family(_) => Self::FAMILY,
                Self::LocId(_) => Self::LOC_ID,
                Self::RemId(_) => Self::REM_ID,
                Self::Saddr4(_) => Self::SADDR4,
                Self::Saddr6(_) => Self::SADDR6,
                Self::Daddr4(_) => Self::DADDR4,
                Self::Daddr6(_) => Self::DADDR6,
                Self::Sport(_) => Self::SPORT,
                Self::Dport(_) => Self::DPORT,
                Self::Backup(_) => Self::BACKUP,
                Self::Error(_) => Self::ERROR,
                Self::Flags(_) => Self::FLAGS,
                Self::Timeout(_) => Self::TIMEOUT,
                Self::IfIdx(_) => Self::IF_IDX,
                Self::ResetReason(_) => Self::RESET_REASON,
                Self::ResetFlags(_) => Self::RESET_FLAGS,
                Self::ServerSide(_) => Self::SERVER_SIDE,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Token(_) => nlw::attr_len(4),
                Self::Family(_) => nlw::attr_len(2),
                Self::LocId(_) => nlw::attr_len(1),
                Self::RemId(_) => nlw::attr_len(1),
                Self::Saddr4(_) => nlw::attr_len(4),
                Self::Saddr6(v) => nlw::attr_len(v.len()),
                Self::Daddr4(_) => nlw::attr_len(4),
                Self::Daddr6(v) => nlw::attr_len(v.len()),
                Self::Sport(_) => nlw::attr_len(2),
                Self::Dport(_) => nlw::attr_len(2),
                Self::Backup(_) => nlw::attr_len(1),
                Self::Error(_) => nlw::attr_len(1),
                Self::Flags(_) => nlw::attr_len(2),
                Self::Timeout(_) => nlw::attr_len(4),
                Self::IfIdx(_) => nlw::attr_len(4),
                Self::ResetReason(_) => nlw::attr_len(4),
                Self::ResetFlags(_) => nlw::attr_len(4),
                Self::ServerSide(_) => nlw::attr_len(1),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Token(v) => {
                    const T: u16 = EventAttr::TOKEN;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Family(v) => {
                    const T: u16 = EventAttr::FAMILY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::LocId(v) => {
                    const T: u16 = EventAttr::LOC_ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RemId(v) => {
                    const T: u16 = EventAttr::REM_ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Saddr4(v) => {
                    const T: u16 = EventAttr::SADDR4;
                    b.attr(T, &v.to_be_bytes());
                }
                Self::Saddr6(v) => {
                    const T: u16 = EventAttr::SADDR6;
                    b.attr(T, v);
                }
                Self::Daddr4(v) => {
                    const T: u16 = EventAttr::DADDR4;
                    b.attr(T, &v.to_be_bytes());
                }
                Self::Daddr6(v) => {
                    const T: u16 = EventAttr::DADDR6;
                    b.attr(T, v);
                }
                Self::Sport(v) => {
                    const T: u16 = EventAttr::SPORT;
                    b.attr(T, &v.to_be_bytes());
                }
                Self::Dport(v) => {
                    const T: u16 = EventAttr::DPORT;
                    b.attr(T, &v.to_be_bytes());
                }
                Self::Backup(v) => {
                    const T: u16 = EventAttr::BACKUP;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Error(v) => {
                    const T: u16 = EventAttr::ERROR;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Flags(v) => {
                    const T: u16 = EventAttr::FLAGS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Timeout(v) => {
                    const T: u16 = EventAttr::TIMEOUT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::IfIdx(v) => {
                    const T: u16 = EventAttr::IF_IDX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ResetReason(v) => {
                    const T: u16 = EventAttr::RESET_REASON;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ResetFlags(v) => {
                    const T: u16 = EventAttr::RESET_FLAGS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ServerSide(v) => {
                    const T: u16 = EventAttr::SERVER_SIDE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, EventAttr::TOKEN | EventAttr::FAMILY | EventAttr::LOC_ID | EventAttr::REM_ID | EventAttr::SADDR4 | EventAttr::SADDR6 | EventAttr::DADDR4 | EventAttr::DADDR6 | EventAttr::SPORT | EventAttr::DPORT | EventAttr::BACKUP | EventAttr::ERROR | EventAttr::FLAGS | EventAttr::TIMEOUT | EventAttr::IF_IDX | EventAttr::RESET_REASON | EventAttr::RESET_FLAGS | EventAttr::SERVER_SIDE) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

}

/// The operations' commands (`genlmsghdr.cmd`); `_REPLY` where the reply has its own.
pub mod ops {
    /// unused
    ///
    /// `unspec`: a request.
    pub const UNSPEC: u8 = 0;
    /// Add endpoint
    ///
    /// `add-addr`: a request.
    pub const ADD_ADDR: u8 = 1;
    /// Delete endpoint
    ///
    /// `del-addr`: a request.
    pub const DEL_ADDR: u8 = 2;
    /// Get endpoint information
    ///
    /// `get-addr`: a request.
    pub const GET_ADDR: u8 = 3;
    /// flush addresses
    ///
    /// `flush-addrs`: a request.
    pub const FLUSH_ADDRS: u8 = 4;
    /// Set protocol limits
    ///
    /// `set-limits`: a request.
    pub const SET_LIMITS: u8 = 5;
    /// Get protocol limits
    ///
    /// `get-limits`: a request.
    pub const GET_LIMITS: u8 = 6;
    /// Change endpoint flags
    ///
    /// `set-flags`: a request.
    pub const SET_FLAGS: u8 = 7;
    /// announce new sf
    ///
    /// `announce`: a request.
    pub const ANNOUNCE: u8 = 8;
    /// announce removal
    ///
    /// `remove`: a request.
    pub const REMOVE: u8 = 9;
    /// todo
    ///
    /// `subflow-create`: a request.
    pub const SUBFLOW_CREATE: u8 = 10;
    /// todo
    ///
    /// `subflow-destroy`: a request.
    pub const SUBFLOW_DESTROY: u8 = 11;
}

/// A message type per operation: its fixed header and attribute set
/// (parse with `Message::parse_as`, build with `Msg::new`, send with
/// `Request::message`).
pub mod msgs {
    #[allow(unused_imports)]
    use super::nlw;

    /// Messages of `unspec`.
    pub type Unspec<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, nlw::ynl::Unknown<'a>>;

    /// Messages of `add-addr`.
    ///
    /// The do request carries: addr.
    pub type AddAddr<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Endpoint<'a>>;

    /// Messages of `del-addr`.
    ///
    /// The do request carries: addr.
    pub type DelAddr<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Endpoint<'a>>;

    /// Messages of `get-addr`.
    ///
    /// The do request carries: addr, token.
    ///
    /// The do reply carries: addr.
    ///
    /// The dump reply carries: addr.
    pub type GetAddr<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Attr<'a>>;

    /// Messages of `flush-addrs`.
    ///
    /// The do request carries: addr.
    pub type FlushAddrs<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Endpoint<'a>>;

    /// Messages of `set-limits`.
    ///
    /// The do request carries: rcv-add-addrs, subflows.
    pub type SetLimits<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Attr<'a>>;

    /// Messages of `get-limits`.
    ///
    /// The do request carries: rcv-add-addrs, subflows.
    ///
    /// The do reply carries: rcv-add-addrs, subflows.
    pub type GetLimits<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Attr<'a>>;

    /// Messages of `set-flags`.
    ///
    /// The do request carries: addr, token, addr-remote.
    pub type SetFlags<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Attr<'a>>;

    /// Messages of `announce`.
    ///
    /// The do request carries: addr, token.
    pub type Announce<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Attr<'a>>;

    /// Messages of `remove`.
    ///
    /// The do request carries: token, loc-id.
    pub type Remove<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Attr<'a>>;

    /// Messages of `subflow-create`.
    ///
    /// The do request carries: addr, token, addr-remote.
    pub type SubflowCreate<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Attr<'a>>;

    /// Messages of `subflow-destroy`.
    ///
    /// The do request carries: addr, token, addr-remote.
    pub type SubflowDestroy<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::Attr<'a>>;

}

/// Multicast groups by name (their ids come from the controller).
pub mod groups {
}
