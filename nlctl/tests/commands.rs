//! nlctl's commands against the host's real kernel (run as root): peer,
//! listen + send to a group, request, dump in a private netns compared
//! with `ip -j link show`, families compared with the library, pcap read.

mod common;

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{attr, ip, json_lines, run, split, unique_portid, Netns, NLCTL};
use nlkit::client::{Client, Request};
use nlkit::families::genl::{attr as ctrl_attr, cmd, GENL_ID_CTRL};
use nlkit::socket::Protocol;
use nlkit::wire::Flags;
use serde_json::Value;

/// Spawn `nlctl peer`, wait until it has bound (its stderr line).
fn spawn_peer(me: u32, to: u32) -> (std::process::Child, BufReader<std::process::ChildStderr>) {
    let mut child = Command::new(NLCTL)
        .args(["--proto", "usersock", "--portid", &me.to_string(), "peer"])
        .args([
            "--to-portid",
            &to.to_string(),
            "--count",
            "1",
            "--timeout",
            "10",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn nlctl peer");
    let mut err = BufReader::new(child.stderr.take().expect("stderr"));
    let mut line = String::new();
    err.read_line(&mut line).expect("read peer banner");
    assert_eq!(
        line.trim(),
        format!("nlctl: peer on usersock portid {me}"),
        "{line}"
    );
    (child, err)
}

#[test]
fn peer_talks_both_ways_on_usersock() {
    let (pa, pb) = (unique_portid(1), unique_portid(2));
    let (mut a, _ea) = spawn_peer(pa, pb);
    let (mut b, _eb) = spawn_peer(pb, pa);
    // Both are bound now: send one line each way.
    a.stdin
        .as_mut()
        .unwrap()
        .write_all(b"hello from A\n")
        .unwrap();
    b.stdin
        .as_mut()
        .unwrap()
        .write_all(b"hello from B\n")
        .unwrap();
    let (ca, oa, _) = split(a.wait_with_output().unwrap());
    let (cb, ob, _) = split(b.wait_with_output().unwrap());
    assert_eq!((ca, cb), (0, 0));
    assert_eq!(oa, "hello from B\n");
    assert_eq!(ob, "hello from A\n");
}

#[test]
fn listen_receives_a_group_message_sent_by_send() {
    let group = "7";
    let mut l = Command::new(NLCTL)
        .args(["--proto", "usersock", "--group", group, "--json", "listen"])
        .args(["--count", "1", "--timeout", "10"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(l.stderr.take().unwrap());
    let mut banner = String::new();
    err.read_line(&mut banner).unwrap();
    assert!(banner.contains("groups 7"), "{banner}");
    let text = format!("group hello {}", std::process::id());
    let (code, out, e) = run(&[
        "--proto",
        "usersock",
        "--json",
        "send",
        "--to-group",
        group,
        "--text",
        &text,
    ]);
    assert_eq!(code, 0, "{e}");
    let sent = &json_lines(&out)[0];
    assert_eq!(sent["dir"], "sent");
    assert_eq!(sent["group"], 7);
    let (code, out, _) = split(l.wait_with_output().unwrap());
    assert_eq!(code, 0);
    let msgs = json_lines(&out);
    assert_eq!(msgs.len(), 1, "{out}");
    let m = &msgs[0];
    assert_eq!(m["dir"], "recv");
    assert_eq!(m["proto"], 2);
    assert_eq!(m["group"], 7);
    assert_eq!(m["src_portid"], sent["src_portid"]);
    assert_eq!(m["payload"]["text"], text.as_str());
    assert_eq!(m["payload"]["nul_terminated"], true);
}

#[test]
fn request_getfamily_nlctrl() {
    let (code, out, err) = run(&[
        "--proto",
        "generic",
        "--json",
        "request",
        "--type",
        "nlctrl",
        "--header",
        "genl:getfamily",
        "--attr",
        "CTRL_ATTR_FAMILY_NAME:str:nlctrl",
    ]);
    assert_eq!(code, 0, "{err}");
    let lines = json_lines(&out);
    let m = lines.iter().find(|m| m["type"] == 16).expect("a reply");
    assert_eq!(m["type_name"], "nlctrl");
    assert_eq!(m["src_portid"], 0);
    assert_eq!(m["family_header"]["cmd_name"], "CTRL_CMD_NEWFAMILY");
    assert_eq!(
        attr(&m["attrs"], "CTRL_ATTR_FAMILY_ID").unwrap()["value"],
        16
    );
    assert_eq!(
        attr(&m["attrs"], "CTRL_ATTR_FAMILY_NAME").unwrap()["value"],
        "nlctrl"
    );
    let ops = attr(&m["attrs"], "CTRL_ATTR_OPS").unwrap()["attrs"]
        .as_array()
        .unwrap();
    assert!(ops
        .iter()
        .any(|op| attr(&op["attrs"], "CTRL_ATTR_OP_ID").unwrap()["value"] == 3));
    // stdout holds only messages; the summary is a JSON note on stderr.
    assert!(lines.iter().all(|m| m.get("note").is_none()), "{out}");
    let notes = json_lines(&err);
    assert_eq!(notes.last().unwrap()["note"], "done", "{err}");
    assert_eq!(notes.last().unwrap()["text"], "acknowledged, 1 reply");
}

#[test]
fn request_human_output_names_everything() {
    let (code, out, err) = run(&[
        "--proto",
        "generic",
        "request",
        "--type",
        "16",
        "--header",
        "genl:3",
        "--attr",
        "2:str:nlctrl",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("recv proto=generic(16) kernel -> "), "{out}");
    assert!(out.contains("type=nlctrl(16)"), "{out}");
    assert!(
        out.contains("  CTRL_ATTR_FAMILY_NAME(2) \"nlctrl\""),
        "{out}"
    );
    assert!(out.contains("      CTRL_ATTR_OP_ID(1) 3"), "{out}");
    assert!(err.contains("acknowledged"), "{err}");
}

fn flag_set(v: &Value) -> BTreeSet<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn dump_links_in_a_netns_matches_ip() {
    let ns = Netns(format!("nlctl-test-{}", std::process::id()));
    ip(&["netns", "add", &ns.0]);
    ip(&[
        "-n", &ns.0, "link", "add", "nva", "type", "veth", "peer", "name", "nvb",
    ]);
    ip(&[
        "-n",
        &ns.0,
        "link",
        "set",
        "nva",
        "mtu",
        "1400",
        "address",
        "02:11:22:33:44:55",
    ]);
    ip(&["-n", &ns.0, "link", "set", "nva", "up"]);
    ip(&["-n", &ns.0, "link", "set", "lo", "up"]);
    let out = Command::new("ip")
        .args([
            "netns",
            "exec",
            &ns.0,
            NLCTL,
            "--json",
            "dump",
            "--type",
            "RTM_GETLINK",
        ])
        .output()
        .unwrap();
    let (code, out, err) = split(out);
    assert_eq!(code, 0, "{err}");
    let ours: Vec<Value> = json_lines(&out)
        .into_iter()
        .filter(|m| m["type_name"] == "RTM_NEWLINK")
        .collect();
    let theirs: Vec<Value> =
        serde_json::from_str(&ip(&["-n", &ns.0, "-j", "link", "show"])).unwrap();
    assert_eq!(ours.len(), 3, "lo, nva, nvb: {out}");
    assert_eq!(ours.len(), theirs.len());
    for t in &theirs {
        let idx = t["ifindex"].as_i64().unwrap();
        let m = ours
            .iter()
            .find(|m| m["family_header"]["ifi_index"].as_i64() == Some(idx))
            .unwrap_or_else(|| panic!("ifindex {idx} missing from nlctl's dump"));
        let name = t["ifname"].as_str().unwrap();
        assert_eq!(attr(&m["attrs"], "IFLA_IFNAME").unwrap()["value"], name);
        assert_eq!(attr(&m["attrs"], "IFLA_MTU").unwrap()["value"], t["mtu"]);
        assert_eq!(
            attr(&m["attrs"], "IFLA_ADDRESS").unwrap()["value"],
            t["address"],
            "{name}"
        );
        // ip hides RUNNING and adds pseudo flags; the rest must agree.
        // The spec names the flags (`lower-up`); ip upper-cases them.
        let mut mine: BTreeSet<String> = flag_set(&m["family_header"]["ifi_flags"])
            .into_iter()
            .map(|f| f.to_ascii_uppercase().replace('-', "_"))
            .collect();
        mine.remove("RUNNING");
        let mut ips = flag_set(&t["flags"]);
        ips.remove("NO-CARRIER");
        ips.remove("M-DOWN");
        assert_eq!(mine, ips, "flags of {name}");
        assert_eq!(
            attr(&m["attrs"], "IFLA_OPERSTATE").unwrap()["value"],
            t["operstate"].as_str().unwrap().to_ascii_lowercase(),
            "{name}"
        );
        assert_eq!(m["family_header"]["ifi_type"], t["link_type"], "{name}");
    }
    let nva = ours
        .iter()
        .find(|m| attr(&m["attrs"], "IFLA_IFNAME").unwrap()["value"] == "nva")
        .unwrap();
    assert_eq!(attr(&m_attrs(nva), "IFLA_MTU").unwrap()["value"], 1400);
    let info = attr(&nva["attrs"], "IFLA_LINKINFO").unwrap();
    assert_eq!(
        attr(&info["attrs"], "IFLA_INFO_KIND").unwrap()["value"],
        "veth"
    );
}

fn m_attrs(m: &Value) -> Value {
    m["attrs"].clone()
}

#[test]
fn families_match_the_kernel_and_the_library() {
    let (code, out, err) = run(&["--json", "families"]);
    assert_eq!(code, 0, "{err}");
    let ours = json_lines(&out);
    let mut c = Client::open(Protocol::GENERIC).unwrap();
    c.set_timeout(Some(Duration::from_secs(5))).unwrap();
    let lib = c.genl_families().unwrap();
    let names: BTreeSet<String> = ours
        .iter()
        .map(|f| f["name"].as_str().unwrap().to_string())
        .collect();
    let lib_names: BTreeSet<String> = lib.iter().map(|f| f.name.clone()).collect();
    assert_eq!(names, lib_names);
    let nlctrl = ours.iter().find(|f| f["name"] == "nlctrl").unwrap();
    assert_eq!(nlctrl["id"], 0x10);
    let lib_ctrl = lib.iter().find(|f| f.name == "nlctrl").unwrap();
    let ops: Vec<(u64, u64)> = nlctrl["ops"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["id"].as_u64().unwrap(), o["flags"].as_u64().unwrap()))
        .collect();
    let lib_ops: Vec<(u64, u64)> = lib_ctrl
        .ops
        .iter()
        .map(|o| (o.id.into(), o.flags.into()))
        .collect();
    assert_eq!(ops, lib_ops);
    let getfamily = &nlctrl["ops"][0];
    assert_eq!(getfamily["name"], "CTRL_CMD_GETFAMILY");
    assert!(getfamily["flag_names"]
        .as_array()
        .unwrap()
        .contains(&"CMD_CAP_DO".into()));
    assert_eq!(nlctrl["groups"][0]["name"], "notify");
    // Every family's id, version and groups agree with the library.
    for f in &lib {
        let o = ours.iter().find(|x| x["name"] == f.name.as_str()).unwrap();
        assert_eq!(o["id"], f.id);
        assert_eq!(o["version"], f.version);
        assert_eq!(o["groups"].as_array().unwrap().len(), f.groups.len());
    }
    // One family by name, human output.
    let (code, out, _) = run(&["families", "nlctrl"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("nlctrl id=0x10(16) version="), "{out}");
    assert!(
        out.contains("op CTRL_CMD_GETFAMILY(3) flags=CMD_CAP_DO,CMD_CAP_DUMP"),
        "{out}"
    );
}

#[test]
fn capture_read_decodes_a_pcap_of_real_messages() {
    // A real exchange with the kernel, recorded as the nlmon device would.
    let req = Request::genl(GENL_ID_CTRL, cmd::GETFAMILY, 1, Flags::REQUEST, |b| {
        b.attr_str(ctrl_attr::FAMILY_NAME, "nlctrl");
    })
    .unwrap();
    let mut c = Client::open(Protocol::GENERIC).unwrap();
    c.set_timeout(Some(Duration::from_secs(5))).unwrap();
    let replies = c.request(&req).unwrap();
    let path = std::env::temp_dir().join(format!("nlctl-test-{}.pcap", std::process::id()));
    {
        let f = std::fs::File::create(&path).unwrap();
        let mut w = nlctl::pcap::PcapWriter::new(f).unwrap();
        w.write(&nlctl::pcap::Record {
            time: Duration::new(1_700_000_000, 250_000_000),
            pkttype: nlctl::pcap::PACKET_KERNEL,
            protocol: 16,
            data: req.bytes().to_vec(),
            ..Default::default()
        })
        .unwrap();
        w.write(&nlctl::pcap::Record {
            time: Duration::new(1_700_000_001, 0),
            pkttype: nlctl::pcap::PACKET_USER,
            protocol: 16,
            data: replies[0].bytes().to_vec(),
            ..Default::default()
        })
        .unwrap();
    }
    let (code, out, err) = run(&["--json", "capture", "--read", path.to_str().unwrap()]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(code, 0, "{err}");
    let m = json_lines(&out);
    assert_eq!(m.len(), 2, "{out}");
    assert_eq!(m[0]["dir"], "to-kernel");
    assert_eq!(m[0]["time"], 1_700_000_000.25);
    assert_eq!(m[0]["proto_name"], "generic");
    assert_eq!(m[0]["family_header"]["cmd_name"], "CTRL_CMD_GETFAMILY");
    assert_eq!(
        attr(&m[0]["attrs"], "CTRL_ATTR_FAMILY_NAME").unwrap()["value"],
        "nlctrl"
    );
    assert_eq!(m[1]["dir"], "to-user");
    assert_eq!(m[1]["family_header"]["cmd_name"], "CTRL_CMD_NEWFAMILY");
    assert_eq!(
        attr(&m[1]["attrs"], "CTRL_ATTR_FAMILY_ID").unwrap()["value"],
        16
    );
}

#[test]
fn send_to_the_kernel_prints_what_was_sent() {
    let (code, out, err) = run(&[
        "--json",
        "send",
        "--type",
        "RTM_GETLINK",
        "--flags",
        "request,ack",
        "--seq",
        "42",
        "--attr",
        "ifname:str:lo",
    ]);
    assert_eq!(code, 0, "{err}");
    let m = &json_lines(&out)[0];
    assert_eq!(m["dir"], "sent");
    assert_eq!(m["dst_portid"], 0);
    assert_eq!(m["seq"], 42);
    assert_eq!(m["flag_names"], serde_json::json!(["REQUEST", "ACK"]));
    assert_eq!(m["family_header"]["kind"], "ifinfomsg");
    assert_eq!(attr(&m["attrs"], "IFLA_IFNAME").unwrap()["value"], "lo");
}

#[test]
fn listen_subscribe_type_sends_from_the_listening_socket_first() {
    // rtnetlink acknowledges a GETLINK too short for its header (no reply):
    // the request went out from the listening socket and its ACK was seen.
    let (code, out, err) = run(&["listen", "--subscribe-type", "getlink", "--timeout", "0.3"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty(), "{out}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines.first(),
        Some(&"nlctl: RTM_GETLINK acknowledged"),
        "{err}"
    );
    assert!(
        lines
            .get(1)
            .is_some_and(|l| l.starts_with("nlctl: listening on route portid ")),
        "{err}"
    );
    // A refused request ends the command with the kernel's error.
    let (code, _, err) = run(&["listen", "--subscribe-type", "0x7fff", "--timeout", "0.3"]);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("--subscribe-type 32767: kernel error EOPNOTSUPP"),
        "{err}"
    );
}

fn capture_records(path: &std::path::Path) -> Vec<nlctl::pcap::Record> {
    let bytes = std::fs::read(path).unwrap();
    let mut r = nlctl::pcap::Reader::new(&bytes[..]).unwrap();
    assert_eq!(r.format(), "pcapng");
    let mut out = Vec::new();
    while let Some(rec) = r.next_record().unwrap() {
        out.push(rec);
    }
    out
}

#[test]
fn pcap_option_and_env_var_record_nlctl_traffic() {
    let dir = std::env::temp_dir();
    let opt = dir.join(format!("nlctl-own-{}.pcapng", std::process::id()));
    let (code, _, err) = run(&["--pcap", opt.to_str().unwrap(), "families", "nlctrl"]);
    assert_eq!(code, 0, "{err}");
    let recs = capture_records(&opt);
    // GETFAMILY out, NEWFAMILY in, the ACK in.
    assert_eq!(recs.len(), 3, "{recs:?}");
    assert_eq!(recs[0].pkttype, nlctl::pcap::PACKET_KERNEL);
    assert!(recs[1..]
        .iter()
        .all(|r| r.pkttype == nlctl::pcap::PACKET_USER));
    assert!(recs.iter().all(|r| r.protocol == 16));
    let me = recs[0].endpoints().unwrap().src;
    assert_eq!(recs[1].endpoints().unwrap().dst, me);
    // `capture --read` of it prints the exchange (JSON lines).
    let (code, out, err) = run(&["--json", "capture", "--read", opt.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let m = json_lines(&out);
    assert_eq!(m.len(), 3, "{out}");
    assert_eq!(m[0]["dir"], "to-kernel");
    assert_eq!(m[0]["src_portid"], me);
    assert_eq!(m[1]["family_header"]["cmd_name"], "CTRL_CMD_NEWFAMILY");
    assert_eq!(m[1]["dst_portid"], me);

    // The same through NLKIT_PCAP, which any nlkit program obeys.
    let env = dir.join(format!("nlctl-env-{}.pcapng", std::process::id()));
    let out = Command::new(NLCTL)
        .args(["families", "nlctrl"])
        .env("NLKIT_PCAP", &env)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success());
    let env_recs = capture_records(&env);
    assert_eq!(env_recs.len(), 3);
    let _ = std::fs::remove_file(&opt);
    let _ = std::fs::remove_file(&env);
}
