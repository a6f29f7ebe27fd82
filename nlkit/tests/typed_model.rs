//! The typed message model against the host kernel: `Family`, `Link` and
//! `Route` built, sent and parsed back (links and routes in a private
//! network namespace), and kernel errors about requests built from them
//! naming the offending attribute with no family-header length given by
//! the caller (`RTM_DELLINK` included).

mod common;

use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

use common::{can_netns, Netns};
use nlkit::client::{Client, Request};
use nlkit::families::genl::{attr, Family, GENL_ID_CTRL};
use nlkit::families::rtnl::{iff, ifla, msg, rt_scope, rt_table, rtn, rtprot, Link, Route, RtMsg};
use nlkit::socket::Protocol;
use nlkit::wire::{Attr, Flags, RawAttrs};
use nlkit::Error;

fn kernel_error(e: &Error) -> &nlkit::error::KernelError {
    match e {
        Error::Kernel(k) => k,
        other => panic!("expected a kernel error, got {other:?}"),
    }
}

fn links(c: &mut Client) -> Vec<Link> {
    let all = Request::message(msg::GETLINK, Flags::DUMP, &Link::default()).unwrap();
    c.dump_collect(&all)
        .unwrap()
        .messages
        .iter()
        .map(|m| Link::parse(&m.as_message()).unwrap())
        .collect()
}

fn veth(ns: &Netns) -> (Client, Link) {
    ns.ip(&[
        "link", "add", "nlk0", "type", "veth", "peer", "name", "nlk1",
    ]);
    let mut c = ns.route_client();
    c.set_timeout(Some(Duration::from_secs(5))).unwrap();
    let l = links(&mut c)
        .into_iter()
        .find(|l| l.name == "nlk0")
        .expect("nlk0 in the dump");
    (c, l)
}

#[test]
fn family_request_error_maps_to_the_name_attribute() {
    let mut c = Client::open(Protocol::GENERIC).unwrap();
    c.set_timeout(Some(Duration::from_secs(5))).unwrap();
    // A typed GETFAMILY: the id first (valid), then a name over
    // GENL_NAMSIZ - 1 bytes, which the controller's policy rejects.
    let mut f = Family::get("a-family-name-much-too-long-for-genl");
    f.id = GENL_ID_CTRL;
    let req = Request::message(GENL_ID_CTRL, Flags::ACK, &f).unwrap();
    let e = c.ack(&req).unwrap_err();
    let k = kernel_error(&e);
    assert!([libc::EINVAL, libc::ERANGE].contains(&k.errno), "{e}");
    assert_eq!(
        k.offset,
        Some(16 + 4 + 8),
        "after nlmsghdr, genlmsghdr, FAMILY_ID"
    );
    assert_eq!(k.attr_path, vec![attr::FAMILY_NAME], "{e}");
    // The extended ACK's policy is kept: a NUL-terminated string of at most 15.
    let p = k.policy.expect("NLMSGERR_ATTR_POLICY");
    assert_eq!(
        (p.type_name(), p.max_length),
        (Some("nul-string"), Some(15)),
        "{p:?}"
    );
    assert!(e.to_string().contains("expected nul-string"), "{e}");

    // And the typed request that is right gets the typed reply.
    let req = Request::message(GENL_ID_CTRL, Flags::ACK, &Family::get("nlctrl")).unwrap();
    let replies = c.request(&req).unwrap();
    let back: Family = replies[0].as_message().parse_as().unwrap();
    assert_eq!((back.id, back.name.as_str()), (GENL_ID_CTRL, "nlctrl"));
}

#[test]
fn links_are_set_up_and_deleted_through_the_model() {
    if !can_netns() {
        return;
    }
    let ns = Netns::new();
    let (mut c, l) = veth(&ns);
    assert_eq!(l.kind.as_deref(), Some("veth"));
    assert_eq!(l.flags & iff::UP, 0);
    assert!(
        !l.unknown.is_empty(),
        "the kernel sends attributes nlkit does not decode; they are kept"
    );

    // ip link set nlk0 up mtu 1400
    let mut up = Link::with_index(l.index);
    up.flags = iff::UP;
    up.change = iff::UP;
    up.mtu = Some(1400);
    c.ack(&Request::message(msg::SETLINK, Flags::ACK, &up).unwrap())
        .unwrap();
    let now = links(&mut c)
        .into_iter()
        .find(|x| x.index == l.index)
        .unwrap();
    assert_eq!((now.flags & iff::UP, now.mtu), (iff::UP, Some(1400)));

    // ip link del nlk0, by name
    c.ack(&Request::message(msg::DELLINK, Flags::ACK, &Link::named("nlk0")).unwrap())
        .unwrap();
    assert!(links(&mut c)
        .iter()
        .all(|x| x.name != "nlk0" && x.name != "nlk1"));
}

#[test]
fn dellink_error_maps_to_the_name_attribute() {
    if !can_netns() {
        return;
    }
    let ns = Netns::new();
    let mut c = ns.route_client();
    // IFLA_IFNAME over IFNAMSIZ - 1: rtnl_dellink's policy rejects it.
    let req = Request::message(
        msg::DELLINK,
        Flags::ACK,
        &Link::named("a-link-name-far-too-long"),
    )
    .unwrap();
    let e = c.ack(&req).unwrap_err();
    let k = kernel_error(&e);
    assert_eq!(k.offset, Some(32), "16 (nlmsghdr) + 16 (ifinfomsg)");
    assert_eq!(k.attr_path, vec![ifla::IFNAME], "{e}");
}

#[test]
fn setlink_error_in_a_kept_attribute_maps_past_the_known_ones() {
    if !can_netns() {
        return;
    }
    let ns = Netns::new();
    let (mut c, l) = veth(&ns);
    // IFLA_GROUP must be a u32; a kept (unknown to nlkit) attribute of 2
    // bytes comes after the typed ones and is rejected by the policy.
    let mut set = Link::with_index(l.index);
    set.mtu = Some(1300);
    set.unknown.push(&Attr {
        ty: ifla::GROUP,
        nested: false,
        net_byteorder: false,
        value: &[1, 0],
    });
    let e = c
        .ack(&Request::message(msg::SETLINK, Flags::ACK, &set).unwrap())
        .unwrap_err();
    let k = kernel_error(&e);
    assert_eq!(k.offset, Some(16 + 16 + 8), "after IFLA_MTU");
    assert_eq!(k.attr_path, vec![ifla::GROUP], "{e}");
}

fn routes(c: &mut Client) -> Vec<(Option<IpAddr>, u8, Option<u32>, u32)> {
    let all = Request::message(
        msg::GETROUTE,
        Flags::DUMP,
        &Route::new(RtMsg {
            family: libc::AF_INET as u8,
            ..RtMsg::default()
        }),
    )
    .unwrap();
    let mut out = Vec::new();
    c.dump(&all, |m| {
        let r = Route::parse(&m)?;
        out.push((r.dst, r.header.dst_len, r.oif, r.table));
        Ok(())
    })
    .unwrap();
    out
}

#[test]
fn routes_are_added_and_deleted_through_the_model() {
    if !can_netns() {
        return;
    }
    let ns = Netns::new();
    let (mut c, l) = veth(&ns);
    ns.ip(&["link", "set", "nlk0", "up"]);
    // ip route add 10.77.0.0/16 dev nlk0 table 1000
    let mut r = Route::new(RtMsg {
        family: libc::AF_INET as u8,
        dst_len: 16,
        table: rt_table::UNSPEC,
        protocol: rtprot::STATIC,
        scope: rt_scope::LINK,
        rtype: rtn::UNICAST,
        ..RtMsg::default()
    });
    r.table = 1000; // over 255: only RTA_TABLE can say it
    r.dst = Some(Ipv4Addr::new(10, 77, 0, 0).into());
    r.oif = Some(l.index as u32);
    let add = Request::message(msg::NEWROUTE, Flags::ACK | Flags::CREATE | Flags::EXCL, &r);
    c.ack(&add.unwrap()).unwrap();
    let want = (r.dst, 16, r.oif, 1000);
    assert!(routes(&mut c).contains(&want), "{:?}", routes(&mut c));

    c.ack(&Request::message(msg::DELROUTE, Flags::ACK, &r).unwrap())
        .unwrap();
    assert!(!routes(&mut c).contains(&want));
}

#[test]
fn route_error_in_a_kept_attribute_maps_past_the_known_ones() {
    if !can_netns() {
        return;
    }
    let ns = Netns::new();
    let mut c = ns.route_client();
    c.transport().set_strict_check(true).unwrap();
    // A strict RTM_GETROUTE for AF_INET: RTA_DST and RTA_OIF are right;
    // RTA_MARK (16), kept from elsewhere as raw bytes, has 2 bytes where
    // the policy wants a u32.
    const RTA_MARK: u16 = 16;
    let mark = [6u8, 0, RTA_MARK as u8, 0, 1, 0, 0, 0];
    let mut r = Route::new(RtMsg {
        family: libc::AF_INET as u8,
        dst_len: 32,
        ..RtMsg::default()
    });
    r.dst = Some(Ipv4Addr::new(127, 0, 0, 1).into());
    r.oif = Some(1);
    r.unknown = RawAttrs::new(&mark, &[]);
    let e = c
        .ack(&Request::message(msg::GETROUTE, Flags::ACK, &r).unwrap())
        .unwrap_err();
    let k = kernel_error(&e);
    assert_eq!(
        k.offset,
        Some(16 + 12 + 8 + 8),
        "after rtmsg, RTA_DST, RTA_OIF: {e}"
    );
    assert_eq!(k.attr_path, vec![RTA_MARK], "{e}");
}
