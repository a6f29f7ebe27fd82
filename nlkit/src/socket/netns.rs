//! Opening a socket in another network namespace (for example one made
//! with `ip netns add`): a short-lived thread enters the namespace with
//! `setns` and opens the socket there; the socket stays in that namespace
//! and the caller's threads are never moved.

use std::fs::File;
use std::os::fd::AsFd;
use std::path::Path;

use rustix::thread::{move_into_link_name_space, LinkNameSpaceType};

use super::{Protocol, Socket};
use crate::{Error, Result};

/// The file `ip netns` keeps for namespace `name`.
pub fn named_netns_path(name: &str) -> std::path::PathBuf {
    Path::new("/run/netns").join(name)
}

impl Socket {
    /// Open a socket on `proto` inside the network namespace at
    /// `netns_path` (a `/run/netns/NAME` or `/proc/PID/ns/net` file).
    /// Needs `CAP_SYS_ADMIN`.
    pub fn open_in_netns(proto: Protocol, netns_path: &Path) -> Result<Socket> {
        let ns = File::open(netns_path).map_err(|e| Error::Io {
            context: "opening the network namespace file",
            source: e,
        })?;
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
