//! The only `unsafe` code of nlctl: a SIGINT/SIGTERM flag (so long runs
//! stop cleanly and `capture` deletes its nlmon device), and an `AF_PACKET`
//! socket bound to one interface (rustix has no `sockaddr_ll`), and a
//! `poll` on a descriptor another crate owns (the eBPF ring buffer).
//!
//! Every `unsafe` block has a `// SAFETY:` note.

use std::io;
use std::mem::{size_of, zeroed};
use std::os::fd::{AsRawFd, OwnedFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use rustix::net::{AddressFamily, SocketFlags, SocketType};

static STOP: AtomicBool = AtomicBool::new(false);

extern "C" fn on_signal(_sig: libc::c_int) {
    STOP.store(true, Ordering::SeqCst);
}

/// Catch SIGINT and SIGTERM: they set a flag ([`stop_requested`]) instead
/// of killing the process, so loops can finish and clean up.
pub fn install_stop_handler() -> io::Result<()> {
    for sig in [libc::SIGINT, libc::SIGTERM] {
        // SAFETY: an all-zero `sigaction` is a valid value (no flags, empty
        // mask, default restorer); we then set the handler field.
        let mut sa: libc::sigaction = unsafe { zeroed() };
        sa.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as usize;
        sa.sa_flags = 0;
        // SAFETY: `sa.sa_mask` is a valid, writable sigset_t.
        unsafe { libc::sigemptyset(&mut sa.sa_mask) };
        // SAFETY: `sa` is a fully initialised sigaction; the handler only
        // stores to an atomic, which is async-signal-safe; the old action
        // pointer may be null.
        let rc = unsafe { libc::sigaction(sig, &sa, std::ptr::null_mut()) };
        if rc != 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// True once SIGINT or SIGTERM arrived.
pub fn stop_requested() -> bool {
    STOP.load(Ordering::SeqCst)
}

/// One packet read from an [`PacketSocket`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Packet {
    /// Bytes stored in the buffer.
    pub len: usize,
    /// The packet's real length (larger than `len` when cut).
    pub orig_len: usize,
    /// `sll_pkttype` (`PACKET_USER` = 6, `PACKET_KERNEL` = 7 on nlmon).
    pub pkttype: u8,
    /// `sll_protocol` in host order (the netlink protocol on nlmon).
    pub protocol: u16,
}

/// An `AF_PACKET`/`SOCK_DGRAM` socket bound to one interface: on an nlmon
/// device it yields netlink datagrams with their protocol and direction.
#[derive(Debug)]
pub struct PacketSocket {
    fd: OwnedFd,
}

impl PacketSocket {
    /// Open and bind to interface `ifindex` (needs `CAP_NET_RAW`).
    pub fn open(ifindex: u32) -> io::Result<PacketSocket> {
        let fd = rustix::net::socket_with(
            AddressFamily::PACKET,
            SocketType::DGRAM,
            SocketFlags::CLOEXEC,
            Some(rustix::net::eth::ALL),
        )?;
        let index = i32::try_from(ifindex).map_err(|_| {
            io::Error::new(io::ErrorKind::InvalidInput, "interface index too large")
        })?;
        // SAFETY: an all-zero `sockaddr_ll` is valid; the fields are set below.
        let mut sll: libc::sockaddr_ll = unsafe { zeroed() };
        sll.sll_family = libc::AF_PACKET as u16;
        sll.sll_protocol = (libc::ETH_P_ALL as u16).to_be();
        sll.sll_ifindex = index;
        // SAFETY: `fd` is an open socket; the pointer and length describe
        // the `sll` on our stack, which outlives the call.
        let rc = unsafe {
            libc::bind(
                fd.as_raw_fd(),
                (&sll as *const libc::sockaddr_ll).cast::<libc::sockaddr>(),
                size_of::<libc::sockaddr_ll>() as libc::socklen_t,
            )
        };
        if rc != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(PacketSocket { fd })
    }

    /// Wait at most `timeout` in [`PacketSocket::recv`] (at least 1 ms).
    pub fn set_timeout(&self, timeout: Duration) -> io::Result<()> {
        let t = timeout.max(Duration::from_millis(1));
        rustix::net::sockopt::set_socket_timeout(
            &self.fd,
            rustix::net::sockopt::Timeout::Recv,
            Some(t),
        )?;
        Ok(())
    }

    /// Receive one packet into `buf` (`ErrorKind::WouldBlock` on timeout).
    pub fn recv(&self, buf: &mut [u8]) -> io::Result<Packet> {
        // SAFETY: as above, all-zero is a valid `sockaddr_ll`.
        let mut sll: libc::sockaddr_ll = unsafe { zeroed() };
        let mut alen = size_of::<libc::sockaddr_ll>() as libc::socklen_t;
        // SAFETY: `buf` is writable for `buf.len()` bytes; `sll`/`alen`
        // describe a writable sockaddr_ll on our stack. MSG_TRUNC makes the
        // kernel return the real length, which may exceed `buf.len()`; we
        // never read past `buf.len()`.
        let n = unsafe {
            libc::recvfrom(
                self.fd.as_raw_fd(),
                buf.as_mut_ptr().cast::<libc::c_void>(),
                buf.len(),
                libc::MSG_TRUNC,
                (&mut sll as *mut libc::sockaddr_ll).cast::<libc::sockaddr>(),
                &mut alen,
            )
        };
        if n < 0 {
            return Err(io::Error::last_os_error());
        }
        let orig_len = n as usize;
        Ok(Packet {
            len: orig_len.min(buf.len()),
            orig_len,
            pkttype: sll.sll_pkttype,
            protocol: u16::from_be(sll.sll_protocol),
        })
    }
}

/// Waits up to `timeout` for `fd` to become readable (`poll`); true when it
/// is. For file descriptors owned by other crates (the eBPF ring buffer).
pub fn wait_readable(fd: std::os::fd::RawFd, timeout: Duration) -> io::Result<bool> {
    let mut p = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    let ms = libc::c_int::try_from(timeout.as_millis()).unwrap_or(libc::c_int::MAX);
    // SAFETY: `p` is one valid, writable pollfd and the count is 1; poll
    // does not keep the pointer. A stale fd is reported in revents, not UB.
    let rc = unsafe { libc::poll(&mut p, 1, ms) };
    match rc {
        -1 => {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                Ok(false)
            } else {
                Err(e)
            }
        }
        0 => Ok(false),
        _ => Ok(true),
    }
}
