//! A request ready to send: one built netlink message plus what is needed to
//! explain an error about it (the length of its family header, so that an
//! extended ACK offset can be mapped onto an attribute).

use crate::error::{Error, Result};
use crate::wire::{messages, Flags, Header, MessageBuilder};

/// One request message. The client fills in the sequence number and portid
/// when it sends it, so a `Request` can be built once and sent many times.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    bytes: Vec<u8>,
    fixed_len: usize,
}

impl Request {
    /// Build a request of type `ty` with `flags` (`NLM_F_REQUEST` is added
    /// when sent); `fill` writes the payload: a family header and/or
    /// attributes.
    pub fn build(
        ty: u16,
        flags: Flags,
        fill: impl FnOnce(&mut MessageBuilder<'_>),
    ) -> Result<Request> {
        let mut bytes = Vec::with_capacity(64);
        let mut b = MessageBuilder::new(&mut bytes, ty, flags);
        fill(&mut b);
        b.finish()?;
        Ok(Request {
            bytes,
            fixed_len: 0,
        })
    }

    /// A request whose payload is `payload` as is (the seed's bare text
    /// messages, or a payload produced elsewhere).
    pub fn raw(ty: u16, flags: Flags, payload: &[u8]) -> Result<Request> {
        Request::build(ty, flags, |b| {
            b.payload(payload);
        })
    }

    /// Take an already encoded message (exactly one, well formed).
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Request> {
        let mut it = messages(&bytes);
        it.next()
            .ok_or_else(|| Error::InvalidArgument("empty request".into()))??;
        if it.next().is_some() {
            return Err(Error::InvalidArgument(
                "a Request holds exactly one message; send several with a batch".into(),
            ));
        }
        Ok(Request {
            bytes,
            fixed_len: 0,
        })
    }

    /// Declare the length of the family header that precedes the
    /// attributes (genl 4, ifinfomsg 16, rtmsg 12), so kernel errors can
    /// name the offending attribute.
    pub fn with_fixed_len(mut self, fixed_len: usize) -> Request {
        self.fixed_len = fixed_len;
        self
    }

    /// Length of the family header before the attributes.
    pub fn fixed_len(&self) -> usize {
        self.fixed_len
    }

    /// The encoded message.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The request's header.
    pub fn header(&self) -> Header {
        // Checked when built.
        Header::parse(&self.bytes).unwrap_or_default()
    }

    pub(crate) fn bytes_mut(&mut self) -> &mut [u8] {
        &mut self.bytes
    }
}
