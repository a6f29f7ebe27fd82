//! The typed message model that families (hand-written or generated from a
//! YNL spec) are written against, in the spirit of smoltcp's
//! `Packet`/`Repr`: a [`FixedHeader`] knows its length and byte layout, a
//! [`Body`] is the checked zero-copy view of a message's payload (the fixed
//! header, then the attributes), and a [`Repr`] parses from a body and
//! emits into a [`MessageBuilder`] (`buffer_len` + `emit`).
//!
//! A message built through [`MessageBuilder::header`] (which [`Repr::emit`]
//! uses) records its family-header length, so a request built from it maps
//! extended-ACK offsets onto attributes without the caller saying anything.

use super::{align, attrs, Attr, Attrs, Message, MessageBuilder, WireError, NLA_HEADER_LEN};

/// A family's fixed header: the structure between `nlmsghdr` and the
/// attributes (`genlmsghdr`, `ifinfomsg`, `rtmsg`, ...).
///
/// `emit` is given exactly [`FixedHeader::LEN`] zeroed bytes and `decode`
/// at least that many (the [`Body`] view checks), so implementations may
/// index up to `LEN` freely.
pub trait FixedHeader: Copy + core::fmt::Debug {
    /// Length on the wire, unpadded (`sizeof(struct ...)`); attributes start
    /// at `align(LEN)`.
    const LEN: usize;
    /// The C name, for errors (`"genlmsghdr"`).
    const NAME: &'static str;

    /// Decodes the header from `bytes` (at least [`FixedHeader::LEN`] long).
    fn decode(bytes: &[u8]) -> Self;

    /// Writes the header into `out` (exactly [`FixedHeader::LEN`] zeroed bytes).
    fn emit(&self, out: &mut [u8]);

    /// Decodes the header at the start of `payload`, or says it is truncated.
    #[inline]
    fn parse(payload: &[u8]) -> Result<Self, WireError> {
        match payload.get(..Self::LEN) {
            Some(b) => Ok(Self::decode(b)),
            None => Err(WireError::Truncated {
                what: Self::NAME,
                offset: 0,
                needed: Self::LEN,
                available: payload.len(),
            }),
        }
    }
}

/// No family header: attributes (or a raw payload) follow `nlmsghdr` at
/// once (`NETLINK_USERSOCK`, the nlkit modules).
impl FixedHeader for () {
    const LEN: usize = 0;
    const NAME: &'static str = "no header";
    #[inline]
    fn decode(_: &[u8]) -> Self {}
    #[inline]
    fn emit(&self, _: &mut [u8]) {}
}

/// The payload of a message, checked to hold a family header `H`: the
/// decoded header and the attribute block after it (borrowed, no copy).
///
/// ```
/// use nlkit::families::genl::GenlHeader;
/// use nlkit::wire::{Body, WireError};
///
/// let payload = [3, 1, 0, 0, 6, 0, 1, 0, 0x10, 0, 0, 0];
/// let body = Body::<GenlHeader>::new(&payload)?;
/// assert_eq!(body.header().cmd, 3);
/// assert_eq!(body.attrs().find(1)?.unwrap().u16()?, 0x10);
/// // A reply too short for its header is an error, not a panic.
/// assert!(Body::<GenlHeader>::new(&payload[..2]).is_err());
/// # Ok::<(), WireError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Body<'a, H> {
    header: H,
    attrs: &'a [u8],
}

impl<'a, H: FixedHeader> Body<'a, H> {
    /// Checks that `payload` (a message's bytes after `nlmsghdr`) holds an
    /// `H`; the attributes are what follows it, after padding to 4.
    #[inline]
    pub fn new(payload: &'a [u8]) -> Result<Self, WireError> {
        let header = H::parse(payload)?;
        let attrs = payload.get(align(H::LEN)..).unwrap_or_default();
        Ok(Body { header, attrs })
    }

    /// The family header.
    #[inline]
    pub fn header(&self) -> H {
        self.header
    }

    /// The attributes after the header.
    #[inline]
    pub fn attrs(&self) -> Attrs<'a> {
        attrs(self.attrs)
    }

    /// The attribute block as bytes.
    #[inline]
    pub fn attr_bytes(&self) -> &'a [u8] {
        self.attrs
    }
}

impl<'a> Message<'a> {
    /// The payload as a family header `H` and the attributes after it;
    /// a payload shorter than `H` is [`WireError::Truncated`].
    #[inline]
    pub fn body<H: FixedHeader>(&self) -> Result<Body<'a, H>, WireError> {
        Body::new(self.payload)
    }

    /// The attributes after a family header `H`, without slicing by hand.
    #[inline]
    pub fn attrs_after<H: FixedHeader>(&self) -> Result<Attrs<'a>, WireError> {
        Ok(self.body::<H>()?.attrs())
    }

    /// Decodes the message as the typed message `R`.
    #[inline]
    pub fn parse_as<R: Repr<'a>>(&self) -> Result<R, WireError> {
        R::parse(&self.body()?)
    }
}

/// A typed message: a family header plus attributes, decoded (`parse`) and
/// encoded (`buffer_len` + `emit`). The message type (`nlmsg_type`) is not
/// part of it: one `Link` serves `RTM_NEWLINK`, `RTM_SETLINK` and
/// `RTM_DELLINK`, one generic netlink message any family id.
///
/// Implementations keep what they do not know (attribute types, enum
/// values): kernels grow, and a message parsed and emitted again must not
/// lose anything.
pub trait Repr<'a>: Sized {
    /// The family header in front of the attributes.
    type Header: FixedHeader;

    /// Decodes a message body.
    fn parse(body: &Body<'a, Self::Header>) -> Result<Self, WireError>;

    /// The family header to emit.
    fn header(&self) -> Self::Header;

    /// Bytes the attributes take, padding included (see [`attr_len`]).
    fn attrs_len(&self) -> usize;

    /// Appends the attributes.
    fn emit_attrs(&self, b: &mut MessageBuilder<'_>);

    /// Bytes of the payload: the padded header and the attributes.
    #[inline]
    fn buffer_len(&self) -> usize {
        align(Self::Header::LEN) + self.attrs_len()
    }

    /// Appends the payload (header, then attributes) to a message.
    #[inline]
    fn emit(&self, b: &mut MessageBuilder<'_>) {
        b.reserve(self.buffer_len());
        b.header(&self.header());
        self.emit_attrs(b);
    }
}

/// Bytes an attribute with a value of `value_len` bytes takes, header and
/// padding included (`nla_total_size`).
#[inline]
pub const fn attr_len(value_len: usize) -> usize {
    align(NLA_HEADER_LEN + value_len)
}

/// Attributes a typed message did not know, kept as they came (type with
/// its flag bits, value) so that they can be read and emitted again.
/// One buffer for all of them, in wire format.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnknownAttrs {
    bytes: Vec<u8>,
}

impl UnknownAttrs {
    /// Keeps `a` (appended in wire format).
    pub fn push(&mut self, a: &Attr<'_>) {
        let len = NLA_HEADER_LEN + a.value.len();
        // Came from a parsed block: its length fits nla_len.
        let l = u16::try_from(len).unwrap_or(u16::MAX);
        self.bytes.extend_from_slice(&l.to_ne_bytes());
        self.bytes.extend_from_slice(&a.raw_type().to_ne_bytes());
        self.bytes.extend_from_slice(a.value);
        self.bytes.resize(align(self.bytes.len()), 0);
    }

    /// The kept attributes.
    pub fn iter(&self) -> Attrs<'_> {
        attrs(&self.bytes)
    }

    /// True when nothing was kept.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// Bytes they take in a message.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Appends them to a message, as they came.
    pub fn emit(&self, b: &mut MessageBuilder<'_>) {
        b.attr_block(&self.bytes);
    }
}

/// Attributes a borrowed typed message did not know: the message's own
/// attribute block, read through a filter (no copy, no allocation).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RawAttrs<'a> {
    block: &'a [u8],
    known: &'static [u16],
}

impl<'a> RawAttrs<'a> {
    /// The attributes of `block` whose type is not in `known`.
    #[inline]
    pub const fn new(block: &'a [u8], known: &'static [u16]) -> Self {
        RawAttrs { block, known }
    }

    /// The unknown attributes (errors as the block's iterator gives them).
    pub fn iter(&self) -> impl Iterator<Item = Result<Attr<'a>, WireError>> + 'a {
        let known = self.known;
        attrs(self.block).filter(move |a| match a {
            Ok(a) => !known.contains(&a.ty),
            Err(_) => true,
        })
    }

    /// Bytes they take in a message.
    pub fn len(&self) -> usize {
        self.iter()
            .filter_map(Result::ok)
            .map(|a| attr_len(a.value.len()))
            .sum()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }

    /// Appends them to a message, as they came (type flags included).
    pub fn emit(&self, b: &mut MessageBuilder<'_>) {
        for a in self.iter().filter_map(Result::ok) {
            b.attr(a.raw_type(), a.value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::{messages, Flags, NLA_F_NESTED};

    /// A 6-byte header, padded to 8 on the wire.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    struct Six {
        a: u16,
        b: u32,
    }

    impl FixedHeader for Six {
        const LEN: usize = 6;
        const NAME: &'static str = "six";
        fn decode(b: &[u8]) -> Self {
            Six {
                a: u16::from_ne_bytes([b[0], b[1]]),
                b: u32::from_ne_bytes([b[2], b[3], b[4], b[5]]),
            }
        }
        fn emit(&self, out: &mut [u8]) {
            out[..2].copy_from_slice(&self.a.to_ne_bytes());
            out[2..6].copy_from_slice(&self.b.to_ne_bytes());
        }
    }

    /// A message with one known attribute (1, u32) and a nest (2).
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    struct Thing {
        h: Six,
        one: Option<u32>,
        inner: Option<u8>,
        unknown: UnknownAttrs,
    }

    impl<'a> Repr<'a> for Thing {
        type Header = Six;
        fn parse(body: &Body<'a, Six>) -> Result<Self, WireError> {
            let mut t = Thing {
                h: body.header(),
                ..Thing::default()
            };
            for a in body.attrs() {
                let a = a?;
                match a.ty {
                    1 => t.one = Some(a.u32()?),
                    2 => t.inner = a.nested().find(1)?.map(|x| x.u8()).transpose()?,
                    _ => t.unknown.push(&a),
                }
            }
            Ok(t)
        }
        fn header(&self) -> Six {
            self.h
        }
        fn attrs_len(&self) -> usize {
            self.one.map_or(0, |_| attr_len(4))
                + self.inner.map_or(0, |_| attr_len(attr_len(1)))
                + self.unknown.len()
        }
        fn emit_attrs(&self, b: &mut MessageBuilder<'_>) {
            if let Some(v) = self.one {
                b.attr_u32(1, v);
            }
            if let Some(v) = self.inner {
                b.nested(2, |b| {
                    b.attr_u8(1, v);
                });
            }
            self.unknown.emit(b);
        }
    }

    #[test]
    fn a_repr_round_trips_and_keeps_unknown_attributes() {
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, 0x20, Flags::REQUEST);
        b.header(&Six { a: 7, b: 9 });
        b.attr_u32(1, 5).attr(9 | NLA_F_NESTED, &[1, 2, 3]);
        b.nested(2, |b| {
            b.attr_u8(1, 4);
        });
        assert_eq!(b.fixed_len(), 6);
        b.finish().unwrap();
        let m = messages(&buf).next().unwrap().unwrap();
        let t: Thing = m.parse_as().unwrap();
        assert_eq!(
            (t.h, t.one, t.inner),
            (Six { a: 7, b: 9 }, Some(5), Some(4))
        );
        let kept: Vec<_> = t.unknown.iter().map(Result::unwrap).collect();
        assert_eq!(kept.len(), 1);
        assert_eq!(
            (kept[0].raw_type(), kept[0].value),
            (9 | NLA_F_NESTED, &[1, 2, 3][..])
        );

        let mut again = Vec::new();
        let mut b = MessageBuilder::new(&mut again, 0x20, Flags::REQUEST);
        b.emit(&t);
        b.finish().unwrap();
        let m2 = messages(&again).next().unwrap().unwrap();
        assert_eq!(m2.payload.len(), t.buffer_len(), "buffer_len is exact");
        let t2: Thing = m2.parse_as().unwrap();
        assert_eq!(t2, t);
    }

    #[test]
    fn short_payloads_are_errors() {
        // nlmsg_len 20: a 4-byte payload, too short for the 6-byte header.
        let m = [
            20u8, 0, 0, 0, 0x20, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 1, 0,
        ];
        let (msg, _) = Message::parse(&m).unwrap();
        assert_eq!(
            msg.body::<Six>().unwrap_err(),
            WireError::Truncated {
                what: "six",
                offset: 0,
                needed: 6,
                available: 4
            }
        );
        assert!(msg.attrs_after::<Six>().is_err());
        assert!(msg.parse_as::<Thing>().is_err());
        assert_eq!(msg.attrs_after::<()>().unwrap().count(), 1);
    }

    #[test]
    fn raw_attrs_filter_the_known_types() {
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, 0x20, Flags::REQUEST);
        b.attr_u32(1, 1).attr_u16(7, 2).attr_u32(2, 3);
        b.finish().unwrap();
        let m = messages(&buf).next().unwrap().unwrap();
        let raw = RawAttrs::new(m.payload, &[1, 2]);
        let v: Vec<_> = raw.iter().map(|a| a.unwrap().ty).collect();
        assert_eq!(v, [7]);
        assert_eq!(raw.len(), 8);
        assert!(!raw.is_empty());
        assert!(RawAttrs::default().is_empty());
    }
}
