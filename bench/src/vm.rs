//! Workload 6, run inside the QEMU guest (`cargo xtask bench`), where the
//! nlkit test modules are loaded: ECHO round trips to module A and the rate
//! at which a subscriber receives module B's pushes, nlkit against the C
//! client (`c/baseline.c`) in the same boot. On the host (no modules) the
//! rows say so.

use std::sync::Mutex;
use std::time::Duration;

use nlkit::client::Client;
use nlkit::families::nlmod::{attr, msg, PROTO_A, PROTO_B};
use nlkit::socket::Protocol;
use nlkit::wire::{attrs, Flags};

use crate::cffi;
use crate::common::{allocations, ctx, timed_loop, BResult, Run};

/// Why the Rust peers have no row in the VM workloads.
pub const C_ONLY: &str = "n/a: workload 6 compares nlkit with the C client only";

/// Workload ids of the VM workloads.
pub const WORKLOADS: [&str; 2] = ["vm-echo", "vm-push"];

/// Module B's debugfs trigger: each write fires one event (one PUSH per
/// subscriber); the generator's source with `--push-batch 0`.
pub const TRIGGER: &str = "/sys/kernel/debug/netlink_mod_b/trigger";

/// The generator's default: 0, the debugfs file, one event per `write`
/// (N > 0: TRIGGER requests to module B, N per datagram; measured no
/// faster, since each TRIGGER also costs the kernel a reply).
pub const GEN_BATCH: usize = 0;

/// How the pushes of a vm-push run are generated (the same C loop for both
/// subscribers, in its own thread): see `cffi::vm_trigger`.
pub fn generator_name(batch: usize) -> String {
    if batch == 0 {
        format!("writes to {TRIGGER}")
    } else {
        format!("TRIGGER requests to module B, {batch} per sendto")
    }
}

/// Receive buffer forced on each subscriber (`SO_RCVBUFFORCE`) so that no
/// push is dropped while the subscriber lags behind the generator.
pub const PUSH_RCVBUF: usize = 32 << 20;

/// How long a subscriber waits for the next push before it gives up.
pub const PUSH_TIMEOUT: Duration = Duration::from_secs(2);

/// Generator loop times of the measured vm-push runs, per implementation
/// (index 0 nlkit, 1 C), for the `generator` line after the table.
static GENERATOR: Mutex<[Vec<f64>; 2]> = Mutex::new([Vec::new(), Vec::new()]);

/// Why workload 6 cannot run here, if it cannot: modules A and B must be
/// loaded (protocols 17 and 18 answer) and B's debugfs trigger must exist.
pub fn unavailable() -> Option<String> {
    for (name, proto) in [("A", PROTO_A), ("B", PROTO_B)] {
        if nlkit::socket::Socket::open(Protocol(proto as u32)).is_err() {
            return Some(format!(
                "n/a here: module {name} (netlink protocol {proto}) is not loaded; \
                 workload 6 runs in the VM: cargo xtask bench --vm-only"
            ));
        }
    }
    if !std::path::Path::new(TRIGGER).exists() {
        return Some(format!(
            "n/a here: {TRIGGER} is missing (debugfs not mounted?)"
        ));
    }
    None
}

/// 6a, nlkit: `iters` ECHO round trips to module A with `Client::call`
/// (request built in the client's buffer, PAYLOAD of `payload` bytes); the
/// reply's attributes are walked once in place: the PAYLOAD length and
/// PORTID (our portid) are checked, as the C client does.
pub fn nlkit_echo(iters: u32, payload: usize) -> BResult<Run> {
    let mut c = Client::open(Protocol(PROTO_A as u32)).map_err(ctx("nlkit echo client"))?;
    let me = c.portid();
    let data = vec![0xabu8; payload];
    let run = timed_loop(iters, |_| {
        let (mut len, mut port) = (usize::MAX, 0u32);
        c.call(
            msg::ECHO,
            Flags::EMPTY,
            0,
            |b| {
                b.attr(attr::PAYLOAD, &data);
            },
            |m| {
                for a in attrs(m.payload) {
                    let a = a?;
                    match a.ty {
                        attr::PAYLOAD => len = a.bytes().len(),
                        attr::PORTID => port = a.u32()?,
                        _ => {}
                    }
                }
                Ok(())
            },
        )
        .map_err(ctx("nlkit ECHO"))?;
        if len != payload || port != me {
            return Err(format!(
                "nlkit ECHO: reply with a {len}-byte PAYLOAD and PORTID {port} \
                 (sent {payload} bytes from portid {me})"
            ));
        }
        Ok(())
    })?;
    Ok(run)
}

/// 6a, C (`plain`: with `recv()`, without the sender and truncation checks).
pub fn c_echo(iters: u32, payload: usize, plain: bool) -> BResult<Run> {
    cffi::vm_echo(PROTO_A, iters, payload, plain)
}

fn record_generator(slot: usize, count: u32, d: Duration) {
    if let Ok(mut g) = GENERATOR.lock() {
        g[slot].push(f64::from(count) / d.as_secs_f64().max(1e-9));
    }
}

/// 6b, nlkit: a client on module B's protocol with its receive buffer
/// forced to [`PUSH_RCVBUF`] subscribes (`SUBSCRIBE` + ACK through
/// `Client::call`), a thread runs the shared C generator (`count` events,
/// see [`generator_name`]) and the client takes the pushes with
/// `next_messages` (zero-copy), reading each one's SEQ (which must grow),
/// until `count` arrived. Timed from the generator's first write to the
/// last push, on the C side's clock.
pub fn nlkit_push(count: u32, gen_batch: usize, measured: bool) -> BResult<Run> {
    let mut c = Client::open(Protocol(PROTO_B as u32)).map_err(ctx("nlkit push client"))?;
    c.transport()
        .set_recv_buffer_size_force(PUSH_RCVBUF)
        .map_err(ctx("SO_RCVBUFFORCE"))?;
    c.set_timeout(Some(PUSH_TIMEOUT))
        .map_err(ctx("nlkit timeout"))?;
    c.call(msg::SUBSCRIBE, Flags::ACK, 0, |_| {}, |_| Ok(()))
        .map_err(ctx("nlkit SUBSCRIBE"))?;
    let generator =
        std::thread::spawn(move || cffi::vm_trigger(TRIGGER, PROTO_B, gen_batch, count));
    let (mut got, mut overruns, mut last, mut prev) = (0u64, 0u64, 0i64, 0u64);
    let mut bad_seq = None;
    let a0 = allocations();
    while got < u64::from(count) {
        let r = c.next_messages(|_, m| {
            if m.header.ty != msg::PUSH {
                return Ok(());
            }
            let seq = match attrs(m.payload).find(attr::SEQ)? {
                Some(a) => a.u64()?,
                None => 0,
            };
            if seq <= prev {
                bad_seq = Some((prev, seq));
            }
            prev = seq;
            got += 1;
            last = cffi::now_ns();
            Ok(())
        });
        match r {
            Ok(true) => {}
            Ok(false) => overruns += 1,
            Err(nlkit::Error::Timeout(_)) => break, // the rest was lost
            Err(e) => return Err(format!("nlkit push receive: {e}")),
        }
    }
    let allocs = allocations() - a0;
    let (t0, gen) = generator
        .join()
        .map_err(|_| "push generator thread panicked".to_string())??;
    if let Some((p, s)) = bad_seq {
        return Err(format!("nlkit push: SEQ {s} after {p}"));
    }
    if got == 0 {
        return Err("nlkit push: no push arrived".into());
    }
    if measured {
        record_generator(0, count, gen);
    }
    Ok(Run {
        elapsed: Duration::from_nanos(u64::try_from(last - t0).unwrap_or(0)),
        msgs: got,
        allocs: Some(allocs),
        lost: u64::from(count).saturating_sub(got),
        overruns,
        ..Run::default()
    })
}

/// 6b, C: the same steps in `c/baseline.c` (`nlb_c_vm_push`).
pub fn c_push(count: u32, gen_batch: usize, measured: bool) -> BResult<Run> {
    let r = cffi::vm_push(
        PROTO_B,
        count,
        TRIGGER,
        gen_batch,
        PUSH_RCVBUF,
        PUSH_TIMEOUT,
    )?;
    if measured {
        record_generator(1, count, r.generator);
    }
    Ok(r.run)
}

/// The generator's median rate (events/s) during the measured runs of
/// nlkit's and C's subscriber, when vm-push ran.
pub fn generator_rates() -> Option<(f64, f64)> {
    let mut g = GENERATOR.lock().ok()?;
    if g[0].is_empty() || g[1].is_empty() {
        return None;
    }
    let [a, b] = &mut *g;
    Some((crate::common::median(a), crate::common::median(b)))
}
