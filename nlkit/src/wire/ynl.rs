//! What Rust generated from YNL specs (`nlctl gen rust`, the
//! `nlkit_spec::gen::rust::Builder` of a `build.rs`) is written against, on
//! top of the typed model: one enum per attribute set ([`SetAttr`]), read
//! zero-copy in message order ([`Iter`]) and emitted again; nests
//! ([`Nest`]), indexed arrays and type-value nests ([`Indexed`]),
//! sub-messages ([`Sub`]), `bitfield32` ([`Bitfield32`]), generic
//! netlink's header in front of a family's own ([`Genl`]) and a message of
//! any of them ([`Msg`], a [`Repr`]). Generated code decodes what the spec
//! says and keeps the rest ([`Unknown`], each set's `Other` variant); it
//! never fails on a value, only on broken framing. See docs/specs.md.

use core::marker::PhantomData;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use super::{
    align, attr_len, attrs, Attr, Attrs, Body, FixedHeader, MessageBuilder, Repr, WireError,
};

/// One attribute of an attribute set, decoded as the spec types it: the
/// generated enum of a set implements this. Decoding never fails: an
/// attribute the spec does not know, or whose value does not have the
/// spec's shape, is the set's `Other` variant and emits as it came.
pub trait SetAttr<'a>: Sized {
    /// The set's name in the spec.
    const SET: &'static str;

    /// Decodes `a`; `block` is the attribute block `a` is part of (a
    /// sub-message attribute finds its selector there).
    fn decode(a: Attr<'a>, block: &'a [u8]) -> Self;

    /// The attribute's type number.
    fn ty(&self) -> u16;

    /// Bytes it takes in a message, header and padding included.
    fn encoded_len(&self) -> usize;

    /// Appends it.
    fn emit(&self, b: &mut MessageBuilder<'_>);

    /// Collects `(set, type)` of attributes, this one and those nested in
    /// it, that the spec types but that came in a shape it does not
    /// describe (a `u32` of 2 bytes, a broken nest): what a strict reader
    /// would reject. A message from a newer kernel with attributes the spec
    /// does not know at all has none.
    fn untyped(&self, out: &mut Vec<(&'static str, u16)>);
}

/// Any attribute, kept as it came: the "set" of a sub-message format that
/// has a fixed header and no attribute set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unknown<'a>(pub Attr<'a>);

impl<'a> SetAttr<'a> for Unknown<'a> {
    const SET: &'static str = "(none)";
    #[inline]
    fn decode(a: Attr<'a>, _: &'a [u8]) -> Self {
        Unknown(a)
    }
    #[inline]
    fn ty(&self) -> u16 {
        self.0.ty
    }
    #[inline]
    fn encoded_len(&self) -> usize {
        attr_len(self.0.value.len())
    }
    #[inline]
    fn emit(&self, b: &mut MessageBuilder<'_>) {
        b.attr(self.0.raw_type(), self.0.value);
    }
    fn untyped(&self, _: &mut Vec<(&'static str, u16)>) {}
}

/// The attributes of a block decoded as set `S`, in order; framing errors
/// as [`Attrs`] gives them (once, then the end).
#[derive(Clone, Debug)]
pub struct Iter<'a, S> {
    it: Attrs<'a>,
    block: &'a [u8],
    _set: PhantomData<S>,
}

impl<'a, S: SetAttr<'a>> Iter<'a, S> {
    /// Iterates `block` as set `S`.
    #[inline]
    pub fn new(block: &'a [u8]) -> Self {
        Iter {
            it: attrs(block),
            block,
            _set: PhantomData,
        }
    }
}

impl<'a, S: SetAttr<'a>> Iterator for Iter<'a, S> {
    type Item = Result<S, WireError>;
    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let block = self.block;
        self.it.next().map(|r| r.map(|a| S::decode(a, block)))
    }
}

/// A nest of set `S` (or a message's attribute block): as received (read
/// lazily, no copy) or built from values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Nest<'a, S> {
    /// The attribute block as received.
    Wire(&'a [u8]),
    /// Attributes to send.
    Built(Vec<S>),
}

impl<S> Default for Nest<'_, S> {
    fn default() -> Self {
        Nest::Built(Vec::new())
    }
}

impl<S> From<Vec<S>> for Nest<'_, S> {
    fn from(v: Vec<S>) -> Self {
        Nest::Built(v)
    }
}

impl<'a, S: SetAttr<'a> + Clone> Nest<'a, S> {
    /// The attributes, decoded (a built nest's are cloned).
    pub fn iter(&self) -> NestIter<'a, '_, S> {
        match self {
            Nest::Wire(b) => NestIter::Wire(Iter::new(b)),
            Nest::Built(v) => NestIter::Built(v.iter()),
        }
    }

    /// The attributes, decoded, into a vector (the first framing error
    /// instead, if any).
    pub fn to_vec(&self) -> Result<Vec<S>, WireError> {
        self.iter().collect()
    }

    /// Bytes the attributes take when emitted (without a nest header).
    pub fn inner_len(&self) -> usize {
        match self {
            Nest::Wire(b) => block_len::<S>(b),
            Nest::Built(v) => v.iter().map(SetAttr::encoded_len).sum(),
        }
    }

    /// Appends the attributes (without a nest header): each decoded and
    /// encoded again, so what is emitted is what was understood; bytes
    /// after a framing error are appended as they came.
    pub fn emit_inner(&self, b: &mut MessageBuilder<'_>) {
        match self {
            Nest::Wire(block) => emit_block::<S>(block, b),
            Nest::Built(v) => v.iter().for_each(|a| a.emit(b)),
        }
    }

    /// Appends the nest as attribute `ty` (`NLA_F_NESTED` set).
    pub fn emit(&self, ty: u16, b: &mut MessageBuilder<'_>) {
        b.nested(ty, |b| self.emit_inner(b));
    }

    /// Bytes the nest takes as an attribute.
    pub fn encoded_len(&self) -> usize {
        attr_len(self.inner_len())
    }
}

/// The iterator of [`Nest::iter`].
#[derive(Clone, Debug)]
pub enum NestIter<'a, 'n, S> {
    /// Over a received block.
    Wire(Iter<'a, S>),
    /// Over built values.
    Built(core::slice::Iter<'n, S>),
}

impl<'a, S: SetAttr<'a> + Clone> Iterator for NestIter<'a, '_, S> {
    type Item = Result<S, WireError>;
    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        match self {
            NestIter::Wire(it) => it.next(),
            NestIter::Built(it) => it.next().cloned().map(Ok),
        }
    }
}

/// Where decoding a block stopped on a framing error: the good attributes
/// and the offset of the bad rest.
fn good_prefix<'a, S: SetAttr<'a>>(block: &'a [u8]) -> (Iter<'a, S>, usize) {
    let mut it = attrs(block);
    let mut end = 0;
    while let Some(Ok(_)) = it.next() {
        end = it.position();
    }
    (Iter::new(block.get(..end).unwrap_or_default()), end)
}

fn block_len<'a, S: SetAttr<'a>>(block: &'a [u8]) -> usize {
    let (it, end) = good_prefix::<S>(block);
    let known: usize = it.filter_map(Result::ok).map(|a| a.encoded_len()).sum();
    known + align(block.len() - end.min(block.len()))
}

fn emit_block<'a, S: SetAttr<'a>>(block: &'a [u8], b: &mut MessageBuilder<'_>) {
    let (it, end) = good_prefix::<S>(block);
    it.filter_map(Result::ok).for_each(|a| a.emit(b));
    if let Some(rest) = block.get(end..).filter(|r| !r.is_empty()) {
        b.attr_block(rest);
    }
}

/// An element of an indexed array or a type-value nest: decoded from one
/// attribute whose type is an index (or a value), emitted under it.
pub trait Elem<'a>: Sized {
    /// Decodes an element (`None`: not of this shape).
    fn decode(a: &Attr<'a>) -> Option<Self>;
    /// Bytes the value takes (without the attribute header).
    fn value_len(&self) -> usize;
    /// Appends it as attribute `ty`.
    fn emit(&self, ty: u16, b: &mut MessageBuilder<'_>);
}

macro_rules! int_elem {
    ($($t:ty),*) => {$(
        impl<'a> Elem<'a> for $t {
            #[inline]
            fn decode(a: &Attr<'a>) -> Option<Self> {
                a.array().ok().map(<$t>::from_ne_bytes)
            }
            #[inline]
            fn value_len(&self) -> usize {
                core::mem::size_of::<$t>()
            }
            #[inline]
            fn emit(&self, ty: u16, b: &mut MessageBuilder<'_>) {
                b.attr(ty, &self.to_ne_bytes());
            }
        }
    )*};
}
int_elem!(u8, u16, u32, u64, i8, i16, i32, i64);

impl<'a> Elem<'a> for &'a [u8] {
    #[inline]
    fn decode(a: &Attr<'a>) -> Option<Self> {
        Some(a.value)
    }
    #[inline]
    fn value_len(&self) -> usize {
        self.len()
    }
    #[inline]
    fn emit(&self, ty: u16, b: &mut MessageBuilder<'_>) {
        b.attr(ty, self);
    }
}

impl<'a, S: SetAttr<'a> + Clone> Elem<'a> for Nest<'a, S> {
    #[inline]
    fn decode(a: &Attr<'a>) -> Option<Self> {
        Some(Nest::Wire(a.value))
    }
    #[inline]
    fn value_len(&self) -> usize {
        self.inner_len()
    }
    #[inline]
    fn emit(&self, ty: u16, b: &mut MessageBuilder<'_>) {
        Nest::emit(self, ty, b);
    }
}

/// One entry of an [`Indexed`]: its index (the attribute type), the value
/// if it has the spec's shape, and the attribute as it came.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry<'a, V> {
    /// The index (or, in a type-value nest, the value the type carries).
    pub index: u16,
    /// The element, `None` if it does not have the spec's shape.
    pub value: Option<V>,
    /// The attribute as received.
    pub raw: Attr<'a>,
}

/// An `indexed-array` (elements numbered by their attribute type) or a
/// `nest-type-value` (attribute types that carry values), of elements `V`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Indexed<'a, V> {
    /// As received.
    Wire(&'a [u8]),
    /// To send: (index, element).
    Built(Vec<(u16, V)>),
}

impl<'a, V: Elem<'a>> Indexed<'a, V> {
    /// The entries of a received array (a built one has none: see `Built`).
    pub fn entries(&self) -> impl Iterator<Item = Result<Entry<'a, V>, WireError>> + 'a {
        let block = match self {
            Indexed::Wire(b) => *b,
            Indexed::Built(_) => &[],
        };
        attrs(block).map(|r| {
            r.map(|a| Entry {
                index: a.ty,
                value: V::decode(&a),
                raw: a,
            })
        })
    }

    fn inner_len(&self) -> usize {
        match self {
            Indexed::Wire(block) => {
                let mut n = 0;
                let mut it = attrs(block);
                let mut end = 0;
                while let Some(Ok(a)) = it.next() {
                    n += attr_len(V::decode(&a).map_or(a.value.len(), |v| v.value_len()));
                    end = it.position();
                }
                n + align(block.len() - end.min(block.len()))
            }
            Indexed::Built(v) => v.iter().map(|(_, e)| attr_len(e.value_len())).sum(),
        }
    }

    /// Bytes it takes as an attribute.
    pub fn encoded_len(&self) -> usize {
        attr_len(self.inner_len())
    }

    /// Appends it as nest `ty`, each element encoded again.
    pub fn emit(&self, ty: u16, b: &mut MessageBuilder<'_>) {
        b.nested(ty, |b| match self {
            Indexed::Wire(block) => {
                let mut it = attrs(block);
                let mut end = 0;
                while let Some(Ok(a)) = it.next() {
                    match V::decode(&a) {
                        Some(v) => v.emit(a.raw_type(), b),
                        None => {
                            b.attr(a.raw_type(), a.value);
                        }
                    }
                    end = it.position();
                }
                if let Some(rest) = block.get(end..).filter(|r| !r.is_empty()) {
                    b.attr_block(rest);
                }
            }
            Indexed::Built(v) => v.iter().for_each(|(i, e)| e.emit(*i, b)),
        });
    }
}

/// One format of a sub-message: its fixed header (`()` for none) and its
/// attributes (set `S`; [`Unknown`] when the format has no set).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sub<'a, H, S> {
    /// The format's fixed header.
    pub header: H,
    /// The attributes after it.
    pub attrs: Nest<'a, S>,
}

impl<'a, H: FixedHeader, S: SetAttr<'a> + Clone> Sub<'a, H, S> {
    /// Decodes a value of this format (`None`: too short for the header).
    #[inline]
    pub fn decode(value: &'a [u8]) -> Option<Self> {
        let body = Body::<H>::new(value).ok()?;
        Some(Sub {
            header: body.header(),
            attrs: Nest::Wire(body.attr_bytes()),
        })
    }

    fn value_len(&self) -> usize {
        let n = self.attrs.inner_len();
        if n == 0 {
            H::LEN
        } else {
            align(H::LEN) + n
        }
    }

    /// Bytes it takes as an attribute.
    pub fn encoded_len(&self) -> usize {
        attr_len(self.value_len())
    }

    /// Appends it as attribute `ty`: a nest when it has attributes (or no
    /// header), else the header alone.
    pub fn emit(&self, ty: u16, b: &mut MessageBuilder<'_>) {
        if H::LEN != 0 && self.attrs.inner_len() == 0 {
            let mut v = vec![0u8; H::LEN];
            self.header.emit(&mut v);
            b.attr(ty, &v);
        } else {
            b.nested(ty, |b| {
                if H::LEN != 0 {
                    b.header(&self.header);
                }
                self.attrs.emit_inner(b);
            });
        }
    }
}

/// `struct nla_bitfield32`: the bits and which of them are meant.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Bitfield32 {
    /// The bits.
    pub value: u32,
    /// The bits of `value` that count.
    pub selector: u32,
}

impl Bitfield32 {
    /// Decodes the 8 bytes of a `bitfield32` attribute.
    #[inline]
    pub fn decode(v: &[u8]) -> Option<Bitfield32> {
        let b: [u8; 8] = v.try_into().ok()?;
        let [a0, a1, a2, a3, s0, s1, s2, s3] = b;
        Some(Bitfield32 {
            value: u32::from_ne_bytes([a0, a1, a2, a3]),
            selector: u32::from_ne_bytes([s0, s1, s2, s3]),
        })
    }

    /// The 8 bytes on the wire.
    #[inline]
    pub fn to_bytes(self) -> [u8; 8] {
        let mut b = [0u8; 8];
        b[..4].copy_from_slice(&self.value.to_ne_bytes());
        b[4..].copy_from_slice(&self.selector.to_ne_bytes());
        b
    }
}

/// A generic netlink message's headers: `genlmsghdr`, then the family's
/// own fixed header `H` (`()` for none).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Genl<H> {
    /// `cmd`: the operation.
    pub cmd: u8,
    /// `version`: the family's protocol version.
    pub version: u8,
    /// `reserved`, kept as it came.
    pub reserved: u16,
    /// The family's fixed header.
    pub user: H,
}

impl<H: FixedHeader + Default> Genl<H> {
    /// Headers for command `cmd` of version `version`, `H` defaulted.
    pub fn new(cmd: u8, version: u8) -> Self {
        Genl {
            cmd,
            version,
            reserved: 0,
            user: H::default(),
        }
    }
}

impl<H: FixedHeader> FixedHeader for Genl<H> {
    const LEN: usize = 4 + H::LEN;
    const NAME: &'static str = "genlmsghdr";
    #[inline]
    fn decode(b: &[u8]) -> Self {
        Genl {
            cmd: b[0],
            version: b[1],
            reserved: u16::from_ne_bytes([b[2], b[3]]),
            user: H::decode(&b[4..]),
        }
    }
    #[inline]
    fn emit(&self, out: &mut [u8]) {
        out[0] = self.cmd;
        out[1] = self.version;
        out[2..4].copy_from_slice(&self.reserved.to_ne_bytes());
        self.user.emit(&mut out[4..]);
    }
}

/// A message of a spec: its fixed header(s) and attributes of set `S`.
/// Parsed zero-copy ([`Message::parse_as`](super::Message::parse_as)),
/// built from values, emitted through [`Repr`] (each received attribute
/// decoded and encoded again).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg<'a, H, S> {
    /// The fixed header.
    pub header: H,
    /// The attributes.
    pub attrs: Nest<'a, S>,
}

impl<'a, H, S> Msg<'a, H, S> {
    /// A message to send.
    pub fn new(header: H, attrs: Vec<S>) -> Self {
        Msg {
            header,
            attrs: Nest::Built(attrs),
        }
    }
}

impl<'a, H: FixedHeader, S: SetAttr<'a> + Clone> Msg<'a, H, S> {
    /// The attributes, decoded, in order.
    pub fn iter(&self) -> NestIter<'a, '_, S> {
        self.attrs.iter()
    }
}

impl<'a, H: FixedHeader, S: SetAttr<'a> + Clone> Repr<'a> for Msg<'a, H, S> {
    type Header = H;
    #[inline]
    fn parse(body: &Body<'a, H>) -> Result<Self, WireError> {
        Ok(Msg {
            header: body.header(),
            attrs: Nest::Wire(body.attr_bytes()),
        })
    }
    #[inline]
    fn header(&self) -> H {
        self.header
    }
    fn attrs_len(&self) -> usize {
        self.attrs.inner_len()
    }
    fn emit_attrs(&self, b: &mut MessageBuilder<'_>) {
        self.attrs.emit_inner(b);
    }
}

/// `N` bytes of `b` from `at` (zeros where `b` is shorter): struct members.
#[inline]
pub fn arr<const N: usize>(b: &[u8], at: usize) -> [u8; N] {
    let mut out = [0u8; N];
    if let Some(src) = b.get(at..).and_then(|r| r.get(..N)) {
        out.copy_from_slice(src);
    }
    out
}

/// A NUL-terminated UTF-8 string value (exactly one NUL, at the end).
#[inline]
pub fn str_of(v: &[u8]) -> Option<&str> {
    let (last, s) = v.split_last()?;
    if *last != 0 || s.contains(&0) {
        return None;
    }
    core::str::from_utf8(s).ok()
}

/// Bytes a string attribute takes (`nla_put_string`: NUL included).
#[inline]
pub const fn str_len(s: &str) -> usize {
    attr_len(s.len() + 1)
}

/// An IPv4 or IPv6 address by length (4 or 16 bytes).
#[inline]
pub fn ip_of(v: &[u8]) -> Option<IpAddr> {
    match v.len() {
        4 => <[u8; 4]>::try_from(v)
            .ok()
            .map(|b| Ipv4Addr::from(b).into()),
        16 => <[u8; 16]>::try_from(v)
            .ok()
            .map(|b| Ipv6Addr::from(b).into()),
        _ => None,
    }
}

/// Appends an address attribute (4 or 16 bytes).
#[inline]
pub fn emit_ip(b: &mut MessageBuilder<'_>, ty: u16, ip: &IpAddr) {
    match ip {
        IpAddr::V4(v) => b.attr(ty, &v.octets()),
        IpAddr::V6(v) => b.attr(ty, &v.octets()),
    };
}

/// Bytes an address attribute takes.
#[inline]
pub fn ip_len(ip: &IpAddr) -> usize {
    attr_len(if ip.is_ipv4() { 4 } else { 16 })
}

/// A `uint` (4 or 8 bytes, host order).
#[inline]
pub fn uint_of(v: &[u8]) -> Option<u64> {
    match v.len() {
        4 => v.try_into().ok().map(|b| u64::from(u32::from_ne_bytes(b))),
        8 => v.try_into().ok().map(u64::from_ne_bytes),
        _ => None,
    }
}

/// A `sint` (4 or 8 bytes, host order).
#[inline]
pub fn sint_of(v: &[u8]) -> Option<i64> {
    match v.len() {
        4 => v.try_into().ok().map(|b| i64::from(i32::from_ne_bytes(b))),
        8 => v.try_into().ok().map(i64::from_ne_bytes),
        _ => None,
    }
}

/// Appends a `uint` as the kernel's `nla_put_uint` does: 4 bytes if it
/// fits, else 8.
#[inline]
pub fn emit_uint(b: &mut MessageBuilder<'_>, ty: u16, v: u64) {
    match u32::try_from(v) {
        Ok(v) => b.attr_u32(ty, v),
        Err(_) => b.attr_u64(ty, v),
    };
}

/// Appends a `sint`: 4 bytes if it fits, else 8.
#[inline]
pub fn emit_sint(b: &mut MessageBuilder<'_>, ty: u16, v: i64) {
    match i32::try_from(v) {
        Ok(v) => b.attr_i32(ty, v),
        Err(_) => b.attr_i64(ty, v),
    };
}

/// Bytes a `uint` attribute takes.
#[inline]
pub fn uint_len(v: u64) -> usize {
    attr_len(if u32::try_from(v).is_ok() { 4 } else { 8 })
}

/// Bytes a `sint` attribute takes.
#[inline]
pub fn sint_len(v: i64) -> usize {
    attr_len(if i32::try_from(v).is_ok() { 4 } else { 8 })
}

/// The string value of the selector attribute `ty` in `block` (a
/// sub-message's sibling), if there is one.
#[inline]
pub fn selector_str(block: &[u8], ty: u16) -> Option<&str> {
    let a = attrs(block).find(ty).ok()??;
    a.str_nonul().ok()
}

/// The integer value of the selector attribute `ty` in `block` (1 to 8
/// bytes, host order).
#[inline]
pub fn selector_int(block: &[u8], ty: u16) -> Option<u64> {
    let a = attrs(block).find(ty).ok()??;
    let v = a.value;
    match v.len() {
        1 => Some(u64::from(v[0])),
        2 => a.u16().ok().map(u64::from),
        4 => a.u32().ok().map(u64::from),
        8 => a.u64().ok(),
        _ => None,
    }
}

/// A struct-typed binary attribute: the struct as the spec describes it,
/// and the bytes a newer kernel appended to it (structs in attributes grow
/// at the end: `ipv6-devconf`, `ifla-inet6-stats`...), kept so that the
/// value emits again as it came. Derefs to the struct.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Struct<'a, H> {
    /// The members the spec knows.
    pub value: H,
    /// Bytes after them (empty when the sizes agree).
    pub extra: &'a [u8],
}

impl<'a, H: FixedHeader> Struct<'a, H> {
    /// A value to send (no extra bytes).
    pub fn new(value: H) -> Self {
        Struct { value, extra: &[] }
    }

    /// Decodes a value of at least `H::LEN` bytes.
    #[inline]
    pub fn decode(v: &'a [u8]) -> Option<Self> {
        let extra = v.get(H::LEN..)?;
        Some(Struct {
            value: H::decode(v),
            extra,
        })
    }

    /// Bytes it takes as an attribute.
    #[inline]
    pub fn encoded_len(&self) -> usize {
        attr_len(H::LEN + self.extra.len())
    }

    /// Appends it as attribute `ty`.
    pub fn emit(&self, ty: u16, b: &mut MessageBuilder<'_>) {
        let mut v = vec![0u8; H::LEN + self.extra.len()];
        self.value.emit(&mut v[..H::LEN]);
        v[H::LEN..].copy_from_slice(self.extra);
        b.attr(ty, &v);
    }
}

impl<H> core::ops::Deref for Struct<'_, H> {
    type Target = H;
    fn deref(&self) -> &H {
        &self.value
    }
}

/// Bytes of the value of attribute `a` with its header: for `Other`
/// variants' lengths.
#[inline]
pub fn raw_len(a: &Attr<'_>) -> usize {
    attr_len(a.value.len())
}

/// Appends `a` as it came (type flags included).
#[inline]
pub fn emit_raw(b: &mut MessageBuilder<'_>, a: &Attr<'_>) {
    b.attr(a.raw_type(), a.value);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::{messages, Flags, NLA_F_NESTED};

    /// A set with one u32 (1) and a nest of itself (2).
    #[derive(Clone, Debug, PartialEq, Eq)]
    enum T<'a> {
        One(u32),
        Inner(Nest<'a, T<'a>>),
        Other(Attr<'a>),
    }

    impl<'a> SetAttr<'a> for T<'a> {
        const SET: &'static str = "t";
        fn decode(a: Attr<'a>, _: &'a [u8]) -> Self {
            match a.ty {
                1 => a.u32().map_or(T::Other(a), T::One),
                2 => T::Inner(Nest::Wire(a.value)),
                _ => T::Other(a),
            }
        }
        fn ty(&self) -> u16 {
            match self {
                T::One(_) => 1,
                T::Inner(_) => 2,
                T::Other(a) => a.ty,
            }
        }
        fn encoded_len(&self) -> usize {
            match self {
                T::One(_) => attr_len(4),
                T::Inner(n) => n.encoded_len(),
                T::Other(a) => raw_len(a),
            }
        }
        fn emit(&self, b: &mut MessageBuilder<'_>) {
            match self {
                T::One(v) => {
                    b.attr_u32(1, *v);
                }
                T::Inner(n) => n.emit(2, b),
                T::Other(a) => emit_raw(b, a),
            }
        }
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                T::Inner(n) => n.iter().for_each(|x| match x {
                    Ok(x) => x.untyped(out),
                    Err(_) => out.push((Self::SET, 2)),
                }),
                T::Other(a) if a.ty == 1 => out.push((Self::SET, 1)),
                _ => {}
            }
        }
    }

    #[test]
    fn messages_round_trip_through_the_set() {
        let m: Msg<'_, Genl<()>, T<'_>> = Msg::new(
            Genl::new(3, 1),
            vec![
                T::One(7),
                T::Inner(vec![T::One(8), T::Inner(Nest::default())].into()),
            ],
        );
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, 0x10, Flags::REQUEST);
        b.emit(&m);
        assert_eq!(b.fixed_len(), 4);
        b.finish().unwrap();
        let msg = messages(&buf).next().unwrap().unwrap();
        assert_eq!(msg.payload.len(), m.buffer_len());
        let back: Msg<'_, Genl<()>, T<'_>> = msg.parse_as().unwrap();
        assert_eq!(back.header.cmd, 3);
        let v = back.attrs.to_vec().unwrap();
        assert_eq!(v[0], T::One(7));
        let T::Inner(n) = &v[1] else { panic!() };
        assert_eq!(n.to_vec().unwrap()[0], T::One(8));
        // Emitted again: the same bytes.
        let mut again = Vec::new();
        let mut b = MessageBuilder::new(&mut again, 0x10, Flags::REQUEST);
        b.emit(&back);
        b.finish().unwrap();
        assert_eq!(again, buf);
    }

    #[test]
    fn values_of_the_wrong_shape_and_broken_framing_are_kept() {
        // type 1 with 2 bytes (not a u32), then 3 stray bytes.
        let block = [6u8, 0, 1, 0, 9, 9, 0, 0, 1, 2, 3];
        let v: Vec<_> = Iter::<T<'_>>::new(&block).collect();
        assert!(matches!(v[0], Ok(T::Other(_))));
        assert!(v[1].is_err());
        let n: Nest<'_, T<'_>> = Nest::Wire(&block);
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, 0x10, Flags::REQUEST);
        n.emit(5, &mut b);
        b.finish().unwrap();
        assert_eq!(&buf[16..20], &[4 + 11, 0, 5, (NLA_F_NESTED >> 8) as u8]);
        assert_eq!(&buf[20..31], &block);
        assert_eq!(n.encoded_len(), 16);
    }

    #[test]
    fn scalars() {
        assert_eq!(str_of(b"eth0\0"), Some("eth0"));
        assert_eq!(str_of(b"eth0"), None);
        assert_eq!(str_of(b"a\0b\0"), None);
        assert_eq!(uint_of(&7u32.to_ne_bytes()), Some(7));
        assert_eq!(uint_of(&[1, 2]), None);
        assert_eq!(sint_of(&(-2i64).to_ne_bytes()), Some(-2));
        assert_eq!(uint_len(1 << 40), 12);
        assert_eq!(
            ip_of(&[10, 0, 0, 1]),
            Some(Ipv4Addr::new(10, 0, 0, 1).into())
        );
        assert_eq!(ip_of(&[1; 5]), None);
        let bf = Bitfield32 {
            value: 1,
            selector: 3,
        };
        assert_eq!(Bitfield32::decode(&bf.to_bytes()), Some(bf));
    }
}
