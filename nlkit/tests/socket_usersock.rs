//! Socket layer against the real kernel on NETLINK_USERSOCK, where user
//! sockets talk to each other through the kernel (the seed's mode 5) and
//! multicast to each other. Needs root for the multicast sends/joins.

mod socket_common;

use std::io::IoSlice;
use std::time::{Duration, Instant};

use nlkit::socket::{Addr, Protocol, RecvBuffer, Socket, Transport};
use nlkit::Error;
use socket_common::*;

fn usersock() -> Socket {
    Socket::open(Protocol::USERSOCK).expect("open NETLINK_USERSOCK")
}

#[test]
fn user_to_user_with_explicit_portids_both_ways() {
    let (pa, pb) = (unique_portid(1), unique_portid(2));
    let a = usersock();
    let b = usersock();
    a.bind(pa, 0).unwrap();
    b.bind(pb, 0).unwrap();
    assert_eq!(a.portid().unwrap(), pa);
    assert_eq!(b.portid().unwrap(), pb);

    let seq = marker(1);
    let hello = message(0x10, 0, seq, pa, b"Hello B\0");
    assert_eq!(a.send(&hello, Addr::portid(pb)).unwrap(), hello.len());
    let got = recv_seq_owned(&b, seq);
    assert_eq!(got.bytes, hello);
    assert_eq!(got.sender_portid, pa, "kernel-verified sender portid");
    assert_eq!(got.sender_groups, 0);
    assert_eq!(got.group, None);

    // And back: B answers A at the portid it learned from the datagram.
    let reply = message(0x11, 0, seq + 1, pb, b"Hello A, from B\0");
    b.send(&reply, Addr::portid(got.sender_portid)).unwrap();
    let back = recv_seq_owned(&a, seq + 1);
    assert_eq!(back.bytes, reply);
    assert_eq!(back.sender_portid, pb);
}

#[test]
fn kernel_chosen_portids_and_autobind() {
    let a = usersock();
    let b = usersock();
    assert_eq!(a.portid().unwrap(), 0, "unbound socket has portid 0");
    a.bind(0, 0).unwrap();
    let pa = a.portid().unwrap();
    assert_ne!(pa, 0, "kernel chose a portid");
    b.bind(0, 0).unwrap();
    let pb = b.portid().unwrap();
    assert_ne!(pb, 0);
    assert_ne!(pa, pb);

    // An unbound socket is bound by the kernel on its first send.
    let c = usersock();
    let seq = marker(2);
    let msg = message(0x10, 0, seq, 0, b"from an unbound socket");
    c.send(&msg, Addr::portid(pb)).unwrap();
    let pc = c.portid().unwrap();
    assert_ne!(pc, 0, "first send auto-binds");
    let got = recv_seq_owned(&b, seq);
    assert_eq!(got.sender_portid, pc);

    // B replies to C by the learned portid.
    let reply = message(0x11, 0, seq + 1, pb, b"ack");
    b.send(&reply, Addr::portid(pc)).unwrap();
    assert_eq!(recv_seq_owned(&c, seq + 1).sender_portid, pb);

    // Binding an already bound socket to another portid is refused.
    assert!(matches!(
        a.bind(unique_portid(3), 0),
        Err(Error::InvalidArgument(m)) if m.contains("already bound")
    ));
}

#[test]
fn multicast_reaches_three_listeners_with_pktinfo() {
    const GROUP: u32 = 21;
    // Two listeners join by the bind bitmask, one by ADD_MEMBERSHIP.
    let l1 = usersock();
    l1.bind(0, 1 << (GROUP - 1)).unwrap();
    let l2 = usersock();
    l2.bind(0, 1 << (GROUP - 1)).unwrap();
    let l3 = usersock();
    l3.bind(0, 0).unwrap();
    l3.add_membership(GROUP).unwrap();
    for l in [&l1, &l2, &l3] {
        l.set_pktinfo(true).unwrap();
    }
    let sender = usersock();
    sender.bind(0, 0).unwrap();
    let ps = sender.portid().unwrap();

    let seq = marker(3);
    let msg = message(0x20, 0, seq, ps, b"event for everyone");
    assert_eq!(
        sender.send(&msg, Addr::group(GROUP).unwrap()).unwrap(),
        msg.len()
    );
    for (i, l) in [&l1, &l2, &l3].into_iter().enumerate() {
        let got = recv_seq_owned(l, seq);
        assert_eq!(got.bytes, msg, "listener {i}");
        assert_eq!(got.sender_portid, ps, "listener {i}");
        assert_eq!(
            got.group,
            Some(GROUP),
            "listener {i}: NETLINK_PKTINFO group"
        );
        assert_eq!(got.sender_groups, 1 << (GROUP - 1), "listener {i}");
    }

    // After drop_membership, l3 no longer receives; the others still do.
    l3.drop_membership(GROUP).unwrap();
    let seq2 = marker(4);
    let msg2 = message(0x20, 0, seq2, ps, b"second event");
    sender.send(&msg2, Addr::group(GROUP).unwrap()).unwrap();
    assert_eq!(recv_seq_owned(&l1, seq2).bytes, msg2);
    assert_eq!(recv_seq_owned(&l2, seq2).bytes, msg2);
    assert_eq!(
        try_recv_seq(&l3, seq2, Duration::from_millis(300)),
        None,
        "a dropped member still received the multicast"
    );
}

#[test]
fn memberships_lists_bitmask_and_added_groups() {
    let s = usersock();
    s.bind(0, (1 << 2) | (1 << 4)).unwrap();
    assert_eq!(s.memberships().unwrap(), vec![3, 5]);
    s.add_membership(7).unwrap();
    s.add_membership(32).unwrap();
    assert_eq!(s.memberships().unwrap(), vec![3, 5, 7, 32]);
    s.drop_membership(5).unwrap();
    assert_eq!(s.memberships().unwrap(), vec![3, 7, 32]);

    // USERSOCK has 32 groups: 33 does not exist there.
    assert!(matches!(
        s.add_membership(33),
        Err(Error::InvalidArgument(m)) if m.contains("33")
    ));
    assert!(matches!(
        s.add_membership(0),
        Err(Error::InvalidArgument(_))
    ));

    // NETLINK_ROUTE has groups above 32 (RTNLGRP_BRVLAN = 33, RTNLGRP_STATS = 36).
    let r = Socket::open(Protocol::ROUTE).unwrap();
    r.add_membership(1).unwrap();
    r.add_membership(33).unwrap();
    r.add_membership(36).unwrap();
    assert_eq!(r.memberships().unwrap(), vec![1, 33, 36]);
    r.drop_membership(33).unwrap();
    assert_eq!(r.memberships().unwrap(), vec![1, 36]);
}

#[test]
fn same_portid_on_two_protocols_in_one_process() {
    let p = unique_portid(10);
    let user = usersock();
    let genl = Socket::open(Protocol::GENERIC).unwrap();
    let route = Socket::open(Protocol::ROUTE).unwrap();
    user.bind(p, 0).unwrap();
    genl.bind(p, 0).unwrap();
    route.bind(p, 0).unwrap();
    assert_eq!(user.portid().unwrap(), p);
    assert_eq!(genl.portid().unwrap(), p);
    assert_eq!(route.portid().unwrap(), p);
    assert_eq!(user.protocol(), Protocol::USERSOCK);
    assert_eq!(genl.protocol(), Protocol::GENERIC);
}

#[test]
fn binding_a_taken_portid_gives_portid_in_use() {
    let p = unique_portid(11);
    let first = usersock();
    first.bind(p, 0).unwrap();
    let second = usersock();
    match second.bind(p, 0) {
        Err(Error::PortidInUse { portid, protocol }) => {
            assert_eq!(portid, p);
            assert_eq!(protocol, 2);
        }
        other => panic!("expected PortidInUse, got {other:?}"),
    }
    let text = second.bind(p, 0).unwrap_err().to_string();
    assert!(text.contains("bind 0"), "message suggests the fix: {text}");
    // The loser can still bind elsewhere.
    second.bind(0, 0).unwrap();
    assert_ne!(second.portid().unwrap(), p);
}

#[test]
fn oversized_datagram_is_reported_truncated_not_cut() {
    let rx = usersock();
    rx.bind(0, 0).unwrap();
    let tx = usersock();
    let to = Addr::portid(rx.portid().unwrap());
    let seq = marker(12);
    let big = message(0x30, 0, seq, 0, &vec![0xab; 40 * 1024 - NLMSG_HDRLEN]);
    assert_eq!(big.len(), 40 * 1024);
    tx.send(&big, to).unwrap();

    let mut small = RecvBuffer::with_capacity(1000);
    assert_eq!(small.capacity(), 32 * 1024, "raised to the minimum");
    rx.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    assert_eq!(
        rx.peek_len().unwrap(),
        40 * 1024,
        "peek sees the real length"
    );
    match rx.recv(&mut small) {
        Err(Error::Truncated { len, capacity }) => {
            assert_eq!(len, 40 * 1024);
            assert_eq!(capacity, 32 * 1024);
        }
        other => panic!("expected Truncated, got {other:?}"),
    }
    // The socket keeps working; a grown buffer takes the next one whole.
    tx.send(&big, to).unwrap();
    small.reserve(rx.peek_len().unwrap());
    let d = rx.recv(&mut small).unwrap();
    assert_eq!(d.bytes, &big[..]);
}

#[test]
fn overrun_is_reported_and_socket_recovers() {
    const GROUP: u32 = 27;
    let rx = usersock();
    rx.set_recv_buffer_size(0).unwrap();
    let min = rx.recv_buffer_size().unwrap();
    assert!(min < 16 * 1024, "kernel minimum receive buffer, got {min}");
    rx.bind(0, 1 << (GROUP - 1)).unwrap();
    let prx = rx.portid().unwrap();

    // Multicast is never waited for: a full listener drops and is marked
    // with ENOBUFS.
    let tx = usersock();
    tx.bind(0, 0).unwrap();
    let seq = marker(13);
    let msg = message(0x40, 0, seq, 0, &[0x55; 1024]);
    for _ in 0..200 {
        tx.send(&msg, Addr::group(GROUP).unwrap()).unwrap();
    }
    let mut buf = RecvBuffer::new();
    rx.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    match rx.recv(&mut buf) {
        Err(Error::Overrun) => {}
        other => panic!("expected Overrun, got {other:?}"),
    }
    // The queued datagrams are still there, then the socket is usable.
    let first = rx.recv(&mut buf).unwrap();
    assert_eq!(header(first.bytes).1, 0x40);
    rx.set_nonblocking(true).unwrap();
    let mut drained = 1;
    loop {
        match rx.recv(&mut buf) {
            Ok(_) => drained += 1,
            Err(Error::WouldBlock) => break,
            Err(e) => panic!("draining: {e}"),
        }
    }
    assert!(
        drained < 200,
        "some messages must have been dropped, got {drained}"
    );
    rx.set_nonblocking(false).unwrap();
    let seq2 = marker(14);
    let fresh = message(0x41, 0, seq2, 0, b"after the overrun");
    tx.send(&fresh, Addr::portid(prx)).unwrap();
    assert_eq!(recv_seq_owned(&rx, seq2).bytes, fresh);
}

#[test]
fn send_to_a_portid_nobody_holds_is_refused() {
    let tx = usersock();
    let nobody = unique_portid(99);
    let msg = message(0x10, 0, 1, 0, b"anyone?");
    match tx.send(&msg, Addr::portid(nobody)) {
        Err(Error::ConnectionRefused { portid }) => assert_eq!(portid, nobody),
        other => panic!("expected ConnectionRefused, got {other:?}"),
    }
    let parts = [IoSlice::new(&msg)];
    assert!(matches!(
        tx.send_vectored(&parts, Addr::portid(nobody)),
        Err(Error::ConnectionRefused { .. })
    ));
}

#[test]
fn send_vectored_batch_arrives_as_one_datagram() {
    let rx = usersock();
    rx.bind(0, 0).unwrap();
    let tx = usersock();
    let seq = marker(15);
    let m1 = message(0x50, 0x2, seq, 0, b"first");
    let m2 = message(0x51, 0x2, seq + 1, 0, b"second message");
    let m3 = message(0x52, 0x2, seq + 2, 0, &[7u8; 100]);
    let parts = [IoSlice::new(&m1), IoSlice::new(&m2), IoSlice::new(&m3)];
    let total = m1.len() + m2.len() + m3.len();
    let sent = tx
        .send_vectored(&parts, Addr::portid(rx.portid().unwrap()))
        .unwrap();
    assert_eq!(sent, total);
    let got = recv_seq_owned(&rx, seq);
    assert_eq!(got.bytes.len(), total, "one datagram holds all three");
    assert_eq!(got.bytes, [m1.clone(), m2.clone(), m3.clone()].concat());
    // The three messages are where they should be.
    assert_eq!(header(&got.bytes[m1.len()..]).1, 0x51);
    assert_eq!(header(&got.bytes[m1.len() + m2.len()..]).3, seq + 2);
}

#[test]
fn read_timeout_gives_timeout_and_nonblocking_gives_would_block() {
    let s = usersock();
    s.bind(0, 0).unwrap();
    let mut buf = RecvBuffer::new();
    let t = Duration::from_millis(150);
    s.set_read_timeout(Some(t)).unwrap();
    assert_eq!(s.read_timeout(), Some(t));
    let start = Instant::now();
    match s.recv(&mut buf) {
        Err(Error::Timeout(d)) => assert_eq!(d, t),
        other => panic!("expected Timeout, got {other:?}"),
    }
    assert!(start.elapsed() >= Duration::from_millis(100));
    assert!(matches!(s.peek_len(), Err(Error::Timeout(_))));
    assert!(matches!(
        s.set_read_timeout(Some(Duration::ZERO)),
        Err(Error::InvalidArgument(_))
    ));

    s.set_nonblocking(true).unwrap();
    assert!(matches!(s.recv(&mut buf), Err(Error::WouldBlock)));
    s.set_nonblocking(false).unwrap();
    s.set_read_timeout(None).unwrap();
    assert_eq!(s.read_timeout(), None);
}

#[test]
fn transport_trait_round_trip() {
    fn ping(t: &mut impl Transport, to: Addr, seq: u32) {
        let m = message(0x60, 0, seq, 0, b"via Transport");
        let parts = [IoSlice::new(&m[..8]), IoSlice::new(&m[8..])];
        assert_eq!(t.send_vectored(&parts, to).unwrap(), m.len());
        assert_ne!(t.portid().unwrap(), 0);
    }
    let rx = usersock();
    rx.bind(0, 0).unwrap();
    let mut tx = usersock();
    let seq = marker(16);
    ping(&mut tx, Addr::portid(rx.portid().unwrap()), seq);
    let mut rx_t = usersock();
    // Also through `&mut T`.
    let mut by_ref = &mut rx_t;
    let mut buf = RecvBuffer::new();
    let deadline = Instant::now() + Duration::from_millis(50);
    assert!(matches!(
        Transport::recv(&mut by_ref, &mut buf, Some(deadline)),
        Err(Error::Timeout(_))
    ));
    assert!(Instant::now() >= deadline, "not before the deadline");
    // The deadline bounded the wait through SO_RCVTIMEO; the user's
    // setting (none) is back for a plain receive.
    assert_eq!(rx_t.read_timeout(), None);
    assert_eq!(recv_seq_owned(&rx, seq).sender_portid, tx.portid().unwrap());
}

#[test]
fn default_options_and_buffer_sizes() {
    let s = usersock();
    assert!(s.ext_ack().unwrap(), "NETLINK_EXT_ACK on by default");
    assert!(s.cap_ack().unwrap(), "NETLINK_CAP_ACK on by default");
    s.set_ext_ack(false).unwrap();
    s.set_cap_ack(false).unwrap();
    assert!(!s.ext_ack().unwrap());
    assert!(!s.cap_ack().unwrap());
    s.set_no_enobufs(true).unwrap();
    s.set_strict_check(true).unwrap();
    s.set_broadcast_error(true).unwrap();
    s.set_listen_all_nsid(true).unwrap();
    s.set_pktinfo(true).unwrap();

    s.set_recv_buffer_size(100_000).unwrap();
    assert!(s.recv_buffer_size().unwrap() >= 100_000);
    // Root may go past net.core.rmem_max.
    s.set_recv_buffer_size_force(8 << 20).unwrap();
    assert_eq!(s.recv_buffer_size().unwrap(), 16 << 20);
    s.set_send_buffer_size(300_000).unwrap();
    assert!(s.send_buffer_size().unwrap() >= 300_000);
    let debug = format!("{s:?}");
    assert!(
        debug.contains("Socket") && debug.contains("Protocol(2)"),
        "{debug}"
    );
}
