//! rtnetlink through the generated families (feature `rt-families`)
//! against the host kernel, in private namespaces: addresses, neighbours,
//! rules and nexthops made with `ip` and read with nlkit, and made with
//! nlkit and read with `ip -j`.

#![cfg(feature = "rt-families")]

mod common;

use std::net::IpAddr;
use std::process::Command;

use common::{can_netns, Netns};
use nlkit::client::{Client, Request};
use nlkit::families::{rt_addr, rt_neigh, rt_nexthop, rt_route, rt_rule};
use nlkit::socket::{Netns as Ns, Protocol};
use nlkit::wire::Flags;

fn lab() -> (Netns, Client, u32) {
    let ns = Netns::new();
    // A blackhole nexthop goes through lo: it must be up.
    ns.ip(&["link", "set", "lo", "up"]);
    ns.ip(&["link", "add", "r0", "type", "veth", "peer", "name", "r1"]);
    ns.ip(&["link", "set", "r0", "up"]);
    ns.ip(&["link", "set", "r1", "up"]);
    let mut c = Client::open_in(Protocol::ROUTE, Ns::Named(&ns.name)).unwrap();
    c.set_timeout(Some(std::time::Duration::from_secs(5)))
        .unwrap();
    let index = {
        let j = ip_json(&ns, &["link", "show", "r0"]);
        let i = j.find("\"ifindex\":").unwrap() + 10;
        j[i..]
            .split(|c: char| !c.is_ascii_digit())
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    (ns, c, index)
}

/// `ip -n NS -j ARGS` (with `-d` for details), as text.
fn ip_json(ns: &Netns, args: &[&str]) -> String {
    let out = Command::new("ip")
        .args(["-n", &ns.name, "-d", "-j"])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "ip {args:?}");
    String::from_utf8(out.stdout).unwrap()
}

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

#[test]
fn addresses_both_ways() {
    if !can_netns() {
        return;
    }
    let (ns, mut c, index) = lab();
    ns.ip(&["addr", "add", "10.7.0.1/24", "dev", "r0", "label", "r0:x"]);
    use rt_addr::attrs::AddrAttrs as A;
    let dump = Request::message(
        rt_addr::ops::GETADDR,
        Flags::DUMP,
        &rt_addr::msgs::Getaddr::new(
            rt_addr::defs::Ifaddrmsg {
                ifa_family: libc::AF_INET as u8,
                ..Default::default()
            },
            vec![],
        ),
    )
    .unwrap();
    let mut found = Vec::new();
    c.dump(&dump, |m| {
        let a = m.parse_as::<rt_addr::msgs::Getaddr>()?;
        let (mut local, mut label) = (None, None);
        for x in a.iter() {
            match x? {
                A::IfaLocal(l) => local = Some(l),
                A::IfaLabel(l) => label = Some(l.to_owned()),
                _ => {}
            }
        }
        if a.header.ifa_index == index {
            found.push((local, a.header.ifa_prefixlen, label));
        }
        Ok(())
    })
    .unwrap();
    assert_eq!(found, [(Some(ip("10.7.0.1")), 24, Some("r0:x".to_owned()))]);

    let add = rt_addr::msgs::Newaddr::new(
        rt_addr::defs::Ifaddrmsg {
            ifa_family: libc::AF_INET as u8,
            ifa_prefixlen: 32,
            ifa_index: index,
            ..Default::default()
        },
        vec![A::IfaLocal(ip("10.7.1.1")), A::IfaAddress(ip("10.7.1.1"))],
    );
    c.ack(&Request::message(rt_addr::ops::NEWADDR, Flags::ACK | Flags::CREATE, &add).unwrap())
        .unwrap();
    let j = ip_json(&ns, &["addr", "show", "dev", "r0"]);
    assert!(j.contains("\"local\":\"10.7.1.1\",\"prefixlen\":32"), "{j}");
}

#[test]
fn neighbours_both_ways() {
    if !can_netns() {
        return;
    }
    let (ns, mut c, index) = lab();
    ns.ip(&[
        "neigh",
        "add",
        "10.7.0.9",
        "lladdr",
        "02:00:00:00:00:09",
        "dev",
        "r0",
        "nud",
        "permanent",
    ]);
    use rt_neigh::attrs::NeighAttrs as N;
    let dump = Request::message(
        rt_neigh::ops::GETNEIGH,
        Flags::DUMP,
        &rt_neigh::msgs::Getneigh::new(rt_neigh::defs::Ndmsg::default(), vec![]),
    )
    .unwrap();
    let mut found = Vec::new();
    c.dump(&dump, |m| {
        let n = m.parse_as::<rt_neigh::msgs::Getneigh>()?;
        let (mut dst, mut ll) = (None, None);
        for x in n.iter() {
            match x? {
                N::Dst(d) => dst = Some(d),
                N::Lladdr(l) => ll = Some(l.to_vec()),
                _ => {}
            }
        }
        found.push((dst, ll, n.header.ndm_state));
        Ok(())
    })
    .unwrap();
    assert!(
        found.contains(&(
            Some(ip("10.7.0.9")),
            Some(vec![2, 0, 0, 0, 0, 9]),
            rt_neigh::defs::NudState::PERMANENT
        )),
        "{found:?}"
    );

    let add = rt_neigh::msgs::Newneigh::new(
        rt_neigh::defs::Ndmsg {
            ndm_family: libc::AF_INET as u8,
            ndm_ifindex: index as i32,
            ndm_state: rt_neigh::defs::NudState::PERMANENT,
            ..Default::default()
        },
        vec![N::Dst(ip("10.7.0.10")), N::Lladdr(&[2, 0, 0, 0, 0, 10])],
    );
    c.ack(&Request::message(rt_neigh::ops::NEWNEIGH, Flags::ACK | Flags::CREATE, &add).unwrap())
        .unwrap();
    let j = ip_json(&ns, &["neigh", "show", "dev", "r0"]);
    assert!(
        j.contains("\"dst\":\"10.7.0.10\",\"lladdr\":\"02:00:00:00:00:0a\""),
        "{j}"
    );
    assert!(j.contains("PERMANENT"), "{j}");
}

#[test]
fn rules_both_ways() {
    if !can_netns() {
        return;
    }
    let (ns, mut c, _) = lab();
    ns.ip(&[
        "rule",
        "add",
        "from",
        "10.9.0.0/16",
        "table",
        "100",
        "pref",
        "1000",
    ]);
    use rt_rule::attrs::FibRuleAttrs as R;
    let dump = Request::message(
        rt_rule::ops::GETRULE,
        Flags::DUMP,
        &rt_rule::msgs::Getrule::new(
            rt_rule::defs::FibRuleHdr {
                family: libc::AF_INET as u8,
                ..Default::default()
            },
            vec![],
        ),
    )
    .unwrap();
    let mut found = Vec::new();
    c.dump(&dump, |m| {
        let r = m.parse_as::<rt_rule::msgs::Getrule>()?;
        let (mut src, mut prio, mut table) = (None, None, None);
        for x in r.iter() {
            match x? {
                R::Src(s) => src = Some(s),
                R::Priority(p) => prio = Some(p),
                R::Table(t) => table = Some(t),
                _ => {}
            }
        }
        found.push((src, r.header.src_len, prio, table));
        Ok(())
    })
    .unwrap();
    assert!(
        found.contains(&(Some(ip("10.9.0.0")), 16, Some(1000), Some(100))),
        "{found:?}"
    );

    let add = rt_rule::msgs::Newrule::new(
        rt_rule::defs::FibRuleHdr {
            family: libc::AF_INET as u8,
            dst_len: 24,
            action: rt_rule::defs::FrAct::TO_TBL,
            ..Default::default()
        },
        vec![R::Dst(ip("10.8.8.0")), R::Priority(1100), R::Table(200)],
    );
    c.ack(&Request::message(rt_rule::ops::NEWRULE, Flags::ACK | Flags::CREATE, &add).unwrap())
        .unwrap();
    let j = ip_json(&ns, &["rule", "show"]);
    assert!(j.contains("\"priority\":1100"), "{j}");
    assert!(j.contains("\"dst\":\"10.8.8.0\",\"dstlen\":24"), "{j}");
    assert!(j.contains("\"table\":\"200\""), "{j}");
}

#[test]
fn nexthops_both_ways() {
    if !can_netns() {
        return;
    }
    let (ns, mut c, index) = lab();
    ns.ip(&["nexthop", "add", "id", "7", "dev", "r0"]);
    use rt_nexthop::attrs::NexthopAttrs as H;
    let dump = Request::message(
        rt_nexthop::ops::GETNEXTHOP,
        Flags::DUMP,
        &rt_nexthop::msgs::Getnexthop::new(rt_nexthop::defs::Nhmsg::default(), vec![]),
    )
    .unwrap();
    let mut found = Vec::new();
    c.dump(&dump, |m| {
        let n = m.parse_as::<rt_nexthop::msgs::Getnexthop>()?;
        let (mut id, mut oif) = (None, None);
        for x in n.iter() {
            match x? {
                H::Id(i) => id = Some(i),
                H::Oif(o) => oif = Some(o),
                _ => {}
            }
        }
        found.push((id, oif));
        Ok(())
    })
    .unwrap();
    assert_eq!(found, [(Some(7), Some(index))]);

    let add = rt_nexthop::msgs::Newnexthop::new(
        rt_nexthop::defs::Nhmsg {
            nh_family: libc::AF_INET as u8,
            ..Default::default()
        },
        vec![H::Id(8), H::Blackhole],
    );
    c.ack(
        &Request::message(
            rt_nexthop::ops::NEWNEXTHOP,
            Flags::ACK | Flags::CREATE,
            &add,
        )
        .unwrap(),
    )
    .unwrap();
    let j = ip_json(&ns, &["nexthop", "show", "id", "8"]);
    assert!(j.contains("\"id\":8"), "{j}");
    // iproute2 prints the flag attribute as a key with a null value.
    assert!(j.contains("\"blackhole\":"), "{j}");
}

#[test]
fn routes_with_metrics_pref_and_multipath_both_ways() {
    if !can_netns() {
        return;
    }
    let (ns, mut c, index) = lab();
    ns.ip(&["addr", "add", "10.7.0.1/24", "dev", "r0"]);
    ns.ip(&[
        "-6",
        "route",
        "add",
        "2001:db8:5::/64",
        "dev",
        "r0",
        "metric",
        "10",
        "pref",
        "high",
        "mtu",
        "1400",
    ]);
    ns.ip(&[
        "route",
        "add",
        "10.50.0.0/24",
        "nexthop",
        "via",
        "10.7.0.2",
        "dev",
        "r0",
        "weight",
        "2",
        "nexthop",
        "via",
        "10.7.0.3",
        "dev",
        "r0",
    ]);
    use rt_route::attrs::{RouteAttrs as R, RtaMetrics as M};
    let dump = Request::message(
        rt_route::ops::GETROUTE,
        Flags::DUMP,
        &rt_route::msgs::Getroute::new(rt_route::defs::Rtmsg::default(), vec![]),
    )
    .unwrap();
    let (mut v6, mut mp) = (None, None);
    c.dump(&dump, |m| {
        let r = m.parse_as::<rt_route::msgs::Getroute>()?;
        let (mut dst, mut prio, mut pref, mut mtu, mut multipath) = (None, None, None, None, None);
        for x in r.iter() {
            match x? {
                R::RtaDst(d) => dst = Some(d),
                R::RtaPriority(p) => prio = Some(p),
                R::RtaPref(p) => pref = Some(p),
                R::RtaMultipath(b) => multipath = Some(b.to_vec()),
                R::RtaMetrics(n) => {
                    for y in n.iter() {
                        if let M::RtaxMtu(v) = y? {
                            mtu = Some(v);
                        }
                    }
                }
                _ => {}
            }
        }
        if dst == Some(ip("2001:db8:5::")) {
            v6 = Some((r.header.rtm_dst_len, prio, pref, mtu));
        }
        if dst == Some(ip("10.50.0.0")) {
            mp = multipath;
        }
        Ok(())
    })
    .unwrap();
    // ICMPV6_ROUTER_PREF_HIGH is 1.
    assert_eq!(v6, Some((64, Some(10), Some(1), Some(1400))));
    // Two struct rtnexthop (8 bytes) each with an RTA_GATEWAY (8 bytes);
    // 6.12's spec leaves multipath binary: the weights are rtnh_hops + 1.
    let mp = mp.expect("the multipath route");
    assert_eq!(mp.len(), 32, "{mp:?}");
    assert_eq!((mp[3], mp[19]), (1, 0), "weights 2 and 1");
    assert_eq!(
        u32::from_ne_bytes([mp[4], mp[5], mp[6], mp[7]]),
        index,
        "through r0"
    );

    let add = rt_route::msgs::Newroute::new(
        rt_route::defs::Rtmsg {
            rtm_family: libc::AF_INET as u8,
            rtm_dst_len: 24,
            rtm_table: rt_route::defs::RtTable(254),
            rtm_protocol: rt_route::defs::RtProtocol(4),
            rtm_scope: rt_route::defs::RtScope(0),
            rtm_type: rt_route::defs::RtmType(1),
            ..Default::default()
        },
        vec![
            R::RtaDst(ip("10.51.0.0")),
            R::RtaGateway(ip("10.7.0.2")),
            R::RtaOif(index),
            R::RtaPriority(33),
            R::RtaMetrics(vec![M::RtaxMtu(1300)].into()),
        ],
    );
    c.ack(&Request::message(rt_route::ops::NEWROUTE, Flags::ACK | Flags::CREATE, &add).unwrap())
        .unwrap();
    let j = ip_json(&ns, &["route", "show", "10.51.0.0/24"]);
    assert!(j.contains("\"gateway\":\"10.7.0.2\""), "{j}");
    assert!(j.contains("\"metric\":33"), "{j}");
    assert!(j.contains("\"mtu\":1300"), "{j}");
}
