//! The one step every driver takes with a received datagram (the blocking
//! client, the async client, and through them the fake): the engine's fast
//! paths first, then its general filing. Drivers only move bytes and wait.

use std::time::Instant;

use crate::error::Result;
use crate::exchange::{Completion, Engine, Fast, Origin, Waiting};
use crate::socket::Datagram;
use crate::wire::Message;

/// Where a datagram came from, and whether it was multicast (non-zero):
/// the source address only has bits for groups 1-32, `NETLINK_PKTINFO`
/// also tells for higher ones (and reports group 0 for unicast).
#[inline]
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

/// One receive (`received`, waited for until `deadline`) while waiting for
/// `waiting.seq`: the request's completion when it is complete, `None` to
/// receive again.
#[inline]
pub(crate) fn step<F>(
    engine: &mut Engine,
    received: Result<Datagram<'_>>,
    waiting: &Waiting<'_>,
    deadline: Option<Instant>,
    on_reply: &mut F,
) -> Option<Result<Completion>>
where
    F: FnMut(Message<'_>) -> Result<()> + ?Sized,
{
    match received {
        Ok(d) => {
            if d.sender.groups == 0 && d.group.unwrap_or(0) == 0 {
                match engine.fast(d.bytes, d.sender.portid, waiting.seq, on_reply) {
                    Fast::Single => return Some(Ok(Completion::single())),
                    Fast::Failed(e) => return Some(Err(e)),
                    Fast::More => return None,
                    Fast::Declined => {}
                }
            }
            let (origin, groups) = origin_of(&d);
            engine.handle_datagram(d.bytes, origin, groups, Some(waiting), &mut |m| on_reply(m))
        }
        Err(e) => engine.handle_error(e, waiting, deadline, &mut |m| on_reply(m)),
    }
}

/// One receive with no request waited for: file everything. A timeout at
/// `deadline` expires the requests in flight that are due.
pub(crate) fn file_idle(
    engine: &mut Engine,
    received: Result<Datagram<'_>>,
    deadline: Option<Instant>,
) -> Result<()> {
    match received {
        Ok(d) => {
            let (origin, groups) = origin_of(&d);
            engine.handle_datagram(d.bytes, origin, groups, None, &mut |_| Ok(()));
            Ok(())
        }
        Err(crate::Error::Overrun) => {
            engine.handle_overrun();
            Ok(())
        }
        Err(e @ crate::Error::Timeout(_)) => match deadline {
            Some(at) => {
                engine.handle_timeout(at);
                Err(e)
            }
            None => Err(e),
        },
        Err(e) => Err(e),
    }
}

/// The earlier of two optional instants (`None` = never).
#[inline]
pub(crate) fn earliest(a: Option<Instant>, b: Option<Instant>) -> Option<Instant> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, None) => a,
        (None, b) => b,
    }
}
