//! Client tests against the host kernel's rtnetlink, each in a private
//! network namespace made (and removed) by the test: link and route dumps,
//! RTNLGRP_LINK events seen by two subscribers, an invalid request answered
//! with the kernel's extended ACK, and a provoked receive overrun.

mod common;

use std::collections::BTreeSet;
use std::time::Duration;

use common::{can_netns, getlink_dump, set_mtu, Netns};
use nlkit::client::{Client, Event, Request};
use nlkit::families::rtnl::{self, ifla, IfInfoMsg, Link, Route, RtMsg, IFINFOMSG_LEN, RTMSG_LEN};
use nlkit::socket::{Protocol, Socket};
use nlkit::wire::Flags;
use nlkit::Error;

fn links(c: &mut Client) -> Vec<Link> {
    let d = c.dump_consistent(&getlink_dump(), 3).unwrap();
    d.messages
        .iter()
        .map(|m| Link::parse(&m.as_message()).unwrap())
        .collect()
}

fn subscriber(ns: &Netns, group: u32) -> Client {
    let s = ns.socket(Protocol::ROUTE);
    s.bind(0, 0).unwrap();
    s.add_membership(group).unwrap();
    let mut c = Client::new(s).unwrap();
    c.set_timeout(Some(Duration::from_secs(5))).unwrap();
    c
}

/// Wait for a link message of type `ty` about interface `name`.
fn wait_link_event(c: &mut Client, ty: u16, name: &str) -> Link {
    loop {
        match c.next_event().expect("event before timeout") {
            Event::Message(n) if n.msg.header().ty == ty => {
                let l = Link::parse(&n.msg.as_message()).unwrap();
                assert_eq!(n.origin.portid, 0, "events come from the kernel");
                assert_eq!(n.origin.group, Some(rtnl::group::LINK));
                if l.name == name {
                    return l;
                }
            }
            _ => {}
        }
    }
}

#[test]
fn link_dump_in_a_private_netns() {
    if !can_netns() {
        return;
    }
    let ns = Netns::new();
    ns.ip(&[
        "link", "add", "nlk0", "type", "veth", "peer", "name", "nlk1",
    ]);
    ns.ip(&["link", "set", "nlk0", "mtu", "1400"]);
    let mut c = ns.route_client();
    let ls = links(&mut c);
    let names: BTreeSet<&str> = ls.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, BTreeSet::from(["lo", "nlk0", "nlk1"]));
    let v0 = ls.iter().find(|l| l.name == "nlk0").unwrap();
    assert_eq!(v0.mtu, Some(1400));
    assert_eq!(v0.kind.as_deref(), Some("veth"));
    assert_eq!(v0.address.as_ref().map(Vec::len), Some(6));
    let lo = ls.iter().find(|l| l.name == "lo").unwrap();
    assert_eq!(lo.index, 1);
    assert_eq!(lo.ifi_type, 772);
}

#[test]
fn route_dump_sees_every_added_route() {
    if !can_netns() {
        return;
    }
    let ns = Netns::new();
    ns.ip(&[
        "link", "add", "nlk0", "type", "veth", "peer", "name", "nlk1",
    ]);
    ns.ip(&["link", "set", "nlk0", "up"]);
    ns.ip(&["link", "set", "nlk1", "up"]);
    let n = 300u32;
    for i in 0..n {
        let dst = format!("198.18.{}.{}/32", i / 250, i % 250 + 1);
        ns.ip(&["route", "add", &dst, "dev", "nlk0"]);
    }
    let mut c = ns.route_client();
    let req = Request::build(rtnl::msg::GETROUTE, Flags::DUMP, |b| {
        b.payload(
            &RtMsg {
                family: libc::AF_INET as u8,
                ..RtMsg::default()
            }
            .to_bytes(),
        );
    })
    .unwrap()
    .with_fixed_len(RTMSG_LEN);
    let mut ours = 0;
    let done = c
        .dump(&req, |m| {
            let r = Route::parse(&m)?;
            if let Some(std::net::IpAddr::V4(a)) = r.dst {
                if a.octets()[..2] == [198, 18] && r.header.dst_len == 32 {
                    assert_eq!(r.table, 254);
                    assert!(r.oif.is_some());
                    ours += 1;
                }
            }
            Ok(())
        })
        .unwrap();
    assert_eq!(ours, n);
    assert!(done.messages as u32 >= n);
}

#[test]
fn link_events_reach_two_subscribers() {
    if !can_netns() {
        return;
    }
    let ns = Netns::new();
    let mut a = subscriber(&ns, rtnl::group::LINK);
    let mut b = subscriber(&ns, rtnl::group::LINK);
    ns.ip(&[
        "link", "add", "nlkev0", "type", "veth", "peer", "name", "nlkev1",
    ]);
    for c in [&mut a, &mut b] {
        let l = wait_link_event(c, rtnl::msg::NEWLINK, "nlkev0");
        assert_eq!(l.kind.as_deref(), Some("veth"));
    }
    ns.ip(&["link", "del", "nlkev0"]);
    for c in [&mut a, &mut b] {
        wait_link_event(c, rtnl::msg::DELLINK, "nlkev0");
    }
}

#[test]
fn invalid_request_carries_the_kernels_extended_ack() {
    if !can_netns() {
        return;
    }
    let ns = Netns::new();
    let mut c = ns.route_client();
    c.transport().set_strict_check(true).unwrap();
    // IFLA_IFNAME longer than IFNAMSIZ-1: rejected by the policy.
    let req = Request::build(rtnl::msg::GETLINK, Flags::ACK, |b| {
        b.payload(&IfInfoMsg::default().to_bytes());
        b.attr_str(ifla::IFNAME, "an-interface-name-far-too-long");
    })
    .unwrap()
    .with_fixed_len(IFINFOMSG_LEN);
    let e = c.request(&req).unwrap_err();
    let Error::Kernel(k) = &e else {
        panic!("expected a kernel error, got {e:?}")
    };
    assert!([libc::EINVAL, libc::ERANGE].contains(&k.errno), "{e}");
    let text = k.message.as_deref().expect("extended ACK text");
    assert!(!text.is_empty());
    assert_eq!(k.attr_path, vec![ifla::IFNAME], "{e}");
    assert_eq!(k.offset, Some(32), "16 (nlmsghdr) + 16 (ifinfomsg)");
}

#[test]
fn overrun_is_an_event_and_the_stream_goes_on() {
    if !can_netns() {
        return;
    }
    let ns = Netns::new();
    ns.ip(&[
        "link", "add", "nlk0", "type", "veth", "peer", "name", "nlk1",
    ]);
    let mut sub = subscriber(&ns, rtnl::group::LINK);
    sub.transport().set_recv_buffer_size(0).unwrap(); // the kernel's minimum
    let mut ctl = ns.route_client();
    let index = links(&mut ctl)
        .iter()
        .find(|l| l.name == "nlk0")
        .unwrap()
        .index;
    // Each MTU change is one RTM_NEWLINK event (~1 KiB): 200 of them do not
    // fit a minimal receive buffer.
    for i in 0..200 {
        ctl.ack(&set_mtu(index, 1300 + (i % 2) * 100)).unwrap();
    }
    let mut saw_overrun = false;
    sub.set_timeout(Some(Duration::from_millis(300))).unwrap();
    loop {
        match sub.next_event() {
            Ok(Event::Overrun) => saw_overrun = true,
            Ok(Event::Message(_)) => {}
            Ok(Event::Malformed { error, .. }) => panic!("malformed: {error}"),
            Ok(e) => panic!("unexpected event {e:?}"),
            Err(Error::Timeout(_)) => break,
            Err(e) => panic!("unexpected error {e}"),
        }
    }
    assert!(saw_overrun, "a minimal receive buffer must overrun");
    // The socket is still usable: a new event arrives after the overrun.
    ctl.ack(&set_mtu(index, 1450)).unwrap();
    sub.set_timeout(Some(Duration::from_secs(5))).unwrap();
    let l = wait_link_event(&mut sub, rtnl::msg::NEWLINK, "nlk0");
    assert_eq!(l.mtu, Some(1450));
}

#[test]
fn same_portid_on_two_protocols_of_one_process() {
    // The seed's claim: portids are per protocol.
    let a = Socket::open(Protocol::ROUTE).unwrap();
    let b = Socket::open(Protocol::GENERIC).unwrap();
    a.bind(0, 0).unwrap();
    let p = a.portid().unwrap();
    b.bind(p, 0).unwrap();
    assert_eq!(b.portid().unwrap(), p);
    let mut c = Client::new(b).unwrap();
    assert_eq!(c.genl_family("nlctrl").unwrap().id, 0x10);
}

/// `RTNLGRP_IPV4_MCADDR`: IPv4 multicast address changes (Linux 6.11+),
/// a group above 32, which the sender address cannot name.
const RTNLGRP_IPV4_MCADDR: u32 = 37;

#[test]
fn a_group_above_32_is_named_without_asking_for_pktinfo() {
    if !can_netns() {
        return;
    }
    let ns = Netns::new();
    ns.ip(&["link", "add", "mc0", "type", "veth", "peer", "name", "mc1"]);
    // Joined through add_membership only: the socket turns NETLINK_PKTINFO
    // on by itself for a group above 32.
    let mut c = subscriber(&ns, RTNLGRP_IPV4_MCADDR);
    c.set_timeout(Some(Duration::from_secs(2))).unwrap();
    // Bringing an interface up joins the all-hosts group 224.0.0.1 on it.
    ns.ip(&["addr", "add", "10.9.0.1/24", "dev", "mc0"]);
    ns.ip(&["link", "set", "mc0", "up"]);
    match c.next_event() {
        Ok(Event::Message(n)) => {
            assert_eq!(n.origin.portid, 0);
            assert_eq!(n.origin.group, Some(RTNLGRP_IPV4_MCADDR), "{n:?}");
        }
        Err(Error::Timeout(_)) => {
            eprintln!(
                "SKIP: this kernel sends no IPv4 multicast address notifications (Linux < 6.11)"
            );
        }
        other => panic!("expected a notification, got {other:?}"),
    }
}
