//! Owned copies of messages and the one event type of a subscription
//! stream, for results that outlive the receive buffer (collected dumps,
//! stashed notifications).

use crate::wire::{attrs, Attrs, Body, FixedHeader, Header, Message, WireError, HEADER_LEN};

/// An owned netlink message (header + payload, as received).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnedMessage {
    header: Header,
    bytes: Vec<u8>,
}

impl OwnedMessage {
    /// Copy a borrowed message.
    pub fn from_message(msg: &Message<'_>) -> OwnedMessage {
        OwnedMessage {
            header: msg.header,
            bytes: msg.bytes().to_vec(),
        }
    }

    /// The header as received.
    pub fn header(&self) -> Header {
        self.header
    }

    /// The payload after the header (family header + attributes).
    pub fn payload(&self) -> &[u8] {
        self.bytes.get(HEADER_LEN..).unwrap_or(&[])
    }

    /// Borrow it back as a [`Message`].
    pub fn as_message(&self) -> Message<'_> {
        // Invariant: `bytes` is a copy of `Message::bytes()` of a message
        // that parsed (the only constructor), so it parses again.
        Message::parse(&self.bytes)
            .map(|(m, _)| m)
            .expect("OwnedMessage holds a message that parsed")
    }

    /// The attributes after a family header of `fixed_len` bytes
    /// (genl: 4, ifinfomsg: 16, rtmsg: 12; 0 when attributes start at once).
    pub fn attrs(&self, fixed_len: usize) -> Attrs<'_> {
        attrs(self.payload().get(fixed_len..).unwrap_or(&[]))
    }

    /// The payload as a family header `H` and the attributes after it
    /// (a payload too short for `H` is an error, not a panic).
    pub fn body<H: FixedHeader>(&self) -> Result<Body<'_, H>, WireError> {
        Body::new(self.payload())
    }

    /// The message as bytes (header + payload), e.g. to forward or capture.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

/// Where a received message came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Origin {
    /// Sender's portid from the source address (0 = the kernel).
    pub portid: u32,
    /// Multicast group the message was sent to, if any (from
    /// `NETLINK_PKTINFO` when enabled, else from the source address bitmask).
    pub group: Option<u32>,
}

/// A message nobody asked for: a multicast event, a kernel push, or a
/// message from a peer socket.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Notification {
    /// Where it came from.
    pub origin: Origin,
    /// The message.
    pub msg: OwnedMessage,
}

/// One item of a subscription stream.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Event {
    /// A message arrived.
    Message(Notification),
    /// The receive queue overflowed and the kernel dropped messages
    /// (`ENOBUFS`). The stream goes on; state kept from earlier messages
    /// should be re-synchronised (for example with a fresh dump).
    Overrun,
    /// A datagram that could not be parsed arrived (from a misbehaving
    /// peer); what came before the bad part was delivered.
    Malformed {
        /// Who sent it.
        origin: Origin,
        /// What was wrong with it.
        error: WireError,
    },
}
