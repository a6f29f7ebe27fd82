//! The async client (feature `tokio`): the same engine and the same
//! semantics as the blocking [`super::Client`], over any [`Transport`]
//! polled from a task: an [`AsyncSocket`] (the default) or the test fake.
//! Deadlines are the engine's (per request, [`AsyncClient::set_timeout`],
//! [`Request::with_timeout`]), waited for with tokio's timer; a dropped
//! future leaves its request cancelled the next time the client is used.

use std::future::Future;
use std::pin::pin;
use std::task::Poll;
use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::exchange::{
    keep_user_error, user_outcome, Completion, Deadline, Dump, Engine, Event, OwnedMessage, Waiting,
};
use crate::families::genl::Family;
use crate::socket::{Addr, AsyncSocket, Datagram, Protocol, RecvBuffer, Socket, Transport};
use crate::wire::{Flags, Message, MessageBuilder};

use super::driver::{earliest, file_idle, step};
use super::streams::{DumpStream, EventStream};
use super::Request;

/// An async netlink client over one transport (an [`AsyncSocket`] unless
/// built with [`AsyncClient::with_transport`]).
pub struct AsyncClient<T: Transport = AsyncSocket> {
    pub(super) transport: T,
    pub(super) engine: Engine,
    pub(super) rx: RecvBuffer,
    pub(super) tx: Vec<u8>,
    in_flight: Option<u32>,
    timeout: Option<Duration>,
    genl: super::genl::FamilyCache,
}

impl<T: Transport> std::fmt::Debug for AsyncClient<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AsyncClient")
            .field("engine", &self.engine)
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// What a received datagram said besides its bytes, which stay in the
/// receive buffer while the future that received them completes.
pub(super) struct Received {
    sender: Addr,
    group: Option<u32>,
    nsid: Option<i32>,
}

impl Received {
    pub(super) fn of(d: &Datagram<'_>) -> Received {
        Received {
            sender: d.sender,
            group: d.group,
            nsid: d.nsid,
        }
    }

    pub(super) fn datagram(self, rx: &RecvBuffer) -> Datagram<'_> {
        Datagram {
            bytes: rx.filled(),
            sender: self.sender,
            group: self.group,
            nsid: self.nsid,
        }
    }
}

/// Waits for one datagram from `transport`, until `deadline` at most
/// ([`Error::Timeout`] then).
async fn recv_until<T: Transport>(
    transport: &mut T,
    rx: &mut RecvBuffer,
    deadline: Option<Instant>,
) -> Result<Received> {
    let mut timer = pin!(async move {
        match deadline {
            Some(at) => tokio::time::sleep_until(at.into()).await,
            None => std::future::pending::<()>().await,
        }
    });
    std::future::poll_fn(|cx| {
        if let Poll::Ready(r) = transport.poll_recv(cx, rx) {
            return Poll::Ready(r.map(|d| Received::of(&d)));
        }
        match timer.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Err(Error::Timeout(Duration::ZERO))),
            Poll::Pending => Poll::Pending,
        }
    })
    .await
}

/// Sends `bytes` to `to`, retrying while the destination's queue is full.
async fn send_retrying<T: Transport>(transport: &mut T, bytes: &[u8], to: Addr) -> Result<usize> {
    crate::socket::retry_would_block(|| transport.send(bytes, to)).await
}

impl AsyncClient<AsyncSocket> {
    /// Open a socket on `protocol` with a kernel-chosen portid.
    pub fn open(protocol: Protocol) -> Result<AsyncClient> {
        let s = Socket::open(protocol)?;
        s.bind(0, 0)?;
        AsyncClient::new(s)
    }

    /// Open a socket on `protocol` and join `groups` (as
    /// [`crate::client::Client::subscribe`]).
    pub fn subscribe(protocol: Protocol, groups: &[u32]) -> Result<AsyncClient> {
        let s = Socket::open(protocol)?;
        s.bind(0, 0)?;
        for &g in groups {
            s.add_membership(g)?;
        }
        AsyncClient::new(s)
    }

    /// Wrap a bound socket (it is made non-blocking and registered with
    /// the current tokio runtime).
    pub fn new(socket: Socket) -> Result<AsyncClient> {
        AsyncClient::with_transport(AsyncSocket::from_socket(socket)?)
    }

    /// The socket underneath.
    pub fn socket(&self) -> &Socket {
        self.transport.get_ref()
    }

    /// Join multicast `group` (see [`super::Client::join`]).
    pub fn join(&mut self, group: u32) -> Result<()> {
        self.transport.get_ref().add_membership(group)
    }

    /// Leave multicast `group`.
    pub fn leave(&mut self, group: u32) -> Result<()> {
        self.transport.get_ref().drop_membership(group)
    }
}

impl<T: Transport> AsyncClient<T> {
    /// Wrap a bound transport: an [`AsyncSocket`], or the test fake
    /// ([`crate::fake::FakeEndpoint`]) to unit-test async code.
    pub fn with_transport(transport: T) -> Result<AsyncClient<T>> {
        let portid = transport.portid()?;
        Ok(AsyncClient {
            transport,
            engine: Engine::new(portid),
            rx: RecvBuffer::new(),
            tx: Vec::with_capacity(4096),
            in_flight: None,
            timeout: None,
            genl: Default::default(),
        })
    }

    /// The transport underneath.
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

    /// The exchange engine underneath (read only).
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// Give every request `timeout` from when it is sent, and bound each
    /// wait of [`AsyncClient::next_event`] by it (see
    /// [`super::Client::set_timeout`]).
    pub fn set_timeout(&mut self, timeout: Option<Duration>) -> Result<()> {
        if timeout == Some(Duration::ZERO) {
            return Err(Error::InvalidArgument(
                "a zero timeout: use None to wait forever".to_string(),
            ));
        }
        self.timeout = timeout;
        Ok(())
    }

    /// Bound the notifications kept while a request is being waited for
    /// (see [`super::Client::set_backlog_limit`]).
    pub fn set_backlog_limit(&mut self, limit: usize) {
        self.engine.set_backlog_limit(limit);
    }

    fn forget_dropped(&mut self) {
        if let Some(seq) = self.in_flight.take() {
            self.engine.abandon(seq);
        }
    }

    /// Send `req` and hand each reply to `on_reply` until it completes
    /// (see [`super::Client::execute`]).
    pub async fn execute(
        &mut self,
        req: &Request,
        mut on_reply: impl FnMut(Message<'_>) -> Result<()>,
    ) -> Result<Completion> {
        self.execute_with(0, req, &mut on_reply).await
    }

    /// Like [`AsyncClient::execute`], to a peer socket's portid instead of
    /// the kernel.
    pub async fn execute_to(
        &mut self,
        peer: u32,
        req: &Request,
        mut on_reply: impl FnMut(Message<'_>) -> Result<()>,
    ) -> Result<Completion> {
        self.execute_with(peer, req, &mut on_reply).await
    }

    async fn execute_with(
        &mut self,
        peer: u32,
        req: &Request,
        on_reply: &mut dyn FnMut(Message<'_>) -> Result<()>,
    ) -> Result<Completion> {
        let seq = self.send_one(peer, req).await?;
        self.in_flight = Some(seq);
        let r = self.wait_for(seq, Some(req.fixed_len()), on_reply).await;
        self.in_flight = None;
        r
    }

    /// Prepare `req` in the send buffer, register it and send it to `peer`.
    async fn send_one(&mut self, peer: u32, req: &Request) -> Result<u32> {
        self.forget_dropped();
        self.tx.clear();
        self.tx.extend_from_slice(req.bytes());
        let deadline = req.timeout().or(self.timeout).map(Deadline::after);
        let seq = self.engine.begin(&mut self.tx, peer, deadline)?;
        if let Err(e) = send_retrying(&mut self.transport, &self.tx, Addr::portid(peer)).await {
            self.engine.abandon(seq);
            return Err(e);
        }
        Ok(seq)
    }

    /// [`AsyncClient::execute`] with a callback returning the caller's own
    /// error type (see [`super::Client::try_execute`]).
    pub async fn try_execute<E: From<Error>>(
        &mut self,
        req: &Request,
        mut on_reply: impl FnMut(Message<'_>) -> std::result::Result<(), E>,
    ) -> std::result::Result<Completion, E> {
        let mut failed = None;
        let r = self
            .execute(req, |m| keep_user_error(on_reply(m), &mut failed))
            .await;
        user_outcome(r, failed)
    }

    /// Send `req` with `NLM_F_ACK` and wait for the ACK; data replies are
    /// ignored (see [`super::Client::ack`]).
    pub async fn ack(&mut self, req: &Request) -> Result<Completion> {
        self.execute(&req.with_flags_added(Flags::ACK)?, |_| Ok(()))
            .await
    }

    /// Send `req` and collect its replies.
    pub async fn request(&mut self, req: &Request) -> Result<Vec<OwnedMessage>> {
        let mut out = Vec::new();
        self.execute(req, |m| {
            out.push(OwnedMessage::from_message(&m));
            Ok(())
        })
        .await?;
        Ok(out)
    }

    /// Run a dump (`NLM_F_DUMP` is added) and hand each message to
    /// `on_msg` as it arrives, borrowed from the receive buffer (see
    /// [`super::Client::dump`]). For a [`futures_core::Stream`] of owned
    /// messages, [`AsyncClient::dump_stream`].
    pub async fn dump(
        &mut self,
        req: &Request,
        on_msg: impl FnMut(Message<'_>) -> Result<()>,
    ) -> Result<Completion> {
        self.execute(&req.with_flags_added(Flags::DUMP)?, on_msg)
            .await
    }

    /// Run a dump (`NLM_F_DUMP` is added) as a [`futures_core::Stream`] of
    /// owned messages, sent before this returns (see [`DumpStream`]).
    ///
    /// ```no_run
    /// # async fn f() -> nlkit::Result<()> {
    /// use futures_core::Stream;
    /// use nlkit::client::{AsyncClient, Request};
    /// use nlkit::families::rtnl::{msg, Link};
    /// use nlkit::socket::Protocol;
    /// use nlkit::wire::Flags;
    ///
    /// let mut c = AsyncClient::open(Protocol::ROUTE)?;
    /// let req = Request::message(msg::GETLINK, Flags::EMPTY, &Link::default())?;
    /// let mut links = c.dump_stream(&req).await?;
    /// while let Some(m) = std::future::poll_fn(|cx| std::pin::Pin::new(&mut links).poll_next(cx)).await {
    ///     println!("{}", Link::parse(&m?.as_message())?.name);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn dump_stream(&mut self, req: &Request) -> Result<DumpStream<'_, T>> {
        let seq = self
            .send_one(0, &req.with_flags_added(Flags::DUMP)?)
            .await?;
        Ok(DumpStream::new(self, seq, req.fixed_len()))
    }

    /// The notification stream (multicast events, kernel pushes, peer
    /// messages, overruns) as a [`futures_core::Stream`] (see
    /// [`EventStream`]); it waits for each event as long as it takes.
    pub fn events(&mut self) -> EventStream<'_, T> {
        self.forget_dropped();
        EventStream::new(self)
    }

    /// Run a dump and collect every message.
    pub async fn dump_collect(&mut self, req: &Request) -> Result<Dump> {
        let mut messages = Vec::new();
        let c = self
            .dump(req, |m| {
                messages.push(OwnedMessage::from_message(&m));
                Ok(())
            })
            .await?;
        Ok(Dump {
            messages,
            interrupted: c.interrupted,
        })
    }

    /// Run a dump until it is consistent, at most `1 + retries` times (see
    /// [`super::Client::dump_consistent`]).
    pub async fn dump_consistent(&mut self, req: &Request, retries: usize) -> Result<Dump> {
        let mut attempt = 0;
        loop {
            let d = self.dump_collect(req).await?;
            if !d.interrupted || attempt >= retries {
                return Ok(d);
            }
            attempt += 1;
        }
    }

    /// Send `req` without waiting: it stays in flight and its replies are
    /// kept until [`AsyncClient::wait`] asks for them.
    pub async fn send_request(&mut self, req: &Request) -> Result<u32> {
        self.send_one(0, req).await
    }

    /// Send several requests in one datagram, all in flight at once (see
    /// [`super::Client::send_batch`]); wait for each with
    /// [`AsyncClient::wait`].
    pub async fn send_batch(&mut self, reqs: &[Request]) -> Result<Vec<u32>> {
        self.forget_dropped();
        self.tx.clear();
        let mut seqs = Vec::with_capacity(reqs.len());
        for r in reqs {
            let start = self.tx.len();
            self.tx.extend_from_slice(r.bytes());
            self.tx.resize(crate::wire::align(self.tx.len()), 0);
            let deadline = r.timeout().or(self.timeout).map(Deadline::after);
            seqs.push(self.engine.begin(&mut self.tx[start..], 0, deadline)?);
        }
        if let Err(e) = send_retrying(&mut self.transport, &self.tx, Addr::KERNEL).await {
            for s in &seqs {
                self.engine.abandon(*s);
            }
            return Err(e);
        }
        Ok(seqs)
    }

    /// Wait for request `seq` (from [`AsyncClient::send_request`] or
    /// [`AsyncClient::send_batch`]), handing its replies to `on_reply`.
    /// Dropping the future cancels the request.
    pub async fn wait(
        &mut self,
        seq: u32,
        mut on_reply: impl FnMut(Message<'_>) -> Result<()>,
    ) -> Result<Completion> {
        self.forget_dropped();
        self.in_flight = Some(seq);
        let r = self.wait_for(seq, None, &mut on_reply).await;
        self.in_flight = None;
        r
    }

    async fn wait_for(
        &mut self,
        seq: u32,
        fixed_len: Option<usize>,
        on_reply: &mut dyn FnMut(Message<'_>) -> Result<()>,
    ) -> Result<Completion> {
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
            let got = recv_until(&mut self.transport, &mut self.rx, deadline).await;
            let received = got.map(|r| r.datagram(&self.rx));
            let waiting = Waiting {
                seq,
                request: fixed_len.map(|f| (&self.tx[..], f)),
            };
            if let Some(r) = step(&mut self.engine, received, &waiting, deadline, on_reply) {
                return r;
            }
        }
    }

    /// Resolve a generic netlink family by name, once per client (see
    /// [`super::Client::genl_family`]: later calls answer from the cache).
    pub async fn genl_family(&mut self, name: &str) -> Result<Family> {
        if let Some(f) = self.genl.by_name.get(name) {
            return Ok(f.clone());
        }
        let f = self.genl_family_uncached(name).await?;
        self.genl.by_name.insert(name.to_owned(), f.clone());
        Ok(f)
    }

    /// The id of generic netlink family `name` (cached).
    pub async fn genl_family_id(&mut self, name: &str) -> Result<u16> {
        Ok(self.genl_family(name).await?.id)
    }

    /// The number of multicast group `group` of family `family` (cached),
    /// to pass to [`AsyncClient::join`].
    pub async fn genl_group(&mut self, family: &str, group: &str) -> Result<u32> {
        let f = self.genl_family(family).await?;
        super::genl::group_number(&f, family, group)
    }

    /// Drop every cached family (see [`super::Client::forget_genl_families`]).
    pub fn forget_genl_families(&mut self) {
        self.genl.by_name.clear();
    }

    /// Ask the kernel for family `name`, bypassing (and not filling) the cache.
    pub async fn genl_family_uncached(&mut self, name: &str) -> Result<Family> {
        let req = super::genl::family_request(name)?;
        let mut family = None;
        self.execute(&req, |m| {
            family = Some(Family::parse(&m)?);
            Ok(())
        })
        .await?;
        super::genl::one_family(family)
    }

    /// Every generic netlink family the kernel knows.
    pub async fn genl_families(&mut self) -> Result<Vec<Family>> {
        let mut out = Vec::new();
        self.dump(&super::genl::families_request()?, |m| {
            out.push(Family::parse(&m)?);
            Ok(())
        })
        .await?;
        Ok(out)
    }

    /// Send a message of type `ty` with `payload` to peer socket `portid`
    /// (see [`super::Client::send_to_peer`]).
    pub async fn send_to_peer(&mut self, portid: u32, ty: u16, payload: &[u8]) -> Result<()> {
        self.tx.clear();
        let mut b =
            MessageBuilder::new(&mut self.tx, ty, Flags::REQUEST).portid(self.engine.portid());
        b.payload(payload);
        b.finish()?;
        send_retrying(&mut self.transport, &self.tx, Addr::portid(portid)).await?;
        Ok(())
    }

    /// Send one message as it is to `to` (no reply awaited).
    pub async fn send(&mut self, msg: &Request, to: Addr) -> Result<()> {
        send_retrying(&mut self.transport, msg.bytes(), to).await?;
        Ok(())
    }

    /// The next notification (multicast, kernel push, peer message) or
    /// overrun, waiting for it (at most the client's timeout).
    pub async fn next_event(&mut self) -> Result<Event> {
        self.forget_dropped();
        let until = self.timeout.map(|t| Instant::now() + t);
        loop {
            if let Some(e) = self.engine.poll_event() {
                return Ok(e);
            }
            let deadline = earliest(until, self.engine.poll_timeout());
            let got = recv_until(&mut self.transport, &mut self.rx, deadline).await;
            let received = got.map(|r| r.datagram(&self.rx));
            match file_idle(&mut self.engine, received, deadline) {
                Err(Error::Timeout(_)) if deadline != until => {}
                Err(Error::Timeout(_)) => {
                    return Err(Error::Timeout(self.timeout.unwrap_or_default()))
                }
                r => r?,
            }
        }
    }

    /// Drop every queued notification; returns how many (see
    /// [`super::Client::discard_events`]).
    pub fn discard_events(&mut self) -> usize {
        self.engine.discard_events()
    }
}
