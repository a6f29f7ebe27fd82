//! Deadlines on the host kernel's NETLINK_USERSOCK: a request times out on
//! its own deadline even while multicast traffic keeps arriving (with a
//! receive timeout per datagram, each datagram restarted the clock and a
//! lost reply was waited for as long as the traffic went on).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use nlkit::client::{Client, Event, Request};
use nlkit::socket::{Addr, Protocol, Socket};
use nlkit::wire::{Flags, MessageBuilder};

/// A group of our own on USERSOCK (other tests use 1..=8).
const GROUP: u32 = 27;

/// Sends one multicast to `GROUP` every 2 ms until `stop`.
fn traffic(stop: Arc<AtomicBool>) -> std::thread::JoinHandle<u64> {
    std::thread::spawn(move || {
        let s = Socket::open(Protocol::USERSOCK).unwrap();
        s.bind(0, 0).unwrap();
        let mut msg = Vec::new();
        let mut b = MessageBuilder::new(&mut msg, 0x40, Flags::EMPTY);
        b.payload(b"tick");
        b.finish().unwrap();
        let mut sent = 0;
        while !stop.load(Ordering::Relaxed) {
            s.send(&msg, Addr::group(GROUP).unwrap()).unwrap();
            sent += 1;
            std::thread::sleep(Duration::from_millis(2));
        }
        sent
    })
}

#[test]
fn a_lost_reply_times_out_while_multicast_traffic_flows() {
    let stop = Arc::new(AtomicBool::new(false));
    let sender = traffic(stop.clone());
    // A peer that takes requests and never answers: the reply is lost.
    let silent = Socket::open(Protocol::USERSOCK).unwrap();
    silent.bind(0, 0).unwrap();
    let peer = silent.portid().unwrap();

    let (done, outcome) = mpsc::channel();
    let waiter = std::thread::spawn(move || {
        let mut c = Client::subscribe(Protocol::USERSOCK, &[GROUP]).unwrap();
        c.set_timeout(Some(Duration::from_millis(200))).unwrap();
        let req = Request::raw(0x41, Flags::ACK, b"anyone?").unwrap();
        let r = c.execute_to(peer, &req, &mut |_| Ok(()));
        // The notifications that arrived meanwhile were kept.
        let queued = matches!(c.next_event(), Ok(Event::Message(_)));
        done.send((r.map(|_| ()), queued)).unwrap();
    });
    // The guard: if the request has not timed out after 20 s of traffic it
    // never will; stop the traffic so that the thread ends, then fail.
    let got = outcome.recv_timeout(Duration::from_secs(20));
    stop.store(true, Ordering::Relaxed);
    let sent = sender.join().unwrap();
    let (r, queued) = match got {
        Ok(v) => v,
        Err(_) => {
            waiter.join().unwrap();
            panic!("the request did not time out in 20 s while {sent} multicasts arrived");
        }
    };
    waiter.join().unwrap();
    assert!(
        matches!(r, Err(nlkit::Error::Timeout(d)) if d == Duration::from_millis(200)),
        "{r:?}"
    );
    assert!(
        queued,
        "the multicasts received meanwhile are kept for next_event"
    );
    drop(silent);
}
