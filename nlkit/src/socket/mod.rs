//! The socket layer: the only code in nlkit that makes system calls. An
//! `AF_NETLINK` socket on any protocol number, with bind, groups, options,
//! send/recv with the sender's address, and batching; async behind `tokio`.
//!
//! Every `unsafe` block lives in the private `sys` module; the rest uses
//! `rustix`. Errors are [`crate::Error`], with errnos mapped to the variants
//! that name the problem (`PortidInUse`, `Overrun`, `Truncated`, ...).

#[cfg(feature = "tokio")]
mod async_socket;
mod netns;
mod protocol;
mod sys;

use std::fmt;
use std::io::IoSlice;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd, RawFd};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use rustix::io::Errno;
use rustix::net::netlink::SocketAddrNetlink;
use rustix::net::sockopt;
use rustix::net::{AddressFamily, SendAncillaryBuffer, SendFlags, SocketFlags, SocketType};

#[cfg(feature = "tokio")]
pub(crate) use async_socket::retry_would_block;
#[cfg(feature = "tokio")]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
pub use async_socket::AsyncSocket;
pub use netns::{named_netns_path, Netns};
pub use protocol::Protocol;

use crate::capture::Tap;
use crate::{Error, Result};

/// A netlink socket address: a portid (0 = the kernel) and a multicast
/// group bitmask (`nl_groups`).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Addr {
    /// The port id of a socket; 0 is the kernel.
    pub portid: u32,
    /// Multicast groups as a bitmask: bit `g - 1` is group `g` (1..=32).
    pub groups: u32,
}

impl Addr {
    /// The kernel's address: portid 0, no groups.
    pub const KERNEL: Addr = Addr {
        portid: 0,
        groups: 0,
    };

    /// The address of the socket bound to `portid` (unicast).
    pub fn portid(portid: u32) -> Addr {
        Addr { portid, groups: 0 }
    }

    /// The address of multicast group `group`. Only groups 1..=32 can be
    /// addressed, because `sendto` takes the group as a 32-bit mask.
    pub fn group(group: u32) -> Result<Addr> {
        if !(1..=32).contains(&group) {
            return Err(Error::InvalidArgument(format!(
                "cannot send to multicast group {group}: sendto addresses groups 1..=32 only (a bitmask)"
            )));
        }
        Ok(Addr {
            portid: 0,
            groups: 1 << (group - 1),
        })
    }
}

/// One received datagram, borrowed from a [`RecvBuffer`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Datagram<'a> {
    /// The datagram's bytes (one or more netlink messages).
    pub bytes: &'a [u8],
    /// Who sent it: the kernel-verified sender portid (0 = the kernel), and
    /// the destination group as a bitmask when it was a multicast to 1..=32.
    pub sender: Addr,
    /// The destination multicast group (any number), when
    /// [`Socket::set_pktinfo`] is on and the datagram was a multicast.
    pub group: Option<u32>,
    /// The sender's network namespace id, when
    /// [`Socket::set_listen_all_nsid`] is on and the kernel knows it.
    pub nsid: Option<i32>,
}

/// A receive buffer reused for every `recv`, so receiving does not allocate.
///
/// The default 64 KiB holds any datagram the kernel builds (dump datagrams
/// are at most 32 KiB); the minimum is 32 KiB. The memory is allocated but
/// neither zeroed nor touched in advance: a process pays (in resident
/// memory) for the pages its datagrams actually fill.
pub struct RecvBuffer {
    /// The last datagram received (its length is the datagram's); its
    /// capacity is the largest datagram that fits.
    data: Vec<u8>,
}

impl RecvBuffer {
    /// The default capacity: 64 KiB.
    pub const DEFAULT_CAPACITY: usize = 64 * 1024;
    /// The smallest capacity: 32 KiB, the largest datagram a kernel dump
    /// builds.
    pub const MIN_CAPACITY: usize = 32 * 1024;

    /// A buffer of [`RecvBuffer::DEFAULT_CAPACITY`] bytes.
    pub fn new() -> RecvBuffer {
        RecvBuffer::with_capacity(Self::DEFAULT_CAPACITY)
    }

    /// A buffer of `capacity` bytes, raised to [`RecvBuffer::MIN_CAPACITY`].
    pub fn with_capacity(capacity: usize) -> RecvBuffer {
        RecvBuffer {
            data: Vec::with_capacity(capacity.max(Self::MIN_CAPACITY)),
        }
    }

    /// The largest datagram this buffer can receive whole.
    pub fn capacity(&self) -> usize {
        self.data.capacity()
    }

    /// Grows the buffer to at least `capacity` bytes (e.g. after
    /// [`Socket::peek_len`] or an [`Error::Truncated`]). Never shrinks.
    pub fn reserve(&mut self, capacity: usize) {
        if capacity > self.data.capacity() {
            self.data.clear();
            self.data.reserve_exact(capacity);
        }
    }

    /// Puts `bytes` in the buffer as if they had been received, for
    /// transports other than a socket (the test fake delivers its scripted
    /// datagrams this way); returns them as stored.
    /// [`Error::Truncated`] if they do not fit.
    pub fn fill(&mut self, bytes: &[u8]) -> Result<&[u8]> {
        if bytes.len() > self.capacity() {
            return Err(Error::Truncated {
                len: bytes.len(),
                capacity: self.capacity(),
            });
        }
        self.data.clear();
        self.data.extend_from_slice(bytes);
        Ok(&self.data)
    }

    /// The bytes of the last datagram received (or filled).
    #[cfg(feature = "tokio")]
    #[inline]
    pub(crate) fn filled(&self) -> &[u8] {
        &self.data
    }

    /// Room for the next datagram.
    #[inline]
    fn landing(&mut self) -> sys::Landing<'_> {
        sys::Landing::new(&mut self.data)
    }
}

impl Default for RecvBuffer {
    fn default() -> RecvBuffer {
        RecvBuffer::new()
    }
}

impl fmt::Debug for RecvBuffer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RecvBuffer")
            .field("capacity", &self.capacity())
            .finish()
    }
}

/// A blocking `AF_NETLINK` socket on one protocol.
///
/// A new socket is close-on-exec and blocking, with `NETLINK_EXT_ACK` and
/// `NETLINK_CAP_ACK` on. It is unbound until [`Socket::bind`], or until the
/// kernel binds it to a free portid on the first send or group join.
pub struct Socket {
    fd: OwnedFd,
    protocol: Protocol,
    nonblocking: AtomicBool,
    /// The `SO_RCVTIMEO` the user set, in nanoseconds; 0 = none.
    read_timeout_ns: AtomicU64,
    /// The `SO_RCVTIMEO` in force in the kernel, in nanoseconds; 0 = none.
    /// It differs from `read_timeout_ns` while [`Socket::recv_until`]
    /// bounds a wait by a deadline.
    rcvtimeo_ns: AtomicU64,
    /// `NETLINK_PKTINFO` or `NETLINK_LISTEN_ALL_NSID` was turned on through
    /// this socket: receive with `recvmsg` to read their control messages;
    /// otherwise the cheaper `recvfrom` is used.
    wants_cmsg: AtomicBool,
    /// Where this socket records its traffic; `None` (the usual case)
    /// costs one branch per datagram.
    tap: Option<Tap>,
}

/// Maps an errno to an `Error::Io` with `context`.
fn io_error(context: &'static str, errno: Errno) -> Error {
    Error::Io {
        context,
        source: errno.into(),
    }
}

/// Maps a `std::io::Error` from `sys` to an `Errno`.
fn errno_of(err: &std::io::Error) -> Errno {
    Errno::from_io_error(err).unwrap_or(Errno::IO)
}

impl Socket {
    /// Opens a netlink socket on `proto` (`SOCK_RAW | SOCK_CLOEXEC`), with
    /// `NETLINK_EXT_ACK` and `NETLINK_CAP_ACK` on (silently skipped on
    /// kernels too old to know them).
    ///
    /// Fails with [`Error::ProtocolNotSupported`] when nothing in the kernel
    /// serves the protocol number.
    pub fn open(proto: Protocol) -> Result<Socket> {
        let proto = proto.check()?;
        let raw = rustix::net::RawProtocol::new(proto.0).map(rustix::net::Protocol::from_raw);
        let fd = rustix::net::socket_with(
            AddressFamily::NETLINK,
            SocketType::RAW,
            SocketFlags::CLOEXEC,
            raw,
        )
        .map_err(|e| match e {
            Errno::PROTONOSUPPORT => Error::ProtocolNotSupported { protocol: proto.0 },
            denied @ (Errno::PERM | Errno::ACCESS) => Error::PermissionDenied {
                errno: denied.raw_os_error(),
                operation: format!("opening a netlink socket on protocol {proto}"),
                capability: "CAP_NET_ADMIN",
            },
            Errno::AFNOSUPPORT => {
                io_error("opening a netlink socket: AF_NETLINK is not supported", e)
            }
            e => io_error("opening a netlink socket", e),
        })?;
        let socket = Socket {
            fd,
            protocol: proto,
            nonblocking: AtomicBool::new(false),
            read_timeout_ns: AtomicU64::new(0),
            rcvtimeo_ns: AtomicU64::new(0),
            wants_cmsg: AtomicBool::new(false),
            tap: Tap::installed(),
        };
        for option in [sys::NETLINK_EXT_ACK, sys::NETLINK_CAP_ACK] {
            match sys::set_int_option(socket.fd.as_fd(), sys::SOL_NETLINK, option, 1) {
                Ok(()) => {}
                Err(e) if e.raw_os_error() == Some(libc::ENOPROTOOPT) => {}
                Err(e) => {
                    return Err(Error::Io {
                        context: "turning on NETLINK_EXT_ACK/NETLINK_CAP_ACK",
                        source: e,
                    })
                }
            }
        }
        Ok(socket)
    }

    /// The protocol this socket was opened on.
    pub fn protocol(&self) -> Protocol {
        self.protocol
    }

    /// Records every datagram this socket sends and receives from now on
    /// to `tap` (`None` stops). A new socket takes the process-wide tap
    /// ([`Tap::installed`]: [`Tap::install`] or `NLKIT_PCAP=FILE`).
    pub fn set_tap(&mut self, tap: Option<Tap>) {
        self.tap = tap;
    }

    /// The tap this socket records to, if any.
    pub fn tap(&self) -> Option<&Tap> {
        self.tap.as_ref()
    }

    /// Records a sent datagram (the tap is on: not the hot path).
    #[cold]
    #[inline(never)]
    fn tap_sent(&self, tap: &Tap, parts: &[&[u8]], to: Addr) {
        let bytes = parts.concat();
        tap.sent(self.protocol, self.portid().unwrap_or(0), to, &bytes);
    }

    /// Records a received datagram.
    #[cold]
    #[inline(never)]
    fn tap_received(&self, tap: &Tap, bytes: &[u8], from: Addr) {
        tap.received(self.protocol, self.portid().unwrap_or(0), from, bytes);
    }

    /// Binds the socket to `portid` (0 = let the kernel choose a free one)
    /// and joins the groups in the `groups` bitmask (bit `g - 1` = group `g`).
    ///
    /// Fails with [`Error::PortidInUse`] when another socket on the same
    /// protocol holds `portid`.
    pub fn bind(&self, portid: u32, groups: u32) -> Result<()> {
        rustix::net::bind(&self.fd, &SocketAddrNetlink::new(portid, groups)).map_err(|e| match e {
            Errno::ADDRINUSE => Error::PortidInUse {
                portid,
                protocol: self.protocol.0,
            },
            denied @ (Errno::PERM | Errno::ACCESS) => Error::PermissionDenied {
                errno: denied.raw_os_error(),
                operation: format!(
                    "binding to multicast groups {groups:#x} on protocol {}",
                    self.protocol
                ),
                capability: "CAP_NET_ADMIN",
            },
            Errno::INVAL => Error::InvalidArgument(format!(
                "cannot bind to portid {portid}: the socket is already bound to another portid (a socket binds once)"
            )),
            Errno::NOENT => Error::InvalidArgument(format!(
                "cannot join groups {groups:#x}: protocol {} has no multicast groups registered",
                self.protocol
            )),
            e => io_error("binding a netlink socket", e),
        })
    }

    /// The socket's portid (`getsockname`); 0 while the socket is unbound
    /// (it is bound by [`Socket::bind`], the first send or a group join).
    pub fn portid(&self) -> Result<u32> {
        let addr = rustix::net::getsockname(&self.fd)
            .map_err(|e| io_error("reading the socket's portid (getsockname)", e))?;
        let addr = SocketAddrNetlink::try_from(addr)
            .map_err(|e| io_error("reading the socket's portid: not a netlink address", e))?;
        Ok(addr.pid())
    }

    fn membership(&self, option: libc::c_int, group: u32, what: &str) -> Result<()> {
        if group == 0 {
            return Err(Error::InvalidArgument(format!(
                "cannot {what} multicast group 0: groups are numbered from 1"
            )));
        }
        let value = libc::c_int::from_ne_bytes(group.to_ne_bytes());
        sys::set_int_option(self.fd.as_fd(), sys::SOL_NETLINK, option, value).map_err(|e| {
            match errno_of(&e) {
                denied @ (Errno::PERM | Errno::ACCESS) => Error::PermissionDenied {
                errno: denied.raw_os_error(),
                    operation: format!("{what} multicast group {group} on protocol {}", self.protocol),
                    capability: "CAP_NET_ADMIN",
                },
                Errno::INVAL => Error::InvalidArgument(format!(
                    "cannot {what} multicast group {group}: protocol {} has no such group",
                    self.protocol
                )),
                Errno::NOENT => Error::InvalidArgument(format!(
                    "cannot {what} multicast group {group}: protocol {} has no multicast groups registered",
                    self.protocol
                )),
                _ => Error::Io {
                    context: "changing a multicast group membership",
                    source: e,
                },
            }
        })
    }

    /// Joins multicast group `group` (any number, also above 32) with
    /// `NETLINK_ADD_MEMBERSHIP`. A group above 32 cannot be told from the
    /// sender's address (its `nl_groups` bitmask stops at 32), so joining
    /// one also turns on `NETLINK_PKTINFO` ([`Socket::set_pktinfo`]): its
    /// datagrams then carry their group in [`Datagram::group`]. Groups
    /// 1..=32 need no control message, and their datagrams are received
    /// with the cheaper `recvfrom`.
    pub fn add_membership(&self, group: u32) -> Result<()> {
        self.membership(sys::NETLINK_ADD_MEMBERSHIP, group, "join")?;
        if group > 32 {
            self.set_pktinfo(true)?;
        }
        Ok(())
    }

    /// Leaves multicast group `group` (`NETLINK_DROP_MEMBERSHIP`).
    pub fn drop_membership(&self, group: u32) -> Result<()> {
        self.membership(sys::NETLINK_DROP_MEMBERSHIP, group, "leave")
    }

    /// The multicast groups this socket belongs to, in increasing order
    /// (`NETLINK_LIST_MEMBERSHIPS`), whether joined at bind or later.
    pub fn memberships(&self) -> Result<Vec<u32>> {
        sys::list_memberships(self.fd.as_fd()).map_err(|source| Error::Io {
            context: "listing multicast memberships (NETLINK_LIST_MEMBERSHIPS)",
            source,
        })
    }

    /// Sets `SO_RCVBUF` (the kernel doubles the value and clamps it to
    /// `net.core.rmem_max`; 0 gives the kernel's minimum).
    pub fn set_recv_buffer_size(&self, bytes: usize) -> Result<()> {
        sockopt::set_socket_recv_buffer_size(&self.fd, bytes)
            .map_err(|e| io_error("setting the receive buffer size (SO_RCVBUF)", e))
    }

    /// Sets `SO_RCVBUFFORCE`: like [`Socket::set_recv_buffer_size`] but
    /// above `net.core.rmem_max`; needs `CAP_NET_ADMIN`.
    pub fn set_recv_buffer_size_force(&self, bytes: usize) -> Result<()> {
        sockopt::set_socket_recv_buffer_size_force(&self.fd, bytes).map_err(|e| match e {
            denied @ (Errno::PERM | Errno::ACCESS) => Error::PermissionDenied {
                errno: denied.raw_os_error(),
                operation: "setting SO_RCVBUFFORCE".to_string(),
                capability: "CAP_NET_ADMIN",
            },
            e => io_error("setting the receive buffer size (SO_RCVBUFFORCE)", e),
        })
    }

    /// The receive buffer size as the kernel reports it (`SO_RCVBUF`,
    /// twice the requested value).
    pub fn recv_buffer_size(&self) -> Result<usize> {
        sockopt::socket_recv_buffer_size(&self.fd)
            .map_err(|e| io_error("reading the receive buffer size (SO_RCVBUF)", e))
    }

    /// Sets `SO_SNDBUF`; a datagram may be at most this size minus 32 bytes.
    pub fn set_send_buffer_size(&self, bytes: usize) -> Result<()> {
        sockopt::set_socket_send_buffer_size(&self.fd, bytes)
            .map_err(|e| io_error("setting the send buffer size (SO_SNDBUF)", e))
    }

    /// The send buffer size as the kernel reports it (`SO_SNDBUF`).
    pub fn send_buffer_size(&self) -> Result<usize> {
        sockopt::socket_send_buffer_size(&self.fd)
            .map_err(|e| io_error("reading the send buffer size (SO_SNDBUF)", e))
    }

    fn set_flag(&self, option: libc::c_int, on: bool, context: &'static str) -> Result<()> {
        sys::set_int_option(
            self.fd.as_fd(),
            sys::SOL_NETLINK,
            option,
            libc::c_int::from(on),
        )
        .map_err(|source| match errno_of(&source) {
            denied @ (Errno::PERM | Errno::ACCESS) => Error::PermissionDenied {
                errno: denied.raw_os_error(),
                operation: context.to_string(),
                capability: "CAP_NET_ADMIN",
            },
            _ => Error::Io { context, source },
        })
    }

    fn flag(&self, option: libc::c_int, context: &'static str) -> Result<bool> {
        sys::get_int_option(self.fd.as_fd(), sys::SOL_NETLINK, option)
            .map(|v| v != 0)
            .map_err(|source| Error::Io { context, source })
    }

    /// `NETLINK_EXT_ACK`: error ACKs carry a text message and the offset of
    /// the offending attribute (on by default).
    pub fn set_ext_ack(&self, on: bool) -> Result<()> {
        self.set_flag(sys::NETLINK_EXT_ACK, on, "setting NETLINK_EXT_ACK")
    }

    /// Whether `NETLINK_EXT_ACK` is on.
    pub fn ext_ack(&self) -> Result<bool> {
        self.flag(sys::NETLINK_EXT_ACK, "reading NETLINK_EXT_ACK")
    }

    /// `NETLINK_CAP_ACK`: error ACKs carry only the request's header, not
    /// the whole request (on by default).
    pub fn set_cap_ack(&self, on: bool) -> Result<()> {
        self.set_flag(sys::NETLINK_CAP_ACK, on, "setting NETLINK_CAP_ACK")
    }

    /// Whether `NETLINK_CAP_ACK` is on.
    pub fn cap_ack(&self) -> Result<bool> {
        self.flag(sys::NETLINK_CAP_ACK, "reading NETLINK_CAP_ACK")
    }

    /// `NETLINK_NO_ENOBUFS`: do not report receive queue overruns as
    /// [`Error::Overrun`] (messages are still dropped, silently).
    pub fn set_no_enobufs(&self, on: bool) -> Result<()> {
        self.set_flag(sys::NETLINK_NO_ENOBUFS, on, "setting NETLINK_NO_ENOBUFS")
    }

    /// `NETLINK_GET_STRICT_CHK`: the kernel checks dump requests strictly
    /// (and honours their filters) instead of ignoring bad fields.
    pub fn set_strict_check(&self, on: bool) -> Result<()> {
        self.set_flag(
            sys::NETLINK_GET_STRICT_CHK,
            on,
            "setting NETLINK_GET_STRICT_CHK",
        )
    }

    /// `NETLINK_PKTINFO`: report each multicast's destination group in
    /// [`Datagram::group`] (needed for groups above 32).
    pub fn set_pktinfo(&self, on: bool) -> Result<()> {
        self.set_flag(sys::NETLINK_PKTINFO, on, "setting NETLINK_PKTINFO")?;
        if on {
            self.wants_cmsg.store(true, Ordering::Relaxed);
        }
        Ok(())
    }

    /// `NETLINK_LISTEN_ALL_NSID`: receive multicasts from every network
    /// namespace that has an id here, with [`Datagram::nsid`] set; needs
    /// `CAP_NET_BROADCAST`.
    pub fn set_listen_all_nsid(&self, on: bool) -> Result<()> {
        self.set_flag(
            sys::NETLINK_LISTEN_ALL_NSID,
            on,
            "setting NETLINK_LISTEN_ALL_NSID (needs CAP_NET_BROADCAST)",
        )?;
        if on {
            self.wants_cmsg.store(true, Ordering::Relaxed);
        }
        Ok(())
    }

    /// `NETLINK_BROADCAST_ERROR`: a multicast send reports delivery errors
    /// (e.g. a listener's full queue) instead of ignoring them.
    pub fn set_broadcast_error(&self, on: bool) -> Result<()> {
        self.set_flag(
            sys::NETLINK_BROADCAST_ERROR,
            on,
            "setting NETLINK_BROADCAST_ERROR",
        )
    }

    /// Switches non-blocking mode; then `recv` with nothing queued gives
    /// [`Error::WouldBlock`].
    pub fn set_nonblocking(&self, on: bool) -> Result<()> {
        rustix::io::ioctl_fionbio(&self.fd, on)
            .map_err(|e| io_error("switching non-blocking mode (FIONBIO)", e))?;
        self.nonblocking.store(on, Ordering::Relaxed);
        Ok(())
    }

    /// Sets the receive timeout (`SO_RCVTIMEO`); `None` waits forever. When
    /// it expires, `recv` gives [`Error::Timeout`].
    pub fn set_read_timeout(&self, timeout: Option<Duration>) -> Result<()> {
        if timeout == Some(Duration::ZERO) {
            return Err(Error::InvalidArgument(
                "a zero read timeout: use None to wait forever, or set_nonblocking(true)"
                    .to_string(),
            ));
        }
        self.set_rcvtimeo(timeout)?;
        self.read_timeout_ns
            .store(self.rcvtimeo_ns.load(Ordering::Relaxed), Ordering::Relaxed);
        Ok(())
    }

    /// Sets `SO_RCVTIMEO` in the kernel (`None`: forever).
    fn set_rcvtimeo(&self, timeout: Option<Duration>) -> Result<()> {
        sockopt::set_socket_timeout(&self.fd, sockopt::Timeout::Recv, timeout)
            .map_err(|e| io_error("setting the read timeout (SO_RCVTIMEO)", e))?;
        let nanos = timeout.map_or(0, |d| {
            u64::try_from(d.as_nanos()).unwrap_or(u64::MAX).max(1)
        });
        self.rcvtimeo_ns.store(nanos, Ordering::Relaxed);
        Ok(())
    }

    /// Makes the kernel's `SO_RCVTIMEO` a bound for a wait of `left`: at
    /// most `left` (the wait must not end late) and at least half of it
    /// (not to wake up often for nothing). Inside that window nothing is
    /// changed, so a stream of datagrams waited for with fresh deadlines
    /// costs no system call; outside it is set to 7/8 of `left`, and
    /// exactly to `left` below a millisecond. `None`: the user's read
    /// timeout again.
    #[inline]
    fn bound_wait(&self, left: Option<Duration>) -> Result<()> {
        let now = self.rcvtimeo_ns.load(Ordering::Relaxed);
        let Some(left) = left else {
            let user = self.read_timeout_ns.load(Ordering::Relaxed);
            if now != user {
                return self.set_rcvtimeo((user != 0).then(|| Duration::from_nanos(user)));
            }
            return Ok(());
        };
        let left_ns = u64::try_from(left.as_nanos()).unwrap_or(u64::MAX);
        if now != 0 && now <= left_ns && now >= left_ns / 2 {
            return Ok(());
        }
        let bound = if left < Duration::from_millis(1) {
            left
        } else {
            left - left / 8
        };
        // SO_RCVTIMEO counts microseconds; zero would mean forever.
        self.set_rcvtimeo(Some(bound.max(Duration::from_micros(1))))
    }

    /// The receive timeout set with [`Socket::set_read_timeout`].
    pub fn read_timeout(&self) -> Option<Duration> {
        match self.read_timeout_ns.load(Ordering::Relaxed) {
            0 => None,
            n => Some(Duration::from_nanos(n)),
        }
    }

    /// Maps a send errno to an error, or to success for a multicast that
    /// was delivered but had no kernel socket for the unicast copy.
    #[inline]
    fn send_result(
        &self,
        result: rustix::io::Result<usize>,
        len: usize,
        to: Addr,
    ) -> Result<usize> {
        match result {
            Ok(n) => Ok(n),
            Err(e) => self.send_error(e, len, to),
        }
    }

    #[cold]
    fn send_error(&self, err: Errno, len: usize, to: Addr) -> Result<usize> {
        match err {
            // A send to groups with portid 0 multicasts first, then unicasts a
            // copy to the kernel; protocols with no kernel socket (USERSOCK)
            // refuse that copy after the multicast went out.
            Errno::CONNREFUSED if to.portid == 0 && to.groups != 0 => Ok(len),
            Errno::CONNREFUSED => Err(Error::ConnectionRefused { portid: to.portid }),
            denied @ (Errno::PERM | Errno::ACCESS) => Err(Error::PermissionDenied {
                errno: denied.raw_os_error(),
                operation: format!(
                    "sending to portid {} / groups {:#x} on protocol {}",
                    to.portid, to.groups, self.protocol
                ),
                capability: "CAP_NET_ADMIN",
            }),
            Errno::AGAIN => Err(Error::WouldBlock),
            Errno::MSGSIZE => Err(Error::InvalidArgument(format!(
                "a datagram of {len} bytes is too large for the send buffer (SO_SNDBUF minus 32 bytes)"
            ))),
            e => Err(io_error("sending a netlink datagram", e)),
        }
    }

    /// Sends one datagram to `to` (`sendto`); returns the bytes sent.
    ///
    /// A send to a portid nobody holds gives [`Error::ConnectionRefused`].
    /// A multicast (`to.groups != 0`, portid 0) on a protocol without a
    /// kernel socket succeeds once delivered to the group.
    #[inline]
    pub fn send(&self, bytes: &[u8], to: Addr) -> Result<usize> {
        let addr = SocketAddrNetlink::new(to.portid, to.groups);
        loop {
            let result = rustix::net::sendto(&self.fd, bytes, SendFlags::empty(), &addr);
            if result == Err(Errno::INTR) {
                continue;
            }
            if let Ok(n) = result {
                if let Some(tap) = &self.tap {
                    self.tap_sent(tap, &[bytes], to);
                }
                return Ok(n);
            }
            // Refused, or a multicast delivered without its kernel copy.
            let sent = self.send_result(result, bytes.len(), to);
            if let (Some(tap), Ok(_)) = (&self.tap, &sent) {
                self.tap_sent(tap, &[bytes], to);
            }
            return sent;
        }
    }

    /// Sends the concatenation of `parts` as ONE datagram (`sendmsg` with
    /// several iovecs): a batch of messages without copying them together.
    pub fn send_vectored(&self, parts: &[IoSlice<'_>], to: Addr) -> Result<usize> {
        let addr = SocketAddrNetlink::new(to.portid, to.groups);
        loop {
            let mut control = SendAncillaryBuffer::default();
            let result =
                rustix::net::sendmsg_addr(&self.fd, &addr, parts, &mut control, SendFlags::empty());
            if result == Err(Errno::INTR) {
                continue;
            }
            if let Ok(n) = result {
                if let Some(tap) = &self.tap {
                    let slices: Vec<&[u8]> = parts.iter().map(|p| &p[..]).collect();
                    self.tap_sent(tap, &slices, to);
                }
                return Ok(n);
            }
            let len = parts.iter().map(|p| p.len()).sum();
            let sent = self.send_result(result, len, to);
            if let (Some(tap), Ok(_)) = (&self.tap, &sent) {
                let slices: Vec<&[u8]> = parts.iter().map(|p| &p[..]).collect();
                self.tap_sent(tap, &slices, to);
            }
            return sent;
        }
    }

    /// Maps a receive errno to an error.
    #[cold]
    fn recv_error(&self, err: std::io::Error) -> Error {
        match errno_of(&err) {
            Errno::NOBUFS => Error::Overrun,
            Errno::AGAIN => match (
                self.nonblocking.load(Ordering::Relaxed),
                self.read_timeout(),
            ) {
                (false, Some(timeout)) => Error::Timeout(timeout),
                _ => Error::WouldBlock,
            },
            _ => Error::Io {
                context: "receiving a netlink datagram",
                source: err,
            },
        }
    }

    /// One `recvmsg` into `buf`, retrying on `EINTR`; the raw result.
    #[inline]
    fn recv_raw(&self, buf: &mut RecvBuffer, flags: libc::c_int) -> std::io::Result<sys::RecvInfo> {
        let cmsg = self.wants_cmsg.load(Ordering::Relaxed);
        loop {
            let r = if cmsg {
                sys::recvmsg(self.fd.as_fd(), buf.landing(), flags)
            } else {
                sys::recvfrom(self.fd.as_fd(), buf.landing(), flags)
            };
            match r {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                other => return other,
            }
        }
    }

    /// Turns a successful `recvmsg` into a [`Datagram`], or
    /// [`Error::Truncated`] when it did not fit.
    #[inline]
    fn datagram<'b>(&self, info: sys::RecvInfo, buf: &'b RecvBuffer) -> Result<Datagram<'b>> {
        let capacity = buf.capacity();
        if info.len > capacity {
            return Err(Error::Truncated {
                len: info.len,
                capacity,
            });
        }
        let sender = Addr {
            portid: info.portid,
            groups: info.groups,
        };
        if let Some(tap) = &self.tap {
            self.tap_received(tap, &buf.data, sender);
        }
        Ok(Datagram {
            // The landing left exactly the datagram's `info.len` bytes.
            bytes: &buf.data,
            sender,
            group: info.group,
            nsid: info.nsid,
        })
    }

    /// Receives one datagram into `buf`.
    ///
    /// A datagram larger than the buffer is consumed and reported as
    /// [`Error::Truncated`] with its real length (never cut silently). A
    /// receive queue overrun gives [`Error::Overrun`] once, and the socket
    /// stays usable. With nothing queued, a non-blocking socket gives
    /// [`Error::WouldBlock`] and an expired read timeout [`Error::Timeout`].
    #[inline]
    pub fn recv<'b>(&self, buf: &'b mut RecvBuffer) -> Result<Datagram<'b>> {
        let info = self.recv_raw(buf, 0).map_err(|e| self.recv_error(e))?;
        self.datagram(info, buf)
    }

    /// Receives one datagram into `buf`, waiting until `deadline` at most
    /// (`None`: as [`Socket::recv`]). Past the deadline it gives
    /// [`Error::Timeout`] (with the time it waited); a datagram already
    /// queued is taken even when the deadline has passed. The wait is
    /// bounded by the kernel's receive timeout, changed only when the time
    /// left leaves the window it covers (see `bound_wait`), so receiving a
    /// stream with a deadline costs the same system calls as without.
    #[inline]
    pub fn recv_until<'b>(
        &self,
        buf: &'b mut RecvBuffer,
        deadline: Option<Instant>,
    ) -> Result<Datagram<'b>> {
        let Some(at) = deadline else {
            self.bound_wait(None)?;
            return self.recv(buf);
        };
        let start = Instant::now();
        let mut now = start;
        let info = loop {
            let flags = if now >= at { libc::MSG_DONTWAIT } else { 0 };
            if flags == 0 {
                self.bound_wait(Some(at - now))?;
            }
            match self.recv_raw(buf, flags) {
                Ok(info) => break info,
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    if self.nonblocking.load(Ordering::Relaxed) && flags == 0 {
                        return Err(Error::WouldBlock);
                    }
                    if flags != 0 {
                        return Err(Error::Timeout(now.saturating_duration_since(start)));
                    }
                    now = Instant::now();
                }
                Err(e) => return Err(self.recv_error(e)),
            }
        };
        self.datagram(info, buf)
    }

    /// Receives one datagram into `buf`, waiting at most `timeout` for it
    /// (`None`: the [`Socket::set_read_timeout`] setting): the kernel's
    /// receive timeout is set to `timeout` when it differs (so a loop with
    /// the same timeout pays one `setsockopt` in all). When it expires:
    /// [`Error::Timeout`].
    #[inline]
    pub fn recv_within<'b>(
        &self,
        buf: &'b mut RecvBuffer,
        timeout: Option<Duration>,
    ) -> Result<Datagram<'b>> {
        let timeout = timeout.or_else(|| self.read_timeout());
        let want = timeout.map_or(0, |d| {
            u64::try_from(d.as_nanos()).unwrap_or(u64::MAX).max(1)
        });
        if self.rcvtimeo_ns.load(Ordering::Relaxed) != want {
            self.set_rcvtimeo(timeout)?;
        }
        match self.recv_raw(buf, 0) {
            Ok(info) => self.datagram(info, buf),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => match timeout {
                Some(t) if !self.nonblocking.load(Ordering::Relaxed) => Err(Error::Timeout(t)),
                _ => Err(Error::WouldBlock),
            },
            Err(e) => Err(self.recv_error(e)),
        }
    }

    /// The length of the next queued datagram, without consuming it
    /// (`MSG_PEEK | MSG_TRUNC`); waits like [`Socket::recv`].
    pub fn peek_len(&self) -> Result<usize> {
        let mut nothing = RecvBuffer { data: Vec::new() };
        let info = self
            .recv_raw(&mut nothing, libc::MSG_PEEK)
            .map_err(|e| self.recv_error(e))?;
        Ok(info.len)
    }
}

impl AsFd for Socket {
    fn as_fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }
}

impl AsRawFd for Socket {
    fn as_raw_fd(&self) -> RawFd {
        self.fd.as_raw_fd()
    }
}

impl From<Socket> for OwnedFd {
    fn from(socket: Socket) -> OwnedFd {
        socket.fd
    }
}

impl fmt::Debug for Socket {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Socket")
            .field("fd", &self.fd.as_raw_fd())
            .field("protocol", &self.protocol)
            .field("nonblocking", &self.nonblocking.load(Ordering::Relaxed))
            .field("read_timeout", &self.read_timeout())
            .finish()
    }
}

/// What the client drivers need from a socket, so that they run over a
/// real [`Socket`], an [`AsyncSocket`] or the in-memory test fake alike.
/// Waiting is the transport's: [`Transport::recv`] blocks (until a
/// deadline the engine computed), [`Transport::poll_recv`] registers a
/// task's waker instead.
pub trait Transport {
    /// Sends one datagram to `to`. A peer whose queue is full gives
    /// [`Error::WouldBlock`] on a non-blocking transport.
    fn send(&mut self, bytes: &[u8], to: Addr) -> Result<usize>;
    /// Sends the concatenation of `parts` as one datagram to `to`.
    fn send_vectored(&mut self, parts: &[IoSlice<'_>], to: Addr) -> Result<usize>;
    /// Receives one datagram into `buf`, waiting until `deadline` at most
    /// (`None`: as long as it takes); past it, [`Error::Timeout`].
    fn recv<'b>(
        &mut self,
        buf: &'b mut RecvBuffer,
        deadline: Option<Instant>,
    ) -> Result<Datagram<'b>>;
    /// Receives one datagram into `buf`, waiting at most `timeout` for it
    /// (`None`: as long as it takes). The default reads the clock and
    /// calls [`Transport::recv`]; a [`Socket`] sets its receive timeout
    /// instead (once: no clock read, no system call while it stays the
    /// same), which is what a subscriber's hot loop wants.
    fn recv_timeout<'b>(
        &mut self,
        buf: &'b mut RecvBuffer,
        timeout: Option<Duration>,
    ) -> Result<Datagram<'b>> {
        self.recv(buf, timeout.map(|t| Instant::now() + t))
    }
    /// Receives one datagram into `buf` if one is ready; otherwise
    /// arranges for `cx`'s task to be woken when one may be, and returns
    /// `Poll::Pending`. For async drivers.
    fn poll_recv<'b>(
        &mut self,
        cx: &mut Context<'_>,
        buf: &'b mut RecvBuffer,
    ) -> Poll<Result<Datagram<'b>>>;
    /// This endpoint's portid (0 while unbound).
    fn portid(&self) -> Result<u32>;
}

impl Transport for Socket {
    #[inline]
    fn send(&mut self, bytes: &[u8], to: Addr) -> Result<usize> {
        Socket::send(self, bytes, to)
    }

    fn send_vectored(&mut self, parts: &[IoSlice<'_>], to: Addr) -> Result<usize> {
        Socket::send_vectored(self, parts, to)
    }

    #[inline]
    fn recv<'b>(
        &mut self,
        buf: &'b mut RecvBuffer,
        deadline: Option<Instant>,
    ) -> Result<Datagram<'b>> {
        Socket::recv_until(self, buf, deadline)
    }

    #[inline]
    fn recv_timeout<'b>(
        &mut self,
        buf: &'b mut RecvBuffer,
        timeout: Option<Duration>,
    ) -> Result<Datagram<'b>> {
        Socket::recv_within(self, buf, timeout)
    }

    /// A blocking socket has no reactor to wake a task: this fails. Async
    /// code uses an [`AsyncSocket`] (what `AsyncClient::new` makes).
    fn poll_recv<'b>(
        &mut self,
        _cx: &mut Context<'_>,
        _buf: &'b mut RecvBuffer,
    ) -> Poll<Result<Datagram<'b>>> {
        Poll::Ready(Err(Error::InvalidArgument(
            "a blocking Socket cannot wait in async code: wrap it in an AsyncSocket".into(),
        )))
    }

    fn portid(&self) -> Result<u32> {
        Socket::portid(self)
    }
}

impl<T: Transport + ?Sized> Transport for &mut T {
    fn send(&mut self, bytes: &[u8], to: Addr) -> Result<usize> {
        (**self).send(bytes, to)
    }

    fn send_vectored(&mut self, parts: &[IoSlice<'_>], to: Addr) -> Result<usize> {
        (**self).send_vectored(parts, to)
    }

    fn recv<'b>(
        &mut self,
        buf: &'b mut RecvBuffer,
        deadline: Option<Instant>,
    ) -> Result<Datagram<'b>> {
        (**self).recv(buf, deadline)
    }

    fn recv_timeout<'b>(
        &mut self,
        buf: &'b mut RecvBuffer,
        timeout: Option<Duration>,
    ) -> Result<Datagram<'b>> {
        (**self).recv_timeout(buf, timeout)
    }

    fn poll_recv<'b>(
        &mut self,
        cx: &mut Context<'_>,
        buf: &'b mut RecvBuffer,
    ) -> Poll<Result<Datagram<'b>>> {
        (**self).poll_recv(cx, buf)
    }

    fn portid(&self) -> Result<u32> {
        (**self).portid()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_addresses_are_bitmasks() {
        assert_eq!(Addr::group(1).unwrap().groups, 1);
        assert_eq!(Addr::group(5).unwrap().groups, 0b1_0000);
        assert_eq!(Addr::group(32).unwrap().groups, 1 << 31);
        assert_eq!(Addr::group(32).unwrap().portid, 0);
        assert!(matches!(Addr::group(0), Err(Error::InvalidArgument(_))));
        assert!(matches!(Addr::group(33), Err(Error::InvalidArgument(_))));
        assert_eq!(
            Addr::portid(7),
            Addr {
                portid: 7,
                groups: 0
            }
        );
        assert_eq!(Addr::KERNEL, Addr::default());
    }

    #[test]
    fn recv_buffer_sizes() {
        assert_eq!(RecvBuffer::new().capacity(), 64 * 1024);
        assert_eq!(RecvBuffer::with_capacity(10).capacity(), 32 * 1024);
        assert_eq!(RecvBuffer::with_capacity(100_000).capacity(), 100_000);
        let mut b = RecvBuffer::new();
        b.reserve(10);
        assert_eq!(b.capacity(), 64 * 1024);
        b.reserve(70_000);
        assert_eq!(b.capacity(), 70_000);
        assert_eq!(b.fill(b"abc").unwrap(), b"abc");
        let big = vec![1; 70_001];
        assert!(matches!(
            b.fill(&big),
            Err(Error::Truncated {
                len: 70_001,
                capacity: 70_000
            })
        ));
    }

    #[test]
    fn out_of_range_protocol_is_refused_before_the_syscall() {
        assert!(matches!(
            Socket::open(Protocol(32)),
            Err(Error::InvalidArgument(m)) if m.contains("0..=31")
        ));
    }
}
