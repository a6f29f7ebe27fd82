//! `struct nlmsghdr`: the 16-byte header in front of every netlink message.
//!
//! Fields are in the host's byte order, as the kernel writes them.

use super::{read_u16, read_u32, Flags, WireError, HEADER_LEN};

/// Byte ranges of the header's fields.
mod field {
    use core::ops::Range;
    pub const LEN: Range<usize> = 0..4;
    pub const TYPE: Range<usize> = 4..6;
    pub const FLAGS: Range<usize> = 6..8;
    pub const SEQ: Range<usize> = 8..12;
    pub const PORTID: Range<usize> = 12..16;
}

/// A decoded `struct nlmsghdr`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Header {
    /// `nlmsg_len`: length of the message, header included.
    pub len: u32,
    /// `nlmsg_type`: a [`super::msgtype`] value or a family's own type.
    pub ty: u16,
    /// `nlmsg_flags`.
    pub flags: Flags,
    /// `nlmsg_seq`: sequence number, echoed in replies.
    pub seq: u32,
    /// `nlmsg_pid`: the sender's port id as the sender wrote it (0 = kernel).
    pub portid: u32,
}

impl Header {
    /// Reads a header from the first 16 bytes of `buf` (extra bytes are
    /// ignored). Does not check `len` against `buf`: see [`super::Message::parse`].
    #[inline]
    pub fn parse(buf: &[u8]) -> Result<Header, WireError> {
        let truncated = || WireError::Truncated {
            what: "nlmsghdr",
            offset: 0,
            needed: HEADER_LEN,
            available: buf.len(),
        };
        if buf.len() < HEADER_LEN {
            return Err(truncated());
        }
        // The reads cannot fail after the length check; map to the same
        // error anyway rather than unwrap.
        Ok(Header {
            len: read_u32(buf, field::LEN.start).ok_or_else(truncated)?,
            ty: read_u16(buf, field::TYPE.start).ok_or_else(truncated)?,
            flags: Flags(read_u16(buf, field::FLAGS.start).ok_or_else(truncated)?),
            seq: read_u32(buf, field::SEQ.start).ok_or_else(truncated)?,
            portid: read_u32(buf, field::PORTID.start).ok_or_else(truncated)?,
        })
    }

    /// Decodes 16 bytes in host byte order (the inverse of
    /// [`Header::to_bytes`]); infallible, for callers that already hold a
    /// whole header.
    #[inline]
    pub fn from_bytes(b: &[u8; HEADER_LEN]) -> Header {
        let [l0, l1, l2, l3, t0, t1, f0, f1, s0, s1, s2, s3, p0, p1, p2, p3] = *b;
        Header {
            len: u32::from_ne_bytes([l0, l1, l2, l3]),
            ty: u16::from_ne_bytes([t0, t1]),
            flags: Flags(u16::from_ne_bytes([f0, f1])),
            seq: u32::from_ne_bytes([s0, s1, s2, s3]),
            portid: u32::from_ne_bytes([p0, p1, p2, p3]),
        }
    }

    /// The header as 16 bytes in host byte order.
    #[inline]
    pub fn to_bytes(&self) -> [u8; HEADER_LEN] {
        let mut b = [0u8; HEADER_LEN];
        b[field::LEN].copy_from_slice(&self.len.to_ne_bytes());
        b[field::TYPE].copy_from_slice(&self.ty.to_ne_bytes());
        b[field::FLAGS].copy_from_slice(&self.flags.0.to_ne_bytes());
        b[field::SEQ].copy_from_slice(&self.seq.to_ne_bytes());
        b[field::PORTID].copy_from_slice(&self.portid.to_ne_bytes());
        b
    }

    /// Writes the header into the first 16 bytes of `buf`.
    #[inline]
    pub fn emit(&self, buf: &mut [u8]) -> Result<(), WireError> {
        let available = buf.len();
        let dst = buf.get_mut(..HEADER_LEN).ok_or(WireError::BufferTooSmall {
            needed: HEADER_LEN,
            available,
        })?;
        dst.copy_from_slice(&self.to_bytes());
        Ok(())
    }

    /// The payload length `len` announces (`len - 16`), or `None` if `len < 16`.
    #[inline]
    pub fn payload_len(&self) -> Option<usize> {
        (self.len as usize).checked_sub(HEADER_LEN)
    }
}

#[cfg(all(test, target_endian = "little"))]
mod tests {
    use super::*;
    use crate::wire::fixtures::*;

    #[test]
    fn parses_kernel_header() {
        // First message of a captured RTM_GETLINK dump: RTM_NEWLINK (16), MULTI.
        let h = Header::parse(&GETLINK_DUMP_DATAGRAM).unwrap();
        assert_eq!(h.len, 1468);
        assert_eq!(h.ty, 16);
        assert_eq!(h.flags, Flags::MULTI);
        assert_eq!(h.seq, 1);
        assert_ne!(h.portid, 0, "the kernel addresses the reply to our port");
    }

    #[test]
    fn round_trips_a_request_header() {
        let h = Header::parse(&GETLINK_DUMP_REQUEST).unwrap();
        assert_eq!(
            h,
            Header {
                len: 32,
                ty: 18,
                flags: Flags::REQUEST | Flags::DUMP,
                seq: 1,
                portid: 0
            }
        );
        assert_eq!(h.to_bytes()[..], GETLINK_DUMP_REQUEST[..16]);
        let mut out = [0xffu8; 20];
        h.emit(&mut out).unwrap();
        assert_eq!(out[..16], GETLINK_DUMP_REQUEST[..16]);
        assert_eq!(out[16..], [0xff; 4]);
        assert_eq!(h.payload_len(), Some(16));
    }

    #[test]
    fn short_buffers_are_errors() {
        assert_eq!(
            Header::parse(&[0u8; 15]),
            Err(WireError::Truncated {
                what: "nlmsghdr",
                offset: 0,
                needed: 16,
                available: 15
            })
        );
        assert_eq!(
            Header::default().emit(&mut [0u8; 3]),
            Err(WireError::BufferTooSmall {
                needed: 16,
                available: 3
            })
        );
        assert_eq!(
            Header {
                len: 3,
                ..Header::default()
            }
            .payload_len(),
            None
        );
    }
}
