//! Message definitions for known netlink families: generic netlink's
//! controller, rtnetlink (links and routes), and the nlkit kernel modules.
//! Only constants, fixed headers and decoders: no I/O.

pub mod genl;
pub mod nlmod;
pub mod rtnl;
