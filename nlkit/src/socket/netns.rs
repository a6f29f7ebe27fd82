//! Opening a socket in another network namespace (for example one made
//! with `ip netns add`, or one held as a file descriptor): a short-lived
//! thread enters the namespace with `setns` and opens the socket there; the
//! socket stays in that namespace and the caller's threads are never moved.

use std::fs::File;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::path::{Path, PathBuf};

use rustix::thread::{move_into_link_name_space, LinkNameSpaceType};

use super::{Protocol, Socket};
use crate::{Error, Result};

/// The file `ip netns` keeps for namespace `name`.
pub fn named_netns_path(name: &str) -> PathBuf {
    Path::new("/run/netns").join(name)
}

/// A network namespace to open a socket (or a client) in.
#[derive(Clone, Copy, Debug)]
pub enum Netns<'a> {
    /// A namespace made with `ip netns add NAME` (`/run/netns/NAME`).
    Named(&'a str),
    /// A namespace file: `/run/netns/NAME`, `/proc/PID/ns/net`, or a bind
    /// mount of one.
    Path(&'a Path),
    /// An open namespace file descriptor (`/proc/PID/ns/net`, a pidfd's
    /// namespace, ...); it is duplicated, the caller keeps it.
    Fd(BorrowedFd<'a>),
}

impl Netns<'_> {
    /// Opens the namespace file (or duplicates the descriptor).
    fn open(self) -> Result<OwnedFd> {
        let path = match self {
            Netns::Fd(fd) => {
                return fd.try_clone_to_owned().map_err(|e| Error::Io {
                    context: "duplicating the network namespace descriptor",
                    source: e,
                })
            }
            Netns::Named(name) => {
                let plain = !name.is_empty()
                    && name != "."
                    && name != ".."
                    && !name.contains('/')
                    && !name.contains('\0');
                if !plain {
                    return Err(Error::InvalidArgument(format!(
                        "{name:?} is not a network namespace name (as `ip netns add` makes)"
                    )));
                }
                named_netns_path(name)
            }
            Netns::Path(p) => p.to_owned(),
        };
        let file = File::open(&path).map_err(|e| Error::Io {
            context: "opening the network namespace file",
            source: std::io::Error::new(e.kind(), format!("{}: {e}", path.display())),
        })?;
        Ok(file.into())
    }
}

impl Socket {
    /// Open a socket on `proto` inside the network namespace at
    /// `netns_path` (a `/run/netns/NAME` or `/proc/PID/ns/net` file).
    /// Needs `CAP_SYS_ADMIN`.
    pub fn open_in_netns(proto: Protocol, netns_path: &Path) -> Result<Socket> {
        Socket::open_in(proto, Netns::Path(netns_path))
    }

    /// Open a socket on `proto` inside network namespace `ns` (by name,
    /// file or descriptor). Needs `CAP_SYS_ADMIN`. The socket is unbound;
    /// it stays in `ns` for its whole life.
    pub fn open_in(proto: Protocol, ns: Netns<'_>) -> Result<Socket> {
        let ns = ns.open()?;
        let worker = std::thread::Builder::new()
            .name("nlkit-netns".into())
            .spawn(move || -> Result<Socket> {
                move_into_link_name_space(ns.as_fd(), Some(LinkNameSpaceType::Network)).map_err(
                    |e| match e {
                        rustix::io::Errno::PERM => Error::PermissionDenied {
                            errno: libc::EPERM,
                            operation: "entering a network namespace (setns)".into(),
                            capability: "CAP_SYS_ADMIN",
                        },
                        rustix::io::Errno::INVAL => Error::InvalidArgument(
                            "the file or descriptor is not a network namespace (setns: EINVAL)"
                                .into(),
                        ),
                        e => Error::Io {
                            context: "entering the network namespace (setns)",
                            source: e.into(),
                        },
                    },
                )?;
                Socket::open(proto)
            })
            .map_err(|e| Error::Io {
                context: "spawning the thread that enters the network namespace",
                source: e,
            })?;
        worker.join().map_err(|_| Error::NetnsThreadPanicked)?
    }
}
