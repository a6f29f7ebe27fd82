//! nlkit: Netlink for Rust on any protocol number.
//!
//! The crate is layered from pure to effectful, and imports only point down:
//!
//! - [`wire`]: bytes <-> typed, zero-copy views (headers, flags, errors with
//!   extended ACK, attributes). No I/O, no allocation when parsing.
//! - [`exchange`]: sans-I/O protocol state (sequence numbers, reply matching,
//!   dumps, ACKs, interrupted dumps, overruns).
//! - [`socket`]: the only layer that makes system calls (`AF_NETLINK`).
//! - [`client`]: what applications call: request/response, dumps,
//!   subscriptions, peers; plus [`fake`] to test code without a kernel.
//! - [`families`]: message definitions for well-known families.
//! - [`mirror`]: a consistent mirror of a kernel table (dump +
//!   notifications, re-synchronised on loss) with a stream of changes.
//! - [`capture`]: pcapng/pcap of netlink traffic, and the tap that records
//!   a socket's datagrams (called by `socket` only when one is set).
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

/// The README's snippets, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub mod capture;
pub mod client;
pub mod error;
pub mod exchange;
pub mod fake;
pub mod families;
pub mod mirror;
pub mod socket;
pub mod wire;

pub use error::{Error, Result};
