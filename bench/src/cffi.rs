//! The C baseline (`bench/c/baseline.c`, built by `build.rs`): each function
//! runs a whole workload with plain syscalls and returns the nanoseconds of
//! its hot loop, or a negative errno.

use std::ffi::CString;
use std::time::Duration;

use crate::common::{BResult, Run};

extern "C" {
    fn nlb_c_pingpong(iters: i32, payload: i32) -> i64;
    fn nlb_c_throughput(count: i32, payload: i32, batch: i32, received: *mut i64) -> i64;
    fn nlb_c_genl(iters: i32, family: *const libc::c_char, family_id: *mut i32) -> i64;
    fn nlb_c_route_dump(routes: *mut i64, checksum: *mut u64) -> i64;
    fn nlb_c_multicast(
        count: i32,
        payload: i32,
        subs: i32,
        delivered: *mut i64,
        overruns: *mut i64,
    ) -> i64;
}

fn elapsed(what: &str, ns: i64) -> BResult<Duration> {
    if ns < 0 {
        let e = std::io::Error::from_raw_os_error(i32::try_from(-ns).unwrap_or(libc::EIO));
        return Err(format!("C baseline {what}: {e}"));
    }
    Ok(Duration::from_nanos(ns as u64))
}

fn int(n: impl TryInto<i32>, what: &str) -> BResult<i32> {
    n.try_into()
        .map_err(|_| format!("C baseline: {what} does not fit an int"))
}

/// Workload 1: `iters` round trips.
pub fn pingpong(iters: u32, payload: usize) -> BResult<Run> {
    // SAFETY: plain integers in, an integer out.
    let ns = unsafe { nlb_c_pingpong(int(iters, "iters")?, int(payload, "payload")?) };
    Ok(Run {
        elapsed: elapsed("ping-pong", ns)?,
        msgs: u64::from(iters),
        ..Run::default()
    })
}

/// Workload 2: `count` messages, `batch` per send.
pub fn throughput(count: u32, payload: usize, batch: usize) -> BResult<Run> {
    let mut received = 0i64;
    // SAFETY: `received` is a live i64 the function writes once.
    let ns = unsafe {
        nlb_c_throughput(
            int(count, "count")?,
            int(payload, "payload")?,
            int(batch, "batch")?,
            &mut received,
        )
    };
    let elapsed = elapsed("throughput", ns)?;
    if received != i64::from(count) {
        return Err(format!(
            "C throughput: {received} of {count} messages arrived"
        ));
    }
    Ok(Run {
        elapsed,
        msgs: u64::from(count),
        ..Run::default()
    })
}

/// Workload 3: `iters` CTRL_CMD_GETFAMILY round trips for `family`.
pub fn genl(iters: u32, family: &str) -> BResult<(Run, u16)> {
    let name = CString::new(family).map_err(|_| "family name with a NUL byte".to_string())?;
    let mut id = 0i32;
    // SAFETY: `name` is a live NUL-terminated string, `id` a live int.
    let ns = unsafe { nlb_c_genl(int(iters, "iters")?, name.as_ptr(), &mut id) };
    let run = Run {
        elapsed: elapsed("genl", ns)?,
        msgs: u64::from(iters),
        ..Run::default()
    };
    Ok((run, u16::try_from(id).unwrap_or(0)))
}

/// Workload 4: one route dump; returns the run and the checksum.
pub fn route_dump() -> BResult<(Run, u64)> {
    let mut routes = 0i64;
    let mut sum = 0u64;
    // SAFETY: both out-pointers point to live locals.
    let ns = unsafe { nlb_c_route_dump(&mut routes, &mut sum) };
    let run = Run {
        elapsed: elapsed("route dump", ns)?,
        msgs: u64::try_from(routes).unwrap_or(0),
        ..Run::default()
    };
    Ok((run, sum))
}

/// Workload 5: `count` multicasts to `subs` subscribers.
pub fn multicast(count: u32, payload: usize, subs: usize) -> BResult<Run> {
    let (mut delivered, mut overruns) = (0i64, 0i64);
    // SAFETY: both out-pointers point to live locals.
    let ns = unsafe {
        nlb_c_multicast(
            int(count, "count")?,
            int(payload, "payload")?,
            int(subs, "subscribers")?,
            &mut delivered,
            &mut overruns,
        )
    };
    let elapsed = elapsed("multicast", ns)?;
    let delivered = u64::try_from(delivered).unwrap_or(0);
    Ok(Run {
        elapsed,
        msgs: delivered,
        lost: (u64::from(count) * subs as u64).saturating_sub(delivered),
        overruns: u64::try_from(overruns).unwrap_or(0),
        ..Run::default()
    })
}
