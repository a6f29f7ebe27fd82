//! Unit tests of the exchange engine over hand-built messages.

use super::*;
use crate::wire::{messages, msgtype, Header, MessageBuilder, HEADER_LEN};

const ME: u32 = 4242;

fn request(flags: Flags) -> Vec<u8> {
    let mut buf = Vec::new();
    let mut b = MessageBuilder::new(&mut buf, 0x20, flags);
    b.attr_u32(1, 7);
    b.finish().unwrap();
    buf
}

fn reply(ty: u16, flags: Flags, seq: u32, portid: u32, payload: &[u8]) -> Vec<u8> {
    let mut buf = Vec::new();
    let mut b = MessageBuilder::new(&mut buf, ty, flags)
        .seq(seq)
        .portid(portid);
    b.payload(payload);
    b.finish().unwrap();
    buf
}

fn ack(seq: u32, errno: i32, req: &[u8]) -> Vec<u8> {
    let mut p = (-errno).to_ne_bytes().to_vec();
    p.extend_from_slice(&req[..HEADER_LEN]);
    reply(msgtype::ERROR, Flags::CAPPED, seq, ME, &p)
}

fn one(buf: &[u8]) -> Message<'_> {
    messages(buf).next().unwrap().unwrap()
}

#[test]
fn begin_assigns_seq_portid_and_request_flag() {
    let mut ex = Exchange::new(ME);
    let mut req = request(Flags::ACK);
    let seq = ex.begin(&mut req, 0).unwrap();
    let h = Header::parse(&req).unwrap();
    assert_eq!(h.seq, seq);
    assert_eq!(h.portid, ME);
    assert!(h.flags.contains(Flags::REQUEST | Flags::ACK));
    assert!(ex.is_pending(seq));
    let seq2 = ex.begin(&mut request(Flags::ACK), 0).unwrap();
    assert_ne!(seq, seq2);
    assert_eq!(ex.pending_count(), 2);
}

#[test]
fn dump_drops_ack_flag() {
    let mut ex = Exchange::new(ME);
    let mut req = request(Flags::DUMP | Flags::ACK);
    ex.begin(&mut req, 0).unwrap();
    let h = Header::parse(&req).unwrap();
    assert!(!h.flags.contains(Flags::ACK));
    assert!(h.flags.contains(Flags::DUMP));
}

#[test]
fn seq_zero_is_never_used() {
    let mut ex = Exchange::new(ME);
    ex.set_next_seq(u32::MAX);
    assert_eq!(ex.next_seq(), u32::MAX);
    assert_eq!(ex.next_seq(), 1);
}

#[test]
fn acked_request_collects_replies_then_completes_on_ack() {
    let mut ex = Exchange::new(ME);
    let mut req = request(Flags::ACK);
    let seq = ex.begin(&mut req, 0).unwrap();
    let r = reply(0x20, Flags::EMPTY, seq, ME, b"abcd");
    match ex.on_message(one(&r), 0, 0).unwrap() {
        Disposition::Reply {
            seq: s, complete, ..
        } => {
            assert_eq!(s, seq);
            assert!(!complete);
        }
        e => panic!("unexpected {e:?}"),
    }
    let a = ack(seq, 0, &req);
    match ex.on_message(one(&a), 0, 0).unwrap() {
        Disposition::Complete {
            seq: s,
            outcome: Outcome::Ok { warning: None, .. },
            ..
        } => assert_eq!(s, seq),
        e => panic!("unexpected {e:?}"),
    }
    assert!(!ex.is_pending(seq));
}

#[test]
fn error_completes_with_failure() {
    let mut ex = Exchange::new(ME);
    let mut req = request(Flags::ACK);
    let seq = ex.begin(&mut req, 0).unwrap();
    let e = ack(seq, libc::EINVAL, &req);
    match ex.on_message(one(&e), 0, 0).unwrap() {
        Disposition::Complete {
            outcome: Outcome::Failed(f),
            ..
        } => {
            assert_eq!(f.errno, libc::EINVAL);
            assert_eq!(f.echoed_request.len(), HEADER_LEN);
            assert_eq!(f.seq, seq);
        }
        e => panic!("unexpected {e:?}"),
    }
}

#[test]
fn reply_with_foreign_seq_or_portid_is_not_ours() {
    let mut ex = Exchange::new(ME);
    let mut req = request(Flags::ACK);
    let seq = ex.begin(&mut req, 0).unwrap();
    // wrong sequence number
    let r = reply(0x20, Flags::EMPTY, seq + 100, ME, b"");
    assert!(matches!(
        ex.on_message(one(&r), 0, 0).unwrap(),
        Disposition::Unsolicited(_)
    ));
    // right seq, but addressed to another portid
    let r = reply(0x20, Flags::EMPTY, seq, ME + 1, b"");
    assert!(matches!(
        ex.on_message(one(&r), 0, 0).unwrap(),
        Disposition::Unsolicited(_)
    ));
    // right seq, but from a user socket instead of the kernel
    let r = reply(0x20, Flags::EMPTY, seq, ME, b"");
    assert!(matches!(
        ex.on_message(one(&r), 777, 0).unwrap(),
        Disposition::Unsolicited(_)
    ));
    // right seq, but multicast
    assert!(matches!(
        ex.on_message(one(&r), 0, 1).unwrap(),
        Disposition::Unsolicited(_)
    ));
    assert!(ex.is_pending(seq));
}

#[test]
fn dump_until_done_and_interrupted_flag() {
    let mut ex = Exchange::new(ME);
    let mut req = request(Flags::DUMP);
    let seq = ex.begin(&mut req, 0).unwrap();
    let p1 = reply(0x20, Flags::MULTI, seq, ME, b"1111");
    let p2 = reply(0x20, Flags::MULTI | Flags::DUMP_INTR, seq, ME, b"2222");
    for p in [&p1, &p2] {
        assert!(matches!(
            ex.on_message(one(p), 0, 0).unwrap(),
            Disposition::Reply {
                complete: false,
                ..
            }
        ));
    }
    let done = reply(msgtype::DONE, Flags::MULTI, seq, ME, &0i32.to_ne_bytes());
    match ex.on_message(one(&done), 0, 0).unwrap() {
        Disposition::Complete {
            outcome: Outcome::Ok { interrupted, .. },
            ..
        } => assert!(interrupted),
        e => panic!("unexpected {e:?}"),
    }
}

#[test]
fn done_with_negative_status_fails() {
    let mut ex = Exchange::new(ME);
    let mut req = request(Flags::DUMP);
    let seq = ex.begin(&mut req, 0).unwrap();
    let done = reply(
        msgtype::DONE,
        Flags::MULTI,
        seq,
        ME,
        &(-libc::EMSGSIZE).to_ne_bytes(),
    );
    match ex.on_message(one(&done), 0, 0).unwrap() {
        Disposition::Complete {
            outcome: Outcome::Failed(f),
            ..
        } => assert_eq!(f.errno, libc::EMSGSIZE),
        e => panic!("unexpected {e:?}"),
    }
}

#[test]
fn plain_request_completes_on_single_reply() {
    let mut ex = Exchange::new(ME);
    let mut req = request(Flags::EMPTY);
    let seq = ex.begin(&mut req, 0).unwrap();
    let r = reply(0x20, Flags::EMPTY, seq, ME, b"");
    assert!(matches!(
        ex.on_message(one(&r), 0, 0).unwrap(),
        Disposition::Reply { complete: true, .. }
    ));
    assert_eq!(ex.pending_count(), 0);
}

#[test]
fn two_requests_in_flight_get_their_own_replies() {
    let mut ex = Exchange::new(ME);
    let mut a = request(Flags::ACK);
    let mut b = request(Flags::ACK);
    let sa = ex.begin(&mut a, 0).unwrap();
    let sb = ex.begin(&mut b, 0).unwrap();
    let ab = ack(sb, 0, &b);
    let aa = ack(sa, libc::ENOENT, &a);
    match ex.on_message(one(&ab), 0, 0).unwrap() {
        Disposition::Complete {
            seq,
            outcome: Outcome::Ok { .. },
            ..
        } => assert_eq!(seq, sb),
        e => panic!("unexpected {e:?}"),
    }
    match ex.on_message(one(&aa), 0, 0).unwrap() {
        Disposition::Complete {
            seq,
            outcome: Outcome::Failed(f),
            ..
        } => {
            assert_eq!(seq, sa);
            assert_eq!(f.errno, libc::ENOENT);
        }
        e => panic!("unexpected {e:?}"),
    }
}

#[test]
fn late_reply_to_cancelled_request_is_ignored() {
    let mut ex = Exchange::new(ME);
    let mut req = request(Flags::ACK);
    let seq = ex.begin(&mut req, 0).unwrap();
    ex.cancel(seq);
    let a = ack(seq, 0, &req);
    assert!(matches!(
        ex.on_message(one(&a), 0, 0).unwrap(),
        Disposition::Ignored
    ));
}

#[test]
fn overrun_fails_every_pending_request() {
    let mut ex = Exchange::new(ME);
    let s1 = ex.begin(&mut request(Flags::ACK), 0).unwrap();
    let s2 = ex.begin(&mut request(Flags::DUMP), 0).unwrap();
    let mut failed = Vec::new();
    ex.on_overrun(|s| failed.push(s));
    failed.sort();
    assert_eq!(failed, vec![s1, s2]);
    assert_eq!(ex.pending_count(), 0);
}

#[test]
fn peer_requests_match_the_peer_portid() {
    let mut ex = Exchange::new(ME);
    let mut req = request(Flags::EMPTY);
    let seq = ex.begin(&mut req, 999).unwrap();
    // a user peer may write any nlmsg_pid: only the source address counts
    let r = reply(0x20, Flags::EMPTY, seq, 0, b"pong");
    assert!(matches!(
        ex.on_message(one(&r), 999, 0).unwrap(),
        Disposition::Reply { complete: true, .. }
    ));
}

/// One message of a generated datagram: type, flags, seq offset, portid.
fn gen_message(buf: &mut Vec<u8>, ty: u16, flags: Flags, seq: u32, portid: u32) {
    let mut b = MessageBuilder::new(buf, ty, flags).seq(seq).portid(portid);
    b.payload(&[1, 2, 3, 4]);
    b.finish().unwrap();
}

/// An engine with one request in flight (and optionally a second one).
fn engine_with(flags: Flags, peer: u32, second: bool) -> (Exchange, u32) {
    let mut ex = Exchange::new(ME);
    let seq = ex.begin(&mut request(flags), peer).unwrap();
    if second {
        ex.begin(&mut request(Flags::ACK), 0).unwrap();
    }
    (ex, seq)
}

#[test]
fn sole_reply_takes_the_common_answer_and_only_it() {
    let (mut ex, seq) = engine_with(Flags::EMPTY, 0, false);
    let mut d = Vec::new();
    gen_message(&mut d, 0x20, Flags::EMPTY, seq, ME);
    let m = ex.take_sole_reply(&d, 0, 0, seq).expect("fast path");
    assert_eq!(m.header.seq, seq);
    assert!(!ex.is_pending(seq));
    // Not for an ACKed request, a multipart reply, or two messages.
    let (mut ex, seq) = engine_with(Flags::ACK, 0, false);
    let mut d = Vec::new();
    gen_message(&mut d, 0x20, Flags::EMPTY, seq, ME);
    assert!(ex.take_sole_reply(&d, 0, 0, seq).is_none());
    assert!(ex.is_pending(seq));
    let (mut ex, seq) = engine_with(Flags::EMPTY, 0, false);
    let mut d = Vec::new();
    gen_message(&mut d, 0x20, Flags::MULTI, seq, ME);
    assert!(ex.take_sole_reply(&d, 0, 0, seq).is_none());
    gen_message(&mut d, 0x20, Flags::EMPTY, seq, ME);
    assert!(ex.take_sole_reply(&d, 0, 0, seq).is_none());
    assert!(ex.is_pending(seq));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 4000, ..Default::default() })]

    /// The fast paths never disagree with the general classification: when
    /// the sole-reply path takes a datagram, `on_message` would have seen
    /// exactly one completing reply (the same message); when the reply-run
    /// path takes one, the same non-completing replies, counted alike;
    /// when they decline, nothing changed.
    #[test]
    fn fast_paths_agree_with_on_message(
        req_flags in 0usize..3, peer_is_user in proptest::prelude::any::<bool>(),
        second in proptest::prelude::any::<bool>(),
        msgs in proptest::collection::vec((0usize..5, 0usize..3, 0usize..3, 0usize..4), 1..4),
        from_user in proptest::prelude::any::<bool>(), multicast in proptest::prelude::any::<bool>(),
    ) {
        let flags = [Flags::EMPTY, Flags::ACK, Flags::DUMP][req_flags];
        let peer = if peer_is_user { 77 } else { 0 };
        let (mut fast, seq) = engine_with(flags, peer, second);
        let (mut general, _) = engine_with(flags, peer, second);
        let mut d = Vec::new();
        for (ty, fl, dseq, pid) in msgs {
            let ty = [0x20, 0x21, msgtype::ERROR, msgtype::DONE, msgtype::NOOP][ty];
            let fl = [Flags::EMPTY, Flags::MULTI, Flags::DUMP_INTR][fl];
            // Mostly answers to the request, so the fast paths are reached.
            let dseq = [0, 0, 1][dseq];
            let pid = [ME, ME, 0, 99][pid];
            if ty == msgtype::ERROR || ty == msgtype::DONE {
                let mut b = MessageBuilder::new(&mut d, ty, fl).seq(seq + dseq).portid(pid);
                b.payload(&0i32.to_ne_bytes());
                b.payload(&request(Flags::EMPTY)[..HEADER_LEN]);
                b.finish().unwrap();
            } else {
                gen_message(&mut d, ty, fl, seq + dseq, pid);
            }
        }
        let sender = if from_user { 77 } else { 0 };
        let groups = u32::from(multicast);
        let before = fast.pending_count();
        let taken = fast.take_sole_reply(&d, sender, groups, seq);
        let events: Vec<String> = messages(&d)
            .map_while(Result::ok)
            .map(|m| match general.on_message(m, sender, groups) {
                Ok(Disposition::Reply { seq: s, msg, complete, replies }) =>
                    format!("reply {s} {:?} {complete} {replies}", msg.bytes()),
                Ok(other) => format!("{other:?}"),
                Err(e) => format!("error {e}"),
            })
            .collect();
        match taken {
            Some(m) => {
                proptest::prop_assert_eq!(
                    events,
                    vec![format!("reply {seq} {:?} true 1", m.bytes())]
                );
                proptest::prop_assert!(!fast.is_pending(seq) && !general.is_pending(seq));
                proptest::prop_assert_eq!(fast.pending_count(), general.pending_count());
                return Ok(());
            }
            None => {
                proptest::prop_assert_eq!(fast.pending_count(), before);
                proptest::prop_assert_eq!(fast.peer_of(seq), Some(peer));
            }
        }
        // The other fast path: replies that do not end the request.
        match fast.take_reply_run(&d, sender, groups, seq) {
            Some(n) => {
                let expect: Vec<String> = messages(&d)
                    .map_while(Result::ok)
                    .zip(1..)
                    .map(|(m, k)| format!("reply {seq} {:?} false {k}", m.bytes()))
                    .collect();
                proptest::prop_assert_eq!(expect.len(), n as usize);
                proptest::prop_assert_eq!(&events, &expect);
                // Both engines end the request the same way (replies
                // counted, NLM_F_DUMP_INTR remembered).
                let mut end = Vec::new();
                let ty = if flags == Flags::DUMP { msgtype::DONE } else { msgtype::ERROR };
                let mut b = MessageBuilder::new(&mut end, ty, Flags::EMPTY).seq(seq).portid(ME);
                b.payload(&0i32.to_ne_bytes());
                b.payload(&request(Flags::EMPTY)[..HEADER_LEN]);
                b.finish().unwrap();
                let a = format!("{:?}", fast.on_message(one(&end), sender, 0));
                let g = format!("{:?}", general.on_message(one(&end), sender, 0));
                proptest::prop_assert_eq!(a, g);
            }
            None => {
                proptest::prop_assert_eq!(fast.pending_count(), before);
                proptest::prop_assert_eq!(fast.peer_of(seq), Some(peer));
            }
        }
    }
}

/// Deadlines in virtual time: the engine never reads the clock itself
/// except in `Deadline::after`; here every instant is made up.
#[test]
fn deadlines_expire_on_their_own_time_whatever_else_arrives() {
    use std::time::{Duration, Instant};
    let t0 = Instant::now();
    let mut e = Engine::new(ME);
    let at = |ms| Deadline {
        at: t0 + Duration::from_millis(ms),
        timeout: Duration::from_millis(ms),
    };
    let mut slow = request(Flags::ACK);
    let mut fast = request(Flags::ACK);
    let mut none = request(Flags::ACK);
    let s_slow = e.begin(&mut slow, 0, Some(at(300))).unwrap();
    let s_fast = e.begin(&mut fast, 0, Some(at(100))).unwrap();
    let s_none = e.begin(&mut none, 0, None).unwrap();
    assert_eq!(e.poll_timeout(), Some(t0 + Duration::from_millis(100)));
    // Multicast traffic meanwhile is queued and changes no deadline.
    let noise = reply(0x40, Flags::EMPTY, 0, 0, b"tick");
    let from = Origin {
        portid: 0,
        group: Some(3),
    };
    for _ in 0..5 {
        assert!(e
            .handle_datagram(&noise, from, 1 << 2, None, &mut |_| Ok(()))
            .is_none());
    }
    assert_eq!(e.backlog_len(), 5);
    assert_eq!(e.poll_timeout(), Some(t0 + Duration::from_millis(100)));
    // Before the first deadline nothing expires.
    e.handle_timeout(t0 + Duration::from_millis(99));
    assert!(e.exchange().is_pending(s_fast));
    e.handle_timeout(t0 + Duration::from_millis(100));
    let r = e.poll_completion(s_fast, &mut |_| Ok(()));
    assert!(
        matches!(r, Some(Err(crate::Error::Timeout(d))) if d == Duration::from_millis(100)),
        "{r:?}"
    );
    assert!(!e.is_pending(s_fast));
    // Its late ACK is recognised and ignored, not taken for a notification.
    let late = ack(s_fast, 0, &fast);
    let quiet = Origin::default();
    assert!(e
        .handle_datagram(&late, quiet, 0, None, &mut |_| Ok(()))
        .is_none());
    assert_eq!(e.backlog_len(), 5);
    // The next deadline is the slow one's; a request without one never expires.
    assert_eq!(e.poll_timeout(), Some(t0 + Duration::from_millis(300)));
    let done = ack(s_slow, 0, &slow);
    assert!(e
        .handle_datagram(&done, quiet, 0, None, &mut |_| Ok(()))
        .is_none());
    assert!(matches!(
        e.poll_completion(s_slow, &mut |_| Ok(())),
        Some(Ok(_))
    ));
    assert_eq!(
        e.poll_timeout(),
        None,
        "completed requests leave no deadline"
    );
    e.handle_timeout(t0 + Duration::from_secs(3600));
    assert!(e.exchange().is_pending(s_none));
}
