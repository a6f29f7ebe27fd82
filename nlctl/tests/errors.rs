//! Every error nlctl promises, triggered for real: the message names the
//! problem and the fix, and the exit code is the documented one.

mod common;

use common::{run, unique_portid, NLCTL};
use nlkit::socket::{Protocol, Socket};
use std::process::Command;

fn fails(args: &[&str], code: i32, needles: &[&str]) {
    let (c, _, err) = run(args);
    assert_eq!(c, code, "nlctl {args:?}: {err}");
    for n in needles {
        assert!(err.contains(n), "nlctl {args:?}: stderr lacks {n:?}: {err}");
    }
}

#[test]
fn protocol_not_served() {
    fails(
        &["--proto", "17", "send", "--text", "Hello"],
        5,
        &["no kernel module serves protocol 17", "load the module"],
    );
}

#[test]
fn protocol_out_of_range_or_unknown() {
    fails(&["--proto", "32", "send"], 2, &["out of range", "0..=31"]);
    fails(
        &["--proto", "routing", "send"],
        2,
        &["unknown netlink protocol"],
    );
}

#[test]
fn malformed_input() {
    fails(
        &["send", "--hex", "0a0g"],
        2,
        &["bad hex", "not a hex digit"],
    );
    fails(&["send", "--hex", "abc"], 2, &["odd number of hex digits"]);
    fails(
        &["send", "--attr", "3:strz:eth0"],
        2,
        &["unknown attribute kind", "u32"],
    );
    fails(&["send", "--attr", "3"], 2, &["TYPE:KIND"]);
    fails(
        &["send", "--type", "RTM_GETLINK", "--attr", "mtu:u8:300"],
        2,
        &["8 bits"],
    );
    fails(
        &["send", "--type", "RTM_GETLINK", "--attr", "nosuch:u8:3"],
        2,
        &["unknown attribute name", "IFLA_IFNAME"],
    );
    fails(&["send", "--flags", "bogus"], 2, &["unknown flag"]);
    fails(
        &["send", "--type", "getbogus"],
        2,
        &["unknown message type"],
    );
    fails(&["send", "--header", "foo"], 2, &["--header", "genl:CMD"]);
    fails(
        &["send", "--file", "/nonexistent/x"],
        2,
        &["cannot read it"],
    );
    fails(&["request"], 2, &["--type is required"]);
}

#[test]
fn portid_taken() {
    let p = unique_portid(10);
    let holder = Socket::open(Protocol::USERSOCK).unwrap();
    holder.bind(p, 0).unwrap();
    let ps = p.to_string();
    fails(
        &[
            "--proto",
            "usersock",
            "--portid",
            &ps,
            "listen",
            "--timeout",
            "0.1",
        ],
        7,
        &[&format!("portid {p} is already taken"), "--portid"],
    );
}

#[test]
fn group_out_of_range() {
    fails(
        &["--proto", "usersock", "send", "--to-group", "0"],
        2,
        &["out of range", "1..=32"],
    );
    fails(
        &["--proto", "usersock", "send", "--to-group", "33"],
        2,
        &["out of range", "1..=32"],
    );
    fails(
        &["--proto", "usersock", "--group", "0", "listen"],
        2,
        &["numbered from 1"],
    );
    fails(
        &[
            "--proto",
            "usersock",
            "--group",
            "40",
            "listen",
            "--timeout",
            "0.1",
        ],
        2,
        &["group 40", "no such group"],
    );
}

#[test]
fn peer_gone() {
    // A portid nobody holds (bind and drop to get a free one).
    let s = Socket::open(Protocol::USERSOCK).unwrap();
    s.bind(0, 0).unwrap();
    let p = s.portid().unwrap().to_string();
    drop(s);
    fails(
        &[
            "--proto",
            "usersock",
            "send",
            "--to-portid",
            &p,
            "--text",
            "x",
        ],
        9,
        &["ECONNREFUSED"],
    );
}

#[test]
fn request_timeout() {
    // A peer that receives and never answers.
    let s = Socket::open(Protocol::USERSOCK).unwrap();
    s.bind(0, 0).unwrap();
    let p = s.portid().unwrap().to_string();
    fails(
        &[
            "--proto",
            "usersock",
            "request",
            "--type",
            "16",
            "--to-portid",
            &p,
            "--timeout",
            "0.3",
        ],
        8,
        &["timed out", "--timeout"],
    );
}

#[test]
fn kernel_error_with_extended_ack() {
    // No such link type: EOPNOTSUPP with the kernel's extended ACK text.
    fails(
        &[
            "request",
            "--type",
            "RTM_NEWLINK",
            "--flags",
            "create,excl",
            "--attr",
            "ifname:str:nlctl-x0",
            "--attr",
            "linkinfo.info_kind:str:no-such-kind",
        ],
        3,
        &["kernel error EOPNOTSUPP (95)", "Unknown device type"],
    );
    fails(
        &[
            "request",
            "--type",
            "RTM_GETLINK",
            "--attr",
            "ifname:str:nlctl-none0",
        ],
        3,
        &["ENODEV (19)"],
    );
    fails(
        &["families", "no-such-family"],
        3,
        &["no generic netlink family named", "nlctl families"],
    );
}

#[test]
fn json_errors_are_json() {
    let (c, _, err) = run(&["--json", "--proto", "17", "send"]);
    assert_eq!(c, 5);
    let v: serde_json::Value = serde_json::from_str(err.trim()).expect(&err);
    assert_eq!(v["exit_code"], 5);
    assert_eq!(v["errno"], 93);
    assert!(v["error"]
        .as_str()
        .unwrap()
        .contains("no kernel module serves protocol 17"));
}

fn as_nobody(args: &[&str]) -> (i32, String) {
    let out = Command::new("setpriv")
        .args([
            "--reuid",
            "65534",
            "--regid",
            "65534",
            "--clear-groups",
            NLCTL,
        ])
        .args(args)
        .output()
        .expect("setpriv");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn permission_denied_names_the_capability() {
    // Creating a link needs CAP_NET_ADMIN: the kernel answers EPERM.
    let (c, err) = as_nobody(&[
        "request",
        "--type",
        "RTM_NEWLINK",
        "--flags",
        "create,excl",
        "--attr",
        "ifname:str:nlctl-p0",
        "--attr",
        "linkinfo.info_kind:str:dummy",
    ]);
    assert_eq!(c, 6, "{err}");
    assert!(
        err.contains("EPERM") && err.contains("CAP_NET_ADMIN"),
        "{err}"
    );
    // Joining an audit group needs CAP_NET_ADMIN: setsockopt says EPERM.
    let (c, err) = as_nobody(&[
        "--proto",
        "audit",
        "--group",
        "1",
        "listen",
        "--timeout",
        "0.1",
    ]);
    assert_eq!(c, 6, "{err}");
    assert!(
        err.contains("permission denied") && err.contains("CAP_NET_ADMIN"),
        "{err}"
    );
}

#[test]
fn capture_without_nlmon_says_why() {
    let path = std::env::temp_dir().join(format!("nlctl-nomon-{}.pcap", std::process::id()));
    let ifname = format!("nlm{}", std::process::id() % 100_000);
    let (c, _, err) = run(&[
        "capture",
        "--ifname",
        &ifname,
        "--write",
        path.to_str().unwrap(),
        "--timeout",
        "1",
    ]);
    let _ = std::fs::remove_file(&path);
    if c == 0 {
        // This kernel has nlmon after all: capture worked.
        return;
    }
    assert_eq!(c, 10, "{err}");
    assert!(
        err.contains("this kernel has no nlmon link type; load the nlmon module (modprobe nlmon)"),
        "{err}"
    );
    // Nothing was left behind.
    let links = Command::new("ip")
        .args(["link", "show", &ifname])
        .output()
        .unwrap();
    assert!(!links.status.success());
}

#[test]
fn capture_needs_a_mode() {
    fails(&["capture"], 2, &["--write", "--read"]);
    // A file that cannot be opened is an I/O failure (1), as the table says.
    fails(
        &["capture", "--read", "/nonexistent.pcap"],
        1,
        &["cannot open it"],
    );
}

#[test]
fn damaged_captures_name_the_record_and_offset() {
    let dir = std::env::temp_dir();
    let good = dir.join(format!("nlctl-good-{}.pcapng", std::process::id()));
    let (code, _, err) = run(&["--pcap", good.to_str().unwrap(), "families", "nlctrl"]);
    assert_eq!(code, 0, "{err}");
    let bytes = std::fs::read(&good).unwrap();
    let bad = dir.join(format!("nlctl-bad-{}.pcapng", std::process::id()));
    let bad_s = bad.to_str().unwrap().to_string();
    // Cut inside the second packet block.
    let header = 48 + 44;
    let first = u32::from_ne_bytes(bytes[header + 4..header + 8].try_into().unwrap()) as usize;
    std::fs::write(&bad, &bytes[..header + first + 10]).unwrap();
    fails(
        &["capture", "--read", &bad_s],
        1,
        &[
            &format!("block 4 at byte offset {}", header + first),
            "the file ends",
        ],
    );
    // A packet block whose trailing length disagrees.
    let mut corrupt = bytes.clone();
    corrupt[header + first - 1] ^= 0x10;
    std::fs::write(&bad, &corrupt).unwrap();
    fails(
        &["capture", "--read", &bad_s],
        1,
        &[&format!("block 3 at byte offset {header}"), "ends with"],
    );
    // Not a capture at all.
    std::fs::write(&bad, b"hello, this is text").unwrap();
    fails(&["capture", "--read", &bad_s], 2, &["not a capture file"]);
    // An Ethernet pcap.
    let mut eth = Vec::new();
    nlctl::pcap::PcapWriter::new(&mut eth).unwrap();
    eth[20] = 1;
    std::fs::write(&bad, &eth).unwrap();
    fails(&["capture", "--read", &bad_s], 2, &["not LINKTYPE_NETLINK"]);
    let _ = std::fs::remove_file(&good);
    let _ = std::fs::remove_file(&bad);
}
