//! Property tests: arbitrary and mutated kernel bytes never panic any parser;
//! messages built with [`MessageBuilder`] parse back to the same values.

use proptest::prelude::*;

use super::fixtures::*;
use super::*;

/// Calls every reader on every attribute of `block`, descending into every
/// attribute that parses as a nest (flagged or not), up to `depth` levels.
fn walk_attrs(block: &[u8], depth: u32) {
    for a in attrs(block) {
        let Ok(a) = a else { break };
        let _ = (
            a.u8(),
            a.u16(),
            a.u32(),
            a.u64(),
            a.i8(),
            a.i16(),
            a.i32(),
            a.i64(),
        );
        let _ = (a.be16(), a.be32(), a.be64(), a.flag(), a.array::<6>());
        let _ = (a.str(), a.str_nonul(), a.cstr(), a.bytes(), a.raw_type());
        let _ = attrs(block).find(a.ty);
        if depth > 0 {
            walk_attrs(a.value, depth - 1);
        }
    }
}

/// Runs every parser over a datagram.
fn exercise(d: &[u8], fixed_len: usize, offset: u32) {
    let _ = Message::parse(d);
    for m in messages(d) {
        let Ok(m) = m else { break };
        let _ = m.bytes();
        let _ = format!("{:?}", m.header.flags);
        let _ = m
            .header
            .flags
            .names(FlagContext::for_type(m.header.ty))
            .count();
        if let Ok(MessageKind::Error(e) | MessageKind::Ack(e)) = m.kind() {
            let _ = e.attr_path(fixed_len);
        }
        let _ = ErrorMessage::parse(&m);
        let _ = DoneMessage::parse(&m);
        for skip in [0, 4, 8, 16, 20, fixed_len] {
            walk_attrs(m.payload.get(skip..).unwrap_or(&[]), 8);
        }
        let _ = attr_path_at(m.bytes(), fixed_len, offset);
    }
    let _ = attr_path_at(d, fixed_len, offset);
    let _ = ExtAck::parse(d);
    let _ = Policy::parse(d);
}

const FIXTURES: [&[u8]; 8] = [
    &GETADDR_DUMP_DATAGRAM,
    &BOGUS_ATTR_ERROR_CAPPED,
    &BOGUS_ATTR_ERROR_ECHO,
    &LONG_IFNAME_ERROR,
    &SETLINK_ACK,
    &GETFAMILY_NLCTRL_REPLY,
    &NETDEV_MISSING_ERROR,
    &GETLINK_DUMP_DONE,
];

#[derive(Debug, Clone)]
enum Item {
    Attr(u16, Vec<u8>),
    Nest(u16, Vec<(u16, Vec<u8>)>),
}

fn item() -> impl Strategy<Value = Item> {
    let leaf = (0u16..0x3fff, proptest::collection::vec(any::<u8>(), 0..40));
    prop_oneof![
        leaf.clone().prop_map(|(t, v)| Item::Attr(t, v)),
        (0u16..0x3fff, proptest::collection::vec(leaf, 0..5)).prop_map(|(t, v)| Item::Nest(t, v)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(d in proptest::collection::vec(any::<u8>(), 0..300),
                                   fixed_len in 0usize..40, offset in 0u32..400) {
        exercise(&d, fixed_len, offset);
    }

    #[test]
    fn plausible_headers_never_panic(len in 0u32..120, ty in 0u16..6, flags in any::<u16>(),
                                     body in proptest::collection::vec(any::<u8>(), 0..120),
                                     fixed_len in 0usize..24, offset in 0u32..140) {
        // A header with a small type and length, so the control-message
        // decoders and the length checks are actually reached.
        let mut d = Header { len, ty, flags: Flags(flags), seq: 1, portid: 2 }.to_bytes().to_vec();
        d.extend_from_slice(&body);
        exercise(&d, fixed_len, offset);
    }

    #[test]
    fn mutated_kernel_replies_never_panic(which in 0usize..FIXTURES.len(),
                                          edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..6),
                                          cut in any::<usize>(), offset in 0u32..200) {
        let mut d = FIXTURES[which].to_vec();
        for (at, v) in edits {
            let i = at % d.len();
            d[i] = v;
        }
        d.truncate(cut % (d.len() + 1));
        exercise(&d, 16, offset);
        exercise(&d, 4, offset);
    }

    #[test]
    fn built_messages_parse_back(ty in any::<u16>(), flags in any::<u16>(), seq in any::<u32>(),
                                 portid in any::<u32>(), fixed in proptest::collection::vec(any::<u8>(), 0..12),
                                 items in proptest::collection::vec(item(), 0..8), prefix in 0usize..7) {
        let mut buf = vec![0x55; prefix];
        let mut b = MessageBuilder::new(&mut buf, ty, Flags(flags)).seq(seq).portid(portid);
        b.payload(&fixed);
        for it in &items {
            match it {
                Item::Attr(t, v) => { b.attr(*t, v); }
                Item::Nest(t, inner) => {
                    let n = b.begin_nested(*t);
                    for (it, iv) in inner { b.attr(*it, iv); }
                    b.end_nested(n);
                }
            }
        }
        let at = b.finish().unwrap();
        prop_assert_eq!(at, align(prefix));
        let mut it = messages(&buf[at..]);
        let m = it.next().unwrap().unwrap();
        prop_assert!(it.next().is_none());
        prop_assert_eq!(m.header, Header { len: (buf.len() - at) as u32, ty, flags: Flags(flags), seq, portid });
        prop_assert_eq!(&m.payload[..fixed.len()], &fixed[..]);
        let got: Vec<Attr> = attrs(m.payload.get(align(fixed.len())..).unwrap_or(&[])).collect::<Result<_, _>>().unwrap();
        prop_assert_eq!(got.len(), items.len());
        let attrs_start = HEADER_LEN + align(fixed.len());
        let mut off = attrs_start;
        for (a, it) in got.iter().zip(&items) {
            match it {
                Item::Attr(t, v) => {
                    prop_assert_eq!((a.ty, a.nested, a.value), (*t, false, &v[..]));
                    // The offset of each attribute maps back to its type.
                    let p = attr_path_at(m.bytes(), fixed.len(), off as u32).unwrap();
                    prop_assert_eq!(p.as_slice(), &[*t][..]);
                }
                Item::Nest(t, inner) => {
                    prop_assert_eq!((a.ty, a.nested), (*t, true));
                    let kids: Vec<Attr> = a.nested().collect::<Result<_, _>>().unwrap();
                    prop_assert_eq!(kids.len(), inner.len());
                    let mut koff = off + NLA_HEADER_LEN;
                    for (k, (it, iv)) in kids.iter().zip(inner) {
                        prop_assert_eq!((k.ty, k.value), (*it, &iv[..]));
                        let p = attr_path_at(m.bytes(), fixed.len(), koff as u32).unwrap();
                        prop_assert_eq!(p.as_slice(), &[*t, *it][..]);
                        koff += align(NLA_HEADER_LEN + iv.len());
                    }
                }
            }
            off += align(NLA_HEADER_LEN + a.value.len());
        }
        // A message that ends with its fixed payload is not padded.
        let expected = if items.is_empty() { HEADER_LEN + fixed.len() } else { off };
        prop_assert_eq!(expected, buf.len() - at);
    }
}
