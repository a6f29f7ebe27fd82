//! The async socket (cargo feature `tokio`): a non-blocking [`Socket`]
//! registered with tokio's reactor through `AsyncFd`. Same calls and the
//! same error mapping as the blocking socket, awaited instead of blocking.

use std::io::IoSlice;
use std::os::fd::AsFd;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use tokio::io::unix::AsyncFd;

use super::{Addr, Datagram, RecvBuffer, Socket, Transport};
use crate::{Error, Result};

/// The longest pause between two attempts to send to a peer whose receive
/// queue is full.
const MAX_SEND_BACKOFF: Duration = Duration::from_millis(50);

/// Retries `attempt` while the destination's queue is full.
///
/// Netlink sends do not wait for the sender's own buffer, and a full peer
/// queue raises no readiness event on the sender, so the retry is paced by
/// a short backoff (needs tokio's timer, on in `#[tokio::main]`).
pub(crate) async fn retry_would_block(mut attempt: impl FnMut() -> Result<usize>) -> Result<usize> {
    let mut pause = Duration::from_micros(200);
    loop {
        match attempt() {
            Err(Error::WouldBlock) => {
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(MAX_SEND_BACKOFF);
            }
            other => return other,
        }
    }
}

/// An async netlink socket on tokio: a [`Socket`] in non-blocking mode,
/// registered with the runtime's reactor.
#[derive(Debug)]
pub struct AsyncSocket {
    inner: AsyncFd<Socket>,
}

impl AsyncSocket {
    /// Opens a socket on `proto` (see [`Socket::open`]) and registers it.
    /// Must be called inside a tokio runtime with I/O enabled.
    pub fn open(proto: super::Protocol) -> Result<AsyncSocket> {
        AsyncSocket::from_socket(Socket::open(proto)?)
    }

    /// Wraps a configured (e.g. bound) socket: switches it to non-blocking
    /// mode and registers it with the current tokio runtime's reactor.
    pub fn from_socket(socket: Socket) -> Result<AsyncSocket> {
        socket.set_nonblocking(true)?;
        let inner = super::sys::register_with_tokio(socket).map_err(|source| Error::Io {
            context: "registering the netlink socket with tokio (is a runtime with I/O enabled running?)",
            source,
        })?;
        Ok(AsyncSocket { inner })
    }

    /// The underlying socket, for options, `bind`, `portid`, ...
    pub fn get_ref(&self) -> &Socket {
        self.inner.get_ref()
    }

    /// Deregisters the socket and returns it (still non-blocking).
    pub fn into_inner(self) -> Socket {
        self.inner.into_inner()
    }

    /// Sends one datagram to `to`; see [`Socket::send`].
    pub async fn send(&self, bytes: &[u8], to: Addr) -> Result<usize> {
        retry_would_block(|| self.inner.get_ref().send(bytes, to)).await
    }

    /// Sends the concatenation of `parts` as one datagram; see
    /// [`Socket::send_vectored`].
    pub async fn send_vectored(&self, parts: &[IoSlice<'_>], to: Addr) -> Result<usize> {
        retry_would_block(|| self.inner.get_ref().send_vectored(parts, to)).await
    }

    /// Waits for and receives one datagram; see [`Socket::recv`] for the
    /// errors (`Truncated`, `Overrun`, ...). Never gives `WouldBlock`.
    pub async fn recv<'b>(&self, buf: &'b mut RecvBuffer) -> Result<Datagram<'b>> {
        let info = loop {
            let mut guard = self.inner.readable().await.map_err(|source| Error::Io {
                context: "waiting for the netlink socket to become readable",
                source,
            })?;
            match guard.try_io(|fd| fd.get_ref().recv_raw(buf, 0)) {
                Ok(Ok(info)) => break info,
                Ok(Err(e)) => return Err(self.inner.get_ref().recv_error(e)),
                // Not ready after all: readiness was cleared, wait again.
                Err(_would_block) => continue,
            }
        };
        self.inner.get_ref().datagram(info, buf)
    }

    /// Receives one datagram if one is ready, else registers `cx` with the
    /// reactor and returns `Poll::Pending`.
    pub fn poll_recv<'b>(
        &self,
        cx: &mut Context<'_>,
        buf: &'b mut RecvBuffer,
    ) -> Poll<Result<Datagram<'b>>> {
        let info = loop {
            let mut guard = match self.inner.poll_read_ready(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Ok(g)) => g,
                Poll::Ready(Err(source)) => {
                    return Poll::Ready(Err(Error::Io {
                        context: "waiting for the netlink socket to become readable",
                        source,
                    }))
                }
            };
            match guard.try_io(|fd| fd.get_ref().recv_raw(buf, 0)) {
                Ok(Ok(info)) => break info,
                Ok(Err(e)) => return Poll::Ready(Err(self.inner.get_ref().recv_error(e))),
                Err(_would_block) => continue,
            }
        };
        Poll::Ready(self.inner.get_ref().datagram(info, buf))
    }

    /// Blocks the thread until a datagram is ready or `deadline` passes
    /// (`poll(2)`): for [`Transport::recv`] on an async socket used from
    /// blocking code.
    fn recv_blocking<'b>(
        &self,
        buf: &'b mut RecvBuffer,
        deadline: Option<Instant>,
    ) -> Result<Datagram<'b>> {
        let socket = self.inner.get_ref();
        let start = Instant::now();
        let info = loop {
            match socket.recv_raw(buf, 0) {
                Ok(info) => break info,
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                Err(e) => return Err(socket.recv_error(e)),
            }
            let left = match deadline {
                None => None,
                Some(at) => match at.checked_duration_since(Instant::now()) {
                    Some(left) if !left.is_zero() => Some(left),
                    _ => return Err(Error::Timeout(start.elapsed())),
                },
            };
            let timeout = left.map(|d| rustix::event::Timespec {
                tv_sec: d.as_secs().try_into().unwrap_or(i64::MAX),
                tv_nsec: d.subsec_nanos().into(),
            });
            let fd = socket.as_fd();
            let mut fds = [rustix::event::PollFd::new(
                &fd,
                rustix::event::PollFlags::IN,
            )];
            match rustix::event::poll(&mut fds, timeout.as_ref()) {
                Ok(_) | Err(rustix::io::Errno::INTR) => {}
                Err(e) => return Err(super::io_error("waiting for a datagram (poll)", e)),
            }
        };
        socket.datagram(info, buf)
    }
}

impl Transport for AsyncSocket {
    /// One attempt: a full peer queue gives [`Error::WouldBlock`] (the
    /// async client retries with a backoff).
    fn send(&mut self, bytes: &[u8], to: Addr) -> Result<usize> {
        self.inner.get_ref().send(bytes, to)
    }

    fn send_vectored(&mut self, parts: &[IoSlice<'_>], to: Addr) -> Result<usize> {
        self.inner.get_ref().send_vectored(parts, to)
    }

    fn recv<'b>(
        &mut self,
        buf: &'b mut RecvBuffer,
        deadline: Option<Instant>,
    ) -> Result<Datagram<'b>> {
        self.recv_blocking(buf, deadline)
    }

    fn poll_recv<'b>(
        &mut self,
        cx: &mut Context<'_>,
        buf: &'b mut RecvBuffer,
    ) -> Poll<Result<Datagram<'b>>> {
        AsyncSocket::poll_recv(self, cx, buf)
    }

    fn portid(&self) -> Result<u32> {
        self.inner.get_ref().portid()
    }
}
