//! nlctl for daily use (issue 14), against the host's real kernel in
//! private network namespaces (root): every rtnetlink GET type gets its
//! family header from the specs and is decoded by them, requests the
//! kernel would ignore are refused, generic families work by name, and
//! the results agree with `ip -j` / the family's own answer.

mod common;

use std::collections::BTreeSet;
use std::process::Command;

use common::{attr, ip, json_lines, split, Netns, NLCTL};
use serde_json::Value;

/// A namespace with a veth pair (nva 198.51.100.7/24, 2001:db8::7/64; nvb),
/// both up, a neighbour, a rule, a nexthop and a pfifo qdisc on nva.
fn daily_ns(tag: &str) -> Netns {
    let ns = Netns(format!("nlctl-daily-{tag}-{}", std::process::id()));
    ip(&["netns", "add", &ns.0]);
    let n = |args: &[&str]| {
        let mut a = vec!["-n", ns.0.as_str()];
        a.extend_from_slice(args);
        ip(&a)
    };
    n(&["link", "set", "lo", "up"]);
    n(&["link", "add", "nva", "type", "veth", "peer", "name", "nvb"]);
    n(&["link", "set", "nva", "address", "02:11:22:33:44:55", "up"]);
    n(&["link", "set", "nvb", "up"]);
    n(&["addr", "add", "198.51.100.7/24", "dev", "nva"]);
    n(&["addr", "add", "2001:db8::7/64", "dev", "nva", "nodad"]);
    n(&[
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
    n(&[
        "rule",
        "add",
        "from",
        "198.51.100.0/24",
        "table",
        "100",
        "priority",
        "1000",
    ]);
    n(&[
        "nexthop",
        "add",
        "id",
        "7",
        "via",
        "198.51.100.1",
        "dev",
        "nva",
    ]);
    n(&["route", "add", "203.0.113.0/24", "via", "198.51.100.1"]);
    let out = Command::new("ip")
        .args([
            "netns", "exec", &ns.0, "tc", "qdisc", "add", "dev", "nva", "root", "pfifo",
        ])
        .output()
        .expect("tc");
    assert!(
        out.status.success(),
        "tc: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    ns
}

fn nlctl_in(ns: &Netns, args: &[&str]) -> (i32, String, String) {
    let out = Command::new("ip")
        .args(["netns", "exec", &ns.0, NLCTL])
        .args(args)
        .output()
        .expect("ip netns exec nlctl");
    split(out)
}

/// `nlctl --json ARGS` in the namespace: the messages (notes left out).
fn messages(ns: &Netns, args: &[&str]) -> Vec<Value> {
    let mut a = vec!["--json"];
    a.extend_from_slice(args);
    let (code, out, err) = nlctl_in(ns, &a);
    assert_eq!(code, 0, "nlctl {args:?}: {err}");
    json_lines(&out)
        .into_iter()
        .filter(|m| m.get("note").is_none())
        .collect()
}

fn ip_j(ns: &Netns, args: &[&str]) -> Vec<Value> {
    let mut a = vec!["-n", ns.0.as_str(), "-j"];
    a.extend_from_slice(args);
    serde_json::from_str(&ip(&a)).unwrap()
}

fn value<'a>(m: &'a Value, name: &str) -> &'a Value {
    &attr(&m["attrs"], name).unwrap_or_else(|| panic!("no {name} in {m}"))["value"]
}

#[test]
fn every_rtnetlink_get_gets_its_header_and_decodes_by_spec() {
    let ns = daily_ns("get");
    // Neighbours: ndmsg, by name and by number, agree with ip -j neigh.
    for ty in ["getneigh", "RTM_GETNEIGH", "30"] {
        let ours = messages(&ns, &["dump", "--type", ty]);
        let n = ours
            .iter()
            .find(|m| {
                m["attrs"].as_array().is_some_and(|_| true) && value(m, "NDA_DST") == "198.51.100.9"
            })
            .unwrap_or_else(|| panic!("--type {ty}: no neighbour 198.51.100.9: {ours:?}"));
        assert_eq!(n["type_name"], "RTM_NEWNEIGH");
        assert_eq!(n["family_header"]["kind"], "ndmsg");
        assert_eq!(
            n["family_header"]["ndm_state"],
            serde_json::json!(["permanent"])
        );
        assert_eq!(value(n, "NDA_LLADDR"), "02:00:00:00:00:09");
    }
    let theirs = ip_j(&ns, &["neigh", "show"]);
    let t = theirs.iter().find(|t| t["dst"] == "198.51.100.9").unwrap();
    assert_eq!(t["lladdr"], "02:00:00:00:00:09");
    // Rules: fib_rule_hdr; the one we added, with its table and priority.
    let rules = messages(&ns, &["dump", "--type", "getrule"]);
    assert!(rules.iter().all(|m| m["type_name"] == "RTM_NEWRULE"));
    let r = rules
        .iter()
        .find(|m| attr(&m["attrs"], "FRA_PRIORITY").is_some_and(|p| p["value"] == 1000))
        .expect("the rule at priority 1000");
    assert_eq!(value(r, "FRA_TABLE"), 100);
    assert_eq!(r["family_header"]["kind"], "fib_rule_hdr");
    assert_eq!(r["family_header"]["src_len"], 24);
    let v4 = rules
        .iter()
        .filter(|m| m["family_header"]["family"] == 2)
        .count();
    assert_eq!(v4, ip_j(&ns, &["-4", "rule", "show"]).len());
    // Qdiscs: tcmsg; pfifo on nva.
    let nva = ip_j(&ns, &["link", "show", "nva"])[0]["ifindex"].clone();
    let q = messages(&ns, &["dump", "--type", "getqdisc"]);
    let pf = q
        .iter()
        .find(|m| value(m, "TCA_KIND") == "pfifo")
        .expect("the pfifo qdisc");
    assert_eq!(pf["family_header"]["kind"], "tcmsg");
    assert_eq!(pf["family_header"]["ifindex"], nva);
    // Nexthops: nhmsg; id 7 through nva.
    let nh = messages(&ns, &["dump", "--type", "getnexthop"]);
    let seven = nh
        .iter()
        .find(|m| value(m, "NHA_ID") == 7)
        .expect("nexthop 7");
    assert_eq!(seven["type_name"], "RTM_NEWNEXTHOP");
    assert_eq!(value(seven, "NHA_GATEWAY"), "198.51.100.1");
    assert_eq!(value(seven, "NHA_OIF"), &nva);
    // Routes and addresses keep working, enums by name.
    let routes = messages(&ns, &["dump", "--type", "getroute"]);
    let r = routes
        .iter()
        .find(|m| attr(&m["attrs"], "RTA_GATEWAY").is_some_and(|g| g["value"] == "198.51.100.1"))
        .expect("the route via 198.51.100.1");
    assert_eq!(r["family_header"]["rtm_protocol"], "boot");
    assert_eq!(r["family_header"]["rtm_type"], "unicast");
    let addrs = messages(&ns, &["dump", "--type", "getaddr"]);
    let v6: BTreeSet<String> = addrs
        .iter()
        .filter_map(|m| attr(&m["attrs"], "IFA_ADDRESS"))
        .map(|a| a["value"].as_str().unwrap().to_string())
        .collect();
    assert!(v6.contains("2001:db8::7"), "{v6:?}");
}

#[test]
fn requests_the_kernel_would_ignore_are_refused_with_the_reason() {
    let ns = daily_ns("ign");
    for args in [
        &["dump", "--type", "getneigh", "--header", "none"][..],
        &["request", "--type", "getnetconf"][..],
    ] {
        let (code, out, err) = nlctl_in(&ns, args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("would be ignored"), "{err}");
        assert!(err.contains("rtgenmsg"), "{err}");
        assert!(out.is_empty(), "{out}");
    }
    // With the header it names, the same type is answered.
    let (code, _, err) = nlctl_in(
        &ns,
        &["dump", "--type", "getnetconf", "--header", "rtgenmsg:inet"],
    );
    assert_eq!(code, 0, "{err}");
}

#[test]
fn generic_families_by_name_decoded_by_their_specs() {
    let ns = daily_ns("genl");
    let ours = messages(
        &ns,
        &[
            "--proto",
            "generic",
            "dump",
            "--type",
            "ethtool",
            "--header",
            "genl:channels-get",
        ],
    );
    let names: BTreeSet<String> = ours
        .iter()
        .map(|m| {
            assert_eq!(m["type_name"], "ethtool");
            assert_eq!(m["family_header"]["cmd_name"], "channels-get");
            let h = attr(&m["attrs"], "ETHTOOL_A_CHANNELS_HEADER").expect("header");
            attr(&h["attrs"], "ETHTOOL_A_HEADER_DEV_NAME").unwrap()["value"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let veths: BTreeSet<String> = ["nva", "nvb"].map(String::from).into();
    assert_eq!(names, veths);
    // netdev by name: one dev-get per link, ifindexes as ip has them.
    let devs = messages(
        &ns,
        &[
            "--proto",
            "generic",
            "dump",
            "--type",
            "netdev",
            "--header",
            "genl:dev-get",
        ],
    );
    let ours: BTreeSet<i64> = devs
        .iter()
        .map(|m| value(m, "NETDEV_A_DEV_IFINDEX").as_i64().unwrap())
        .collect();
    let theirs: BTreeSet<i64> = ip_j(&ns, &["link", "show"])
        .iter()
        .map(|l| l["ifindex"].as_i64().unwrap())
        .collect();
    assert_eq!(ours, theirs);
    // Unknown family, missing genl header: clear errors, nothing sent.
    let (code, _, err) = nlctl_in(&ns, &["--proto", "generic", "dump", "--type", "nosuchfam"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no generic netlink family"), "{err}");
    let (code, _, err) = nlctl_in(&ns, &["--proto", "generic", "dump", "--type", "ethtool"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("--header genl:CMD") && err.contains("channels-get"),
        "{err}"
    );
}

#[test]
fn attribute_errors_name_attributes_by_the_spec() {
    let (code, _, err) = common::run(&["send", "--type", "newlink", "--attr", "bogus:u8:1"]);
    assert_eq!(code, 2);
    assert!(err.contains("IFLA_LINKINFO"), "{err}");
    let (code, _, err) =
        common::run(&["send", "--type", "newlink", "--attr", "linkinfo.bogus:u8:1"]);
    assert_eq!(code, 2);
    assert!(err.contains("IFLA_INFO_KIND"), "{err}");
}

/// Spawns `nlctl ARGS` in the namespace, waits for its "listening on"
/// line on stderr (so it has joined its groups), returns the child.
fn spawn_listener(ns: &Netns, args: &[&str]) -> (std::process::Child, String) {
    use std::io::BufRead;
    let mut child = Command::new(NLCTL)
        .args(["-n", &ns.0])
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn nlctl listen");
    let mut err = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    err.read_line(&mut line).unwrap();
    assert!(line.contains("listening on"), "{line}");
    (child, line)
}

/// `2026-12-02T14:44:57.087837Z`.
fn is_utc_stamp(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() == 27 && b[4] == b'-' && b[10] == b'T' && b[19] == b'.' && s.ends_with('Z')
}

#[test]
fn events_by_group_name_brief_one_liners_with_timestamps() {
    let ns = daily_ns("ev");
    let (child, banner) = spawn_listener(
        &ns,
        &[
            "--brief",
            "-t",
            "--group",
            "link,ipv4-ifaddr",
            "listen",
            "--count",
            "2",
            "--timeout",
            "20",
        ],
    );
    assert!(banner.contains("groups 1,5"), "{banner}");
    ns_ip(&ns, &["addr", "add", "198.51.100.50/24", "dev", "nva"]);
    ns_ip(&ns, &["link", "set", "nvb", "mtu", "1400"]);
    let (code, out, err) = split(child.wait_with_output().unwrap());
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "one line per event: {out}");
    for l in &lines {
        assert!(is_utc_stamp(l.split(' ').next().unwrap()), "{l}");
    }
    assert!(lines[0].contains(" [ipv4-ifaddr] RTM_NEWADDR "), "{out}");
    assert!(lines[0].contains("local=198.51.100.50/24"), "{out}");
    assert!(lines[0].contains("dev=nva"), "{out}");
    assert!(lines[1].contains(" [link] RTM_NEWLINK "), "{out}");
    assert!(
        lines[1].contains("ifname=nvb") && lines[1].contains("mtu=1400"),
        "{out}"
    );
}

#[test]
fn listen_all_joins_every_rtnetlink_group_like_ip_monitor() {
    let ns = daily_ns("all");
    let (child, banner) = spawn_listener(
        &ns,
        &[
            "-j",
            "-t",
            "listen",
            "--all",
            "--count",
            "3",
            "--timeout",
            "20",
        ],
    );
    // Links, addresses, routes, neighbours, rules, nexthops, tc: the specs' groups.
    for g in ["1", "3", "4", "5", "7", "8", "9", "11", "32"] {
        assert!(
            banner.split(&[' ', ',', '"'][..]).any(|x| x == g),
            "group {g} in {banner}"
        );
    }
    let note: Value = serde_json::from_str(banner.trim()).expect("the banner is JSON in JSON mode");
    assert_eq!(note["note"], "listening");
    ns_ip(
        &ns,
        &[
            "neigh",
            "add",
            "198.51.100.10",
            "lladdr",
            "02:00:00:00:00:0a",
            "dev",
            "nva",
        ],
    );
    ns_ip(
        &ns,
        &["rule", "add", "from", "192.0.2.0/24", "table", "101"],
    );
    ns_ip(
        &ns,
        &["route", "add", "192.0.2.0/25", "via", "198.51.100.1"],
    );
    let (code, out, err) = split(child.wait_with_output().unwrap());
    assert_eq!(code, 0, "{err}");
    let events = json_lines(&out);
    let groups: Vec<&str> = events
        .iter()
        .map(|e| e["group_name"].as_str().unwrap())
        .collect();
    assert_eq!(groups, ["neigh", "ipv4-rule", "ipv4-route"], "{out}");
    assert!(events
        .iter()
        .all(|e| e["time"].as_f64().is_some_and(|t| t > 1.7e9)));
    let route = &events[2];
    let dst = attr(&route["attrs"], "RTA_DST").unwrap();
    assert_eq!(dst["prefix"], "192.0.2.0/25");
    assert_eq!(attr(&route["attrs"], "RTA_OIF").unwrap()["ifname"], "nva");
}

fn ns_ip(ns: &Netns, args: &[&str]) -> String {
    let mut a = vec!["-n", ns.0.as_str()];
    a.extend_from_slice(args);
    ip(&a)
}

#[test]
fn netns_flag_json_short_pretty_array_and_json_errors() {
    let ns = daily_ns("json");
    // -n NAME is `ip netns exec NAME`.
    let (code, out, err) = common::run(&["-n", &ns.0, "-j", "dump", "--type", "getlink"]);
    assert_eq!(code, 0, "{err}");
    let ours = json_lines(&out);
    assert_eq!(ours.len(), 3, "lo, nva, nvb: {out}");
    assert!(
        ours.iter().all(|m| m.get("note").is_none()),
        "stdout is data only"
    );
    let note = json_lines(&err);
    assert_eq!(note[0]["note"], "done");
    assert_eq!(note[0]["text"], "dump done: 3 messages");
    // -j -p: one pretty array (as ip -j -p), the same messages.
    let (code, out, err) = common::run(&["-n", &ns.0, "-j", "-p", "dump", "--type", "getlink"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("[\n"), "{out}");
    let arr: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(arr.len(), 3);
    // An unknown namespace: JSON error with its errno.
    let (code, _, err) =
        common::run(&["-n", "nlctl-no-such-ns", "-j", "dump", "--type", "getlink"]);
    assert_eq!(code, 2);
    let e: Value = serde_json::from_str(err.trim()).unwrap();
    assert_eq!(e["errno"], 2, "{err}");
    assert_eq!(e["errno_name"], "ENOENT");
    // clap's own argument errors are JSON too in JSON mode.
    for args in [
        &["-j", "dump", "--nonsense"][..],
        &["--json", "listen", "--count", "x"][..],
    ] {
        let (code, out, err) = common::run(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty());
        let e: Value = serde_json::from_str(err.trim()).unwrap_or_else(|x| panic!("{err}: {x}"));
        assert_eq!(e["exit_code"], 2);
        assert!(e["error"].as_str().unwrap().contains("--"), "{e}");
    }
    // errno whenever the text names one.
    let (code, _, err) = common::run(&["-j", "families", "nlctl-no-such-family"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("at most 15"), "{err}");
    let (code, _, err) = common::run(&["-j", "families", "nosuchfam"]);
    assert_eq!(code, 3);
    let e: Value = serde_json::from_str(err.trim()).unwrap();
    assert!(e["error"].as_str().unwrap().contains("ENOENT"), "{e}");
    assert_eq!(e["errno"], 2);
    // The extended ACK's attribute as a structured field, named by the spec.
    let (code, _, err) = common::run(&[
        "-n",
        &ns.0,
        "-j",
        "request",
        "--type",
        "setlink",
        "--header",
        "ifinfomsg:1",
        "--attr",
        "mtu:u8:1",
    ]);
    assert_eq!(code, 3, "{err}");
    let e: Value = serde_json::from_str(err.trim()).unwrap();
    assert_eq!(
        e["attribute"]["names"],
        serde_json::json!(["IFLA_MTU"]),
        "{e}"
    );
    assert_eq!(e["attribute"]["path"], serde_json::json!([4]));
    assert!(
        e["error"]
            .as_str()
            .unwrap()
            .contains("(at attribute IFLA_MTU)"),
        "{e}"
    );
    assert_eq!(e["errno_name"], "ERANGE");
}

#[test]
fn flat_form_is_field_equal_to_ip_json() {
    let ns = daily_ns("flat");
    ns_ip(
        &ns,
        &[
            "-6",
            "route",
            "add",
            "2001:db8:1::/48",
            "via",
            "2001:db8::1",
        ],
    );
    let flat = |ty: &str| messages(&ns, &["--flat", "dump", "--type", ty]);
    // Links: `ip -j link show`, object for object.
    let ours = flat("getlink");
    let theirs = ip_j(&ns, &["link", "show"]);
    assert_eq!(ours, theirs, "links");
    // Addresses: the addr_info entries of `ip -j addr show`, with the link.
    let mut want = Vec::new();
    for l in ip_j(&ns, &["addr", "show"]) {
        for a in l["addr_info"].as_array().unwrap() {
            let mut o = serde_json::Map::new();
            o.insert("ifindex".into(), l["ifindex"].clone());
            o.insert("ifname".into(), l["ifname"].clone());
            o.extend(a.as_object().unwrap().clone());
            want.push(Value::Object(o));
        }
    }
    let key = |v: &Value| v.to_string();
    let sorted = |mut v: Vec<Value>| {
        v.sort_by_key(key);
        v
    };
    assert_eq!(sorted(flat("getaddr")), sorted(want), "addresses");
    // Routes: `ip -j route show table all`, IPv4 and IPv6.
    let mut want = ip_j(&ns, &["-4", "route", "show", "table", "all"]);
    want.extend(ip_j(&ns, &["-6", "route", "show", "table", "all"]));
    assert_eq!(sorted(flat("getroute")), sorted(want), "routes");
    // Neighbours: `ip -j neigh show` (which leaves NOARP entries out).
    let ours: Vec<Value> = flat("getneigh")
        .into_iter()
        .filter(|n| n["state"] != serde_json::json!(["NOARP"]))
        .collect();
    assert_eq!(
        sorted(ours),
        sorted(ip_j(&ns, &["neigh", "show"])),
        "neighbours"
    );
}

#[test]
fn decodes_like_strace_structs_nests_enums_ifnames_prefixes() {
    let ns = daily_ns("strace");
    ns_ip(
        &ns,
        &[
            "route",
            "add",
            "192.0.2.0/24",
            "nexthop",
            "via",
            "198.51.100.1",
            "dev",
            "nva",
            "nexthop",
            "via",
            "198.51.100.2",
            "dev",
            "nva",
        ],
    );
    let links = messages(&ns, &["dump", "--type", "getlink"]);
    let nva = links
        .iter()
        .find(|m| value(m, "IFLA_IFNAME") == "nva")
        .unwrap();
    assert_eq!(value(nva, "IFLA_OPERSTATE"), "up");
    assert_eq!(nva["family_header"]["ifi_type"], "ether");
    assert!(nva["family_header"]["ifi_flags"]
        .as_array()
        .unwrap()
        .contains(&"lower-up".into()));
    // Structs by member.
    assert!(value(nva, "IFLA_STATS64")["rx_packets"].is_u64(), "{nva}");
    assert!(value(nva, "IFLA_MAP")["irq"].is_u64());
    // Nests: IFLA_AF_SPEC / AF_INET6 / IFLA_INET6_CONF (a struct), IFLA_XDP.
    let af = attr(&nva["attrs"], "IFLA_AF_SPEC").unwrap();
    let v6 = attr(&af["attrs"], "AF_INET6").unwrap();
    assert!(value(v6, "IFLA_INET6_CONF")["hoplimit"].is_u64(), "{v6}");
    assert_eq!(value(v6, "IFLA_INET6_TOKEN"), "::");
    let xdp = attr(&nva["attrs"], "IFLA_XDP").unwrap();
    assert!(attr(&xdp["attrs"], "IFLA_XDP_ATTACHED").is_some(), "{xdp}");
    // The peer by name next to its index.
    assert_eq!(attr(&nva["attrs"], "IFLA_LINK").unwrap()["ifname"], "nvb");
    // Addresses: prefixes, IPv6 as IPv6, flags and cacheinfo.
    let addrs = messages(&ns, &["dump", "--type", "getaddr"]);
    let v6 = addrs
        .iter()
        .find(|m| value(m, "IFA_ADDRESS") == "2001:db8::7")
        .unwrap();
    assert_eq!(
        attr(&v6["attrs"], "IFA_ADDRESS").unwrap()["prefix"],
        "2001:db8::7/64"
    );
    assert_eq!(v6["family_header"]["dev"], "nva");
    assert!(value(v6, "IFA_FLAGS")
        .as_array()
        .unwrap()
        .contains(&"nodad".into()));
    assert!(value(v6, "IFA_CACHEINFO")["ifa_valid"].is_u64());
    // RTA_MULTIPATH: the rtnexthop list, each hop's gateway and device.
    let routes = messages(&ns, &["dump", "--type", "getroute"]);
    let mp = routes
        .iter()
        .find_map(|m| attr(&m["attrs"], "RTA_MULTIPATH"))
        .expect("the multipath route");
    let hops = mp["value"].as_array().expect("decoded hops");
    let gws: Vec<&str> = hops
        .iter()
        .map(|h| h["RTA_GATEWAY"].as_str().unwrap())
        .collect();
    assert_eq!(gws, ["198.51.100.1", "198.51.100.2"]);
    assert!(hops
        .iter()
        .all(|h| h["dev"] == "nva" && h["rtnh_hops"] == 0));
    // The human form says the same, strace-like.
    let (code, out, err) = nlctl_in(&ns, &["dump", "--type", "getroute"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("rtm_table=main rtm_protocol=boot"), "{out}");
    assert!(out.contains("RTA_DST(1) 192.0.2.0/24"), "{out}");
    assert!(
        out.contains("RTA_OIF(4) 3 (nva)") || out.contains("(nva)"),
        "{out}"
    );
    assert!(
        out.contains("RTA_MULTIPATH(9) [{rtnh_flags=0, rtnh_hops=0, rtnh_ifindex=3, dev=\"nva\", RTA_GATEWAY=\"198.51.100.1\"}"),
        "{out}"
    );
    assert!(err.contains("dump done"), "{err}");
}

#[test]
fn capture_read_filters_by_protocol_and_portid_and_says_who_talked() {
    use nlctl::pcap::{Endpoints, Record, Writer, PACKET_KERNEL, PACKET_OUTGOING, PACKET_USER};
    use nlkit::wire::{Flags, MessageBuilder};
    let msg = |ty: u16, flags: Flags, pid: u32, payload: &[u8]| {
        let mut b = Vec::new();
        let mut m = MessageBuilder::new(&mut b, ty, flags).seq(1).portid(pid);
        m.payload(payload);
        m.finish().unwrap();
        b
    };
    let ends = |src: u32, dst: u32| {
        vec![
            Endpoints {
                src,
                dst,
                groups: 0,
                netns: Some(4026531840),
            }
            .to_comment(),
            "nlkit: pid 1".to_string(),
        ]
    };
    let recs = [
        // eBPF-style: endpoints and the task's pid.
        Record {
            pkttype: PACKET_KERNEL,
            protocol: 0,
            data: msg(18, Flags::REQUEST | Flags::DUMP, 4242, &[0; 16]),
            comments: ends(4242, 0),
            ..Default::default()
        },
        Record {
            pkttype: PACKET_USER,
            protocol: 16,
            data: msg(16, Flags::EMPTY, 5151, &[1, 2, 0, 0]),
            comments: ends(0, 5151),
            ..Default::default()
        },
        // nlmon-style: no endpoints, the direction and nlmsg_pid say it.
        Record {
            pkttype: PACKET_OUTGOING,
            protocol: 0,
            data: msg(22, Flags::REQUEST | Flags::DUMP, 777, &[0; 8]),
            ..Default::default()
        },
    ];
    let path = std::env::temp_dir().join(format!("nlctl-daily-{}.pcapng", std::process::id()));
    {
        let mut w = Writer::new(std::fs::File::create(&path).unwrap()).unwrap();
        for r in &recs {
            w.write(r, 0).unwrap();
        }
    }
    let p = path.to_str().unwrap();
    let read = |extra: &[&str]| {
        let mut a = vec!["-j"];
        a.extend_from_slice(extra);
        a.extend_from_slice(&["capture", "--read", p]);
        let (code, out, err) = common::run(&a);
        assert_eq!(code, 0, "{extra:?}: {err}");
        json_lines(&out)
    };
    let all = read(&[]);
    assert_eq!(all.len(), 3);
    let who: Vec<(Value, Value)> = all
        .iter()
        .map(|m| (m["src_portid"].clone(), m["dst_portid"].clone()))
        .collect();
    assert_eq!(
        who,
        [
            (4242.into(), 0.into()),
            (0.into(), 5151.into()),
            (777.into(), 0.into())
        ],
        "who talked to whom"
    );
    assert_eq!(all[0]["process"]["pid"], 1);
    let generic = read(&["--proto", "generic"]);
    assert_eq!(generic.len(), 1);
    assert_eq!(generic[0]["proto"], 16);
    let route = read(&["--proto", "route"]);
    assert_eq!(route.len(), 2);
    for (portid, n) in [("4242", 1), ("5151", 1), ("777", 1), ("1", 0)] {
        let got = read(&["--portid", portid]);
        assert_eq!(got.len(), n, "--portid {portid}: {got:?}");
    }
    // Human: "N -> kernel", never "? -> ?".
    let (code, out, _) = common::run(&["capture", "--read", p]);
    assert_eq!(code, 0);
    assert!(
        out.contains(" 4242 -> kernel [") && out.contains(" kernel -> 5151"),
        "{out}"
    );
    assert!(out.contains(" 777 -> kernel "), "{out}");
    assert!(!out.contains("? -> ?"), "{out}");
    let _ = std::fs::remove_file(&path);
}

#[test]
fn rough_edges_each_say_what_is_wrong() {
    let fails = |args: &[&str], code: i32, needle: &str| {
        let (c, out, err) = common::run(args);
        assert_eq!(c, code, "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
    };
    // --proto is not silently ignored by families.
    fails(&["--proto", "route", "families"], 2, "does not apply");
    fails(&["--portid", "5", "families"], 2, "--portid does not apply");
    let (c, _, err) = common::run(&["--proto", "generic", "families", "nlctrl"]);
    assert_eq!(c, 0, "{err}");
    // capture refuses what it would ignore.
    fails(
        &["--group", "1", "capture", "--read", "/x.pcap"],
        2,
        "--group",
    );
    fails(
        &["capture", "--read", "/x.pcap", "--via", "ebpf"],
        2,
        "--via",
    );
    fails(
        &["capture", "--read", "/x.pcap", "--count", "3"],
        2,
        "--count",
    );
    // Exit codes as documented: an unreadable file is an I/O failure (1).
    let (c, _, err) = common::run(&["-j", "capture", "--read", "/nonexistent.pcap"]);
    assert_eq!(c, 1, "{err}");
    let e: Value = serde_json::from_str(err.trim()).unwrap();
    assert_eq!(e["errno_name"], "ENOENT");
    // --proto -1: a clear message, not clap's "unexpected argument".
    fails(&["--proto", "-1", "families"], 2, "is negative");
    // "acknowledged" with a count that reads.
    let (c, _, err) = common::run(&[
        "--proto",
        "generic",
        "request",
        "--type",
        "nlctrl",
        "--header",
        "genl:getfamily",
        "--attr",
        "family_name:str:nlctrl",
    ]);
    assert_eq!(c, 0, "{err}");
    assert!(err.contains("nlctl: acknowledged, 1 reply"), "{err}");
    assert!(!err.contains("(1 messages)"), "{err}");
}

#[test]
fn ctrl_c_ends_listen_cleanly_with_exit_0() {
    let ns = daily_ns("int");
    let (child, _) = spawn_listener(&ns, &["--group", "link", "listen"]);
    let st = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(st.success());
    let (code, _, err) = split(child.wait_with_output().unwrap());
    assert_eq!(code, 0, "{err}");
}
