//! Bad input from user space to both modules: every message type, headers
//! that lie about their length, malformed attributes, deep nesting, huge
//! payloads and random bytes, from a seeded PRNG (the seed is printed).
//!
//! Each request that asks for an ACK must get an answer; the kernel log must
//! stay clean and the module must still answer an ECHO afterwards.

use super::reliability_util::{
    self as u, check_kmsg, echo_check, nla, nlmsg, Rng, F_ACK, F_DUMP, F_REQUEST, NLA_F_NESTED,
};
use super::Scenario;
use crate::ctx::Ctx;
use nlkit::families::nlmod::{attr, msg};
use nlkit::socket::{Addr, RecvBuffer};
use std::time::Instant;

/// The scenarios of this file.
pub fn scenarios() -> Vec<Scenario> {
    vec![Scenario {
        name: "reliability_bad_input",
        run: bad_input,
    }]
}

/// What one generated datagram expects back.
enum Expect {
    /// An answer (any message) with this sequence number.
    Answer(u32),
    /// An `NLMSG_ERROR` with a negative errno and this sequence number.
    Error(u32),
    /// Nothing in particular (random bytes, lying headers): only no crash.
    Nothing,
}

/// Counts per module.
#[derive(Default)]
struct Tally {
    datagrams: u64,
    messages: u64,
    send_errors: u64,
    answers_checked: u64,
    errors_checked: u64,
    overruns: u64,
    by_case: [u64; 9],
}

/// A random attribute that is malformed in some way.
fn bad_attr(rng: &mut Rng) -> Vec<u8> {
    match rng.below(7) {
        // nla_len below the attribute header
        0 => {
            let mut b = nla(attr::PAYLOAD, b"xxxx");
            b[0..2].copy_from_slice(&(rng.below(4) as u16).to_ne_bytes());
            b
        }
        // nla_len past the end of the message
        1 => {
            let mut b = nla(attr::PAYLOAD, b"abcd");
            b[0..2].copy_from_slice(&(9 + rng.below(2000) as u16).to_ne_bytes());
            b
        }
        // a u32 attribute with the wrong length
        2 => {
            let t =
                [attr::TIMER_MS, attr::WORK_MS, attr::GROUP, attr::PORTID][rng.below(4) as usize];
            let n = [0, 1, 2, 3, 5, 8][rng.below(6) as usize];
            nla(t, &rng.bytes(n))
        }
        // an attribute type no message accepts (or beyond the policy)
        3 => nla(
            [attr::STATS, attr::PAD, 17, 200, 0x3fff][rng.below(5) as usize],
            &rng.some_bytes(0, 16),
        ),
        // NAME without NUL, or too long
        4 => nla(attr::NAME, &vec![b'N'; 32 + rng.below(64) as usize]),
        // PAYLOAD above its 4096-byte limit
        5 => nla(attr::PAYLOAD, &vec![0xa5; 4097 + rng.below(2000) as usize]),
        // RESET_STATS flag with a payload
        _ => nla(attr::RESET_STATS, &rng.some_bytes(1, 9)),
    }
}

/// `depth` levels of nested attributes around a PAYLOAD.
fn nested(depth: usize) -> Vec<u8> {
    let mut inner = nla(attr::PAYLOAD, b"deep");
    for _ in 0..depth {
        inner = nla(attr::STATS | NLA_F_NESTED, &inner);
    }
    inner
}

/// Generates one datagram of case `case`; returns the bytes, the number of
/// messages in it and what it expects back.
fn generate(rng: &mut Rng, case: usize, seq: &mut u32, sweep_type: u16) -> (Vec<u8>, u64, Expect) {
    *seq = seq.wrapping_add(1).max(1);
    let s = *seq;
    match case {
        // every type 0..0xFFFF, REQUEST|ACK, no attributes (SET_CONFIG would
        // need one, so none cannot change the configuration)
        0 => {
            let flags = F_REQUEST | F_ACK | if rng.below(8) == 0 { F_DUMP } else { 0 };
            (nlmsg(sweep_type, flags, s, 0, &[]), 1, Expect::Answer(s))
        }
        // shorter than a header: the kernel ignores it
        1 => {
            let n = rng.below(16) as usize;
            (rng.bytes(n), 1, Expect::Nothing)
        }
        // nlmsg_len below 16 or beyond the datagram: ignored
        2 => {
            let mut b = nlmsg(
                msg::ECHO,
                F_REQUEST | F_ACK,
                s,
                0,
                &nla(attr::PAYLOAD, b"x"),
            );
            let len: u32 = if rng.below(2) == 0 {
                rng.below(16) as u32
            } else {
                b.len() as u32 + 1 + rng.below(100_000) as u32
            };
            b[0..4].copy_from_slice(&len.to_ne_bytes());
            (b, 1, Expect::Nothing)
        }
        // malformed attributes on a typed request: an error
        3 => {
            let ty = [
                msg::ECHO,
                msg::GET_STATS,
                msg::GET_CONFIG,
                msg::SET_CONFIG,
                msg::TRIGGER,
                msg::SUBSCRIBE,
            ][rng.below(6) as usize];
            let mut payload = Vec::new();
            if ty == msg::ECHO && rng.below(2) == 0 {
                payload.extend(nla(attr::PAYLOAD, b"ok"));
            }
            payload.extend(bad_attr(rng));
            (
                nlmsg(ty, F_REQUEST | F_ACK, s, 0, &payload),
                1,
                Expect::Error(s),
            )
        }
        // nesting far past any limit (STATS is never a request attribute)
        4 => {
            let depth = 1 + rng.below(300) as usize;
            let ty = [msg::ECHO, msg::GET_STATS, msg::TRIGGER][rng.below(3) as usize];
            (
                nlmsg(ty, F_REQUEST | F_ACK, s, 0, &nested(depth)),
                1,
                Expect::Error(s),
            )
        }
        // huge payloads: the largest valid ECHO or far beyond any limit
        5 => {
            let n = [4096, 4097, 16_000, 60_000][rng.below(4) as usize];
            let m = nlmsg(
                msg::ECHO,
                F_REQUEST | F_ACK,
                s,
                0,
                &nla(attr::PAYLOAD, &vec![0x5a; n]),
            );
            let e = if n <= 4096 {
                Expect::Answer(s)
            } else {
                Expect::Error(s)
            };
            (m, 1, e)
        }
        // random bytes with a plausible length field
        6 => {
            let n = 16 + rng.below(240) as usize;
            let mut b = rng.bytes(n);
            if rng.below(2) == 0 {
                b[0..4].copy_from_slice(&(n as u32).to_ne_bytes());
            }
            (b, 1, Expect::Nothing)
        }
        // a batch: valid and invalid messages in one datagram, the last asks for an ACK
        7 => {
            let k = 2 + rng.below(6);
            let mut b = Vec::new();
            for i in 0..k {
                let ty = rng.below(0x30) as u16;
                let ty = if ty == msg::SET_CONFIG {
                    msg::GET_CONFIG
                } else {
                    ty
                };
                let payload = if rng.below(2) == 0 {
                    bad_attr(rng)
                } else {
                    nla(attr::PAYLOAD, &rng.some_bytes(0, 64))
                };
                let flags = if i + 1 == k {
                    F_REQUEST | F_ACK
                } else {
                    F_REQUEST
                };
                b.extend(nlmsg(ty, flags, s, 0, &payload));
            }
            (b, k, Expect::Answer(s))
        }
        // bare messages with random text (logged, rate-limited), with ACK
        _ => {
            let text = rng.some_bytes(0, 300);
            (
                nlmsg(rng.below(16) as u16, F_ACK, s, 0, &text),
                1,
                Expect::Answer(s),
            )
        }
    }
}

fn run_module(
    ctx: &mut Ctx,
    proto: u32,
    rng: &mut Rng,
    target: u64,
    sweep_all: bool,
) -> Result<Tally, String> {
    let sock = u::open(proto).map_err(|e| format!("protocol {proto}: {e}"))?;
    sock.set_recv_buffer_size_force(4 << 20)
        .map_err(|e| format!("SO_RCVBUFFORCE: {e}"))?;
    sock.set_send_buffer_size(1 << 20)
        .map_err(|e| format!("SO_SNDBUF: {e}"))?;
    sock.set_nonblocking(true)
        .map_err(|e| format!("O_NONBLOCK: {e}"))?;
    let mut buf = RecvBuffer::with_capacity(256 * 1024);
    let mut t = Tally::default();
    let mut seq = 0u32;
    // The type sweep: all 65536 types, or every type below 0x200 plus a
    // random sample on the debug kernel.
    let sweep: Vec<u16> = if sweep_all {
        (0..=0xffff).collect()
    } else {
        (0..0x200u32)
            .map(|x| x as u16)
            .chain((0..512).map(|_| rng.below(0x10000) as u16))
            .collect()
    };
    let mut sweep_it = sweep.into_iter();
    while t.datagrams < target {
        let sweep_type = sweep_it.next();
        let case = match sweep_type {
            Some(_) => 0,
            None => 1 + rng.below(8) as usize,
        };
        let (bytes, n, expect) = generate(rng, case, &mut seq, sweep_type.unwrap_or(0));
        t.datagrams += 1;
        t.messages += n;
        t.by_case[case] += 1;
        if let Err(e) = sock.send(&bytes, Addr::KERNEL) {
            // The module's input runs inside sendmsg and cannot fail it; the
            // socket layer refuses only what it cannot carry (too large for
            // SO_SNDBUF, or an empty datagram).
            t.send_errors += 1;
            let refused = matches!(e, nlkit::Error::InvalidArgument(_))
                || bytes.is_empty()
                || e.errno() == Some(libc::EMSGSIZE);
            if !refused {
                return Err(format!(
                    "protocol {proto}: send of a case-{case} datagram ({} bytes): {e}",
                    bytes.len()
                ));
            }
            continue;
        }
        // The module handles the datagram inside sendmsg: its answers are queued now.
        let got = u::drain(&sock, &mut buf, &mut t.overruns)?;
        match expect {
            Expect::Nothing => {}
            Expect::Answer(s) => {
                if !got.iter().any(|m| m.seq == s) && t.overruns == 0 {
                    return Err(format!(
                        "protocol {proto}: case {case} seq {s} (type {:#x}, {} bytes) got no answer",
                        u16::from_ne_bytes([bytes[4], bytes[5]]),
                        bytes.len()
                    ));
                }
                t.answers_checked += 1;
            }
            Expect::Error(s) => {
                let err = got.iter().find(|m| m.seq == s).and_then(|m| m.error());
                match err {
                    Some(e) if e > 0 => t.errors_checked += 1,
                    _ if t.overruns > 0 => {}
                    other => {
                        return Err(format!(
                            "protocol {proto}: case {case} seq {s} expected an error, got {other:?} ({} messages)",
                            got.len()
                        ))
                    }
                }
            }
        }
    }
    let _ = ctx;
    Ok(t)
}

fn bad_input(ctx: &mut Ctx) -> Result<(), String> {
    u::ensure_loaded(ctx)?;
    let seed = u::run_seed();
    let debug = u::is_debug(ctx);
    let target: u64 = if debug { 8_000 } else { 100_000 };
    ctx.log(format!(
        "seed {seed} (reproduce: cargo xtask vm test --seed {seed} --filter reliability_bad_input); {target} datagrams per module{}",
        if debug { " (debug kernel: scaled down, type sweep 0..0x1ff + 512 random types)" } else { "" }
    ));
    let mut rng = Rng::new(seed);
    for (proto, name) in u::MODULES {
        let mark = ctx.mark();
        let t0 = Instant::now();
        let t = run_module(ctx, proto, &mut rng, target, !debug)?;
        ctx.log(format!(
            "{name}: {} datagrams / {} messages in {:.1} s; per case {:?}; answers checked {}, errors checked {}, send errors {}, overruns {}",
            t.datagrams,
            t.messages,
            t0.elapsed().as_secs_f64(),
            t.by_case,
            t.answers_checked,
            t.errors_checked,
            t.send_errors,
            t.overruns
        ));
        check_kmsg(ctx, mark)?;
        echo_check(proto)
            .map_err(|e| format!("{name} no longer serves after the bad input: {e}"))?;
        let sock = u::open(proto).map_err(|e| format!("{name}: {e}"))?;
        let st = u::stats(&sock)?;
        ctx.log(format!(
            "{name}: module counters msgs_in {} requests_in {} bare_in {} errors {}",
            st.get(&1).copied().unwrap_or(0),
            st.get(&3).copied().unwrap_or(0),
            st.get(&2).copied().unwrap_or(0),
            st.get(&4).copied().unwrap_or(0)
        ));
    }
    Ok(())
}
