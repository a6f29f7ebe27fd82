//! Socket options whose effect is only visible under load or across
//! namespaces: `NETLINK_NO_ENOBUFS` (no overrun report, silent drops) and
//! `NETLINK_LISTEN_ALL_NSID` (events from other network namespaces, tagged
//! with their namespace id). Real kernel, root.

mod common;

use std::time::Duration;

use common::{can_netns, ip, Netns};
use nlkit::families::rtnl;
use nlkit::socket::{Addr, Protocol, RecvBuffer, Socket};
use nlkit::Error;

/// Floods `listener` (tiny buffer, not reading) through USERSOCK group
/// 7, then drains it; returns (datagrams received, overruns reported).
fn flood_and_drain(listener: &Socket) -> (usize, usize) {
    let sender = Socket::open(Protocol::USERSOCK).unwrap();
    sender.bind(0, 0).unwrap();
    let msg = [0u8; 512];
    for _ in 0..2000 {
        sender.send(&msg, Addr::group(7).unwrap()).unwrap();
    }
    listener
        .set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let mut buf = RecvBuffer::new();
    let (mut got, mut overruns) = (0, 0);
    loop {
        match listener.recv(&mut buf) {
            Ok(_) => got += 1,
            Err(Error::Overrun) => overruns += 1,
            Err(Error::Timeout(_)) => return (got, overruns),
            Err(e) => panic!("unexpected {e}"),
        }
    }
}

fn group_listener(no_enobufs: bool) -> Socket {
    let s = Socket::open(Protocol::USERSOCK).unwrap();
    s.bind(0, 0).unwrap();
    s.set_recv_buffer_size(0).unwrap(); // the kernel's minimum
    s.set_no_enobufs(no_enobufs).unwrap();
    s.add_membership(7).unwrap();
    s
}

#[test]
fn no_enobufs_drops_silently_where_default_reports_overrun() {
    let (got, overruns) = flood_and_drain(&group_listener(false));
    assert!(
        overruns >= 1,
        "default: the overflow is reported ({got} received)"
    );
    let (got, overruns) = flood_and_drain(&group_listener(true));
    assert_eq!(overruns, 0, "NO_ENOBUFS: no report");
    assert!(got < 2000, "and yet messages were dropped ({got} of 2000)");
}

#[test]
fn listen_all_nsid_tags_events_from_another_namespace() {
    if !can_netns() {
        return;
    }
    let ns = Netns::new();
    // Give the namespace an id as seen from ours.
    let id = 4000 + (std::process::id() % 1000) as i32;
    ip(&["netns", "set", &ns.name, &id.to_string()]);
    let s = Socket::open(Protocol::ROUTE).unwrap();
    s.bind(0, 0).unwrap();
    s.set_listen_all_nsid(true).unwrap();
    s.add_membership(rtnl::group::LINK).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    ns.ip(&[
        "link", "add", "nlkns0", "type", "veth", "peer", "name", "nlkns1",
    ]);
    let mut buf = RecvBuffer::new();
    loop {
        let d = s
            .recv(&mut buf)
            .expect("a link event from the other namespace");
        let ty = u16::from_ne_bytes([d.bytes[4], d.bytes[5]]);
        if ty == rtnl::msg::NEWLINK && d.nsid == Some(id) {
            break;
        }
    }
}
