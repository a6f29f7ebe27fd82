//! The async socket (cargo feature `tokio`): a non-blocking [`Socket`]
//! registered with tokio's reactor through `AsyncFd`. Same calls and the
//! same error mapping as the blocking socket, awaited instead of blocking.

use std::io::IoSlice;
use std::time::Duration;

use tokio::io::unix::AsyncFd;

use super::{Addr, Datagram, RecvBuffer, Socket};
use crate::{Error, Result};

/// The longest pause between two attempts to send to a peer whose receive
/// queue is full.
const MAX_SEND_BACKOFF: Duration = Duration::from_millis(50);

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

    /// Retries `attempt` while the destination's queue is full.
    ///
    /// Netlink sends do not wait for the sender's own buffer, and a full
    /// peer queue raises no readiness event on the sender, so the retry is
    /// paced by a short backoff (needs tokio's timer, on in `#[tokio::main]`).
    async fn retry_send(&self, mut attempt: impl FnMut(&Socket) -> Result<usize>) -> Result<usize> {
        let mut pause = Duration::from_micros(200);
        loop {
            match attempt(self.inner.get_ref()) {
                Err(Error::WouldBlock) => {
                    tokio::time::sleep(pause).await;
                    pause = (pause * 2).min(MAX_SEND_BACKOFF);
                }
                other => return other,
            }
        }
    }

    /// Sends one datagram to `to`; see [`Socket::send`].
    pub async fn send(&self, bytes: &[u8], to: Addr) -> Result<usize> {
        self.retry_send(|s| s.send(bytes, to)).await
    }

    /// Sends the concatenation of `parts` as one datagram; see
    /// [`Socket::send_vectored`].
    pub async fn send_vectored(&self, parts: &[IoSlice<'_>], to: Addr) -> Result<usize> {
        self.retry_send(|s| s.send_vectored(parts, to)).await
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
}
