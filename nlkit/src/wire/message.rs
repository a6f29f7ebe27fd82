//! Netlink messages: a [`Header`] plus the payload it announces, and the
//! iterator over the several messages a datagram may carry.
//!
//! All views borrow the received buffer; nothing is copied.

use super::{align, msgtype, DoneMessage, ErrorMessage, Header, WireError, HEADER_LEN};

/// One message, borrowed from its datagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Message<'a> {
    /// The decoded header.
    pub header: Header,
    /// The bytes after the header, up to `nlmsg_len` (padding excluded).
    pub payload: &'a [u8],
    /// Header + payload.
    bytes: &'a [u8],
}

/// What a message is, by its type: the control messages decoded, the rest
/// left to the family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageKind<'a> {
    /// `NLMSG_NOOP`.
    Noop,
    /// `NLMSG_ERROR` with a non-zero errno.
    Error(ErrorMessage<'a>),
    /// `NLMSG_ERROR` with errno 0: an ACK (may carry an extended-ACK warning).
    Ack(ErrorMessage<'a>),
    /// `NLMSG_DONE`: end of a dump.
    Done(DoneMessage<'a>),
    /// `NLMSG_OVERRUN`.
    Overrun,
    /// Any other type (the family's messages, and the reserved types 5..15).
    Data,
}

impl<'a> Message<'a> {
    /// Parses the message at the start of `buf`. Returns it and how far to
    /// advance to the next one (`nlmsg_len` aligned to 4, but never past the
    /// end of `buf`: the last message may lack its padding).
    #[inline]
    pub fn parse(buf: &'a [u8]) -> Result<(Message<'a>, usize), WireError> {
        parse_at(buf, 0)
    }

    /// Header and payload, as they were on the wire (padding excluded).
    #[inline]
    pub fn bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// Decodes the control message types (`NLMSG_ERROR`, `NLMSG_DONE`, ...).
    #[inline]
    pub fn kind(&self) -> Result<MessageKind<'a>, WireError> {
        Ok(match self.header.ty {
            msgtype::NOOP => MessageKind::Noop,
            msgtype::ERROR => {
                let e = ErrorMessage::parse(self)?;
                if e.errno == 0 {
                    MessageKind::Ack(e)
                } else {
                    MessageKind::Error(e)
                }
            }
            msgtype::DONE => MessageKind::Done(DoneMessage::parse(self)?),
            msgtype::OVERRUN => MessageKind::Overrun,
            _ => MessageKind::Data,
        })
    }
}

/// Parses the message at `buf[offset..]`; errors report `offset`.
fn parse_at(buf: &[u8], offset: usize) -> Result<(Message<'_>, usize), WireError> {
    let rest = buf.get(offset..).unwrap_or(&[]);
    let header = Header::parse(rest).map_err(|_| WireError::Truncated {
        what: "nlmsghdr",
        offset,
        needed: HEADER_LEN,
        available: rest.len(),
    })?;
    let len = header.len as usize;
    if len < HEADER_LEN {
        return Err(WireError::MessageTooShort {
            offset,
            len: header.len,
        });
    }
    let bytes = rest.get(..len).ok_or(WireError::MessageOverrun {
        offset,
        len: header.len,
        available: rest.len(),
    })?;
    let payload = bytes.get(HEADER_LEN..).unwrap_or(&[]);
    let advance = align(len).min(rest.len());
    Ok((
        Message {
            header,
            payload,
            bytes,
        },
        advance,
    ))
}

/// Iterator over the messages of one datagram; yields `Err` once on
/// malformed input, then ends.
#[derive(Clone, Debug)]
pub struct Messages<'a> {
    buf: &'a [u8],
    pos: usize,
    done: bool,
}

/// Iterates the messages in a received datagram. Messages are 4-byte
/// aligned; the last may lack its padding. An `nlmsg_len` below 16 or past
/// the end, or 1 to 15 stray bytes at the end, give an error.
#[inline]
pub fn messages(datagram: &[u8]) -> Messages<'_> {
    Messages {
        buf: datagram,
        pos: 0,
        done: false,
    }
}

impl Messages<'_> {
    /// Offset of the next message in the datagram.
    #[inline]
    pub fn position(&self) -> usize {
        self.pos
    }
}

impl<'a> Iterator for Messages<'a> {
    type Item = Result<Message<'a>, WireError>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        // Fast path: a well-formed message (the slow path below handles the
        // end of the datagram and every error, with the same results).
        if !self.done {
            if let Some((m, advance)) = self.buf.get(self.pos..).and_then(parse_fast) {
                self.pos += advance;
                return Some(Ok(m));
            }
        }
        // By value, so that the iterator's state can stay in registers.
        let (item, pos, done) = next_slow(self.buf, self.pos, self.done);
        self.pos = pos;
        self.done = done;
        item
    }
}

/// The well-formed message at the start of `rest` and how far to advance
/// past it; `None` at the end of the datagram and on malformed input, where
/// [`next_slow`] tells which.
#[inline(always)]
fn parse_fast(rest: &[u8]) -> Option<(Message<'_>, usize)> {
    let header = Header::from_bytes(rest.first_chunk::<HEADER_LEN>()?);
    let len = header.len as usize;
    if len < HEADER_LEN {
        return None;
    }
    let bytes = rest.get(..len)?;
    let payload = bytes.get(HEADER_LEN..)?;
    Some((
        Message {
            header,
            payload,
            bytes,
        },
        align(len).min(rest.len()),
    ))
}

/// The general step of [`Messages`]: end of datagram, errors (after which
/// the iterator is done), and whatever the fast path declined.
#[cold]
#[allow(clippy::type_complexity)]
fn next_slow(
    buf: &[u8],
    pos: usize,
    done: bool,
) -> (Option<Result<Message<'_>, WireError>>, usize, bool) {
    if done || pos >= buf.len() {
        return (None, pos, true);
    }
    let left = buf.len() - pos;
    if left < HEADER_LEN {
        let e = WireError::TrailingBytes {
            what: "message",
            offset: pos,
            count: left,
        };
        return (Some(Err(e)), pos, true);
    }
    match parse_at(buf, pos) {
        Ok((m, advance)) => (Some(Ok(m)), pos + advance, false),
        Err(e) => (Some(Err(e)), pos, true),
    }
}

impl core::iter::FusedIterator for Messages<'_> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::Flags;

    fn hdr(len: u32, ty: u16, seq: u32) -> [u8; 16] {
        Header {
            len,
            ty,
            flags: Flags::MULTI,
            seq,
            portid: 7,
        }
        .to_bytes()
    }

    #[test]
    fn several_messages_last_unpadded() {
        let mut d = Vec::new();
        d.extend_from_slice(&hdr(17, 0x20, 1));
        d.extend_from_slice(&[0xaa, 0, 0, 0]); // 1 byte payload + 3 padding
        d.extend_from_slice(&hdr(18, 0x20, 2));
        d.extend_from_slice(&[0xbb, 0xcc]); // unpadded last message
        let v: Vec<_> = messages(&d).collect::<Result<_, _>>().unwrap();
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].payload, [0xaa]);
        assert_eq!(v[0].bytes().len(), 17);
        assert_eq!(v[1].header.seq, 2);
        assert_eq!(v[1].payload, [0xbb, 0xcc]);
        assert_eq!(v[1].kind().unwrap(), MessageKind::Data);
        let (m, adv) = Message::parse(&d).unwrap();
        assert_eq!((m.header.seq, adv), (1, 20));
    }

    #[test]
    fn bad_lengths_error_then_fuse() {
        let mut d = hdr(16, 1, 1).to_vec();
        d.extend_from_slice(&hdr(8, 1, 2));
        let mut it = messages(&d);
        assert_eq!(
            it.next().unwrap().unwrap().kind().unwrap(),
            MessageKind::Noop
        );
        assert_eq!(
            it.next(),
            Some(Err(WireError::MessageTooShort { offset: 16, len: 8 }))
        );
        assert_eq!(it.next(), None);

        let d = hdr(100, 4, 1);
        let mut it = messages(&d);
        assert_eq!(
            it.next(),
            Some(Err(WireError::MessageOverrun {
                offset: 0,
                len: 100,
                available: 16
            }))
        );
        assert_eq!(it.next(), None);

        let mut d = hdr(16, 4, 1).to_vec();
        d.extend_from_slice(&[0; 5]);
        let mut it = messages(&d);
        assert_eq!(
            it.next().unwrap().unwrap().kind().unwrap(),
            MessageKind::Overrun
        );
        assert_eq!(
            it.next(),
            Some(Err(WireError::TrailingBytes {
                what: "message",
                offset: 16,
                count: 5
            }))
        );
        assert_eq!(it.next(), None);
        assert_eq!(messages(&[]).next(), None);
        assert_eq!(
            Message::parse(&[0; 4]),
            Err(WireError::Truncated {
                what: "nlmsghdr",
                offset: 0,
                needed: 16,
                available: 4
            })
        );
    }
}

#[cfg(all(test, target_endian = "little"))]
mod kernel_tests {
    use super::*;
    use crate::wire::fixtures::*;
    use crate::wire::{attrs, Flags};

    /// IFLA_IFNAME of an RTM_NEWLINK message (ifinfomsg is 16 bytes).
    fn ifname<'a>(m: &Message<'a>) -> &'a str {
        attrs(&m.payload[16..])
            .find(3)
            .unwrap()
            .unwrap()
            .str()
            .unwrap()
    }

    #[test]
    fn getlink_dump_datagram_holds_several_links_lo_first() {
        let v: Vec<_> = messages(&GETLINK_DUMP_DATAGRAM)
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(v.len(), 2);
        for m in &v {
            assert_eq!(m.header.ty, 16); // RTM_NEWLINK
            assert!(m.header.flags.contains(Flags::MULTI));
            assert_eq!(m.header.seq, 1);
            assert_eq!(m.kind().unwrap(), MessageKind::Data);
            // Every attribute of the link parses, nested ones too.
            for a in attrs(&m.payload[16..]) {
                let a = a.unwrap();
                if a.nested {
                    a.nested().validate().unwrap();
                }
            }
        }
        assert_eq!(ifname(&v[0]), "lo");
        let index = i32::from_ne_bytes(v[0].payload[4..8].try_into().unwrap());
        assert_eq!(index, 1);
        assert_eq!(
            v[0].bytes().len() + v[1].bytes().len(),
            GETLINK_DUMP_DATAGRAM.len()
        );
        // The dump ends with a lone NLMSG_DONE, status 0.
        let done: Vec<_> = messages(&GETLINK_DUMP_DONE)
            .collect::<Result<_, _>>()
            .unwrap();
        match done[0].kind().unwrap() {
            MessageKind::Done(d) => {
                assert_eq!(d.status, 0);
                assert_eq!(d.ext_ack.msg, None);
            }
            k => panic!("expected Done, got {k:?}"),
        }
        assert_eq!(done[0].header.seq, 1);
    }

    #[test]
    fn getaddr_dump_datagram_has_five_messages() {
        let lens: Vec<u32> = messages(&GETADDR_DUMP_DATAGRAM)
            .map(|m| m.unwrap().header.len)
            .collect();
        assert_eq!(lens, [76, 88, 80, 72, 80]);
        let first = messages(&GETADDR_DUMP_DATAGRAM).next().unwrap().unwrap();
        // ifaddrmsg (8 bytes): family AF_INET, prefix /8, index 1; IFA_ADDRESS 127.0.0.1.
        assert_eq!(first.payload[0], 2);
        assert_eq!(first.payload[1], 8);
        let addr = attrs(&first.payload[8..]).find(1).unwrap().unwrap();
        assert_eq!(addr.array::<4>().unwrap(), [127, 0, 0, 1]);
        assert_eq!(
            attrs(&first.payload[8..])
                .find(3)
                .unwrap()
                .unwrap()
                .str()
                .unwrap(),
            "lo"
        );
        let done = Message::parse(&GETADDR_DUMP_DONE).unwrap().0;
        assert!(matches!(
            done.kind().unwrap(),
            MessageKind::Done(DoneMessage { status: 0, .. })
        ));
    }

    /// A datagram of messages, mostly well formed, with bad lengths mixed in.
    fn datagram() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
        use proptest::prelude::*;
        let one = (
            any::<u16>(),
            proptest::collection::vec(any::<u8>(), 0..24),
            0u8..8,
        )
            .prop_map(|(ty, body, bad)| {
                let mut len = (HEADER_LEN + body.len()) as u32;
                match bad {
                    0 => len = 8,   // shorter than the header
                    1 => len += 64, // past the end
                    _ => {}
                }
                let mut m = Header {
                    len,
                    ty,
                    flags: Flags::MULTI,
                    seq: 3,
                    portid: 7,
                }
                .to_bytes()
                .to_vec();
                m.extend_from_slice(&body);
                m.resize(align(m.len()), 0);
                m
            });
        (proptest::collection::vec(one, 0..5), 0usize..20).prop_map(|(parts, cut)| {
            let mut d = parts.concat();
            d.truncate(d.len().saturating_sub(cut));
            d
        })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 3000, ..Default::default() })]

        #[test]
        fn fast_path_matches_the_general_step(d in datagram()) {
            let mut it = messages(&d);
            let (mut pos, mut done) = (0, false);
            loop {
                let item = it.next();
                let (expect, p, dn) = next_slow(&d, pos, done);
                (pos, done) = (p, dn);
                proptest::prop_assert_eq!(&item, &expect);
                proptest::prop_assert_eq!(it.position(), pos);
                if item.is_none() {
                    break;
                }
            }
        }
    }
}
