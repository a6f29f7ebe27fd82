//! Workload 5: multicast fan-out on `NETLINK_USERSOCK`: one sender, 8
//! subscribers of group 1, messages/s delivered (all subscribers together,
//! from the first send to the last delivery), loss and overruns counted.
//! Subscribers stop at the last message or after 200 ms of silence.

use std::thread;
use std::time::Instant;

use netlink_packet_core::NetlinkMessage;
use netlink_sys::{protocols::NETLINK_USERSOCK, Socket as NsSocket, SocketAddr};
use nlkit::client::Client;
use nlkit::socket::{Addr, Protocol, Socket};
use nlkit::wire::{Flags, MessageBuilder};

use crate::common::{allocations, ctx, set_rcvtimeo, ty, BResult, Run, SUB_TIMEOUT};
use crate::usersock::{blob_message, Blob};

#[derive(Default)]
struct SubResult {
    allocs: u64,
    received: u64,
    overruns: u64,
    last: Option<Instant>,
}

fn finish(count: u32, subs: Vec<SubResult>, t0: Instant, sender_allocs: u64) -> Run {
    let delivered: u64 = subs.iter().map(|s| s.received).sum();
    let last = subs.iter().filter_map(|s| s.last).max().unwrap_or(t0);
    Run {
        elapsed: last.saturating_duration_since(t0),
        msgs: delivered,
        allocs: Some(sender_allocs + subs.iter().map(|s| s.allocs).sum::<u64>()),
        lost: (u64::from(count) * subs.len() as u64).saturating_sub(delivered),
        overruns: subs.iter().map(|s| s.overruns).sum(),
        ..Run::default()
    }
}

/// nlkit: subscribers are `Client::subscribe` + `next_messages`
/// (zero-copy); the sender builds each message in a reused buffer and
/// sends it with `Socket::send` to `Addr::group(1)`.
pub fn nlkit(count: u32, payload: usize, nsubs: usize) -> BResult<Run> {
    let mut subs = Vec::new();
    for _ in 0..nsubs {
        let mut c = Client::subscribe(Protocol::USERSOCK, &[1]).map_err(ctx("nlkit subscribe"))?;
        c.set_timeout(Some(SUB_TIMEOUT))
            .map_err(ctx("nlkit timeout"))?;
        subs.push(c);
    }
    let sender = Socket::open(Protocol::USERSOCK).map_err(ctx("nlkit sender"))?;
    sender.bind(0, 0).map_err(ctx("nlkit sender bind"))?;
    let group = Addr::group(1).map_err(ctx("group"))?;
    let data = vec![0xab; payload];
    let mut buf = Vec::with_capacity(payload + 32);
    let (t0, sender_allocs, results) = thread::scope(|s| {
        let handles: Vec<_> = subs
            .iter_mut()
            .map(|c| {
                s.spawn(move || {
                    let mut r = SubResult::default();
                    let a0 = allocations();
                    let mut done = false;
                    while !done {
                        match c.next_messages(|_, m| {
                            r.received += 1;
                            r.last = Some(Instant::now());
                            done |= m.header.seq == count;
                            Ok(())
                        }) {
                            Ok(true) => {}
                            Ok(false) => r.overruns += 1,
                            Err(_) => break, // timeout: the sender is done
                        }
                    }
                    r.allocs = allocations() - a0;
                    r
                })
            })
            .collect();
        let a0 = allocations();
        let t0 = Instant::now();
        for i in 1..=count {
            buf.clear();
            let mut b = MessageBuilder::new(&mut buf, ty::PING, Flags::REQUEST).seq(i);
            b.payload(&data);
            if b.finish().is_ok() {
                let _ = sender.send(&buf, group);
            }
        }
        let sender_allocs = allocations() - a0;
        let results: Vec<SubResult> = handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect();
        (t0, sender_allocs, results)
    });
    Ok(finish(count, results, t0, sender_allocs))
}

/// netlink-sys + netlink-packet-core: subscribers `add_membership(1)` and
/// deserialize each message into `NetlinkMessage<Blob>`; the sender
/// serializes a message built once into a reused buffer.
pub fn netlink_sys(count: u32, payload: usize, nsubs: usize) -> BResult<Run> {
    use std::os::fd::AsRawFd;
    let mut subs = Vec::new();
    for _ in 0..nsubs {
        let mut s = NsSocket::new(NETLINK_USERSOCK).map_err(ctx("netlink-sys socket"))?;
        s.bind_auto().map_err(ctx("netlink-sys bind"))?;
        s.add_membership(1).map_err(ctx("netlink-sys join"))?;
        set_rcvtimeo(s.as_raw_fd(), SUB_TIMEOUT)?;
        subs.push(s);
    }
    let mut sender = NsSocket::new(NETLINK_USERSOCK).map_err(ctx("netlink-sys socket"))?;
    sender.bind_auto().map_err(ctx("netlink-sys bind"))?;
    let mut msg = blob_message(ty::PING, payload, 0);
    let mut tx = vec![0u8; msg.buffer_len()];
    let group = SocketAddr::new(0, 1);
    let (t0, sender_allocs, results) = thread::scope(|s| {
        let handles: Vec<_> = subs
            .iter()
            .map(|sock| {
                s.spawn(move || {
                    let mut r = SubResult::default();
                    let mut buf: Vec<u8> = Vec::with_capacity(65536);
                    let a0 = allocations();
                    loop {
                        buf.clear();
                        match sock.recv(&mut buf, 0) {
                            Ok(_) => {}
                            Err(e) if e.raw_os_error() == Some(libc::ENOBUFS) => {
                                r.overruns += 1;
                                continue;
                            }
                            Err(_) => break,
                        }
                        let Ok(m) = NetlinkMessage::<Blob>::deserialize(&buf) else {
                            break;
                        };
                        r.received += 1;
                        r.last = Some(Instant::now());
                        if m.header.sequence_number == count {
                            break;
                        }
                    }
                    r.allocs = allocations() - a0;
                    r
                })
            })
            .collect();
        let a0 = allocations();
        let t0 = Instant::now();
        for i in 1..=count {
            msg.header.sequence_number = i;
            msg.serialize(&mut tx);
            let _ = sender.send_to(&tx, &group, 0);
        }
        let sender_allocs = allocations() - a0;
        let results: Vec<SubResult> = handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect();
        (t0, sender_allocs, results)
    });
    Ok(finish(count, results, t0, sender_allocs))
}
