//! The async client on the host's real kernel has the blocking client's
//! capabilities: genl family resolution, ack with kernel errors, dumps
//! (callback, collected, consistent, as a `Stream`), batches waited for
//! out of order, peers, join/leave, the event `Stream`, and deadlines that
//! hold while multicast traffic flows.
#![cfg(feature = "tokio")]

use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures_core::Stream;
use nlkit::client::{AsyncClient, Client, Event, Request};
use nlkit::families::genl::{cmd, Family, GenlHeader, GENL_ID_CTRL};
use nlkit::socket::{Addr, Protocol, Socket};
use nlkit::wire::{Flags, MessageBuilder};
use nlkit::Error;

async fn next<S: Stream + Unpin>(s: &mut S) -> Option<S::Item> {
    std::future::poll_fn(|cx| Pin::new(&mut *s).poll_next(cx)).await
}

fn getfamily(name: &str) -> Request {
    Request::message(GENL_ID_CTRL, Flags::EMPTY, &Family::get(name)).unwrap()
}

fn all_families() -> Request {
    let mut all = Family::default();
    all.header = GenlHeader::new(cmd::GETFAMILY, 1);
    Request::message(GENL_ID_CTRL, Flags::EMPTY, &all).unwrap()
}

#[tokio::test]
async fn genl_as_the_blocking_client_does() {
    let mut a = AsyncClient::open(Protocol::GENERIC).unwrap();
    a.set_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut b = Client::open(Protocol::GENERIC).unwrap();
    let fam = a.genl_family("nlctrl").await.unwrap();
    assert_eq!(fam, b.genl_family("nlctrl").unwrap());
    assert_eq!(fam.id, GENL_ID_CTRL);
    assert_eq!(a.genl_family_id("nlctrl").await.unwrap(), GENL_ID_CTRL);
    assert_eq!(
        a.genl_group("nlctrl", "notify").await.unwrap(),
        b.genl_group("nlctrl", "notify").unwrap()
    );
    let e = a.genl_group("nlctrl", "no-such-group").await.unwrap_err();
    assert!(e.to_string().contains("notify"), "{e}");
    a.forget_genl_families();

    // ACK with a kernel error that names the attribute.
    let e = a.ack(&getfamily("no-such-family")).await.unwrap_err();
    assert_eq!(e.errno(), Some(libc::ENOENT), "{e}");

    // Dumps: the callback, collected, consistent and streamed agree.
    let mut by_callback = 0;
    a.dump(&all_families(), |_| {
        by_callback += 1;
        Ok(())
    })
    .await
    .unwrap();
    let collected = a.dump_collect(&all_families()).await.unwrap();
    let consistent = a.dump_consistent(&all_families(), 3).await.unwrap();
    let mut names = Vec::new();
    let mut stream = a.dump_stream(&all_families()).await.unwrap();
    while let Some(m) = next(&mut stream).await {
        names.push(Family::parse(&m.unwrap().as_message()).unwrap().name);
    }
    drop(stream);
    assert!(names.contains(&"nlctrl".to_string()), "{names:?}");
    assert_eq!(collected.messages.len(), by_callback);
    assert_eq!(consistent.messages.len(), by_callback);
    assert_eq!(names.len(), by_callback);
    assert_eq!(a.genl_families().await.unwrap().len(), by_callback);

    // A dump stream dropped half way leaves the client usable.
    let mut stream = a.dump_stream(&all_families()).await.unwrap();
    assert!(next(&mut stream).await.unwrap().is_ok());
    drop(stream);
    assert_eq!(a.genl_family("nlctrl").await.unwrap().id, GENL_ID_CTRL);

    // A batch in one datagram, waited for in reverse order.
    let reqs = [
        getfamily("nlctrl"),
        getfamily("no-such"),
        getfamily("nlctrl"),
    ];
    let seqs = a.send_batch(&reqs).await.unwrap();
    let mut ids = Vec::new();
    for &s in seqs.iter().rev() {
        let r = a
            .wait(s, |m| {
                ids.push(Family::parse(&m)?.id);
                Ok(())
            })
            .await;
        if s == seqs[1] {
            assert_eq!(r.unwrap_err().errno(), Some(libc::ENOENT));
        } else {
            r.unwrap();
        }
    }
    assert_eq!(ids, vec![GENL_ID_CTRL, GENL_ID_CTRL]);
    let seq = a.send_request(&getfamily("nlctrl")).await.unwrap();
    assert!(a.wait(seq, |_| Ok(())).await.is_ok());
}

const GROUP: u32 = 26;

fn ping(seq: u32, portid: u32, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut b = MessageBuilder::new(&mut out, 0x42, Flags::EMPTY)
        .seq(seq)
        .portid(portid);
    b.payload(payload);
    b.finish().unwrap();
    out
}

#[tokio::test]
async fn peers_groups_and_the_event_stream() {
    // A blocking echo peer in a thread answers one request with a reply.
    let mut server = Client::open(Protocol::USERSOCK).unwrap();
    server.set_timeout(Some(Duration::from_secs(5))).unwrap();
    let server_portid = server.portid();
    let echo = std::thread::spawn(move || {
        let Event::Message(n) = server.next_event().unwrap() else {
            panic!("expected a request");
        };
        let h = n.msg.header();
        let reply = ping(h.seq, n.origin.portid, n.msg.payload());
        server
            .transport()
            .send(&reply, Addr::portid(n.origin.portid))
            .unwrap();
    });
    let mut a = AsyncClient::open(Protocol::USERSOCK).unwrap();
    a.set_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut got = Vec::new();
    a.execute_to(
        server_portid,
        &Request::raw(0x42, Flags::EMPTY, b"echo me").unwrap(),
        |m| {
            got.push(m.payload.to_vec());
            Ok(())
        },
    )
    .await
    .unwrap();
    echo.join().unwrap();
    assert_eq!(got, vec![b"echo me".to_vec()]);

    // Join a group, receive a multicast through the event stream, leave.
    a.join(GROUP).unwrap();
    let tx = Socket::open(Protocol::USERSOCK).unwrap();
    tx.bind(0, 0).unwrap();
    tx.send(&ping(0, 0, b"to the group"), Addr::group(GROUP).unwrap())
        .unwrap();
    let mut events = a.events();
    let ev = next(&mut events).await.unwrap().unwrap();
    drop(events);
    match ev {
        Event::Message(n) => {
            assert_eq!(n.origin.group, Some(GROUP));
            assert_eq!(n.origin.portid, tx.portid().unwrap());
            assert_eq!(n.msg.payload(), b"to the group");
        }
        e => panic!("{e:?}"),
    }
    a.leave(GROUP).unwrap();
    assert!(!a.socket().memberships().unwrap().contains(&GROUP));
    a.send_to_peer(tx.portid().unwrap(), 0x42, b"direct")
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lost_reply_times_out_while_multicast_traffic_flows() {
    const NOISY: u32 = 25;
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let sender = std::thread::spawn(move || {
        let s = Socket::open(Protocol::USERSOCK).unwrap();
        s.bind(0, 0).unwrap();
        while !flag.load(Ordering::Relaxed) {
            s.send(&ping(0, 0, b"tick"), Addr::group(NOISY).unwrap())
                .unwrap();
            std::thread::sleep(Duration::from_millis(2));
        }
    });
    let silent = Socket::open(Protocol::USERSOCK).unwrap();
    silent.bind(0, 0).unwrap();
    let mut c = AsyncClient::subscribe(Protocol::USERSOCK, &[NOISY]).unwrap();
    let req = Request::raw(0x41, Flags::ACK, b"anyone?")
        .unwrap()
        .with_timeout(Duration::from_millis(200));
    // The guard: the engine's deadline must fire first.
    let r = tokio::time::timeout(
        Duration::from_secs(20),
        c.execute_to(silent.portid().unwrap(), &req, |_| Ok(())),
    )
    .await;
    stop.store(true, Ordering::Relaxed);
    sender.join().unwrap();
    let r = r.expect("the request did not time out in 20 s while multicasts arrived");
    assert!(
        matches!(r, Err(Error::Timeout(d)) if d == Duration::from_millis(200)),
        "{r:?}"
    );
    c.set_timeout(Some(Duration::from_secs(5))).unwrap();
    assert!(matches!(c.next_event().await, Ok(Event::Message(_))));
}
