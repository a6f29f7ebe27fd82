//! Workload `mirror-sync`: the initial sync of nlkit's route mirror
//! (`Mirror::open_in(Routes::new(), ..)`: socket opened in the namespace,
//! groups joined, queue drained, dump, every route stored by key) in the
//! route-dump namespace (100,000 IPv4 routes), against nlkit's plain typed
//! dump of the same table (`Client::open_in` + `Client::dump` of every
//! family + `Route::parse`, nothing kept). Both in this process, timed from
//! opening the socket to the last route.

use std::time::Instant;

use nlkit::client::{Client, Request};
use nlkit::families::rtnl::{msg, Route, RtMsg};
use nlkit::mirror::{Mirror, Routes};
use nlkit::socket::{Netns as Ns, Protocol};
use nlkit::wire::Flags;

use crate::common::{allocations, ctx, BResult, Run};
use crate::routes::Netns;

/// The mirror's initial sync; `msgs` is the number of routes it holds.
pub fn sync(ns: &Netns) -> BResult<Run> {
    let a0 = allocations();
    let t0 = Instant::now();
    let m = Mirror::open_in(Routes::new(), Ns::Named(ns.name())).map_err(ctx("mirror"))?;
    let elapsed = t0.elapsed();
    let allocs = allocations() - a0;
    Ok(Run {
        elapsed,
        msgs: m.len() as u64,
        allocs: Some(allocs),
        ..Run::default()
    })
}

/// The plain typed dump of the same table (every family, as the mirror
/// dumps); `msgs` is the number of routes parsed.
pub fn typed_dump(ns: &Netns) -> BResult<Run> {
    let req = Request::with_header(msg::GETROUTE, Flags::EMPTY, &RtMsg::default(), |_| {})
        .map_err(ctx("request"))?;
    let a0 = allocations();
    let t0 = Instant::now();
    let mut c = Client::open_in(Protocol::ROUTE, Ns::Named(ns.name())).map_err(ctx("client"))?;
    let mut n = 0u64;
    c.dump(&req, |m| {
        let r = Route::parse(&m)?;
        n += u64::from(r.header.family != 0);
        Ok(())
    })
    .map_err(ctx("typed dump"))?;
    let elapsed = t0.elapsed();
    Ok(Run {
        elapsed,
        msgs: n,
        allocs: Some(allocations() - a0),
        ..Run::default()
    })
}
