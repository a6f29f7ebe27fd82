//! Netlink captures: the record model, the pcapng writer, a reader for
//! pcapng and classic pcap (`LINKTYPE_NETLINK`), and the [`Tap`] that
//! records what an nlkit socket sends and receives.
//!
//! The format code ([`pcapng`], [`pcap`]) is pure: bytes in, bytes out, no
//! sockets; a hostile file gives a [`ReadError`] naming the record and its
//! byte offset, never a panic. The tap ([`tap`]) is the only part the
//! socket layer calls, and only when a socket has one (a branch on `None`).

pub mod pcap;
pub mod pcapng;
pub mod tap;

use std::fmt;
use std::io::{self, Read};
use std::time::Duration;

pub use tap::{Tap, ENV_VAR};

/// `LINKTYPE_NETLINK`: the link type of netlink captures (nlmon, nlkit).
pub const LINKTYPE_NETLINK: u16 = 253;
/// `ARPHRD_NETLINK`: the hardware type in the cooked header.
pub const ARPHRD_NETLINK: u16 = 824;
/// Length of the "cooked" header before the netlink messages.
pub const COOKED_LEN: usize = 16;
/// `PACKET_USER`: the datagram went to a user-space socket.
pub const PACKET_USER: u16 = 6;
/// `PACKET_KERNEL`: the datagram went to the kernel.
pub const PACKET_KERNEL: u16 = 7;
/// `PACKET_OUTGOING`: what a real nlmon device reports for every packet.
pub const PACKET_OUTGOING: u16 = 4;
/// The snap length written, and the largest packet accepted when reading.
pub const SNAPLEN: u32 = 262_144;

/// Who sent a datagram and to whom, as nlkit records it in a packet
/// comment (`nlkit: portid SRC -> DST`, plus the namespace when known).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Endpoints {
    /// The sender's portid (0 = the kernel).
    pub src: u32,
    /// The receiver's portid (0 = the kernel); for a multicast sent, 0.
    pub dst: u32,
    /// The destination groups bitmask of a multicast sent, 0 otherwise.
    pub groups: u32,
    /// The network namespace inode, when the capture knows it (eBPF).
    pub netns: Option<u32>,
}

impl Endpoints {
    /// The packet comment that carries these endpoints.
    pub fn to_comment(&self) -> String {
        let mut s = format!("nlkit: portid {} -> {}", self.src, self.dst);
        if self.groups != 0 {
            s.push_str(&format!(" groups {:#x}", self.groups));
        }
        if let Some(ns) = self.netns {
            s.push_str(&format!(" netns {ns}"));
        }
        s
    }

    /// Parses a comment written by [`Endpoints::to_comment`]; `None` for
    /// any other comment.
    pub fn from_comment(comment: &str) -> Option<Endpoints> {
        let rest = comment.strip_prefix("nlkit: portid ")?;
        let mut words = rest.split_whitespace();
        let src = words.next()?.parse().ok()?;
        if words.next()? != "->" {
            return None;
        }
        let dst = words.next()?.parse().ok()?;
        let mut e = Endpoints {
            src,
            dst,
            ..Endpoints::default()
        };
        while let Some(key) = words.next() {
            let value = words.next()?;
            match key {
                "groups" => {
                    e.groups = u32::from_str_radix(value.strip_prefix("0x")?, 16).ok()?;
                }
                "netns" => e.netns = Some(value.parse().ok()?),
                _ => return None,
            }
        }
        Some(e)
    }
}

/// One captured datagram.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Record {
    /// Capture time since the Unix epoch.
    pub time: Duration,
    /// The cooked header's packet type: [`PACKET_USER`], [`PACKET_KERNEL`],
    /// or [`PACKET_OUTGOING`] from an nlmon device.
    pub pkttype: u16,
    /// The netlink protocol number.
    pub protocol: u16,
    /// The datagram (one or more netlink messages), as captured.
    pub data: Vec<u8>,
    /// The datagram's length on the wire (more than `data` when cut).
    pub orig_len: u32,
    /// The packet comments (pcapng `opt_comment`), in file order.
    pub comments: Vec<String>,
}

impl Record {
    /// The endpoints nlkit wrote in a comment, if any.
    pub fn endpoints(&self) -> Option<Endpoints> {
        self.comments
            .iter()
            .find_map(|c| Endpoints::from_comment(c))
    }

    /// The 16-byte cooked header for this record.
    pub fn cooked_header(&self) -> [u8; COOKED_LEN] {
        let mut h = [0u8; COOKED_LEN];
        h[0..2].copy_from_slice(&self.pkttype.to_be_bytes());
        h[2..4].copy_from_slice(&ARPHRD_NETLINK.to_be_bytes());
        h[14..16].copy_from_slice(&self.protocol.to_be_bytes());
        h
    }
}

/// Why a capture file could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The underlying reader failed.
    Io(io::Error),
    /// The bytes are not a valid capture at `offset`.
    Format {
        /// What was being read: "the file header", "block 3", "record 7".
        what: String,
        /// Byte offset of that block or record in the file.
        offset: u64,
        /// What is wrong with it.
        message: String,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "reading the capture: {e}"),
            ReadError::Format {
                what,
                offset,
                message,
            } => write!(f, "{what} at byte offset {offset}: {message}"),
        }
    }
}

impl std::error::Error for ReadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReadError::Io(e) => Some(e),
            ReadError::Format { .. } => None,
        }
    }
}

impl From<ReadError> for io::Error {
    fn from(e: ReadError) -> io::Error {
        match e {
            ReadError::Io(e) => e,
            other => io::Error::new(io::ErrorKind::InvalidData, other.to_string()),
        }
    }
}

/// Reads `n` bytes, or fewer at the end of the input (allocating as the
/// bytes arrive, so a hostile length cannot make it allocate up front).
fn read_up_to<R: Read>(input: &mut R, n: u64) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    input.take(n).read_to_end(&mut out)?;
    Ok(out)
}

/// Fills `buf` unless the input ends first; returns how many bytes came.
fn read_full<R: Read>(input: &mut R, buf: &mut [u8]) -> io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match input.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}

enum Format<R: Read> {
    Pcap(pcap::Reader<R>),
    Pcapng(pcapng::Reader<R>),
}

/// Reads a netlink capture in either format, told apart by its first
/// four bytes: pcapng (as nlkit and current tcpdump/dumpcap write) or
/// classic pcap (either byte order, micro- or nanosecond timestamps).
pub struct Reader<R: Read> {
    inner: Format<R>,
}

impl<R: Read> fmt::Debug for Reader<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.inner {
            Format::Pcap(_) => "pcap",
            Format::Pcapng(_) => "pcapng",
        };
        f.debug_struct("Reader").field("format", &kind).finish()
    }
}

impl<R: Read> Reader<R> {
    /// Reads the file header and picks the format.
    pub fn new(mut input: R) -> Result<Reader<R>, ReadError> {
        let mut magic = [0u8; 4];
        let got = read_full(&mut input, &mut magic).map_err(ReadError::Io)?;
        if got < 4 {
            return Err(ReadError::Format {
                what: "the file header".into(),
                offset: 0,
                message: format!("the file has {got} bytes: too short for a pcap or pcapng header"),
            });
        }
        let inner = if u32::from_ne_bytes(magic) == pcapng::BLOCK_SHB {
            Format::Pcapng(pcapng::Reader::after_magic(input, magic)?)
        } else {
            Format::Pcap(pcap::Reader::after_magic(input, magic)?)
        };
        Ok(Reader { inner })
    }

    /// The next record; `None` at a clean end of file.
    pub fn next_record(&mut self) -> Result<Option<Record>, ReadError> {
        match &mut self.inner {
            Format::Pcap(r) => r.next_record(),
            Format::Pcapng(r) => r.next_record(),
        }
    }

    /// `"pcap"` or `"pcapng"`.
    pub fn format(&self) -> &'static str {
        match self.inner {
            Format::Pcap(_) => "pcap",
            Format::Pcapng(_) => "pcapng",
        }
    }
}

/// Splits a packet (cooked header + datagram) into a record; the error
/// text when it is shorter than the cooked header.
fn split_cooked(packet: &[u8], orig_len: u32, time: Duration) -> Result<Record, String> {
    if packet.len() < COOKED_LEN {
        return Err(format!(
            "the packet has {} bytes, shorter than the {COOKED_LEN}-byte netlink cooked header",
            packet.len()
        ));
    }
    Ok(Record {
        time,
        pkttype: u16::from_be_bytes([packet[0], packet[1]]),
        protocol: u16::from_be_bytes([packet[14], packet[15]]),
        data: packet[COOKED_LEN..].to_vec(),
        orig_len: orig_len.saturating_sub(COOKED_LEN as u32),
        comments: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_round_trip_through_a_comment() {
        let e = Endpoints {
            src: 12,
            dst: 0,
            groups: 0x4,
            netns: Some(4026531840),
        };
        assert_eq!(
            e.to_comment(),
            "nlkit: portid 12 -> 0 groups 0x4 netns 4026531840"
        );
        assert_eq!(Endpoints::from_comment(&e.to_comment()), Some(e));
        let plain = Endpoints {
            src: 0,
            dst: 99,
            ..Endpoints::default()
        };
        assert_eq!(Endpoints::from_comment(&plain.to_comment()), Some(plain));
        assert_eq!(Endpoints::from_comment("hello"), None);
        assert_eq!(Endpoints::from_comment("nlkit: portid x -> 1"), None);
        assert_eq!(Endpoints::from_comment("nlkit: portid 1 -> 2 what 3"), None);
    }

    #[test]
    fn too_short_for_any_header() {
        let e = Reader::new(&b"ab"[..]).unwrap_err().to_string();
        assert!(e.contains("offset 0") && e.contains("2 bytes"), "{e}");
    }
}
