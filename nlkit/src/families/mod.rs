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
