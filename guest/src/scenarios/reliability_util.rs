//! Shared pieces of the `reliability_*` scenarios: a seeded PRNG, raw
//! netlink message building and parsing (bad input needs bytes no builder
//! would make), synchronous requests, stats, and kernel log checks.

use crate::ctx::{Ctx, Mark};
use nlkit::families::nlmod::{attr, msg};
use nlkit::socket::{Addr, Protocol, RecvBuffer, Socket};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// The two modules: protocol and module name.
pub const MODULES: [(u32, &str); 2] = [(17, "netlink_mod_a"), (18, "netlink_mod_b")];

/// `NLM_F_REQUEST`.
pub const F_REQUEST: u16 = 0x1;
/// `NLM_F_ACK`.
pub const F_ACK: u16 = 0x4;
/// `NLM_F_DUMP` (`ROOT | MATCH`).
pub const F_DUMP: u16 = 0x300;
/// `NLA_F_NESTED`.
pub const NLA_F_NESTED: u16 = 0x8000;
/// `NLMSG_ERROR`.
pub const NLMSG_ERROR: u16 = 2;
/// `NLMSG_DONE`.
pub const NLMSG_DONE: u16 = 3;

/// Kernel log texts that fail a reliability scenario.
const BAD_KMSG: &[&str] = &[
    "WARNING:",
    "BUG:",
    "Oops",
    "KASAN",
    "UBSAN",
    "ODEBUG",
    "KFENCE",
    "possible circular locking",
    "possible recursive locking",
    "inconsistent lock state",
    "general protection fault",
    "Kernel panic",
    "list_add corruption",
    "list_del corruption",
    "refcount_t:",
];

/// xorshift64*: small, fast, reproducible from its seed.
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed` (0 is replaced by a constant).
    pub fn new(seed: u64) -> Rng {
        Rng(if seed == 0 {
            0x9e37_79b9_7f4a_7c15
        } else {
            seed
        })
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// Between `min` and `max - 1` random bytes.
    pub fn some_bytes(&mut self, min: usize, max: usize) -> Vec<u8> {
        let n = min + self.below(max.saturating_sub(min) as u64) as usize;
        self.bytes(n)
    }

    /// `n` random bytes.
    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next_u64() as u8).collect()
    }
}

/// The seed for this run: `nlkit.seed=N` on the kernel command line
/// (`cargo xtask vm test --seed N`), else one derived from the clock.
pub fn run_seed() -> u64 {
    let cmdline = std::fs::read_to_string("/proc/cmdline").unwrap_or_default();
    cmdline
        .split_whitespace()
        .find_map(|w| w.strip_prefix("nlkit.seed=")?.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64 ^ 0x6e6c_6b69_7400_0000)
        })
}

/// Whether this boot runs the long (soak) sizes: `nlkit.long=1` on the
/// kernel command line (`NLKIT_LONG=1 cargo xtask vm test`). CI runs the
/// short sizes.
pub fn long_mode() -> bool {
    std::fs::read_to_string("/proc/cmdline")
        .unwrap_or_default()
        .split_whitespace()
        .any(|w| w == "nlkit.long=1")
}

/// Whether this boot runs the debug (KASAN, TCG) kernel: counts scale down.
pub fn is_debug(ctx: &Ctx) -> bool {
    ctx.kernel == "debug"
}

/// A netlink message: header (`nlmsg_len` = 16 + payload) and payload.
pub fn nlmsg(ty: u16, flags: u16, seq: u32, pid: u32, payload: &[u8]) -> Vec<u8> {
    let len = 16 + payload.len();
    let mut b = Vec::with_capacity((len + 3) & !3);
    b.extend_from_slice(&(len as u32).to_ne_bytes());
    b.extend_from_slice(&ty.to_ne_bytes());
    b.extend_from_slice(&flags.to_ne_bytes());
    b.extend_from_slice(&seq.to_ne_bytes());
    b.extend_from_slice(&pid.to_ne_bytes());
    b.extend_from_slice(payload);
    b.resize((len + 3) & !3, 0);
    b
}

/// An attribute (`nla_len` = 4 + data), padded to 4 bytes.
pub fn nla(ty: u16, data: &[u8]) -> Vec<u8> {
    let len = 4 + data.len();
    let mut b = Vec::with_capacity((len + 3) & !3);
    b.extend_from_slice(&(len.min(0xffff) as u16).to_ne_bytes());
    b.extend_from_slice(&ty.to_ne_bytes());
    b.extend_from_slice(data);
    b.resize((len + 3) & !3, 0);
    b
}

/// A parsed message.
#[derive(Debug, Clone)]
pub struct Msg {
    /// `nlmsg_type`.
    pub ty: u16,
    /// `nlmsg_flags`.
    pub flags: u16,
    /// `nlmsg_seq`.
    pub seq: u32,
    /// `nlmsg_pid`.
    pub pid: u32,
    /// Bytes after the header.
    pub payload: Vec<u8>,
}

impl Msg {
    /// The errno of an `NLMSG_ERROR` (0 = ACK), `None` for other messages.
    pub fn error(&self) -> Option<i32> {
        if self.ty != NLMSG_ERROR {
            return None;
        }
        let b = self.payload.get(0..4)?;
        Some(-i32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// The attributes of the payload (no family header).
    pub fn attrs(&self) -> Vec<(u16, &[u8])> {
        parse_attrs(&self.payload)
    }

    /// The first attribute `ty`.
    pub fn attr(&self, ty: u16) -> Option<&[u8]> {
        self.attrs().into_iter().find(|a| a.0 == ty).map(|a| a.1)
    }
}

/// The attributes in `b` (stops at the first malformed one).
pub fn parse_attrs(mut b: &[u8]) -> Vec<(u16, &[u8])> {
    let mut v = Vec::new();
    while b.len() >= 4 {
        let len = usize::from(u16::from_ne_bytes([b[0], b[1]]));
        let ty = u16::from_ne_bytes([b[2], b[3]]) & 0x3fff;
        if len < 4 || len > b.len() {
            break;
        }
        v.push((ty, &b[4..len]));
        b = &b[((len + 3) & !3).min(b.len())..];
    }
    v
}

/// A `u32` attribute value.
pub fn u32_of(b: &[u8]) -> Option<u32> {
    Some(u32::from_ne_bytes(b.get(0..4)?.try_into().ok()?))
}

/// A `u64` attribute value.
pub fn u64_of(b: &[u8]) -> Option<u64> {
    Some(u64::from_ne_bytes(b.get(0..8)?.try_into().ok()?))
}

/// The messages of a datagram (stops at the first malformed header).
pub fn parse_msgs(mut b: &[u8]) -> Vec<Msg> {
    let mut v = Vec::new();
    while b.len() >= 16 {
        let len = u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as usize;
        if len < 16 || len > b.len() {
            break;
        }
        v.push(Msg {
            ty: u16::from_ne_bytes([b[4], b[5]]),
            flags: u16::from_ne_bytes([b[6], b[7]]),
            seq: u32::from_ne_bytes([b[8], b[9], b[10], b[11]]),
            pid: u32::from_ne_bytes([b[12], b[13], b[14], b[15]]),
            payload: b[16..len].to_vec(),
        });
        b = &b[((len + 3) & !3).min(b.len())..];
    }
    v
}

/// A socket on `proto` bound to a kernel-chosen portid, with a read timeout.
pub fn open(proto: u32) -> Result<Socket, nlkit::Error> {
    let s = Socket::open(Protocol(proto))?;
    s.bind(0, 0)?;
    s.set_read_timeout(Some(Duration::from_secs(5)))?;
    Ok(s)
}

/// Everything queued on `sock` now (it must be non-blocking); an overrun
/// (`ENOBUFS`) is counted in `overruns` and reading goes on.
pub fn drain(sock: &Socket, buf: &mut RecvBuffer, overruns: &mut u64) -> Result<Vec<Msg>, String> {
    let mut v = Vec::new();
    loop {
        match sock.recv(buf) {
            Ok(d) => v.extend(parse_msgs(d.bytes)),
            Err(nlkit::Error::WouldBlock) => return Ok(v),
            Err(nlkit::Error::Overrun) => *overruns += 1,
            Err(e) => return Err(format!("recv: {e}")),
        }
    }
}

/// Sends one request (with `NLM_F_ACK`) and collects the answer up to its
/// ACK or error (blocking socket with a read timeout). Messages of other
/// sequence numbers (pushes) are skipped.
pub fn request(
    sock: &Socket,
    ty: u16,
    flags: u16,
    seq: u32,
    payload: &[u8],
) -> Result<Vec<Msg>, String> {
    let m = nlmsg(ty, flags | F_REQUEST | F_ACK, seq, 0, payload);
    sock.send(&m, Addr::KERNEL)
        .map_err(|e| format!("send type {ty:#x}: {e}"))?;
    let mut buf = RecvBuffer::with_capacity(64 * 1024);
    let mut out = Vec::new();
    let end = Instant::now() + Duration::from_secs(10);
    loop {
        if Instant::now() > end {
            return Err(format!("no ACK for type {ty:#x} seq {seq} in 10 s"));
        }
        let d = match sock.recv(&mut buf) {
            Ok(d) => d,
            Err(nlkit::Error::Overrun) => continue,
            Err(e) => {
                return Err(format!(
                    "waiting for the answer to type {ty:#x} seq {seq}: {e}"
                ))
            }
        };
        for m in parse_msgs(d.bytes) {
            if m.seq != seq {
                continue;
            }
            let done = m.ty == NLMSG_ERROR;
            out.push(m);
            if done {
                return Ok(out);
            }
        }
    }
}

/// The errno of a request's final ACK (0 = success).
pub fn ack_errno(answer: &[Msg]) -> i32 {
    answer.last().and_then(Msg::error).unwrap_or(-1)
}

/// ECHO round trip on `proto` with a fresh socket: the reply must carry the
/// same payload and the socket's real portid, then ACK 0.
pub fn echo_check(proto: u32) -> Result<(), String> {
    let s = open(proto).map_err(|e| format!("protocol {proto}: {e}"))?;
    echo_on(&s, 0x4543_484f)
}

/// ECHO round trip on an open socket.
pub fn echo_on(s: &Socket, seq: u32) -> Result<(), String> {
    let portid = s.portid().map_err(|e| format!("getsockname: {e}"))?;
    let payload = format!("reliability echo {seq}");
    let ans = request(
        s,
        msg::ECHO,
        0,
        seq,
        &nla(attr::PAYLOAD, payload.as_bytes()),
    )?;
    let reply = ans
        .iter()
        .find(|m| m.ty == msg::ECHO)
        .ok_or_else(|| format!("ECHO got no reply: {ans:?}"))?;
    if reply.attr(attr::PAYLOAD) != Some(payload.as_bytes()) {
        return Err(format!(
            "ECHO payload differs: {:?}",
            reply.attr(attr::PAYLOAD)
        ));
    }
    let p = reply.attr(attr::PORTID).and_then(u32_of);
    if p != Some(portid) {
        return Err(format!("ECHO PORTID {p:?}, the socket is {portid}"));
    }
    if ack_errno(&ans) != 0 {
        return Err(format!("ECHO ACK errno {}", ack_errno(&ans)));
    }
    Ok(())
}

/// GET_STATS: the counters by number.
pub fn stats(s: &Socket) -> Result<BTreeMap<u16, u64>, String> {
    let ans = request(s, msg::GET_STATS, 0, 0x5354_4154, &[])?;
    let reply = ans
        .iter()
        .find(|m| m.ty == msg::GET_STATS)
        .ok_or_else(|| format!("GET_STATS got no reply (errno {})", ack_errno(&ans)))?;
    let nest = reply
        .attr(attr::STATS)
        .ok_or("GET_STATS reply without STATS")?;
    Ok(parse_attrs(nest)
        .into_iter()
        .filter_map(|(t, v)| Some((t, u64_of(v)?)))
        .collect())
}

/// Kernel log lines since `mark` that show a kernel bug.
pub fn complaints(ctx: &mut Ctx, mark: Mark) -> Vec<String> {
    ctx.kmsg_since(mark)
        .into_iter()
        .filter(|r| BAD_KMSG.iter().any(|p| r.text.contains(p)))
        .map(|r| r.text)
        .collect()
}

/// Fails with the first complaints, if any.
pub fn check_kmsg(ctx: &mut Ctx, mark: Mark) -> Result<(), String> {
    let c = complaints(ctx, mark);
    if c.is_empty() {
        Ok(())
    } else {
        Err(format!("kernel log: {}", c[..c.len().min(3)].join(" | ")))
    }
}

/// Makes sure both modules are loaded with default parameters (a failed
/// scenario must not leave the next one without a module).
pub fn ensure_loaded(ctx: &mut Ctx) -> Result<(), String> {
    for (_, name) in MODULES {
        if !Ctx::module_loaded(name) {
            ctx.load_module(name, "")?;
        }
    }
    Ok(())
}

/// Unloads `name`, retrying up to `timeout` while sockets are being released.
pub fn unload_retry(ctx: &mut Ctx, name: &str, timeout: Duration) -> Result<u32, String> {
    let end = Instant::now() + timeout;
    let mut tries = 0;
    loop {
        tries += 1;
        match ctx.unload_module(name) {
            Ok(()) => return Ok(tries),
            Err(e) if Instant::now() >= end => {
                return Err(format!("{e} (after {tries} tries in {timeout:?})"))
            }
            Err(_) => std::thread::sleep(Duration::from_millis(1)),
        }
    }
}
