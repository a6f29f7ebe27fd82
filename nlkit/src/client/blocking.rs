//! The blocking client: request/response, dumps, batches, requests in
//! flight, subscriptions and peer messages over any [`Transport`] (a real
//! [`Socket`] or the test fake).

use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::exchange::{
    keep_user_error, user_outcome, Completion, Deadline, Dump, Engine, Event, Origin, OwnedMessage,
    Waiting,
};
use crate::socket::{Addr, Netns, Protocol, RecvBuffer, Socket, Transport};
use crate::wire::{Flags, Message, MessageBuilder};

use super::driver::{earliest, file_idle, origin_of, step};
use super::Request;

/// A netlink client over one socket.
///
/// Replies are matched to requests on (sequence number, sender portid);
/// anything else that arrives meanwhile (multicast events, kernel pushes,
/// peer messages) is kept for [`Client::next_event`].
pub struct Client<T: Transport = Socket> {
    transport: T,
    engine: Engine,
    rx: RecvBuffer,
    tx: Vec<u8>,
    timeout: Option<Duration>,
    /// Generic netlink families resolved by this client, by name.
    pub(super) genl: super::genl::FamilyCache,
}

impl<T: Transport> std::fmt::Debug for Client<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("engine", &self.engine)
            .field("timeout", &self.timeout)
            .finish()
    }
}

impl Client<Socket> {
    /// Open a socket on `protocol`, let the kernel choose the portid, and
    /// wrap it in a client.
    pub fn open(protocol: Protocol) -> Result<Client<Socket>> {
        Client::bind(protocol, 0)
    }

    /// Open a socket on `protocol` bound to `portid` (0 = kernel chooses).
    pub fn bind(protocol: Protocol, portid: u32) -> Result<Client<Socket>> {
        let sock = Socket::open(protocol)?;
        sock.bind(portid, 0)?;
        Client::new(sock)
    }

    /// Open a socket on `protocol` and join `groups` (any group numbers;
    /// joined with `NETLINK_ADD_MEMBERSHIP`), for a subscription. Each
    /// event's group is in its [`Origin`]: from the sender's address for
    /// groups 1..=32, from `NETLINK_PKTINFO` (turned on by the join) above.
    pub fn subscribe(protocol: Protocol, groups: &[u32]) -> Result<Client<Socket>> {
        let sock = Socket::open(protocol)?;
        sock.bind(0, 0)?;
        for &g in groups {
            sock.add_membership(g)?;
        }
        Client::new(sock)
    }

    /// Open a socket on `protocol` inside network namespace `ns` (a name
    /// from `ip netns`, a namespace file, or a descriptor), bound to a
    /// portid the kernel chooses. The caller's threads stay where they
    /// are; everything this client does happens in `ns`. Needs
    /// `CAP_SYS_ADMIN`.
    ///
    /// ```no_run
    /// use nlkit::client::Client;
    /// use nlkit::socket::{Netns, Protocol};
    ///
    /// let mut rt = Client::open_in(Protocol::ROUTE, Netns::Named("blue"))?;
    /// # Ok::<(), nlkit::Error>(())
    /// ```
    pub fn open_in(protocol: Protocol, ns: Netns<'_>) -> Result<Client<Socket>> {
        Client::subscribe_in(protocol, ns, &[])
    }

    /// [`Client::subscribe`] inside network namespace `ns`: the events are
    /// those of `ns`.
    pub fn subscribe_in(
        protocol: Protocol,
        ns: Netns<'_>,
        groups: &[u32],
    ) -> Result<Client<Socket>> {
        let sock = Socket::open_in(protocol, ns)?;
        sock.bind(0, 0)?;
        for &g in groups {
            sock.add_membership(g)?;
        }
        Client::new(sock)
    }

    /// Join multicast `group`.
    pub fn join(&mut self, group: u32) -> Result<()> {
        self.transport.add_membership(group)
    }

    /// Records every datagram this client sends and receives to `tap`
    /// (`None` stops); see [`crate::capture::Tap`].
    pub fn set_tap(&mut self, tap: Option<crate::capture::Tap>) {
        self.transport_mut().set_tap(tap);
    }

    /// Leaves multicast group `group`.
    pub fn leave(&mut self, group: u32) -> Result<()> {
        self.transport.drop_membership(group)
    }
}

impl<T: Transport> Client<T> {
    /// Wrap a bound transport.
    pub fn new(transport: T) -> Result<Client<T>> {
        let portid = transport.portid()?;
        Ok(Client {
            transport,
            engine: Engine::new(portid),
            rx: RecvBuffer::new(),
            tx: Vec::with_capacity(4096),
            timeout: None,
            genl: Default::default(),
        })
    }

    /// The transport (socket) underneath, e.g. to set options.
    pub fn transport(&self) -> &T {
        &self.transport
    }

    /// Mutable access to the transport.
    pub fn transport_mut(&mut self) -> &mut T {
        &mut self.transport
    }

    /// This client's portid.
    pub fn portid(&self) -> u32 {
        self.engine.portid()
    }

    /// The exchange engine underneath (read only): requests in flight,
    /// queued notifications.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// Give every request `timeout` from when it is sent (None = wait
    /// forever; [`Request::with_timeout`] overrides it for one request),
    /// and bound each wait of [`Client::next_event`] /
    /// [`Client::next_messages`] by it. A request whose answer does not
    /// come in time fails with [`Error::Timeout`], however much other
    /// traffic arrives meanwhile, and its late replies are ignored.
    pub fn set_timeout(&mut self, timeout: Option<Duration>) -> Result<()> {
        if timeout == Some(Duration::ZERO) {
            return Err(Error::InvalidArgument(
                "a zero timeout: use None to wait forever".to_string(),
            ));
        }
        self.timeout = timeout;
        Ok(())
    }

    /// The deadline of a request sent now with `timeout` (or the client's).
    #[inline]
    fn deadline(&self, timeout: Option<Duration>) -> Option<Deadline> {
        timeout.or(self.timeout).map(Deadline::after)
    }

    /// Use a receive buffer of `bytes` (at least 32 KiB).
    pub fn set_recv_buffer(&mut self, bytes: usize) {
        self.rx = RecvBuffer::with_capacity(bytes);
    }

    /// Bound the notifications kept while a request is being waited for
    /// (default 4096); past it the stream reports [`Event::Overrun`].
    pub fn set_backlog_limit(&mut self, limit: usize) {
        self.engine.set_backlog_limit(limit);
    }

    /// Send `req` to the kernel and hand every data reply to `on_reply`
    /// (borrowed from the receive buffer: no copy, no allocation) until the
    /// request completes. Kernel errors become [`Error::Kernel`] with the
    /// extended ACK text and the offending attribute.
    pub fn execute(
        &mut self,
        req: &Request,
        mut on_reply: impl FnMut(Message<'_>) -> Result<()>,
    ) -> Result<Completion> {
        self.execute_with(0, req, &mut on_reply)
    }

    /// [`Client::execute`] with a callback returning the caller's own
    /// error type `E`: the first error it returns ends the request and is
    /// handed back as it was (nlkit's own errors become `E` by `From`).
    ///
    /// ```no_run
    /// use nlkit::client::{Client, Request};
    /// use nlkit::families::rtnl::{msg, Link};
    /// use nlkit::socket::Protocol;
    /// use nlkit::wire::Flags;
    ///
    /// #[derive(Debug)]
    /// enum AppError { Netlink(nlkit::Error), NotLoopback(String) }
    /// impl From<nlkit::Error> for AppError {
    ///     fn from(e: nlkit::Error) -> Self { AppError::Netlink(e) }
    /// }
    ///
    /// let mut c = Client::open(Protocol::ROUTE)?;
    /// let req = Request::message(msg::GETLINK, Flags::ACK, &Link::named("lo"))?;
    /// let r = c.try_execute(&req, |m| {
    ///     let l = Link::parse(&m)?;
    ///     if l.ifi_type != 772 {
    ///         return Err(AppError::NotLoopback(l.name));
    ///     }
    ///     Ok(())
    /// });
    /// assert!(matches!(r, Ok(_) | Err(AppError::NotLoopback(_))));
    /// # Ok::<(), nlkit::Error>(())
    /// ```
    pub fn try_execute<E: From<Error>>(
        &mut self,
        req: &Request,
        mut on_reply: impl FnMut(Message<'_>) -> std::result::Result<(), E>,
    ) -> std::result::Result<Completion, E> {
        let mut failed = None;
        let r = self.execute(req, |m| keep_user_error(on_reply(m), &mut failed));
        user_outcome(r, failed)
    }

    /// [`Client::dump`] with a callback returning the caller's own error
    /// type, as [`Client::try_execute`].
    pub fn try_dump<E: From<Error>>(
        &mut self,
        req: &Request,
        on_msg: impl FnMut(Message<'_>) -> std::result::Result<(), E>,
    ) -> std::result::Result<Completion, E> {
        self.try_execute(&req.with_flags_added(Flags::DUMP)?, on_msg)
    }

    /// Like [`Client::execute`], to a peer socket's portid instead of the kernel.
    pub fn execute_to(
        &mut self,
        peer: u32,
        req: &Request,
        mut on_reply: &mut dyn FnMut(Message<'_>) -> Result<()>,
    ) -> Result<Completion> {
        self.execute_with(peer, req, &mut on_reply)
    }

    /// [`Client::execute_to`], generic over the callback.
    #[inline]
    fn execute_with<F: FnMut(Message<'_>) -> Result<()>>(
        &mut self,
        peer: u32,
        req: &Request,
        on_reply: &mut F,
    ) -> Result<Completion> {
        self.tx.clear();
        self.tx.extend_from_slice(req.bytes());
        let deadline = self.deadline(req.timeout());
        let seq = self.engine.begin(&mut self.tx, peer, deadline)?;
        if let Err(e) = self.transport.send(&self.tx, Addr::portid(peer)) {
            self.engine.abandon(seq);
            return Err(e);
        }
        self.wait_sent(seq, req.fixed_len(), on_reply)
    }

    /// Build a request in the client's own buffer (no allocation) and
    /// execute it: `fill` writes the payload, `on_reply` sees each reply.
    /// `fixed_len` is the family header's length for mapping extended-ACK
    /// offsets; a header written with [`MessageBuilder::header`] overrides it.
    pub fn call(
        &mut self,
        ty: u16,
        flags: Flags,
        fixed_len: usize,
        fill: impl FnOnce(&mut MessageBuilder<'_>),
        mut on_reply: impl FnMut(Message<'_>) -> Result<()>,
    ) -> Result<Completion> {
        self.tx.clear();
        let mut b = MessageBuilder::new(&mut self.tx, ty, flags);
        fill(&mut b);
        let fixed_len = match b.fixed_len() {
            0 => fixed_len,
            typed => typed,
        };
        b.finish()?;
        let deadline = self.deadline(None);
        let seq = self.engine.begin(&mut self.tx, 0, deadline)?;
        if let Err(e) = self.transport.send(&self.tx, Addr::KERNEL) {
            self.engine.abandon(seq);
            return Err(e);
        }
        self.wait_sent(seq, fixed_len, &mut on_reply)
    }

    /// Send `req` and collect its replies.
    pub fn request(&mut self, req: &Request) -> Result<Vec<OwnedMessage>> {
        let mut out = Vec::new();
        self.execute(req, |m| {
            out.push(OwnedMessage::from_message(&m));
            Ok(())
        })?;
        Ok(out)
    }

    /// Send `req` with `NLM_F_ACK` and wait for the ACK; data replies are
    /// ignored. Returns the completion (with any warning text).
    pub fn ack(&mut self, req: &Request) -> Result<Completion> {
        self.execute(&req.with_flags_added(Flags::ACK)?, |_| Ok(()))
    }

    /// Run a dump (`NLM_F_DUMP` is added) and hand each message to
    /// `on_msg` as it arrives. An interrupted dump (`NLM_F_DUMP_INTR`) is
    /// drained to `NLMSG_DONE` and reported in [`Completion::interrupted`].
    pub fn dump(
        &mut self,
        req: &Request,
        on_msg: impl FnMut(Message<'_>) -> Result<()>,
    ) -> Result<Completion> {
        self.execute(&req.with_flags_added(Flags::DUMP)?, on_msg)
    }

    /// Run a dump and collect every message.
    pub fn dump_collect(&mut self, req: &Request) -> Result<Dump> {
        let mut messages = Vec::new();
        let c = self.dump(req, |m| {
            messages.push(OwnedMessage::from_message(&m));
            Ok(())
        })?;
        Ok(Dump {
            messages,
            interrupted: c.interrupted,
        })
    }

    /// Run a dump until it is consistent, at most `1 + retries` times.
    /// The last attempt is returned even if it was interrupted (check
    /// [`Dump::interrupted`] or call [`Dump::into_consistent`]).
    pub fn dump_consistent(&mut self, req: &Request, retries: usize) -> Result<Dump> {
        let mut attempt = 0;
        loop {
            let d = self.dump_collect(req)?;
            if !d.interrupted || attempt >= retries {
                return Ok(d);
            }
            attempt += 1;
        }
    }

    /// Send `req` without waiting: it stays in flight and its replies are
    /// kept until [`Client::wait`] asks for them. Returns its sequence number.
    pub fn send_request(&mut self, req: &Request) -> Result<u32> {
        self.tx.clear();
        self.tx.extend_from_slice(req.bytes());
        let deadline = self.deadline(req.timeout());
        let seq = self.engine.begin(&mut self.tx, 0, deadline)?;
        if let Err(e) = self.transport.send(&self.tx, Addr::KERNEL) {
            self.engine.abandon(seq);
            return Err(e);
        }
        Ok(seq)
    }

    /// Send several requests in ONE datagram (one `sendto`), all in flight
    /// at once; wait for each with [`Client::wait`]. Returns their sequence
    /// numbers in order.
    pub fn send_batch(&mut self, reqs: &[Request]) -> Result<Vec<u32>> {
        self.tx.clear();
        let mut seqs = Vec::with_capacity(reqs.len());
        for r in reqs {
            let start = self.tx.len();
            self.tx.extend_from_slice(r.bytes());
            self.tx.resize(crate::wire::align(self.tx.len()), 0);
            let deadline = self.deadline(r.timeout());
            let seq = self.engine.begin(&mut self.tx[start..], 0, deadline)?;
            seqs.push(seq);
        }
        // One contiguous buffer: a plain `sendto`, cheaper in the kernel
        // than `sendmsg` with an iovec.
        let sent = self.transport.send(&self.tx, Addr::KERNEL);
        if let Err(e) = sent {
            for s in &seqs {
                self.engine.abandon(*s);
            }
            return Err(e);
        }
        Ok(seqs)
    }

    /// Wait for request `seq` (from [`Client::send_request`] or
    /// [`Client::send_batch`]), handing its replies to `on_reply`.
    pub fn wait(
        &mut self,
        seq: u32,
        mut on_reply: impl FnMut(Message<'_>) -> Result<()>,
    ) -> Result<Completion> {
        self.wait_inner(seq, None, &mut on_reply)
    }

    /// Wait for request `seq` and collect its replies.
    pub fn wait_collect(&mut self, seq: u32) -> Result<Vec<OwnedMessage>> {
        let mut out = Vec::new();
        self.wait(seq, |m| {
            out.push(OwnedMessage::from_message(&m));
            Ok(())
        })?;
        Ok(out)
    }

    /// Wait for request `seq`, just sent from `self.tx`: the first receive
    /// is handled here, generic over the callback, so that the commonest
    /// answer (one reply completing the request) costs no indirect call;
    /// anything else goes the general way.
    #[inline]
    fn wait_sent<F: FnMut(Message<'_>) -> Result<()>>(
        &mut self,
        seq: u32,
        fixed_len: usize,
        on_reply: &mut F,
    ) -> Result<Completion> {
        if self.engine.has_stashed() {
            return self.wait_inner(seq, Some(fixed_len), on_reply);
        }
        let deadline = self.engine.poll_timeout();
        let received = self.transport.recv(&mut self.rx, deadline);
        let waiting = Waiting {
            seq,
            request: Some((&self.tx[..], fixed_len)),
        };
        if let Some(r) = step(&mut self.engine, received, &waiting, deadline, on_reply) {
            return r;
        }
        self.wait_inner(seq, Some(fixed_len), on_reply)
    }

    fn wait_inner(
        &mut self,
        seq: u32,
        fixed_len: Option<usize>,
        on_reply: &mut dyn FnMut(Message<'_>) -> Result<()>,
    ) -> Result<Completion> {
        let request = fixed_len.map(|f| (&self.tx[..], f));
        let waiting = Waiting { seq, request };
        loop {
            if let Some(r) = self.engine.poll_completion(seq, on_reply) {
                return r;
            }
            if !self.engine.is_pending(seq) {
                return Err(Error::InvalidArgument(format!(
                    "no request with sequence number {seq} is in flight"
                )));
            }
            let deadline = self.engine.poll_timeout();
            let received = self.transport.recv(&mut self.rx, deadline);
            if let Some(r) = step(&mut self.engine, received, &waiting, deadline, on_reply) {
                return r;
            }
        }
    }

    /// Send one message as it is (no sequence number assigned, no reply
    /// awaited) to `to`: the kernel ([`Addr::KERNEL`], the seed's mode 1),
    /// a peer's portid (mode 5) or a group.
    pub fn send(&mut self, msg: &Request, to: Addr) -> Result<()> {
        self.transport.send(msg.bytes(), to)?;
        Ok(())
    }

    /// Send a message of type `ty` with `payload` to peer socket `portid`
    /// on the same protocol (user-to-user through the kernel).
    pub fn send_to_peer(&mut self, portid: u32, ty: u16, payload: &[u8]) -> Result<()> {
        self.tx.clear();
        let mut b =
            MessageBuilder::new(&mut self.tx, ty, Flags::REQUEST).portid(self.engine.portid());
        b.payload(payload);
        b.finish()?;
        self.transport.send(&self.tx, Addr::portid(portid))?;
        Ok(())
    }

    /// The next notification (multicast event, kernel push, peer message)
    /// or overrun, waiting for it (at most the client's timeout).
    pub fn next_event(&mut self) -> Result<Event> {
        let until = self.wait_until();
        loop {
            if let Some(e) = self.engine.poll_event() {
                return Ok(e);
            }
            self.pump(until)?;
        }
    }

    /// Zero-copy variant of [`Client::next_event`] for hot loops: waits for
    /// the next datagram and calls `on_msg` for each unsolicited message in
    /// it, borrowed from the receive buffer. Queued (owned) events are
    /// delivered first through the same callback. Overruns are returned as
    /// `Ok(false)`; `Ok(true)` means messages were delivered.
    pub fn next_messages(
        &mut self,
        mut on_msg: impl FnMut(Origin, Message<'_>) -> Result<()>,
    ) -> Result<bool> {
        if let Some(ev) = self.engine.poll_event() {
            return match ev {
                Event::Message(n) => on_msg(n.origin, n.msg.as_message()).map(|_| true),
                Event::Overrun => Ok(false),
                Event::Malformed { error, .. } => Err(Error::Wire(error)),
            };
        }
        if self.engine.pending_count() > 0 {
            // Replies to requests in flight must be stashed: take the slow path.
            self.pump(self.wait_until())?;
            return Ok(true);
        }
        // One datagram, waited for at most the timeout: no deadline to
        // compute (no clock read) when nothing else is in flight.
        let d = match self.transport.recv_timeout(&mut self.rx, self.timeout) {
            Ok(d) => d,
            Err(Error::Overrun) => return Ok(false),
            Err(e) => return Err(self.own_timeout(e)),
        };
        let (origin, _) = origin_of(&d);
        for m in crate::wire::messages(d.bytes) {
            let m = m?;
            if m.header.ty == crate::wire::msgtype::NOOP {
                continue;
            }
            on_msg(origin, m)?;
        }
        Ok(true)
    }

    /// The end of a wait for the next event: the client's timeout from now.
    #[inline]
    fn wait_until(&self) -> Option<Instant> {
        self.timeout.map(|t| Instant::now() + t)
    }

    /// A transport timeout as the client reports it: its own timeout.
    fn own_timeout(&self, e: Error) -> Error {
        match e {
            Error::Timeout(_) => Error::Timeout(self.timeout.unwrap_or_default()),
            e => e,
        }
    }

    /// Receive one datagram (waiting until `until` at most, or the earlier
    /// deadline of a request in flight) and file everything in it.
    fn pump(&mut self, until: Option<Instant>) -> Result<()> {
        let deadline = earliest(until, self.engine.poll_timeout());
        let received = self.transport.recv(&mut self.rx, deadline);
        match file_idle(&mut self.engine, received, deadline) {
            // A request's deadline came first: wait on.
            Err(Error::Timeout(_)) if deadline != until => Ok(()),
            r => r.map_err(|e| self.own_timeout(e)),
        }
    }

    /// Drop every queued notification; returns how many. Use it when
    /// re-synchronising after [`Event::Overrun`]: discard what is queued,
    /// then dump, so that events older than the dump cannot overwrite it.
    pub fn discard_events(&mut self) -> usize {
        self.engine.discard_events()
    }

    /// An iterator over notifications ([`Client::next_event`] in a loop);
    /// it ends at the first error (a timeout, for instance).
    pub fn events(&mut self) -> Events<'_, T> {
        Events {
            client: self,
            done: false,
        }
    }
}

/// Iterator returned by [`Client::events`].
#[derive(Debug)]
pub struct Events<'c, T: Transport> {
    client: &'c mut Client<T>,
    done: bool,
}

impl<T: Transport> Iterator for Events<'_, T> {
    type Item = Result<Event>;
    fn next(&mut self) -> Option<Result<Event>> {
        if self.done {
            return None;
        }
        let r = self.client.next_event();
        self.done = r.is_err();
        Some(r)
    }
}
