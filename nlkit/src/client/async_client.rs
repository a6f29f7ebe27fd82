//! The async client (feature `tokio`): the same engine and the same
//! semantics as the blocking [`super::Client`], over an
//! [`AsyncSocket`](crate::socket::AsyncSocket). Timeouts are the caller's
//! (`tokio::time::timeout`); a dropped future leaves its request cancelled
//! the next time the client is used.

use crate::error::{Error, Result};
use crate::socket::{Addr, AsyncSocket, Protocol, RecvBuffer, Socket};
use crate::wire::Message;

use super::core::{keep_user_error, user_outcome, Completion, Core, Dump, Fast, Waiting};
use super::owned::{Event, OwnedMessage};
use super::Request;

/// An async netlink client over one socket.
pub struct AsyncClient {
    socket: AsyncSocket,
    core: Core,
    rx: RecvBuffer,
    tx: Vec<u8>,
    in_flight: Option<u32>,
}

impl std::fmt::Debug for AsyncClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AsyncClient")
            .field("portid", &self.core.engine.portid())
            .finish()
    }
}

impl AsyncClient {
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

    /// Wrap a bound socket (it is made non-blocking).
    pub fn new(socket: Socket) -> Result<AsyncClient> {
        let portid = socket.portid()?;
        Ok(AsyncClient {
            socket: AsyncSocket::from_socket(socket)?,
            core: Core::new(portid),
            rx: RecvBuffer::new(),
            tx: Vec::with_capacity(4096),
            in_flight: None,
        })
    }

    /// The socket underneath.
    pub fn socket(&self) -> &Socket {
        self.socket.get_ref()
    }

    /// This client's portid.
    pub fn portid(&self) -> u32 {
        self.core.engine.portid()
    }

    fn forget_dropped(&mut self) {
        if let Some(seq) = self.in_flight.take() {
            self.core.abandon(seq);
        }
    }

    /// Send `req` and hand each reply to `on_reply` until it completes
    /// (see [`super::Client::execute`]).
    pub async fn execute(
        &mut self,
        req: &Request,
        mut on_reply: impl FnMut(Message<'_>) -> Result<()>,
    ) -> Result<Completion> {
        self.forget_dropped();
        self.tx.clear();
        self.tx.extend_from_slice(req.bytes());
        let seq = self.core.engine.begin(&mut self.tx, 0)?;
        self.in_flight = Some(seq);
        if let Err(e) = self.socket.send(&self.tx, Addr::KERNEL).await {
            self.forget_dropped();
            return Err(e);
        }
        let r = self.wait(seq, req.fixed_len(), &mut on_reply).await;
        self.in_flight = None;
        r
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

    async fn wait(
        &mut self,
        seq: u32,
        fixed_len: usize,
        on_reply: &mut dyn FnMut(Message<'_>) -> Result<()>,
    ) -> Result<Completion> {
        let waiting = Waiting {
            seq,
            request: Some((&self.tx[..], fixed_len)),
        };
        loop {
            let received = self.socket.recv(&mut self.rx).await;
            if let Ok(d) = &received {
                match self.core.fast(d, seq, on_reply) {
                    Fast::Single => return Ok(Completion::single()),
                    Fast::Failed(e) => return Err(e),
                    Fast::More => continue,
                    Fast::Declined => {}
                }
            }
            if let Some(r) = self.core.on_recv(received, &waiting, on_reply) {
                return r;
            }
        }
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

    /// Run a dump (`NLM_F_DUMP` is added) and collect it.
    pub async fn dump_collect(&mut self, req: &Request) -> Result<Dump> {
        let mut r = req.clone();
        let mut h = r.header();
        h.flags.insert(crate::wire::Flags::DUMP);
        h.emit(r.bytes_mut())?;
        let mut messages = Vec::new();
        let c = self
            .execute(&r, |m| {
                messages.push(OwnedMessage::from_message(&m));
                Ok(())
            })
            .await?;
        Ok(Dump {
            messages,
            interrupted: c.interrupted,
        })
    }

    /// Send one message as it is to `to` (no reply awaited).
    pub async fn send(&mut self, msg: &Request, to: Addr) -> Result<()> {
        self.socket.send(msg.bytes(), to).await?;
        Ok(())
    }

    /// The next notification (multicast, kernel push, peer message) or overrun.
    pub async fn next_event(&mut self) -> Result<Event> {
        self.forget_dropped();
        loop {
            if let Some(e) = self.core.pop_event() {
                return Ok(e);
            }
            let received = self.socket.recv(&mut self.rx).await;
            self.core.on_recv_idle(received)?;
        }
    }

    /// Drop every queued notification; returns how many (see
    /// [`super::Client::discard_events`]).
    pub fn discard_events(&mut self) -> usize {
        self.core.discard_events()
    }
}
