//! Overload on the real kernel: a subscriber with a small receive buffer
//! under a multicast flood sees `Event::Overrun`, re-synchronises and keeps
//! receiving (NETLINK_USERSOCK groups, and rtnetlink link events in a
//! private netns with a re-dump); and a million user-to-user messages over
//! blocking USERSOCK sockets arrive complete and in order.
//! Needs root (multicast on USERSOCK, netns, SO_RCVBUFFORCE).

mod common;

use std::collections::BTreeMap;
use std::io::IoSlice;
use std::time::{Duration, Instant};

use common::{can_netns, getlink_dump, is_root, set_mtu, Netns};
use nlkit::client::{Client, Event};
use nlkit::families::rtnl::{self, Link};
use nlkit::socket::{Addr, Protocol, RecvBuffer, Socket};
use nlkit::wire::{messages, Flags, Header, HEADER_LEN};
use nlkit::Error;

/// A message of type `ty` whose payload is `n` as 8 bytes: what the flood
/// and the million-message test send.
fn numbered(ty: u16, n: u64) -> [u8; HEADER_LEN + 8] {
    let mut m = [0u8; HEADER_LEN + 8];
    let h = Header {
        len: m.len() as u32,
        ty,
        flags: Flags::REQUEST,
        seq: n as u32,
        portid: 0,
    };
    m[..HEADER_LEN].copy_from_slice(&h.to_bytes());
    m[HEADER_LEN..].copy_from_slice(&n.to_ne_bytes());
    m
}

fn number_of(payload: &[u8]) -> u64 {
    u64::from_ne_bytes(payload[..8].try_into().expect("8-byte payload"))
}

fn usersock_bound() -> Socket {
    let s = Socket::open(Protocol::USERSOCK).expect("open NETLINK_USERSOCK");
    s.bind(0, 0).expect("bind");
    s
}

/// A group of NETLINK_USERSOCK unlikely to be used by other tests.
const FLOOD_GROUP: u32 = 29;
const FLOOD_TYPE: u16 = 0x7a1;
const MARK_TYPE: u16 = 0x7a2;

#[test]
fn usersock_flood_overruns_a_small_subscriber_which_recovers() {
    if !is_root() {
        eprintln!("SKIP: multicast on NETLINK_USERSOCK needs root");
        assert!(std::env::var_os("CI").is_none(), "CI runs as root");
        return;
    }
    let sock = usersock_bound();
    sock.add_membership(FLOOD_GROUP).unwrap();
    sock.set_recv_buffer_size(0).unwrap(); // the kernel's minimum
    let mut sub = Client::new(sock).unwrap();
    sub.set_timeout(Some(Duration::from_millis(300))).unwrap();
    let sender = usersock_bound();
    let to = Addr::group(FLOOD_GROUP).unwrap();

    // 5000 events of 24 bytes each (about 1 KiB of buffer each in the
    // kernel's accounting) into a buffer of a few KiB: most are dropped.
    const FLOOD: u64 = 5000;
    for n in 0..FLOOD {
        sender.send(&numbered(FLOOD_TYPE, n), to).unwrap();
    }
    let (mut got, mut overruns, mut last) = (0u64, 0, None);
    loop {
        match sub.next_event() {
            Ok(Event::Overrun) => overruns += 1,
            Ok(Event::Message(n)) if n.msg.header().ty == FLOOD_TYPE => {
                let k = number_of(n.msg.payload());
                assert!(last < Some(k), "events stay in order: {k} after {last:?}");
                last = Some(k);
                got += 1;
            }
            Ok(Event::Message(_)) => {}
            Ok(Event::Malformed { error, .. }) => panic!("malformed: {error}"),
            Ok(e) => panic!("unexpected event {e:?}"),
            Err(Error::Timeout(_)) => break,
            Err(e) => panic!("unexpected error: {e}"),
        }
    }
    assert!(overruns >= 1, "a minimal buffer must overrun");
    assert!(
        got < FLOOD,
        "some events were dropped ({got} of {FLOOD} kept)"
    );
    eprintln!("flood: {got} of {FLOOD} events kept, {overruns} overrun(s) reported");

    // Recovery: the same socket keeps receiving, every event of a paced
    // second burst arrives, in order.
    sub.set_timeout(Some(Duration::from_secs(5))).unwrap();
    for n in 0..50u64 {
        sender.send(&numbered(MARK_TYPE, n), to).unwrap();
        loop {
            match sub.next_event().expect("event after the overrun") {
                Event::Message(m) if m.msg.header().ty == MARK_TYPE => {
                    assert_eq!(number_of(m.msg.payload()), n);
                    break;
                }
                _ => {}
            }
        }
    }
}

/// The subscriber's view: index -> MTU, from a dump.
fn dump_mtus(c: &mut Client) -> BTreeMap<i32, Option<u32>> {
    let d = c.dump_consistent(&getlink_dump(), 5).unwrap();
    assert!(!d.interrupted);
    d.messages
        .iter()
        .map(|m| {
            let l = Link::parse(&m.as_message()).unwrap();
            (l.index, l.mtu)
        })
        .collect()
}

/// Reads and drops every queued event (and overrun) until the socket has
/// been quiet for 50 ms.
fn discard_queued(c: &mut Client) {
    c.set_timeout(Some(Duration::from_millis(50))).unwrap();
    while c.next_event().is_ok() {}
    c.set_timeout(Some(Duration::from_millis(300))).unwrap();
}

#[test]
fn route_subscriber_overruns_redumps_and_stays_in_sync() {
    if !can_netns() {
        return;
    }
    let ns = Netns::new();
    for i in 0..4 {
        let (a, b) = (format!("ovr{i}a"), format!("ovr{i}b"));
        ns.ip(&["link", "add", &a, "type", "veth", "peer", "name", &b]);
    }
    // The subscriber mirrors the MTUs from a dump plus RTNLGRP_LINK events.
    let s = ns.socket(Protocol::ROUTE);
    s.bind(0, 0).unwrap();
    s.add_membership(rtnl::group::LINK).unwrap();
    s.set_recv_buffer_size(0).unwrap();
    let mut sub = Client::new(s).unwrap();
    sub.set_timeout(Some(Duration::from_millis(300))).unwrap();
    let mut view = dump_mtus(&mut sub);
    let mut ctl = ns.route_client();
    let indexes: Vec<i32> = dump_mtus(&mut ctl)
        .keys()
        .copied()
        .filter(|&i| i != 1)
        .collect();
    assert_eq!(indexes.len(), 8);

    // 400 MTU changes (~1 KiB events each) overflow the subscriber.
    for round in 0..50u32 {
        for &i in &indexes {
            ctl.ack(&set_mtu(i, 1280 + round)).unwrap();
        }
    }
    let (mut overruns, mut redumps, mut events) = (0, 0, 0);
    loop {
        match sub.next_event() {
            Ok(Event::Overrun) => {
                overruns += 1;
                // Events were lost: the mirror is stale. What is still
                // queued is older than a dump made now, and the client
                // delivers events received during a dump after the dump:
                // applied then they would revert the mirror to old values.
                // So: discard the queue, then re-dump.
                discard_queued(&mut sub);
                view = dump_mtus(&mut sub);
                redumps += 1;
            }
            Ok(Event::Message(n)) if n.msg.header().ty == rtnl::msg::NEWLINK => {
                let l = Link::parse(&n.msg.as_message()).unwrap();
                view.insert(l.index, l.mtu);
                events += 1;
            }
            Ok(_) => {}
            Err(Error::Timeout(_)) => break,
            Err(e) => panic!("unexpected error: {e}"),
        }
    }
    assert!(overruns >= 1, "a minimal buffer must overrun");
    assert_eq!(
        view,
        dump_mtus(&mut ctl),
        "after re-dumps the mirror is exact"
    );
    eprintln!("route flood: {events} events, {overruns} overrun(s), {redumps} re-dump(s)");

    // And it keeps receiving: one more change arrives as an event.
    sub.set_timeout(Some(Duration::from_secs(5))).unwrap();
    ctl.ack(&set_mtu(indexes[0], 1500)).unwrap();
    loop {
        if let Event::Message(n) = sub.next_event().expect("event after recovery") {
            let l = Link::parse(&n.msg.as_message()).unwrap();
            if l.index == indexes[0] && l.mtu == Some(1500) {
                break;
            }
        }
    }
}

/// How many messages the in-order test sends: 1,000,000 unless
/// `NLKIT_RELIABILITY_MESSAGES` says otherwise.
fn message_count() -> u64 {
    std::env::var("NLKIT_RELIABILITY_MESSAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000)
}

/// Sends `total` numbered messages to `to`, `batch` per datagram
/// (one `sendmsg` with one iovec per message).
fn send_numbered(sender: Socket, to: u32, total: u64, batch: u64) {
    let mut n = 0u64;
    let mut bufs: Vec<[u8; HEADER_LEN + 8]> = Vec::with_capacity(batch as usize);
    while n < total {
        bufs.clear();
        let end = (n + batch).min(total);
        bufs.extend((n..end).map(|k| numbered(0x7b0, k)));
        let parts: Vec<IoSlice<'_>> = bufs.iter().map(|b| IoSlice::new(b)).collect();
        sender
            .send_vectored(&parts, Addr::portid(to))
            .expect("blocking send to the receiver");
        n = end;
    }
}

/// Receives until `total` numbered messages arrived; checks none is
/// missing, duplicated or reordered. Returns the datagram count.
fn receive_numbered(receiver: &Socket, sender: u32, total: u64) -> u64 {
    let mut buf = RecvBuffer::with_capacity(256 * 1024);
    let (mut next, mut datagrams) = (0u64, 0u64);
    while next < total {
        let d = receiver.recv(&mut buf).expect("receive (no overrun)");
        assert_eq!(d.sender.portid, sender, "only the sender talks to us");
        datagrams += 1;
        for m in messages(d.bytes) {
            let m = m.expect("well-formed message");
            let k = number_of(m.payload);
            assert_eq!(k, next, "message {next} expected, got {k}");
            next += 1;
        }
    }
    datagrams
}

fn million_in_order(batch: u64, total: u64) -> Duration {
    let receiver = usersock_bound();
    receiver.set_recv_buffer_size_force(8 << 20).unwrap();
    receiver
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let to = receiver.portid().unwrap();
    let sender = usersock_bound();
    let from = sender.portid().unwrap();
    let start = Instant::now();
    let t = std::thread::spawn(move || send_numbered(sender, to, total, batch));
    let datagrams = receive_numbered(&receiver, from, total);
    t.join().expect("sender thread");
    let took = start.elapsed();
    assert_eq!(datagrams, total.div_ceil(batch));
    // Nothing more is queued.
    receiver
        .set_read_timeout(Some(Duration::from_millis(100)))
        .unwrap();
    assert!(matches!(
        receiver.recv(&mut RecvBuffer::new()),
        Err(Error::Timeout(_))
    ));
    eprintln!(
        "{total} messages, {batch} per datagram: {:.2} s ({:.0} msg/s)",
        took.as_secs_f64(),
        total as f64 / took.as_secs_f64()
    );
    took
}

#[test]
fn a_million_user_to_user_messages_arrive_complete_and_in_order() {
    if !is_root() {
        eprintln!("SKIP: SO_RCVBUFFORCE needs root");
        assert!(std::env::var_os("CI").is_none(), "CI runs as root");
        return;
    }
    million_in_order(64, message_count());
}

#[test]
fn one_message_per_datagram_arrives_complete_and_in_order() {
    if !is_root() {
        eprintln!("SKIP: SO_RCVBUFFORCE needs root");
        assert!(std::env::var_os("CI").is_none(), "CI runs as root");
        return;
    }
    // No batching: every message is its own sendmsg/recvmsg.
    million_in_order(1, message_count());
}
