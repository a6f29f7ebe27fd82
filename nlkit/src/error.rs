//! The crate's error type: one enum for every layer above [`crate::wire`],
//! so that callers match on what went wrong, not on where.
//!
//! Kernel errors (`NLMSG_ERROR` with a non-zero errno) keep the errno, the
//! extended ACK text, the offset and the offending attribute path.

use std::io;

use crate::wire::{ErrorMessage, ExtAck, Policy, WireError};

/// Shorthand for `Result<T, nlkit::Error>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error reported by the kernel (or a peer) in an `NLMSG_ERROR` message,
/// or as a negative status in `NLMSG_DONE`: everything the extended ACK said.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct KernelError {
    /// The positive errno, as the kernel sent it (`EINVAL` = 22, `EACCES`
    /// stays `EACCES`).
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
    /// The policy the offending attribute broke (`NLMSGERR_ATTR_POLICY`).
    pub policy: Option<Policy>,
    /// The subsystem's cookie (`NLMSGERR_ATTR_COOKIE`).
    pub cookie: Option<Vec<u8>>,
    /// Sequence number of the request this error answers.
    pub seq: u32,
}

impl KernelError {
    /// An error with `errno` (positive) and nothing else.
    pub fn new(errno: i32) -> KernelError {
        KernelError {
            errno,
            ..KernelError::default()
        }
    }

    /// What a decoded `NLMSG_ERROR` says (no attribute path: that needs the
    /// request, see [`crate::wire::attr_path_at`]).
    pub fn from_message(e: &ErrorMessage<'_>) -> KernelError {
        let mut k = KernelError::from_ext_ack(e.errno, &e.ext_ack);
        k.seq = e.request.seq;
        k
    }

    /// An error with `errno` and the extended ACK `ext_ack`.
    pub fn from_ext_ack(errno: i32, ext_ack: &ExtAck<'_>) -> KernelError {
        KernelError {
            errno,
            message: ext_ack.msg.map(str::to_owned),
            offset: ext_ack.offset,
            missing_type: ext_ack.miss_type,
            missing_nest: ext_ack.miss_nest,
            policy: ext_ack.policy(),
            cookie: ext_ack.cookie.map(<[u8]>::to_vec),
            ..KernelError::default()
        }
    }

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
        if let Some(name) = self.policy.as_ref().and_then(Policy::type_name) {
            write!(f, " (expected {name})")?;
        }
        Ok(())
    }
}

impl std::error::Error for KernelError {}

/// An error from user code (a callback handed to the client), boxed.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Everything that can go wrong in nlkit above the wire layer.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A received datagram or message was malformed (the details are the
    /// [`source`](std::error::Error::source)).
    #[error("malformed netlink data")]
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
        /// The errno as the kernel gave it (`EPERM` or `EACCES`).
        errno: i32,
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

    /// A request completed with another number of data replies than it
    /// needs (a `GETFAMILY` answered by an ACK alone, ...).
    #[error("{request}: expected {expected} data replies, got {got}")]
    ReplyCount {
        /// The request (`"CTRL_CMD_GETFAMILY"`, ...).
        request: &'static str,
        /// How many it needs.
        expected: usize,
        /// How many came.
        got: usize,
    },

    /// The helper thread that opens a socket in another network namespace
    /// panicked.
    #[error("the thread entering the network namespace panicked")]
    NetnsThreadPanicked,

    /// User code (a reply callback) failed with its own error, kept as it
    /// was: see [`Error::user`] and [`crate::client::Client::try_execute`].
    #[error("callback failed")]
    User(#[source] BoxError),

    /// An invalid argument from the caller (group 0, payload too large, ...).
    #[error("invalid argument: {0}")]
    InvalidArgument(String),

    /// Any other system call failure (the OS error is the
    /// [`source`](std::error::Error::source)).
    #[error("{context}")]
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
    /// Wrap an error of user code (a callback's), to return it through the
    /// client; get it back with [`Error::into_user`].
    pub fn user(e: impl Into<BoxError>) -> Error {
        Error::User(e.into())
    }

    /// The user error of type `E` inside [`Error::User`], or `self`.
    pub fn into_user<E: std::error::Error + 'static>(self) -> Result<E, Error> {
        match self {
            Error::User(b) => match b.downcast::<E>() {
                Ok(e) => Ok(*e),
                Err(b) => Err(Error::User(b)),
            },
            other => Err(other),
        }
    }

    /// The [`io::ErrorKind`] that fits: from the errno when there is one.
    pub fn kind(&self) -> io::ErrorKind {
        match self {
            Error::Wire(_) | Error::Truncated { .. } | Error::ReplyCount { .. } => {
                io::ErrorKind::InvalidData
            }
            Error::Timeout(_) => io::ErrorKind::TimedOut,
            Error::InvalidArgument(_) => io::ErrorKind::InvalidInput,
            Error::Io { source, .. } => source.kind(),
            e => match e.errno() {
                Some(n) => io::Error::from_raw_os_error(n).kind(),
                None => io::ErrorKind::Other,
            },
        }
    }

    /// The errno behind this error, when there is one.
    pub fn errno(&self) -> Option<i32> {
        match self {
            Error::Kernel(k) => Some(k.errno),
            Error::ProtocolNotSupported { .. } => Some(libc::EPROTONOSUPPORT),
            Error::PortidInUse { .. } => Some(libc::EADDRINUSE),
            Error::PermissionDenied { errno, .. } => Some(*errno),
            Error::ConnectionRefused { .. } => Some(libc::ECONNREFUSED),
            Error::Overrun => Some(libc::ENOBUFS),
            Error::WouldBlock => Some(libc::EAGAIN),
            Error::Io { source, .. } => source.raw_os_error(),
            _ => None,
        }
    }
}

/// An nlkit error as an [`io::Error`] of the kind that fits
/// ([`Error::kind`]); the nlkit error is its inner error (get it back with
/// [`io::Error::into_inner`] and `downcast`).
impl From<Error> for io::Error {
    fn from(e: Error) -> io::Error {
        io::Error::new(e.kind(), e)
    }
}

/// Displays an error and its chain of sources, `: `-separated (each cause
/// once: nlkit's errors never repeat their source in their own text).
///
/// ```
/// use nlkit::error::{chain, Error};
/// use nlkit::wire::WireError;
///
/// let e = Error::from(WireError::BadDonePayload { len: 2 });
/// assert_eq!(
///     chain(&e).to_string(),
///     "malformed netlink data: NLMSG_DONE payload is 2 bytes: expected 0 or at least 4 (an int)"
/// );
/// ```
pub fn chain<'a>(e: &'a (dyn std::error::Error + 'static)) -> Chain<'a> {
    Chain(e)
}

/// What [`chain`] returns.
#[derive(Debug, Clone, Copy)]
pub struct Chain<'a>(&'a (dyn std::error::Error + 'static));

impl std::fmt::Display for Chain<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)?;
        let mut cur = self.0.source();
        while let Some(c) = cur {
            write!(f, ": {c}")?;
            cur = c.source();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::error::Error as _;

    #[test]
    fn results_stay_small_to_move() {
        // 56 bytes before the typed errors (KernelError is boxed); no more.
        assert!(std::mem::size_of::<Result<usize>>() <= 56);
        assert!(std::mem::size_of::<Error>() <= 56);
    }

    #[test]
    fn the_errno_is_kept_as_sent() {
        let denied = |errno| Error::PermissionDenied {
            errno,
            operation: "joining group 3".into(),
            capability: "CAP_NET_ADMIN",
        };
        assert_eq!(denied(libc::EACCES).errno(), Some(libc::EACCES));
        assert_eq!(denied(libc::EPERM).errno(), Some(libc::EPERM));
        let k: Error = KernelError::new(libc::EACCES).into();
        assert_eq!(k.errno(), Some(libc::EACCES));
    }

    #[test]
    fn io_errors_of_the_kind_that_fits() {
        use io::ErrorKind as K;
        let cases: Vec<(Error, K)> = vec![
            (KernelError::new(libc::ENOENT).into(), K::NotFound),
            (KernelError::new(libc::EACCES).into(), K::PermissionDenied),
            (
                Error::Timeout(std::time::Duration::from_secs(1)),
                K::TimedOut,
            ),
            (Error::WouldBlock, K::WouldBlock),
            (Error::ConnectionRefused { portid: 9 }, K::ConnectionRefused),
            (
                Error::PortidInUse {
                    portid: 9,
                    protocol: 2,
                },
                K::AddrInUse,
            ),
            (WireError::BadDonePayload { len: 1 }.into(), K::InvalidData),
            (Error::InvalidArgument("group 0".into()), K::InvalidInput),
            (
                Error::Io {
                    context: "recv",
                    source: io::Error::from_raw_os_error(libc::EINTR),
                },
                K::Interrupted,
            ),
        ];
        for (e, kind) in cases {
            let text = e.to_string();
            let io: io::Error = e.into();
            assert_eq!(io.kind(), kind, "{text}");
            // The nlkit error is inside, to be taken back.
            let inner = io.into_inner().unwrap().downcast::<Error>().unwrap();
            assert_eq!(inner.to_string(), text);
        }
    }

    #[test]
    fn no_cause_is_printed_twice_in_a_chain() {
        let io = Error::Io {
            context: "receiving a datagram",
            source: io::Error::from_raw_os_error(libc::EBADF),
        };
        let wire: Error = WireError::BadDonePayload { len: 2 }.into();
        let user = Error::user(std::fmt::Error);
        for e in [&io, &wire, &user] {
            let own = e.to_string();
            let cause = e.source().expect("a source").to_string();
            assert!(!own.contains(&cause), "{own:?} repeats {cause:?}");
            assert_eq!(chain(e).to_string(), format!("{own}: {cause}"));
        }
        let k: Error = KernelError::new(libc::EINVAL).into();
        assert!(k.source().is_none());
    }

    #[test]
    fn kernel_errors_keep_the_policy_and_the_cookie() {
        // NL_POLICY_TYPE_ATTR_TYPE = NL_ATTR_TYPE_U32 (4).
        let policy = [8u8, 0, 1, 0, 4, 0, 0, 0];
        let ack = ExtAck {
            msg: Some("bad"),
            offset: Some(20),
            cookie: Some(&[1, 2, 3]),
            policy_raw: Some(&policy),
            ..ExtAck::default()
        };
        let k = KernelError::from_ext_ack(libc::EINVAL, &ack);
        assert_eq!(k.cookie.as_deref(), Some(&[1u8, 2, 3][..]));
        assert_eq!(k.policy.and_then(|p| p.attr_type), Some(4));
        assert!(k.to_string().ends_with("(expected u32)"), "{k}");
    }
}
