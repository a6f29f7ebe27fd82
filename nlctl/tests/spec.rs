//! `nlctl --spec` / `--family` against the real kernel: every family the
//! host serves with a kernel spec (nlctrl, netdev, ethtool, tcp_metrics,
//! mptcp_pm, rt-link, rt-addr, rt-route) answers a do or dump through the
//! spec path with data that agrees with `ip -j` or the family's own tool,
//! in private network namespaces; and bad input is refused before anything
//! is sent. Needs the kernel specs (`cargo xtask setup`), root and iproute2.

mod common;

use std::collections::BTreeSet;
use std::process::Command;

use common::{ip, json_lines, split, Netns, NLCTL};
use serde_json::Value;

impl Netns {
    fn new(tag: &str) -> Netns {
        let ns = Netns(format!("nlctl-spec-{tag}-{}", std::process::id()));
        ip(&["netns", "add", &ns.0]);
        ip(&["-n", &ns.0, "link", "set", "lo", "up"]);
        ns
    }

    fn ip(&self, args: &[&str]) -> String {
        let mut a = vec!["-n", &self.0];
        a.extend_from_slice(args);
        ip(&a)
    }

    /// Runs nlctl in the namespace; returns (code, stdout, stderr).
    fn nlctl(&self, args: &[&str]) -> (i32, String, String) {
        let out = Command::new("ip")
            .args(["netns", "exec", &self.0, NLCTL])
            .args(args)
            .output()
            .expect("ip netns exec");
        split(out)
    }

    /// Runs nlctl in the namespace, expecting success; the JSON lines.
    fn nlctl_json(&self, args: &[&str]) -> Vec<Value> {
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        let (code, out, err) = self.nlctl(&a);
        assert_eq!(code, 0, "nlctl {args:?}: {err}");
        json_lines(&out)
    }

    /// A veth pair nva/nvb, nva up with an address.
    fn with_veth(self) -> Netns {
        self.ip(&["link", "add", "nva", "type", "veth", "peer", "name", "nvb"]);
        self.ip(&[
            "link",
            "set",
            "nva",
            "mtu",
            "1400",
            "address",
            "02:11:22:33:44:55",
            "up",
        ]);
        self.ip(&["addr", "add", "198.51.100.7/24", "dev", "nva"]);
        self.ip(&["addr", "add", "2001:db8::7/64", "dev", "nva", "nodad"]);
        self
    }

    /// Entries for the project's own specs: a neighbour, a rule, nexthops
    /// and a nexthop group.
    fn with_own_families(self) -> Netns {
        self.ip(&["link", "set", "nvb", "up"]);
        self.ip(&[
            "neigh",
            "add",
            "198.51.100.9",
            "lladdr",
            "02:00:00:00:00:09",
            "dev",
            "nva",
            "nud",
            "permanent",
        ]);
        self.ip(&[
            "rule",
            "add",
            "from",
            "198.51.100.0/24",
            "table",
            "100",
            "priority",
            "1000",
        ]);
        self.ip(&[
            "nexthop",
            "add",
            "id",
            "7",
            "via",
            "198.51.100.1",
            "dev",
            "nva",
        ]);
        self.ip(&[
            "nexthop",
            "add",
            "id",
            "6",
            "via",
            "198.51.100.2",
            "dev",
            "nva",
        ]);
        self.ip(&["nexthop", "add", "id", "9", "group", "7,3/6"]);
        self
    }
}

fn ip_json(ns: &Netns, args: &[&str]) -> Vec<Value> {
    let mut a = vec!["-j"];
    a.extend_from_slice(args);
    serde_json::from_str(&ns.ip(&a)).unwrap()
}

#[test]
fn nlctrl_getfamily_dump_agrees_with_genl_ctrl_list() {
    let (code, out, err) = common::run(&["--spec", "nlctrl.yaml", "--json", "dump", "getfamily"]);
    assert_eq!(code, 0, "{err}");
    let ours: BTreeSet<(u64, String)> = json_lines(&out)
        .iter()
        .map(|m| {
            (
                m["family-id"].as_u64().expect("family-id"),
                m["family-name"].as_str().expect("family-name").to_string(),
            )
        })
        .collect();
    let tool = Command::new("genl-ctrl-list")
        .output()
        .expect("genl-ctrl-list (libnl-utils)");
    let theirs: BTreeSet<(u64, String)> = String::from_utf8_lossy(&tool.stdout)
        .lines()
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            let id = u64::from_str_radix(w.next()?.trim_start_matches("0x"), 16).ok()?;
            Some((id, w.next()?.to_string()))
        })
        .collect();
    assert!(theirs.len() > 3, "{theirs:?}");
    assert_eq!(ours, theirs);
    // One object per family, and nlctrl's own ops decode with names.
    let nlctrl = json_lines(&out)
        .into_iter()
        .find(|m| m["family-name"] == "nlctrl")
        .unwrap();
    assert!(
        nlctrl["ops"][0]["flags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f == "cmd-cap-do"),
        "{nlctrl}"
    );
}

#[test]
fn rt_link_dump_agrees_with_ip() {
    let ns = Netns::new("link").with_veth();
    let ours = ns.nlctl_json(&["--family", "rt-link", "dump", "getlink"]);
    let theirs = ip_json(&ns, &["link", "show"]);
    assert_eq!(ours.len(), theirs.len(), "{ours:?}");
    for t in &theirs {
        let m = ours
            .iter()
            .find(|m| m["ifi-index"] == t["ifindex"])
            .unwrap_or_else(|| panic!("{t} missing"));
        assert_eq!(m["ifname"], t["ifname"]);
        assert_eq!(m["mtu"], t["mtu"]);
        assert_eq!(m["address"], t["address"]);
        assert_eq!(m["txqlen"], t["txqlen"]);
        // Flag names from the spec's enum: ip says "UP" where we say "up".
        let ipf: BTreeSet<String> = t["flags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f.as_str().unwrap().to_lowercase().replace('_', "-"))
            .collect();
        let ourf: BTreeSet<String> = m["ifi-flags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f.as_str().unwrap().to_string())
            .collect();
        for f in ["up", "loopback", "broadcast", "multicast"] {
            assert_eq!(
                ipf.contains(f),
                ourf.contains(f),
                "{f}: ip {ipf:?} nlctl {ourf:?}"
            );
        }
    }
    // A do with the fixed header's member as the key.
    let idx = theirs.iter().find(|t| t["ifname"] == "nva").unwrap()["ifindex"].clone();
    let one = ns.nlctl_json(&[
        "--family",
        "rt-link",
        "do",
        "getlink",
        &format!("{{\"ifi-index\": {idx}}}"),
    ]);
    assert_eq!(one.len(), 1);
    assert_eq!(one[0]["ifname"], "nva");
    assert_eq!(one[0]["linkinfo"]["kind"], "veth", "{}", one[0]);
    // ...and by name, an attribute of the request.
    let by_name = ns.nlctl_json(&[
        "--family",
        "rt-link",
        "do",
        "getlink",
        "{\"ifname\": \"nvb\"}",
    ]);
    assert_eq!(by_name[0]["ifname"], "nvb");
}

#[test]
fn rt_addr_dump_agrees_with_ip() {
    let ns = Netns::new("addr").with_veth();
    let ours = ns.nlctl_json(&["--family", "rt-addr", "dump", "getaddr"]);
    let mut mine = BTreeSet::new();
    for m in &ours {
        let a = m.get("ifa-local").or_else(|| m.get("ifa-address")).unwrap();
        mine.insert((
            m["ifa-index"].as_u64().unwrap(),
            a.as_str().unwrap().to_string(),
            m["ifa-prefixlen"].as_u64().unwrap(),
        ));
    }
    let mut theirs = BTreeSet::new();
    for l in ip_json(&ns, &["addr", "show"]) {
        for a in l["addr_info"].as_array().unwrap() {
            theirs.insert((
                l["ifindex"].as_u64().unwrap(),
                a["local"].as_str().unwrap().to_string(),
                a["prefixlen"].as_u64().unwrap(),
            ));
        }
    }
    assert!(theirs.iter().any(|t| t.1 == "2001:db8::7"), "{theirs:?}");
    assert_eq!(mine, theirs);
}

#[test]
fn rt_route_dump_agrees_with_ip_and_the_overlay_adds_groups() {
    let ns = Netns::new("route").with_veth();
    ns.ip(&["route", "add", "203.0.113.0/24", "via", "198.51.100.1"]);
    ns.ip(&[
        "-6",
        "route",
        "add",
        "2001:db8:1::/48",
        "via",
        "2001:db8::1",
    ]);
    for (fam, flag) in [(2, "-4"), (10, "-6")] {
        let ours = ns.nlctl_json(&[
            "--family",
            "rt-route",
            "dump",
            "getroute",
            &format!("{{\"rtm-family\": {fam}}}"),
        ]);
        let main: BTreeSet<(String, Option<String>)> = ours
            .iter()
            .filter(|m| m["rtm-table"] == "main" && m["rtm-type"] == "unicast")
            .map(|m| {
                let dst = match m.get("rta-dst") {
                    Some(d) => format!("{}/{}", d.as_str().unwrap(), m["rtm-dst-len"]),
                    None => "default".into(),
                };
                (
                    dst,
                    m.get("rta-gateway")
                        .map(|g| g.as_str().unwrap().to_string()),
                )
            })
            .collect();
        let theirs: BTreeSet<(String, Option<String>)> =
            ip_json(&ns, &[flag, "route", "show", "table", "main"])
                .iter()
                .filter(|r| r.get("type").map_or(true, |t| t == "unicast"))
                .map(|r| {
                    let d = r["dst"].as_str().unwrap();
                    let d = if d.contains('/') || d == "default" {
                        d.to_string()
                    } else if fam == 2 {
                        format!("{d}/32")
                    } else {
                        format!("{d}/128")
                    };
                    (d, r.get("gateway").map(|g| g.as_str().unwrap().to_string()))
                })
                .collect();
        assert!(main.iter().any(|r| r.1.is_some()), "{main:?}");
        assert_eq!(main, theirs, "family {fam}");
    }
    // listen with the overlay's group name (6.12's rt_route.yaml has none).
    let child = Command::new("ip")
        .args([
            "netns",
            "exec",
            &ns.0,
            NLCTL,
            "--json",
            "--family",
            "rt-route",
            "--group",
            "rtnlgrp-ipv4-route",
            "listen",
            "--count",
            "1",
            "--timeout",
            "10",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    ns.ip(&["route", "add", "192.0.2.128/25", "via", "198.51.100.1"]);
    let (code, out, err) = split(child.wait_with_output().unwrap());
    assert_eq!(code, 0, "{err}");
    let m = &json_lines(&out)[0];
    assert_eq!(m["rta-dst"], "192.0.2.128", "{m}");
    assert_eq!(m["rtm-dst-len"], 25);
}

#[test]
fn netdev_and_ethtool_agree_with_ip() {
    let ns = Netns::new("dev").with_veth();
    let links = ip_json(&ns, &["link", "show"]);
    let want: BTreeSet<u64> = links
        .iter()
        .map(|l| l["ifindex"].as_u64().unwrap())
        .collect();
    let devs = ns.nlctl_json(&["--family", "netdev", "dump", "dev-get"]);
    let got: BTreeSet<u64> = devs
        .iter()
        .map(|d| d["ifindex"].as_u64().unwrap())
        .collect();
    assert_eq!(got, want);
    assert!(
        devs.iter().all(|d| d["xdp-features"].is_array()),
        "{devs:?}"
    );
    let eth = ns.nlctl_json(&[
        "--family",
        "ethtool",
        "do",
        "linkinfo-get",
        "{\"header\": {\"dev-name\": \"nva\"}}",
    ]);
    let nva = links.iter().find(|l| l["ifname"] == "nva").unwrap();
    assert_eq!(eth[0]["header"]["dev-index"], nva["ifindex"], "{eth:?}");
    assert_eq!(eth[0]["header"]["dev-name"], "nva");
    // A kernel error's attribute is named by the spec.
    let (code, _, err) = ns.nlctl(&[
        "--family",
        "ethtool",
        "do",
        "linkinfo-get",
        "{\"header\": {\"dev-index\": 9999}}",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("ENODEV") && err.contains("[attribute header / dev-index]"),
        "{err}"
    );
    let all = ns.nlctl_json(&["--family", "ethtool", "dump", "linkinfo-get"]);
    let names: BTreeSet<String> = all
        .iter()
        .map(|e| e["header"]["dev-name"].as_str().unwrap().to_string())
        .collect();
    assert!(names.contains("nva") && names.contains("nvb"), "{names:?}");
}

#[test]
fn tcp_metrics_agree_with_ip() {
    let ns = Netns::new("tcpm");
    // A connection on loopback leaves a metrics entry when it closes.
    let py = r#"import socket, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()
c = socket.create_connection(s.getsockname()); a, _ = s.accept()
for i in range(20):
    c.sendall(b"x" * 10000); n = 0
    while n < 10000: n += len(a.recv(65536))
    a.sendall(b"y" * 1000); c.recv(65536)
c.close(); time.sleep(0.2); a.close(); time.sleep(0.2)
"#;
    let st = Command::new("ip")
        .args(["netns", "exec", &ns.0, "python3", "-c", py])
        .status()
        .unwrap();
    assert!(st.success());
    let ours = ns.nlctl_json(&["--family", "tcp_metrics", "dump", "get"]);
    let mine: BTreeSet<String> = ours
        .iter()
        .map(|m| m["addr-ipv4"].as_str().unwrap().to_string())
        .collect();
    let text = ns.ip(&["tcp_metrics", "show"]);
    let theirs: BTreeSet<String> = text
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect();
    assert!(!theirs.is_empty(), "no metrics entry: {text}");
    assert_eq!(mine, theirs);
}

#[test]
fn mptcp_pm_agrees_with_ip() {
    let ns = Netns::new("mptcp").with_veth();
    ns.ip(&[
        "mptcp",
        "limits",
        "set",
        "subflows",
        "3",
        "add_addr_accepted",
        "2",
    ]);
    ns.ip(&[
        "mptcp",
        "endpoint",
        "add",
        "198.51.100.7",
        "dev",
        "nva",
        "signal",
        "id",
        "5",
    ]);
    let lim = ns.nlctl_json(&["--family", "mptcp_pm", "do", "get-limits"]);
    let text = ns.ip(&["mptcp", "limits", "show"]);
    let w: Vec<&str> = text.split_whitespace().collect();
    let val = |k: &str| {
        w.iter()
            .position(|x| *x == k)
            .map(|i| w[i + 1].parse::<u64>().unwrap())
    };
    assert_eq!(
        lim[0]["subflows"].as_u64(),
        val("subflows"),
        "{lim:?} vs {text}"
    );
    assert_eq!(lim[0]["rcv-add-addrs"].as_u64(), val("add_addr_accepted"));
    let eps = ns.nlctl_json(&["--family", "mptcp_pm", "dump", "get-addr"]);
    assert_eq!(eps.len(), 1, "{eps:?}");
    let a = &eps[0]["addr"];
    assert_eq!(a["id"], 5, "{a}");
    assert_eq!(a["addr4"], "198.51.100.7", "{a}");
    assert!(ns
        .ip(&["mptcp", "endpoint", "show"])
        .contains("198.51.100.7 id 5 signal"));
}

/// Runs nlctl and expects a usage error (exit 2) mentioning every needle.
fn refused(args: &[&str], needles: &[&str]) {
    let (code, out, err) = common::run(args);
    assert_eq!(code, 2, "{args:?}: out {out} err {err}");
    assert!(out.is_empty(), "{out}");
    for n in needles {
        assert!(err.contains(n), "{args:?}: {n:?} not in {err}");
    }
}

fn own_spec() -> String {
    format!("{}/specs/nlkit-raw.yaml", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn bad_input_is_refused_before_sending() {
    let s = own_spec();
    // nlkit-raw is protocol 17, which the host does not serve: had
    // anything been sent, the error would be EPROTONOSUPPORT (exit 5).
    refused(
        &["--spec", &s, "do", "nope"],
        &["nlkit-raw.yaml", "no operation `nope`", "echo, get-stats"],
    );
    refused(
        &["--spec", &s, "do", "trigger", "{\"group\": 0}"],
        &["nlkit-raw.yaml", "`group`", "1..=64"],
    );
    refused(
        &["--spec", &s, "do", "trigger", "{\"group\": 65}"],
        &["`group`", "1..=64"],
    );
    refused(
        &["--spec", &s, "do", "trigger", "{\"portid\": 1}"],
        &[
            "`trigger` (do) takes no attribute `portid`",
            "group, payload",
        ],
    );
    refused(
        &["--spec", &s, "do", "set-config", "{\"timer-ms\": \"fast\"}"],
        &["`timer-ms` is a u32", "not a number"],
    );
    refused(
        &["--spec", &s, "do", "set-config", "{\"timer-ms\": 3600001}"],
        &["`timer-ms`", "0..=3600000"],
    );
    refused(
        &[
            "--spec",
            &s,
            "do",
            "set-config",
            "{\"name\": \"0123456789012345678901234567890123\"}",
        ],
        &["`name`", "at most 31"],
    );
    refused(
        &["--spec", &s, "do", "set-config", "{\"reset-stats\": 1}"],
        &["`reset-stats` is a flag"],
    );
    refused(
        &["--spec", &s, "do", "echo", "{\"payload\": \"xyz\"}"],
        &["`payload` is binary", "hex"],
    );
    refused(
        &["--spec", &s, "do", "echo", "{\"bogus\": 1}"],
        &["`bogus` is not an attribute of `attrs`"],
    );
    refused(&["--spec", &s, "do", "echo", "[1]"], &["JSON object"]);
    refused(
        &["--spec", &s, "do", "echo", "{not json"],
        &["not valid JSON"],
    );
    refused(
        &["--spec", &s, "dump", "echo"],
        &["`echo` has no dump; it has: do"],
    );
    refused(
        &["--spec", &s, "do", "push"],
        &["`push` has no do", "kernel to user only"],
    );
    refused(
        &["--spec", &s, "--proto", "18", "do", "get-stats"],
        &["disagrees", "(18)", "protocol 17"],
    );
    refused(
        &["--spec", &s, "do", "echo", "--type", "16"],
        &["--type cannot be used with --spec"],
    );
    refused(
        &["--spec", &s, "dump", "get-subscribers", "--attr", "1:u32:1"],
        &["--attr cannot be used"],
    );
    refused(
        &["--spec", &s, "--group", "nosuch", "listen"],
        &["no multicast group `nosuch`", "events, config"],
    );
    refused(
        &["--family", "no-such-family", "do", "x"],
        &["no spec no-such-family.yaml"],
    );
    refused(&["do", "echo"], &["give --spec FILE or --family NAME"]);
    // A spec with a mistake: file:line:col.
    let bad = std::env::temp_dir().join(format!("nlctl-bad-{}.yaml", std::process::id()));
    std::fs::write(&bad, "name: bad\nprotocol: netlink-raw\nprotonum: 99\n").unwrap();
    refused(
        &["--spec", bad.to_str().unwrap(), "do", "x"],
        &[&format!("{}:3:11", bad.display()), "0..31"],
    );
    let _ = std::fs::remove_file(&bad);
}

#[test]
fn gen_writes_uapi_and_kernel_and_says_what_is_missing() {
    let dir = std::env::temp_dir().join(format!("nlctl-gen-{}", std::process::id()));
    let (code, out, err) = common::run(&["gen", "uapi", &own_spec(), "-o", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let h = std::fs::read_to_string(dir.join("nlkit_mod.h")).unwrap();
    assert!(
        h.lines()
            .nth(1)
            .unwrap()
            .contains("nlctl gen uapi nlkit-raw.yaml"),
        "{h}"
    );
    assert!(out.contains("nlkit_mod.h"));
    let (code, _, err) = common::run(&["gen", "kernel", &own_spec(), "-o", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read_to_string(dir.join("nlkit-mod-nl-gen.c"))
        .unwrap()
        .contains("nlkit_mod_nl_dispatch"));
    let (code, out, err) = common::run(&["gen", "rust", &own_spec(), "-o", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("nlkit_mod.rs"), "{out}");
    let rs = std::fs::read_to_string(dir.join("nlkit_mod.rs")).unwrap();
    assert!(
        rs.starts_with("// Generated by `nlctl gen rust nlkit-raw.yaml`"),
        "{rs}"
    );
    assert!(rs.contains("pub enum Attrs<'a>"), "{rs}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Dumps (or does) `op` of `family` in `ns` with nlkit directly; returns
/// each reply's payload after the genetlink header, raw.
fn capture(
    ns: &Netns,
    family: &str,
    op: &str,
    kind: nlkit_spec::MsgKind,
) -> (nlkit_spec::Spec, Vec<(u32, Vec<u8>)>) {
    use nlctl::{spec_cmd, spec_codec};
    let path = spec_cmd::find_family(family).unwrap();
    let first = nlkit_spec::Spec::read(&path, &[]).unwrap();
    let spec = nlkit_spec::Spec::read(&path, &spec_cmd::overlays_for(&first.name, &path)).unwrap();
    let o = spec.operation(op).unwrap();
    let (value, payload, _) = spec_codec::encode_request(&spec, o, kind, &Value::Null).unwrap();
    let (proto, id) = spec_cmd::family_id(&spec).unwrap();
    let flags = match kind {
        nlkit_spec::MsgKind::Do => nlkit::wire::Flags::ACK,
        nlkit_spec::MsgKind::Dump => nlkit::wire::Flags::DUMP,
    };
    let req = nlkit::client::Request::raw(id.unwrap_or(value), flags, &payload).unwrap();
    let sock = nlkit::socket::Socket::open_in_netns(proto, &nlkit::socket::named_netns_path(&ns.0))
        .unwrap();
    let mut client = nlkit::client::Client::new(sock).unwrap();
    let mut out = Vec::new();
    let genl = spec.protocol.is_genetlink();
    client
        .execute(&req, |m| {
            let (v, body) = if genl {
                (u32::from(m.payload[0]), m.payload[4..].to_vec())
            } else {
                (u32::from(m.header.ty), m.payload.to_vec())
            };
            out.push((v, body));
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{family} {op}: {e}"));
    (spec, out)
}

/// Bytes equal but for NLA_F_NESTED, which nlkit's builder always sets and
/// the kernel's `nla_nest_start_noflag()` does not.
fn same_but_nested_flag(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y || x ^ y == 0x80)
}

#[test]
fn replies_of_every_host_family_round_trip() {
    use nlkit_spec::MsgKind::{Do, Dump};
    let ns = Netns::new("rt").with_veth().with_own_families();
    ns.ip(&["route", "add", "203.0.113.0/24", "via", "198.51.100.1"]);
    ns.ip(&[
        "mptcp",
        "endpoint",
        "add",
        "198.51.100.7",
        "dev",
        "nva",
        "signal",
        "id",
        "5",
    ]);
    let cases = [
        ("nlctrl", "getfamily", Dump),
        ("netdev", "dev-get", Dump),
        ("ethtool", "linkinfo-get", Dump),
        ("ethtool", "features-get", Dump),
        ("ethtool", "strset-get", Dump),
        ("tcp_metrics", "get", Dump),
        ("mptcp_pm", "get-addr", Dump),
        ("mptcp_pm", "get-limits", Do),
        ("rt-link", "getlink", Dump),
        ("rt-addr", "getaddr", Dump),
        ("rt-route", "getroute", Dump),
        ("rt-neigh", "getneigh", Dump),
        ("rt-rule", "getrule", Dump),
        ("rt-nexthop", "getnexthop", Dump),
    ];
    let mut total = 0;
    for (family, op, kind) in cases {
        let (spec, replies) = capture(&ns, family, op, kind);
        for (value, bytes) in &replies {
            let v = nlctl::spec_codec::decode_payload_value(&spec, *value, bytes);
            let again = nlctl::spec_codec::encode_payload(&spec, *value, &v)
                .unwrap_or_else(|e| panic!("{family} {op}: {}: {v}", e.0));
            let at = bytes
                .iter()
                .zip(&again)
                .position(|(x, y)| x != y && x ^ y != 0x80);
            assert!(
                same_but_nested_flag(bytes, &again),
                "{family} {op}: emitted bytes differ (lengths {} {}, first at {at:?})\n{v}\nkernel  {}\nemitted {}",
                bytes.len(),
                again.len(),
                nlctl::spec_codec::hex(&bytes[at.unwrap_or(0).saturating_sub(8)..]),
                nlctl::spec_codec::hex(&again[at.unwrap_or(0).saturating_sub(8)..])
            );
            // Nothing the spec types reaches the user as bytes.
            assert!(!v.to_string().contains("\"error\""), "{family} {op}: {v}");
            total += 1;
        }
        assert!(
            !replies.is_empty() || family == "tcp_metrics",
            "{family} {op}: no replies"
        );
    }
    eprintln!("{total} replies round-tripped");
}

#[test]
fn own_specs_for_neighbours_rules_nexthops_agree_with_ip() {
    let ns = Netns::new("own").with_veth().with_own_families();
    // Neighbours.
    let ours = ns.nlctl_json(&[
        "--family",
        "rt-neigh",
        "dump",
        "getneigh",
        "{\"ndm-family\": 2}",
    ]);
    let theirs = ip_json(&ns, &["-4", "neigh", "show"]);
    let key = |dst: &Value, ll: &Value, state: String| {
        (
            dst.as_str().unwrap_or("").to_string(),
            ll.as_str().unwrap_or("").to_string(),
            state,
        )
    };
    let mine: BTreeSet<_> = ours
        .iter()
        .map(|m| {
            key(
                &m["dst"],
                &m["lladdr"],
                m["ndm-state"][0].as_str().unwrap_or("").to_uppercase(),
            )
        })
        .collect();
    let want: BTreeSet<_> = theirs
        .iter()
        .map(|t| {
            key(
                &t["dst"],
                &t["lladdr"],
                t["state"][0].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert!(
        want.iter()
            .any(|w| w.0 == "198.51.100.9" && w.2 == "PERMANENT"),
        "{want:?}"
    );
    assert_eq!(mine, want);
    // Rules: priority, table, source.
    let table_no = |t: &Value| match t.as_str().unwrap() {
        "local" => 255,
        "main" => 254,
        "default" => 253,
        n => n.parse().unwrap(),
    };
    let ours = ns.nlctl_json(&["--family", "rt-rule", "dump", "getrule", "{\"family\": 2}"]);
    let mine: BTreeSet<(u64, u64, String)> = ours
        .iter()
        .map(|m| {
            let src = match m.get("src") {
                Some(s) => format!("{}/{}", s.as_str().unwrap(), m["src-len"]),
                None => "all".into(),
            };
            (
                m.get("priority").map_or(0, |p| p.as_u64().unwrap()),
                m["table"].as_u64().unwrap(),
                src,
            )
        })
        .collect();
    let want: BTreeSet<(u64, u64, String)> = ip_json(&ns, &["-4", "rule", "show"])
        .iter()
        .map(|t| {
            let src = match t.get("srclen") {
                Some(l) => format!("{}/{l}", t["src"].as_str().unwrap()),
                None => "all".into(),
            };
            (t["priority"].as_u64().unwrap(), table_no(&t["table"]), src)
        })
        .collect();
    assert!(
        want.contains(&(1000, 100, "198.51.100.0/24".into())),
        "{want:?}"
    );
    assert_eq!(mine, want);
    // Nexthops, the group's weights included (the kernel stores weight - 1).
    let ours = ns.nlctl_json(&["--family", "rt-nexthop", "dump", "getnexthop"]);
    let theirs = ip_json(&ns, &["nexthop", "show"]);
    assert_eq!(ours.len(), theirs.len());
    for t in &theirs {
        let m = ours
            .iter()
            .find(|m| m["id"] == t["id"])
            .unwrap_or_else(|| panic!("{t}"));
        assert_eq!(m.get("gateway"), t.get("gateway"), "{m} {t}");
        if let Some(g) = t.get("group") {
            let mine: Vec<(u64, u64)> = m["group"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| (e["id"].as_u64().unwrap(), e["weight"].as_u64().unwrap() + 1))
                .collect();
            let want: Vec<(u64, u64)> = g
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    (
                        e["id"].as_u64().unwrap(),
                        e.get("weight").map_or(1, |w| w.as_u64().unwrap()),
                    )
                })
                .collect();
            assert_eq!(mine, want);
        }
    }
}

#[test]
fn genetlink_listen_resolves_groups_and_decodes_notifications() {
    // netdev's "mgmt" group id comes from the controller; DEV_ADD_NTF has
    // the shape of dev-get's reply (`notify: dev-get`).
    let ns = Netns::new("ntf");
    let child = Command::new("ip")
        .args([
            "netns",
            "exec",
            &ns.0,
            NLCTL,
            "--json",
            "--family",
            "netdev",
            "--group",
            "mgmt",
            "listen",
            "--count",
            "1",
            "--timeout",
            "10",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    ns.ip(&["link", "add", "nva", "type", "veth", "peer", "name", "nvb"]);
    let (code, out, err) = split(child.wait_with_output().unwrap());
    assert_eq!(code, 0, "{err}");
    let m = &json_lines(&out)[0];
    let idx: Vec<Value> = ip_json(&ns, &["link", "show"])
        .iter()
        .map(|l| l["ifindex"].clone())
        .collect();
    assert!(idx.contains(&m["ifindex"]), "{m} vs {idx:?}");
    assert!(m["xdp-features"].is_array(), "{m}");
    // The controller's own group, added by specs/nlctrl.overlay.yaml.
    let (code, _, err) = common::run(&[
        "--family",
        "nlctrl",
        "--group",
        "notify",
        "listen",
        "--timeout",
        "0.2",
    ]);
    assert_eq!(code, 0, "{err}");
}
