//! Every `unsafe` block of the crate: the netlink system calls `rustix` does
//! not cover (`SOL_NETLINK` socket options and `recvmsg` with netlink
//! control messages), as small safe functions over a borrowed fd.

use std::io;
use std::mem::{size_of, MaybeUninit};
use std::os::fd::{AsRawFd, BorrowedFd};

use libc::{c_int, c_void, socklen_t};

/// `SOL_NETLINK`, the level of the netlink socket options.
pub(crate) const SOL_NETLINK: c_int = 270;
/// `NETLINK_ADD_MEMBERSHIP` (`<linux/netlink.h>`).
pub(crate) const NETLINK_ADD_MEMBERSHIP: c_int = 1;
/// `NETLINK_DROP_MEMBERSHIP`.
pub(crate) const NETLINK_DROP_MEMBERSHIP: c_int = 2;
/// `NETLINK_PKTINFO`: deliver the destination group as a control message.
pub(crate) const NETLINK_PKTINFO: c_int = 3;
/// `NETLINK_BROADCAST_ERROR`: report multicast delivery errors to the sender.
pub(crate) const NETLINK_BROADCAST_ERROR: c_int = 4;
/// `NETLINK_NO_ENOBUFS`: do not report receive queue overruns.
pub(crate) const NETLINK_NO_ENOBUFS: c_int = 5;
/// `NETLINK_LISTEN_ALL_NSID`: receive multicasts from every peer namespace.
pub(crate) const NETLINK_LISTEN_ALL_NSID: c_int = 8;
/// `NETLINK_LIST_MEMBERSHIPS`: read the joined groups as a bitmask.
pub(crate) const NETLINK_LIST_MEMBERSHIPS: c_int = 9;
/// `NETLINK_CAP_ACK`: error ACKs do not echo the whole request.
pub(crate) const NETLINK_CAP_ACK: c_int = 10;
/// `NETLINK_EXT_ACK`: error ACKs carry a message and offset (TLVs).
pub(crate) const NETLINK_EXT_ACK: c_int = 11;
/// `NETLINK_GET_STRICT_CHK`: strict checking of dump requests.
pub(crate) const NETLINK_GET_STRICT_CHK: c_int = 12;

/// Sets an `int`-valued socket option.
pub(crate) fn set_int_option(
    fd: BorrowedFd<'_>,
    level: c_int,
    name: c_int,
    value: c_int,
) -> io::Result<()> {
    // SAFETY: `fd` is a valid open descriptor for the lifetime of the borrow;
    // the option value points to a live `c_int` and its exact size is passed,
    // and the kernel only reads that many bytes from it.
    let rc = unsafe {
        libc::setsockopt(
            fd.as_raw_fd(),
            level,
            name,
            (&value as *const c_int).cast::<c_void>(),
            size_of::<c_int>() as socklen_t,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// Reads an `int`-valued socket option.
pub(crate) fn get_int_option(fd: BorrowedFd<'_>, level: c_int, name: c_int) -> io::Result<c_int> {
    let mut value: c_int = 0;
    let mut len = size_of::<c_int>() as socklen_t;
    // SAFETY: `fd` is valid for the borrow; `value` and `len` are live locals,
    // `len` holds the size of `value`, so the kernel writes at most that many
    // bytes into it and updates `len`.
    let rc = unsafe {
        libc::getsockopt(
            fd.as_raw_fd(),
            level,
            name,
            (&mut value as *mut c_int).cast::<c_void>(),
            &mut len,
        )
    };
    if rc == 0 {
        Ok(value)
    } else {
        Err(io::Error::last_os_error())
    }
}

/// Reads `NETLINK_LIST_MEMBERSHIPS` and returns the joined group numbers
/// (1-based), in increasing order.
pub(crate) fn list_memberships(fd: BorrowedFd<'_>) -> io::Result<Vec<u32>> {
    // Start with room for 128 groups; the kernel reports the size it needs.
    let mut words: Vec<u32> = vec![0; 4];
    loop {
        let given = words.len() * size_of::<u32>();
        let mut len = given as socklen_t;
        // SAFETY: `fd` is valid for the borrow; `words` is a live, writable
        // buffer of exactly `len` bytes, and the kernel writes whole `u32`s
        // within `len` only, then stores the size it needs in `len`.
        let rc = unsafe {
            libc::getsockopt(
                fd.as_raw_fd(),
                SOL_NETLINK,
                NETLINK_LIST_MEMBERSHIPS,
                words.as_mut_ptr().cast::<c_void>(),
                &mut len,
            )
        };
        if rc != 0 {
            return Err(io::Error::last_os_error());
        }
        let needed = len as usize;
        if needed > given {
            words = vec![0; needed.div_ceil(size_of::<u32>())];
            continue;
        }
        let used = needed / size_of::<u32>();
        let mut groups = Vec::new();
        for (index, word) in words.iter().take(used).enumerate() {
            for bit in 0..32u32 {
                if word & (1 << bit) != 0 {
                    groups.push(index as u32 * 32 + bit + 1);
                }
            }
        }
        return Ok(groups);
    }
}

/// What `recvmsg` reported about one datagram.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RecvInfo {
    /// The datagram's real length (`MSG_TRUNC` is always passed), which may
    /// exceed the buffer.
    pub len: usize,
    /// The sender's portid (0 = the kernel).
    pub portid: u32,
    /// `nl_groups` of the source address: the destination group as a
    /// bitmask (0 for unicast and for groups above 32).
    pub groups: u32,
    /// The destination group from `NETLINK_PKTINFO`, when it is enabled
    /// and the datagram was a multicast.
    pub group: Option<u32>,
    /// The peer namespace id from `NETLINK_LISTEN_ALL_NSID`, when known.
    pub nsid: Option<i32>,
}

/// Room for the control messages we enable: `NETLINK_PKTINFO` (4 bytes) and
/// `NETLINK_LISTEN_ALL_NSID` (4 bytes), each `CMSG_SPACE(4)` = 24 bytes, with
/// spare room. `u64` elements give `cmsghdr` alignment.
const CONTROL_WORDS: usize = 16;

/// Where a datagram is received: the spare capacity of a vector, so that its
/// memory is neither zeroed nor touched until the kernel writes to it (a
/// 64 KiB receive buffer costs the pages the datagrams fill, not 64 KiB).
/// [`Landing::received`] then gives the vector exactly the bytes written.
pub(crate) struct Landing<'v> {
    vec: &'v mut Vec<u8>,
}

impl<'v> Landing<'v> {
    /// Room for the whole capacity of `vec` (emptied first).
    #[inline]
    pub(crate) fn new(vec: &'v mut Vec<u8>) -> Landing<'v> {
        vec.clear();
        Landing { vec }
    }

    /// Pointer and length to hand to the kernel.
    #[inline]
    fn raw(&mut self) -> (*mut c_void, usize) {
        (self.vec.as_mut_ptr().cast::<c_void>(), self.vec.capacity())
    }

    /// The kernel reported a datagram of `len` bytes (its real length, from
    /// `MSG_TRUNC`): the vector now holds what was written of it.
    #[inline]
    fn received(&mut self, len: usize) {
        let written = len.min(self.vec.capacity());
        // SAFETY: `recvfrom`/`recvmsg` copied the first `min(len, capacity)`
        // bytes of the datagram to the start of the vector's buffer (`raw`
        // handed it the whole capacity of the emptied vector), so those
        // bytes are initialised and within the capacity.
        unsafe { self.vec.set_len(written) };
    }
}

/// `recvmsg(fd, {buf}, flags | MSG_TRUNC)`, returning the real length, the
/// sender address and the netlink control messages.
pub(crate) fn recvmsg(
    fd: BorrowedFd<'_>,
    mut buf: Landing<'_>,
    flags: c_int,
) -> io::Result<RecvInfo> {
    let mut addr = MaybeUninit::<libc::sockaddr_nl>::zeroed();
    let mut control = [0u64; CONTROL_WORDS];
    let (base, len) = buf.raw();
    let mut iov = libc::iovec {
        iov_base: base,
        iov_len: len,
    };
    // SAFETY: an all-zero `msghdr` is a valid value (null pointers, zero
    // lengths); the fields that matter are set below.
    let mut msg: libc::msghdr = unsafe { MaybeUninit::zeroed().assume_init() };
    msg.msg_name = addr.as_mut_ptr().cast::<c_void>();
    msg.msg_namelen = size_of::<libc::sockaddr_nl>() as socklen_t;
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.as_mut_ptr().cast::<c_void>();
    msg.msg_controllen = std::mem::size_of_val(&control) as _;

    // SAFETY: `fd` is valid for the borrow. Every pointer in `msg` points to
    // a live local or to the landing's spare capacity, with the matching
    // length: the kernel writes at most `iov_len` bytes there, `msg_namelen` bytes to `addr` and
    // `msg_controllen` bytes to `control`, and none of them is moved or
    // dropped before the call returns.
    let n = unsafe { libc::recvmsg(fd.as_raw_fd(), &mut msg, flags | libc::MSG_TRUNC) };
    if n < 0 {
        return Err(io::Error::last_os_error());
    }
    buf.received(n as usize);
    // SAFETY: `addr` was zero-initialised, and `sockaddr_nl` is plain data
    // (integers only), so it is valid whether or not the kernel filled it.
    let addr = unsafe { addr.assume_init() };
    let mut info = RecvInfo {
        len: n as usize,
        portid: addr.nl_pid,
        groups: addr.nl_groups,
        group: None,
        nsid: None,
    };

    // SAFETY: `msg` was filled by a successful `recvmsg`: `msg_control` still
    // points to `control` and the kernel set `msg_controllen` to the bytes it
    // wrote there (never more than we gave), which is what `CMSG_FIRSTHDR`/
    // `CMSG_NXTHDR` require to walk the headers without leaving the buffer.
    let mut cmsg = unsafe { libc::CMSG_FIRSTHDR(&msg) };
    while !cmsg.is_null() {
        // SAFETY: `cmsg` is non-null and was returned by `CMSG_FIRSTHDR` or
        // `CMSG_NXTHDR`, so it points to a complete `cmsghdr` inside
        // `control` (aligned, since `control` is `u64`-aligned).
        let header = unsafe { &*cmsg };
        let data_len = (header.cmsg_len as usize).saturating_sub(
            // SAFETY: `CMSG_LEN` is a pure computation on a length.
            unsafe { libc::CMSG_LEN(0) } as usize,
        );
        if header.cmsg_level == SOL_NETLINK && data_len >= size_of::<u32>() {
            // SAFETY: `cmsg` points to a complete header inside `control`;
            // `CMSG_DATA` only computes the address just past it.
            let data = unsafe { libc::CMSG_DATA(cmsg) };
            // SAFETY: the header says at least 4 data bytes follow it, all
            // inside `control`; `read_unaligned` does not need alignment.
            let value = unsafe { std::ptr::read_unaligned(data.cast::<u32>()) };
            match header.cmsg_type {
                NETLINK_PKTINFO if value != 0 => info.group = Some(value),
                NETLINK_LISTEN_ALL_NSID => info.nsid = Some(value as i32),
                _ => {}
            }
        }
        // SAFETY: same conditions as `CMSG_FIRSTHDR` above; `cmsg` is a
        // header inside the control buffer described by `msg`.
        cmsg = unsafe { libc::CMSG_NXTHDR(&msg, cmsg) };
    }
    Ok(info)
}

/// `recvfrom(fd, buf, flags | MSG_TRUNC)`: like [`recvmsg`] without control
/// messages. The kernel's `recvfrom` path imports one buffer instead of a
/// `msghdr` and an iovec array, which is measurably cheaper per datagram
/// (about 5% of a user-to-user round trip); used when neither
/// `NETLINK_PKTINFO` nor `NETLINK_LISTEN_ALL_NSID` is on.
#[inline]
pub(crate) fn recvfrom(
    fd: BorrowedFd<'_>,
    mut buf: Landing<'_>,
    flags: c_int,
) -> io::Result<RecvInfo> {
    let mut addr = MaybeUninit::<libc::sockaddr_nl>::zeroed();
    let mut addr_len = size_of::<libc::sockaddr_nl>() as socklen_t;
    let (base, len) = buf.raw();
    // SAFETY: `fd` is valid for the borrow; the kernel writes at most `len`
    // bytes to `base` (the landing's spare capacity, borrowed for the call)
    // and at most `addr_len` bytes to `addr`, a live local.
    let n = unsafe {
        libc::recvfrom(
            fd.as_raw_fd(),
            base,
            len,
            flags | libc::MSG_TRUNC,
            addr.as_mut_ptr().cast::<libc::sockaddr>(),
            &mut addr_len,
        )
    };
    if n < 0 {
        return Err(io::Error::last_os_error());
    }
    buf.received(n as usize);
    // SAFETY: `addr` was zero-initialised and `sockaddr_nl` is plain data.
    let addr = unsafe { addr.assume_init() };
    Ok(RecvInfo {
        len: n as usize,
        portid: addr.nl_pid,
        groups: addr.nl_groups,
        group: None,
        nsid: None,
    })
}

/// Registers a socket with the current tokio reactor, for readability.
///
/// Needs tokio >= 1.51.6 / 1.53.3 (`AsyncFd::register_with_interest`).
#[cfg(feature = "tokio")]
pub(crate) fn register_with_tokio(
    socket: super::Socket,
) -> io::Result<tokio::io::unix::AsyncFd<super::Socket>> {
    // SAFETY: `Socket` owns its descriptor (`OwnedFd`) and never replaces or
    // closes it while alive, so the fd stays open and `as_raw_fd()` returns
    // the same value for as long as the `AsyncFd` holds the socket (until it
    // is dropped or `into_inner` gives the socket back).
    unsafe {
        tokio::io::unix::AsyncFd::register_with_interest(socket, tokio::io::Interest::READABLE)
    }
    .map_err(|e| e.into_parts().1)
}
