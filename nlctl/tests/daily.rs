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
