//! The part of a client shared by the blocking client, the async client and
//! the test fake: it feeds received datagrams to the [`Exchange`] engine,
//! hands replies for the awaited request to the caller without copying, and
//! keeps (owned) what belongs to someone else: answers to other requests in
//! flight, and notifications for the subscription stream.

use std::collections::VecDeque;

use crate::error::{Error, KernelError, Result};
use crate::exchange::{Event as XEvent, Exchange, Failure, Outcome};
use crate::socket::Datagram;
use crate::wire::{attr_path_at, messages, Message};

use super::owned::{Event, Notification, Origin, OwnedMessage};

/// How a request completed successfully.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Completion {
    /// Extended ACK text sent with a successful ACK or DONE (a warning).
    pub warning: Option<String>,
    /// A dump part carried `NLM_F_DUMP_INTR`: the kernel's data changed while
    /// it was being dumped, so the result may be inconsistent.
    pub interrupted: bool,
    /// Number of data messages received for the request.
    pub messages: usize,
}

impl Completion {
    /// The completion of a request answered by one data message.
    #[inline]
    pub(crate) fn single() -> Completion {
        Completion {
            warning: None,
            interrupted: false,
            messages: 1,
        }
    }
}

/// A finished dump: every message received, and whether it was interrupted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Dump {
    /// The messages, in order.
    pub messages: Vec<OwnedMessage>,
    /// `NLM_F_DUMP_INTR` was seen: the data may be inconsistent; dump again
    /// for a consistent view (see `Client::dump_consistent`).
    pub interrupted: bool,
}

impl Dump {
    /// The messages if the dump was consistent, else
    /// [`Error::DumpInterrupted`].
    pub fn into_consistent(self) -> Result<Vec<OwnedMessage>> {
        if self.interrupted {
            Err(Error::DumpInterrupted {
                messages: self.messages.len(),
            })
        } else {
            Ok(self.messages)
        }
    }
}

enum Stashed {
    Reply(u32, OwnedMessage),
    Complete(u32, Result<Completion>),
}

/// What a wait's fast path did with a datagram ([`Core::fast`]).
pub(crate) enum Fast {
    /// The request is complete, answered by one reply: return
    /// `Ok(Completion::single())` (built by the caller, in place).
    Single,
    /// The callback failed; the request was abandoned: return this.
    Failed(Error),
    /// Replies were delivered; the request goes on: receive again.
    More,
    /// Not a shape the fast path takes; nothing changed: use `on_recv`.
    Declined,
}

/// Default bound on notifications kept while the caller is busy with a
/// request; past it the stream reports [`Event::Overrun`].
pub const DEFAULT_BACKLOG: usize = 4096;

/// Shared client state (see the module docs).
pub(crate) struct Core {
    pub(crate) engine: Exchange,
    stash: VecDeque<Stashed>,
    backlog: VecDeque<Event>,
    backlog_limit: usize,
    backlog_lost: bool,
}

/// The request being waited for, and what is needed to explain its errors.
pub(crate) struct Waiting<'r> {
    pub seq: u32,
    /// The request as sent and its family header length, to map extended
    /// ACK offsets onto attributes.
    pub request: Option<(&'r [u8], usize)>,
}

/// Where a datagram came from, and whether it was multicast (non-zero):
/// the source address only has bits for groups 1-32, `NETLINK_PKTINFO`
/// also tells for higher ones (and reports group 0 for unicast).
pub(crate) fn origin_of(d: &Datagram<'_>) -> (Origin, u32) {
    let pktinfo = d.group.filter(|g| *g != 0);
    let group =
        pktinfo.or_else(|| (d.sender.groups != 0).then(|| d.sender.groups.trailing_zeros() + 1));
    let groups = d.sender.groups | u32::from(pktinfo.is_some());
    (
        Origin {
            portid: d.sender.portid,
            group,
        },
        groups,
    )
}

impl Core {
    pub(crate) fn new(portid: u32) -> Core {
        Core {
            engine: Exchange::new(portid),
            stash: VecDeque::new(),
            backlog: VecDeque::new(),
            backlog_limit: DEFAULT_BACKLOG,
            backlog_lost: false,
        }
    }

    pub(crate) fn set_backlog_limit(&mut self, limit: usize) {
        self.backlog_limit = limit.max(1);
    }

    fn push_event(&mut self, ev: Event) {
        if self.backlog.len() >= self.backlog_limit {
            self.backlog_lost = true;
            return;
        }
        if self.backlog_lost {
            self.backlog_lost = false;
            self.backlog.push_back(Event::Overrun);
        }
        self.backlog.push_back(ev);
    }

    /// The next queued notification or overrun, if any.
    pub(crate) fn pop_event(&mut self) -> Option<Event> {
        match self.backlog.pop_front() {
            Some(e) => Some(e),
            None if self.backlog_lost => {
                self.backlog_lost = false;
                Some(Event::Overrun)
            }
            None => None,
        }
    }

    /// Drop every queued notification (and a pending overrun mark);
    /// returns how many were dropped.
    pub(crate) fn discard_events(&mut self) -> usize {
        self.backlog_lost = false;
        let n = self.backlog.len();
        self.backlog.clear();
        n
    }

    /// The fast paths of a wait for `seq`, tried on each datagram `d`
    /// before [`Core::on_recv`]: one unicast datagram holding the one reply
    /// that completes `seq`, the only request in flight
    /// ([`Exchange::take_sole_reply`]), or holding only replies that do not
    /// end it, such as dump parts ([`Exchange::take_reply_run`]). Either
    /// way the replies go to `on_reply` and the result is what `on_recv`
    /// would have given; [`Fast::Declined`] leaves everything unchanged.
    #[inline]
    pub(crate) fn fast<F>(&mut self, d: &Datagram<'_>, seq: u32, on_reply: &mut F) -> Fast
    where
        F: FnMut(Message<'_>) -> Result<()> + ?Sized,
    {
        if d.sender.groups != 0 || d.group.unwrap_or(0) != 0 {
            return Fast::Declined;
        }
        let from = d.sender.portid;
        if let Some(msg) = self.engine.take_sole_reply(d.bytes, from, 0, seq) {
            return match on_reply(msg) {
                Ok(()) => Fast::Single,
                Err(e) => {
                    self.abandon(seq);
                    Fast::Failed(e)
                }
            };
        }
        if self.engine.take_reply_run(d.bytes, from, 0, seq).is_none() {
            return Fast::Declined;
        }
        // Every message was checked well formed and ours: deliver them.
        for msg in messages(d.bytes).map_while(|m| m.ok()) {
            if let Err(e) = on_reply(msg) {
                self.abandon(seq);
                return Fast::Failed(e);
            }
        }
        Fast::More
    }

    /// One receive while waiting for `waiting.seq`: file the datagram (or
    /// the error) and return the request's completion when it is complete.
    pub(crate) fn on_recv(
        &mut self,
        received: Result<Datagram<'_>>,
        waiting: &Waiting<'_>,
        on_reply: &mut dyn FnMut(Message<'_>) -> Result<()>,
    ) -> Option<Result<Completion>> {
        match received {
            Ok(d) => {
                let (origin, groups) = origin_of(&d);
                self.process(d.bytes, origin, groups, Some(waiting), on_reply)
            }
            Err(Error::Overrun) => {
                self.on_overrun();
                self.drain_stash(waiting.seq, on_reply)
            }
            Err(e) => {
                self.abandon(waiting.seq);
                Some(Err(e))
            }
        }
    }

    /// One receive with no request waiting: file everything.
    pub(crate) fn on_recv_idle(&mut self, received: Result<Datagram<'_>>) -> Result<()> {
        match received {
            Ok(d) => {
                let (origin, groups) = origin_of(&d);
                self.process(d.bytes, origin, groups, None, &mut |_| Ok(()));
                Ok(())
            }
            Err(Error::Overrun) => {
                self.on_overrun();
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Number of queued notifications.
    pub(crate) fn backlog_len(&self) -> usize {
        self.backlog.len()
    }

    /// The socket reported `ENOBUFS`: every pending request may have lost
    /// its answer (they fail with [`Error::Overrun`]) and subscribers are
    /// told.
    pub(crate) fn on_overrun(&mut self) {
        let mut failed = Vec::new();
        self.engine.on_overrun(|s| failed.push(s));
        for s in failed {
            self.stash
                .push_back(Stashed::Complete(s, Err(Error::Overrun)));
        }
        self.push_event(Event::Overrun);
    }

    /// Something is stashed for requests in flight (then a wait must look
    /// there first).
    #[inline]
    pub(crate) fn has_stashed(&self) -> bool {
        !self.stash.is_empty()
    }

    /// Deliver what earlier datagrams stashed for `seq`. Returns the
    /// completion if it was stashed too.
    #[inline]
    pub(crate) fn drain_stash(
        &mut self,
        seq: u32,
        on_reply: &mut dyn FnMut(Message<'_>) -> Result<()>,
    ) -> Option<Result<Completion>> {
        if self.stash.is_empty() {
            return None;
        }
        self.drain_stash_slow(seq, on_reply)
    }

    #[cold]
    fn drain_stash_slow(
        &mut self,
        seq: u32,
        on_reply: &mut dyn FnMut(Message<'_>) -> Result<()>,
    ) -> Option<Result<Completion>> {
        let mut i = 0;
        while i < self.stash.len() {
            let matches = match &self.stash[i] {
                Stashed::Reply(s, _) | Stashed::Complete(s, _) => *s == seq,
            };
            if !matches {
                i += 1;
                continue;
            }
            match self.stash.remove(i) {
                Some(Stashed::Reply(_, m)) => {
                    if let Err(e) = on_reply(m.as_message()) {
                        self.abandon(seq);
                        return Some(Err(e));
                    }
                }
                Some(Stashed::Complete(_, r)) => return Some(r),
                None => break,
            }
        }
        None
    }

    /// Give up on `seq`: drop what was stashed for it and ignore its late replies.
    pub(crate) fn abandon(&mut self, seq: u32) {
        self.engine.cancel(seq);
        self.stash.retain(|s| match s {
            Stashed::Reply(x, _) | Stashed::Complete(x, _) => *x != seq,
        });
    }

    /// Process one datagram. Replies to `waiting` go to `on_reply`; the
    /// return value is its completion when this datagram completed it.
    /// Everything else is stashed or queued, never dropped.
    pub(crate) fn process(
        &mut self,
        bytes: &[u8],
        origin: Origin,
        sender_groups: u32,
        waiting: Option<&Waiting<'_>>,
        on_reply: &mut dyn FnMut(Message<'_>) -> Result<()>,
    ) -> Option<Result<Completion>> {
        let mut result = None;
        let mut callback_failed = false;
        for item in messages(bytes) {
            let msg = match item {
                Ok(m) => m,
                Err(e) => {
                    // A malformed datagram from the peer a request waits on
                    // fails that request at once (its answer may be in the
                    // unreadable part); anyone else's goes to the stream.
                    let from_peer = sender_groups == 0
                        && waiting.and_then(|w| self.engine.peer_of(w.seq)) == Some(origin.portid);
                    match waiting {
                        Some(w) if from_peer && result.is_none() => {
                            self.abandon(w.seq);
                            result = Some(Err(Error::Wire(e)));
                        }
                        _ => self.push_event(Event::Malformed { origin, error: e }),
                    }
                    break;
                }
            };
            let ev = match self.engine.on_message(msg, origin.portid, sender_groups) {
                Ok(ev) => ev,
                Err(e) => {
                    self.push_event(Event::Malformed { origin, error: e });
                    continue;
                }
            };
            let mine = |s: u32| waiting.map(|w| w.seq) == Some(s);
            match ev {
                XEvent::Ignored => {}
                XEvent::Unsolicited(m) => self.push_event(Event::Message(Notification {
                    origin,
                    msg: OwnedMessage::from_message(&m),
                })),
                XEvent::Reply {
                    seq,
                    msg,
                    complete,
                    replies,
                } if mine(seq) => {
                    if callback_failed {
                        continue;
                    }
                    if let Err(e) = on_reply(msg) {
                        callback_failed = true;
                        self.abandon(seq);
                        result = Some(Err(e));
                        continue;
                    }
                    if complete {
                        result = Some(Ok(Completion {
                            messages: replies as usize,
                            ..Completion::default()
                        }));
                    }
                }
                XEvent::Reply {
                    seq,
                    msg,
                    complete,
                    replies,
                } => {
                    self.stash
                        .push_back(Stashed::Reply(seq, OwnedMessage::from_message(&msg)));
                    if complete {
                        self.stash.push_back(Stashed::Complete(
                            seq,
                            Ok(Completion {
                                messages: replies as usize,
                                ..Completion::default()
                            }),
                        ));
                    }
                }
                XEvent::Complete {
                    seq,
                    outcome,
                    replies,
                } => {
                    let n = replies as usize;
                    let request = waiting.filter(|w| w.seq == seq).and_then(|w| w.request);
                    let r = completion(outcome, n, request);
                    if mine(seq) {
                        if !callback_failed {
                            result = Some(r);
                        }
                    } else {
                        self.stash.push_back(Stashed::Complete(seq, r));
                    }
                }
            }
        }
        result
    }
}

fn completion(
    outcome: Outcome<'_>,
    messages: usize,
    request: Option<(&[u8], usize)>,
) -> Result<Completion> {
    match outcome {
        Outcome::Ok {
            warning,
            interrupted,
        } => Ok(Completion {
            warning: warning.map(str::to_owned),
            interrupted,
            messages,
        }),
        Outcome::Failed(f) => Err(kernel_error(&f, request).into()),
    }
}

/// Turn a decoded failure into a [`KernelError`], mapping the extended ACK
/// offset onto the request's attributes: the echoed request when the kernel
/// sent it whole, else the copy the caller kept (`request`, with its family
/// header length).
pub(crate) fn kernel_error(f: &Failure<'_>, request: Option<(&[u8], usize)>) -> KernelError {
    let e = &f.ext_ack;
    let echoed_whole = f.echoed_request.len() > crate::wire::HEADER_LEN;
    let attr_path = match (e.offset, request) {
        (Some(off), Some((req, fixed))) => {
            let source = if echoed_whole { f.echoed_request } else { req };
            attr_path_at(source, fixed, off)
                .map(|p| p.as_slice().to_vec())
                .unwrap_or_default()
        }
        _ => Vec::new(),
    };
    let mut k = KernelError::from_ext_ack(f.errno, e);
    k.attr_path = attr_path;
    k.seq = f.seq;
    k
}

/// Stands in for a caller's own error inside the client while
/// `try_execute` keeps the real one.
#[derive(Debug, thiserror::Error)]
#[error("the reply callback failed")]
struct CallbackFailed;

/// A callback's result for the client: its own error kept in `failed`.
pub(crate) fn keep_user_error<E>(
    r: std::result::Result<(), E>,
    failed: &mut Option<E>,
) -> Result<()> {
    r.map_err(|e| {
        *failed = Some(e);
        Error::user(CallbackFailed)
    })
}

/// The result of `try_execute`: the callback's own error if it failed.
pub(crate) fn user_outcome<E: From<Error>>(
    r: Result<Completion>,
    failed: Option<E>,
) -> std::result::Result<Completion, E> {
    match (r, failed) {
        (_, Some(e)) => Err(e),
        (r, None) => r.map_err(E::from),
    }
}
