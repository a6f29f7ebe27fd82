//! `futures_core::Stream`s over the async client: a dump's messages
//! ([`AsyncClient::dump_stream`]) and the notification stream
//! ([`AsyncClient::events`]). Both poll the same engine as the async
//! client's `async fn`s, so they keep its rules (stash, backlog, deadlines).

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Instant;

use futures_core::Stream;

use crate::error::{Error, Result};
use crate::exchange::{Event, OwnedMessage, Waiting};
use crate::socket::Transport;

use super::async_client::{AsyncClient, Received};
use super::driver::{file_idle, step};

/// tokio's timer for the earliest deadline, re-armed when it changes.
#[derive(Default)]
struct Timer(Option<(Instant, Pin<Box<tokio::time::Sleep>>)>);

impl Timer {
    /// Ready once `deadline` has passed; `None` never is.
    fn poll(&mut self, cx: &mut Context<'_>, deadline: Option<Instant>) -> Poll<()> {
        let Some(at) = deadline else {
            return Poll::Pending;
        };
        if !matches!(&self.0, Some((armed, _)) if *armed == at) {
            self.0 = Some((at, Box::pin(tokio::time::sleep_until(at.into()))));
        }
        match &mut self.0 {
            Some((_, sleep)) => sleep.as_mut().poll(cx),
            None => Poll::Pending,
        }
    }
}

impl<T: Transport> AsyncClient<T> {
    /// One datagram, or the deadline passing ([`Error::Timeout`]).
    fn poll_datagram(
        &mut self,
        cx: &mut Context<'_>,
        timer: &mut Timer,
        deadline: Option<Instant>,
    ) -> Poll<Result<Received>> {
        if let Poll::Ready(r) = self.transport.poll_recv(cx, &mut self.rx) {
            return Poll::Ready(r.map(|d| Received::of(&d)));
        }
        match timer.poll(cx, deadline) {
            Poll::Ready(()) => Poll::Ready(Err(Error::Timeout(Default::default()))),
            Poll::Pending => Poll::Pending,
        }
    }
}

/// The messages of one dump, as a [`Stream`] of owned messages (from
/// [`AsyncClient::dump_stream`]). It ends after the last message; a dump
/// the kernel marked `NLM_F_DUMP_INTR` ends with
/// [`Error::DumpInterrupted`] after its messages (dump again for a
/// consistent view). Dropping it early cancels the dump (its remaining
/// replies are ignored).
pub struct DumpStream<'c, T: Transport> {
    client: &'c mut AsyncClient<T>,
    seq: u32,
    fixed_len: usize,
    queue: VecDeque<OwnedMessage>,
    delivered: usize,
    end: End,
    timer: Timer,
}

enum End {
    Running,
    Failed(Error),
    Done,
}

impl<T: Transport> std::fmt::Debug for DumpStream<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DumpStream")
            .field("seq", &self.seq)
            .field("queued", &self.queue.len())
            .finish()
    }
}

impl<'c, T: Transport> DumpStream<'c, T> {
    pub(super) fn new(client: &'c mut AsyncClient<T>, seq: u32, fixed_len: usize) -> Self {
        DumpStream {
            client,
            seq,
            fixed_len,
            queue: VecDeque::new(),
            delivered: 0,
            end: End::Running,
            timer: Timer::default(),
        }
    }

    fn finish(&mut self, r: Result<crate::exchange::Completion>) {
        self.end = match r {
            Ok(c) if c.interrupted => End::Failed(Error::DumpInterrupted {
                messages: self.delivered + self.queue.len(),
            }),
            Ok(_) => End::Done,
            Err(e) => End::Failed(e),
        };
    }
}

impl<T: Transport> Stream for DumpStream<'_, T> {
    type Item = Result<OwnedMessage>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(m) = this.queue.pop_front() {
                this.delivered += 1;
                return Poll::Ready(Some(Ok(m)));
            }
            match std::mem::replace(&mut this.end, End::Done) {
                End::Done => return Poll::Ready(None),
                End::Failed(e) => return Poll::Ready(Some(Err(e))),
                End::Running => this.end = End::Running,
            }
            let (seq, queue) = (this.seq, &mut this.queue);
            let mut keep = |m: crate::wire::Message<'_>| {
                queue.push_back(OwnedMessage::from_message(&m));
                Ok(())
            };
            let c = &mut *this.client;
            if let Some(r) = c.engine.poll_completion(seq, &mut keep) {
                this.finish(r);
                continue;
            }
            let deadline = c.engine.poll_timeout();
            let got = match c.poll_datagram(cx, &mut this.timer, deadline) {
                Poll::Ready(got) => got,
                Poll::Pending => return Poll::Pending,
            };
            let received = got.map(|r| r.datagram(&c.rx));
            let waiting = Waiting {
                seq,
                request: Some((&c.tx[..], this.fixed_len)),
            };
            if let Some(r) = step(&mut c.engine, received, &waiting, deadline, &mut keep) {
                this.finish(r);
            }
        }
    }
}

impl<T: Transport> Drop for DumpStream<'_, T> {
    fn drop(&mut self) {
        if matches!(self.end, End::Running) {
            self.client.engine.abandon(self.seq);
        }
    }
}

/// The notification stream of an async client (from
/// [`AsyncClient::events`]): multicast events, kernel pushes, peer
/// messages, overruns. It ends after the first receive error it yields.
pub struct EventStream<'c, T: Transport> {
    client: &'c mut AsyncClient<T>,
    timer: Timer,
    ended: bool,
}

impl<T: Transport> std::fmt::Debug for EventStream<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventStream")
            .field("ended", &self.ended)
            .finish()
    }
}

impl<'c, T: Transport> EventStream<'c, T> {
    pub(super) fn new(client: &'c mut AsyncClient<T>) -> Self {
        EventStream {
            client,
            timer: Timer::default(),
            ended: false,
        }
    }
}

impl<T: Transport> Stream for EventStream<'_, T> {
    type Item = Result<Event>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if this.ended {
                return Poll::Ready(None);
            }
            let c = &mut *this.client;
            if let Some(e) = c.engine.poll_event() {
                return Poll::Ready(Some(Ok(e)));
            }
            // Only requests in flight bound the wait: a stream waits for
            // its next event as long as it takes.
            let deadline = c.engine.poll_timeout();
            let got = match c.poll_datagram(cx, &mut this.timer, deadline) {
                Poll::Ready(got) => got,
                Poll::Pending => return Poll::Pending,
            };
            let received = got.map(|r| r.datagram(&c.rx));
            match file_idle(&mut c.engine, received, deadline) {
                Ok(()) => {}
                Err(Error::Timeout(_)) if deadline.is_some() => {}
                Err(e) => {
                    this.ended = true;
                    return Poll::Ready(Some(Err(e)));
                }
            }
        }
    }
}
