//! The test fake as users would use it: a client over a scripted endpoint,
//! exercising dumps, interrupted dumps with retry, errors with extended
//! ACK mapped onto attributes, warnings, overruns, malformed datagrams and
//! notifications interleaved with replies.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use nlkit::client::{Client, Event, Request};
use nlkit::fake::FakeEndpoint;
use nlkit::socket::Addr;
use nlkit::wire::{msgtype, Flags};
use nlkit::Error;

const GET: u16 = 0x20;

fn dump_req() -> Request {
    Request::raw(GET, Flags::DUMP, b"").unwrap()
}

#[test]
fn dump_collects_every_part() {
    let fake = FakeEndpoint::new(|_, r| r.dump(GET, [&b"a"[..], b"bb", b"ccc"], false));
    let mut c = Client::new(fake).unwrap();
    let d = c.dump_collect(&dump_req()).unwrap();
    assert!(!d.interrupted);
    let payloads: Vec<&[u8]> = d.messages.iter().map(|m| m.payload()).collect();
    assert_eq!(payloads, vec![&b"a"[..], b"bb", b"ccc"]);
    // The request went out with REQUEST|DUMP and a sequence number.
    let (to, bytes) = &c.transport().sent()[0];
    assert_eq!(*to, Addr::KERNEL);
    let h = nlkit::wire::Header::parse(bytes).unwrap();
    assert!(h.flags.contains(Flags::REQUEST | Flags::DUMP));
    assert_ne!(h.seq, 0);
}

#[test]
fn interrupted_dump_is_reported_and_retried() {
    let calls = Arc::new(AtomicUsize::new(0));
    let n = calls.clone();
    // Interrupted twice, then consistent.
    let fake = FakeEndpoint::new(move |_, r| {
        let i = n.fetch_add(1, Ordering::SeqCst);
        r.dump(GET, [&b"x"[..], b"y"], i < 2);
    });
    let mut c = Client::new(fake).unwrap();
    let d = c.dump_collect(&dump_req()).unwrap();
    assert!(d.interrupted);
    assert_eq!(d.messages.len(), 2, "partial data is kept");
    assert!(matches!(
        d.clone().into_consistent(),
        Err(Error::DumpInterrupted { messages: 2 })
    ));
    let d = c.dump_consistent(&dump_req(), 3).unwrap();
    assert!(!d.interrupted);
    assert_eq!(calls.load(Ordering::SeqCst), 3);
    // Bounded: with no retries left the interrupted result is returned.
    let calls2 = Arc::new(AtomicUsize::new(0));
    let n2 = calls2.clone();
    let fake = FakeEndpoint::new(move |_, r| {
        n2.fetch_add(1, Ordering::SeqCst);
        r.dump(GET, [&b"x"[..]], true);
    });
    let mut c = Client::new(fake).unwrap();
    assert!(c.dump_consistent(&dump_req(), 2).unwrap().interrupted);
    assert_eq!(calls2.load(Ordering::SeqCst), 3);
}

#[test]
fn error_offset_is_mapped_onto_the_nested_attribute() {
    // Request: 4-byte family header, attr 1 (u32), nest 2 { attr 3 (u32), attr 4 (u32) }.
    // Offsets: hdr 16, fixed 4 -> attr1 at 20 (8 bytes), nest at 28, attr3 at 32, attr4 at 40.
    let fake = FakeEndpoint::new(|_, r| r.error(libc::ERANGE, Some("value too big"), Some(40)));
    let mut c = Client::new(fake).unwrap();
    let req = Request::build(GET, Flags::ACK, |b| {
        b.payload(&[1, 0, 0, 0]);
        b.attr_u32(1, 7);
        let n = b.begin_nested(2);
        b.attr_u32(3, 8);
        b.attr_u32(4, 9);
        b.end_nested(n);
    })
    .unwrap()
    .with_fixed_len(4);
    let e = c.ack(&req).unwrap_err();
    let Error::Kernel(k) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(k.errno, libc::ERANGE);
    assert_eq!(k.message.as_deref(), Some("value too big"));
    assert_eq!(k.attr_path, vec![2, 4]);
    assert_eq!(
        e.to_string(),
        format!(
            "kernel error: {}: value too big (attribute 2/4)",
            std::io::Error::from_raw_os_error(libc::ERANGE)
        )
    );
}

#[test]
fn ack_with_warning_is_success_with_the_warning() {
    let fake = FakeEndpoint::new(|_, r| r.ack_with_warning("deprecated attribute ignored"));
    let mut c = Client::new(fake).unwrap();
    let done = c
        .ack(&Request::raw(GET, Flags::EMPTY, b"").unwrap())
        .unwrap();
    assert_eq!(
        done.warning.as_deref(),
        Some("deprecated attribute ignored")
    );
}

#[test]
fn failed_dump_done_status_is_an_error() {
    let fake = FakeEndpoint::new(|_, r| r.done(-libc::EMSGSIZE));
    let mut c = Client::new(fake).unwrap();
    assert_eq!(
        c.dump_collect(&dump_req()).unwrap_err().errno(),
        Some(libc::EMSGSIZE)
    );
}

#[test]
fn notifications_between_replies_are_kept_for_the_stream() {
    let fake = FakeEndpoint::new(|_, r| {
        r.reply(GET, b"answer");
        r.ack();
    });
    let mut c = Client::new(fake).unwrap();
    c.transport_mut()
        .push_notification(5, 0x30, b"event-1")
        .unwrap();
    c.transport_mut()
        .push_from_peer(777, 0x31, b"hello")
        .unwrap();
    let replies = c
        .request(&Request::raw(GET, Flags::ACK, b"q").unwrap())
        .unwrap();
    assert_eq!(replies.len(), 1);
    assert_eq!(replies[0].payload(), b"answer");
    match c.next_event().unwrap() {
        Event::Message(n) => {
            assert_eq!(n.origin.group, Some(5));
            assert_eq!(n.msg.payload(), b"event-1");
        }
        e => panic!("{e:?}"),
    }
    match c.next_event().unwrap() {
        Event::Message(n) => {
            assert_eq!(n.origin.portid, 777);
            assert_eq!(n.origin.group, None);
            assert_eq!(n.msg.payload(), b"hello");
        }
        e => panic!("{e:?}"),
    }
}

#[test]
fn overrun_fails_the_pending_request_and_reaches_the_stream() {
    let fake = FakeEndpoint::new(|_, r| r.overrun());
    let mut c = Client::new(fake).unwrap();
    let e = c
        .ack(&Request::raw(GET, Flags::EMPTY, b"").unwrap())
        .unwrap_err();
    assert!(matches!(e, Error::Overrun), "{e:?}");
    assert_eq!(c.next_event().unwrap(), Event::Overrun);
}

#[test]
fn malformed_datagram_is_reported_not_dropped_silently() {
    let fake = FakeEndpoint::new(|_, _| {});
    let mut c = Client::new(fake).unwrap();
    // nlmsg_len says 200 bytes, the datagram has 16.
    let mut bad = 200u32.to_ne_bytes().to_vec();
    bad.extend_from_slice(&[0x30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    c.transport_mut().push_raw(&bad, Addr::portid(99));
    match c.next_event().unwrap() {
        Event::Malformed { origin, error } => {
            assert_eq!(origin.portid, 99);
            assert!(
                matches!(error, nlkit::wire::WireError::MessageOverrun { .. }),
                "{error}"
            );
        }
        e => panic!("{e:?}"),
    }
}

#[test]
fn silence_is_a_timeout_not_a_hang() {
    let fake = FakeEndpoint::new(|_, _| {});
    let mut c = Client::new(fake).unwrap();
    c.set_timeout(Some(std::time::Duration::from_millis(10)))
        .unwrap();
    let e = c
        .ack(&Request::raw(GET, Flags::EMPTY, b"").unwrap())
        .unwrap_err();
    assert!(matches!(e, Error::Timeout(_)), "{e:?}");
}

#[test]
fn reply_with_foreign_sequence_is_not_handed_to_the_request() {
    let fake = FakeEndpoint::new(|req, r| {
        // First a reply to some other sequence number, then the real answer.
        let mut other = Vec::new();
        let mut b = nlkit::wire::MessageBuilder::new(&mut other, GET, Flags::EMPTY)
            .seq(req.header.seq.wrapping_add(1000))
            .portid(1000);
        b.payload(b"not-yours");
        b.finish().unwrap();
        r.raw(&other);
        r.reply(GET, b"yours");
        r.ack();
    });
    let mut c = Client::new(fake).unwrap();
    let replies = c
        .request(&Request::raw(GET, Flags::ACK, b"").unwrap())
        .unwrap();
    assert_eq!(replies.len(), 1);
    assert_eq!(replies[0].payload(), b"yours");
    // The foreign one is not lost either: it is a notification.
    match c.next_event().unwrap() {
        Event::Message(n) => assert_eq!(n.msg.payload(), b"not-yours"),
        e => panic!("{e:?}"),
    }
    assert_eq!(
        c.next_event().unwrap_err().to_string(),
        Error::Timeout(Default::default()).to_string()
    );
    let _ = msgtype::DONE;
}

#[test]
fn malformed_answer_from_the_peer_fails_the_request_at_once() {
    let fake = FakeEndpoint::new(|_, r| r.raw(&[0x40, 0, 0, 0, 0x20, 0]));
    let mut c = Client::new(fake).unwrap();
    let e = c
        .ack(&Request::raw(GET, Flags::EMPTY, b"").unwrap())
        .unwrap_err();
    assert!(matches!(e, Error::Wire(_)), "{e:?}");
}

#[test]
fn discard_events_empties_the_queue_before_a_resync() {
    let fake = FakeEndpoint::new(|_, r| r.dump(GET, [&b"fresh"[..]], false));
    let mut c = Client::new(fake).unwrap();
    c.transport_mut()
        .push_notification(1, 0x30, b"stale-1")
        .unwrap();
    c.transport_mut()
        .push_notification(1, 0x30, b"stale-2")
        .unwrap();
    // The dump files the queued datagrams away as it reads its answer.
    let d = c.dump_collect(&dump_req()).unwrap();
    assert_eq!(d.messages[0].payload(), b"fresh");
    assert_eq!(c.discard_events(), 2);
    assert!(matches!(c.next_event(), Err(Error::Timeout(_))));
}

#[test]
fn single_reply_completes_and_a_failing_callback_fails_only_its_request() {
    // The commonest exchange (one reply, no ACK), which the client answers
    // without the general classification: same results as the general way.
    let fake = FakeEndpoint::new(|req, r| {
        let n = req.payload.first().copied().unwrap_or(0);
        r.reply(GET, &[n, n]);
    });
    let mut c = Client::new(fake).unwrap();
    let mut seen = Vec::new();
    let done = c
        .execute(&Request::raw(GET, Flags::EMPTY, &[1]).unwrap(), |m| {
            seen.push(m.payload.to_vec());
            Ok(())
        })
        .unwrap();
    assert_eq!(
        (done.messages, done.warning, done.interrupted),
        (1, None, false)
    );
    assert_eq!(seen, vec![vec![1, 1]]);
    // The caller's own error type comes back as it was.
    #[derive(Debug)]
    enum Mine {
        Refused(u8),
        Netlink(#[allow(dead_code)] Error),
    }
    impl From<Error> for Mine {
        fn from(e: Error) -> Mine {
            Mine::Netlink(e)
        }
    }
    let e = c
        .try_execute(&Request::raw(GET, Flags::EMPTY, &[2]).unwrap(), |m| {
            Err(Mine::Refused(m.payload[0]))
        })
        .unwrap_err();
    assert!(matches!(e, Mine::Refused(2)), "{e:?}");
    // Through plain `execute`, boxed in Error::User and taken back out.
    let e = c
        .execute(&Request::raw(GET, Flags::EMPTY, &[4]).unwrap(), |_| {
            Err(Error::user(std::fmt::Error))
        })
        .unwrap_err();
    assert!(e.into_user::<std::fmt::Error>().is_ok());
    // Nothing is left in flight or in the stream, and the next request works.
    let replies = c
        .request(&Request::raw(GET, Flags::EMPTY, &[3]).unwrap())
        .unwrap();
    assert_eq!(replies.len(), 1);
    assert_eq!(replies[0].payload(), [3, 3]);
    assert!(matches!(c.next_event(), Err(Error::Timeout(_))));
    assert!(format!("{c:?}").contains("pending: 0"), "{c:?}");
}
