//! Faults between real NETLINK_USERSOCK peers: a peer that is gone
//! (`ECONNREFUSED`), a peer that never answers (`Error::Timeout`, not a
//! hang, and its late answer never reaches a later request), and replies
//! with a foreign sequence number or from a foreign portid, which are never
//! handed to the waiting request.

use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use nlkit::client::{Client, Event, Request};
use nlkit::socket::{Addr, Protocol, RecvBuffer, Socket};
use nlkit::wire::{align, messages, msgtype, Flags, Header, Message, MessageBuilder};
use nlkit::Error;

const REQ: u16 = 0x7c0;
const REPLY: u16 = 0x7c1;

fn peer_socket() -> Socket {
    let s = Socket::open(Protocol::USERSOCK).expect("open NETLINK_USERSOCK");
    s.bind(0, 0).expect("bind");
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    s
}

fn client() -> Client {
    let mut c = Client::open(Protocol::USERSOCK).expect("client");
    c.set_timeout(Some(Duration::from_secs(5))).unwrap();
    c
}

/// One message of type `ty` with `seq`, `portid` and `payload`.
fn build(ty: u16, flags: Flags, seq: u32, portid: u32, payload: &[u8]) -> Vec<u8> {
    let mut buf = Vec::new();
    let mut b = MessageBuilder::new(&mut buf, ty, flags)
        .seq(seq)
        .portid(portid);
    b.payload(payload);
    b.finish().expect("small message");
    buf
}

/// Waits for the next request on `s`: (its header, the sender's portid).
fn next_request(s: &Socket) -> (Header, u32) {
    let mut buf = RecvBuffer::new();
    let d = s.recv(&mut buf).expect("a request arrives");
    let m = messages(d.bytes)
        .next()
        .expect("one message")
        .expect("valid");
    (m.header, d.sender.portid)
}

fn collect(c: &mut Client, peer: u32, req: &Request) -> nlkit::Result<Vec<Vec<u8>>> {
    let mut got = Vec::new();
    c.execute_to(peer, req, &mut |m: Message<'_>| {
        got.push(m.payload.to_vec());
        Ok(())
    })?;
    Ok(got)
}

#[test]
fn a_peer_that_is_gone_gives_connection_refused() {
    let mut c = client();
    let gone = peer_socket();
    let portid = gone.portid().unwrap();
    drop(gone);
    let req = Request::raw(REQ, Flags::EMPTY, b"anyone?").unwrap();
    let started = Instant::now();
    let e = collect(&mut c, portid, &req).unwrap_err();
    assert!(
        matches!(e, Error::ConnectionRefused { portid: p } if p == portid),
        "{e:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "refused at once"
    );
    assert!(e.to_string().contains("gone away"), "{e}");
    // Same for a fire-and-forget message; and the client is still usable.
    assert!(matches!(
        c.send_to_peer(portid, REQ, b"x"),
        Err(Error::ConnectionRefused { .. })
    ));
    let alive = peer_socket();
    let pa = alive.portid().unwrap();
    let t = thread::spawn(move || {
        let (h, from) = next_request(&alive);
        let r = build(REPLY, Flags::EMPTY, h.seq, pa, b"here");
        alive.send(&r, Addr::portid(from)).unwrap();
    });
    assert_eq!(collect(&mut c, pa, &req).unwrap(), [b"here".to_vec()]);
    t.join().unwrap();
}

#[test]
fn a_peer_that_disappears_mid_exchange_gives_timeout_not_a_hang() {
    let mut c = client();
    c.set_timeout(Some(Duration::from_millis(300))).unwrap();
    let peer = peer_socket();
    let pp = peer.portid().unwrap();
    // The peer takes the request and closes without answering.
    let t = thread::spawn(move || {
        let (h, _) = next_request(&peer);
        drop(peer);
        h.seq
    });
    let req = Request::raw(REQ, Flags::ACK, b"will you answer?").unwrap();
    let started = Instant::now();
    let e = collect(&mut c, pp, &req).unwrap_err();
    let took = started.elapsed();
    assert!(matches!(e, Error::Timeout(_)), "{e:?}");
    assert!(
        took >= Duration::from_millis(250) && took < Duration::from_secs(3),
        "{took:?}"
    );
    t.join().unwrap();
    // The peer is gone for good now: the next request is refused at once.
    assert!(matches!(
        collect(&mut c, pp, &req),
        Err(Error::ConnectionRefused { .. })
    ));
}

#[test]
fn a_late_answer_never_reaches_the_next_request() {
    let mut c = client();
    c.set_timeout(Some(Duration::from_millis(200))).unwrap();
    let peer = peer_socket();
    let pp = peer.portid().unwrap();
    let (go, wait) = mpsc::channel::<()>();
    let t = thread::spawn(move || {
        // First request: answered only after the client gave up.
        let (h1, from) = next_request(&peer);
        wait.recv().unwrap();
        let late = build(REPLY, Flags::EMPTY, h1.seq, pp, b"late");
        peer.send(&late, Addr::portid(from)).unwrap();
        // Second request: the late answer is already queued before this one.
        let (h2, from) = next_request(&peer);
        assert_ne!(h1.seq, h2.seq);
        let ok = build(REPLY, Flags::EMPTY, h2.seq, pp, b"on time");
        peer.send(&ok, Addr::portid(from)).unwrap();
    });
    let req = Request::raw(REQ, Flags::EMPTY, b"q").unwrap();
    assert!(matches!(collect(&mut c, pp, &req), Err(Error::Timeout(_))));
    go.send(()).unwrap();
    c.set_timeout(Some(Duration::from_secs(5))).unwrap();
    assert_eq!(collect(&mut c, pp, &req).unwrap(), [b"on time".to_vec()]);
    t.join().unwrap();
    // The late answer was not lost silently either: it is a notification
    // from the peer (or dropped as the answer to a cancelled request).
    c.set_timeout(Some(Duration::from_millis(100))).unwrap();
    match c.next_event() {
        Ok(Event::Message(n)) => {
            assert_eq!(n.msg.payload(), b"late");
            assert_eq!(n.origin.portid, pp);
        }
        Err(Error::Timeout(_)) => {}
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn replies_with_a_foreign_seq_or_portid_go_to_no_request() {
    let mut c = client();
    let peer = peer_socket();
    let pp = peer.portid().unwrap();
    let intruder = peer_socket();
    let pi = intruder.portid().unwrap();
    let (tx, rx) = mpsc::channel::<(u32, u32)>();
    let t = thread::spawn(move || {
        let (h, from) = next_request(&peer);
        tx.send((h.seq, from)).unwrap();
        // Wrong seq first, then a second message with the wrong seq in a
        // datagram that also holds the right answer, then the right one.
        let wrong = build(REPLY, Flags::EMPTY, h.seq.wrapping_add(1), pp, b"wrong seq");
        peer.send(&wrong, Addr::portid(from)).unwrap();
        let mut two = build(REPLY, Flags::MULTI, h.seq ^ 0x8000_0000, pp, b"wrong too");
        two.resize(align(two.len()), 0);
        two.extend(build(REPLY, Flags::MULTI, h.seq, pp, b"part 1"));
        peer.send(&two, Addr::portid(from)).unwrap();
        thread::sleep(Duration::from_millis(100));
        let done = build(msgtype::DONE, Flags::MULTI, h.seq, pp, &0i32.to_ne_bytes());
        peer.send(&done, Addr::portid(from)).unwrap();
    });
    // The intruder answers with the right seq (and even the right nlmsg_pid)
    // from its own portid: the kernel-verified sender differs.
    let t2 = thread::spawn(move || {
        let (seq, to) = rx.recv().unwrap();
        let fake = build(REPLY, Flags::MULTI, seq, pp, b"intruder");
        intruder.send(&fake, Addr::portid(to)).unwrap();
        let fake_done = build(msgtype::DONE, Flags::MULTI, seq, pp, &0i32.to_ne_bytes());
        intruder.send(&fake_done, Addr::portid(to)).unwrap();
    });
    let req = Request::raw(REQ, Flags::EMPTY, b"question").unwrap();
    let got = collect(&mut c, pp, &req).unwrap();
    assert_eq!(
        got,
        [b"part 1".to_vec()],
        "only the peer's answer with our seq"
    );
    t.join().unwrap();
    t2.join().unwrap();
    // Everything else was kept as notifications, with its true origin.
    c.set_timeout(Some(Duration::from_millis(200))).unwrap();
    let mut others = Vec::new();
    while let Ok(ev) = c.next_event() {
        if let Event::Message(n) = ev {
            others.push((n.origin.portid, n.msg.payload().to_vec()));
        }
    }
    for (who, what) in [
        (pp, &b"wrong seq"[..]),
        (pp, b"wrong too"),
        (pi, b"intruder"),
    ] {
        assert!(
            others.iter().any(|(o, p)| *o == who && p == what),
            "{:?} from {who} missing in {others:?}",
            String::from_utf8_lossy(what)
        );
    }
}

#[test]
fn a_peers_error_reply_becomes_a_kernel_style_error() {
    let mut c = client();
    let peer = peer_socket();
    let pp = peer.portid().unwrap();
    let t = thread::spawn(move || {
        let mut buf = RecvBuffer::new();
        let d = peer.recv(&mut buf).unwrap();
        let from = d.sender.portid;
        let req = messages(d.bytes).next().unwrap().unwrap();
        // NLMSG_ERROR, -EPERM, echoing the request header (capped).
        let mut e = Vec::new();
        let mut b = MessageBuilder::new(&mut e, msgtype::ERROR, Flags::CAPPED)
            .seq(req.header.seq)
            .portid(pp);
        b.payload(&(-libc::EPERM).to_ne_bytes());
        b.payload(&req.header.to_bytes());
        b.finish().unwrap();
        peer.send(&e, Addr::portid(from)).unwrap();
    });
    let req = Request::raw(REQ, Flags::ACK, b"may I?").unwrap();
    let e = collect(&mut c, pp, &req).unwrap_err();
    assert_eq!(e.errno(), Some(libc::EPERM), "{e:?}");
    t.join().unwrap();
}
