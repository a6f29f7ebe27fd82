//! Message definitions for known netlink families: generic netlink's
//! controller and rtnetlink (links and routes) as typed messages on
//! [`crate::wire::Repr`], both directions; no I/O.
//!
//! [`nlmod`] is the protocol of this project's test modules: it will leave
//! the library's public API (for spec-generated families and the examples),
//! so do not depend on it.

pub mod genl;
pub mod nlmod;
pub mod rtnl;

// Generated from the kernel's YNL specs (6.12); regenerated and compared
// by `nlkit/tests/generated_families.rs`. Left as the generator wrote them.
/// `ethtool` (generic netlink), typed from the kernel's spec: generated.
#[cfg(feature = "ethtool")]
#[cfg_attr(docsrs, doc(cfg(feature = "ethtool")))]
#[rustfmt::skip]
#[path = "gen/ethtool.rs"]
pub mod ethtool;
/// `netdev` (generic netlink), typed from the kernel's spec: generated.
#[cfg(feature = "netdev")]
#[cfg_attr(docsrs, doc(cfg(feature = "netdev")))]
#[rustfmt::skip]
#[path = "gen/netdev.rs"]
pub mod netdev;
/// `tcp_metrics` (generic netlink), typed from the kernel's spec: generated.
#[cfg(feature = "tcp-metrics")]
#[cfg_attr(docsrs, doc(cfg(feature = "tcp-metrics")))]
#[rustfmt::skip]
#[path = "gen/tcp_metrics.rs"]
pub mod tcp_metrics;
/// `mptcp_pm` (generic netlink), typed from the kernel's spec and the
/// project's overlay: generated.
#[cfg(feature = "mptcp-pm")]
#[cfg_attr(docsrs, doc(cfg(feature = "mptcp-pm")))]
#[rustfmt::skip]
#[path = "gen/mptcp_pm.rs"]
pub mod mptcp_pm;
/// `rt_addr` (rtnetlink), typed from the kernel's rt_addr spec: generated.
#[cfg(feature = "rt-families")]
#[cfg_attr(docsrs, doc(cfg(feature = "rt-families")))]
#[rustfmt::skip]
#[path = "gen/rt_addr.rs"]
pub mod rt_addr;
/// `rt_link` (rtnetlink), typed from the kernel's rt_link spec and the project's overlay: generated.
#[cfg(feature = "rt-families")]
#[cfg_attr(docsrs, doc(cfg(feature = "rt-families")))]
#[rustfmt::skip]
#[path = "gen/rt_link.rs"]
pub mod rt_link;
/// `rt_route` (rtnetlink), typed from the kernel's rt_route spec and the project's overlay: generated.
#[cfg(feature = "rt-families")]
#[cfg_attr(docsrs, doc(cfg(feature = "rt-families")))]
#[rustfmt::skip]
#[path = "gen/rt_route.rs"]
pub mod rt_route;
/// `rt_neigh` (rtnetlink), typed from the project's rt-neigh spec: generated.
#[cfg(feature = "rt-families")]
#[cfg_attr(docsrs, doc(cfg(feature = "rt-families")))]
#[rustfmt::skip]
#[path = "gen/rt_neigh.rs"]
pub mod rt_neigh;
/// `rt_rule` (rtnetlink), typed from the project's rt-rule spec: generated.
#[cfg(feature = "rt-families")]
#[cfg_attr(docsrs, doc(cfg(feature = "rt-families")))]
#[rustfmt::skip]
#[path = "gen/rt_rule.rs"]
pub mod rt_rule;
/// `rt_nexthop` (rtnetlink), typed from the project's rt-nexthop spec: generated.
#[cfg(feature = "rt-families")]
#[cfg_attr(docsrs, doc(cfg(feature = "rt-families")))]
#[rustfmt::skip]
#[path = "gen/rt_nexthop.rs"]
pub mod rt_nexthop;
