//! The whole exchange of one socket (see the module docs of
//! [`crate::exchange`]): the [`Exchange`] matcher underneath, plus what every
//! driver needs: replies for the awaited request handed to the caller
//! without copying, answers to other requests in flight stashed (owned),
//! notifications queued for the subscription stream (bounded), overruns
//! failing the requests in flight, kernel errors with the attribute path,
//! and per-request deadlines.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use crate::error::{Error, KernelError, Result};
use crate::wire::{attr_path_at, messages, Message};

use super::owned::{Event, Notification, Origin, OwnedMessage};
use super::{Disposition, Exchange, Failure, Outcome};

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

impl Stashed {
    fn seq(&self) -> u32 {
        match self {
            Stashed::Reply(s, _) | Stashed::Complete(s, _) => *s,
        }
    }
}

/// What a wait's fast path did with a datagram ([`Engine::fast`]).
pub(crate) enum Fast {
    /// The request is complete, answered by one reply: return
    /// `Ok(Completion::single())` (built by the caller, in place).
    Single,
    /// The callback failed; the request was abandoned: return this.
    Failed(Error),
    /// Replies were delivered; the request goes on: receive again.
    More,
    /// Not a shape the fast path takes; nothing changed: file the datagram
    /// with [`Engine::handle_datagram`].
    Declined,
}

/// Default bound on notifications kept while the caller is busy with a
/// request; past it the stream reports [`Event::Overrun`].
pub const DEFAULT_BACKLOG: usize = 4096;

/// When a request gives up: an instant, and the timeout it came from (what
/// [`Error::Timeout`] reports).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deadline {
    /// The instant after which the request fails.
    pub at: Instant,
    /// The timeout it stands for, reported in [`Error::Timeout`].
    pub timeout: Duration,
}

impl Deadline {
    /// `timeout` from now (reads the clock).
    pub fn after(timeout: Duration) -> Deadline {
        Deadline {
            at: Instant::now() + timeout,
            timeout,
        }
    }

    /// At `at`; the timeout reported is the time left from now.
    pub fn at(at: Instant) -> Deadline {
        Deadline {
            at,
            timeout: at.saturating_duration_since(Instant::now()),
        }
    }
}

/// The request a driver is waiting for, and what is needed to explain its
/// errors.
#[derive(Clone, Copy, Debug)]
pub struct Waiting<'r> {
    /// Its sequence number.
    pub seq: u32,
    /// The request as sent and its family header length, to map extended
    /// ACK offsets onto attributes.
    pub request: Option<(&'r [u8], usize)>,
}

/// The exchange engine of one socket (see the module docs).
///
/// A driver sends what [`Engine::begin`] prepared, feeds every received
/// datagram to [`Engine::handle_datagram`] (and receive errors to
/// [`Engine::handle_error`]), waits no longer than
/// [`Engine::poll_timeout`], calls [`Engine::handle_timeout`] when that
/// instant has passed, and takes results with
/// [`Engine::poll_completion`] and [`Engine::poll_event`].
pub struct Engine {
    x: Exchange,
    stash: VecDeque<Stashed>,
    backlog: VecDeque<Event>,
    backlog_limit: usize,
    backlog_lost: bool,
    /// Requests with a deadline (most have none: this stays empty and
    /// costs a length check).
    deadlines: Vec<(u32, Deadline)>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("portid", &self.x.portid())
            .field("pending", &self.x.pending_count())
            .field("stashed", &self.stash.len())
            .field("backlog", &self.backlog.len())
            .field("deadlines", &self.deadlines.len())
            .finish()
    }
}

impl Engine {
    /// An engine for a socket bound to `portid`.
    pub fn new(portid: u32) -> Engine {
        Engine {
            x: Exchange::new(portid),
            stash: VecDeque::new(),
            backlog: VecDeque::new(),
            backlog_limit: DEFAULT_BACKLOG,
            backlog_lost: false,
            deadlines: Vec::new(),
        }
    }

    /// The matcher underneath (read only).
    pub fn exchange(&self) -> &Exchange {
        &self.x
    }

    /// The socket's portid.
    pub fn portid(&self) -> u32 {
        self.x.portid()
    }

    /// Is request `seq` still waiting for its answer (or for its result to
    /// be taken with [`Engine::poll_completion`])?
    pub fn is_pending(&self, seq: u32) -> bool {
        self.x.is_pending(seq) || self.stash.iter().any(|s| s.seq() == seq)
    }

    /// Number of requests in flight.
    pub fn pending_count(&self) -> usize {
        self.x.pending_count()
    }

    /// Bound the notifications kept (at least 1); past it the stream
    /// reports [`Event::Overrun`].
    pub fn set_backlog_limit(&mut self, limit: usize) {
        self.backlog_limit = limit.max(1);
    }

    /// Prepare the request built in `msg` (sequence number, portid,
    /// `NLM_F_REQUEST`; see [`Exchange::begin`]) and register it, expecting
    /// its answers from `peer` (0 = the kernel) until `deadline`, if any.
    /// Returns its sequence number.
    #[inline]
    pub fn begin(&mut self, msg: &mut [u8], peer: u32, deadline: Option<Deadline>) -> Result<u32> {
        let seq = self.x.begin(msg, peer)?;
        if let Some(d) = deadline {
            self.add_deadline(seq, d);
        }
        Ok(seq)
    }

    #[cold]
    fn add_deadline(&mut self, seq: u32, d: Deadline) {
        let x = &self.x;
        self.deadlines.retain(|(s, _)| x.is_pending(*s));
        self.deadlines.push((seq, d));
    }

    /// The earliest deadline of a request in flight: the driver must not
    /// wait for a datagram past it (then call [`Engine::handle_timeout`]).
    #[inline]
    pub fn poll_timeout(&self) -> Option<Instant> {
        if self.deadlines.is_empty() {
            return None;
        }
        self.deadlines
            .iter()
            .filter(|(s, _)| self.x.is_pending(*s))
            .map(|(_, d)| d.at)
            .min()
    }

    /// Time has reached `now`: every request whose deadline is not later
    /// fails with [`Error::Timeout`] (taken with
    /// [`Engine::poll_completion`]); its late replies will be ignored.
    pub fn handle_timeout(&mut self, now: Instant) {
        let mut expired = Vec::new();
        let x = &self.x;
        self.deadlines.retain(|(s, d)| {
            if !x.is_pending(*s) {
                return false;
            }
            if d.at <= now {
                expired.push((*s, d.timeout));
                return false;
            }
            true
        });
        for (seq, timeout) in expired {
            self.abandon(seq);
            self.stash
                .push_back(Stashed::Complete(seq, Err(Error::Timeout(timeout))));
        }
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
    pub fn poll_event(&mut self) -> Option<Event> {
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
    pub fn discard_events(&mut self) -> usize {
        self.backlog_lost = false;
        let n = self.backlog.len();
        self.backlog.clear();
        n
    }

    /// Number of queued notifications.
    pub fn backlog_len(&self) -> usize {
        self.backlog.len()
    }

    /// The fast paths of a wait for `seq`, tried on each unicast datagram
    /// before [`Engine::handle_datagram`]: one datagram holding the one
    /// reply that completes `seq`, the only request in flight
    /// ([`Exchange::take_sole_reply`]), or holding only replies that do not
    /// end it, such as dump parts ([`Exchange::take_reply_run`]). Either
    /// way the replies go to `on_reply` and the result is what
    /// `handle_datagram` would have given; [`Fast::Declined`] leaves
    /// everything unchanged.
    #[inline]
    pub(crate) fn fast<F>(&mut self, bytes: &[u8], from: u32, seq: u32, on_reply: &mut F) -> Fast
    where
        F: FnMut(Message<'_>) -> Result<()> + ?Sized,
    {
        if let Some(msg) = self.x.take_sole_reply(bytes, from, 0, seq) {
            return match on_reply(msg) {
                Ok(()) => Fast::Single,
                Err(e) => {
                    self.abandon(seq);
                    Fast::Failed(e)
                }
            };
        }
        if self.x.take_reply_run(bytes, from, 0, seq).is_none() {
            return Fast::Declined;
        }
        // Every message was checked well formed and ours: deliver them.
        for msg in messages(bytes).map_while(|m| m.ok()) {
            if let Err(e) = on_reply(msg) {
                self.abandon(seq);
                return Fast::Failed(e);
            }
        }
        Fast::More
    }

    /// A receive failed while the driver waited for `waiting.seq` until
    /// `deadline` (what it passed to the transport). An overrun fails every
    /// request in flight; a timeout at `deadline` is
    /// [`Engine::handle_timeout`]; any other error (or a timeout with no
    /// deadline: the transport's own) fails the awaited request. Returns
    /// the awaited request's completion if it is now complete.
    pub fn handle_error(
        &mut self,
        error: Error,
        waiting: &Waiting<'_>,
        deadline: Option<Instant>,
        on_reply: &mut dyn FnMut(Message<'_>) -> Result<()>,
    ) -> Option<Result<Completion>> {
        match (error, deadline) {
            (Error::Overrun, _) => {
                self.handle_overrun();
                self.poll_completion(waiting.seq, on_reply)
            }
            (Error::Timeout(_), Some(at)) => {
                self.handle_timeout(at);
                self.poll_completion(waiting.seq, on_reply)
            }
            (e, _) => {
                self.abandon(waiting.seq);
                Some(Err(e))
            }
        }
    }

    /// The socket reported `ENOBUFS`: every pending request may have lost
    /// its answer (they fail with [`Error::Overrun`]) and subscribers are
    /// told.
    pub fn handle_overrun(&mut self) {
        let mut failed = Vec::new();
        self.x.on_overrun(|s| failed.push(s));
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

    /// Deliver what earlier datagrams stashed for `seq` to `on_reply`.
    /// Returns the completion if it was stashed too.
    #[inline]
    pub fn poll_completion(
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
            if self.stash[i].seq() != seq {
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

    /// Give up on `seq`: drop what was stashed for it and ignore its late
    /// replies.
    pub fn abandon(&mut self, seq: u32) {
        self.x.cancel(seq);
        if !self.stash.is_empty() {
            self.stash.retain(|s| s.seq() != seq);
        }
    }

    /// File one received datagram from `origin` (`multicast`: non-zero when
    /// it was sent to a group). Replies to `waiting` go to `on_reply`
    /// (borrowed, no copy); the return value is its completion when this
    /// datagram completed it. Everything else is stashed for its own
    /// request or queued for [`Engine::poll_event`], never dropped.
    pub fn handle_datagram(
        &mut self,
        bytes: &[u8],
        origin: Origin,
        multicast: u32,
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
                    let from_peer = multicast == 0
                        && waiting.and_then(|w| self.x.peer_of(w.seq)) == Some(origin.portid);
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
            let ev = match self.x.on_message(msg, origin.portid, multicast) {
                Ok(ev) => ev,
                Err(e) => {
                    self.push_event(Event::Malformed { origin, error: e });
                    continue;
                }
            };
            let mine = |s: u32| waiting.map(|w| w.seq) == Some(s);
            match ev {
                Disposition::Ignored => {}
                Disposition::Unsolicited(m) => self.push_event(Event::Message(Notification {
                    origin,
                    msg: OwnedMessage::from_message(&m),
                })),
                Disposition::Reply {
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
                Disposition::Reply {
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
                Disposition::Complete {
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
