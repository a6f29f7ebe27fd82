//! The wire layer: netlink bytes <-> typed, zero-copy views.
//!
//! Headers, flags, message iteration, `NLMSG_ERROR`/`NLMSG_DONE` with extended
//! ACKs, attributes (TLV, nested) and builders. No I/O, no allocation when
//! parsing, and no panics on any input: malformed bytes give a [`WireError`].

mod attr;
mod builder;
mod errmsg;
mod flags;
mod header;
mod message;
mod typed;
pub mod ynl;

#[cfg(test)]
pub(crate) mod fixtures;
#[cfg(test)]
mod proptests;

pub use attr::{
    attrs, Attr, AttrError, AttrErrorKind, Attrs, NLA_F_NESTED, NLA_F_NET_BYTEORDER,
    NLA_HEADER_LEN, NLA_TYPE_MASK,
};
pub use builder::{MessageBuilder, Nest};
pub use errmsg::{
    attr_path_at, nlmsgerr_attr, policy_attr, AttrPath, DoneMessage, ErrorMessage, ExtAck, Policy,
    ATTR_PATH_MAX_DEPTH,
};
pub use flags::{FlagContext, Flags};
pub use header::Header;
pub use message::{messages, Message, MessageKind, Messages};
pub use typed::{attr_len, Body, FixedHeader, RawAttrs, Repr, UnknownAttrs};

/// Alignment of netlink messages and attributes (`NLMSG_ALIGNTO`, `NLA_ALIGNTO`).
pub const ALIGNTO: usize = 4;

/// Rounds `len` up to the next multiple of [`ALIGNTO`] (`NLMSG_ALIGN`).
///
/// Saturates instead of overflowing: `align(usize::MAX)` is `usize::MAX & !3`,
/// which is never a valid length anyway, so callers' bound checks reject it.
pub const fn align(len: usize) -> usize {
    match len.checked_add(ALIGNTO - 1) {
        Some(v) => v & !(ALIGNTO - 1),
        None => usize::MAX & !(ALIGNTO - 1),
    }
}

/// Size of `struct nlmsghdr`, the header in front of every netlink message.
pub const HEADER_LEN: usize = 16;

/// The reserved control message types (`nlmsg_type` values below 0x10).
pub mod msgtype {
    /// `NLMSG_NOOP`: nothing; to be ignored.
    pub const NOOP: u16 = 1;
    /// `NLMSG_ERROR`: an error, or an ACK when the errno is 0.
    pub const ERROR: u16 = 2;
    /// `NLMSG_DONE`: the end of a multipart (dump) reply.
    pub const DONE: u16 = 3;
    /// `NLMSG_OVERRUN`: data was lost.
    pub const OVERRUN: u16 = 4;
    /// `NLMSG_MIN_TYPE`: the first type free for families' own messages.
    pub const MIN_TYPE: u16 = 0x10;
}

/// Malformed or unrepresentable netlink data. Every variant says what was
/// wrong and where: offsets are in bytes from the start of the buffer that
/// was handed to the parser (the datagram, a message's payload, or an
/// attribute block).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WireError {
    /// A fixed-size structure does not fit in what is left of the buffer.
    #[error("{what} truncated at byte {offset}: needs {needed} bytes, only {available} left")]
    Truncated {
        /// What was being read (`"nlmsghdr"`, `"struct nlmsgerr"`, ...).
        what: &'static str,
        /// Where it starts.
        offset: usize,
        /// How many bytes it needs.
        needed: usize,
        /// How many bytes were left.
        available: usize,
    },
    /// A message's `nlmsg_len` is smaller than the 16-byte header.
    #[error("message at byte {offset}: nlmsg_len {len} is shorter than the 16-byte header")]
    MessageTooShort {
        /// Where the message starts.
        offset: usize,
        /// Its `nlmsg_len`.
        len: u32,
    },
    /// A message's `nlmsg_len` runs past the end of the buffer.
    #[error("message at byte {offset}: nlmsg_len {len} runs past the end of the buffer ({available} bytes left)")]
    MessageOverrun {
        /// Where the message starts.
        offset: usize,
        /// Its `nlmsg_len`.
        len: u32,
        /// Bytes left in the buffer from `offset`.
        available: usize,
    },
    /// An attribute's `nla_len` is smaller than its 4-byte header.
    #[error(
        "attribute (type {ty}) at byte {offset}: nla_len {len} is shorter than the 4-byte header"
    )]
    AttrTooShort {
        /// Where the attribute starts, from the start of the attribute block.
        offset: usize,
        /// Its type, flags masked off.
        ty: u16,
        /// Its `nla_len`.
        len: u16,
    },
    /// An attribute's `nla_len` runs past the end of its enclosing block.
    #[error("attribute (type {ty}) at byte {offset}: nla_len {len} runs past the end of the block ({available} bytes left)")]
    AttrOverrun {
        /// Where the attribute starts, from the start of the attribute block.
        offset: usize,
        /// Its type, flags masked off.
        ty: u16,
        /// Its `nla_len`.
        len: u16,
        /// Bytes left in the block from `offset`.
        available: usize,
    },
    /// 1 to 3 bytes (attributes) or 1 to 15 bytes (messages) follow the last
    /// item: too few for another header.
    #[error("{count} stray bytes after the last {what}, at byte {offset}")]
    TrailingBytes {
        /// `"message"` or `"attribute"`.
        what: &'static str,
        /// Where the stray bytes start.
        offset: usize,
        /// How many there are.
        count: usize,
    },
    /// An attribute's value is not what its reader expected.
    #[error(transparent)]
    Attr(#[from] AttrError),
    /// A parser for one message type was given another type.
    #[error("expected a message of type {expected}, got type {got}")]
    WrongMessageType {
        /// The type the parser handles.
        expected: u16,
        /// The type of the message it was given.
        got: u16,
    },
    /// An `NLMSG_ERROR` without `NLM_F_CAPPED` echoes a request longer than
    /// what the message holds, yet claims extended-ACK TLVs after it.
    #[error("NLMSG_ERROR echoes a request of {declared} bytes but only {available} bytes follow the error header")]
    BadErrorEcho {
        /// The echoed header's `nlmsg_len`.
        declared: u32,
        /// The bytes after `struct nlmsgerr`'s header, plus 16.
        available: usize,
    },
    /// An `NLMSG_DONE` payload of 1 to 3 bytes (neither empty nor an `int`).
    #[error("NLMSG_DONE payload is {len} bytes: expected 0 or at least 4 (an int)")]
    BadDonePayload {
        /// The payload length.
        len: usize,
    },
    /// A built message would exceed `nlmsg_len`'s 32 bits.
    #[error("message of {len} bytes does not fit nlmsg_len (u32)")]
    MessageTooLong {
        /// Its length.
        len: usize,
    },
    /// A built attribute would exceed `nla_len`'s 16 bits (65535).
    #[error(
        "attribute type {ty} of {len} bytes (header included) does not fit nla_len (max 65535)"
    )]
    AttrTooLong {
        /// The attribute's type (with flags).
        ty: u16,
        /// Its length, header included.
        len: usize,
    },
    /// `finish()` was called with nests still open.
    #[error("{open} nested attribute(s) begun but never ended (first: type {ty})")]
    UnclosedNest {
        /// How many are open.
        open: usize,
        /// The type of the outermost open one.
        ty: u16,
    },
    /// `end_nested` got a [`Nest`] that does not belong to the message
    /// being built (or was already ended).
    #[error("end_nested: no open nest at byte {offset} of this message")]
    BadNest {
        /// The nest's offset in the buffer.
        offset: usize,
    },
    /// A message lacks an attribute it must carry.
    #[error("{what} without attribute type {ty}")]
    MissingAttr {
        /// The message (`"CTRL_CMD_NEWFAMILY"`, ...).
        what: &'static str,
        /// The type of the missing attribute.
        ty: u16,
    },
    /// An output buffer is too small.
    #[error("output buffer of {available} bytes is too small: {needed} needed")]
    BufferTooSmall {
        /// Bytes needed.
        needed: usize,
        /// Bytes available.
        available: usize,
    },
}

/// Reads a native-endian `u16` at `off`; `None` if out of bounds.
#[inline]
fn read_u16(buf: &[u8], off: usize) -> Option<u16> {
    let b = buf.get(off..off.checked_add(2)?)?;
    Some(u16::from_ne_bytes([b[0], b[1]]))
}

/// Reads a native-endian `u32` at `off`; `None` if out of bounds.
#[inline]
fn read_u32(buf: &[u8], off: usize) -> Option<u32> {
    let b = buf.get(off..off.checked_add(4)?)?;
    Some(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn align_rounds_up_and_saturates() {
        assert_eq!(align(0), 0);
        assert_eq!(align(1), 4);
        assert_eq!(align(4), 4);
        assert_eq!(align(17), 20);
        assert_eq!(align(usize::MAX), usize::MAX & !3);
    }

    #[test]
    fn errors_name_what_and_where() {
        let e = WireError::MessageOverrun {
            offset: 20,
            len: 400,
            available: 36,
        };
        assert_eq!(
            e.to_string(),
            "message at byte 20: nlmsg_len 400 runs past the end of the buffer (36 bytes left)"
        );
        let e: WireError = AttrError {
            ty: 3,
            kind: AttrErrorKind::Length {
                expected: 4,
                got: 2,
            },
        }
        .into();
        assert_eq!(e.to_string(), "attribute type 3: expected 4 bytes, got 2");
    }
}
