//! A request ready to send: one built netlink message plus what is needed to
//! explain an error about it (the length of its family header, so that an
//! extended ACK offset can be mapped onto an attribute). Built from a typed
//! message ([`Repr`]) or a [`FixedHeader`], that length is known by type.

use std::time::Duration;

use crate::error::{Error, Result};
use crate::wire::{messages, FixedHeader, Flags, Header, MessageBuilder, Repr};

/// One request message. The client fills in the sequence number and portid
/// when it sends it, so a `Request` can be built once and sent many times.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    bytes: Vec<u8>,
    fixed_len: usize,
    timeout: Option<Duration>,
}

impl Request {
    /// Build a request of type `ty` with `flags` (`NLM_F_REQUEST` is added
    /// when sent); `fill` writes the payload: a family header and/or
    /// attributes. A header written with [`MessageBuilder::header`] is
    /// remembered, so extended-ACK offsets map onto the attributes.
    pub fn build(
        ty: u16,
        flags: Flags,
        fill: impl FnOnce(&mut MessageBuilder<'_>),
    ) -> Result<Request> {
        let mut bytes = Vec::with_capacity(64);
        let mut b = MessageBuilder::new(&mut bytes, ty, flags);
        fill(&mut b);
        let fixed_len = b.fixed_len();
        b.finish()?;
        Ok(Request {
            bytes,
            fixed_len,
            timeout: None,
        })
    }

    /// A request of type `ty` carrying the typed message `repr` (its family
    /// header, then its attributes).
    ///
    /// ```
    /// use nlkit::client::Request;
    /// use nlkit::families::rtnl::{msg, Link};
    /// use nlkit::wire::Flags;
    ///
    /// let req = Request::message(msg::DELLINK, Flags::ACK, &Link::named("nlk0"))?;
    /// assert_eq!(req.header().ty, msg::DELLINK);
    /// assert_eq!(req.fixed_len(), 16); // struct ifinfomsg
    /// # Ok::<(), nlkit::Error>(())
    /// ```
    pub fn message<'r, R: Repr<'r>>(ty: u16, flags: Flags, repr: &R) -> Result<Request> {
        let mut bytes = Vec::with_capacity(crate::wire::HEADER_LEN + repr.buffer_len());
        let mut b = MessageBuilder::new(&mut bytes, ty, flags);
        b.emit(repr);
        b.finish()?;
        Ok(Request {
            bytes,
            fixed_len: R::Header::LEN,
            timeout: None,
        })
    }

    /// A request of type `ty`: the family header `header`, then the
    /// attributes `fill` writes.
    pub fn with_header<H: FixedHeader>(
        ty: u16,
        flags: Flags,
        header: &H,
        fill: impl FnOnce(&mut MessageBuilder<'_>),
    ) -> Result<Request> {
        Request::build(ty, flags, |b| {
            b.header(header);
            fill(b);
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
            timeout: None,
        })
    }

    /// Declare the length of the family header that precedes the
    /// attributes (genl 4, ifinfomsg 16, rtmsg 12), so kernel errors can
    /// name the offending attribute. Only needed for requests whose
    /// payload was written as raw bytes ([`Request::from_bytes`],
    /// [`MessageBuilder::payload`]); the typed constructors know it.
    pub fn with_fixed_len(mut self, fixed_len: usize) -> Request {
        self.fixed_len = fixed_len;
        self
    }

    /// Give up on this request `timeout` after it is sent: it then fails
    /// with [`Error::Timeout`], however much other traffic (multicast,
    /// answers to other requests) arrives meanwhile. Overrides the
    /// client's default ([`crate::client::Client::set_timeout`]).
    pub fn with_timeout(mut self, timeout: Duration) -> Request {
        self.timeout = Some(timeout);
        self
    }

    /// The timeout set with [`Request::with_timeout`].
    pub fn timeout(&self) -> Option<Duration> {
        self.timeout
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

    /// A copy with `flags` added to the header (`NLM_F_ACK` for an ack,
    /// `NLM_F_DUMP` for a dump).
    pub(crate) fn with_flags_added(&self, flags: Flags) -> Result<Request> {
        let mut r = self.clone();
        let mut h = r.header();
        h.flags.insert(flags);
        h.emit(&mut r.bytes)?;
        Ok(r)
    }
}
