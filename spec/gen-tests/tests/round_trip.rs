//! Replies of every family the host serves with a spec (nlctrl, netdev,
//! ethtool, tcp_metrics, mptcp_pm, rt-link, rt-addr, rt-route) and of the
//! project's own specs (rt-neigh, rt-rule, rt-nexthop), requested through
//! the *generated* Rust in a private network namespace, parsed by it,
//! emitted again and compared with what the kernel sent (byte for byte,
//! `NLA_F_NESTED` aside); no attribute the spec types came untyped; and
//! the typed values agree with `ip -j`. Needs root, iproute2 and the
//! kernel specs (`cargo xtask setup`).

use std::collections::BTreeSet;
use std::net::IpAddr;
use std::process::Command;

use nlkit::client::{Client, Request};
use nlkit::socket::{named_netns_path, Protocol, Socket};
use nlkit::wire::ynl::{Genl, Msg, SetAttr};
use nlkit::wire::{FixedHeader, Flags, Message, MessageBuilder, Repr};
use nlkit_gen_tests as g;

/// A named network namespace (`ip netns`), deleted when dropped.
struct Netns(String);

impl Drop for Netns {
    fn drop(&mut self) {
        let _ = Command::new("ip").args(["netns", "del", &self.0]).status();
    }
}

fn ip(args: &[&str]) -> String {
    let out = Command::new("ip").args(args).output().expect("ip");
    assert!(
        out.status.success(),
        "ip {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

impl Netns {
    /// A namespace with lo up, a veth pair (nva up, with IPv4 and IPv6
    /// addresses), a gateway route with a metric, a neighbour, a rule,
    /// nexthops and an MPTCP endpoint.
    fn new(tag: &str) -> Netns {
        let ns = Netns(format!("gen-rt-{tag}-{}", std::process::id()));
        ip(&["netns", "add", &ns.0]);
        for cmd in [
            "link set lo up",
            "link add nva type veth peer name nvb",
            "link set nva mtu 1400 address 02:11:22:33:44:55 up",
            "link set nvb up",
            "addr add 198.51.100.7/24 dev nva",
            "addr add 2001:db8::7/64 dev nva nodad",
            "route add 203.0.113.0/24 via 198.51.100.1 mtu 1300",
            "route add 2001:db8:1::/48 via 2001:db8::1",
            "neigh add 198.51.100.9 lladdr 02:00:00:00:00:09 dev nva nud permanent",
            "rule add from 198.51.100.0/24 table 100 priority 1000",
            "nexthop add id 7 via 198.51.100.1 dev nva",
            "nexthop add id 6 via 198.51.100.2 dev nva",
            "nexthop add id 9 group 7,3/6",
            "mptcp endpoint add 198.51.100.7 dev nva signal id 5",
        ] {
            let mut a = vec!["-n", &ns.0];
            a.extend(cmd.split(' '));
            ip(&a);
        }
        ns
    }

    fn client(&self, proto: Protocol) -> Client<Socket> {
        let s = Socket::open_in_netns(proto, &named_netns_path(&self.0)).expect("socket in netns");
        Client::new(s).unwrap()
    }

    fn ip_json(&self, args: &str) -> serde_json::Value {
        let mut a = vec!["-n", &self.0, "-j"];
        a.extend(args.split(' '));
        serde_json::from_str(&ip(&a)).unwrap()
    }
}

/// What the checks saw: messages round-tripped, untyped attributes.
#[derive(Default)]
struct Seen {
    messages: usize,
    untyped: Vec<String>,
}

/// Parses `m` as `Msg<H, S>`, emits it again and compares the bytes with
/// the kernel's; notes attributes the spec types that came untyped.
fn check<'a, H, S>(what: &str, m: &Message<'a>, seen: &mut Seen) -> Msg<'a, H, S>
where
    H: FixedHeader,
    S: SetAttr<'a> + Clone + std::fmt::Debug,
{
    let msg: Msg<'a, H, S> = m
        .parse_as()
        .unwrap_or_else(|e| panic!("{what}: parse: {e}"));
    let mut buf = Vec::new();
    let mut b = MessageBuilder::new(&mut buf, m.header.ty, m.header.flags)
        .seq(m.header.seq)
        .portid(m.header.portid);
    b.emit(&msg);
    b.finish().unwrap();
    let kernel = m.bytes();
    let at = kernel
        .iter()
        .zip(&buf)
        .position(|(x, y)| x != y && x ^ y != 0x80);
    let nested_only = kernel
        .iter()
        .zip(&buf)
        .enumerate()
        .all(|(i, (x, y))| x == y || (x ^ y == 0x80 && i % 4 == 3));
    assert!(
        kernel.len() == buf.len() && nested_only,
        "{what}: emitted bytes differ (kernel {} bytes, emitted {}, first at {at:?})\n{:?}\nkernel  {:02x?}\nemitted {:02x?}",
        kernel.len(),
        buf.len(),
        msg.iter().collect::<Vec<_>>(),
        kernel,
        buf
    );
    assert_eq!(buf.len(), 16 + msg.buffer_len(), "{what}: buffer_len");
    let mut untyped = Vec::new();
    for a in msg.iter() {
        match a {
            Ok(a) => a.untyped(&mut untyped),
            Err(e) => panic!("{what}: {e}"),
        }
    }
    seen.untyped
        .extend(untyped.iter().map(|(s, t)| format!("{what}: {s} type {t}")));
    seen.messages += 1;
    msg
}

/// Runs a dump of `req` (type `ty`) and hands each reply to `each`.
fn dump<'r, R: Repr<'r>>(
    c: &mut Client<Socket>,
    ty: u16,
    req: &R,
    mut each: impl FnMut(&Message<'_>),
) -> usize {
    let req = Request::message(ty, Flags::REQUEST, req).unwrap();
    let d = c.dump_collect(&req).unwrap();
    for m in &d.messages {
        each(&m.as_message());
    }
    d.messages.len()
}

#[test]
fn rtnetlink_replies_round_trip_through_generated_code_and_agree_with_ip() {
    use g::rt_addr::attrs::AddrAttrs;
    use g::rt_link::attrs::LinkAttrs;
    use g::rt_route::attrs::RouteAttrs;
    let ns = Netns::new("rtnl");
    let mut c = ns.client(Protocol::ROUTE);
    let mut seen = Seen::default();

    // Links: names and MTUs as `ip -j link` says.
    let req = g::rt_link::msgs::Getlink::new(Default::default(), vec![]);
    let mut links = BTreeSet::new();
    dump(&mut c, g::rt_link::ops::GETLINK, &req, |m| {
        let msg: g::rt_link::msgs::Getlink = check("rt-link", m, &mut seen);
        let (mut name, mut mtu) = (None, None);
        for a in msg.iter().map(Result::unwrap) {
            match a {
                LinkAttrs::Ifname(n) => name = Some(n.to_string()),
                LinkAttrs::Mtu(v) => mtu = Some(u64::from(v)),
                LinkAttrs::Linkinfo(n) => {
                    // Nested and typed: the kind is a string.
                    assert!(n.iter().all(|x| x.is_ok()));
                }
                _ => {}
            }
        }
        links.insert((name.unwrap(), mtu.unwrap()));
    });
    let want: BTreeSet<(String, u64)> = ns
        .ip_json("link show")
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["ifname"].as_str().unwrap().to_string(),
                l["mtu"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(links, want);
    assert!(links.contains(&("nva".to_string(), 1400)));

    // Addresses.
    let req = g::rt_addr::msgs::Getaddr::new(Default::default(), vec![]);
    let mut addrs = BTreeSet::new();
    dump(&mut c, g::rt_addr::ops::GETADDR, &req, |m| {
        let msg: g::rt_addr::msgs::Getaddr = check("rt-addr", m, &mut seen);
        let plen = msg.header.ifa_prefixlen;
        for a in msg.iter().map(Result::unwrap) {
            if let AddrAttrs::IfaAddress(ip) = a {
                addrs.insert((ip, plen));
            }
        }
    });
    let want: BTreeSet<(IpAddr, u8)> = ns
        .ip_json("addr show")
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|l| l["addr_info"].as_array().unwrap().clone())
        .map(|a| {
            (
                a["local"].as_str().unwrap().parse().unwrap(),
                a["prefixlen"].as_u64().unwrap() as u8,
            )
        })
        .collect();
    assert_eq!(addrs, want);

    // Routes of the main table, both families; a metric in a nest.
    let req = g::rt_route::msgs::Getroute::new(Default::default(), vec![]);
    let mut routes = BTreeSet::new();
    let mut metric_mtu = None;
    dump(&mut c, g::rt_route::ops::GETROUTE, &req, |m| {
        let msg: g::rt_route::msgs::Getroute = check("rt-route", m, &mut seen);
        if msg.header.rtm_table != g::rt_route::defs::RtTable::MAIN {
            return;
        }
        let mut dst = None;
        for a in msg.iter().map(Result::unwrap) {
            match a {
                RouteAttrs::RtaDst(ip) => dst = Some(format!("{ip}/{}", msg.header.rtm_dst_len)),
                RouteAttrs::RtaMetrics(n) => {
                    for x in n.iter().map(Result::unwrap) {
                        if let g::rt_route::attrs::RtaMetrics::RtaxMtu(v) = x {
                            metric_mtu = Some(v);
                        }
                    }
                }
                _ => {}
            }
        }
        routes.insert(dst.unwrap_or_else(|| "default".into()));
    });
    let mut want = BTreeSet::new();
    for fam in ["-4", "-6"] {
        for r in ns
            .ip_json(&format!("{fam} route show table main"))
            .as_array()
            .unwrap()
        {
            let d = r["dst"].as_str().unwrap().to_string();
            // ip prints host routes without /32, /128.
            want.insert(if d.contains('/') || d == "default" {
                d
            } else if d.contains(':') {
                format!("{d}/128")
            } else {
                format!("{d}/32")
            });
        }
    }
    assert_eq!(routes, want);
    assert_eq!(metric_mtu, Some(1300));

    // The project's own specs: neighbours, rules, nexthops.
    let req = g::rt_neigh::msgs::Getneigh::new(Default::default(), vec![]);
    let n = dump(&mut c, g::rt_neigh::ops::GETNEIGH, &req, |m| {
        let _: g::rt_neigh::msgs::Getneigh = check("rt-neigh", m, &mut seen);
    });
    assert!(n > 0);
    let req = g::rt_rule::msgs::Getrule::new(Default::default(), vec![]);
    let mut tables = BTreeSet::new();
    dump(&mut c, g::rt_rule::ops::GETRULE, &req, |m| {
        let msg: g::rt_rule::msgs::Getrule = check("rt-rule", m, &mut seen);
        for a in msg.iter().map(Result::unwrap) {
            if let g::rt_rule::attrs::FibRuleAttrs::Table(t) = a {
                tables.insert(t);
            }
        }
    });
    assert!(tables.contains(&100), "{tables:?}");
    let req = g::rt_nexthop::msgs::Getnexthop::new(Default::default(), vec![]);
    let n = dump(&mut c, g::rt_nexthop::ops::GETNEXTHOP, &req, |m| {
        let _: g::rt_nexthop::msgs::Getnexthop = check("rt-nexthop", m, &mut seen);
    });
    assert_eq!(n, 3);

    assert!(seen.untyped.is_empty(), "{:#?}", seen.untyped);
    eprintln!("{} rtnetlink replies round-tripped", seen.messages);
}

/// A dump of generic netlink family `$family`, command `$cmd`, each reply
/// checked as set `$set`; the number of replies.
macro_rules! genl_dump {
    ($c:expr, $family:expr, $cmd:expr, $set:ty, $seen:expr) => {{
        let id = $c.genl_family_id($family).unwrap();
        let req: Msg<'_, Genl<()>, nlkit::wire::ynl::Unknown<'_>> =
            Msg::new(Genl::new($cmd, 1), vec![]);
        dump(&mut $c, id, &req, |m| {
            let _: Msg<'_, Genl<()>, $set> = check($family, m, $seen);
        })
    }};
}

#[test]
fn generic_netlink_replies_round_trip_through_generated_code() {
    let ns = Netns::new("genl");
    let mut c = ns.client(Protocol::GENERIC);
    let mut seen = Seen::default();

    // nlctrl: the family names agree with what the controller resolves.
    let req = g::nlctrl::msgs::Getfamily::new(
        Genl::new(g::nlctrl::ops::GETFAMILY, g::nlctrl::VERSION),
        vec![],
    );
    let mut names = BTreeSet::new();
    dump(&mut c, 0x10, &req, |m| {
        let msg: g::nlctrl::msgs::Getfamily = check("nlctrl", m, &mut seen);
        for a in msg.iter().map(Result::unwrap) {
            if let g::nlctrl::attrs::CtrlAttrs::FamilyName(n) = a {
                names.insert(n.to_string());
            }
        }
    });
    for f in ["nlctrl", "netdev", "ethtool", "tcp_metrics", "mptcp_pm"] {
        assert!(names.contains(f), "{f} not in {names:?}");
        assert!(c.genl_family_id(f).is_ok());
    }

    use g::{ethtool, mptcp_pm, netdev, tcp_metrics};
    let n = genl_dump!(
        c,
        "netdev",
        netdev::ops::DEV_GET,
        netdev::attrs::Dev,
        &mut seen
    );
    assert!(n >= 3, "netdev: {n} devices");
    let e = ethtool::ops::LINKINFO_GET;
    assert!(genl_dump!(c, "ethtool", e, ethtool::attrs::Linkinfo, &mut seen) > 0);
    let e = ethtool::ops::FEATURES_GET;
    assert!(genl_dump!(c, "ethtool", e, ethtool::attrs::Features, &mut seen) > 0);
    let e = ethtool::ops::STRSET_GET;
    assert!(genl_dump!(c, "ethtool", e, ethtool::attrs::Strset, &mut seen) > 0);
    let e = mptcp_pm::ops::GET_ADDR;
    assert_eq!(
        genl_dump!(c, "mptcp_pm", e, mptcp_pm::attrs::Attr, &mut seen),
        1
    );
    // A connection on loopback leaves a metrics entry when it closes.
    let py = "import socket, time\n\
              s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen()\n\
              c = socket.create_connection(s.getsockname()); a, _ = s.accept()\n\
              c.sendall(b'x' * 100000); n = 0\n\
              while n < 100000: n += len(a.recv(65536))\n\
              c.close(); time.sleep(0.2); a.close(); time.sleep(0.2)\n";
    let st = Command::new("ip")
        .args(["netns", "exec", &ns.0, "python3", "-c", py])
        .status()
        .unwrap();
    assert!(st.success());
    let e = tcp_metrics::ops::GET;
    let n = genl_dump!(
        c,
        "tcp_metrics",
        e,
        tcp_metrics::attrs::TcpMetrics,
        &mut seen
    );
    assert!(n > 0, "no tcp_metrics entry");
    assert!(seen.untyped.is_empty(), "{:#?}", seen.untyped);
    eprintln!("{} generic netlink replies round-tripped", seen.messages);
}
