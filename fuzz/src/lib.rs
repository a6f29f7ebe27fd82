//! The checks behind nlkit's fuzz targets, kept in a library so that the
//! same code runs under libFuzzer (`fuzz_targets/*.rs`) and as plain tests
//! replaying the committed corpus on stable (`cargo test` in `fuzz/`).
//!
//! Each `check_*` function takes arbitrary bytes, drives one part of nlkit
//! with them and panics only when an invariant of nlkit is broken.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};

use nlkit::client::{Client, Event as ClientEvent, Request};
use nlkit::exchange::{Disposition, Exchange, Outcome};
use nlkit::fake::FakeEndpoint;
use nlkit::socket::Addr;
use nlkit::wire::{
    align, attr_path_at, attrs, messages, msgtype, Attr, AttrPath, DoneMessage, ErrorMessage,
    ExtAck, Flags, Header, Message, MessageBuilder, MessageKind, Policy, ATTR_PATH_MAX_DEPTH,
    HEADER_LEN, NLA_F_NESTED, NLA_HEADER_LEN, NLA_TYPE_MASK,
};

/// A cursor over fuzzer bytes; reads past the end give zeros / empty slices,
/// so every input decodes to some sequence of operations.
#[derive(Debug)]
pub struct Input<'a> {
    data: &'a [u8],
}

impl<'a> Input<'a> {
    /// Wraps `data`.
    pub fn new(data: &'a [u8]) -> Input<'a> {
        Input { data }
    }
    /// True when every byte was consumed.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
    /// Next byte (0 past the end).
    pub fn u8(&mut self) -> u8 {
        match self.data.split_first() {
            Some((b, rest)) => {
                self.data = rest;
                *b
            }
            None => 0,
        }
    }
    /// Next little-endian `u16`.
    pub fn u16(&mut self) -> u16 {
        u16::from_le_bytes([self.u8(), self.u8()])
    }
    /// Next little-endian `u32`.
    pub fn u32(&mut self) -> u32 {
        u32::from_le_bytes([self.u8(), self.u8(), self.u8(), self.u8()])
    }
    /// Up to `n` next bytes.
    pub fn bytes(&mut self, n: usize) -> &'a [u8] {
        let (a, b) = self.data.split_at(n.min(self.data.len()));
        self.data = b;
        a
    }
    /// A `u16`-length-prefixed chunk.
    pub fn chunk(&mut self) -> &'a [u8] {
        let n = self.u16() as usize;
        self.bytes(n)
    }
}

/// What a stateful check saw, so tests can tell that seeds reach the
/// interesting paths (the fuzz targets ignore it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Replies handed to a pending request.
    pub replies: usize,
    /// Requests completed (success or failure).
    pub completions: usize,
    /// Messages found unsolicited (notifications, strays).
    pub unsolicited: usize,
}

// ---------------------------------------------------------------- messages

/// Target `messages`: `wire::messages` over a datagram, `Message::parse`,
/// `Message::kind`, header round trips, and the attributes of each payload.
pub fn check_messages(data: &[u8]) {
    let mut it = messages(data);
    let mut pos = 0usize;
    let mut failed = false;
    while let Some(item) = it.next() {
        assert!(!failed, "the iterator yields nothing after an error");
        match item {
            Ok(m) => {
                let len = m.header.len as usize;
                assert!(len >= HEADER_LEN);
                assert_eq!(m.bytes().len(), len, "bytes() is nlmsg_len long");
                assert_eq!(m.bytes(), &data[pos..pos + len], "bytes() is in place");
                assert_eq!(m.payload, &m.bytes()[HEADER_LEN..]);
                assert_eq!(Header::parse(m.bytes()).ok(), Some(m.header));
                assert_eq!(&m.header.to_bytes()[..], &m.bytes()[..HEADER_LEN]);
                assert_eq!(m.header.payload_len(), Some(m.payload.len()));
                let (again, advance) = Message::parse(&data[pos..]).expect("same bytes parse");
                assert_eq!(again, m);
                assert_eq!(advance, align(len).min(data.len() - pos));
                pos += advance;
                assert_eq!(it.position(), pos);
                check_kind(&m);
                for fixed in [0usize, 4, 8, 12, 16] {
                    if let Some(block) = m.payload.get(fixed..) {
                        walk_attrs(block, 0, 2);
                    }
                }
            }
            Err(e) => {
                failed = true;
                assert!(!e.to_string().is_empty());
            }
        }
    }
    assert!(it.next().is_none(), "fused");
    assert!(pos <= data.len());
    if !failed {
        assert_eq!(pos, data.len(), "a clean iteration consumes everything");
    }
}

fn check_kind(m: &Message<'_>) {
    match m.kind() {
        Ok(MessageKind::Noop) => assert_eq!(m.header.ty, msgtype::NOOP),
        Ok(MessageKind::Overrun) => assert_eq!(m.header.ty, msgtype::OVERRUN),
        Ok(MessageKind::Ack(e)) => {
            assert_eq!(m.header.ty, msgtype::ERROR);
            assert_eq!(e.errno, 0);
            check_error(m, &e, 0, 0);
        }
        Ok(MessageKind::Error(e)) => {
            assert_eq!(m.header.ty, msgtype::ERROR);
            assert!(e.errno > 0);
            check_error(m, &e, 16, 32);
        }
        Ok(MessageKind::Done(d)) => {
            assert_eq!(m.header.ty, msgtype::DONE);
            check_done(&d);
        }
        Ok(MessageKind::Data) => {
            assert!(![
                msgtype::NOOP,
                msgtype::ERROR,
                msgtype::DONE,
                msgtype::OVERRUN
            ]
            .contains(&m.header.ty));
        }
        Err(e) => {
            assert!(
                [msgtype::ERROR, msgtype::DONE].contains(&m.header.ty),
                "{e}"
            );
            assert!(!e.to_string().is_empty());
        }
    }
}

// ---------------------------------------------------------------- ext ack

/// Target `ext_ack`: input is `[fixed_len: u8][offset: u16][message...]`.
/// The message is decoded as `NLMSG_ERROR` and as `NLMSG_DONE` whatever its
/// type says, its bytes as a bare extended-ACK block, and `attr_path_at`
/// is compared with a reference walk built on `wire::attrs`.
pub fn check_ext_ack(data: &[u8]) {
    let mut input = Input::new(data);
    let fixed = input.u8() as usize;
    let offset = u32::from(input.u16());
    let msg = input.bytes(usize::MAX);

    // As a request: attr_path_at against the reference.
    let got = attr_path_at(msg, fixed, offset);
    let want = reference_path(msg, fixed, offset);
    assert_eq!(
        got.map(|p| p.as_slice().to_vec()),
        want,
        "attr_path_at(fixed {fixed}, offset {offset})"
    );
    if let Some(p) = got {
        check_path(&p);
    }

    // As an NLMSG_ERROR and an NLMSG_DONE.
    for ty in [msgtype::ERROR, msgtype::DONE] {
        let mut copy = msg.to_vec();
        if copy.len() >= HEADER_LEN {
            copy[4..6].copy_from_slice(&ty.to_ne_bytes());
        }
        let Ok((m, _)) = Message::parse(&copy) else {
            continue;
        };
        if ty == msgtype::ERROR {
            if let Ok(e) = ErrorMessage::parse(&m) {
                check_error(&m, &e, fixed, offset);
            }
            assert!(DoneMessage::parse(&m).is_err(), "wrong type is refused");
        } else {
            if let Ok(d) = DoneMessage::parse(&m) {
                check_done(&d);
            }
            assert!(ErrorMessage::parse(&m).is_err(), "wrong type is refused");
        }
    }

    // The bytes as an extended-ACK block and as a policy.
    if let Ok(a) = ExtAck::parse(msg) {
        check_ext_ack_fields(&a);
    }
    if let Ok(p) = Policy::parse(msg) {
        let _ = p.type_name();
    }
}

fn check_error(m: &Message<'_>, e: &ErrorMessage<'_>, fixed: usize, offset: u32) {
    assert!(e.errno >= 0);
    assert_eq!(e.is_ack(), e.errno == 0);
    assert_eq!(e.capped, m.header.flags.contains(Flags::CAPPED));
    if e.capped {
        assert!(e.request_payload.is_empty());
        assert!(e.attr_path(fixed).is_none());
    }
    // The echo lies inside the message, right after struct nlmsgerr.
    let after = &m.payload[4 + HEADER_LEN..];
    assert_eq!(e.request_payload, &after[..e.request_payload.len()]);
    if !m.header.flags.contains(Flags::ACK_TLVS) {
        assert!(e.ext_ack.is_empty());
    }
    check_ext_ack_fields(&e.ext_ack);
    if let Some(p) = e.attr_path(fixed) {
        check_path(&p);
    }
    // Same mapping over a rebuilt request (header + echoed payload).
    let mut req = e.request.to_bytes().to_vec();
    req.extend_from_slice(e.request_payload);
    if let Some(p) = attr_path_at(&req, fixed, offset) {
        check_path(&p);
    }
}

fn check_done(d: &DoneMessage<'_>) {
    let errno = d.errno();
    assert!(errno >= 0);
    assert_eq!(errno == 0, d.status >= 0);
    check_ext_ack_fields(&d.ext_ack);
}

fn check_ext_ack_fields(a: &ExtAck<'_>) {
    if let Some(m) = a.msg {
        assert!(!m.ends_with('\0'), "str_nonul strips trailing NULs");
    }
    if a.policy_raw.is_some() {
        let p = a
            .policy()
            .expect("a policy validated by ExtAck::parse decodes again");
        let _ = p.type_name();
    }
    assert_eq!(a.is_empty(), *a == ExtAck::default());
}

fn check_path(p: &AttrPath) {
    assert!(!p.is_empty() && p.len() <= ATTR_PATH_MAX_DEPTH);
    assert_eq!(p.last(), p.as_slice().last().copied());
    assert!(p.as_slice().iter().all(|t| t & !NLA_TYPE_MASK == 0));
    assert_eq!(p.to_string().split('/').count(), p.len());
}

/// What `attr_path_at` must return, computed with the attribute iterator.
fn reference_path(request: &[u8], fixed: usize, offset: u32) -> Option<Vec<u16>> {
    let payload = request.get(HEADER_LEN..)?;
    let target = (offset as usize).checked_sub(HEADER_LEN)?;
    let first = align(fixed);
    let mut block = payload.get(first..)?;
    let mut base = first;
    let mut path = Vec::new();
    'descend: loop {
        let mut it = attrs(block);
        loop {
            let start = base + it.position();
            let Some(Ok(a)) = it.next() else {
                break 'descend;
            };
            let len = NLA_HEADER_LEN + a.value.len();
            if (start..start + len).contains(&target) {
                if path.len() == ATTR_PATH_MAX_DEPTH {
                    break 'descend;
                }
                path.push(a.ty);
                let value_start = start + NLA_HEADER_LEN;
                if a.raw_type() & NLA_F_NESTED != 0 && target >= value_start {
                    block = a.value;
                    base = value_start;
                    continue 'descend;
                }
                break 'descend;
            }
        }
    }
    (!path.is_empty()).then_some(path)
}

// ---------------------------------------------------------------- attrs

/// Target `attrs`: the bytes as an attribute block, walked recursively
/// (every value is also tried as a nested block) with every reader.
pub fn check_attrs(data: &[u8]) {
    walk_attrs(data, 0, 8);
}

fn walk_attrs(block: &[u8], depth: usize, max_depth: usize) {
    let mut it = attrs(block);
    let mut seen: Vec<Attr<'_>> = Vec::new();
    let mut failed = false;
    loop {
        let start = it.position();
        let Some(item) = it.next() else { break };
        assert!(!failed, "the iterator yields nothing after an error");
        match item {
            Ok(a) => {
                let len = NLA_HEADER_LEN + a.value.len();
                let on_wire = &block[start..start + len];
                assert_eq!(&on_wire[NLA_HEADER_LEN..], a.value, "value is in place");
                assert_eq!(
                    u16::from_ne_bytes([on_wire[0], on_wire[1]]) as usize,
                    len,
                    "nla_len"
                );
                assert_eq!(u16::from_ne_bytes([on_wire[2], on_wire[3]]), a.raw_type());
                assert_eq!(a.raw_type() & NLA_TYPE_MASK, a.ty);
                assert_eq!(it.position(), start + align(len).min(block.len() - start));
                check_readers(&a);
                if depth < max_depth {
                    walk_attrs(a.value, depth + 1, max_depth);
                }
                seen.push(a);
            }
            Err(e) => {
                failed = true;
                assert!(!e.to_string().is_empty());
            }
        }
    }
    assert!(it.next().is_none(), "fused");
    assert_eq!(attrs(block).validate().is_ok(), !failed);
    // find() agrees with the walk: the first attribute of a type, or the
    // error if the block breaks before it.
    for ty in seen.iter().map(|a| a.ty).take(4) {
        let first = seen.iter().find(|a| a.ty == ty).copied();
        assert_eq!(attrs(block).find(ty).ok().flatten(), first);
        assert_eq!(attrs(block).find(ty | NLA_F_NESTED).ok().flatten(), first);
    }
}

fn check_readers(a: &Attr<'_>) {
    let n = a.value.len();
    assert_eq!(a.u8().is_ok(), n == 1);
    assert_eq!(a.i8().is_ok(), n == 1);
    assert_eq!(a.u16().is_ok(), n == 2);
    assert_eq!(a.i16().is_ok(), n == 2);
    assert_eq!(a.be16().is_ok(), n == 2);
    assert_eq!(a.u32().is_ok(), n == 4);
    assert_eq!(a.i32().is_ok(), n == 4);
    assert_eq!(a.be32().is_ok(), n == 4);
    assert_eq!(a.u64().is_ok(), n == 8);
    assert_eq!(a.i64().is_ok(), n == 8);
    assert_eq!(a.be64().is_ok(), n == 8);
    assert_eq!(a.array::<6>().is_ok(), n == 6);
    assert_eq!(a.array::<16>().is_ok(), n == 16);
    assert_eq!(a.flag().is_ok(), n == 0);
    if let (Ok(x), Ok(y)) = (a.u32(), a.be32()) {
        if !a.net_byteorder {
            assert_eq!(x.to_ne_bytes(), y.to_be_bytes());
        } else {
            assert_eq!(x, y);
        }
    }
    let has_nul = a.value.contains(&0);
    match a.str() {
        Ok(s) => {
            assert!(has_nul);
            assert!(!s.contains('\0') && s.len() < n);
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
    assert_eq!(a.cstr().is_ok(), has_nul);
    if let Ok(s) = a.str_nonul() {
        assert!(!s.ends_with('\0') && s.len() <= n);
    }
    assert_eq!(a.bytes(), a.value);
    let _ = a.nested().count();
}

// ---------------------------------------------------------------- exchange

#[derive(Clone, Copy, Debug)]
struct ModelReq {
    seq: u32,
    peer: u32,
}

fn peer_of(b: u8) -> u32 {
    match b % 4 {
        0 => 0,
        n => 2000 + u32::from(n),
    }
}

fn groups_of(b: u8) -> u32 {
    match b % 4 {
        0 | 1 => 0,
        2 => 1,
        _ => 1 << (b % 32),
    }
}

/// Patch every message of `dgram`: bit 0 sets `nlmsg_seq` to `seq`, bit 1
/// sets `nlmsg_pid` to `portid`. Stops at the first malformed message.
fn patch(dgram: &mut [u8], how: u8, seq: u32, portid: u32) {
    let mut pos = 0;
    while let Some(rest) = dgram.get_mut(pos..) {
        let Ok((_, advance)) = Message::parse(rest) else {
            return;
        };
        if how & 1 != 0 {
            rest[8..12].copy_from_slice(&seq.to_ne_bytes());
        }
        if how & 2 != 0 {
            rest[12..16].copy_from_slice(&portid.to_ne_bytes());
        }
        pos += advance.max(1);
    }
}

/// Target `exchange`: the sans-I/O engine driven by operations decoded from
/// the input (begin requests to the kernel or peers, cancel, overrun,
/// datagrams from any sender/groups, seq wrap-around), checked against a
/// model: a reply or completion only ever goes to a pending request with
/// the same seq, from the peer it was sent to, never from a multicast; what
/// is unsolicited matches no pending request; counts agree.
pub fn check_exchange(data: &[u8]) -> Stats {
    let mut stats = Stats::default();
    let mut input = Input::new(data);
    let portid = if input.u8() & 1 == 0 { 0 } else { 1000 };
    let mut x = Exchange::new(portid);
    let mut model: Vec<ModelReq> = Vec::new();
    let mut ops = 0;
    while !input.is_empty() && ops < 256 {
        ops += 1;
        match input.u8() % 6 {
            0 => {
                let flags = match input.u8() % 4 {
                    0 => Flags::EMPTY,
                    1 => Flags::ACK,
                    2 => Flags::DUMP,
                    _ => Flags::DUMP | Flags::ACK,
                };
                let peer = peer_of(input.u8());
                let mut buf = Vec::new();
                let mut b = MessageBuilder::new(&mut buf, 0x20, flags);
                b.payload(&[1, 2, 3, 4]);
                b.finish().expect("small message builds");
                let seq = x.begin(&mut buf, peer).expect("valid header");
                assert_ne!(seq, 0, "seq 0 is never used");
                assert!(
                    model.iter().all(|r| r.seq != seq),
                    "seq {seq} is already in flight"
                );
                let h = Header::parse(&buf).expect("header");
                assert_eq!((h.seq, h.portid), (seq, portid));
                assert!(h.flags.contains(Flags::REQUEST));
                model.push(ModelReq { seq, peer });
            }
            1 => {
                if !model.is_empty() {
                    let i = input.u8() as usize % model.len();
                    let r = model.remove(i);
                    x.cancel(r.seq);
                    assert!(!x.is_pending(r.seq));
                }
            }
            2 => {
                let mut failed = Vec::new();
                x.on_overrun(|s| failed.push(s));
                let mut want: Vec<u32> = model.drain(..).map(|r| r.seq).collect();
                failed.sort_unstable();
                want.sort_unstable();
                assert_eq!(failed, want, "an overrun fails every pending request");
            }
            3 => {
                // Near the wrap-around.
                x.set_next_seq(u32::MAX - u32::from(input.u8() % 4));
            }
            _ => {
                let sender = peer_of(input.u8());
                let groups = groups_of(input.u8());
                let how = input.u8();
                let target = match model.len() {
                    0 => input.u32(),
                    n => model[input.u8() as usize % n].seq,
                };
                let mut dgram = input.chunk().to_vec();
                patch(&mut dgram, how, target, portid);
                feed(&mut x, &mut model, &dgram, sender, groups, &mut stats);
            }
        }
        assert_eq!(x.pending_count(), model.len(), "pending count");
        for r in &model {
            assert!(x.is_pending(r.seq));
        }
    }
    stats
}

fn feed(
    x: &mut Exchange,
    model: &mut Vec<ModelReq>,
    dgram: &[u8],
    sender: u32,
    groups: u32,
    stats: &mut Stats,
) {
    let portid = x.portid();
    for item in messages(dgram) {
        let Ok(msg) = item else { break };
        let h = msg.header;
        let matching = |r: &ModelReq| {
            groups == 0
                && r.seq == h.seq
                && r.peer == sender
                && (r.peer != 0 || portid == 0 || h.portid == portid)
        };
        let before = model.len();
        let owner = model.iter().position(matching);
        let ev = match x.on_message(msg, sender, groups) {
            Ok(ev) => ev,
            Err(_) => {
                assert_eq!(x.pending_count(), before, "a bad message changes nothing");
                continue;
            }
        };
        match ev {
            Disposition::Reply {
                seq,
                msg: m,
                complete,
                ..
            } => {
                let i = owner.expect("a reply goes to a matching pending request");
                assert_eq!(model[i].seq, seq);
                assert_eq!(m.header.seq, seq, "never to another seq");
                assert_eq!(m, msg);
                stats.replies += 1;
                if complete {
                    stats.completions += 1;
                    model.remove(i);
                    assert!(!x.is_pending(seq));
                }
            }
            Disposition::Complete { seq, outcome, .. } => {
                let i = owner.expect("a completion goes to a matching pending request");
                assert_eq!(model[i].seq, seq);
                assert_eq!(h.seq, seq, "never to another seq");
                stats.completions += 1;
                model.remove(i);
                assert!(!x.is_pending(seq));
                if let Outcome::Failed(f) = outcome {
                    assert_eq!(f.seq, seq);
                    assert!(f.errno > 0);
                }
            }
            Disposition::Unsolicited(m) => {
                assert!(
                    owner.is_none(),
                    "a reply to a pending request was not taken"
                );
                assert_eq!(m, msg);
                stats.unsolicited += 1;
            }
            Disposition::Ignored => {}
        }
    }
}

// ---------------------------------------------------------------- client

#[derive(Default)]
struct Script {
    /// Datagrams the fake peer sends back, patched with the request's seq.
    answers: Vec<(u8, Vec<u8>)>,
    /// Sequence number of the last request the fake saw.
    last_seq: u32,
    /// The messages of the answers sent back for it.
    answered: Vec<Vec<u8>>,
}

/// Target `client`: a blocking `Client` over `FakeEndpoint`, with fuzzer
/// datagrams from any sender queued around requests (to the kernel and to
/// peers), requests in flight waited for in any order, overruns, and the
/// event stream drained. Invariant: a reply handed to the caller has the
/// awaited request's seq and came from the peer it was sent to, unicast.
pub fn check_client(data: &[u8]) -> Stats {
    let mut stats = Stats::default();
    const PORTID: u32 = 1000;
    let mut input = Input::new(data);
    let script = Arc::new(Mutex::new(Script::default()));
    let s2 = Arc::clone(&script);
    let fake = FakeEndpoint::new(move |req, r| {
        let mut s = s2.lock().expect("script lock");
        s.last_seq = req.header.seq;
        for (how, mut d) in std::mem::take(&mut s.answers) {
            patch(&mut d, how, req.header.seq, PORTID);
            for m in messages(&d).map_while(Result::ok) {
                s.answered.push(m.bytes().to_vec());
            }
            r.raw(&d);
        }
    })
    .with_portid(PORTID);
    let Ok(mut client) = Client::new(fake) else {
        return stats;
    };
    // seq -> messages (bytes) that may legitimately answer it.
    let mut eligible: BTreeMap<u32, BTreeSet<Vec<u8>>> = BTreeMap::new();
    let mut in_flight: Vec<u32> = Vec::new();
    let mut ops = 0;
    while !input.is_empty() && ops < 64 {
        ops += 1;
        match input.u8() % 7 {
            0 => {
                // A datagram from anyone, for a request in flight or not.
                let sender = peer_of(input.u8());
                let groups = groups_of(input.u8());
                let how = input.u8();
                let seq = match in_flight.len() {
                    0 => input.u32(),
                    n => in_flight[input.u8() as usize % n],
                };
                let mut d = input.chunk().to_vec();
                patch(&mut d, how, seq, PORTID);
                if sender == 0 && groups == 0 {
                    for m in messages(&d).map_while(Result::ok) {
                        eligible
                            .entry(m.header.seq)
                            .or_default()
                            .insert(m.bytes().to_vec());
                    }
                }
                client.transport_mut().push_raw(
                    &d,
                    Addr {
                        portid: sender,
                        groups,
                    },
                );
            }
            1 => {
                let how = input.u8();
                let d = input.chunk().to_vec();
                script.lock().expect("script lock").answers.push((how, d));
            }
            2 => {
                let flags = request_flags(input.u8());
                let Ok(req) = Request::raw(0x20, flags, b"req") else {
                    continue;
                };
                let sent = client.send_request(&req);
                // The fake answered during the send, from the kernel side.
                note_answers(&script, &mut eligible);
                if let Ok(seq) = sent {
                    assert_eq!(script.lock().expect("script lock").last_seq, seq);
                    in_flight.push(seq);
                }
            }
            3 => {
                if in_flight.is_empty() {
                    continue;
                }
                let seq = in_flight.remove(input.u8() as usize % in_flight.len());
                let ok = eligible.get(&seq).cloned().unwrap_or_default();
                let mut replies = 0;
                let r = client.wait(seq, |m| {
                    assert_eq!(m.header.seq, seq, "a reply went to another request");
                    assert!(ok.contains(m.bytes()), "reply from a wrong sender: {m:?}");
                    replies += 1;
                    Ok(())
                });
                stats.replies += replies;
                stats.completions += usize::from(r.is_ok());
            }
            4 => {
                // execute_to a peer (or the kernel): answered by the script.
                let peer = peer_of(input.u8());
                let flags = request_flags(input.u8());
                let Ok(req) = Request::raw(0x21, flags, b"call") else {
                    continue;
                };
                let s3 = Arc::clone(&script);
                let mut replies = 0;
                let r = client.execute_to(peer, &req, &mut |m| {
                    let seq = s3.lock().expect("script lock").last_seq;
                    assert_eq!(m.header.seq, seq, "a reply went to another request");
                    replies += 1;
                    Ok(())
                });
                stats.replies += replies;
                stats.completions += usize::from(r.is_ok());
                if peer == 0 {
                    // Answers with other seqs are kept for those requests.
                    note_answers(&script, &mut eligible);
                } else {
                    script.lock().expect("script lock").answered.clear();
                }
            }
            5 => client.transport_mut().push_overrun(),
            _ => {
                for _ in 0..64 {
                    match client.next_event() {
                        Ok(ClientEvent::Message(n)) => {
                            let _ = n.msg.as_message();
                            stats.unsolicited += 1;
                        }
                        Ok(_) => {}
                        Err(_) => break,
                    }
                }
            }
        }
    }
    stats
}

fn request_flags(b: u8) -> Flags {
    match b % 3 {
        0 => Flags::EMPTY,
        1 => Flags::ACK,
        _ => Flags::DUMP,
    }
}

/// Answers the fake sent from the kernel side (portid 0, unicast): each
/// may legitimately answer the request whose seq it carries.
fn note_answers(script: &Mutex<Script>, eligible: &mut BTreeMap<u32, BTreeSet<Vec<u8>>>) {
    let answered = std::mem::take(&mut script.lock().expect("script lock").answered);
    for bytes in answered {
        if let Ok((m, _)) = Message::parse(&bytes) {
            eligible
                .entry(m.header.seq)
                .or_default()
                .insert(bytes.clone());
        }
    }
}

#[cfg(test)]
mod tests;

/// `capture`: the bytes are a capture file (pcapng or classic pcap, as
/// `nlctl capture --read` takes). Reading never panics; an error names a
/// byte offset inside the input; every record read is no larger than the
/// snap length and its datagram within the input; records written back as
/// pcapng read back the same.
pub fn check_capture(data: &[u8]) {
    use nlkit::capture::{pcapng, Reader, ReadError, SNAPLEN};
    let mut records = Vec::new();
    let end = match Reader::new(data) {
        Ok(mut r) => loop {
            match r.next_record() {
                Ok(Some(rec)) => {
                    assert!(rec.data.len() <= SNAPLEN as usize, "record over the snap length");
                    assert!(rec.data.len() <= data.len(), "record larger than the input");
                    records.push(rec);
                }
                Ok(None) => break None,
                Err(e) => break Some(e),
            }
        },
        Err(e) => Some(e),
    };
    match end {
        None => {}
        Some(ReadError::Format { offset, ref message, .. }) => {
            assert!(offset <= data.len() as u64, "error offset {offset} past the input");
            assert!(!message.is_empty());
            let text = end.as_ref().map(ToString::to_string).unwrap_or_default();
            assert!(text.contains("byte offset"), "{text}");
        }
        Some(ReadError::Io(e)) => panic!("reading a slice cannot fail with I/O: {e}"),
    }
    let mut w = pcapng::Writer::new(Vec::new()).expect("writing to a Vec");
    for r in &records {
        w.write(r, 0).expect("writing to a Vec");
    }
    let bytes = w.into_inner().expect("a Vec");
    let mut back = Reader::new(&bytes[..]).expect("our own header");
    for r in &records {
        let mut want = r.clone();
        want.orig_len = want.orig_len.max(want.data.len() as u32);
        // The writer stores nanoseconds in 64 bits (until the year 2554).
        if want.time.as_nanos() > u128::from(u64::MAX) {
            want.time = std::time::Duration::from_nanos(u64::MAX);
        }
        let got = back.next_record().expect("our own record").expect("as many records");
        assert_eq!(got, want, "a record changed through the pcapng writer");
    }
    assert!(back.next_record().expect("our own file").is_none());
}

// ------------------------------------------------------------- spec_decode

/// Types an attribute of a generated spec may have (the last is unknown
/// to the reader on purpose: it must warn and decode as binary).
const SPEC_TYPES: &[&str] = &[
    "u8",
    "u16",
    "u32",
    "u64",
    "s8",
    "s16",
    "s32",
    "s64",
    "uint",
    "sint",
    "flag",
    "string",
    "binary",
    "nest",
    "indexed-array",
    "nest-type-value",
    "bitfield32",
    "pad",
    "unused",
    "u128",
];

/// Display hints a generated spec may use (the last is unknown on purpose).
const SPEC_HINTS: &[&str] = &[
    "hex",
    "mac",
    "ipv4",
    "ipv6",
    "ipv4-or-v6",
    "uuid",
    "fddi",
    "ipv5",
];

/// Builds a YNL spec (as YAML text) from fuzzer bytes: enums, flags, a
/// struct, up to three attribute sets (nests may point anywhere, the set
/// itself included), a sub-message chosen by a `kind` string, one
/// operation with a fixed header or not; netlink-raw or genetlink.
pub fn spec_from_input(inp: &mut Input<'_>) -> String {
    let raw = inp.u8() & 1 == 0;
    let mut y = String::from("name: fuzz\n");
    if raw {
        y.push_str("protocol: netlink-raw\nprotonum: 20\n");
    } else {
        y.push_str("protocol: genetlink-legacy\n");
    }
    y.push_str("definitions:\n");
    let n_enum = 1 + inp.u8() % 4;
    y.push_str("  - {name: e0, type: enum, entries: [");
    for i in 0..n_enum {
        if inp.u8() % 4 == 0 {
            y.push_str(&format!("{{name: v{i}, value: {}}}, ", inp.u8()));
        } else {
            y.push_str(&format!("v{i}, "));
        }
    }
    y.push_str("]}\n");
    y.push_str(&format!(
        "  - {{name: f0, type: flags, value-start: {}, entries: [a, b, c]}}\n",
        inp.u8() % 62
    ));
    y.push_str("  - name: s0\n    type: struct\n    members:\n");
    for i in 0..1 + inp.u8() % 5 {
        let t = ["u8", "u16", "u32", "u64", "s16", "binary", "pad"][usize::from(inp.u8() % 7)];
        y.push_str(&format!("      - {{name: m{i}, type: {t}"));
        if t == "binary" || t == "pad" {
            y.push_str(&format!(", len: {}", inp.u8() % 9));
        }
        if inp.u8() % 3 == 0 {
            y.push_str(", byte-order: big-endian");
        }
        if t.starts_with('u') && inp.u8() % 3 == 0 {
            y.push_str(if inp.u8() % 2 == 0 {
                ", enum: e0"
            } else {
                ", enum: f0"
            });
        }
        y.push_str("}\n");
    }
    let n_sets = 1 + inp.u8() % 3;
    y.push_str("attribute-sets:\n");
    for s in 0..n_sets {
        y.push_str(&format!("  - name: set{s}\n    attributes:\n"));
        if s == 0 {
            y.push_str("      - {name: kind, type: string}\n");
            y.push_str(
                "      - {name: data, type: sub-message, sub-message: sm, selector: kind}\n",
            );
        }
        for i in 0..1 + inp.u8() % 8 {
            let t = SPEC_TYPES[usize::from(inp.u8()) % SPEC_TYPES.len()];
            y.push_str(&format!("      - {{name: a{i}, type: {t}"));
            if inp.u8() % 5 == 0 {
                y.push_str(&format!(", value: {}", inp.u8() % 40));
            }
            let to = inp.u8() % n_sets;
            if matches!(t, "nest" | "indexed-array" | "nest-type-value") {
                y.push_str(&format!(", nested-attributes: set{to}"));
            }
            if t == "indexed-array" || (t == "binary" && inp.u8() % 4 == 0) {
                let st = ["nest", "u8", "u16", "u32", "u64", "uint", "binary"]
                    [usize::from(inp.u8() % 7)];
                y.push_str(&format!(", sub-type: {st}"));
            }
            if t == "binary" && inp.u8() % 4 == 0 {
                y.push_str(", struct: s0");
            }
            let flags = inp.u8();
            if flags & 1 != 0 {
                y.push_str(", multi-attr: true");
            }
            if flags & 2 != 0 && t.starts_with(['u', 's']) && t != "string" {
                y.push_str(if flags & 4 != 0 {
                    ", enum: e0"
                } else {
                    ", enum: f0"
                });
                if flags & 8 != 0 {
                    y.push_str(", enum-as-flags: true");
                }
            }
            if flags & 16 != 0 {
                let h = SPEC_HINTS[usize::from(inp.u8()) % SPEC_HINTS.len()];
                y.push_str(&format!(", display-hint: {h}"));
            }
            if flags & 32 != 0 {
                y.push_str(", byte-order: big-endian");
            }
            y.push_str("}\n");
        }
    }
    y.push_str("sub-messages:\n  - name: sm\n    formats:\n");
    y.push_str("      - {value: x, attribute-set: set0}\n");
    y.push_str("      - {value: y, fixed-header: s0}\n");
    y.push_str(&format!(
        "      - {{value: z, fixed-header: s0, attribute-set: set{}}}\n",
        inp.u8() % n_sets
    ));
    y.push_str("operations:\n");
    if inp.u8() % 2 == 0 {
        y.push_str("  fixed-header: s0\n");
    }
    y.push_str(&format!(
        "  list:\n    - name: get\n      value: {}\n      attribute-set: set0\n      do:\n        request: {{attributes: [kind]}}\n        reply: {{attributes: [kind, data]}}\n",
        1 + inp.u8() % 30
    ));
    y
}

/// Target `spec_decode`: a spec built from the input ([`spec_from_input`])
/// or, when the first byte is 0xff, the input's next chunk read as spec
/// text; then the rest as a datagram whose messages nlctl's spec-driven
/// decoder shows. Invariants: parsing and decoding never panic; a decoded
/// message that encodes again decodes to the same thing.
pub fn check_spec_decode(data: &[u8]) {
    let mut inp = Input::new(data);
    let text = if data.first() == Some(&0xff) {
        inp.u8();
        String::from_utf8_lossy(inp.chunk()).into_owned()
    } else {
        spec_from_input(&mut inp)
    };
    let spec = match nlkit_spec::Spec::parse("fuzz.yaml", &text) {
        Ok(s) => s,
        Err(e) => {
            assert!(e.to_string().starts_with("fuzz.yaml:"), "{e}");
            return;
        }
    };
    // Both generators take any valid spec.
    let _ = nlkit_spec::gen::c_uapi::generate(&spec);
    let _ = nlkit_spec::gen::c_kernel::generate(&spec);
    let datagram = inp.bytes(usize::MAX);
    for m in messages(datagram).flatten() {
        let _ = nlctl::spec_codec::decode_payload(&spec, m.header.ty, m.payload);
        let value = spec.operations.list.first().map_or(1, |o| o.value);
        if let Some(op) = spec.operations.list.first() {
            // The list form (nlctl's default output) over the same bytes.
            let _ = nlctl::spec_codec::decode_list(&spec, op, m.payload);
        }
        let v = nlctl::spec_codec::decode_payload_value(&spec, value, m.payload);
        let mut human = Vec::new();
        nlctl::spec_codec::write_human(&mut human, &v, 0).expect("to a Vec");
        if let Ok(bytes) = nlctl::spec_codec::encode_payload(&spec, value, &v) {
            let again = nlctl::spec_codec::decode_payload_value(&spec, value, &bytes);
            assert_eq!(again, v, "emit + decode changed the message\n{text}");
        }
    }
}
