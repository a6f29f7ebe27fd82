//! Netlink attributes (`struct nlattr`): type-length-value records, 4-byte
//! aligned, possibly nested. [`attrs`] iterates a block of them without
//! copying; [`Attr`]'s readers check lengths and never panic.

use core::ffi::CStr;

use super::{align, read_u16, WireError};

/// Size of `struct nlattr` (`NLA_HDRLEN`).
pub const NLA_HEADER_LEN: usize = 4;
/// `NLA_F_NESTED`: the value is itself a block of attributes.
pub const NLA_F_NESTED: u16 = 0x8000;
/// `NLA_F_NET_BYTEORDER`: the value is in network (big-endian) byte order.
pub const NLA_F_NET_BYTEORDER: u16 = 0x4000;
/// `NLA_TYPE_MASK`: the bits of `nla_type` that hold the type proper.
pub const NLA_TYPE_MASK: u16 = !(NLA_F_NESTED | NLA_F_NET_BYTEORDER);

/// Byte ranges of `struct nlattr`'s fields.
mod field {
    pub const LEN: usize = 0;
    pub const TYPE: usize = 2;
}

/// One attribute, borrowed from the buffer it was parsed from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attr<'a> {
    /// The type, with the two flag bits masked off.
    pub ty: u16,
    /// `NLA_F_NESTED` was set.
    pub nested: bool,
    /// `NLA_F_NET_BYTEORDER` was set.
    pub net_byteorder: bool,
    /// The value: `nla_len - 4` bytes, padding excluded.
    pub value: &'a [u8],
}

/// What was wrong with an attribute's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AttrErrorKind {
    /// The value does not have the length the reader needs.
    #[error("expected {expected} bytes, got {got}")]
    Length {
        /// Length the reader needs.
        expected: usize,
        /// Length of the value.
        got: usize,
    },
    /// A string that must end with NUL contains none.
    #[error("string is not NUL-terminated")]
    MissingNul,
    /// A string is not UTF-8.
    #[error("string is not valid UTF-8 (invalid byte at {valid_up_to})")]
    InvalidUtf8 {
        /// Length of the valid prefix.
        valid_up_to: usize,
    },
    /// An IP address attribute is neither 4 (IPv4) nor 16 (IPv6) bytes.
    #[error("an IP address has 4 or 16 bytes, got {got}")]
    AddressLength {
        /// Length of the value.
        got: usize,
    },
    /// A number does not fit the type it must be converted to.
    #[error("value {value} does not fit in {bits} bits")]
    OutOfRange {
        /// The value read.
        value: u64,
        /// The width it must fit in.
        bits: u8,
    },
}

/// An attribute's value could not be read as asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("attribute type {ty}: {kind}")]
pub struct AttrError {
    /// The attribute's type (flags masked off).
    pub ty: u16,
    /// What was wrong.
    pub kind: AttrErrorKind,
}

macro_rules! int_reader {
    ($(#[$doc:meta] $name:ident -> $t:ty;)*) => {$(
        #[$doc]
        ///
        /// The value must be exactly that many bytes; it is read in host byte
        /// order, or big-endian when `NLA_F_NET_BYTEORDER` is set.
        #[inline]
        pub fn $name(&self) -> Result<$t, AttrError> {
            let b = self.array::<{ core::mem::size_of::<$t>() }>()?;
            Ok(if self.net_byteorder { <$t>::from_be_bytes(b) } else { <$t>::from_ne_bytes(b) })
        }
    )*};
}

macro_rules! be_reader {
    ($(#[$doc:meta] $name:ident -> $t:ty;)*) => {$(
        #[$doc]
        ///
        /// The value must be exactly that many bytes; it is read big-endian
        /// whatever the flags say.
        #[inline]
        pub fn $name(&self) -> Result<$t, AttrError> {
            Ok(<$t>::from_be_bytes(self.array::<{ core::mem::size_of::<$t>() }>()?))
        }
    )*};
}

impl<'a> Attr<'a> {
    fn err(&self, kind: AttrErrorKind) -> AttrError {
        AttrError { ty: self.ty, kind }
    }

    /// The type with its flag bits put back (`nla_type` as on the wire).
    #[inline]
    pub fn raw_type(&self) -> u16 {
        self.ty
            | if self.nested { NLA_F_NESTED } else { 0 }
            | if self.net_byteorder {
                NLA_F_NET_BYTEORDER
            } else {
                0
            }
    }

    /// The value as a fixed-size array; its length must be exactly `N`.
    #[inline]
    pub fn array<const N: usize>(&self) -> Result<[u8; N], AttrError> {
        <[u8; N]>::try_from(self.value).map_err(|_| {
            self.err(AttrErrorKind::Length {
                expected: N,
                got: self.value.len(),
            })
        })
    }

    int_reader! {
        /// The value as a `u8`.
        u8 -> u8;
        /// The value as a `u16`.
        u16 -> u16;
        /// The value as a `u32`.
        u32 -> u32;
        /// The value as a `u64`.
        u64 -> u64;
        /// The value as an `i8`.
        i8 -> i8;
        /// The value as an `i16`.
        i16 -> i16;
        /// The value as an `i32`.
        i32 -> i32;
        /// The value as an `i64`.
        i64 -> i64;
    }

    be_reader! {
        /// The value as a big-endian `u16` (ports, ...).
        be16 -> u16;
        /// The value as a big-endian `u32` (IPv4 addresses, ...).
        be32 -> u32;
        /// The value as a big-endian `u64`.
        be64 -> u64;
    }

    /// A flag attribute: true if present. Its value must be empty.
    #[inline]
    pub fn flag(&self) -> Result<bool, AttrError> {
        if self.value.is_empty() {
            Ok(true)
        } else {
            Err(self.err(AttrErrorKind::Length {
                expected: 0,
                got: self.value.len(),
            }))
        }
    }

    /// A NUL-terminated UTF-8 string (`NLA_NUL_STRING`, `nla_put_string`):
    /// the text before the first NUL. Error if there is no NUL.
    #[inline]
    pub fn str(&self) -> Result<&'a str, AttrError> {
        let nul = self
            .value
            .iter()
            .position(|&b| b == 0)
            .ok_or_else(|| self.err(AttrErrorKind::MissingNul))?;
        self.utf8(&self.value[..nul])
    }

    /// A string that may or may not end with NUL (`NLA_STRING`): trailing
    /// NULs are stripped, the rest must be UTF-8.
    #[inline]
    pub fn str_nonul(&self) -> Result<&'a str, AttrError> {
        let end = self
            .value
            .iter()
            .rposition(|&b| b != 0)
            .map_or(0, |i| i + 1);
        self.utf8(&self.value[..end])
    }

    /// A NUL-terminated C string (any bytes), ending at the first NUL.
    #[inline]
    pub fn cstr(&self) -> Result<&'a CStr, AttrError> {
        CStr::from_bytes_until_nul(self.value).map_err(|_| self.err(AttrErrorKind::MissingNul))
    }

    /// The raw value.
    #[inline]
    pub fn bytes(&self) -> &'a [u8] {
        self.value
    }

    /// The value as a block of attributes. Works whether or not
    /// `NLA_F_NESTED` is set (many families do not set it).
    #[inline]
    pub fn nested(&self) -> Attrs<'a> {
        attrs(self.value)
    }

    fn utf8(&self, b: &'a [u8]) -> Result<&'a str, AttrError> {
        core::str::from_utf8(b).map_err(|e| {
            self.err(AttrErrorKind::InvalidUtf8 {
                valid_up_to: e.valid_up_to(),
            })
        })
    }
}

/// Iterator over a block of attributes; yields `Err` once on malformed
/// input, then ends.
#[derive(Clone, Debug)]
pub struct Attrs<'a> {
    buf: &'a [u8],
    pos: usize,
    done: bool,
}

/// Iterates the attributes in `buf` (a message payload after its family
/// header, or a nested attribute's value).
#[inline]
pub fn attrs(buf: &[u8]) -> Attrs<'_> {
    Attrs {
        buf,
        pos: 0,
        done: false,
    }
}

impl<'a> Attrs<'a> {
    /// The first attribute of type `ty` (flags ignored), or `None`. Errors
    /// if the block is malformed before that attribute is reached.
    #[inline]
    pub fn find(self, ty: u16) -> Result<Option<Attr<'a>>, WireError> {
        let want = ty & NLA_TYPE_MASK;
        if self.done {
            return Ok(None);
        }
        let mut pos = self.pos;
        while let Some((a, advance)) = self.buf.get(pos..).and_then(parse_fast) {
            if a.ty == want {
                return Ok(Some(a));
            }
            pos += advance;
        }
        // The end of the block, or malformed data: the iterator tells which.
        Attrs {
            buf: self.buf,
            pos,
            done: false,
        }
        .find_slow(want)
    }

    #[cold]
    fn find_slow(self, want: u16) -> Result<Option<Attr<'a>>, WireError> {
        for a in self {
            let a = a?;
            if a.ty == want {
                return Ok(Some(a));
            }
        }
        Ok(None)
    }

    /// Offset of the next attribute within the block.
    #[inline]
    pub fn position(&self) -> usize {
        self.pos
    }

    /// Checks the whole block (without descending into nests).
    #[inline]
    pub fn validate(self) -> Result<(), WireError> {
        for a in self {
            a?;
        }
        Ok(())
    }

    fn next_inner(&mut self) -> Option<Result<Attr<'a>, WireError>> {
        let offset = self.pos;
        let rest = self.buf.get(offset..).unwrap_or(&[]);
        if rest.is_empty() {
            return None;
        }
        if rest.len() < NLA_HEADER_LEN {
            return Some(Err(WireError::TrailingBytes {
                what: "attribute",
                offset,
                count: rest.len(),
            }));
        }
        let (len, raw_ty) = match (read_u16(rest, field::LEN), read_u16(rest, field::TYPE)) {
            (Some(l), Some(t)) => (l, t),
            _ => return None, // unreachable: length checked above
        };
        let ty = raw_ty & NLA_TYPE_MASK;
        if (len as usize) < NLA_HEADER_LEN {
            return Some(Err(WireError::AttrTooShort { offset, ty, len }));
        }
        let value = match rest.get(NLA_HEADER_LEN..len as usize) {
            Some(v) => v,
            None => {
                return Some(Err(WireError::AttrOverrun {
                    offset,
                    ty,
                    len,
                    available: rest.len(),
                }))
            }
        };
        // The last attribute may lack its padding.
        self.pos = offset + align(len as usize).min(rest.len());
        Some(Ok(Attr {
            ty,
            nested: raw_ty & NLA_F_NESTED != 0,
            net_byteorder: raw_ty & NLA_F_NET_BYTEORDER != 0,
            value,
        }))
    }
}

impl<'a> Iterator for Attrs<'a> {
    type Item = Result<Attr<'a>, WireError>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        // Fast path: a well-formed attribute (the slow path below handles
        // the end of the block and every error, with the same results).
        if !self.done {
            if let Some(rest) = self.buf.get(self.pos..) {
                if let Some((a, advance)) = parse_fast(rest) {
                    self.pos += advance;
                    return Some(Ok(a));
                }
                if rest.is_empty() {
                    // The end of the block, as the general step would say
                    // (it would also mark the iterator done: an empty rest
                    // stays empty, so the next call ends here again).
                    return None;
                }
            }
        }
        // By value, so that the iterator's state can stay in registers.
        let (item, pos, done) = next_slow(self.buf, self.pos, self.done);
        self.pos = pos;
        self.done = done;
        item
    }
}

/// The well-formed attribute at the start of `rest` and how far to advance
/// past it; `None` at the end of the block and on malformed input, where
/// [`Attrs::next_inner`] tells which.
#[inline(always)]
fn parse_fast(rest: &[u8]) -> Option<(Attr<'_>, usize)> {
    let [l0, l1, t0, t1, ..] = *rest else {
        return None;
    };
    let len = usize::from(u16::from_ne_bytes([l0, l1]));
    let value = rest.get(NLA_HEADER_LEN..len)?;
    let raw_ty = u16::from_ne_bytes([t0, t1]);
    // `len` <= 65535: aligning it cannot overflow. The last attribute may
    // lack its padding.
    let advance = ((len + 3) & !3).min(rest.len());
    Some((
        Attr {
            ty: raw_ty & NLA_TYPE_MASK,
            nested: raw_ty & NLA_F_NESTED != 0,
            net_byteorder: raw_ty & NLA_F_NET_BYTEORDER != 0,
            value,
        },
        advance,
    ))
}

/// The general step of [`Attrs`]: end of block, errors (after which the
/// iterator is done), and whatever the fast path declined.
#[cold]
#[allow(clippy::type_complexity)]
fn next_slow(
    buf: &[u8],
    pos: usize,
    done: bool,
) -> (Option<Result<Attr<'_>, WireError>>, usize, bool) {
    if done {
        return (None, pos, true);
    }
    let mut it = Attrs {
        buf,
        pos,
        done: false,
    };
    let item = it.next_inner();
    let done = !matches!(item, Some(Ok(_)));
    (item, it.pos, done)
}

impl core::iter::FusedIterator for Attrs<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    fn attr(ty: u16, value: &[u8]) -> Attr<'_> {
        Attr {
            ty,
            nested: false,
            net_byteorder: false,
            value,
        }
    }

    #[test]
    fn iterates_with_padding_and_flags() {
        // type 1: "ab\0" (len 7, 1 pad byte); type 2|NESTED: { type 3: u16 0x0102 } ; type 4|NET_BYTEORDER: be32.
        #[rustfmt::skip]
        let block: Vec<u8> = [
            &7u16.to_ne_bytes()[..], &1u16.to_ne_bytes(), b"ab\0", &[0],
            &12u16.to_ne_bytes(), &(2 | NLA_F_NESTED).to_ne_bytes(),
                &6u16.to_ne_bytes(), &3u16.to_ne_bytes(), &0x0102u16.to_ne_bytes(), &[0, 0],
            &8u16.to_ne_bytes(), &(4 | NLA_F_NET_BYTEORDER).to_ne_bytes(), &[0, 0, 1, 2],
        ].concat();
        let v: Vec<Attr> = attrs(&block).collect::<Result<_, _>>().unwrap();
        assert_eq!(v.len(), 3);
        assert_eq!(v[0].ty, 1);
        assert_eq!(v[0].str().unwrap(), "ab");
        assert!(v[1].nested && v[1].ty == 2);
        assert_eq!(v[1].raw_type(), 2 | NLA_F_NESTED);
        let inner = v[1].nested().find(3).unwrap().unwrap();
        assert_eq!(inner.u16().unwrap(), 0x0102);
        assert!(v[2].net_byteorder);
        assert_eq!(
            v[2].u32().unwrap(),
            0x0102,
            "NET_BYTEORDER means big-endian"
        );
        assert_eq!(v[2].be32().unwrap(), 0x0102);
        assert_eq!(
            attrs(&block)
                .find(4 | NLA_F_NET_BYTEORDER)
                .unwrap()
                .unwrap()
                .ty,
            4
        );
        assert_eq!(attrs(&block).find(9).unwrap(), None);
    }

    #[test]
    fn last_attribute_may_lack_padding() {
        let block = [5, 0, 1, 0, 42];
        let a: Vec<_> = attrs(&block).collect();
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].unwrap().u8().unwrap(), 42);
    }

    #[test]
    fn malformed_blocks_error_once_then_end() {
        let mut it = attrs(&[3, 0, 1, 0]);
        assert_eq!(
            it.next(),
            Some(Err(WireError::AttrTooShort {
                offset: 0,
                ty: 1,
                len: 3
            }))
        );
        assert_eq!(it.next(), None);
        let mut it = attrs(&[8, 0, 1, 0, 1, 2, 3, 4, 9, 0, 0x02, 0x80, 0]);
        assert!(it.next().unwrap().is_ok());
        assert_eq!(
            it.next(),
            Some(Err(WireError::AttrOverrun {
                offset: 8,
                ty: 2,
                len: 9,
                available: 5
            }))
        );
        assert_eq!(it.next(), None);
        let mut it = attrs(&[4, 0, 1, 0, 0, 0]);
        assert!(it.next().unwrap().is_ok());
        assert_eq!(
            it.next(),
            Some(Err(WireError::TrailingBytes {
                what: "attribute",
                offset: 4,
                count: 2
            }))
        );
        assert!(attrs(&[4, 0, 1, 0, 0xff]).find(7).is_err());
        assert!(attrs(&[]).validate().is_ok());
    }

    #[test]
    fn readers_check_lengths() {
        let a = attr(3, &[1, 2]);
        let e = a.u32().unwrap_err();
        assert_eq!(
            e,
            AttrError {
                ty: 3,
                kind: AttrErrorKind::Length {
                    expected: 4,
                    got: 2
                }
            }
        );
        assert_eq!(e.to_string(), "attribute type 3: expected 4 bytes, got 2");
        assert_eq!(a.u16().unwrap(), u16::from_ne_bytes([1, 2]));
        assert_eq!(a.be16().unwrap(), 0x0102);
        assert_eq!(a.array::<2>().unwrap(), [1, 2]);
        assert!(a.array::<3>().is_err());
        assert_eq!(attr(1, &(-5i64).to_ne_bytes()).i64().unwrap(), -5);
        assert_eq!(attr(1, &[0xff]).i8().unwrap(), -1);
        assert_eq!(attr(1, &(-2i16).to_ne_bytes()).i16().unwrap(), -2);
        assert_eq!(attr(1, &(-3i32).to_ne_bytes()).i32().unwrap(), -3);
        assert_eq!(attr(1, &7u64.to_be_bytes()).be64().unwrap(), 7);
        assert_eq!(attr(1, &7u64.to_ne_bytes()).u64().unwrap(), 7);
        assert!(attr(1, &[]).flag().unwrap());
        assert!(attr(1, &[0]).flag().is_err());
    }

    #[test]
    fn strings() {
        assert_eq!(attr(1, b"lo\0").str().unwrap(), "lo");
        assert_eq!(attr(1, b"lo\0junk").str().unwrap(), "lo");
        assert_eq!(
            attr(1, b"lo").str().unwrap_err().kind,
            AttrErrorKind::MissingNul
        );
        assert_eq!(attr(1, b"lo").str_nonul().unwrap(), "lo");
        assert_eq!(attr(1, b"lo\0\0").str_nonul().unwrap(), "lo");
        assert_eq!(attr(1, b"").str_nonul().unwrap(), "");
        assert_eq!(
            attr(2, b"a\xff\0").str().unwrap_err(),
            AttrError {
                ty: 2,
                kind: AttrErrorKind::InvalidUtf8 { valid_up_to: 1 }
            }
        );
        assert_eq!(attr(1, b"\xff\0").cstr().unwrap().to_bytes(), b"\xff");
        assert!(attr(1, b"x").cstr().is_err());
        assert_eq!(attr(1, b"xy").bytes(), b"xy");
    }
}

#[cfg(all(test, target_endian = "little"))]
mod kernel_tests {
    use super::*;
    use crate::wire::fixtures::*;
    use crate::wire::{messages, Message};

    #[test]
    fn nlctrl_family_reply_with_nested_attributes() {
        let v: Vec<Message> = messages(&GETFAMILY_NLCTRL_REPLY)
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(v.len(), 1);
        let m = v[0];
        assert_eq!((m.header.ty, m.header.seq), (0x10, 6)); // GENL_ID_CTRL
        assert_eq!(m.payload[0], 1); // CTRL_CMD_NEWFAMILY
        let top = attrs(&m.payload[4..]); // after genlmsghdr
        assert_eq!(top.clone().find(1).unwrap().unwrap().u16().unwrap(), 0x10); // FAMILY_ID
        assert_eq!(
            top.clone().find(2).unwrap().unwrap().str().unwrap(),
            "nlctrl"
        ); // FAMILY_NAME
        assert_eq!(top.clone().find(3).unwrap().unwrap().u32().unwrap(), 2); // VERSION

        // CTRL_ATTR_OPS (6): an array of nests, one per operation. The kernel
        // does not flag them NLA_F_NESTED; nested() reads them anyway.
        let ops = top.clone().find(6).unwrap().unwrap();
        assert!(!ops.nested);
        let ops: Vec<(u32, u32)> = ops
            .nested()
            .map(|op| {
                let op = op.unwrap().nested();
                let id = op.clone().find(1).unwrap().unwrap().u32().unwrap(); // CTRL_ATTR_OP_ID
                let flags = op.find(2).unwrap().unwrap().u32().unwrap(); // CTRL_ATTR_OP_FLAGS
                (id, flags)
            })
            .collect();
        assert_eq!(ops, [(3, 0x0e), (10, 0x0c)]); // GETFAMILY, GETPOLICY

        // CTRL_ATTR_MCAST_GROUPS (7): one group, "notify".
        let groups = top.find(7).unwrap().unwrap();
        let g = groups.nested().next().unwrap().unwrap().nested();
        assert_eq!(g.clone().find(1).unwrap().unwrap().str().unwrap(), "notify"); // GRP_NAME
        assert_eq!(g.find(2).unwrap().unwrap().u32().unwrap(), 0x10); // GRP_ID
    }

    /// The iterator as it would run with its general step only (the fast
    /// path switched off): every item and the position after it.
    fn general(buf: &[u8]) -> Vec<(Option<Result<Attr<'_>, WireError>>, usize)> {
        let (mut pos, mut done, mut out) = (0, false, Vec::new());
        loop {
            let (item, p, d) = next_slow(buf, pos, done);
            (pos, done) = (p, d);
            let end = item.is_none();
            out.push((item, pos));
            if end {
                return out;
            }
        }
    }

    /// A block of attributes, mostly well formed, with bad lengths mixed in.
    fn block() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
        use proptest::prelude::*;
        let one = (
            any::<u16>(),
            proptest::collection::vec(any::<u8>(), 0..12),
            0u8..8,
        )
            .prop_map(|(ty, v, bad)| {
                let mut len = (NLA_HEADER_LEN + v.len()) as u16;
                match bad {
                    0 => len = bad.into(), // shorter than the header
                    1 => len += 40,        // past the end
                    _ => {}
                }
                let mut b = [len.to_ne_bytes(), ty.to_ne_bytes()].concat();
                b.extend_from_slice(&v);
                b.resize(align(b.len()), 0);
                b
            });
        (proptest::collection::vec(one, 0..6), 0usize..4).prop_map(|(parts, cut)| {
            let mut b = parts.concat();
            b.truncate(b.len().saturating_sub(cut));
            b
        })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 3000, ..Default::default() })]

        #[test]
        fn fast_path_matches_the_general_step(b in block(), ty in 0u16..4) {
            let mut it = attrs(&b);
            let mut fast = Vec::new();
            loop {
                let item = it.next();
                let end = item.is_none();
                fast.push((item, it.position()));
                if end {
                    break;
                }
            }
            let general = general(&b);
            proptest::prop_assert_eq!(&fast, &general);
            // `find` agrees with a search over the general step's items.
            let expect = general
                .iter()
                .find_map(|(i, _)| match i {
                    Some(Ok(a)) if a.ty == ty => Some(Ok(Some(*a))),
                    Some(Err(e)) => Some(Err(*e)),
                    None => Some(Ok(None)),
                    _ => None,
                })
                .unwrap_or(Ok(None));
            proptest::prop_assert_eq!(attrs(&b).find(ty), expect);
        }
    }
}
