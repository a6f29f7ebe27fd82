//! Client tests against the host kernel's generic netlink: request/response
//! with the controller, family and multicast-group resolution by name, a
//! dump of all families, kernel errors with extended ACK, requests in
//! flight, batches, and the async client.

use nlkit::client::{Client, Request};
use nlkit::families::genl::{attr, cmd, Family, GENL_ID_CTRL};
use nlkit::socket::Protocol;
use nlkit::wire::Flags;
use nlkit::Error;

fn client() -> Client {
    let mut c = Client::open(Protocol::GENERIC).expect("open NETLINK_GENERIC");
    c.set_timeout(Some(std::time::Duration::from_secs(5)))
        .unwrap();
    c
}

#[test]
fn resolves_nlctrl_by_name() {
    let mut c = client();
    let f = c.genl_family("nlctrl").expect("nlctrl");
    assert_eq!(f.id, GENL_ID_CTRL);
    assert_eq!(f.name, "nlctrl");
    assert!(f.version >= 1);
    assert!(
        f.ops.iter().any(|o| o.id == u32::from(cmd::GETFAMILY)),
        "nlctrl has GETFAMILY: {:?}",
        f.ops
    );
    assert_eq!(f.group("notify"), Some(GENL_ID_CTRL.into()));
}

#[test]
fn unknown_family_is_a_kernel_error() {
    let mut c = client();
    let e = c.genl_family("nosuchfam").unwrap_err();
    match &e {
        Error::Kernel(k) => assert_eq!(k.errno, libc::ENOENT, "{e}"),
        other => panic!("expected a kernel error, got {other:?}"),
    }
    // The socket stays usable.
    assert_eq!(c.genl_family("nlctrl").unwrap().id, GENL_ID_CTRL);
}

#[test]
fn dump_of_all_families_contains_nlctrl_and_matches_single_gets() {
    let mut c = client();
    let all = c.genl_families().expect("dump");
    assert!(all.len() >= 2, "{all:?}");
    let ctrl = all
        .iter()
        .find(|f| f.name == "nlctrl")
        .expect("nlctrl in dump");
    assert_eq!(ctrl.id, GENL_ID_CTRL);
    // Every family of the dump resolves by name to the same id.
    for f in all.iter().take(8) {
        assert_eq!(c.genl_family(&f.name).unwrap().id, f.id, "{}", f.name);
    }
}

#[test]
fn bad_attribute_gets_extended_ack_text_and_attribute_path() {
    let mut c = client();
    // CTRL_ATTR_FAMILY_ID must be a u16: send 1 byte, the policy rejects it.
    let req = Request::genl(GENL_ID_CTRL, cmd::GETFAMILY, 1, Flags::ACK, |b| {
        b.attr(attr::FAMILY_ID, &[1]);
    })
    .unwrap();
    let e = c.ack(&req).unwrap_err();
    let Error::Kernel(k) = &e else {
        panic!("expected a kernel error, got {e:?}")
    };
    // Policy length checks answer ERANGE on current kernels, EINVAL on older ones.
    assert!([libc::EINVAL, libc::ERANGE].contains(&k.errno), "{e}");
    assert!(k.message.is_some(), "extended ACK text expected: {e}");
    assert_eq!(k.attr_path, vec![attr::FAMILY_ID], "{e}");
    assert!(e.to_string().contains("attribute 1"), "{e}");
}

#[test]
fn several_requests_in_flight_each_get_their_own_reply() {
    let mut c = client();
    let names = ["nlctrl", "nosuchfam-a", "nlctrl", "nosuchfam-b"];
    let mut seqs = Vec::new();
    for n in names {
        let r = Request::genl(GENL_ID_CTRL, cmd::GETFAMILY, 1, Flags::ACK, |b| {
            b.attr_str(attr::FAMILY_NAME, n);
        })
        .unwrap();
        seqs.push(c.send_request(&r).unwrap());
    }
    // Wait in reverse order: earlier replies must be kept for later.
    for (i, seq) in seqs.iter().enumerate().rev() {
        let r = c.wait_collect(*seq);
        if names[i] == "nlctrl" {
            let msgs = r.expect("nlctrl reply");
            assert_eq!(msgs.len(), 1);
            assert_eq!(Family::parse(&msgs[0].as_message()).unwrap().name, "nlctrl");
        } else {
            assert_eq!(r.unwrap_err().errno(), Some(libc::ENOENT));
        }
    }
}

#[test]
fn batch_sends_one_datagram_and_matches_every_answer() {
    let mut c = client();
    let reqs: Vec<Request> = ["nlctrl", "nope1", "nlctrl"]
        .iter()
        .map(|n| {
            Request::genl(GENL_ID_CTRL, cmd::GETFAMILY, 1, Flags::ACK, |b| {
                b.attr_str(attr::FAMILY_NAME, n);
            })
            .unwrap()
        })
        .collect();
    let seqs = c.send_batch(&reqs).unwrap();
    assert_eq!(seqs.len(), 3);
    assert_eq!(c.wait_collect(seqs[0]).unwrap().len(), 1);
    assert_eq!(
        c.wait_collect(seqs[1]).unwrap_err().errno(),
        Some(libc::ENOENT)
    );
    assert_eq!(c.wait_collect(seqs[2]).unwrap().len(), 1);
}

#[test]
fn zero_copy_call_builds_in_the_client_buffer() {
    let mut c = client();
    let mut id = 0u16;
    let done = c
        .call(
            GENL_ID_CTRL,
            Flags::ACK,
            4,
            |b| {
                b.payload(&[cmd::GETFAMILY, 1, 0, 0]);
                b.attr_str(attr::FAMILY_NAME, "nlctrl");
            },
            |m| {
                id = Family::parse(&m)?.id;
                Ok(())
            },
        )
        .unwrap();
    assert_eq!(id, GENL_ID_CTRL);
    assert_eq!(done.messages, 1);
}

#[cfg(feature = "tokio")]
#[test]
fn async_client_resolves_nlctrl() {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let mut c = nlkit::client::AsyncClient::open(Protocol::GENERIC).unwrap();
        let req = Request::genl(GENL_ID_CTRL, cmd::GETFAMILY, 1, Flags::ACK, |b| {
            b.attr_str(attr::FAMILY_NAME, "nlctrl");
        })
        .unwrap();
        let msgs = tokio::time::timeout(std::time::Duration::from_secs(5), c.request(&req))
            .await
            .expect("in time")
            .unwrap();
        assert_eq!(
            Family::parse(&msgs[0].as_message()).unwrap().id,
            GENL_ID_CTRL
        );
        let dump = Request::genl(GENL_ID_CTRL, cmd::GETFAMILY, 1, Flags::EMPTY, |_| {}).unwrap();
        let d = c.dump_collect(&dump).await.unwrap();
        assert!(d.messages.len() >= 2);
        // A callback's own error type comes back as it was.
        #[derive(Debug)]
        enum Mine {
            Seen(u16),
            Netlink(#[allow(dead_code)] Error),
        }
        impl From<Error> for Mine {
            fn from(e: Error) -> Mine {
                Mine::Netlink(e)
            }
        }
        let e = c
            .try_execute(&req, |m| {
                Err(Mine::Seen(Family::parse(&m).map_err(Mine::Netlink)?.id))
            })
            .await
            .unwrap_err();
        assert!(matches!(e, Mine::Seen(GENL_ID_CTRL)), "{e:?}");
        // The client is usable afterwards.
        assert_eq!(c.request(&req).await.unwrap().len(), 1);
    });
}

#[test]
fn families_and_groups_are_resolved_once_per_client() {
    let mut c = client();
    let tap = nlkit::capture::Tap::to_writer(std::io::sink()).unwrap();
    tap.set_resolve_families(false);
    c.set_tap(Some(tap.clone()));
    let start = tap.records();
    let id = c.genl_family_id("nlctrl").unwrap();
    let asked = tap.records();
    assert!(asked > start, "the first look-up asks the kernel");
    // Later look-ups, of the family and of its groups, cost no I/O.
    assert_eq!(c.genl_family("nlctrl").unwrap().id, id);
    assert_eq!(c.genl_group("nlctrl", "notify").unwrap(), u32::from(id));
    assert_eq!(tap.records(), asked, "answered from the cache");
    // A missing group names the groups there are.
    match c.genl_group("nlctrl", "nosuchgroup") {
        Err(Error::InvalidArgument(m)) => assert!(m.contains("\"notify\""), "{m}"),
        other => panic!("expected InvalidArgument, got {other:?}"),
    }
    assert_eq!(tap.records(), asked);
    // Unknown families are not cached: each look-up asks again.
    assert!(c.genl_family("nosuchfam").is_err());
    let once = tap.records();
    assert!(once > asked);
    assert!(c.genl_family("nosuchfam").is_err());
    assert!(tap.records() > once);
    // Forgetting makes the next look-up ask the kernel.
    c.forget_genl_families();
    let before = tap.records();
    assert_eq!(c.genl_family_id("nlctrl").unwrap(), id);
    assert!(tap.records() > before);
    // Another client has its own cache.
    let mut other = client();
    other.set_tap(Some(tap.clone()));
    let before = tap.records();
    assert_eq!(other.genl_family_id("nlctrl").unwrap(), id);
    assert!(tap.records() > before);
}
