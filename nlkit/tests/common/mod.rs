//! Helpers shared by the client integration tests: a private network
//! namespace made with `ip netns` and removed on drop, and `ip` runs.

#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};

use nlkit::client::{Client, Request};
use nlkit::families::rtnl::{self, ifla, IfInfoMsg, IFINFOMSG_LEN};
use nlkit::socket::{named_netns_path, Protocol, Socket};
use nlkit::wire::Flags;

static NEXT: AtomicU32 = AtomicU32::new(0);

/// A network namespace that lives as long as this value.
pub struct Netns {
    pub name: String,
}

/// Run `ip` with `args`; panic with its stderr when it fails.
pub fn ip(args: &[&str]) {
    let out = Command::new("ip").args(args).output().expect("running ip");
    assert!(
        out.status.success(),
        "ip {} failed: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Whether the effective uid is 0 (read from /proc, no unsafe).
pub fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .and_then(|l| l.split_whitespace().nth(2).map(|e| e == "0"))
        })
        .unwrap_or(false)
}

/// Whether this process may create network namespaces (root with `ip`).
/// CI runs as root, so a skip there is a failure of the setup, not a pass.
pub fn can_netns() -> bool {
    let root = is_root();
    let has_ip = Command::new("ip").arg("-V").output().is_ok();
    if !root || !has_ip {
        eprintln!("SKIP: needs root and iproute2 (root={root}, ip={has_ip})");
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the netns tests: it runs as root with iproute2 installed"
        );
        return false;
    }
    true
}

impl Netns {
    /// Create `nlkit-<pid>-<n>`.
    pub fn new() -> Netns {
        let name = format!(
            "nlkit-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        );
        ip(&["netns", "add", &name]);
        Netns { name }
    }

    /// The namespace's file.
    pub fn path(&self) -> PathBuf {
        named_netns_path(&self.name)
    }

    /// Run `ip -n <ns> args...`.
    pub fn ip(&self, args: &[&str]) {
        let mut all = vec!["-n", self.name.as_str()];
        all.extend_from_slice(args);
        ip(&all);
    }

    /// A socket on `proto` inside the namespace.
    pub fn socket(&self, proto: Protocol) -> Socket {
        Socket::open_in_netns(proto, &self.path()).expect("socket in netns")
    }

    /// A bound client on NETLINK_ROUTE inside the namespace.
    pub fn route_client(&self) -> Client {
        let s = self.socket(Protocol::ROUTE);
        s.bind(0, 0).expect("bind");
        Client::new(s).expect("client")
    }
}

impl Drop for Netns {
    fn drop(&mut self) {
        let _ = Command::new("ip")
            .args(["netns", "del", &self.name])
            .status();
    }
}

/// An RTM_GETLINK dump request.
pub fn getlink_dump() -> Request {
    Request::build(rtnl::msg::GETLINK, Flags::DUMP, |b| {
        b.payload(&IfInfoMsg::default().to_bytes());
    })
    .unwrap()
    .with_fixed_len(IFINFOMSG_LEN)
}

/// An RTM_SETLINK request (with ACK) setting interface `index`'s MTU; each
/// one makes the kernel send an RTM_NEWLINK event.
pub fn set_mtu(index: i32, mtu: u32) -> Request {
    Request::build(rtnl::msg::SETLINK, Flags::ACK, |b| {
        b.payload(
            &IfInfoMsg {
                index,
                ..IfInfoMsg::default()
            }
            .to_bytes(),
        );
        b.attr_u32(ifla::MTU, mtu);
    })
    .unwrap()
    .with_fixed_len(IFINFOMSG_LEN)
}
