//! The C baseline (`bench/c/baseline.c`, built by `build.rs`): each function
//! runs a whole workload with plain syscalls and returns the nanoseconds of
//! its hot loop, or a negative errno.

use std::ffi::CString;
use std::time::Duration;

use crate::common::{BResult, Run};

extern "C" {
    fn nlb_c_pingpong(iters: i32, payload: i32) -> i64;
    fn nlb_c_throughput(count: i32, payload: i32, batch: i32, received: *mut i64) -> i64;
    fn nlb_c_genl(iters: i32, family: *const libc::c_char, family_id: *mut i32, plain: i32) -> i64;
    fn nlb_c_route_dump(routes: *mut i64, checksum: *mut u64) -> i64;
    fn nlb_c_multicast(
        count: i32,
        payload: i32,
        subs: i32,
        delivered: *mut i64,
        overruns: *mut i64,
    ) -> i64;
    fn nlb_c_now_ns() -> i64;
    fn nlb_c_vm_echo(proto: i32, iters: i32, payload: i32, plain: i32) -> i64;
    fn nlb_c_vm_trigger(
        path: *const libc::c_char,
        proto: i32,
        batch: i32,
        count: i32,
        t0: *mut i64,
    ) -> i64;
    #[allow(clippy::too_many_arguments)]
    fn nlb_c_vm_push(
        proto: i32,
        count: i32,
        trigger: *const libc::c_char,
        gen_batch: i32,
        rcvbuf: i32,
        timeout_ms: i32,
        received: *mut i64,
        overruns: *mut i64,
        gen_ns: *mut i64,
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
pub fn genl(iters: u32, family: &str, plain: bool) -> BResult<(Run, u16)> {
    let name = CString::new(family).map_err(|_| "family name with a NUL byte".to_string())?;
    let mut id = 0i32;
    // SAFETY: `name` is a live NUL-terminated string, `id` a live int.
    let ns = unsafe {
        nlb_c_genl(
            int(iters, "iters")?,
            name.as_ptr(),
            &mut id,
            i32::from(plain),
        )
    };
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

/// The C side's clock (`CLOCK_MONOTONIC` in ns), so that the nlkit side of
/// workload 6 times itself against the generator's start on the same clock.
pub fn now_ns() -> i64 {
    // SAFETY: no arguments; reads the clock.
    unsafe { nlb_c_now_ns() }
}

/// Workload 6a (in the VM): `iters` ECHO round trips to the module on `proto`.
pub fn vm_echo(proto: i32, iters: u32, payload: usize, plain: bool) -> BResult<Run> {
    // SAFETY: plain integers in, an integer out.
    let ns = unsafe {
        nlb_c_vm_echo(
            proto,
            int(iters, "iters")?,
            int(payload, "payload")?,
            i32::from(plain),
        )
    };
    Ok(Run {
        elapsed: elapsed("vm echo", ns)?,
        msgs: u64::from(iters),
        ..Run::default()
    })
}

/// The push generator of workload 6b, shared by both subscribers: `count`
/// events, fired by writes to the debugfs `trigger` file at `path`
/// (`batch` 0) or by TRIGGER requests to the module on `proto`, `batch`
/// per datagram. Returns the clock ([`now_ns`]) at its first write and the
/// duration of its loop.
pub fn vm_trigger(path: &str, proto: i32, batch: usize, count: u32) -> BResult<(i64, Duration)> {
    let p = CString::new(path).map_err(|_| "trigger path with a NUL byte".to_string())?;
    let mut t0 = 0i64;
    // SAFETY: `p` is a live NUL-terminated string, `t0` a live i64.
    let ns = unsafe {
        nlb_c_vm_trigger(
            p.as_ptr(),
            proto,
            int(batch, "batch")?,
            int(count, "count")?,
            &mut t0,
        )
    };
    Ok((t0, elapsed(&format!("push generator ({path})"), ns)?))
}

/// What one run of the C subscriber (workload 6b) measured.
pub struct PushRun {
    /// Time from the generator's first write to the last push, and counts.
    pub run: Run,
    /// The generator's own loop time.
    pub generator: Duration,
}

/// Workload 6b (in the VM): the C subscriber on `proto`, `count` pushes
/// fired by the generator (`trigger`, `gen_batch`: see [`vm_trigger`]).
pub fn vm_push(
    proto: i32,
    count: u32,
    trigger: &str,
    gen_batch: usize,
    rcvbuf: usize,
    timeout: Duration,
) -> BResult<PushRun> {
    let p = CString::new(trigger).map_err(|_| "trigger path with a NUL byte".to_string())?;
    let (mut received, mut overruns, mut gen) = (0i64, 0i64, 0i64);
    // SAFETY: `p` is a live NUL-terminated string; the out-pointers point
    // to live locals.
    let ns = unsafe {
        nlb_c_vm_push(
            proto,
            int(count, "count")?,
            p.as_ptr(),
            int(gen_batch, "generator batch")?,
            int(rcvbuf, "receive buffer")?,
            int(timeout.as_millis(), "timeout")?,
            &mut received,
            &mut overruns,
            &mut gen,
        )
    };
    let time = elapsed("vm push", ns)?;
    let received = u64::try_from(received).unwrap_or(0);
    Ok(PushRun {
        run: Run {
            elapsed: time,
            msgs: received,
            lost: u64::from(count).saturating_sub(received),
            overruns: u64::try_from(overruns).unwrap_or(0),
            ..Run::default()
        },
        generator: elapsed("push generator", gen)?,
    })
}
