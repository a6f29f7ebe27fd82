//! The sans-I/O exchange engine, quinn-proto style: it never touches a
//! socket or a clock. [`Engine`] owns the whole exchange of one socket:
//! sequence numbers, matching replies to pending requests on (sequence,
//! portid), completion rules for ACKed requests and dumps,
//! `NLM_F_DUMP_INTR`, answers to other requests in flight (stashed),
//! notifications (queued, bounded), overruns (every request in flight
//! fails), kernel errors ([`crate::error::KernelError`] with the attribute
//! path) and time: each request may carry a [`Deadline`];
//! [`Engine::poll_timeout`] says when the driver must wake up and
//! [`Engine::handle_timeout`] fails what expired.
//!
//! The blocking client, the async client and the test fake are thin
//! drivers: they move datagrams between a transport and the engine, so
//! their behaviour cannot drift apart. [`Exchange`] is the engine's lower
//! half (the per-message matcher), public for drivers of their own.

mod engine;
mod owned;

pub(crate) use self::engine::{keep_user_error, user_outcome, Fast};
pub use self::engine::{Completion, Deadline, Dump, Engine, Waiting, DEFAULT_BACKLOG};
pub use self::owned::{Event, Notification, Origin, OwnedMessage};

use crate::wire::{DoneMessage, ErrorMessage, ExtAck, Flags, Message, MessageKind, WireError};

/// How a pending request is completed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestKind {
    /// The request carries `NLM_F_ACK`: it completes on `NLMSG_ERROR`
    /// (errno 0 = success). Data replies before the ACK belong to it.
    Acked,
    /// The request carries `NLM_F_DUMP`: it completes on `NLMSG_DONE` (or an
    /// `NLMSG_ERROR`).
    Dump,
    /// Neither: it completes on the first reply without `NLM_F_MULTI`, on
    /// `NLMSG_DONE` after a multipart reply, or on `NLMSG_ERROR`.
    Plain,
}

impl RequestKind {
    /// The kind implied by a request's flags.
    pub fn from_flags(flags: Flags) -> RequestKind {
        if flags.contains(Flags::DUMP) {
            RequestKind::Dump
        } else if flags.contains(Flags::ACK) {
            RequestKind::Acked
        } else {
            RequestKind::Plain
        }
    }
}

/// How a request ended.
#[derive(Clone, Copy, Debug)]
pub enum Outcome<'a> {
    /// Success. `warning` is the extended ACK text of a successful ACK
    /// (the kernel's way of warning); `interrupted` is set when any part of
    /// a dump carried `NLM_F_DUMP_INTR`.
    Ok {
        /// Extended ACK message sent with a successful ACK or DONE.
        warning: Option<&'a str>,
        /// The dump was interrupted (`NLM_F_DUMP_INTR`): data may be inconsistent.
        interrupted: bool,
    },
    /// The peer reported an error.
    Failed(Failure<'a>),
}

/// An error reported in `NLMSG_ERROR` or a negative `NLMSG_DONE` status.
#[derive(Clone, Copy, Debug)]
pub struct Failure<'a> {
    /// Positive errno.
    pub errno: i32,
    /// Extended ACK attributes.
    pub ext_ack: ExtAck<'a>,
    /// The request as the kernel echoed it (header + payload, or header
    /// only when capped); empty for a failed `NLMSG_DONE`.
    pub echoed_request: &'a [u8],
    /// Sequence number of the failed request.
    pub seq: u32,
}

/// What to do with one received message.
#[derive(Debug)]
pub enum Disposition<'a> {
    /// A data message answering pending request `seq`; `complete` is set
    /// when this message also ends the request (a plain single reply).
    Reply {
        /// The request answered.
        seq: u32,
        /// The reply.
        msg: Message<'a>,
        /// This reply completes the request.
        complete: bool,
        /// Data replies received for the request so far, this one included.
        replies: u32,
    },
    /// Pending request `seq` is complete.
    Complete {
        /// The request completed.
        seq: u32,
        /// How it ended.
        outcome: Outcome<'a>,
        /// Data replies the request received.
        replies: u32,
    },
    /// Not an answer to any pending request: a multicast event, a kernel
    /// push, a message from a peer.
    Unsolicited(Message<'a>),
    /// A late answer to a request that was cancelled (timed out or failed
    /// by an overrun), or `NLMSG_NOOP`/`NLMSG_OVERRUN`: nothing to deliver.
    Ignored,
}

#[derive(Clone, Copy, Debug)]
struct Pending {
    seq: u32,
    kind: RequestKind,
    peer: u32,
    interrupted: bool,
    multi: bool,
    replies: u32,
}

/// Number of cancelled sequence numbers remembered, so that their late
/// replies are dropped instead of being taken for notifications.
const CANCELLED_RING: usize = 32;

/// The exchange state of one socket.
#[derive(Debug)]
pub struct Exchange {
    portid: u32,
    next_seq: u32,
    pending: Vec<Pending>,
    cancelled: [u32; CANCELLED_RING],
    cancelled_next: usize,
}

impl Default for Exchange {
    fn default() -> Self {
        Exchange::new(0)
    }
}

impl Exchange {
    /// A new engine for a socket bound to `portid` (0 if not yet known).
    pub fn new(portid: u32) -> Exchange {
        Exchange {
            portid,
            next_seq: 1,
            pending: Vec::with_capacity(8),
            cancelled: [0; CANCELLED_RING],
            cancelled_next: 0,
        }
    }

    /// Record the socket's portid (replies from the kernel carry it).
    pub fn set_portid(&mut self, portid: u32) {
        self.portid = portid;
    }

    /// The socket's portid as known to the engine.
    pub fn portid(&self) -> u32 {
        self.portid
    }

    /// Start the sequence numbers at `seq` (0 is skipped).
    pub fn set_next_seq(&mut self, seq: u32) {
        self.next_seq = seq.max(1);
    }

    /// Allocate the next sequence number (never 0, wraps around).
    pub fn next_seq(&mut self) -> u32 {
        loop {
            let s = self.next_seq;
            self.next_seq = self.next_seq.wrapping_add(1);
            if s != 0 && !self.is_pending(s) {
                return s;
            }
        }
    }

    /// Prepare a built request in place: assign a sequence number, set
    /// `NLM_F_REQUEST` and the sender portid, and register it as pending,
    /// expecting replies from `peer` (0 = the kernel). `NLM_F_ACK` is
    /// cleared on dumps: the kernel completes a dump with `NLMSG_DONE`.
    /// Returns the sequence number.
    pub fn begin(&mut self, msg: &mut [u8], peer: u32) -> Result<u32, WireError> {
        let available = msg.len();
        // Only flags, sequence number and portid change: write those bytes.
        let Some(h) = msg.first_chunk_mut::<{ crate::wire::HEADER_LEN }>() else {
            return Err(WireError::Truncated {
                what: "nlmsghdr",
                offset: 0,
                needed: crate::wire::HEADER_LEN,
                available,
            });
        };
        let mut flags = Flags(u16::from_ne_bytes([h[6], h[7]]));
        flags.insert(Flags::REQUEST);
        let kind = RequestKind::from_flags(flags);
        if kind == RequestKind::Dump {
            flags.remove(Flags::ACK);
        }
        let seq = self.next_seq();
        h[6..8].copy_from_slice(&flags.0.to_ne_bytes());
        h[8..12].copy_from_slice(&seq.to_ne_bytes());
        h[12..16].copy_from_slice(&self.portid.to_ne_bytes());
        self.register(seq, kind, peer);
        Ok(seq)
    }

    /// Register a request sent by other means as pending.
    pub fn register(&mut self, seq: u32, kind: RequestKind, peer: u32) {
        self.pending.push(Pending {
            seq,
            kind,
            peer,
            interrupted: false,
            multi: false,
            replies: 0,
        });
    }

    /// Is request `seq` still waiting for its answer?
    pub fn is_pending(&self, seq: u32) -> bool {
        self.pending.iter().any(|p| p.seq == seq)
    }

    /// The portid request `seq` expects its answers from, if it is pending.
    pub fn peer_of(&self, seq: u32) -> Option<u32> {
        self.pending.iter().find(|p| p.seq == seq).map(|p| p.peer)
    }

    /// Number of requests in flight.
    pub fn pending_count(&self) -> usize {
        self.pending.len()
    }

    /// Give up on request `seq` (timeout, caller gave up): its late replies
    /// will be [`Disposition::Ignored`].
    pub fn cancel(&mut self, seq: u32) {
        if let Some(i) = self.pending.iter().position(|p| p.seq == seq) {
            self.pending.swap_remove(i);
            self.cancelled[self.cancelled_next] = seq;
            self.cancelled_next = (self.cancelled_next + 1) % CANCELLED_RING;
        }
    }

    /// A receive overrun happened: any pending reply may have been dropped.
    /// Cancels every pending request and returns their sequence numbers
    /// through `failed`.
    pub fn on_overrun(&mut self, mut failed: impl FnMut(u32)) {
        while let Some(p) = self.pending.last().copied() {
            self.cancel(p.seq);
            failed(p.seq);
        }
    }

    fn is_cancelled(&self, seq: u32) -> bool {
        seq != 0 && self.cancelled.contains(&seq)
    }

    fn find(&self, msg: &Message<'_>, sender_portid: u32, sender_groups: u32) -> Option<usize> {
        if sender_groups != 0 {
            return None; // multicast is never a reply
        }
        let h = &msg.header;
        self.pending.iter().position(|p| {
            p.seq == h.seq
                && p.peer == sender_portid
                && (p.peer != 0 || self.portid == 0 || h.portid == self.portid)
        })
    }

    /// Fast path for the commonest answer: `datagram` holds exactly one
    /// data message (type >= `NLMSG_MIN_TYPE`, no `NLM_F_MULTI`) that
    /// answers `seq`, the only pending request, which is a plain request
    /// (neither `NLM_F_ACK` nor `NLM_F_DUMP`), so the message completes it.
    /// Then the request is no longer pending and the message is returned;
    /// [`Exchange::on_message`] would have classified it as a completing
    /// [`Disposition::Reply`] with 1 reply. Otherwise nothing changes and `None`
    /// is returned: feed the datagram's messages to `on_message`.
    #[inline]
    pub(crate) fn take_sole_reply<'a>(
        &mut self,
        datagram: &'a [u8],
        sender_portid: u32,
        sender_groups: u32,
        seq: u32,
    ) -> Option<Message<'a>> {
        let [p] = self.pending.as_slice() else {
            return None;
        };
        if p.seq != seq || p.kind != RequestKind::Plain || sender_groups != 0 {
            return None;
        }
        let mut it = crate::wire::messages(datagram);
        let msg = it.next()?.ok()?;
        let h = &msg.header;
        let sole = it.position() >= datagram.len();
        let matches = h.seq == seq
            && p.peer == sender_portid
            && (p.peer != 0 || self.portid == 0 || h.portid == self.portid);
        if !sole
            || !matches
            || h.ty < crate::wire::msgtype::MIN_TYPE
            || h.flags.contains(Flags::MULTI)
        {
            return None;
        }
        self.pending.clear();
        Some(msg)
    }

    /// Fast path for a datagram of replies that do not end request `seq`
    /// (dump parts, data before an ACK): when `seq` is the only pending
    /// request, a dump or an ACKed request expecting `sender_portid`, and
    /// every message of the unicast `datagram` is a well-formed data
    /// message (type >= `NLMSG_MIN_TYPE`) answering it, the messages are
    /// counted as [`Exchange::on_message`] would count them (replies,
    /// `NLM_F_MULTI`, `NLM_F_DUMP_INTR`), each of them would have been a
    /// non-completing [`Disposition::Reply`], and their number is returned; the
    /// request stays pending. Otherwise nothing changes and `None` is
    /// returned.
    #[inline]
    pub(crate) fn take_reply_run(
        &mut self,
        datagram: &[u8],
        sender_portid: u32,
        sender_groups: u32,
        seq: u32,
    ) -> Option<u32> {
        let portid = self.portid;
        let [p] = self.pending.as_mut_slice() else {
            return None;
        };
        if p.seq != seq
            || p.kind == RequestKind::Plain
            || p.peer != sender_portid
            || sender_groups != 0
        {
            return None;
        }
        let (mut n, mut flags) = (0u32, Flags::EMPTY);
        let mut it = crate::wire::messages(datagram);
        for m in &mut it {
            let h = m.ok()?.header;
            let mine = h.seq == seq && (p.peer != 0 || portid == 0 || h.portid == portid);
            if !mine || h.ty < crate::wire::msgtype::MIN_TYPE {
                return None;
            }
            n += 1;
            flags.insert(h.flags);
        }
        if n == 0 {
            return None;
        }
        p.replies += n;
        p.multi |= flags.contains(Flags::MULTI);
        p.interrupted |= flags.contains(Flags::DUMP_INTR);
        Some(n)
    }

    /// Classify one received message. `sender_portid`/`sender_groups` come
    /// from the datagram's source address (trustworthy, unlike
    /// `nlmsg_pid`).
    pub fn on_message<'a>(
        &mut self,
        msg: Message<'a>,
        sender_portid: u32,
        sender_groups: u32,
    ) -> Result<Disposition<'a>, WireError> {
        let kind = msg.kind()?;
        let Some(i) = self.find(&msg, sender_portid, sender_groups) else {
            return Ok(match kind {
                MessageKind::Noop | MessageKind::Overrun => Disposition::Ignored,
                _ if sender_groups == 0
                    && sender_portid == 0
                    && self.is_cancelled(msg.header.seq) =>
                {
                    Disposition::Ignored
                }
                _ => Disposition::Unsolicited(msg),
            });
        };
        let seq = self.pending[i].seq;
        if msg.header.flags.contains(Flags::DUMP_INTR) {
            self.pending[i].interrupted = true;
        }
        let p = self.pending[i];
        let event = match kind {
            MessageKind::Noop | MessageKind::Overrun => return Ok(Disposition::Ignored),
            MessageKind::Data => {
                let multi = msg.header.flags.contains(Flags::MULTI);
                self.pending[i].multi |= multi;
                self.pending[i].replies += 1;
                let replies = self.pending[i].replies;
                let complete = p.kind == RequestKind::Plain && !multi;
                if complete {
                    self.pending.swap_remove(i);
                }
                return Ok(Disposition::Reply {
                    seq,
                    msg,
                    complete,
                    replies,
                });
            }
            MessageKind::Ack(e) => Outcome::Ok {
                warning: e.ext_ack.msg,
                interrupted: p.interrupted,
            },
            MessageKind::Error(e) => Outcome::Failed(failure_from_error(&e, seq, msg)),
            MessageKind::Done(d) => {
                if p.kind == RequestKind::Acked && d.status >= 0 {
                    // A multipart reply ended; the ACK is still to come.
                    return Ok(Disposition::Ignored);
                }
                done_outcome(&d, seq, p.interrupted)
            }
        };
        self.pending.swap_remove(i);
        Ok(Disposition::Complete {
            seq,
            outcome: event,
            replies: p.replies,
        })
    }
}

fn failure_from_error<'a>(e: &ErrorMessage<'a>, seq: u32, msg: Message<'a>) -> Failure<'a> {
    let body = &msg.payload[4.min(msg.payload.len())..];
    let echoed_len = crate::wire::HEADER_LEN + e.request_payload.len();
    Failure {
        errno: e.errno,
        ext_ack: e.ext_ack,
        echoed_request: &body[..echoed_len.min(body.len())],
        seq,
    }
}

fn done_outcome<'a>(d: &DoneMessage<'a>, seq: u32, interrupted: bool) -> Outcome<'a> {
    if d.status < 0 {
        Outcome::Failed(Failure {
            errno: d.status.saturating_neg(),
            ext_ack: d.ext_ack,
            echoed_request: &[],
            seq,
        })
    } else {
        Outcome::Ok {
            warning: d.ext_ack.msg,
            interrupted,
        }
    }
}

#[cfg(test)]
mod tests;
