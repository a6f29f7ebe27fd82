//! The generated generic netlink families (features `netdev`, `ethtool`,
//! `mptcp-pm`, `tcp-metrics`) against the host kernel, in private network
//! namespaces: objects made with `ip` read with nlkit, objects made with
//! nlkit read with `ip -j`, and a kernel error naming the attribute.

#![cfg(all(
    feature = "netdev",
    feature = "ethtool",
    feature = "mptcp-pm",
    feature = "tcp-metrics"
))]

mod common;

use std::process::Command;

use common::{can_netns, Netns};
use nlkit::client::{Client, Request};
use nlkit::families::{ethtool, mptcp_pm, netdev, tcp_metrics};
use nlkit::socket::{Netns as Ns, Protocol};
use nlkit::wire::ynl::Genl;
use nlkit::wire::Flags;
use nlkit::Error;

fn genl(ns: &Netns) -> Client {
    let mut c = Client::open_in(Protocol::GENERIC, Ns::Named(&ns.name)).unwrap();
    c.set_timeout(Some(std::time::Duration::from_secs(5)))
        .unwrap();
    c
}

/// (family id, version) from the controller (cached by the client).
fn family(c: &mut Client, name: &str) -> (u16, u8) {
    let f = c.genl_family(name).unwrap();
    (f.id, u8::try_from(f.version).unwrap())
}

fn veth_lab() -> Netns {
    let ns = Netns::new();
    ns.ip(&["link", "add", "g0", "type", "veth", "peer", "name", "g1"]);
    ns.ip(&["link", "set", "g0", "up"]);
    ns.ip(&["link", "set", "g1", "up"]);
    ns
}

fn ifindex(ns: &Netns, dev: &str) -> u32 {
    let out = Command::new("ip")
        .args(["-n", &ns.name, "-j", "link", "show", dev])
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    let i = s.find("\"ifindex\":").unwrap() + 10;
    s[i..]
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

#[test]
fn netdev_dump_lists_the_namespaces_devices() {
    if !can_netns() {
        return;
    }
    let ns = veth_lab();
    let mut c = genl(&ns);
    let (id, ver) = family(&mut c, netdev::FAMILY_NAME);
    let req = Request::message(
        id,
        Flags::DUMP,
        &netdev::msgs::DevGet::new(Genl::new(netdev::ops::DEV_GET, ver), vec![]),
    )
    .unwrap();
    let mut seen = Vec::new();
    c.dump(&req, |m| {
        let d = m.parse_as::<netdev::msgs::DevGet>()?;
        for a in d.iter() {
            if let netdev::attrs::Dev::Ifindex(i) = a? {
                seen.push(i);
            }
        }
        Ok(())
    })
    .unwrap();
    seen.sort();
    let mut want = vec![1, ifindex(&ns, "g0"), ifindex(&ns, "g1")];
    want.sort();
    assert_eq!(seen, want);
}

#[test]
fn ethtool_link_state_and_an_unknown_device() {
    if !can_netns() {
        return;
    }
    let ns = veth_lab();
    let mut c = genl(&ns);
    let (id, ver) = family(&mut c, ethtool::FAMILY_NAME);
    let get = |dev: &str| {
        let header = ethtool::attrs::Header::DevName(dev);
        Request::message(
            id,
            Flags::ACK,
            &ethtool::msgs::LinkstateGet::new(
                Genl::new(ethtool::ops::LINKSTATE_GET, ver),
                vec![ethtool::attrs::Linkstate::Header(vec![header].into())],
            ),
        )
        .unwrap()
    };
    let mut link = None;
    c.execute(&get("g0"), |m| {
        let r = m.parse_as::<ethtool::msgs::LinkstateGet>()?;
        for a in r.iter() {
            if let ethtool::attrs::Linkstate::Link(l) = a? {
                link = Some(l);
            }
        }
        Ok(())
    })
    .unwrap();
    assert_eq!(link, Some(1), "both ends of the veth are up");
    match c.execute(&get("nosuchdev"), |_| Ok(())) {
        Err(Error::Kernel(k)) => {
            assert_eq!(k.errno, libc::ENODEV, "{k:?}");
            assert!(
                !k.attr_path.is_empty(),
                "the extended ACK names the attribute: {k:?}"
            );
        }
        other => panic!("expected ENODEV, got {other:?}"),
    }
}

#[test]
fn mptcp_limits_set_with_nlkit_read_with_ip_and_endpoints_the_other_way() {
    if !can_netns() {
        return;
    }
    let ns = veth_lab();
    let mut c = genl(&ns);
    let (id, ver) = family(&mut c, mptcp_pm::FAMILY_NAME);
    use mptcp_pm::attrs::{Address, Attr};
    let set = mptcp_pm::msgs::SetLimits::new(
        Genl::new(mptcp_pm::ops::SET_LIMITS, ver),
        vec![Attr::RcvAddAddrs(3), Attr::Subflows(4)],
    );
    c.ack(&Request::message(id, Flags::ACK, &set).unwrap())
        .unwrap();
    let out = Command::new("ip")
        .args(["-n", &ns.name, "mptcp", "limits", "show"])
        .output()
        .unwrap();
    // iproute2 prints the limits as text even with -j.
    let text = String::from_utf8(out.stdout).unwrap();
    let words: Vec<&str> = text.split_whitespace().collect();
    assert_eq!(words, ["add_addr_accepted", "3", "subflows", "4"], "{text}");

    ns.ip(&["addr", "add", "10.6.0.1/24", "dev", "g0"]);
    ns.ip(&[
        "mptcp", "endpoint", "add", "10.6.0.1", "dev", "g0", "id", "5", "signal",
    ]);
    let dump = Request::message(
        id,
        Flags::DUMP,
        &mptcp_pm::msgs::GetAddr::new(Genl::new(mptcp_pm::ops::GET_ADDR, ver), vec![]),
    )
    .unwrap();
    let mut endpoints = Vec::new();
    c.dump(&dump, |m| {
        let r = m.parse_as::<mptcp_pm::msgs::GetAddr>()?;
        for a in r.iter() {
            if let Attr::Addr(nest) = a? {
                let (mut id, mut v4, mut ifidx) = (None, None, None);
                for x in nest.iter() {
                    match x? {
                        Address::Id(i) => id = Some(i),
                        Address::Addr4(a) => v4 = Some(std::net::Ipv4Addr::from(a)),
                        Address::IfIdx(i) => ifidx = Some(i),
                        _ => {}
                    }
                }
                endpoints.push((id, v4, ifidx));
            }
        }
        Ok(())
    })
    .unwrap();
    let g0 = i32::try_from(ifindex(&ns, "g0")).unwrap();
    assert_eq!(
        endpoints,
        [(Some(5), Some("10.6.0.1".parse().unwrap()), Some(g0))]
    );
}

#[test]
fn tcp_metrics_dump_decodes() {
    if !can_netns() {
        return;
    }
    let ns = Netns::new();
    let mut c = genl(&ns);
    let (id, ver) = family(&mut c, tcp_metrics::FAMILY_NAME);
    let req = Request::message(
        id,
        Flags::DUMP,
        &tcp_metrics::msgs::Get::new(Genl::new(tcp_metrics::ops::GET, ver), vec![]),
    )
    .unwrap();
    // A new namespace has no TCP history: the dump completes, empty.
    let done = c
        .dump(&req, |m| {
            m.parse_as::<tcp_metrics::msgs::Get>()?;
            Ok(())
        })
        .unwrap();
    assert_eq!(done.messages, 0);
}
