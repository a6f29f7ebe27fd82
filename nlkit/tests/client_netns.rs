//! Clients opened in another network namespace without the caller binding
//! or entering anything: by `ip netns` name, by namespace file, by
//! descriptor; the caller's thread stays in its own namespace; bad
//! namespaces are clear errors.

mod common;

use std::fs::File;
use std::os::fd::AsFd;
use std::time::Duration;

use common::{can_netns, getlink_dump, Netns};
use nlkit::client::{Client, Event};
use nlkit::families::rtnl::{self, Link};
use nlkit::socket::{Netns as Ns, Protocol};
use nlkit::Error;

fn link_names(c: &mut Client) -> Vec<String> {
    let d = c.dump_consistent(&getlink_dump(), 3).unwrap();
    let mut names: Vec<String> = d
        .messages
        .iter()
        .map(|m| Link::parse(&m.as_message()).unwrap().name)
        .collect();
    names.sort();
    names
}

fn own_netns() -> std::path::PathBuf {
    std::fs::read_link("/proc/thread-self/ns/net").unwrap()
}

#[test]
fn a_client_opened_by_name_sees_that_namespace_only() {
    if !can_netns() {
        return;
    }
    let before = own_netns();
    let ns = Netns::new();
    ns.ip(&[
        "link", "add", "nsa0", "type", "veth", "peer", "name", "nsa1",
    ]);
    let mut c = Client::open_in(Protocol::ROUTE, Ns::Named(&ns.name)).unwrap();
    assert_ne!(c.portid(), 0, "bound by the kernel");
    assert_eq!(link_names(&mut c), ["lo", "nsa0", "nsa1"]);
    assert_eq!(own_netns(), before, "the caller's thread never moved");
    // The caller's own namespace does not have the links.
    let mut here = Client::open(Protocol::ROUTE).unwrap();
    assert!(!link_names(&mut here).iter().any(|n| n == "nsa0"));
    // Generic netlink works there too.
    let mut g = Client::open_in(Protocol::GENERIC, Ns::Path(&ns.path())).unwrap();
    assert_eq!(g.genl_family_id("nlctrl").unwrap(), 0x10);
}

#[test]
fn a_subscription_by_descriptor_gets_that_namespaces_events() {
    if !can_netns() {
        return;
    }
    let ns = Netns::new();
    ns.ip(&[
        "link", "add", "nsb0", "type", "veth", "peer", "name", "nsb1",
    ]);
    let file = File::open(ns.path()).unwrap();
    let mut sub =
        Client::subscribe_in(Protocol::ROUTE, Ns::Fd(file.as_fd()), &[rtnl::group::LINK]).unwrap();
    drop(file); // the client holds its own socket; the descriptor was only borrowed
    sub.set_timeout(Some(Duration::from_secs(5))).unwrap();
    ns.ip(&["link", "set", "nsb0", "mtu", "1300"]);
    loop {
        match sub.next_event().expect("an event before the timeout") {
            Event::Message(n) if n.msg.header().ty == rtnl::msg::NEWLINK => {
                let l = Link::parse(&n.msg.as_message()).unwrap();
                if l.name == "nsb0" && l.mtu == Some(1300) {
                    break;
                }
            }
            _ => {}
        }
    }
}

#[test]
fn bad_namespaces_are_clear_errors() {
    if !can_netns() {
        return;
    }
    for bad in ["", "..", "a/b", "../../proc/self/ns/net"] {
        match Client::open_in(Protocol::ROUTE, Ns::Named(bad)) {
            Err(Error::InvalidArgument(m)) => assert!(m.contains("namespace name"), "{m}"),
            other => panic!("{bad:?}: expected InvalidArgument, got {other:?}"),
        }
    }
    match Client::open_in(Protocol::ROUTE, Ns::Named("nlkit-no-such-namespace")) {
        Err(e @ Error::Io { .. }) => {
            assert_eq!(e.kind(), std::io::ErrorKind::NotFound, "{e:?}");
            let chain = nlkit::error::chain(&e).to_string();
            assert!(
                chain.contains("/run/netns/nlkit-no-such-namespace"),
                "{chain}"
            );
        }
        other => panic!("expected NotFound, got {other:?}"),
    }
    // A descriptor of something that is not a network namespace.
    let not_ns = File::open("/proc/self/status").unwrap();
    match Client::open_in(Protocol::ROUTE, Ns::Fd(not_ns.as_fd())) {
        Err(Error::InvalidArgument(m)) => assert!(m.contains("not a network namespace"), "{m}"),
        other => panic!("expected InvalidArgument, got {other:?}"),
    }
}
