//! Helpers shared by the socket integration tests: hand-built netlink
//! messages (the wire layer is not used here), unique portids, and a
//! receive loop that skips traffic from other tests or processes.

#![allow(dead_code)]

use std::time::{Duration, Instant};

use nlkit::socket::{RecvBuffer, Socket};
use nlkit::Error;

/// Size of `struct nlmsghdr`.
pub const NLMSG_HDRLEN: usize = 16;

/// Builds one netlink message: a 16-byte header and `payload`, padded to 4.
pub fn message(ty: u16, flags: u16, seq: u32, portid: u32, payload: &[u8]) -> Vec<u8> {
    let len = NLMSG_HDRLEN + payload.len();
    let mut out = Vec::with_capacity((len + 3) & !3);
    out.extend_from_slice(&(len as u32).to_ne_bytes());
    out.extend_from_slice(&ty.to_ne_bytes());
    out.extend_from_slice(&flags.to_ne_bytes());
    out.extend_from_slice(&seq.to_ne_bytes());
    out.extend_from_slice(&portid.to_ne_bytes());
    out.extend_from_slice(payload);
    while out.len() % 4 != 0 {
        out.push(0);
    }
    out
}

/// The header fields of the first message of a datagram: (len, type, flags, seq, portid).
pub fn header(bytes: &[u8]) -> (u32, u16, u16, u32, u32) {
    assert!(
        bytes.len() >= NLMSG_HDRLEN,
        "datagram shorter than nlmsghdr: {bytes:?}"
    );
    let u32_at = |o: usize| u32::from_ne_bytes(bytes[o..o + 4].try_into().unwrap());
    let u16_at = |o: usize| u16::from_ne_bytes(bytes[o..o + 2].try_into().unwrap());
    (u32_at(0), u16_at(4), u16_at(6), u32_at(8), u32_at(12))
}

/// A portid unlikely to be used by anyone else: high bit pattern, this
/// process's pid, and a per-test index.
pub fn unique_portid(index: u32) -> u32 {
    0x4000_0000 | ((std::process::id() & 0x003f_ffff) << 8) | (index & 0xff)
}

/// A sequence-number marker unique to this process and `index`, so tests
/// can recognise their own messages among other traffic on shared groups.
pub fn marker(index: u32) -> u32 {
    (std::process::id() << 8) ^ index ^ 0x5a00_0000
}

/// What tests keep of a received datagram.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub bytes: Vec<u8>,
    pub sender_portid: u32,
    pub sender_groups: u32,
    pub group: Option<u32>,
}

/// Receives until a datagram whose first message has sequence `seq`
/// arrives (skipping others); `None` if it does not arrive within `within`.
pub fn try_recv_seq(socket: &Socket, seq: u32, within: Duration) -> Option<Received> {
    let mut buf = RecvBuffer::new();
    let deadline = Instant::now() + within;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return None;
        }
        socket
            .set_read_timeout(Some(left))
            .expect("set_read_timeout");
        match socket.recv(&mut buf) {
            Ok(d) => {
                if d.bytes.len() >= NLMSG_HDRLEN && header(d.bytes).3 == seq {
                    return Some(Received {
                        bytes: d.bytes.to_vec(),
                        sender_portid: d.sender.portid,
                        sender_groups: d.sender.groups,
                        group: d.group,
                    });
                }
            }
            Err(Error::Timeout(_)) => return None,
            Err(e) => panic!("waiting for seq {seq:#x}: {e}"),
        }
    }
}

/// Like [`try_recv_seq`] but fails the test when nothing arrives.
pub fn recv_seq_owned(socket: &Socket, seq: u32) -> Received {
    try_recv_seq(socket, seq, Duration::from_secs(5))
        .unwrap_or_else(|| panic!("message with seq {seq:#x} did not arrive within 5 s"))
}
