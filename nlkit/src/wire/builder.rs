//! Building messages into a caller-owned `Vec<u8>`: one header, then raw
//! payload and attributes (nested too), all 4-byte aligned. Reusing the
//! vector between messages means no allocation in the steady state; several
//! messages in one vector make a batch for one `send`.

use super::{
    align, FixedHeader, Flags, Header, Repr, WireError, ALIGNTO, HEADER_LEN, NLA_F_NESTED,
    NLA_HEADER_LEN,
};

/// Builds one message at the end of a buffer. Errors (an attribute over
/// 65535 bytes, a message over 4 GiB, a nest left open) are remembered and
/// returned by [`MessageBuilder::finish`], which then removes the partial
/// message from the buffer. Dropping the builder without `finish` removes
/// it too, so the buffer never holds a message with a wrong `nlmsg_len`.
///
/// ```
/// use nlkit::families::genl::GenlHeader;
/// use nlkit::wire::{messages, Flags, MessageBuilder, WireError};
///
/// let mut buf = Vec::new(); // reuse it for the next request
/// let mut b = MessageBuilder::new(&mut buf, 0x10, Flags::REQUEST).seq(1);
/// b.header(&GenlHeader::new(3, 1)); // CTRL_CMD_GETFAMILY, version 1
/// b.attr_str(2, "nlctrl"); // CTRL_ATTR_FAMILY_NAME
/// b.finish()?;
///
/// let m = messages(&buf).next().unwrap()?;
/// assert_eq!(m.header.len, 32);
/// let name = m.attrs_after::<GenlHeader>()?.find(2)?.unwrap();
/// assert_eq!(name.str()?, "nlctrl");
/// # Ok::<(), WireError>(())
/// ```
#[derive(Debug)]
pub struct MessageBuilder<'b> {
    buf: &'b mut Vec<u8>,
    start: usize,
    error: Option<WireError>,
    open: usize,
    first_open_ty: u16,
    finished: bool,
    fixed_len: usize,
}

/// An open nested attribute, returned by [`MessageBuilder::begin_nested`];
/// close it with [`MessageBuilder::end_nested`]. Prefer
/// [`MessageBuilder::nested`], whose closure cannot leave a nest open.
#[derive(Debug, PartialEq, Eq)]
#[must_use = "a nest must be closed with end_nested"]
pub struct Nest {
    offset: usize,
    ty: u16,
}

/// Appends zero bytes until `buf.len()` is a multiple of 4.
#[inline]
fn pad(buf: &mut Vec<u8>) {
    let len = buf.len();
    let aligned = align(len);
    if aligned != len {
        // One 4-byte write, then cut back: cheaper than a variable-length
        // fill (which compiles to a call to memset).
        buf.extend_from_slice(&[0u8; ALIGNTO]);
        buf.truncate(aligned);
    }
}

/// Appends an attribute header (`nla_len`, `nla_type`) in one write.
#[inline]
fn attr_header(buf: &mut Vec<u8>, len: u16, ty: u16) {
    let [l0, l1] = len.to_ne_bytes();
    let [t0, t1] = ty.to_ne_bytes();
    buf.extend_from_slice(&[l0, l1, t0, t1]);
}

impl<'b> MessageBuilder<'b> {
    /// Starts a message of type `ty`: pads `buf` to 4 bytes and appends a
    /// header (sequence number and port id 0 until set).
    #[inline]
    pub fn new(buf: &'b mut Vec<u8>, ty: u16, flags: Flags) -> Self {
        pad(buf);
        let start = buf.len();
        buf.extend_from_slice(
            &Header {
                len: 0,
                ty,
                flags,
                seq: 0,
                portid: 0,
            }
            .to_bytes(),
        );
        MessageBuilder {
            buf,
            start,
            error: None,
            open: 0,
            first_open_ty: 0,
            finished: false,
            fixed_len: 0,
        }
    }

    /// Sets `nlmsg_seq`.
    #[inline]
    pub fn seq(mut self, seq: u32) -> Self {
        self.set_seq(seq);
        self
    }

    /// Sets `nlmsg_pid` (the sender's port id; 0 lets the kernel fill it in).
    #[inline]
    pub fn portid(mut self, portid: u32) -> Self {
        self.set_portid(portid);
        self
    }

    /// Sets `nlmsg_seq`.
    #[inline]
    pub fn set_seq(&mut self, seq: u32) -> &mut Self {
        self.write(8, &seq.to_ne_bytes());
        self
    }

    /// Sets `nlmsg_pid`.
    #[inline]
    pub fn set_portid(&mut self, portid: u32) -> &mut Self {
        self.write(12, &portid.to_ne_bytes());
        self
    }

    /// Sets `nlmsg_flags`.
    #[inline]
    pub fn set_flags(&mut self, flags: Flags) -> &mut Self {
        self.write(6, &flags.0.to_ne_bytes());
        self
    }

    /// Sets `nlmsg_type`.
    #[inline]
    pub fn set_type(&mut self, ty: u16) -> &mut Self {
        self.write(4, &ty.to_ne_bytes());
        self
    }

    /// Offset of this message in the buffer.
    #[inline]
    pub fn offset(&self) -> usize {
        self.start
    }

    /// Bytes written so far for this message.
    #[inline]
    pub fn len(&self) -> usize {
        self.buf.len() - self.start
    }

    /// True if nothing follows the header yet.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == HEADER_LEN
    }

    fn write(&mut self, off: usize, bytes: &[u8]) {
        let at = self.start + off;
        if let Some(dst) = self.buf.get_mut(at..at + bytes.len()) {
            dst.copy_from_slice(bytes);
        }
    }

    fn fail(&mut self, e: WireError) {
        self.error.get_or_insert(e);
    }

    /// Appends raw bytes (a family header, or a text payload). Padding to 4
    /// is added before whatever comes next, so `nlmsg_len` of a message
    /// that ends with a payload is its exact length, as the kernel makes it.
    #[inline]
    pub fn payload(&mut self, bytes: &[u8]) -> &mut Self {
        pad(self.buf);
        self.buf.extend_from_slice(bytes);
        self
    }

    /// Appends the family header `h` right after `nlmsghdr` and records its
    /// length ([`MessageBuilder::fixed_len`]), so that an extended-ACK
    /// offset into this message can be mapped onto its attributes.
    #[inline]
    pub fn header<H: FixedHeader>(&mut self, h: &H) -> &mut Self {
        pad(self.buf);
        let at = self.buf.len();
        if at == self.start + HEADER_LEN {
            self.fixed_len = H::LEN;
        }
        self.buf.resize(at + H::LEN, 0);
        if let Some(out) = self.buf.get_mut(at..) {
            h.emit(out);
        }
        self
    }

    /// Length of the family header written by [`MessageBuilder::header`]
    /// (0 when none was): where the attributes start, after padding.
    #[inline]
    pub fn fixed_len(&self) -> usize {
        self.fixed_len
    }

    /// Appends the payload of the typed message `r` (its family header,
    /// then its attributes).
    #[inline]
    pub fn emit<'r, R: Repr<'r>>(&mut self, r: &R) -> &mut Self {
        r.emit(self);
        self
    }

    /// Reserves room for `additional` more bytes.
    #[inline]
    pub fn reserve(&mut self, additional: usize) -> &mut Self {
        self.buf.reserve(additional);
        self
    }

    /// Appends a nested attribute of type `ty` (`NLA_F_NESTED` is added)
    /// holding what `fill` appends. Closed when `fill` returns: no nest can
    /// be left open or closed twice.
    ///
    /// ```
    /// use nlkit::wire::{messages, Flags, MessageBuilder, WireError};
    ///
    /// let mut buf = Vec::new();
    /// let mut b = MessageBuilder::new(&mut buf, 16, Flags::REQUEST);
    /// b.nested(18, |b| {
    ///     b.attr_str(1, "veth"); // IFLA_LINKINFO { IFLA_INFO_KIND }
    /// });
    /// b.finish()?;
    /// let m = messages(&buf).next().unwrap()?;
    /// let info = m.attrs_after::<()>()?.find(18)?.unwrap();
    /// assert_eq!(info.nested().find(1)?.unwrap().str()?, "veth");
    /// # Ok::<(), WireError>(())
    /// ```
    #[inline]
    pub fn nested(&mut self, ty: u16, fill: impl FnOnce(&mut Self)) -> &mut Self {
        let n = self.begin_nested(ty);
        fill(self);
        self.end_nested(n);
        self
    }

    /// Appends already encoded attributes (a block kept from a parsed
    /// message), after padding.
    #[inline]
    pub fn attr_block(&mut self, block: &[u8]) -> &mut Self {
        pad(self.buf);
        self.buf.extend_from_slice(block);
        self
    }

    /// Appends an attribute with the given type (flags included as given)
    /// and value, padded to 4. A value over 65531 bytes is an error, reported
    /// by `finish`; nothing is written for it.
    #[inline]
    pub fn attr(&mut self, ty: u16, value: &[u8]) -> &mut Self {
        let len = NLA_HEADER_LEN + value.len();
        match u16::try_from(len) {
            Ok(l) => {
                pad(self.buf);
                self.buf.reserve(align(len));
                attr_header(self.buf, l, ty);
                self.buf.extend_from_slice(value);
                pad(self.buf);
            }
            Err(_) => self.fail(WireError::AttrTooLong { ty, len }),
        }
        self
    }

    /// Appends a `u8` attribute.
    #[inline]
    pub fn attr_u8(&mut self, ty: u16, v: u8) -> &mut Self {
        self.attr(ty, &[v])
    }

    /// Appends a `u16` attribute (host byte order).
    #[inline]
    pub fn attr_u16(&mut self, ty: u16, v: u16) -> &mut Self {
        self.attr(ty, &v.to_ne_bytes())
    }

    /// Appends a `u32` attribute (host byte order).
    #[inline]
    pub fn attr_u32(&mut self, ty: u16, v: u32) -> &mut Self {
        self.attr(ty, &v.to_ne_bytes())
    }

    /// Appends a `u64` attribute (host byte order, 4-byte aligned: no pad attribute).
    #[inline]
    pub fn attr_u64(&mut self, ty: u16, v: u64) -> &mut Self {
        self.attr(ty, &v.to_ne_bytes())
    }

    /// Appends an `i8` attribute.
    #[inline]
    pub fn attr_i8(&mut self, ty: u16, v: i8) -> &mut Self {
        self.attr(ty, &v.to_ne_bytes())
    }

    /// Appends an `i16` attribute (host byte order).
    #[inline]
    pub fn attr_i16(&mut self, ty: u16, v: i16) -> &mut Self {
        self.attr(ty, &v.to_ne_bytes())
    }

    /// Appends an `i32` attribute (host byte order).
    #[inline]
    pub fn attr_i32(&mut self, ty: u16, v: i32) -> &mut Self {
        self.attr(ty, &v.to_ne_bytes())
    }

    /// Appends an `i64` attribute (host byte order).
    #[inline]
    pub fn attr_i64(&mut self, ty: u16, v: i64) -> &mut Self {
        self.attr(ty, &v.to_ne_bytes())
    }

    /// Appends a big-endian `u16` attribute. `NLA_F_NET_BYTEORDER` is not set
    /// (most families do not expect it); OR it into `ty` if yours does.
    #[inline]
    pub fn attr_be16(&mut self, ty: u16, v: u16) -> &mut Self {
        self.attr(ty, &v.to_be_bytes())
    }

    /// Appends a big-endian `u32` attribute (see [`MessageBuilder::attr_be16`]).
    #[inline]
    pub fn attr_be32(&mut self, ty: u16, v: u32) -> &mut Self {
        self.attr(ty, &v.to_be_bytes())
    }

    /// Appends a big-endian `u64` attribute (see [`MessageBuilder::attr_be16`]).
    #[inline]
    pub fn attr_be64(&mut self, ty: u16, v: u64) -> &mut Self {
        self.attr(ty, &v.to_be_bytes())
    }

    /// Appends a string attribute with its terminating NUL (`NLA_NUL_STRING`).
    #[inline]
    pub fn attr_str(&mut self, ty: u16, s: &str) -> &mut Self {
        let len = NLA_HEADER_LEN + s.len() + 1;
        match u16::try_from(len) {
            Ok(l) => {
                pad(self.buf);
                self.buf.reserve(align(len));
                attr_header(self.buf, l, ty);
                self.buf.extend_from_slice(s.as_bytes());
                self.buf.push(0);
                pad(self.buf);
            }
            Err(_) => self.fail(WireError::AttrTooLong { ty, len }),
        }
        self
    }

    /// Appends a string attribute without NUL (`NLA_STRING`).
    #[inline]
    pub fn attr_str_nonul(&mut self, ty: u16, s: &str) -> &mut Self {
        self.attr(ty, s.as_bytes())
    }

    /// Appends a flag attribute (no value).
    #[inline]
    pub fn attr_flag(&mut self, ty: u16) -> &mut Self {
        self.attr(ty, &[])
    }

    /// Opens a nested attribute of type `ty` (`NLA_F_NESTED` is added);
    /// attributes appended until [`MessageBuilder::end_nested`] go inside it.
    #[inline]
    pub fn begin_nested(&mut self, ty: u16) -> Nest {
        pad(self.buf);
        let offset = self.buf.len();
        let ty = ty | NLA_F_NESTED;
        attr_header(self.buf, 0, ty);
        if self.open == 0 {
            self.first_open_ty = ty;
        }
        self.open += 1;
        Nest { offset, ty }
    }

    /// Closes a nest: writes its length. Over 65535 bytes is an error,
    /// reported by `finish`.
    #[inline]
    pub fn end_nested(&mut self, n: Nest) {
        let stored = self
            .buf
            .get(n.offset + 2..n.offset + 4)
            .map(|b| u16::from_ne_bytes([b[0], b[1]]));
        let len_now = self
            .buf
            .get(n.offset..n.offset + 2)
            .map(|b| u16::from_ne_bytes([b[0], b[1]]));
        if n.offset < self.start + HEADER_LEN
            || stored != Some(n.ty)
            || len_now != Some(0)
            || self.open == 0
        {
            self.fail(WireError::BadNest { offset: n.offset });
            return;
        }
        self.open -= 1;
        let len = self.buf.len() - n.offset;
        match u16::try_from(len) {
            Ok(l) => self.write(n.offset - self.start, &l.to_ne_bytes()),
            Err(_) => self.fail(WireError::AttrTooLong { ty: n.ty, len }),
        }
    }

    /// Writes `nlmsg_len` and returns the message's offset in the buffer.
    /// On error the partial message is removed from the buffer.
    #[inline]
    pub fn finish(mut self) -> Result<usize, WireError> {
        self.finished = true;
        let result = self.check();
        match result {
            Ok(len) => {
                self.write(0, &len.to_ne_bytes());
                Ok(self.start)
            }
            Err(e) => {
                self.buf.truncate(self.start);
                Err(e)
            }
        }
    }

    fn check(&self) -> Result<u32, WireError> {
        if let Some(e) = self.error {
            return Err(e);
        }
        if self.open != 0 {
            return Err(WireError::UnclosedNest {
                open: self.open,
                ty: self.first_open_ty,
            });
        }
        let len = self.len();
        u32::try_from(len).map_err(|_| WireError::MessageTooLong { len })
    }
}

impl Drop for MessageBuilder<'_> {
    /// Removes an unfinished message, so the buffer never holds `nlmsg_len` 0.
    fn drop(&mut self) {
        if !self.finished {
            self.buf.truncate(self.start);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::{attrs, messages, Message};

    #[test]
    fn builds_the_kernel_layout() {
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, 16, Flags::REQUEST)
            .seq(6)
            .portid(0);
        b.payload(&[3, 1, 0, 0]); // genlmsghdr: CTRL_CMD_GETFAMILY v1
        b.attr_str(2, "nlctrl"); // CTRL_ATTR_FAMILY_NAME
        assert_eq!(b.finish(), Ok(0));
        #[cfg(target_endian = "little")]
        assert_eq!(buf, crate::wire::fixtures::GETFAMILY_NLCTRL_REQUEST);
        assert_eq!(buf.len(), 32);
    }

    #[test]
    fn batch_of_messages_and_setters() {
        let mut buf = vec![0xee]; // an odd prefix: the builder pads first
        let mut b = MessageBuilder::new(&mut buf, 0x20, Flags::REQUEST);
        b.set_seq(1)
            .set_flags(Flags::REQUEST | Flags::ACK)
            .set_portid(9)
            .set_type(0x21);
        b.payload(b"Hello\0");
        assert_eq!(b.offset(), 4);
        assert!(!b.is_empty());
        assert_eq!(b.finish(), Ok(4));
        let mut b = MessageBuilder::new(&mut buf, 0x22, Flags::REQUEST).seq(2);
        assert!(b.is_empty());
        b.attr_flag(1)
            .attr_i8(2, -1)
            .attr_i16(3, -2)
            .attr_i32(4, -3)
            .attr_i64(5, -4);
        b.attr_be16(6, 0x0102)
            .attr_be32(7, 0x01020304)
            .attr_be64(8, 1)
            .attr_str_nonul(9, "ab");
        assert_eq!(b.finish(), Ok(28));
        let v: Vec<Message> = messages(&buf[4..]).collect::<Result<_, _>>().unwrap();
        assert_eq!(v.len(), 2);
        assert_eq!(
            v[0].header.len, 22,
            "no padding counted after a trailing payload"
        );
        assert_eq!(
            (v[0].header.ty, v[0].header.seq, v[0].header.portid),
            (0x21, 1, 9)
        );
        assert_eq!(v[0].header.flags, Flags::REQUEST | Flags::ACK);
        assert_eq!(v[0].payload, b"Hello\0");
        let a: Vec<_> = attrs(v[1].payload).collect::<Result<_, _>>().unwrap();
        assert!(a[0].flag().unwrap());
        assert_eq!(a[1].i8().unwrap(), -1);
        assert_eq!(a[2].i16().unwrap(), -2);
        assert_eq!(a[3].i32().unwrap(), -3);
        assert_eq!(a[4].i64().unwrap(), -4);
        assert_eq!(a[5].be16().unwrap(), 0x0102);
        assert_eq!(a[6].be32().unwrap(), 0x01020304);
        assert_eq!(a[7].be64().unwrap(), 1);
        assert_eq!(a[8].value, b"ab");
        assert_eq!(a[8].str_nonul().unwrap(), "ab");
    }

    #[test]
    fn oversized_attributes_are_errors_not_wrong_headers() {
        let big = vec![0u8; 65532];
        let mut buf = vec![1, 2, 3, 4];
        let mut b = MessageBuilder::new(&mut buf, 0x20, Flags::REQUEST);
        b.attr(1, &big[..65531]); // exactly 65535 with its header: fine
        b.attr(2, &big);
        assert_eq!(
            b.finish(),
            Err(WireError::AttrTooLong { ty: 2, len: 65536 })
        );
        assert_eq!(buf, [1, 2, 3, 4], "the partial message is removed");

        let mut b = MessageBuilder::new(&mut buf, 0x20, Flags::REQUEST);
        b.attr_str(3, core::str::from_utf8(&big[..65531]).unwrap());
        assert_eq!(
            b.finish(),
            Err(WireError::AttrTooLong { ty: 3, len: 65536 })
        );

        let mut b = MessageBuilder::new(&mut buf, 0x20, Flags::REQUEST);
        let n = b.begin_nested(4);
        b.attr(1, &big[..40000]);
        b.attr(1, &big[..40000]);
        b.end_nested(n);
        assert_eq!(
            b.finish(),
            Err(WireError::AttrTooLong {
                ty: 4 | NLA_F_NESTED,
                len: 80012
            })
        );
        assert_eq!(buf, [1, 2, 3, 4]);
    }

    #[test]
    fn nest_misuse_is_reported() {
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, 0x20, Flags::REQUEST);
        let _n = b.begin_nested(4);
        let _m = b.begin_nested(5);
        assert_eq!(
            b.finish(),
            Err(WireError::UnclosedNest {
                open: 2,
                ty: 4 | NLA_F_NESTED
            })
        );
        assert!(buf.is_empty());

        let mut other = Vec::new();
        let mut a = MessageBuilder::new(&mut other, 0x20, Flags::REQUEST);
        let foreign = a.begin_nested(1);
        a.end_nested(Nest {
            offset: foreign.offset,
            ty: foreign.ty,
        });
        a.finish().unwrap();
        let mut b = MessageBuilder::new(&mut buf, 0x20, Flags::REQUEST);
        b.end_nested(foreign); // offset 16 is not a nest header in this message
        assert_eq!(b.finish(), Err(WireError::BadNest { offset: 16 }));
    }

    #[test]
    fn dropping_an_unfinished_builder_removes_it() {
        let mut buf = Vec::new();
        MessageBuilder::new(&mut buf, 0x20, Flags::REQUEST)
            .finish()
            .unwrap();
        {
            let mut b = MessageBuilder::new(&mut buf, 0x20, Flags::REQUEST);
            b.attr_u32(1, 1);
        }
        assert_eq!(buf.len(), 16);
        assert_eq!(Message::parse(&buf).unwrap().0.header.len, 16);
    }
}
