//! A client handle to clone and use from many threads at once, its
//! requests multiplexed over one socket (as rtnetlink's `Handle` and Go's
//! goroutine-safe `Conn` do), driving the one engine.
//!
//! Whoever waits and finds nobody receiving becomes the receiver: it reads
//! one datagram (outside the lock, bounded by the earliest deadline in
//! flight), files it into the shared engine (answers to other requests are
//! stashed for them) and wakes the others; each requester takes its own
//! replies from the engine. The kernel runs one dump per socket at a time
//! (a second one gets `EBUSY` from `__netlink_dump_start`), so dumps are
//! queued: a dump waits until the previous one on the handle has ended,
//! while other requests go on meanwhile.

use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::exchange::{Completion, Deadline, Dump, Engine, OwnedMessage};
use crate::socket::{Addr, Protocol, RecvBuffer, Socket};
use crate::wire::{Flags, Message};

use super::driver::file_idle;
use super::Request;

/// A cloneable, thread-safe client: every clone shares one socket and one
/// engine. Requests from many threads are in flight at once, each getting
/// only its own replies (matched on sequence number and sender).
///
/// Replies reach the requester as owned copies (the receiving thread
/// files them for everyone); for zero-copy hot loops use a
/// [`super::Client`] per thread.
///
/// **Overruns.** One `ENOBUFS` hits the whole socket: every request in
/// flight at that moment (a queued dump included) fails with
/// [`Error::Overrun`], since its answer may have been dropped; retry it.
/// Requests sent after it are not affected.
#[derive(Clone)]
pub struct Handle {
    inner: Arc<Inner>,
}

struct Inner {
    socket: Socket,
    state: Mutex<State>,
    changed: Condvar,
}

struct State {
    engine: Engine,
    /// A requester is receiving for everyone.
    receiving: bool,
    /// The receive buffer, taken by the receiver while it receives.
    rx: Option<RecvBuffer>,
    /// A dump is running on the socket (the next one waits).
    dumping: bool,
    timeout: Option<Duration>,
}

impl std::fmt::Debug for Handle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Handle")
            .field("socket", &self.inner.socket)
            .finish()
    }
}

impl Handle {
    /// Open a socket on `protocol` with a kernel-chosen portid.
    pub fn open(protocol: Protocol) -> Result<Handle> {
        let s = Socket::open(protocol)?;
        s.bind(0, 0)?;
        Handle::new(s)
    }

    /// Share a bound socket.
    pub fn new(socket: Socket) -> Result<Handle> {
        let portid = socket.portid()?;
        let mut engine = Engine::new(portid);
        // Nobody reads notifications from a handle: keep few.
        engine.set_backlog_limit(64);
        Ok(Handle {
            inner: Arc::new(Inner {
                socket,
                state: Mutex::new(State {
                    engine,
                    receiving: false,
                    rx: Some(RecvBuffer::new()),
                    dumping: false,
                    timeout: None,
                }),
                changed: Condvar::new(),
            }),
        })
    }

    /// The socket's portid.
    pub fn portid(&self) -> u32 {
        self.lock().engine.portid()
    }

    /// The shared socket, e.g. to set options.
    pub fn socket(&self) -> &Socket {
        &self.inner.socket
    }

    /// Give every request sent through any clone `timeout` (see
    /// [`super::Client::set_timeout`]).
    pub fn set_timeout(&self, timeout: Option<Duration>) -> Result<()> {
        if timeout == Some(Duration::ZERO) {
            return Err(Error::InvalidArgument(
                "a zero timeout: use None to wait forever".to_string(),
            ));
        }
        self.lock().timeout = timeout;
        Ok(())
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A requester that panicked left consistent state behind (every
        // change is made under the lock in one piece): go on.
        self.inner
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn wait_changed<'g>(
        &self,
        st: MutexGuard<'g, State>,
        until: Option<Instant>,
    ) -> MutexGuard<'g, State> {
        let cv = &self.inner.changed;
        match until {
            None => cv.wait(st).unwrap_or_else(|p| p.into_inner()),
            Some(at) => {
                let left = at.saturating_duration_since(Instant::now());
                cv.wait_timeout(st, left)
                    .map(|(g, _)| g)
                    .unwrap_or_else(|p| p.into_inner().0)
            }
        }
    }

    /// Send `req` to the kernel and hand each reply to `on_reply` until
    /// the request completes (see [`super::Client::execute`]); a dump
    /// (`NLM_F_DUMP`) waits for the previous dump on this handle first.
    pub fn execute(
        &self,
        req: &Request,
        mut on_reply: impl FnMut(Message<'_>) -> Result<()>,
    ) -> Result<Completion> {
        let dump = req.header().flags.contains(Flags::DUMP);
        let mut tx = req.bytes().to_vec();
        let mut st = self.lock();
        while dump && st.dumping {
            st = self.wait_changed(st, None);
        }
        let deadline = req.timeout().or(st.timeout).map(Deadline::after);
        let seq = st.engine.begin(&mut tx, 0, deadline)?;
        st.dumping |= dump;
        drop(st);
        let r = match self.inner.socket.send(&tx, Addr::KERNEL) {
            Ok(_) => self.wait(seq, deadline.map(|d| d.at), &mut on_reply),
            Err(e) => {
                self.lock().engine.abandon(seq);
                Err(e)
            }
        };
        if dump {
            self.lock().dumping = false;
            self.inner.changed.notify_all();
        }
        r
    }

    /// Send `req` and collect its replies.
    pub fn request(&self, req: &Request) -> Result<Vec<OwnedMessage>> {
        let mut out = Vec::new();
        self.execute(req, |m| {
            out.push(OwnedMessage::from_message(&m));
            Ok(())
        })?;
        Ok(out)
    }

    /// Send `req` with `NLM_F_ACK` and wait for the ACK.
    pub fn ack(&self, req: &Request) -> Result<Completion> {
        self.execute(&req.with_flags_added(Flags::ACK)?, |_| Ok(()))
    }

    /// Run a dump (`NLM_F_DUMP` is added; queued behind a running dump)
    /// and collect it.
    pub fn dump_collect(&self, req: &Request) -> Result<Dump> {
        let mut messages = Vec::new();
        let c = self.execute(&req.with_flags_added(Flags::DUMP)?, |m| {
            messages.push(OwnedMessage::from_message(&m));
            Ok(())
        })?;
        Ok(Dump {
            messages,
            interrupted: c.interrupted,
        })
    }

    /// Wait for `seq` (deadline `until`), receiving for everyone when
    /// nobody else does.
    fn wait(
        &self,
        seq: u32,
        until: Option<Instant>,
        on_reply: &mut dyn FnMut(Message<'_>) -> Result<()>,
    ) -> Result<Completion> {
        let mut st = self.lock();
        loop {
            // Take what was filed for us; call back outside the lock.
            let mut mine = Vec::new();
            let done = st.engine.poll_completion(seq, &mut |m| {
                mine.push(OwnedMessage::from_message(&m));
                Ok(())
            });
            if !mine.is_empty() || done.is_some() {
                drop(st);
                for m in &mine {
                    if let Err(e) = on_reply(m.as_message()) {
                        self.lock().engine.abandon(seq);
                        return Err(e);
                    }
                }
                if let Some(r) = done {
                    return r;
                }
                st = self.lock();
                continue;
            }
            if !st.engine.is_pending(seq) {
                return Err(Error::InvalidArgument(format!(
                    "no request with sequence number {seq} is in flight"
                )));
            }
            if st.receiving {
                // Someone else receives; our own deadline bounds the wait.
                st = self.wait_changed(st, until);
                if until.is_some_and(|at| Instant::now() >= at) {
                    st.engine.handle_timeout(Instant::now());
                }
                continue;
            }
            st.receiving = true;
            let mut rx = st.rx.take().unwrap_or_default();
            let deadline = st.engine.poll_timeout();
            drop(st);
            let received = self.inner.socket.recv_until(&mut rx, deadline);
            st = self.lock();
            let filed = file_idle(&mut st.engine, received, deadline);
            st.rx = Some(rx);
            st.receiving = false;
            self.inner.changed.notify_all();
            match filed {
                Ok(()) | Err(Error::Timeout(_)) => {}
                // The socket failed: this request with it; the others go on
                // (one of them receives next).
                Err(e) => {
                    st.engine.abandon(seq);
                    return Err(e);
                }
            }
        }
    }
}
