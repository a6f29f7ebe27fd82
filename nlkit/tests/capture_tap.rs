//! The tap against the host kernel: what a socket sends and receives on
//! USERSOCK, ROUTE and GENERIC lands in a pcapng file with the right
//! direction, protocol and portids, generic families are named, and
//! Debian's tshark (Wireshark's own netlink dissectors) decodes the file.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use nlkit::capture::{Reader, Record, Tap, PACKET_KERNEL, PACKET_USER};
use nlkit::client::{Client, Request};
use nlkit::families::genl::GENL_ID_CTRL;
use nlkit::families::rtnl::{msg, IfInfoMsg, IFINFOMSG_LEN};
use nlkit::socket::{Addr, Protocol, RecvBuffer, Socket};
use nlkit::wire::{Flags, MessageBuilder};

fn temp(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("nlkit-tap-{}-{name}.pcapng", std::process::id()))
}

fn records(path: &Path) -> Vec<Record> {
    let bytes = std::fs::read(path).unwrap();
    let mut r = Reader::new(&bytes[..]).unwrap();
    let mut out = Vec::new();
    while let Some(rec) = r.next_record().unwrap() {
        out.push(rec);
    }
    out
}

/// `tshark -V -r path` (with its stderr), or `None` when tshark is missing
/// (`cargo xtask setup` installs it; CI has it).
fn tshark(path: &Path, extra: &[&str]) -> Option<String> {
    let out = Command::new("tshark")
        .args(["-n", "-r"])
        .arg(path)
        .args(extra)
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "tshark failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn require_tshark() -> bool {
    if Command::new("tshark").arg("--version").output().is_ok() {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "tshark is missing on CI: cargo xtask setup installs it"
    );
    eprintln!("skipping the tshark check: tshark is not installed (cargo xtask setup)");
    false
}

#[test]
fn usersock_peer_traffic_both_directions() {
    let path = temp("usersock");
    let tap = Tap::create(&path).unwrap();
    let mut a = Socket::open(Protocol::USERSOCK).unwrap();
    a.set_tap(Some(tap.clone()));
    let b = Socket::open(Protocol::USERSOCK).unwrap();
    a.bind(0, 0).unwrap();
    b.bind(0, 0).unwrap();
    let (pa, pb) = (a.portid().unwrap(), b.portid().unwrap());
    let mut m = Vec::new();
    let mut mb = MessageBuilder::new(&mut m, 0x30, Flags::REQUEST).seq(7);
    mb.payload(b"ping");
    mb.finish().unwrap();
    a.send(&m, Addr::portid(pb)).unwrap();
    let mut buf = RecvBuffer::new();
    let got = b.recv(&mut buf).unwrap().bytes.to_vec();
    assert_eq!(got, m);
    b.send(b"pong-not-netlink", Addr::portid(pa)).unwrap();
    let mut buf = RecvBuffer::new();
    a.recv(&mut buf).unwrap();
    tap.flush().unwrap();

    let recs = records(&path);
    assert_eq!(recs.len(), 2, "{recs:?}");
    assert_eq!((recs[0].pkttype, recs[0].protocol), (PACKET_USER, 2));
    assert_eq!(recs[0].data, m);
    let e = recs[0].endpoints().unwrap();
    assert_eq!((e.src, e.dst), (pa, pb));
    assert_eq!(recs[1].data, b"pong-not-netlink");
    let e = recs[1].endpoints().unwrap();
    assert_eq!((e.src, e.dst), (pb, pa));
    assert!(recs[1].time >= recs[0].time);
    if require_tshark() {
        let out = tshark(
            &path,
            &[
                "-T",
                "fields",
                "-e",
                "frame.comment",
                "-e",
                "netlink.hatype",
            ],
        )
        .unwrap();
        assert!(
            out.contains(&format!("nlkit: portid {pa} -> {pb}")),
            "{out}"
        );
        assert!(out.contains("824"), "{out}");
    }
    let _ = std::fs::remove_file(&path);
}

#[test]
fn route_dump_decodes_in_wireshark() {
    let path = temp("route");
    let tap = Tap::create(&path).unwrap();
    let mut c = Client::open(Protocol::ROUTE).unwrap();
    c.set_timeout(Some(Duration::from_secs(5))).unwrap();
    c.set_tap(Some(tap.clone()));
    let req = Request::build(msg::GETLINK, Flags::DUMP, |b| {
        b.payload(&IfInfoMsg::default().to_bytes());
    })
    .unwrap()
    .with_fixed_len(IFINFOMSG_LEN);
    let links = c.dump_collect(&req).unwrap();
    tap.flush().unwrap();
    let recs = records(&path);
    // The request, at least one part with the links, NLMSG_DONE.
    assert!(recs.len() >= 3, "{}", recs.len());
    assert_eq!(recs[0].pkttype, PACKET_KERNEL);
    assert_eq!(recs[0].endpoints().unwrap().dst, 0);
    assert!(recs[1..]
        .iter()
        .all(|r| r.pkttype == PACKET_USER && r.protocol == 0));
    let me = c.portid();
    assert!(recs[1..].iter().all(|r| r.endpoints().unwrap()
        == nlkit::capture::Endpoints {
            src: 0,
            dst: me,
            groups: 0,
            netns: None
        }));
    if require_tshark() {
        let out = tshark(&path, &["-V"]).unwrap();
        assert!(
            out.contains("Linux rtnetlink (route netlink) protocol"),
            "{out}"
        );
        assert!(
            out.contains("Message type: Get network interface info (18)"),
            "{out}"
        );
        assert!(
            out.contains("Message type: Create network interface (16)"),
            "{out}"
        );
        assert!(out.contains("Device name: lo"), "{out}");
        assert!(
            out.contains("(outbound)") && out.contains("(inbound)"),
            "{out}"
        );
        assert!(!links.messages.is_empty());
    }
    let _ = std::fs::remove_file(&path);
}

#[test]
fn generic_families_are_named_for_wireshark() {
    // Resolve the family on an untapped client: the tapped one never sees
    // the NEWFAMILY, so the tap must synthesise it.
    let mut plain = Client::open(Protocol::GENERIC).unwrap();
    plain.set_timeout(Some(Duration::from_secs(5))).unwrap();
    let families = plain.genl_families().unwrap();
    let fam = families
        .iter()
        .find(|f| f.id != GENL_ID_CTRL && f.ops.iter().any(|o| o.flags & 0x04 != 0))
        .expect("a generic family with a dump besides nlctrl");
    let dump_cmd = fam.ops.iter().find(|o| o.flags & 0x04 != 0).unwrap().id as u8;

    let path = temp("genl");
    let tap = Tap::create(&path).unwrap();
    let mut c = Client::open(Protocol::GENERIC).unwrap();
    c.set_timeout(Some(Duration::from_secs(5))).unwrap();
    c.set_tap(Some(tap.clone()));
    let req = Request::genl(fam.id, dump_cmd, 1, Flags::DUMP, |_| {}).unwrap();
    // The kernel may refuse the dump (permissions, no objects); the request
    // is recorded either way.
    let _ = c.dump_collect(&req);
    let req2 = Request::genl(fam.id, dump_cmd, 1, Flags::DUMP, |_| {}).unwrap();
    let _ = c.dump_collect(&req2);
    tap.flush().unwrap();
    let recs = records(&path);
    let synth: Vec<_> = recs
        .iter()
        .filter(|r| r.comments.iter().any(|c| c.contains("synthesised")))
        .collect();
    // Exactly one synthesised NEWFAMILY, before the first request.
    assert_eq!(synth.len(), 1, "{recs:?}");
    assert_eq!(recs[0], *synth[0]);
    assert_eq!(
        u16::from_ne_bytes([recs[1].data[4], recs[1].data[5]]),
        fam.id
    );
    if require_tshark() {
        let out = tshark(&path, &["-V"]).unwrap();
        assert!(out.contains("Linux Generic Netlink protocol"), "{out}");
        let named = format!("Family ID: 0x{:x} ({})", fam.id, fam.name);
        assert!(out.contains(&named), "no {named:?} in:\n{out}");
    }
    let _ = std::fs::remove_file(&path);
}

#[test]
fn installed_tap_reaches_new_sockets_only() {
    let path = temp("installed");
    let before = Socket::open(Protocol::USERSOCK).unwrap();
    let tap = Tap::create(&path).unwrap();
    Tap::install(Some(tap.clone()));
    let after = Socket::open(Protocol::USERSOCK).unwrap();
    Tap::install(None);
    assert!(before.tap().is_none());
    assert!(after.tap().is_some());
    after.bind(0, 0).unwrap();
    let me = after.portid().unwrap();
    after.send(b"to myself", Addr::portid(me)).unwrap();
    let mut buf = RecvBuffer::new();
    after.recv(&mut buf).unwrap();
    // Sockets other tests open while the tap is installed may record too:
    // look at this socket's datagrams.
    let recs: Vec<Record> = records(&path)
        .into_iter()
        .filter(|r| r.protocol == 2 && r.endpoints().is_some_and(|e| e.src == me))
        .collect();
    assert_eq!(recs.len(), 2, "{recs:?}");
    assert!(recs.iter().all(|r| r.data == b"to myself"));
    let _ = std::fs::remove_file(&path);
}

/// The async socket records through the same hook (`--features tokio`).
#[cfg(feature = "tokio")]
#[tokio::test(flavor = "current_thread")]
async fn async_socket_records_both_directions() {
    use nlkit::socket::AsyncSocket;
    let path = temp("async");
    let tap = Tap::create(&path).unwrap();
    let mut s = Socket::open(Protocol::USERSOCK).unwrap();
    s.set_tap(Some(tap.clone()));
    s.bind(0, 0).unwrap();
    let me = s.portid().unwrap();
    let a = AsyncSocket::from_socket(s).unwrap();
    a.send(b"async to myself", Addr::portid(me)).await.unwrap();
    let mut buf = RecvBuffer::new();
    assert_eq!(a.recv(&mut buf).await.unwrap().bytes, b"async to myself");
    let recs = records(&path);
    assert_eq!(recs.len(), 2, "{recs:?}");
    assert_eq!(recs[0].endpoints().unwrap().src, me);
    assert_eq!(recs[1].endpoints().unwrap().dst, me);
    let _ = std::fs::remove_file(&path);
}
