//! The crate's error type: one enum for every layer above [`crate::wire`],
//! so that callers match on what went wrong, not on where.
//!
//! Kernel errors (`NLMSG_ERROR` with a non-zero errno) keep the errno, the
//! extended ACK text, the offset and the offending attribute path.

use std::io;

use crate::wire::WireError;

/// Shorthand for `Result<T, nlkit::Error>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error reported by the kernel (or a peer) in an `NLMSG_ERROR` message,
/// or as a negative status in `NLMSG_DONE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KernelError {
    /// The positive errno (`EINVAL` = 22, ...).
    pub errno: i32,
    /// The extended ACK message (`NLMSGERR_ATTR_MSG`), if the kernel sent one.
    pub message: Option<String>,
    /// Byte offset of the offending part of the request, from the start of
    /// its `nlmsghdr` (`NLMSGERR_ATTR_OFFS`).
    pub offset: Option<u32>,
    /// Attribute types from the outermost to the offending one, when the
    /// offset could be mapped onto the request's attributes.
    pub attr_path: Vec<u16>,
    /// Type of a missing attribute (`NLMSGERR_ATTR_MISS_TYPE`).
    pub missing_type: Option<u16>,
    /// Offset of the nest the missing attribute belongs in (`NLMSGERR_ATTR_MISS_NEST`).
    pub missing_nest: Option<u32>,
    /// Sequence number of the request this error answers.
    pub seq: u32,
}

impl KernelError {
    /// The errno as an [`io::Error`], for callers that want `ErrorKind`.
    pub fn io_error(&self) -> io::Error {
        io::Error::from_raw_os_error(self.errno)
    }
}

impl std::fmt::Display for KernelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "kernel error: {}", self.io_error())?;
        if let Some(m) = &self.message {
            write!(f, ": {m}")?;
        }
        if !self.attr_path.is_empty() {
            let path: Vec<String> = self.attr_path.iter().map(|t| t.to_string()).collect();
            write!(f, " (attribute {})", path.join("/"))?;
        } else if let Some(o) = self.offset {
            write!(f, " (at byte {o} of the request)")?;
        }
        if let Some(t) = self.missing_type {
            write!(f, " (missing attribute type {t})")?;
        }
        Ok(())
    }
}

impl std::error::Error for KernelError {}

/// Everything that can go wrong in nlkit above the wire layer.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A received datagram or message was malformed.
    #[error("malformed netlink data: {0}")]
    Wire(#[from] WireError),

    /// The kernel (or peer) answered with an error. Boxed, so that every
    /// `Result` of the crate stays small to move (the hot paths return
    /// them by value).
    #[error("{0}")]
    Kernel(Box<KernelError>),

    /// `socket(AF_NETLINK, .., proto)` failed with `EPROTONOSUPPORT`: nothing
    /// in the kernel serves that protocol number.
    #[error("no kernel module serves netlink protocol {protocol} (EPROTONOSUPPORT); load the module that provides it")]
    ProtocolNotSupported {
        /// The protocol number asked for.
        protocol: u32,
    },

    /// `bind` failed with `EADDRINUSE`: another socket on the same protocol
    /// holds that portid.
    #[error("portid {portid} is already bound by another socket on netlink protocol {protocol}; bind 0 to let the kernel choose")]
    PortidInUse {
        /// The portid asked for.
        portid: u32,
        /// The protocol number of the socket.
        protocol: u32,
    },

    /// An operation needs a capability the process lacks (`EPERM`/`EACCES`).
    #[error("permission denied: {operation} needs {capability} (run as root), unless the kernel side allows it for everyone")]
    PermissionDenied {
        /// What was attempted, e.g. "joining group 3".
        operation: String,
        /// The capability that would allow it, e.g. `CAP_NET_ADMIN`.
        capability: &'static str,
    },

    /// The destination portid has no socket (`ECONNREFUSED`).
    #[error("no socket is bound to portid {portid} (ECONNREFUSED): the peer has gone away")]
    ConnectionRefused {
        /// The destination portid.
        portid: u32,
    },

    /// The receive queue overflowed (`ENOBUFS`): messages were dropped by
    /// the kernel. The socket stays usable; state should be re-synchronised.
    #[error("receive queue overrun (ENOBUFS): the kernel dropped messages; re-synchronise (e.g. re-dump)")]
    Overrun,

    /// A datagram was larger than the receive buffer; its tail was lost.
    #[error("datagram of {len} bytes truncated to the {capacity}-byte receive buffer")]
    Truncated {
        /// The datagram's real length.
        len: usize,
        /// The receive buffer's capacity.
        capacity: usize,
    },

    /// Nothing arrived within the timeout.
    #[error("timed out after {0:?} waiting for netlink data")]
    Timeout(std::time::Duration),

    /// A non-blocking socket had nothing to read.
    #[error("operation would block")]
    WouldBlock,

    /// A dump ended with `NLM_F_DUMP_INTR`: the data changed while it was
    /// being dumped, so the result may be inconsistent. Carries the number
    /// of messages received (the partial data is in the dump result type).
    #[error("dump interrupted (NLM_F_DUMP_INTR): the kernel's data changed during the dump; {messages} messages received")]
    DumpInterrupted {
        /// Messages received before `NLMSG_DONE`.
        messages: usize,
    },

    /// A message did not fit what the caller or protocol expects (for
    /// example an unknown family name, or a reply of the wrong type).
    #[error("protocol error: {0}")]
    Protocol(String),

    /// An invalid argument from the caller (group 0, payload too large, ...).
    #[error("invalid argument: {0}")]
    InvalidArgument(String),

    /// Any other system call failure.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: &'static str,
        /// The OS error.
        #[source]
        source: io::Error,
    },
}

impl From<KernelError> for Error {
    fn from(e: KernelError) -> Error {
        Error::Kernel(Box::new(e))
    }
}

impl From<crate::wire::AttrError> for Error {
    fn from(e: crate::wire::AttrError) -> Error {
        Error::Wire(e.into())
    }
}

impl Error {
    /// The errno behind this error, when there is one.
    pub fn errno(&self) -> Option<i32> {
        match self {
            Error::Kernel(k) => Some(k.errno),
            Error::ProtocolNotSupported { .. } => Some(libc::EPROTONOSUPPORT),
            Error::PortidInUse { .. } => Some(libc::EADDRINUSE),
            Error::PermissionDenied { .. } => Some(libc::EPERM),
            Error::ConnectionRefused { .. } => Some(libc::ECONNREFUSED),
            Error::Overrun => Some(libc::ENOBUFS),
            Error::WouldBlock => Some(libc::EAGAIN),
            Error::Io { source, .. } => source.raw_os_error(),
            _ => None,
        }
    }
}
