//! The consistent mirror against the host kernel, in private network
//! namespaces: the change stream for routes, addresses, neighbours and
//! links; IPv4 routes the kernel flushes without `RTM_DELROUTE` when their
//! device goes down; and churn (thousands of route, address, neighbour and
//! link changes, link downs) with a tiny receive buffer to provoke
//! overruns, after which every mirror equals a fresh dump.
//!
//! `NLKIT_LONG=1` makes the churn a soak (more rounds, more changes).

mod common;

use std::fmt::Debug;
use std::hash::Hash;
use std::io::Write;
use std::net::IpAddr;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use common::{can_netns, Netns};
use nlkit::client::Client;
use nlkit::families::rtnl::{Link, Route};
use nlkit::mirror::{
    key_ip, snapshot, Addresses, Change, Entry, Links, Mirror, Neighbours, Objects, RouteKey,
    Routes, Table,
};
use nlkit::socket::{Netns as Ns, Protocol};

/// A namespace with two veth pairs up (`v0`-`v1`, `w0`-`w1`), IPv6 off on
/// them (no DAD timers: every change is one the test made), `lo` up.
fn lab() -> Netns {
    let ns = Netns::new();
    sysctl(&ns, "net.ipv6.conf.default.disable_ipv6=1");
    ns.ip(&["link", "set", "lo", "up"]);
    for (a, b) in [("v0", "v1"), ("w0", "w1")] {
        ns.ip(&["link", "add", a, "type", "veth", "peer", "name", b]);
        ns.ip(&["link", "set", a, "up"]);
        ns.ip(&["link", "set", b, "up"]);
    }
    ns.ip(&["addr", "add", "10.9.0.1/24", "dev", "w0"]);
    ns.ip(&["addr", "add", "10.8.0.1/24", "dev", "v0"]);
    ns
}

fn sysctl(ns: &Netns, setting: &str) {
    let ok = Command::new("ip")
        .args(["netns", "exec", &ns.name, "sysctl", "-qw", setting])
        .status()
        .expect("sysctl")
        .success();
    assert!(ok, "sysctl {setting}");
}

/// Run many `ip` commands in one process (`ip -batch -`); failures (a
/// delete of something already gone) do not stop the batch.
fn batch(ns: &Netns, lines: &str) {
    let mut child = Command::new("ip")
        .args(["-n", &ns.name, "-force", "-batch", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(if std::env::var_os("NLKIT_DEBUG").is_some() {
            Stdio::inherit()
        } else {
            Stdio::null()
        })
        .spawn()
        .expect("ip -batch");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(lines.as_bytes())
        .unwrap();
    child.wait().unwrap();
}

fn mirror<T: Table>(ns: &Netns, table: T) -> Mirror<T> {
    let mut m = Mirror::open_in(table, Ns::Named(&ns.name)).expect("mirror");
    m.client_mut()
        .set_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    m
}

/// The next change whose key satisfies `want`.
fn next_matching<T: Table>(
    m: &mut Mirror<T>,
    want: impl Fn(&Change<T::Key, T::Object>) -> bool,
) -> Change<T::Key, T::Object> {
    loop {
        let c = m.next_change().expect("a change before the timeout");
        if want(&c) {
            return c;
        }
    }
}

fn dst_is(k: &RouteKey, ip: &str) -> bool {
    key_ip(&k.dst) == Some(ip.parse::<IpAddr>().unwrap())
}

#[test]
fn route_changes_come_as_added_changed_removed() {
    if !can_netns() {
        return;
    }
    let ns = lab();
    let mut m = mirror(&ns, Routes::new());
    let before = m.len();
    assert!(before > 0, "the lab's connected and local routes");
    ns.ip(&["route", "add", "10.77.0.0/16", "dev", "w0", "metric", "7"]);
    match next_matching(&mut m, |c| dst_is(c.key(), "10.77.0.0")) {
        Change::Added { key, new } => {
            assert_eq!((key.dst_len, key.priority, key.table), (16, 7, 254));
            let r = new.parse::<Route>().unwrap();
            assert_eq!(r.priority, Some(7));
            assert!(r.oif.is_some());
        }
        other => panic!("expected Added, got {other:?}"),
    }
    ns.ip(&[
        "route",
        "replace",
        "10.77.0.0/16",
        "via",
        "10.9.0.2",
        "dev",
        "w0",
        "metric",
        "7",
    ]);
    match next_matching(&mut m, |c| dst_is(c.key(), "10.77.0.0")) {
        Change::Changed { old, new, .. } => {
            assert_eq!(old.parse::<Route>().unwrap().gateway, None);
            assert_eq!(
                new.parse::<Route>().unwrap().gateway,
                Some("10.9.0.2".parse().unwrap())
            );
        }
        other => panic!("expected Changed, got {other:?}"),
    }
    ns.ip(&["route", "del", "10.77.0.0/16", "metric", "7"]);
    assert!(matches!(
        next_matching(&mut m, |c| dst_is(c.key(), "10.77.0.0")),
        Change::Removed { .. }
    ));
    assert_eq!(m.len(), before);
}

/// `ip link set w0 down` flushes the IPv4 routes through `w0` in
/// `fib_table_flush` and sends no `RTM_DELROUTE` for them: the mirror
/// re-dumps and reports them removed.
#[test]
fn ipv4_routes_flushed_by_a_link_down_are_removed() {
    if !can_netns() {
        return;
    }
    let ns = lab();
    ns.ip(&[
        "route",
        "add",
        "10.66.0.0/16",
        "via",
        "10.9.0.2",
        "dev",
        "w0",
    ]);
    ns.ip(&["route", "add", "10.67.0.0/16", "dev", "w0"]);
    let mut m = mirror(&ns, Routes::new());
    assert!(m.objects().keys().any(|k| dst_is(k, "10.66.0.0")));
    ns.ip(&["link", "set", "w0", "down"]);
    let mut gone = Vec::new();
    while gone.len() < 2 {
        if let Change::Removed { key, .. } = next_matching(&mut m, |c| {
            dst_is(c.key(), "10.66.0.0") || dst_is(c.key(), "10.67.0.0")
        }) {
            gone.push(key);
        }
    }
    assert!(m.stats().resyncs >= 1, "{:?}", m.stats());
    let mut fresh = Client::open_in(Protocol::ROUTE, Ns::Named(&ns.name)).unwrap();
    assert_same(&m, &snapshot(&mut fresh, m.table()).unwrap(), "routes");
}

#[test]
fn link_address_and_neighbour_changes_are_typed() {
    if !can_netns() {
        return;
    }
    let ns = lab();
    let mut links = mirror(&ns, Links::new());
    let mut addrs = mirror(&ns, Addresses::new());
    let mut neigh = mirror(&ns, Neighbours::new());
    let names: Vec<String> = links
        .objects()
        .values()
        .map(|e| e.parse::<Link>().unwrap().name)
        .collect();
    assert_eq!(names.len(), 5, "{names:?}");
    ns.ip(&["link", "set", "v0", "mtu", "1280"]);
    match next_matching(&mut links, |_| true) {
        Change::Changed { old, new, .. } => {
            let (old, new) = (old.parse::<Link>().unwrap(), new.parse::<Link>().unwrap());
            assert_eq!((old.name.as_str(), new.mtu), ("v0", Some(1280)));
            assert_ne!(old.mtu, Some(1280));
        }
        other => panic!("expected Changed, got {other:?}"),
    }
    ns.ip(&["addr", "add", "10.5.0.1/32", "dev", "v0"]);
    match next_matching(&mut addrs, |_| true) {
        Change::Added { key, .. } => {
            assert_eq!(key_ip(&key.local), Some("10.5.0.1".parse().unwrap()));
            assert_eq!(key.prefixlen, 32);
        }
        other => panic!("expected Added, got {other:?}"),
    }
    ns.ip(&[
        "neigh",
        "add",
        "10.8.0.9",
        "lladdr",
        "02:00:00:00:00:09",
        "dev",
        "v0",
        "nud",
        "permanent",
    ]);
    match next_matching(&mut neigh, |_| true) {
        Change::Added { key, .. } => {
            assert_eq!(key_ip(&key.dst), Some("10.8.0.9".parse().unwrap()))
        }
        other => panic!("expected Added, got {other:?}"),
    }
    // The kernel first announces the entry FAILED, then deleted.
    ns.ip(&["neigh", "del", "10.8.0.9", "dev", "v0"]);
    next_matching(&mut neigh, |c| matches!(c, Change::Removed { .. }));
    assert!(neigh.is_empty(), "{:?}", neigh.objects());
    ns.ip(&["link", "del", "v0"]);
    assert!(matches!(
        next_matching(&mut links, |c| matches!(c, Change::Removed { .. })),
        Change::Removed { .. }
    ));
}

/// Apply everything that has arrived until the kernel has been quiet for a
/// moment (link state settles asynchronously, in linkwatch).
fn settle<T: Table>(m: &mut Mirror<T>) {
    let mut quiet = 0;
    while quiet < 3 {
        if m.poll().expect("poll").is_empty() {
            quiet += 1;
            std::thread::sleep(Duration::from_millis(100));
        } else {
            quiet = 0;
        }
    }
}

fn assert_same<T: Table<Object = Entry>>(m: &Mirror<T>, fresh: &Objects<T::Key, Entry>, what: &str)
where
    T::Key: Ord,
{
    if m.objects() == fresh {
        return;
    }
    let mut only_mirror: Vec<_> = m
        .objects()
        .iter()
        .filter(|(k, e)| fresh.get(*k) != Some(*e))
        .map(|(k, _)| k)
        .collect();
    let mut only_fresh: Vec<_> = fresh
        .iter()
        .filter(|(k, e)| m.objects().get(*k) != Some(*e))
        .map(|(k, _)| k)
        .collect();
    only_mirror.sort();
    only_fresh.sort();
    panic!(
        "{what}: the mirror ({} objects) differs from a fresh dump ({}):\n only or different in the mirror: {only_mirror:?}\n only or different in the dump: {only_fresh:?}\n stats {:?}",
        m.len(),
        fresh.len(),
        m.stats()
    );
}

/// Settle, then compare with a fresh dump; the kernel may still be
/// finishing deferred work (linkwatch), so a difference is looked at again
/// after more settling before it fails the test.
fn converges<T: Table<Object = Entry>>(m: &mut Mirror<T>, fresh: &mut Client, what: &str)
where
    T::Key: Ord + Hash + Debug,
{
    for _ in 0..10 {
        settle(m);
        let snap = snapshot(fresh, m.table()).unwrap();
        if *m.objects() == snap {
            return;
        }
        std::thread::sleep(Duration::from_millis(300));
    }
    settle(m);
    let snap = snapshot(fresh, m.table()).unwrap();
    assert_same(m, &snap, what);
}

/// One round of churn: `n` changes of routes (IPv4 through `w0`, IPv6
/// unreachable), addresses, permanent neighbours, MTUs, and link downs.
fn churn_round(seed: &mut u64, n: usize) -> String {
    let mut out = String::new();
    // `ip neigh` ends the whole batch on an error: delete only what is there.
    let mut neighs = std::collections::HashSet::new();
    let mut next = || {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (*seed >> 33) as usize
    };
    for i in 0..n {
        let r = next();
        let a = r % 40;
        let b = (r / 40) % 250 + 1;
        let op = r % 23;
        let line = match op {
            0..=4 => format!("route replace 10.200.{a}.{b}/32 dev w0 metric {}\n", r % 3),
            5 | 6 => format!("route del 10.200.{a}.{b}/32 metric {}\n", r % 3),
            7 => format!("route replace 10.201.{a}.0/24 via 10.9.0.{b} dev w0\n"),
            8 | 9 => format!("addr add 10.3.{a}.{b}/32 dev v0\n"),
            10 => format!("addr del 10.3.{a}.{b}/32 dev v0\n"),
            11 | 12 => {
                neighs.insert(b);
                format!(
                    "neigh replace 10.8.0.{b} lladdr 02:00:00:00:{a:02x}:{b:02x} dev v0 nud permanent\n"
                )
            }
            13 if neighs.remove(&b) => format!("neigh del 10.8.0.{b} dev v0\n"),
            13 => format!("neigh replace 10.8.0.{b} lladdr 02:00:00:00:00:01 dev v0 nud noarp\n"),
            14 | 15 => format!("route replace unreachable 2001:db8:{a:x}:{b:x}::/64\n"),
            16 => format!("route del unreachable 2001:db8:{a:x}:{b:x}::/64\n"),
            17 | 18 => format!("link set v0 mtu {}\n", 1280 + r % 200),
            19 => "link set w0 down\n".to_owned(),
            20 => "link set w0 up\n".to_owned(),
            21 => "link set v1 down\n".to_owned(),
            _ => "link set v1 up\n".to_owned(),
        };
        out.push_str(&line);
        if i % 97 == 0 {
            // Keep the v4 route and address tables from draining away.
            out.push_str("link set w0 up\naddr replace 10.9.0.1/24 dev w0\n");
        }
    }
    out
}

/// Follow `m` in a thread until `stop`, applying changes as they come.
fn follow<T>(m: Mirror<T>, stop: &AtomicBool) -> Mirror<T>
where
    T: Table,
{
    let mut m = m;
    m.client_mut()
        .set_timeout(Some(Duration::from_millis(100)))
        .unwrap();
    loop {
        match m.next_change() {
            Ok(_) => {}
            Err(nlkit::Error::Timeout(_)) if stop.load(Ordering::SeqCst) => return m,
            Err(nlkit::Error::Timeout(_)) => {}
            Err(e) => panic!("mirror failed: {e}"),
        }
    }
}

/// Two mirrors of `T` followed while the churn runs: one with the default
/// receive buffer (notifications applied as they come), one with the
/// smallest the kernel allows (overruns, re-synchronised by re-dumps).
fn pair<T: Table + Clone>(ns: &Netns, table: T) -> [Mirror<T>; 2] {
    let normal = mirror(ns, table.clone());
    let tiny = mirror(ns, table);
    tiny.client().transport().set_recv_buffer_size(1).unwrap();
    [normal, tiny]
}

#[test]
fn mirrors_equal_a_fresh_dump_after_churn_and_overruns() {
    if !can_netns() {
        return;
    }
    let long = std::env::var_os("NLKIT_LONG").is_some();
    let (rounds, per_round) = if long { (40, 3000) } else { (4, 600) };
    let ns = lab();
    let routes = pair(&ns, Routes::new());
    let addrs = pair(&ns, Addresses::new());
    let neighs = pair(&ns, Neighbours::new());
    let links = pair(&ns, Links::new());
    let stop = AtomicBool::new(false);
    let mut seed = 0x5eed_u64;
    let ([mut r0, mut r1], [mut a0, mut a1], [mut n0, mut n1], [mut l0, mut l1]) =
        std::thread::scope(|s| {
            let stop = &stop;
            let r = routes.map(|m| s.spawn(move || follow(m, stop)));
            let a = addrs.map(|m| s.spawn(move || follow(m, stop)));
            let n = neighs.map(|m| s.spawn(move || follow(m, stop)));
            let l = links.map(|m| s.spawn(move || follow(m, stop)));
            for _ in 0..rounds {
                batch(&ns, &churn_round(&mut seed, per_round));
            }
            stop.store(true, Ordering::SeqCst);
            (
                r.map(|h| h.join().expect("follower")),
                a.map(|h| h.join().expect("follower")),
                n.map(|h| h.join().expect("follower")),
                l.map(|h| h.join().expect("follower")),
            )
        });
    let mut fresh = Client::open_in(Protocol::ROUTE, Ns::Named(&ns.name)).unwrap();
    for (m, what) in [(&mut r0, "routes"), (&mut r1, "routes (tiny buffer)")] {
        converges(m, &mut fresh, what);
    }
    for (m, what) in [(&mut a0, "addresses"), (&mut a1, "addresses (tiny buffer)")] {
        converges(m, &mut fresh, what);
    }
    for (m, what) in [
        (&mut n0, "neighbours"),
        (&mut n1, "neighbours (tiny buffer)"),
    ] {
        converges(m, &mut fresh, what);
    }
    for (m, what) in [(&mut l0, "links"), (&mut l1, "links (tiny buffer)")] {
        converges(m, &mut fresh, what);
    }
    let normal = [r0.stats(), a0.stats(), n0.stats(), l0.stats()];
    let tiny = [r1.stats(), a1.stats(), n1.stats(), l1.stats()];
    let applied: u64 = normal.iter().map(|s| s.notifications).sum();
    let overruns: u64 = tiny.iter().map(|s| s.overruns).sum();
    assert!(applied > 1000, "notifications were applied: {normal:?}");
    assert!(
        overruns > 0,
        "the tiny receive buffers overflowed: {tiny:?}"
    );
    assert!(r0.len() > 10, "routes survived the churn: {}", r0.len());
    eprintln!("churn: {rounds}x{per_round} changes\n normal {normal:?}\n tiny {tiny:?}");
}
