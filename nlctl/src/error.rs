//! nlctl's errors: a message a person can act on (what went wrong and what
//! to do) and a documented exit code. nlkit errors are translated here, so
//! every command reports the same problem the same way.

use std::fmt;

use nlkit::error::KernelError;
use nlkit::Error;

use crate::names;

/// Exit codes (documented in docs/cli.md).
pub mod exit {
    /// Success.
    pub const OK: u8 = 0;
    /// Any other failure (I/O, malformed data from the kernel, ...).
    pub const FAILURE: u8 = 1;
    /// Bad command line or malformed input (bad hex, unknown attribute
    /// syntax, group out of range, ...). Also clap's own usage errors.
    pub const USAGE: u8 = 2;
    /// The kernel (or a peer) answered with an error (`NLMSG_ERROR`).
    pub const KERNEL: u8 = 3;
    /// A dump was interrupted (`NLM_F_DUMP_INTR`): the data changed meanwhile.
    pub const DUMP_INTERRUPTED: u8 = 4;
    /// No kernel module serves the protocol (`EPROTONOSUPPORT`).
    pub const NO_PROTOCOL: u8 = 5;
    /// Permission denied (a capability is missing).
    pub const PERMISSION: u8 = 6;
    /// The portid asked for is taken.
    pub const PORTID_IN_USE: u8 = 7;
    /// Nothing (or not enough) arrived before the timeout.
    pub const TIMEOUT: u8 = 8;
    /// The destination portid has no socket (`ECONNREFUSED`).
    pub const PEER_GONE: u8 = 9;
    /// The feature is missing from this kernel (e.g. no nlmon link type).
    pub const UNSUPPORTED: u8 = 10;
}

/// An error for the person at the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliError {
    /// The exit code.
    pub code: u8,
    /// What went wrong and what to do, in one or two sentences.
    pub message: String,
    /// The errno behind it, when there is one.
    pub errno: Option<i32>,
    /// The attribute a kernel error points at (extended ACK), structured:
    /// `{"path": [types], "names": [names], "missing": name}`.
    pub attribute: Option<serde_json::Value>,
}

/// Result with a [`CliError`].
pub type CliResult<T> = Result<T, CliError>;

impl CliError {
    /// A malformed-input error (exit code 2).
    pub fn usage(message: impl Into<String>) -> CliError {
        CliError {
            code: exit::USAGE,
            message: message.into(),
            errno: None,
            attribute: None,
        }
    }

    /// An error with an explicit exit code.
    pub fn new(code: u8, message: impl Into<String>) -> CliError {
        CliError {
            code,
            message: message.into(),
            errno: None,
            attribute: None,
        }
    }

    /// Adds context in front of the message.
    pub fn context(mut self, what: &str) -> CliError {
        self.message = format!("{what}: {}", self.message);
        self
    }

    /// Translate an nlkit error.
    pub fn from_nlkit(e: Error) -> CliError {
        let errno = e.errno();
        let (code, message) = match &e {
            Error::ProtocolNotSupported { protocol } => (
                exit::NO_PROTOCOL,
                format!(
                    "no kernel module serves protocol {protocol} (socket() failed with EPROTONOSUPPORT); \
                     load the module that provides it{}",
                    if names::NLMOD_PROTOCOLS.contains(protocol) {
                        " (the nlkit test modules: insmod netlink_mod_a.ko / netlink_mod_b.ko)"
                    } else {
                        ""
                    }
                ),
            ),
            Error::PermissionDenied {
                operation,
                capability,
                ..
            } => (
                exit::PERMISSION,
                format!(
                    "permission denied: {operation} needs {capability}; run as root (sudo) or grant it \
                     (setcap {}+ep nlctl)",
                    capability.to_ascii_lowercase()
                ),
            ),
            Error::PortidInUse { portid, protocol } => (
                exit::PORTID_IN_USE,
                format!(
                    "portid {portid} is already taken on protocol {}; pick another --portid or leave \
                     it out to let the kernel choose",
                    nlkit::socket::Protocol(*protocol)
                ),
            ),
            Error::ConnectionRefused { portid } => (
                exit::PEER_GONE,
                format!(
                    "no socket is bound to portid {portid} on this protocol (ECONNREFUSED); start the \
                     peer first or check --to-portid"
                ),
            ),
            Error::Kernel(k) => return kernel(k),
            Error::Timeout(d) => (
                exit::TIMEOUT,
                format!("timed out after {:.1}s without an answer; raise --timeout", d.as_secs_f64()),
            ),
            Error::DumpInterrupted { messages } => (
                exit::DUMP_INTERRUPTED,
                format!(
                    "dump interrupted (NLM_F_DUMP_INTR) after {messages} messages: the kernel's data \
                     changed during the dump; run it again for a consistent view"
                ),
            ),
            Error::InvalidArgument(m) => (exit::USAGE, m.clone()),
            Error::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe => {
                (exit::OK, "output closed".to_string())
            }
            Error::Overrun => (exit::FAILURE, e.to_string()),
            _ => (exit::FAILURE, nlkit::error::chain(&e).to_string()),
        };
        CliError {
            code,
            message,
            errno,
            attribute: None,
        }
    }
}

/// A kernel `NLMSG_ERROR` as a message: errno name and text, the extended
/// ACK text, the offending attribute; EPERM/EACCES name the capability.
fn kernel(k: &KernelError) -> CliError {
    let name = names::errno_name(k.errno).unwrap_or("errno");
    let mut m = format!(
        "kernel error {name} ({}): {}",
        k.errno,
        std::io::Error::from_raw_os_error(k.errno)
            .to_string()
            .split(" (os error")
            .next()
            .unwrap_or("")
    );
    if let Some(t) = &k.message {
        m.push_str(&format!(": \"{t}\""));
    }
    if !k.attr_path.is_empty() {
        let p: Vec<String> = k.attr_path.iter().map(u16::to_string).collect();
        m.push_str(&format!(" (at attribute type {})", p.join("/")));
    } else if let Some(o) = k.offset {
        m.push_str(&format!(" (at byte {o} of the request)"));
    }
    if let Some(t) = k.missing_type {
        m.push_str(&format!(" (missing attribute type {t})"));
    }
    let code = if k.errno == libc::EPERM || k.errno == libc::EACCES {
        m.push_str(
            "; this operation needs CAP_NET_ADMIN: run as root (sudo) or grant the capability",
        );
        exit::PERMISSION
    } else {
        exit::KERNEL
    };
    CliError {
        code,
        message: m,
        errno: Some(k.errno),
        attribute: None,
    }
}

impl From<Error> for CliError {
    fn from(e: Error) -> CliError {
        CliError::from_nlkit(e)
    }
}

impl From<nlkit::wire::WireError> for CliError {
    fn from(e: nlkit::wire::WireError) -> CliError {
        CliError::new(exit::FAILURE, format!("malformed netlink data: {e}"))
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}
