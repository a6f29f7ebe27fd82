//! A test fake for users' own tests: an in-memory [`Transport`] that plays
//! the kernel (or a peer). A handler sees each message the client sends and
//! scripts the answer with a [`Responder`]: replies, ACKs, errors with
//! extended ACK text and offset, multipart dumps (optionally interrupted),
//! overruns, silence. Notifications, overruns and raw (even malformed)
//! datagrams can also be queued at any time.
//!
//! ```
//! use nlkit::client::{Client, Request};
//! use nlkit::fake::FakeEndpoint;
//! use nlkit::wire::Flags;
//!
//! let fake = FakeEndpoint::new(|req, r| {
//!     if req.header.ty == 0x20 {
//!         r.reply(0x20, b"pong");
//!         r.ack();
//!     } else {
//!         r.error(22, Some("unknown command"), None);
//!     }
//! });
//! let mut client = Client::new(fake).unwrap();
//! let replies = client.request(&Request::raw(0x20, Flags::ACK, b"ping").unwrap()).unwrap();
//! assert_eq!(replies[0].payload(), b"pong");
//! let err = client.ack(&Request::raw(0x21, Flags::EMPTY, b"").unwrap()).unwrap_err();
//! assert_eq!(err.errno(), Some(22));
//! assert!(err.to_string().contains("unknown command"));
//! ```

use std::collections::VecDeque;
use std::io::IoSlice;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::socket::{Addr, Datagram, RecvBuffer, Transport};
use crate::wire::{messages, msgtype, nlmsgerr_attr, Flags, Message, MessageBuilder, HEADER_LEN};

/// One scripted arrival.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Incoming {
    Datagram {
        bytes: Vec<u8>,
        from: Addr,
        group: Option<u32>,
    },
    Overrun,
}

type Handler = Box<dyn FnMut(&Message<'_>, &mut Responder<'_>) + Send>;

/// The in-memory endpoint. Wrap it in a [`crate::client::Client`].
pub struct FakeEndpoint {
    portid: u32,
    handler: Handler,
    queue: VecDeque<Incoming>,
    sent: Vec<(Addr, Vec<u8>)>,
}

impl std::fmt::Debug for FakeEndpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FakeEndpoint")
            .field("portid", &self.portid)
            .field("queued", &self.queue.len())
            .field("sent", &self.sent.len())
            .finish()
    }
}

/// Scripts the answer to one request message (see [`FakeEndpoint::new`]).
/// Each call queues one datagram, in call order.
pub struct Responder<'q> {
    request: Vec<u8>,
    seq: u32,
    portid: u32,
    from: u32,
    queue: &'q mut VecDeque<Incoming>,
}

impl Responder<'_> {
    fn push(&mut self, bytes: Vec<u8>) {
        self.queue.push_back(Incoming::Datagram {
            bytes,
            from: Addr::portid(self.from),
            group: None,
        });
    }

    fn message(
        &self,
        ty: u16,
        flags: Flags,
        fill: impl FnOnce(&mut MessageBuilder<'_>),
    ) -> Vec<u8> {
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, ty, flags)
            .seq(self.seq)
            .portid(self.portid);
        fill(&mut b);
        // Building from valid parts cannot fail but for absurd sizes;
        // an empty datagram then makes the client see a malformed message.
        if b.finish().is_err() {
            buf.clear();
        }
        buf
    }

    /// The request being answered (header + payload).
    pub fn request(&self) -> &[u8] {
        &self.request
    }

    /// A single (non-multipart) reply of type `ty` with `payload`.
    pub fn reply(&mut self, ty: u16, payload: &[u8]) {
        let m = self.message(ty, Flags::EMPTY, |b| {
            b.payload(payload);
        });
        self.push(m);
    }

    /// A reply built with a [`MessageBuilder`] (header fields are set).
    pub fn reply_with(
        &mut self,
        ty: u16,
        flags: Flags,
        fill: impl FnOnce(&mut MessageBuilder<'_>),
    ) {
        let m = self.message(ty, flags, fill);
        self.push(m);
    }

    /// A successful ACK (`NLMSG_ERROR` with errno 0).
    pub fn ack(&mut self) {
        self.error_inner(0, None, None);
    }

    /// A successful ACK carrying a warning text.
    pub fn ack_with_warning(&mut self, warning: &str) {
        self.error_inner(0, Some(warning), None);
    }

    /// An error: positive `errno`, optional extended ACK text and offset
    /// (from the start of the request's `nlmsghdr`).
    pub fn error(&mut self, errno: i32, msg: Option<&str>, offset: Option<u32>) {
        self.error_inner(errno, msg, offset);
    }

    fn error_inner(&mut self, errno: i32, msg: Option<&str>, offset: Option<u32>) {
        let tlvs = msg.is_some() || offset.is_some();
        let mut flags = Flags::CAPPED;
        if tlvs {
            flags.insert(Flags::ACK_TLVS);
        }
        let header = self
            .request
            .get(..HEADER_LEN)
            .unwrap_or(&[0; HEADER_LEN])
            .to_vec();
        let m = self.message(msgtype::ERROR, flags, |b| {
            b.payload(&errno.saturating_neg().to_ne_bytes());
            b.payload(&header);
            if let Some(t) = msg {
                b.attr_str(nlmsgerr_attr::MSG, t);
            }
            if let Some(o) = offset {
                b.attr_u32(nlmsgerr_attr::OFFS, o);
            }
        });
        self.push(m);
    }

    /// A multipart dump answer: one `NLM_F_MULTI` message of type `ty` per
    /// payload, all in one datagram, then `NLMSG_DONE`. With `interrupted`
    /// every part carries `NLM_F_DUMP_INTR`, as the kernel does when the
    /// data changed during the dump.
    pub fn dump<'p>(
        &mut self,
        ty: u16,
        parts: impl IntoIterator<Item = &'p [u8]>,
        interrupted: bool,
    ) {
        let mut flags = Flags::MULTI;
        if interrupted {
            flags.insert(Flags::DUMP_INTR);
        }
        let mut dgram = Vec::new();
        for p in parts {
            dgram.resize(crate::wire::align(dgram.len()), 0);
            dgram.extend_from_slice(&self.message(ty, flags, |b| {
                b.payload(p);
            }));
        }
        if !dgram.is_empty() {
            self.push(dgram);
        }
        self.done(0);
    }

    /// `NLMSG_DONE` with `status` (0, or a negative errno for a failed dump).
    pub fn done(&mut self, status: i32) {
        let m = self.message(msgtype::DONE, Flags::MULTI, |b| {
            b.payload(&status.to_ne_bytes());
        });
        self.push(m);
    }

    /// The kernel dropped messages: the client's next receive fails with
    /// `ENOBUFS`.
    pub fn overrun(&mut self) {
        self.queue.push_back(Incoming::Overrun);
    }

    /// Raw bytes as one datagram from the answering side (to test how code
    /// copes with malformed input).
    pub fn raw(&mut self, bytes: &[u8]) {
        self.push(bytes.to_vec());
    }
}

impl FakeEndpoint {
    /// A fake whose `handler` answers every message the client sends. It
    /// plays the kernel (portid 0); the client's portid is 1000.
    pub fn new(
        handler: impl FnMut(&Message<'_>, &mut Responder<'_>) + Send + 'static,
    ) -> FakeEndpoint {
        FakeEndpoint {
            portid: 1000,
            handler: Box::new(handler),
            queue: VecDeque::new(),
            sent: Vec::new(),
        }
    }

    /// Use `portid` as the client's portid.
    pub fn with_portid(mut self, portid: u32) -> FakeEndpoint {
        self.portid = portid;
        self
    }

    /// Queue a multicast notification from the kernel to `group`.
    pub fn push_notification(&mut self, group: u32, ty: u16, payload: &[u8]) -> Result<()> {
        let mut bytes = Vec::new();
        let mut b = MessageBuilder::new(&mut bytes, ty, Flags::EMPTY);
        b.payload(payload);
        b.finish()?;
        let groups = if (1..=32).contains(&group) {
            1 << (group - 1)
        } else {
            0
        };
        self.queue.push_back(Incoming::Datagram {
            bytes,
            from: Addr { portid: 0, groups },
            group: Some(group),
        });
        Ok(())
    }

    /// Queue a message from peer socket `portid` (user-to-user).
    pub fn push_from_peer(&mut self, portid: u32, ty: u16, payload: &[u8]) -> Result<()> {
        let mut bytes = Vec::new();
        let mut b = MessageBuilder::new(&mut bytes, ty, Flags::REQUEST).portid(portid);
        b.payload(payload);
        b.finish()?;
        self.queue.push_back(Incoming::Datagram {
            bytes,
            from: Addr::portid(portid),
            group: None,
        });
        Ok(())
    }

    /// Queue raw bytes as a datagram from `from`.
    pub fn push_raw(&mut self, bytes: &[u8], from: Addr) {
        self.queue.push_back(Incoming::Datagram {
            bytes: bytes.to_vec(),
            from,
            group: None,
        });
    }

    /// Queue a receive overrun (`ENOBUFS`).
    pub fn push_overrun(&mut self) {
        self.queue.push_back(Incoming::Overrun);
    }

    /// Every datagram the client sent, with its destination, in order.
    pub fn sent(&self) -> &[(Addr, Vec<u8>)] {
        &self.sent
    }

    fn deliver(&mut self, bytes: &[u8], to: Addr) -> Result<usize> {
        self.sent.push((to, bytes.to_vec()));
        for m in messages(bytes) {
            let m = m?;
            let mut r = Responder {
                request: m.bytes().to_vec(),
                seq: m.header.seq,
                portid: self.portid,
                from: to.portid,
                queue: &mut self.queue,
            };
            (self.handler)(&m, &mut r);
        }
        Ok(bytes.len())
    }
}

impl Transport for FakeEndpoint {
    fn send(&mut self, bytes: &[u8], to: Addr) -> Result<usize> {
        self.deliver(bytes, to)
    }

    fn send_vectored(&mut self, parts: &[IoSlice<'_>], to: Addr) -> Result<usize> {
        let joined: Vec<u8> = parts.iter().flat_map(|p| p.iter().copied()).collect();
        self.deliver(&joined, to)
    }

    /// Pops the next scripted arrival. With nothing scripted, a real socket
    /// would wait: the fake has nothing more to say, so time jumps to the
    /// deadline at once ([`Error::Timeout`]; with no deadline too, instead
    /// of blocking forever).
    fn recv<'b>(
        &mut self,
        buf: &'b mut RecvBuffer,
        deadline: Option<Instant>,
    ) -> Result<Datagram<'b>> {
        match self.queue.pop_front() {
            None => Err(Error::Timeout(deadline.map_or(Duration::ZERO, |at| {
                at.saturating_duration_since(Instant::now())
            }))),
            Some(Incoming::Overrun) => Err(Error::Overrun),
            Some(Incoming::Datagram { bytes, from, group }) => {
                let stored = buf.fill(&bytes)?;
                Ok(Datagram {
                    bytes: stored,
                    sender: from,
                    group,
                    nsid: None,
                })
            }
        }
    }

    /// As [`Transport::recv`] with no deadline: always ready, so the async
    /// client runs over the fake as the blocking one does.
    fn poll_recv<'b>(
        &mut self,
        _cx: &mut Context<'_>,
        buf: &'b mut RecvBuffer,
    ) -> Poll<Result<Datagram<'b>>> {
        Poll::Ready(Transport::recv(self, buf, None))
    }

    fn portid(&self) -> Result<u32> {
        Ok(self.portid)
    }
}
