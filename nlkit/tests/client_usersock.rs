//! Client-level user-to-user tests on the host kernel's NETLINK_USERSOCK
//! (the seed's mode 5): peer messages both ways through `Client`, and
//! request/response between two user sockets with `execute_to`.

use std::time::Duration;

use nlkit::client::{Client, Event, Request};
use nlkit::socket::{Addr, Protocol};
use nlkit::wire::{Flags, MessageBuilder};

const PING: u16 = 0x30;

fn peer() -> Client {
    let mut c = Client::open(Protocol::USERSOCK).unwrap();
    c.set_timeout(Some(Duration::from_secs(5))).unwrap();
    c
}

fn expect_message(c: &mut Client) -> nlkit::client::Notification {
    match c.next_event().unwrap() {
        Event::Message(n) => n,
        e => panic!("expected a message, got {e:?}"),
    }
}

#[test]
fn peers_exchange_messages_both_ways() {
    let mut a = peer();
    let mut b = peer();
    a.send_to_peer(b.portid(), PING, b"from a").unwrap();
    let n = expect_message(&mut b);
    assert_eq!(n.origin.portid, a.portid(), "sender portid from the kernel");
    assert_eq!(n.origin.group, None);
    assert_eq!(n.msg.payload(), b"from a");
    b.send_to_peer(a.portid(), PING, b"from b").unwrap();
    let n = expect_message(&mut a);
    assert_eq!(n.origin.portid, b.portid());
    assert_eq!(n.msg.payload(), b"from b");
}

#[test]
fn explicit_portids_as_in_the_seed() {
    // The seed binds 1000 and 2000; use unlikely numbers to avoid clashes.
    let base = 0x5100_0000 | (std::process::id() & 0xffff) << 4;
    let mut a = Client::bind(Protocol::USERSOCK, base + 1).unwrap();
    let mut b = Client::bind(Protocol::USERSOCK, base + 2).unwrap();
    b.set_timeout(Some(Duration::from_secs(5))).unwrap();
    assert_eq!(a.portid(), base + 1);
    a.send(
        &Request::raw(PING, Flags::EMPTY, b"hi").unwrap(),
        Addr::portid(base + 2),
    )
    .unwrap();
    let n = expect_message(&mut b);
    assert_eq!(n.origin.portid, base + 1);
    // A portid clash on the same protocol is an error that says so.
    let e = Client::bind(Protocol::USERSOCK, base + 1).unwrap_err();
    assert!(
        matches!(e, nlkit::Error::PortidInUse { portid, .. } if portid == base + 1),
        "{e}"
    );
}

#[test]
fn request_response_between_two_users() {
    let mut server = peer();
    let server_portid = server.portid();
    let t = std::thread::spawn(move || {
        // Echo three requests back, reply + ACK, addressed to the sender.
        for _ in 0..3 {
            let n = expect_message(&mut server);
            let h = n.msg.header();
            let mut out = Vec::new();
            let mut b = MessageBuilder::new(&mut out, PING, Flags::EMPTY)
                .seq(h.seq)
                .portid(n.origin.portid);
            b.payload(n.msg.payload());
            b.finish().unwrap();
            // The ACK goes in the same datagram (the builder aligns it).
            let mut b = MessageBuilder::new(&mut out, nlkit::wire::msgtype::ERROR, Flags::CAPPED)
                .seq(h.seq)
                .portid(n.origin.portid);
            b.payload(&0i32.to_ne_bytes());
            b.payload(&n.msg.bytes()[..16]);
            b.finish().unwrap();
            server
                .transport()
                .send(&out, Addr::portid(n.origin.portid))
                .unwrap();
        }
    });
    let mut client = peer();
    for text in ["one", "two", "three"] {
        let req = Request::raw(PING, Flags::ACK, text.as_bytes()).unwrap();
        let mut got = Vec::new();
        client
            .execute_to(server_portid, &req, &mut |m| {
                got.push(m.payload.to_vec());
                Ok(())
            })
            .unwrap();
        assert_eq!(got, vec![text.as_bytes().to_vec()]);
    }
    t.join().unwrap();
}
