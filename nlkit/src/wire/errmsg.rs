//! `NLMSG_ERROR` (errors and ACKs), `NLMSG_DONE`, and the extended-ACK
//! attributes both may carry (`NLMSGERR_ATTR_*`, `include/uapi/linux/netlink.h`).
//!
//! [`attr_path_at`] maps an extended-ACK offset back onto the request's
//! attributes, so an error can name the attribute the kernel rejected.

use core::fmt;

use super::attr::{attrs, Attr, AttrError, AttrErrorKind, NLA_HEADER_LEN};
use super::{align, msgtype, read_u16, read_u32, Flags, Header, Message, WireError, HEADER_LEN};

/// `enum nlmsgerr_attrs`: extended-ACK attribute types.
pub mod nlmsgerr_attr {
    /// `NLMSGERR_ATTR_MSG`: error or warning text (string).
    pub const MSG: u16 = 1;
    /// `NLMSGERR_ATTR_OFFS`: offset of the offending part of the request, from its `nlmsghdr` (u32).
    pub const OFFS: u16 = 2;
    /// `NLMSGERR_ATTR_COOKIE`: subsystem-specific cookie (binary).
    pub const COOKIE: u16 = 3;
    /// `NLMSGERR_ATTR_POLICY`: policy of the rejected attribute (nested `NL_POLICY_TYPE_ATTR_*`).
    pub const POLICY: u16 = 4;
    /// `NLMSGERR_ATTR_MISS_TYPE`: type of a missing required attribute (u32).
    pub const MISS_TYPE: u16 = 5;
    /// `NLMSGERR_ATTR_MISS_NEST`: offset of the nest the attribute is missing from (u32).
    pub const MISS_NEST: u16 = 6;
}

/// `enum netlink_policy_type_attr`: attributes of a policy description.
pub mod policy_attr {
    /// `NL_POLICY_TYPE_ATTR_TYPE`: `enum netlink_attribute_type` (u32).
    pub const TYPE: u16 = 1;
    /// `NL_POLICY_TYPE_ATTR_MIN_VALUE_S` (s64).
    pub const MIN_VALUE_S: u16 = 2;
    /// `NL_POLICY_TYPE_ATTR_MAX_VALUE_S` (s64).
    pub const MAX_VALUE_S: u16 = 3;
    /// `NL_POLICY_TYPE_ATTR_MIN_VALUE_U` (u64).
    pub const MIN_VALUE_U: u16 = 4;
    /// `NL_POLICY_TYPE_ATTR_MAX_VALUE_U` (u64).
    pub const MAX_VALUE_U: u16 = 5;
    /// `NL_POLICY_TYPE_ATTR_MIN_LENGTH` (u32).
    pub const MIN_LENGTH: u16 = 6;
    /// `NL_POLICY_TYPE_ATTR_MAX_LENGTH` (u32).
    pub const MAX_LENGTH: u16 = 7;
    /// `NL_POLICY_TYPE_ATTR_POLICY_IDX` (u32).
    pub const POLICY_IDX: u16 = 8;
    /// `NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE` (u32).
    pub const POLICY_MAXTYPE: u16 = 9;
    /// `NL_POLICY_TYPE_ATTR_BITFIELD32_MASK` (u32).
    pub const BITFIELD32_MASK: u16 = 10;
    /// `NL_POLICY_TYPE_ATTR_PAD`.
    pub const PAD: u16 = 11;
    /// `NL_POLICY_TYPE_ATTR_MASK` (u64).
    pub const MASK: u16 = 12;
}

/// Byte layout of `struct nlmsgerr`: `int error` then the request's header.
mod field {
    pub const ERROR: usize = 0;
    pub const REQUEST: usize = 4;
    pub const END: usize = 4 + super::HEADER_LEN;
}

/// The policy the kernel applied to a rejected attribute (`NLMSGERR_ATTR_POLICY`).
/// Each field is set when the kernel sent it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Policy {
    /// `enum netlink_attribute_type` (`NL_ATTR_TYPE_U32` = 4, `STRING` = 11, ...); see [`Policy::type_name`].
    pub attr_type: Option<u32>,
    /// Minimum value of a signed integer.
    pub min_value_s: Option<i64>,
    /// Maximum value of a signed integer.
    pub max_value_s: Option<i64>,
    /// Minimum value of an unsigned integer.
    pub min_value_u: Option<u64>,
    /// Maximum value of an unsigned integer.
    pub max_value_u: Option<u64>,
    /// Minimum length (binary, strings).
    pub min_length: Option<u32>,
    /// Maximum length (binary, strings).
    pub max_length: Option<u32>,
    /// Index of the sub-policy (nested types).
    pub policy_idx: Option<u32>,
    /// Maximum attribute type of the sub-policy.
    pub policy_maxtype: Option<u32>,
    /// Valid bits of a bitfield32.
    pub bitfield32_mask: Option<u32>,
    /// Valid bits of an integer (`NLA_POLICY_MASK`).
    pub mask: Option<u64>,
}

impl Policy {
    /// Decodes the nested `NL_POLICY_TYPE_ATTR_*` attributes in `buf`.
    /// Unknown attributes are skipped.
    pub fn parse(buf: &[u8]) -> Result<Policy, WireError> {
        use policy_attr as p;
        let mut pol = Policy::default();
        for a in attrs(buf) {
            let a = a?;
            match a.ty {
                p::TYPE => pol.attr_type = Some(a.u32()?),
                p::MIN_VALUE_S => pol.min_value_s = Some(a.i64()?),
                p::MAX_VALUE_S => pol.max_value_s = Some(a.i64()?),
                p::MIN_VALUE_U => pol.min_value_u = Some(a.u64()?),
                p::MAX_VALUE_U => pol.max_value_u = Some(a.u64()?),
                p::MIN_LENGTH => pol.min_length = Some(a.u32()?),
                p::MAX_LENGTH => pol.max_length = Some(a.u32()?),
                p::POLICY_IDX => pol.policy_idx = Some(a.u32()?),
                p::POLICY_MAXTYPE => pol.policy_maxtype = Some(a.u32()?),
                p::BITFIELD32_MASK => pol.bitfield32_mask = Some(a.u32()?),
                p::MASK => pol.mask = Some(a.u64()?),
                _ => {}
            }
        }
        Ok(pol)
    }

    /// The name of [`Policy::attr_type`] (`"u32"`, `"string"`, ...).
    pub fn type_name(&self) -> Option<&'static str> {
        const NAMES: [&str; 16] = [
            "invalid",
            "flag",
            "u8",
            "u16",
            "u32",
            "u64",
            "s8",
            "s16",
            "s32",
            "s64",
            "binary",
            "string",
            "nul-string",
            "nested",
            "nested-array",
            "bitfield32",
        ];
        NAMES.get(self.attr_type? as usize).copied()
    }
}

/// Extended-ACK attributes of an `NLMSG_ERROR` or `NLMSG_DONE`.
/// Unknown attributes are skipped; the first of duplicates wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct ExtAck<'a> {
    /// `NLMSGERR_ATTR_MSG`: the error (or, in an ACK, warning) text.
    pub msg: Option<&'a str>,
    /// `NLMSGERR_ATTR_OFFS`: offset in the request, from its `nlmsghdr`; see [`attr_path_at`].
    pub offset: Option<u32>,
    /// `NLMSGERR_ATTR_COOKIE`: subsystem-specific bytes.
    pub cookie: Option<&'a [u8]>,
    /// `NLMSGERR_ATTR_POLICY`, undecoded: the policy the offending
    /// attribute broke. [`ExtAck::policy`] decodes it (it was validated by
    /// [`ExtAck::parse`]); kept raw so the struct stays small on the
    /// success path.
    pub policy_raw: Option<&'a [u8]>,
    /// `NLMSGERR_ATTR_MISS_TYPE`: type of a required attribute that was missing.
    pub miss_type: Option<u16>,
    /// `NLMSGERR_ATTR_MISS_NEST`: offset of the nest it was missing from.
    pub miss_nest: Option<u32>,
}

impl<'a> ExtAck<'a> {
    /// Decodes a block of `NLMSGERR_ATTR_*` attributes.
    pub fn parse(buf: &'a [u8]) -> Result<ExtAck<'a>, WireError> {
        use nlmsgerr_attr as n;
        let mut ack = ExtAck::default();
        for a in attrs(buf) {
            let a = a?;
            match a.ty {
                n::MSG if ack.msg.is_none() => ack.msg = Some(a.str_nonul()?),
                n::OFFS if ack.offset.is_none() => ack.offset = Some(a.u32()?),
                n::COOKIE if ack.cookie.is_none() => ack.cookie = Some(a.value),
                n::POLICY if ack.policy_raw.is_none() => {
                    Policy::parse(a.value)?;
                    ack.policy_raw = Some(a.value);
                }
                n::MISS_TYPE if ack.miss_type.is_none() => ack.miss_type = Some(miss_type(&a)?),
                n::MISS_NEST if ack.miss_nest.is_none() => ack.miss_nest = Some(a.u32()?),
                _ => {}
            }
        }
        Ok(ack)
    }

    /// `NLMSGERR_ATTR_POLICY` decoded: the policy the offending attribute broke.
    pub fn policy(&self) -> Option<Policy> {
        self.policy_raw.and_then(|p| Policy::parse(p).ok())
    }

    /// True when no attribute was present.
    pub fn is_empty(&self) -> bool {
        *self == ExtAck::default()
    }
}

/// `MISS_TYPE` is a u32 on the wire (the kernel uses `nla_put_u32`), an
/// attribute type is 16 bits; accept a u16 from other senders too.
fn miss_type(a: &Attr<'_>) -> Result<u16, AttrError> {
    let v = match a.value.len() {
        2 => return a.u16(),
        _ => a.u32()?,
    };
    u16::try_from(v).map_err(|_| AttrError {
        ty: a.ty,
        kind: AttrErrorKind::OutOfRange {
            value: v.into(),
            bits: 16,
        },
    })
}

/// A decoded `NLMSG_ERROR`: an error (errno != 0) or an ACK (errno == 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ErrorMessage<'a> {
    /// The positive errno (`EINVAL` = 22); 0 for an ACK. The kernel sends it
    /// negated; a positive value (some user-space peers) is taken as-is.
    pub errno: i32,
    /// The header of the request being answered.
    pub request: Header,
    /// The request's payload, when echoed (empty when `capped`).
    pub request_payload: &'a [u8],
    /// `NLM_F_CAPPED` was set on this message: the payload was not echoed.
    pub capped: bool,
    /// Extended-ACK attributes (present when `NLM_F_ACK_TLVS` was set).
    pub ext_ack: ExtAck<'a>,
}

impl<'a> ErrorMessage<'a> {
    /// Decodes an `NLMSG_ERROR`. `NLM_F_CAPPED` and `NLM_F_ACK_TLVS` are read
    /// from `msg`'s own header flags.
    ///
    /// Without `CAPPED`, the request echo is `request.len - 16` bytes; when
    /// fewer remain and no TLVs are announced (an ACK from a pre-4.12 kernel
    /// or a terse peer), what remains is taken as the echo.
    pub fn parse(msg: &Message<'a>) -> Result<Self, WireError> {
        if msg.header.ty != msgtype::ERROR {
            return Err(WireError::WrongMessageType {
                expected: msgtype::ERROR,
                got: msg.header.ty,
            });
        }
        let p = msg.payload;
        let truncated = WireError::Truncated {
            what: "struct nlmsgerr",
            offset: HEADER_LEN,
            needed: field::END,
            available: p.len(),
        };
        let error = read_u32(p, field::ERROR).ok_or(truncated)? as i32;
        let request =
            Header::parse(p.get(field::REQUEST..).unwrap_or(&[])).map_err(|_| truncated)?;
        let errno = if error < 0 {
            error.checked_neg().unwrap_or(i32::MAX)
        } else {
            error
        };
        let flags = msg.header.flags;
        let capped = flags.contains(Flags::CAPPED);
        let tlvs = flags.contains(Flags::ACK_TLVS);
        let after = p.get(field::END..).unwrap_or(&[]);
        let (request_payload, rest) = if capped {
            (&after[..0], after)
        } else {
            let echo = request.payload_len().unwrap_or(0);
            match after.get(..echo) {
                Some(e) => (e, after.get(align(echo)..).unwrap_or(&[])),
                None if !tlvs => (after, &after[after.len()..]),
                None => {
                    return Err(WireError::BadErrorEcho {
                        declared: request.len,
                        available: after.len() + HEADER_LEN,
                    })
                }
            }
        };
        let ext_ack = if tlvs {
            ExtAck::parse(rest)?
        } else {
            ExtAck::default()
        };
        Ok(ErrorMessage {
            errno,
            request,
            request_payload,
            capped,
            ext_ack,
        })
    }

    /// True for an ACK (errno 0).
    pub fn is_ack(&self) -> bool {
        self.errno == 0
    }

    /// Maps [`ExtAck::offset`] onto the echoed request's attributes (needs
    /// the echo, i.e. a socket without `NETLINK_CAP_ACK`; otherwise use
    /// [`attr_path_at`] with your copy of the request).
    pub fn attr_path(&self, fixed_len: usize) -> Option<AttrPath> {
        if self.capped {
            return None;
        }
        attr_path_in(self.request_payload, fixed_len, self.ext_ack.offset?)
    }
}

/// A decoded `NLMSG_DONE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct DoneMessage<'a> {
    /// The `int` payload: 0, or a negative errno if the dump failed. A
    /// missing payload reads as 0.
    pub status: i32,
    /// Extended-ACK attributes (present when `NLM_F_ACK_TLVS` was set).
    pub ext_ack: ExtAck<'a>,
}

impl<'a> DoneMessage<'a> {
    /// Decodes an `NLMSG_DONE`.
    pub fn parse(msg: &Message<'a>) -> Result<Self, WireError> {
        if msg.header.ty != msgtype::DONE {
            return Err(WireError::WrongMessageType {
                expected: msgtype::DONE,
                got: msg.header.ty,
            });
        }
        let p = msg.payload;
        if p.is_empty() {
            return Ok(DoneMessage::default());
        }
        let status = read_u32(p, 0).ok_or(WireError::BadDonePayload { len: p.len() })? as i32;
        let ext_ack = if msg.header.flags.contains(Flags::ACK_TLVS) {
            ExtAck::parse(p.get(4..).unwrap_or(&[]))?
        } else {
            ExtAck::default()
        };
        Ok(DoneMessage { status, ext_ack })
    }

    /// The positive errno of a failed dump, 0 on success.
    pub fn errno(&self) -> i32 {
        self.status.checked_neg().map_or(i32::MAX, |e| e.max(0))
    }
}

/// Maximum depth of an [`AttrPath`].
pub const ATTR_PATH_MAX_DEPTH: usize = 16;

/// Attribute types from the outermost to the innermost, without allocation.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct AttrPath {
    types: [u16; ATTR_PATH_MAX_DEPTH],
    len: u8,
}

impl AttrPath {
    /// The types, outermost first.
    pub fn as_slice(&self) -> &[u16] {
        &self.types[..self.len as usize]
    }

    /// Number of levels.
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// True for an empty path.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The innermost type.
    pub fn last(&self) -> Option<u16> {
        self.as_slice().last().copied()
    }

    fn push(&mut self, ty: u16) -> bool {
        match self.types.get_mut(self.len as usize) {
            Some(slot) => {
                *slot = ty;
                self.len += 1;
                true
            }
            None => false,
        }
    }
}

impl fmt::Debug for AttrPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

impl fmt::Display for AttrPath {
    /// `"3/1/2"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, t) in self.as_slice().iter().enumerate() {
            if i > 0 {
                f.write_str("/")?;
            }
            write!(f, "{t}")?;
        }
        Ok(())
    }
}

/// Maps an extended-ACK `offset` (bytes from the start of the request's
/// `nlmsghdr`) onto the request's attributes.
///
/// `request` is the request as sent (header and payload); `fixed_len` is the
/// family header after `nlmsghdr` (generic netlink: 4, `ifinfomsg`: 16), so
/// attributes start at `16 + align(fixed_len)`. Returns the types of the
/// attributes containing `offset`, outermost first, descending into
/// attributes flagged `NLA_F_NESTED` (at most [`ATTR_PATH_MAX_DEPTH`] levels).
/// `None` if the offset is outside every attribute or the request is
/// malformed before reaching it.
pub fn attr_path_at(request: &[u8], fixed_len: usize, offset: u32) -> Option<AttrPath> {
    attr_path_in(request.get(HEADER_LEN..)?, fixed_len, offset)
}

/// [`attr_path_at`] given the request's payload only (offsets still count
/// from the header).
fn attr_path_in(payload: &[u8], fixed_len: usize, offset: u32) -> Option<AttrPath> {
    let first = align(fixed_len);
    let target = (offset as usize).checked_sub(HEADER_LEN)?;
    let mut block = payload.get(first..)?;
    let mut base = first; // offset of `block` within the payload
    let mut path = AttrPath::default();
    'descend: loop {
        let mut pos = 0usize;
        while let Some(rest) = block.get(pos..).filter(|r| r.len() >= NLA_HEADER_LEN) {
            let len = read_u16(rest, 0)? as usize;
            let raw_ty = read_u16(rest, 2)?;
            if len < NLA_HEADER_LEN || len > rest.len() {
                return finish(path);
            }
            let start = base + pos;
            if (start..start + len).contains(&target) {
                if !path.push(raw_ty & super::NLA_TYPE_MASK) {
                    return finish(path);
                }
                let value_start = start + NLA_HEADER_LEN;
                if raw_ty & super::NLA_F_NESTED != 0 && target >= value_start {
                    block = rest.get(NLA_HEADER_LEN..len)?;
                    base = value_start;
                    continue 'descend;
                }
                return finish(path);
            }
            pos += align(len);
        }
        return finish(path);
    }
}

fn finish(path: AttrPath) -> Option<AttrPath> {
    (!path.is_empty()).then_some(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::{Message, MessageBuilder, MessageKind, NLA_F_NESTED};

    #[test]
    fn path_descends_nested_attributes() {
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, 0x20, Flags::REQUEST);
        b.payload(&[0; 4]); // a genl-like family header
        b.attr_u32(1, 5); // 20..28
        let n = b.begin_nested(2); // 28..
        b.attr_u8(3, 1); // 32..40
        let n2 = b.begin_nested(4); // 40..
        b.attr_u16(6, 9); // 44..52
        b.end_nested(n2);
        b.end_nested(n);
        b.attr_flag(7); // 52..56
        b.finish().unwrap();
        let at = |off| attr_path_at(&buf, 4, off).map(|p| p.as_slice().to_vec());
        assert_eq!(at(20), Some(vec![1]));
        assert_eq!(at(27), Some(vec![1]));
        assert_eq!(at(28), Some(vec![2]), "the nest header itself");
        assert_eq!(at(32), Some(vec![2, 3]));
        assert_eq!(at(44), Some(vec![2, 4, 6]));
        assert_eq!(at(52), Some(vec![7]));
        assert_eq!(at(56), None, "past the end");
        assert_eq!(at(16), None, "inside the family header");
        assert_eq!(at(3), None, "inside nlmsghdr");
        assert_eq!(attr_path_at(&buf[..10], 4, 20), None);
        assert_eq!(attr_path_at(&buf, 4, 44).unwrap().to_string(), "2/4/6");
        assert_eq!(
            format!("{:?}", attr_path_at(&buf, 4, 32).unwrap()),
            "[2, 3]"
        );
    }

    #[test]
    fn path_stops_at_max_depth() {
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, 0x20, Flags::REQUEST);
        let nests: Vec<_> = (0..20).map(|i| b.begin_nested(i)).collect();
        b.attr_u8(99, 1);
        for n in nests.into_iter().rev() {
            b.end_nested(n);
        }
        b.finish().unwrap();
        let last = (buf.len() - 8) as u32;
        let p = attr_path_at(&buf, 0, last).unwrap();
        assert_eq!(p.len(), ATTR_PATH_MAX_DEPTH);
        assert_eq!(p.as_slice(), (0..16).collect::<Vec<u16>>());
    }

    #[test]
    fn hand_built_error_variants() {
        // A peer's NLMSG_ERROR: positive errno, no CAPPED, echo missing, no TLVs.
        let req = Header {
            len: 40,
            ty: 0x20,
            ..Header::default()
        };
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, msgtype::ERROR, Flags::EMPTY);
        b.payload(&5i32.to_ne_bytes());
        b.payload(&req.to_bytes());
        b.finish().unwrap();
        let m = Message::parse(&buf).unwrap().0;
        let e = ErrorMessage::parse(&m).unwrap();
        assert_eq!((e.errno, e.capped, e.request_payload.len()), (5, false, 0));
        assert!(e.ext_ack.is_empty());
        // The same claiming TLVs is inconsistent.
        let mut m2 = m;
        m2.header.flags = Flags::ACK_TLVS;
        assert_eq!(
            ErrorMessage::parse(&m2),
            Err(WireError::BadErrorEcho {
                declared: 40,
                available: 16
            })
        );
        // Too short for struct nlmsgerr.
        let mut short = Vec::new();
        let mut b = MessageBuilder::new(&mut short, msgtype::ERROR, Flags::EMPTY);
        b.payload(&[0; 8]);
        b.finish().unwrap();
        let m = Message::parse(&short).unwrap().0;
        assert!(matches!(
            m.kind(),
            Err(WireError::Truncated {
                what: "struct nlmsgerr",
                ..
            })
        ));
        // i32::MIN does not overflow.
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, msgtype::ERROR, Flags::CAPPED);
        b.payload(&i32::MIN.to_ne_bytes());
        b.payload(&req.to_bytes());
        b.finish().unwrap();
        let m = Message::parse(&buf).unwrap().0;
        assert!(matches!(
            m.kind().unwrap(),
            MessageKind::Error(ErrorMessage {
                errno: i32::MAX,
                ..
            })
        ));
        // Wrong types.
        assert!(matches!(
            DoneMessage::parse(&m),
            Err(WireError::WrongMessageType {
                expected: 3,
                got: 2
            })
        ));
    }

    #[test]
    fn done_with_status_and_ext_ack() {
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, msgtype::DONE, Flags::MULTI | Flags::ACK_TLVS);
        b.payload(&(-105i32).to_ne_bytes());
        b.attr_str(nlmsgerr_attr::MSG, "buffer too small");
        b.attr_u32(nlmsgerr_attr::MISS_TYPE, 70000);
        b.finish().unwrap();
        let m = Message::parse(&buf).unwrap().0;
        // MISS_TYPE does not fit 16 bits.
        assert!(matches!(
            m.kind(),
            Err(WireError::Attr(AttrError {
                ty: 5,
                kind: AttrErrorKind::OutOfRange {
                    value: 70000,
                    bits: 16
                }
            }))
        ));
        buf.clear();
        let mut b = MessageBuilder::new(&mut buf, msgtype::DONE, Flags::MULTI | Flags::ACK_TLVS);
        b.payload(&(-105i32).to_ne_bytes());
        b.attr_str(nlmsgerr_attr::MSG, "buffer too small");
        b.attr_u16(nlmsgerr_attr::MISS_TYPE, 7);
        let n = b.begin_nested(nlmsgerr_attr::POLICY | NLA_F_NESTED);
        b.attr_u64(policy_attr::MIN_VALUE_U, 1);
        b.attr_u64(policy_attr::MAX_VALUE_U, 9);
        b.attr(policy_attr::MIN_VALUE_S, &(-3i64).to_ne_bytes());
        b.attr(policy_attr::MAX_VALUE_S, &3i64.to_ne_bytes());
        b.attr_u32(policy_attr::BITFIELD32_MASK, 0xf);
        b.attr_u64(policy_attr::MASK, 0xff);
        b.attr_u32(policy_attr::POLICY_IDX, 2);
        b.attr_u32(policy_attr::POLICY_MAXTYPE, 8);
        b.attr_u32(policy_attr::MIN_LENGTH, 1);
        b.attr_u32(policy_attr::TYPE, 99);
        b.end_nested(n);
        b.attr(nlmsgerr_attr::COOKIE, b"ck");
        b.finish().unwrap();
        let m = Message::parse(&buf).unwrap().0;
        let d = match m.kind().unwrap() {
            MessageKind::Done(d) => d,
            k => panic!("{k:?}"),
        };
        assert_eq!((d.status, d.errno()), (-105, 105));
        assert_eq!(d.ext_ack.msg, Some("buffer too small"));
        assert_eq!(d.ext_ack.miss_type, Some(7));
        assert_eq!(d.ext_ack.cookie, Some(&b"ck"[..]));
        let p = d.ext_ack.policy().unwrap();
        assert_eq!(
            (p.min_value_u, p.max_value_u, p.min_value_s, p.max_value_s),
            (Some(1), Some(9), Some(-3), Some(3))
        );
        assert_eq!(
            (p.bitfield32_mask, p.mask, p.policy_idx, p.policy_maxtype),
            (Some(0xf), Some(0xff), Some(2), Some(8))
        );
        assert_eq!(
            (p.min_length, p.max_length, p.type_name()),
            (Some(1), None, None)
        );
        // Empty and short payloads.
        let mut buf = Vec::new();
        MessageBuilder::new(&mut buf, msgtype::DONE, Flags::MULTI)
            .finish()
            .unwrap();
        let m = Message::parse(&buf).unwrap().0;
        assert_eq!(DoneMessage::parse(&m).unwrap(), DoneMessage::default());
        let mut buf = Vec::new();
        Header {
            len: 18,
            ty: msgtype::DONE,
            ..Header::default()
        }
        .emit(&mut [0; 16])
        .unwrap();
        buf.extend_from_slice(
            &Header {
                len: 18,
                ty: msgtype::DONE,
                ..Header::default()
            }
            .to_bytes(),
        );
        buf.extend_from_slice(&[0, 0]);
        let m = Message::parse(&buf).unwrap().0;
        assert_eq!(
            DoneMessage::parse(&m),
            Err(WireError::BadDonePayload { len: 2 })
        );
        assert_eq!(
            DoneMessage {
                status: 0,
                ..Default::default()
            }
            .errno(),
            0
        );
        assert_eq!(
            DoneMessage {
                status: i32::MIN,
                ..Default::default()
            }
            .errno(),
            i32::MAX
        );
    }
}

#[cfg(all(test, target_endian = "little"))]
mod kernel_tests {
    use super::*;
    use crate::wire::fixtures::*;
    use crate::wire::{messages, Message, MessageKind};

    fn one(d: &[u8]) -> Message<'_> {
        let v: Vec<_> = messages(d).collect::<Result<_, _>>().unwrap();
        assert_eq!(v.len(), 1);
        v[0]
    }

    #[test]
    fn capped_error_with_text_and_offset() {
        let m = one(&BOGUS_ATTR_ERROR_CAPPED);
        assert_eq!(m.header.flags, Flags::CAPPED | Flags::ACK_TLVS);
        let e = match m.kind().unwrap() {
            MessageKind::Error(e) => e,
            k => panic!("expected Error, got {k:?}"),
        };
        assert_eq!(e.errno, 22); // EINVAL
        assert!(e.capped);
        assert!(e.request_payload.is_empty());
        assert_eq!(e.request, Header::parse(&BOGUS_ATTR_REQUEST).unwrap());
        assert_eq!(e.ext_ack.msg, Some("Unknown attribute type"));
        assert_eq!(e.ext_ack.offset, Some(32));
        assert_eq!(e.attr_path(16), None, "capped: no echo to map onto");
        // The offset names the bogus attribute (ifinfomsg is 16 bytes).
        let path = attr_path_at(&BOGUS_ATTR_REQUEST, 16, 32).unwrap();
        assert_eq!(path.as_slice(), [0x3ff]);
    }

    #[test]
    fn uncapped_error_echoes_the_request() {
        let m = one(&BOGUS_ATTR_ERROR_ECHO);
        let e = ErrorMessage::parse(&m).unwrap();
        assert!(!e.capped);
        assert_eq!(e.errno, 22);
        assert_eq!(e.request_payload, &BOGUS_ATTR_REQUEST[16..]);
        assert_eq!(e.ext_ack.msg, Some("Unknown attribute type"));
        assert_eq!(e.ext_ack.offset, Some(32));
        assert_eq!(e.attr_path(16).unwrap().as_slice(), [0x3ff]);
    }

    #[test]
    fn policy_violation_reports_the_policy() {
        let e = ErrorMessage::parse(&one(&LONG_IFNAME_ERROR)).unwrap();
        assert_eq!(e.errno, 34); // ERANGE
        assert_eq!(e.ext_ack.msg, Some("Attribute failed policy validation"));
        assert_eq!(e.ext_ack.offset, Some(32));
        let p = e.ext_ack.policy().unwrap();
        assert_eq!(p.type_name(), Some("string"));
        assert_eq!(p.max_length, Some(15)); // IFNAMSIZ - 1
        assert_eq!(
            attr_path_at(&LONG_IFNAME_REQUEST, 16, 32)
                .unwrap()
                .as_slice(),
            [3]
        ); // IFLA_IFNAME
    }

    #[test]
    fn missing_attribute_reports_its_type() {
        let e = ErrorMessage::parse(&one(&NETDEV_MISSING_ERROR)).unwrap();
        assert_eq!(e.errno, 22);
        assert_eq!(e.ext_ack.miss_type, Some(1)); // NETDEV_A_DEV_IFINDEX
        assert_eq!(e.ext_ack.miss_nest, None);
        assert_eq!(e.ext_ack.msg, None);
        assert_eq!(e.request, Header::parse(&NETDEV_MISSING_REQUEST).unwrap());
    }

    #[test]
    fn plain_ack() {
        let m = one(&SETLINK_ACK);
        let a = match m.kind().unwrap() {
            MessageKind::Ack(a) => a,
            k => panic!("expected Ack, got {k:?}"),
        };
        assert!(a.is_ack() && a.capped);
        assert_eq!(a.request.seq, 5);
        assert_eq!(a.request.ty, 19); // RTM_SETLINK
        assert!(a.ext_ack.is_empty());
        assert_eq!(a.request.seq, m.header.seq);
    }
}
