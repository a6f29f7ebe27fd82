// Generated from the kernel's tcp_metrics.yaml by `NLKIT_REGEN=1 cargo test -p nlkit --test generated_families`; do not edit.
// Rust for the `tcp_metrics` netlink family, from its YNL spec.

#[allow(unused_imports)]
use crate::wire as nlw;

/// The family's name (generic netlink: the name the controller resolves).
///
/// Management interface for TCP metrics.
pub const FAMILY_NAME: &str = "tcp_metrics";
/// The netlink protocol number (`NETLINK_GENERIC` for generic netlink).
pub const PROTONUM: u16 = 16;
/// The protocol version sent in `genlmsghdr`.
pub const VERSION: u8 = 1;

/// Constants, enums, flags and structs of the spec's `definitions`.
pub mod defs {
    #[allow(unused_imports)]
    use super::nlw;

    /// `tcp-fastopen-cookie-max`.
    pub const TCP_FASTOPEN_COOKIE_MAX: i64 = 16;

}

/// One enum per attribute set: a variant per attribute, its value as the
/// spec types it; `Other` keeps what the spec does not know.
pub mod attrs {
    #[allow(unused_imports)]
    use super::nlw;

    /// Attribute set `tcp-metrics`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum TcpMetrics<'a> {
        /// `addr-ipv4` (type 1, u32).
        AddrIpv4(u32),
        /// `addr-ipv6` (type 2, binary).
        AddrIpv6(std::net::IpAddr),
        /// `age` (type 3, u64).
        Age(u64),
        /// unused
        ///
        /// 'tw-tsval' (type 4, u32).
        TwTsval(u32),
        /// unused
        ///
        /// 'tw-ts-stamp' (type 5, s32).
        TwTsStamp(i32),
        /// `vals` (type 6, nest).
        Vals(nlw::ynl::Nest<'a, Metrics<'a>>),
        /// `fopen-mss` (type 7, u16).
        FopenMss(u16),
        /// `fopen-syn-drops` (type 8, u16).
        FopenSynDrops(u16),
        /// `fopen-syn-drop-ts` (type 9, u64).
        FopenSynDropTs(u64),
        /// `fopen-cookie` (type 10, binary).
        FopenCookie(&'a [u8]),
        /// `saddr-ipv4` (type 11, u32).
        SaddrIpv4(u32),
        /// `saddr-ipv6` (type 12, binary).
        SaddrIpv6(std::net::IpAddr),
        /// `pad` (type 13, pad).
        Pad(&'a [u8]),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl TcpMetrics<'_> {
        /// Type number of `addr-ipv4`.
        pub const ADDR_IPV4: u16 = 1;
        /// Type number of `addr-ipv6`.
        pub const ADDR_IPV6: u16 = 2;
        /// Type number of `age`.
        pub const AGE: u16 = 3;
        /// Type number of `tw-tsval`.
        pub const TW_TSVAL: u16 = 4;
        /// Type number of `tw-ts-stamp`.
        pub const TW_TS_STAMP: u16 = 5;
        /// Type number of `vals`.
        pub const VALS: u16 = 6;
        /// Type number of `fopen-mss`.
        pub const FOPEN_MSS: u16 = 7;
        /// Type number of `fopen-syn-drops`.
        pub const FOPEN_SYN_DROPS: u16 = 8;
        /// Type number of `fopen-syn-drop-ts`.
        pub const FOPEN_SYN_DROP_TS: u16 = 9;
        /// Type number of `fopen-cookie`.
        pub const FOPEN_COOKIE: u16 = 10;
        /// Type number of `saddr-ipv4`.
        pub const SADDR_IPV4: u16 = 11;
        /// Type number of `saddr-ipv6`.
        pub const SADDR_IPV6: u16 = 12;
        /// Type number of `pad`.
        pub const PAD: u16 = 13;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for TcpMetrics<'a> {
        const SET: &'static str = "tcp-metrics";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::ADDR_IPV4 => match a.array::<4>().ok().map(u32::from_be_bytes) {
                    Some(v) => Self::AddrIpv4(v),
                    None => Self::Other(a),
                },
                Self::ADDR_IPV6 => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::AddrIpv6(v),
                    None => Self::Other(a),
                },
                Self::AGE => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::Age(v),
                    None => Self::Other(a),
                },
                Self::TW_TSVAL => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TwTsval(v),
                    None => Self::Other(a),
                },
                Self::TW_TS_STAMP => match a.array::<4>().ok().map(i32::from_ne_bytes) {
                    Some(v) => Self::TwTsStamp(v),
                    None => Self::Other(a),
                },
                Self::VALS => Self::Vals(nlw::ynl::Nest::Wire(a.value)),
                Self::FOPEN_MSS => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::FopenMss(v),
                    None => Self::Other(a),
                },
                Self::FOPEN_SYN_DROPS => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::FopenSynDrops(v),
                    None => Self::Other(a),
                },
                Self::FOPEN_SYN_DROP_TS => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::FopenSynDropTs(v),
                    None => Self::Other(a),
                },
                Self::FOPEN_COOKIE => Self::FopenCookie(a.value),
                Self::SADDR_IPV4 => match a.array::<4>().ok().map(u32::from_be_bytes) {
                    Some(v) => Self::SaddrIpv4(v),
                    None => Self::Other(a),
                },
                Self::SADDR_IPV6 => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::SaddrIpv6(v),
                    None => Self::Other(a),
                },
                Self::PAD => Self::Pad(a.value),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::AddrIpv4(_) => Self::ADDR_IPV4,
                Self::AddrIpv6(_) => Self::ADDR_IPV6,
                Self::Age(_) => Self::AGE,
                Self::TwTsval(_) => Self::TW_TSVAL,
                Self::TwTsStamp(_) => Self::TW_TS_STAMP,
                Self::Vals(_) => Self::VALS,
                Self::FopenMss(_) => Self::FOPEN_MSS,
                Self::FopenSynDrops(_) => Self::FOPEN_SYN_DROPS,
                Self::FopenSynDropTs(_) => Self::FOPEN_SYN_DROP_TS,
                Self::FopenCookie(_) => Self::FOPEN_COOKIE,
                Self::SaddrIpv4(_) => Self::SADDR_IPV4,
                Self::SaddrIpv6(_) => Self::SADDR_IPV6,
                Self::Pad(_) => Self::PAD,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::AddrIpv4(_) => nlw::attr_len(4),
                Self::AddrIpv6(v) => nlw::ynl::ip_len(v),
                Self::Age(_) => nlw::attr_len(8),
                Self::TwTsval(_) => nlw::attr_len(4),
                Self::TwTsStamp(_) => nlw::attr_len(4),
                Self::Vals(v) => v.encoded_len(),
                Self::FopenMss(_) => nlw::attr_len(2),
                Self::FopenSynDrops(_) => nlw::attr_len(2),
                Self::FopenSynDropTs(_) => nlw::attr_len(8),
                Self::FopenCookie(v) => nlw::attr_len(v.len()),
                Self::SaddrIpv4(_) => nlw::attr_len(4),
                Self::SaddrIpv6(v) => nlw::ynl::ip_len(v),
                Self::Pad(v) => nlw::attr_len(v.len()),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::AddrIpv4(v) => {
                    const T: u16 = TcpMetrics::ADDR_IPV4;
                    b.attr(T, &v.to_be_bytes());
                }
                Self::AddrIpv6(v) => {
                    const T: u16 = TcpMetrics::ADDR_IPV6;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::Age(v) => {
                    const T: u16 = TcpMetrics::AGE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TwTsval(v) => {
                    const T: u16 = TcpMetrics::TW_TSVAL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TwTsStamp(v) => {
                    const T: u16 = TcpMetrics::TW_TS_STAMP;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Vals(v) => {
                    const T: u16 = TcpMetrics::VALS;
                    v.emit(T, b);
                }
                Self::FopenMss(v) => {
                    const T: u16 = TcpMetrics::FOPEN_MSS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::FopenSynDrops(v) => {
                    const T: u16 = TcpMetrics::FOPEN_SYN_DROPS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::FopenSynDropTs(v) => {
                    const T: u16 = TcpMetrics::FOPEN_SYN_DROP_TS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::FopenCookie(v) => {
                    const T: u16 = TcpMetrics::FOPEN_COOKIE;
                    b.attr(T, v);
                }
                Self::SaddrIpv4(v) => {
                    const T: u16 = TcpMetrics::SADDR_IPV4;
                    b.attr(T, &v.to_be_bytes());
                }
                Self::SaddrIpv6(v) => {
                    const T: u16 = TcpMetrics::SADDR_IPV6;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::Pad(v) => {
                    const T: u16 = TcpMetrics::PAD;
                    b.attr(T, v);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Vals(v) => {
                    const T: u16 = TcpMetrics::VALS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, TcpMetrics::ADDR_IPV4 | TcpMetrics::ADDR_IPV6 | TcpMetrics::AGE | TcpMetrics::TW_TSVAL | TcpMetrics::TW_TS_STAMP | TcpMetrics::VALS | TcpMetrics::FOPEN_MSS | TcpMetrics::FOPEN_SYN_DROPS | TcpMetrics::FOPEN_SYN_DROP_TS | TcpMetrics::FOPEN_COOKIE | TcpMetrics::SADDR_IPV4 | TcpMetrics::SADDR_IPV6 | TcpMetrics::PAD) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attributes with metrics. Note that the values here do not match
    /// the TCP\_METRIC\_\* defines in the kernel, because kernel defines
    /// are off-by one (e.g. rtt is defined as enum 0, while netlink carries
    /// attribute type 1).
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Metrics<'a> {
        /// Round Trip Time (RTT), in msecs with 3 bits fractional
        /// (left-shift by 3 to get the msec value).
        ///
        /// 'rtt' (type 1, u32).
        Rtt(u32),
        /// Round Trip Time VARiance (RTT), in msecs with 2 bits fractional
        /// (left-shift by 2 to get the msec value).
        ///
        /// 'rttvar' (type 2, u32).
        Rttvar(u32),
        /// Slow Start THRESHold.
        ///
        /// 'ssthresh' (type 3, u32).
        Ssthresh(u32),
        /// Congestion Window.
        ///
        /// 'cwnd' (type 4, u32).
        Cwnd(u32),
        /// Reodering metric.
        ///
        /// 'reodering' (type 5, u32).
        Reodering(u32),
        /// Round Trip Time (RTT), in usecs, with 3 bits fractional
        /// (left-shift by 3 to get the msec value).
        ///
        /// 'rtt-us' (type 6, u32).
        RttUs(u32),
        /// Round Trip Time (RTT), in usecs, with 2 bits fractional
        /// (left-shift by 3 to get the msec value).
        ///
        /// 'rttvar-us' (type 7, u32).
        RttvarUs(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Metrics<'_> {
        /// Type number of `rtt`.
        pub const RTT: u16 = 1;
        /// Type number of `rttvar`.
        pub const RTTVAR: u16 = 2;
        /// Type number of `ssthresh`.
        pub const SSTHRESH: u16 = 3;
        /// Type number of `cwnd`.
        pub const CWND: u16 = 4;
        /// Type number of `reodering`.
        pub const REODERING: u16 = 5;
        /// Type number of `rtt-us`.
        pub const RTT_US: u16 = 6;
        /// Type number of `rttvar-us`.
        pub const RTTVAR_US: u16 = 7;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Metrics<'a> {
        const SET: &'static str = "metrics";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::RTT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Rtt(v),
                    None => Self::Other(a),
                },
                Self::RTTVAR => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Rttvar(v),
                    None => Self::Other(a),
                },
                Self::SSTHRESH => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Ssthresh(v),
                    None => Self::Other(a),
                },
                Self::CWND => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Cwnd(v),
                    None => Self::Other(a),
                },
                Self::REODERING => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Reodering(v),
                    None => Self::Other(a),
                },
                Self::RTT_US => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RttUs(v),
                    None => Self::Other(a),
                },
                Self::RTTVAR_US => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RttvarUs(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Rtt(_) => Self::RTT,
                Self::Rttvar(_) => Self::RTTVAR,
                Self::Ssthresh(_) => Self::SSTHRESH,
                Self::Cwnd(_) => Self::CWND,
                Self::Reodering(_) => Self::REODERING,
                Self::RttUs(_) => Self::RTT_US,
                Self::RttvarUs(_) => Self::RTTVAR_US,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Rtt(_) => nlw::attr_len(4),
                Self::Rttvar(_) => nlw::attr_len(4),
                Self::Ssthresh(_) => nlw::attr_len(4),
                Self::Cwnd(_) => nlw::attr_len(4),
                Self::Reodering(_) => nlw::attr_len(4),
                Self::RttUs(_) => nlw::attr_len(4),
                Self::RttvarUs(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Rtt(v) => {
                    const T: u16 = Metrics::RTT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Rttvar(v) => {
                    const T: u16 = Metrics::RTTVAR;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Ssthresh(v) => {
                    const T: u16 = Metrics::SSTHRESH;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Cwnd(v) => {
                    const T: u16 = Metrics::CWND;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Reodering(v) => {
                    const T: u16 = Metrics::REODERING;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RttUs(v) => {
                    const T: u16 = Metrics::RTT_US;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RttvarUs(v) => {
                    const T: u16 = Metrics::RTTVAR_US;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, Metrics::RTT | Metrics::RTTVAR | Metrics::SSTHRESH | Metrics::CWND | Metrics::REODERING | Metrics::RTT_US | Metrics::RTTVAR_US) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

}

/// The operations' commands (`genlmsghdr.cmd`); `_REPLY` where the reply has its own.
pub mod ops {
    /// Retrieve metrics.
    ///
    /// `get`: a request.
    pub const GET: u8 = 1;
    /// Delete metrics.
    ///
    /// `del`: a request.
    pub const DEL: u8 = 2;
}

/// A message type per operation: its fixed header and attribute set
/// (parse with `Message::parse_as`, build with `Msg::new`, send with
/// `Request::message`).
pub mod msgs {
    #[allow(unused_imports)]
    use super::nlw;

    /// Messages of `get`.
    ///
    /// The do request carries: addr-ipv4, addr-ipv6, saddr-ipv4, saddr-ipv6.
    ///
    /// The do reply carries: addr-ipv4, addr-ipv6, saddr-ipv4, saddr-ipv6, age, vals, fopen-mss, fopen-syn-drops, fopen-syn-drop-ts, fopen-cookie.
    ///
    /// The dump reply carries: addr-ipv4, addr-ipv6, saddr-ipv4, saddr-ipv6, age, vals, fopen-mss, fopen-syn-drops, fopen-syn-drop-ts, fopen-cookie.
    pub type Get<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::TcpMetrics<'a>>;

    /// Messages of `del`.
    ///
    /// The do request carries: addr-ipv4, addr-ipv6, saddr-ipv4, saddr-ipv6.
    pub type Del<'a> = nlw::ynl::Msg<'a, nlw::ynl::Genl<()>, super::attrs::TcpMetrics<'a>>;

}

/// Multicast groups by name (their ids come from the controller).
pub mod groups {
}
