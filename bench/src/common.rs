//! What every workload shares: the implementations compared, one timed run
//! and its summary (median of several runs after a warm-up), the counting
//! global allocator's counter, and small helpers.

use std::cell::Cell;
use std::time::Duration;

/// Bench errors are plain text naming what failed.
pub type BResult<T> = Result<T, String>;

/// Formats an error with what was being done.
pub fn ctx<E: std::fmt::Display>(what: &'static str) -> impl Fn(E) -> String {
    move |e| format!("{what}: {e}")
}

/// The implementations compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Impl {
    /// This project.
    Nlkit,
    /// This project through Rust generated from the kernel's `rt-route`
    /// spec (`bench/src/gen/rt_route.rs`): route-dump only.
    NlkitGen,
    /// The hand-written C client (`bench/c/baseline.c`), making the same
    /// system calls as nlkit.
    C,
    /// The C client's request/response loops (genl, vm-echo) with plain
    /// `recv()`: no sender address, no `MSG_TRUNC`, so neither check nlkit
    /// makes; shows what those checks cost. No target is set against it.
    CRecv,
    /// `neli` (its socket handle, not only the router).
    Neli,
    /// `netlink-sys` with the `netlink-packet-*` crates, blocking.
    NetlinkSys,
    /// `rtnetlink` (tokio).
    Rtnetlink,
    /// `genetlink` (tokio).
    Genetlink,
    /// nlkit's plain typed dump (`Client::dump` + `Route::parse`), the
    /// baseline of the mirror's initial sync (workload `mirror-sync`).
    TypedDump,
}

/// Every implementation, in table order.
pub const ALL_IMPLS: [Impl; 9] = [
    Impl::Nlkit,
    Impl::NlkitGen,
    Impl::C,
    Impl::CRecv,
    Impl::Neli,
    Impl::NetlinkSys,
    Impl::Rtnetlink,
    Impl::Genetlink,
    Impl::TypedDump,
];

impl Impl {
    /// The name used in the table and in `ratio` lines.
    pub fn name(self) -> &'static str {
        match self {
            Impl::Nlkit => "nlkit",
            Impl::NlkitGen => "nlkit-gen",
            Impl::C => "c",
            Impl::CRecv => "c-recv",
            Impl::Neli => "neli",
            Impl::NetlinkSys => "netlink-sys",
            Impl::Rtnetlink => "rtnetlink",
            Impl::Genetlink => "genetlink",
            Impl::TypedDump => "typed-dump",
        }
    }

    /// Parses a name from [`Impl::name`].
    pub fn from_name(s: &str) -> Option<Impl> {
        ALL_IMPLS.into_iter().find(|i| i.name() == s)
    }
}

thread_local! {
    /// Heap allocations made by this thread so far (counted by the global
    /// allocator in `main.rs`; const-initialised, no destructor, so the
    /// allocator may touch it at any time).
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

/// Counts one allocation on the current thread (called by the allocator).
pub fn count_allocation() {
    let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
}

/// This thread's allocation counter now. Each thread of a workload reads
/// its own before and after its hot loop, so thread start-up is not counted.
pub fn allocations() -> u64 {
    ALLOCATIONS.try_with(Cell::get).unwrap_or(0)
}

/// Untimed iterations before a request/response hot loop, so that what is
/// measured is the steady state (buffers grown, caches warm).
pub fn warmup(iters: u32) -> u32 {
    (iters / 20).max(10)
}

/// The hot loop of a request/response workload: `step(i)` runs
/// [`warmup`]`(iters)` times untimed, then `iters` times timed (`i` counts
/// on across both); returns the timed part with the allocations it made
/// on this thread.
pub fn timed_loop(iters: u32, mut step: impl FnMut(u32) -> BResult<()>) -> BResult<Run> {
    let warm = warmup(iters);
    for i in 0..warm {
        step(i)?;
    }
    let a0 = allocations();
    let t0 = std::time::Instant::now();
    for i in warm..warm + iters {
        step(i)?;
    }
    let elapsed = t0.elapsed();
    Ok(Run {
        elapsed,
        msgs: u64::from(iters),
        allocs: Some(allocations() - a0),
        ..Run::default()
    })
}

/// One timed run of a workload.
#[derive(Clone, Copy, Debug, Default)]
pub struct Run {
    /// Time of the hot loop.
    pub elapsed: Duration,
    /// Messages (round trips, routes, deliveries) done in that time.
    pub msgs: u64,
    /// Heap allocations counted during the hot loop (None: not counted,
    /// e.g. the C client, whose malloc the Rust allocator does not see).
    pub allocs: Option<u64>,
    /// Messages lost (multicast: sent x subscribers - delivered).
    pub lost: u64,
    /// Receive queue overruns (`ENOBUFS`) seen by subscribers.
    pub overruns: u64,
    /// Peak resident memory of the process running the workload, KiB.
    pub peak_kib: Option<u64>,
    /// Peak resident memory minus the resident memory just before, KiB.
    pub delta_kib: Option<u64>,
    /// CPU time the process spent in user space and in the kernel during
    /// the run, all threads together (`getrusage`), set by the caller of the
    /// workload (the route dump child measures its timed dump itself).
    pub cpu: Option<CpuTime>,
}

/// User and kernel CPU time.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CpuTime {
    /// In user space.
    pub user: Duration,
    /// In the kernel (system calls, softirqs charged to the process).
    pub sys: Duration,
}

impl CpuTime {
    /// This process's CPU time so far (`getrusage(RUSAGE_SELF)`).
    pub fn now() -> CpuTime {
        let mut ru = std::mem::MaybeUninit::<libc::rusage>::zeroed();
        // SAFETY: `ru` is a live, writable rusage; getrusage only writes it.
        let rc = unsafe { libc::getrusage(libc::RUSAGE_SELF, ru.as_mut_ptr()) };
        if rc != 0 {
            return CpuTime::default();
        }
        // SAFETY: zero-initialised plain data, filled by a successful call.
        let ru = unsafe { ru.assume_init() };
        let tv = |t: libc::timeval| {
            Duration::from_secs(t.tv_sec.max(0) as u64)
                + Duration::from_micros(t.tv_usec.max(0) as u64)
        };
        CpuTime {
            user: tv(ru.ru_utime),
            sys: tv(ru.ru_stime),
        }
    }

    /// The time spent since `earlier`.
    pub fn since(self, earlier: CpuTime) -> CpuTime {
        CpuTime {
            user: self.user.saturating_sub(earlier.user),
            sys: self.sys.saturating_sub(earlier.sys),
        }
    }
}

impl Run {
    /// Messages per second.
    pub fn rate(&self) -> f64 {
        self.msgs as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// The median (and spread) of several runs.
#[derive(Clone, Debug)]
pub struct Summary {
    /// Median messages per second.
    pub rate: f64,
    /// Slowest and fastest run.
    pub min: f64,
    /// Fastest run.
    pub max: f64,
    /// Median heap allocations per message.
    pub allocs_per_msg: Option<f64>,
    /// Median loss, as a fraction of what was sent.
    pub lost: u64,
    /// Median overruns.
    pub overruns: u64,
    /// Messages per run (of the median run).
    pub msgs: u64,
    /// Median peak RSS, KiB.
    pub peak_kib: Option<u64>,
    /// Median peak RSS growth, KiB.
    pub delta_kib: Option<u64>,
    /// Median user and kernel CPU time per message, microseconds.
    pub cpu_us: Option<(f64, f64)>,
    /// Number of measured runs.
    pub runs: usize,
    /// The rate of each measured run, in round order (round k of every
    /// implementation ran back to back, so they can be compared pairwise).
    pub by_round: Vec<f64>,
}

impl Summary {
    /// How much faster this is than `other`: the median over rounds of the
    /// ratio of the two runs of the same round (paired, so that the
    /// machine's drift from round to round cancels out), or the ratio of
    /// the medians when the rounds do not pair up.
    pub fn speedup_over(&self, other: &Summary) -> f64 {
        match self.paired(other) {
            Some(mut r) => median(&mut r),
            None => self.rate / other.rate.max(1e-9),
        }
    }

    /// The per-round ratios to `other`, sorted; `None` when the rounds do
    /// not pair up.
    pub fn paired(&self, other: &Summary) -> Option<Vec<f64>> {
        if self.by_round.len() != other.by_round.len() || self.by_round.is_empty() {
            return None;
        }
        let mut r: Vec<f64> = self
            .by_round
            .iter()
            .zip(&other.by_round)
            .map(|(a, b)| a / b.max(1e-9))
            .collect();
        r.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
        Some(r)
    }
}

/// The median of `v` (sorted in place); 0 when empty.
pub fn median<T: Copy + PartialOrd + Default>(v: &mut [T]) -> T {
    if v.is_empty() {
        return T::default();
    }
    v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    v[v.len() / 2]
}

/// Summarises measured runs.
pub fn summarise(all: &[Run]) -> Summary {
    let by_round: Vec<f64> = all.iter().map(Run::rate).collect();
    let mut rates = by_round.clone();
    let min = rates.iter().copied().fold(f64::INFINITY, f64::min);
    let max = rates.iter().copied().fold(0.0, f64::max);
    let rate = median(&mut rates);
    let mut allocs: Vec<f64> = all
        .iter()
        .filter_map(|r| r.allocs.map(|a| a as f64 / r.msgs.max(1) as f64))
        .collect();
    let allocs_per_msg = (!allocs.is_empty()).then(|| median(&mut allocs));
    let mut lost: Vec<u64> = all.iter().map(|r| r.lost).collect();
    let mut overruns: Vec<u64> = all.iter().map(|r| r.overruns).collect();
    let mut msgs: Vec<u64> = all.iter().map(|r| r.msgs).collect();
    let mut peak: Vec<u64> = all.iter().filter_map(|r| r.peak_kib).collect();
    let mut delta: Vec<u64> = all.iter().filter_map(|r| r.delta_kib).collect();
    let per_msg = |r: &Run, t: Duration| t.as_secs_f64() * 1e6 / r.msgs.max(1) as f64;
    let mut user: Vec<f64> = all
        .iter()
        .filter_map(|r| r.cpu.map(|c| per_msg(r, c.user)))
        .collect();
    let mut sys: Vec<f64> = all
        .iter()
        .filter_map(|r| r.cpu.map(|c| per_msg(r, c.sys)))
        .collect();
    Summary {
        rate,
        min,
        max,
        allocs_per_msg,
        lost: median(&mut lost),
        overruns: median(&mut overruns),
        msgs: median(&mut msgs),
        peak_kib: (!peak.is_empty()).then(|| median(&mut peak)),
        delta_kib: (!delta.is_empty()).then(|| median(&mut delta)),
        cpu_us: (!user.is_empty()).then(|| (median(&mut user), median(&mut sys))),
        runs: all.len(),
        by_round,
    }
}

/// Message types used between user sockets.
pub mod ty {
    /// A data message (ping, throughput, multicast).
    pub const PING: u16 = 0x10;
    /// Tells the peer thread to stop.
    pub const END: u16 = 0x11;
}

/// How long multicast subscribers wait for more before they stop.
pub const SUB_TIMEOUT: Duration = Duration::from_millis(200);

/// Sets `SO_RCVTIMEO` on a raw socket (for peers without a timeout API).
pub fn set_rcvtimeo(fd: std::os::fd::RawFd, t: Duration) -> BResult<()> {
    let tv = libc::timeval {
        tv_sec: t.as_secs() as libc::time_t,
        tv_usec: t.subsec_micros() as libc::suseconds_t,
    };
    // SAFETY: `fd` is an open socket owned by the caller; `tv` is a live
    // timeval and the length passed is its size.
    let rc = unsafe {
        libc::setsockopt(
            fd,
            libc::SOL_SOCKET,
            libc::SO_RCVTIMEO,
            (&tv as *const libc::timeval).cast(),
            std::mem::size_of::<libc::timeval>() as libc::socklen_t,
        )
    };
    if rc < 0 {
        return Err(format!(
            "setting SO_RCVTIMEO: {}",
            std::io::Error::last_os_error()
        ));
    }
    Ok(())
}
