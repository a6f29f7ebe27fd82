//! The seed's own program, in the VM: one process, a socket on protocol 17
//! and one on 18, "Hello 模块A"/"Hello 模块B" sent to the kernel (portid 0);
//! each module must log the sender's portid and the text.

use super::Scenario;
use crate::ctx::Ctx;
use nlkit::socket::{Addr, Protocol, Socket};
use std::time::Duration;

/// Module A's protocol and name.
pub const MOD_A: (u32, &str) = (17, "netlink_mod_a");
/// Module B's protocol and name.
pub const MOD_B: (u32, &str) = (18, "netlink_mod_b");

/// The scenarios of this file.
pub fn scenarios() -> Vec<Scenario> {
    vec![
        Scenario {
            name: "seed",
            run: |ctx| seed(ctx, false),
        },
        Scenario {
            name: "seed_same_portid",
            run: |ctx| seed(ctx, true),
        },
    ]
}

/// The seed's message: a bare `nlmsghdr` (type 0, flags 0, seq 0,
/// `nlmsg_pid` = `pid`) followed by the NUL-terminated text, padded to 4
/// (`NLMSG_SPACE(strlen + 1)`, as the seed computes the length).
pub fn seed_message(pid: u32, text: &str) -> Vec<u8> {
    let payload = text.len() + 1;
    let len = (16 + payload + 3) & !3;
    let mut b = Vec::with_capacity(len);
    b.extend_from_slice(&(len as u32).to_ne_bytes());
    b.extend_from_slice(&0u16.to_ne_bytes()); // type
    b.extend_from_slice(&0u16.to_ne_bytes()); // flags
    b.extend_from_slice(&0u32.to_ne_bytes()); // seq
    b.extend_from_slice(&pid.to_ne_bytes());
    b.extend_from_slice(text.as_bytes());
    b.resize(len, 0);
    b
}

/// The line a module logs for a received message.
pub fn expected_log(module: &str, portid: u32, text: &str) -> String {
    format!("{module}: received from portid {portid}: \"{text}\"")
}

/// Opens a socket on `proto`, bound to `portid`.
pub fn bound(proto: u32, portid: u32) -> Result<Socket, String> {
    let s =
        Socket::open(Protocol(proto)).map_err(|e| format!("socket on protocol {proto}: {e}"))?;
    s.bind(portid, 0)
        .map_err(|e| format!("bind protocol {proto} to portid {portid}: {e}"))?;
    Ok(s)
}

/// Sends the seed's two messages (A on 17 from `getpid()`, B on 18 from
/// `getpid()+1`, or `getpid()` when `same_portid`); returns the portids used.
pub fn send_seed(ctx: &mut Ctx, same_portid: bool) -> Result<(u32, u32), String> {
    let pid = std::process::id();
    let (pa, pb) = (pid, if same_portid { pid } else { pid + 1 });
    let a = bound(MOD_A.0, pa)?;
    let b = bound(MOD_B.0, pb)?;
    for (sock, proto, port, text) in [
        (&a, MOD_A.0, pa, "Hello 模块A"),
        (&b, MOD_B.0, pb, "Hello 模块B"),
    ] {
        let msg = seed_message(pid, text);
        let n = sock
            .send(&msg, Addr::KERNEL)
            .map_err(|e| format!("send on protocol {proto}: {e}"))?;
        ctx.log(format!(
            "protocol {proto}, portid {port}: sent {n} bytes \"{text}\" to the kernel"
        ));
    }
    Ok((pa, pb))
}

fn seed(ctx: &mut Ctx, same_portid: bool) -> Result<(), String> {
    let mark = ctx.mark();
    let (pa, pb) = send_seed(ctx, same_portid)?;
    for ((_, module), port, text) in [(MOD_A, pa, "Hello 模块A"), (MOD_B, pb, "Hello 模块B")] {
        let want = expected_log(module, port, text);
        match ctx.wait_kmsg(mark, Duration::from_secs(2), |l| l.contains(&want)) {
            Some(l) => ctx.log(format!("kernel log: {l}")),
            None => {
                let seen: Vec<String> = ctx.kmsg_since(mark).into_iter().map(|r| r.text).collect();
                return Err(format!(
                    "no kernel log line `{want}`; logged since the send: {seen:?}"
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_matches_the_seed_layout() {
        let m = seed_message(42, "Hi");
        // 16 + 3 = 19 -> 20
        assert_eq!(m.len(), 20);
        assert_eq!(u32::from_ne_bytes([m[0], m[1], m[2], m[3]]), 20);
        assert_eq!(&m[4..12], &[0; 8]);
        assert_eq!(u32::from_ne_bytes([m[12], m[13], m[14], m[15]]), 42);
        assert_eq!(&m[16..], b"Hi\0\0");
        assert_eq!(seed_message(1, "Hello 模块A").len() % 4, 0);
    }
}
