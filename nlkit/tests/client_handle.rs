//! The shared `Handle` on the host's real kernel (GENERIC): many threads
//! at once, requests and dumps multiplexed over one socket, each thread
//! getting only its own replies; dumps queued (the kernel runs one per
//! socket), kernel errors to the thread that caused them.

mod common;

use std::time::Duration;

use common::{can_netns, ip, Netns};
use nlkit::client::{Client, Handle, Request};
use nlkit::families::genl::{cmd, Family, GenlHeader, GENL_ID_CTRL};
use nlkit::families::rtnl::{self, RtMsg, RTMSG_LEN};
use nlkit::socket::Protocol;
use nlkit::wire::Flags;

fn getfamily(name: &str) -> Request {
    Request::message(GENL_ID_CTRL, Flags::EMPTY, &Family::get(name)).unwrap()
}

fn all_families() -> Request {
    let mut all = Family::default();
    all.header = GenlHeader::new(cmd::GETFAMILY, 1);
    Request::message(GENL_ID_CTRL, Flags::EMPTY, &all).unwrap()
}

#[test]
fn many_threads_share_one_socket_and_get_their_own_replies() {
    let mut probe = Client::open(Protocol::GENERIC).unwrap();
    let families = probe.genl_families().unwrap();
    assert!(families.len() >= 2, "{families:?}");
    let h = Handle::open(Protocol::GENERIC).unwrap();
    h.set_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut threads = Vec::new();
    // Requesters: each asks again and again for its own family (or one
    // that does not exist) and checks that the answer is that one.
    for i in 0..8 {
        let h = h.clone();
        let want = families[i % families.len()].clone();
        threads.push(std::thread::spawn(move || {
            for _ in 0..100 {
                if i == 7 {
                    let e = h.ack(&getfamily("no-such-family")).unwrap_err();
                    assert_eq!(e.errno(), Some(libc::ENOENT), "{e}");
                    continue;
                }
                let got = h.request(&getfamily(&want.name)).unwrap();
                assert_eq!(got.len(), 1);
                let f = Family::parse(&got[0].as_message()).unwrap();
                assert_eq!((f.name.as_str(), f.id), (want.name.as_str(), want.id));
            }
        }));
    }
    // Dumpers at the same time: the kernel would refuse a second dump on
    // the socket (EBUSY); the handle queues them, and each is whole.
    for _ in 0..4 {
        let h = h.clone();
        let n = families.len();
        threads.push(std::thread::spawn(move || {
            for _ in 0..10 {
                let d = h.dump_collect(&all_families()).unwrap();
                assert_eq!(d.messages.len(), n);
            }
        }));
    }
    for t in threads {
        t.join().unwrap();
    }
    assert_eq!(h.request(&getfamily("nlctrl")).unwrap().len(), 1);
}

/// Dumps that span many datagrams, from several threads at once, with
/// requests in between: the kernel keeps one dump per socket running
/// across receives (a second gets EBUSY), so the handle must queue them.
#[test]
fn concurrent_dumps_are_queued_and_each_is_whole() {
    if !can_netns() {
        return;
    }
    let ns = Netns::new();
    ns.ip(&[
        "link", "add", "nlk0", "type", "veth", "peer", "name", "nlk1",
    ]);
    ns.ip(&["link", "set", "nlk0", "up"]);
    let n = 3000u32;
    let batch: String = (0..n)
        .map(|i| format!("route add 198.18.{}.{}/32 dev nlk0\n", i / 250, i % 250 + 1))
        .collect();
    let file = std::env::temp_dir().join(format!("nlkit-handle-{}.batch", std::process::id()));
    std::fs::write(&file, batch).unwrap();
    ip(&["-n", &ns.name, "-batch", file.to_str().unwrap()]);
    std::fs::remove_file(&file).unwrap();
    let s = ns.socket(Protocol::ROUTE);
    s.bind(0, 0).unwrap();
    let h = Handle::new(s).unwrap();
    h.set_timeout(Some(Duration::from_secs(30))).unwrap();
    let req = Request::build(rtnl::msg::GETROUTE, Flags::EMPTY, |b| {
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
    let ours = |d: &nlkit::client::Dump| {
        d.messages
            .iter()
            .filter(|m| {
                let r = rtnl::Route::parse(&m.as_message()).unwrap();
                matches!(r.dst, Some(std::net::IpAddr::V4(a)) if a.octets()[..2] == [198, 18])
            })
            .count()
    };
    let mut threads = Vec::new();
    for _ in 0..4 {
        let (h, req) = (h.clone(), req.clone());
        threads.push(std::thread::spawn(move || {
            for _ in 0..5 {
                let d = h.dump_collect(&req).unwrap();
                assert!(!d.interrupted);
                assert_eq!(ours(&d), n as usize);
            }
        }));
    }
    // A plain request meanwhile is answered while dumps run.
    let getlink =
        Request::message(rtnl::msg::GETLINK, Flags::EMPTY, &rtnl::Link::named("nlk0")).unwrap();
    for _ in 0..20 {
        let got = h.request(&getlink).unwrap();
        assert_eq!(
            rtnl::Link::parse(&got[0].as_message()).unwrap().name,
            "nlk0"
        );
    }
    for t in threads {
        t.join().unwrap();
    }
}
