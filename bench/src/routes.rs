//! Workload 4: dump the IPv4 routes of a private network namespace holding
//! N routes (100,000 by default), every route parsed into its attributes;
//! routes/s and peak memory. The namespace is created with `ip` (a veth
//! pair that is up, routes in 198.18.0.0/15 added by `ip -batch`; no
//! traffic is ever sent) and removed at the end, also on error. Each dump
//! runs in a fresh child process inside the namespace, so its peak memory
//! is its own.

use std::io::Write;
use std::net::IpAddr;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use futures::TryStreamExt;
use netlink_packet_core::{NetlinkMessage, NetlinkPayload, NLM_F_DUMP, NLM_F_REQUEST};
use netlink_packet_route::route::{RouteAddress, RouteAttribute, RouteMessage};
use netlink_packet_route::{AddressFamily, RouteNetlinkMessage};
use nlkit::client::{Client, Request};
use nlkit::families::rtnl::{msg, Route, RtMsg};
use nlkit::socket::Protocol;
use nlkit::wire::Flags;

use crate::common::{allocations, ctx, BResult, Impl, Run};

/// Rust generated from the kernel's `rt-route` spec with the project's
/// overlay: `nlctl gen rust ~/.cache/nlkit/specs/current/Documentation/netlink/specs/rt_route.yaml -o bench/src/gen`
/// (kept in the repository where reading it helps; `tests` check it is
/// not stale).
#[rustfmt::skip]
#[path = "gen/rt_route.rs"]
#[allow(dead_code)]
pub mod rt_route;

/// Name prefix of the bench's network namespaces.
const NS_PREFIX: &str = "nlkit-bench-";

/// A private network namespace, deleted when dropped.
pub struct Netns {
    name: String,
}

fn ip(args: &[&str]) -> BResult<()> {
    let out = Command::new("ip")
        .args(args)
        .output()
        .map_err(|e| format!("running ip {}: {e}", args.join(" ")))?;
    if !out.status.success() {
        return Err(format!(
            "ip {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(())
}

impl Netns {
    /// Creates the namespace with a veth pair that is up and `routes`
    /// routes (/32s in 198.18.0.0/15 via the peer of the veth).
    pub fn create(routes: u32) -> BResult<Netns> {
        if routes > 131_072 {
            return Err(format!("{routes} routes do not fit in 198.18.0.0/15"));
        }
        remove_stale();
        let ns = Netns {
            name: format!("{NS_PREFIX}{}", std::process::id()),
        };
        ip(&["netns", "add", &ns.name])?;
        let n = ns.name.as_str();
        ip(&["-n", n, "link", "set", "lo", "up"])?;
        ip(&[
            "-n", n, "link", "add", "nlb0", "type", "veth", "peer", "name", "nlb1",
        ])?;
        ip(&["-n", n, "link", "set", "nlb0", "up"])?;
        ip(&["-n", n, "link", "set", "nlb1", "up"])?;
        ip(&["-n", n, "addr", "add", "10.255.0.1/24", "dev", "nlb0"])?;
        let mut batch = String::with_capacity(routes as usize * 48);
        for i in 0..routes {
            batch.push_str(&format!(
                "route add 198.{}.{}.{}/32 via 10.255.0.2 dev nlb0\n",
                18 + i / 65536,
                (i / 256) % 256,
                i % 256
            ));
        }
        let mut child = Command::new("ip")
            .args(["-n", n, "-batch", "-"])
            .stdin(Stdio::piped())
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .map_err(ctx("running ip -batch"))?;
        if let Some(mut stdin) = child.stdin.take() {
            stdin
                .write_all(batch.as_bytes())
                .map_err(ctx("writing routes to ip -batch"))?;
        }
        let out = child
            .wait_with_output()
            .map_err(ctx("waiting for ip -batch"))?;
        if !out.status.success() {
            return Err(format!(
                "ip -batch failed: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        Ok(ns)
    }

    /// The namespace's name.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for Netns {
    fn drop(&mut self) {
        if let Err(e) = ip(&["netns", "del", &self.name]) {
            eprintln!("warning: {e}");
        }
    }
}

/// Deletes namespaces left by a bench that was killed.
fn remove_stale() {
    let Ok(out) = Command::new("ip").args(["netns", "list"]).output() else {
        return;
    };
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let name = line.split_whitespace().next().unwrap_or_default();
        if let Some(pid) = name.strip_prefix(NS_PREFIX) {
            let alive = std::path::Path::new(&format!("/proc/{pid}")).exists();
            if !alive {
                let _ = ip(&["netns", "del", name]);
            }
        }
    }
}

/// Runs one dump with `imp` in a fresh child process inside `ns`; the child
/// dumps twice: the first (cold) dump gives the peak memory, the second
/// (warm) the time.
pub fn run_in_child(ns: &Netns, imp: Impl) -> BResult<(Run, u64)> {
    let exe = std::env::current_exe().map_err(ctx("finding the bench executable"))?;
    let exe = exe.to_str().ok_or("bench executable path is not UTF-8")?;
    let out = Command::new("ip")
        .args([
            "netns",
            "exec",
            ns.name(),
            exe,
            "__route-dump-child",
            imp.name(),
        ])
        .output()
        .map_err(ctx("running the route dump child"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout
        .lines()
        .find(|l| l.starts_with("RESULT "))
        .ok_or_else(|| {
            format!(
                "{} route dump child failed: {}",
                imp.name(),
                String::from_utf8_lossy(&out.stderr).trim()
            )
        })?;
    let field = |k: &str| -> BResult<u64> {
        line.split_whitespace()
            .find_map(|kv| kv.strip_prefix(k).and_then(|v| v.strip_prefix('=')))
            .ok_or_else(|| format!("child output lacks {k}: {line}"))?
            .parse()
            .map_err(|e| format!("child output {k}: {e}"))
    };
    let allocs = field("allocs")?;
    let run = Run {
        elapsed: Duration::from_nanos(field("ns")?),
        msgs: field("routes")?,
        allocs: (imp != Impl::C).then_some(allocs),
        peak_kib: Some(field("peak_kib")?),
        delta_kib: Some(field("delta_kib")?),
        cpu: Some(crate::common::CpuTime {
            user: Duration::from_nanos(field("user_ns")?),
            sys: Duration::from_nanos(field("sys_ns")?),
        }),
        ..Run::default()
    };
    Ok((run, field("sum")?))
}

fn status_kib(key: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

/// Makes every page of the process's file mappings (the executable's code
/// and data, the C library) resident, so that code faulted in for the first
/// time during the dump does not count as the dump's memory: what remains
/// in the growth is what the implementation allocates and touches (heap,
/// stack, buffers). `MADV_POPULATE_READ` (Linux 5.14) maps the pages
/// without changing them; mappings it cannot populate are skipped. Returns
/// how many mappings were populated.
fn populate_file_mappings() -> usize {
    let Ok(maps) = std::fs::read_to_string("/proc/self/maps") else {
        return 0;
    };
    let mut done = 0;
    for line in maps.lines() {
        let mut f = line.split_whitespace();
        let (Some(range), Some(perms)) = (f.next(), f.next()) else {
            continue;
        };
        let path = f.nth(3).unwrap_or_default();
        if !path.starts_with('/') || !perms.starts_with('r') {
            continue;
        }
        let Some((a, b)) = range.split_once('-') else {
            continue;
        };
        let (Ok(start), Ok(end)) = (usize::from_str_radix(a, 16), usize::from_str_radix(b, 16))
        else {
            continue;
        };
        // SAFETY: the range is a whole, readable mapping of this process as
        // the kernel listed it; MADV_POPULATE_READ only faults its pages in
        // (it neither writes them nor changes the mapping) and fails without
        // effect on a range it cannot populate.
        let rc = unsafe {
            libc::madvise(
                start as *mut libc::c_void,
                end - start,
                libc::MADV_POPULATE_READ,
            )
        };
        done += usize::from(rc == 0);
    }
    done
}

/// The child side: `__route-dump-child <impl>`. Prints one `RESULT` line.
pub fn child_main(name: &str) -> BResult<()> {
    let imp = Impl::from_name(name).ok_or_else(|| format!("unknown implementation {name}"))?;
    let dump = || -> BResult<(Run, u64)> {
        match imp {
            Impl::Nlkit => nlkit(),
            Impl::NlkitGen => nlkit_gen(),
            Impl::C => crate::cffi::route_dump(),
            Impl::Neli => neli(),
            Impl::NetlinkSys => netlink_sys(),
            Impl::Rtnetlink => rtnetlink(),
            Impl::Genetlink => Err("genetlink does not speak rtnetlink".into()),
            Impl::TypedDump => Err("typed-dump is the mirror-sync baseline only".into()),
            Impl::CRecv => Err("c-recv runs the request/response workloads only".into()),
        }
    };
    // Code pages resident first (see populate_file_mappings), then reset
    // the peak RSS (VmHWM) to the current RSS, then dump cold.
    if populate_file_mappings() == 0 {
        return Err("MADV_POPULATE_READ populated no mapping (Linux >= 5.14 needed)".into());
    }
    std::fs::write("/proc/self/clear_refs", "5").map_err(ctx("resetting VmHWM"))?;
    let before = status_kib("VmRSS:");
    let (_, _) = dump()?;
    let peak = status_kib("VmHWM:");
    let cpu0 = crate::common::CpuTime::now();
    let (run, sum) = dump()?;
    let cpu = crate::common::CpuTime::now().since(cpu0);
    println!(
        "RESULT routes={} ns={} allocs={} peak_kib={} delta_kib={} sum={} user_ns={} sys_ns={}",
        run.msgs,
        run.elapsed.as_nanos(),
        run.allocs.unwrap_or(0),
        peak,
        peak.saturating_sub(before),
        sum,
        cpu.user.as_nanos(),
        cpu.sys.as_nanos()
    );
    Ok(())
}

fn v4_sum(dst: Option<IpAddr>, oif: Option<u32>, table: u32) -> u64 {
    let d = match dst {
        Some(IpAddr::V4(a)) => a.octets().iter().map(|&b| u64::from(b)).sum(),
        _ => 0,
    };
    d + u64::from(oif.unwrap_or(0)) + u64::from(table)
}

/// nlkit: `Client::dump` with a per-message callback; `Route::parse` reads
/// each message in place without allocating.
pub fn nlkit() -> BResult<(Run, u64)> {
    let mut c = Client::open(Protocol::ROUTE).map_err(ctx("nlkit route client"))?;
    let req = Request::build(msg::GETROUTE, Flags::EMPTY, |b| {
        b.payload(
            &RtMsg {
                family: libc::AF_INET as u8,
                ..RtMsg::default()
            }
            .to_bytes(),
        );
    })
    .map_err(ctx("nlkit request"))?;
    let (mut n, mut sum) = (0u64, 0u64);
    let a0 = allocations();
    let t0 = Instant::now();
    c.dump(&req, |m| {
        if m.header.ty == msg::NEWROUTE {
            let r = Route::parse(&m)?;
            n += 1;
            sum += v4_sum(r.dst, r.oif, r.table);
        }
        Ok(())
    })
    .map_err(ctx("nlkit dump"))?;
    let elapsed = t0.elapsed();
    Ok((
        Run {
            elapsed,
            msgs: n,
            allocs: Some(allocations() - a0),
            ..Run::default()
        },
        sum,
    ))
}

/// nlkit through the Rust generated from the kernel's `rt-route` spec
/// (`bench/src/gen/rt_route.rs`): the same dump, each message read as
/// `msgs::Getroute` and its attributes as `attrs::RouteAttrs` in order.
pub fn nlkit_gen() -> BResult<(Run, u64)> {
    let mut c = Client::open(Protocol::ROUTE).map_err(ctx("nlkit route client"))?;
    let req = Request::message(rt_route::ops::GETROUTE, Flags::EMPTY, &gen_request())
        .map_err(ctx("nlkit request"))?;
    let (mut n, mut sum) = (0u64, 0u64);
    let a0 = allocations();
    let t0 = Instant::now();
    c.dump(&req, |m| {
        if m.header.ty == msg::NEWROUTE {
            n += 1;
            sum += gen_sum(&m)?;
        }
        Ok(())
    })
    .map_err(ctx("nlkit dump"))?;
    let elapsed = t0.elapsed();
    Ok((
        Run {
            elapsed,
            msgs: n,
            allocs: Some(allocations() - a0),
            ..Run::default()
        },
        sum,
    ))
}

/// `RTM_GETROUTE` for IPv4, as a generated message.
fn gen_request() -> rt_route::msgs::Getroute<'static> {
    let h = rt_route::defs::Rtmsg {
        rtm_family: libc::AF_INET as u8,
        ..Default::default()
    };
    rt_route::msgs::Getroute::new(h, vec![])
}

/// The route's checksum ([`v4_sum`]) through the generated decoder.
#[inline]
fn gen_sum(m: &nlkit::wire::Message<'_>) -> Result<u64, nlkit::wire::WireError> {
    use rt_route::attrs::RouteAttrs as A;
    let r: rt_route::msgs::Getroute = m.parse_as()?;
    let (mut dst, mut oif, mut table) = (None, None, r.header.rtm_table.0);
    for a in r.iter() {
        match a? {
            A::RtaDst(ip) => dst = Some(ip),
            A::RtaOif(v) => oif = Some(v),
            A::RtaTable(v) => table = v,
            _ => {}
        }
    }
    Ok(v4_sum(dst, oif, table))
}

/// `__route-capture FILE`: dumps the IPv4 routes of the current namespace
/// and writes every message (u32 length, then the bytes) to `FILE`: the
/// fixture `__route-parse` decodes (docs/benchmarks.md, callgrind).
pub fn capture_main(path: &str) -> BResult<()> {
    let mut c = Client::open(Protocol::ROUTE).map_err(ctx("nlkit route client"))?;
    let req = Request::message(rt_route::ops::GETROUTE, Flags::EMPTY, &gen_request())
        .map_err(ctx("nlkit request"))?;
    let mut out = Vec::new();
    let mut n = 0;
    c.dump(&req, |m| {
        out.extend_from_slice(&(m.bytes().len() as u32).to_ne_bytes());
        out.extend_from_slice(m.bytes());
        n += 1;
        Ok(())
    })
    .map_err(ctx("nlkit dump"))?;
    std::fs::write(path, out).map_err(ctx("writing the fixture"))?;
    println!("{n} messages to {path}");
    Ok(())
}

/// `__route-parse FILE IMPL`: decodes every message of a fixture once
/// with `nlkit` (`Route::parse`), `nlkit-gen` (the generated code),
/// `netlink-sys` (netlink-packet-route's typed parse) or `none` (framing
/// only, the baseline to subtract); prints the count and checksum.
pub fn parse_main(path: &str, imp: &str) -> BResult<()> {
    let data = std::fs::read(path).map_err(ctx("reading the fixture"))?;
    let mut msgs = Vec::new();
    let mut off = 0;
    while let Some(l) = data.get(off..off + 4) {
        let l = u32::from_ne_bytes([l[0], l[1], l[2], l[3]]) as usize;
        msgs.push(&data[off + 4..off + 4 + l]);
        off += 4 + l;
    }
    let (mut n, mut sum) = (0u64, 0u64);
    for b in msgs {
        let (m, _) = nlkit::wire::Message::parse(b).map_err(ctx("fixture"))?;
        if m.header.ty != msg::NEWROUTE {
            continue;
        }
        n += 1;
        sum += match imp {
            "none" => u64::from(m.header.len),
            "nlkit" => {
                let r = Route::parse(&m).map_err(ctx("Route::parse"))?;
                v4_sum(r.dst, r.oif, r.table)
            }
            "nlkit-gen" => gen_sum(&m).map_err(ctx("generated decoder"))?,
            "netlink-sys" => {
                let nm = NetlinkMessage::<RouteNetlinkMessage>::deserialize(b)
                    .map_err(ctx("netlink-packet-route"))?;
                match &nm.payload {
                    NetlinkPayload::InnerMessage(RouteNetlinkMessage::NewRoute(r)) => npr_sum(r),
                    _ => return Err("netlink-packet-route: not a route".into()),
                }
            }
            _ => return Err(format!("__route-parse: unknown decoder {imp}")),
        };
    }
    println!("{n} routes, sum {sum}");
    Ok(())
}

/// neli: `NlSocketHandle::send` and `recv` (each datagram parsed by neli
/// into `Nlmsghdr<Rtm, Rtmsg>` with owned attributes).
pub fn neli() -> BResult<(Run, u64)> {
    use neli::consts::nl::{NlTypeWrapper, NlmF, Nlmsg};
    use neli::consts::rtnl::{RtAddrFamily, RtScope, RtTable, Rta, Rtm, Rtn, Rtprot};
    use neli::consts::socket::NlFamily;
    use neli::nl::{NlPayload, NlmsghdrBuilder};
    use neli::rtnl::{Rtmsg, RtmsgBuilder};
    use neli::socket::synchronous::NlSocketHandle;
    use neli::utils::Groups;

    let sock = NlSocketHandle::connect(NlFamily::Route, None, Groups::empty())
        .map_err(ctx("neli connect"))?;
    let rtmsg = RtmsgBuilder::default()
        .rtm_family(RtAddrFamily::Inet)
        .rtm_dst_len(0)
        .rtm_src_len(0)
        .rtm_tos(0)
        .rtm_table(RtTable::Unspec)
        .rtm_protocol(Rtprot::Unspec)
        .rtm_scope(RtScope::Universe)
        .rtm_type(Rtn::Unspec)
        .build()
        .map_err(ctx("neli rtmsg"))?;
    let req = NlmsghdrBuilder::default()
        .nl_type(Rtm::Getroute)
        .nl_flags(NlmF::REQUEST | NlmF::DUMP)
        .nl_pid(sock.pid())
        .nl_seq(1)
        .nl_payload(NlPayload::Payload(rtmsg))
        .build()
        .map_err(ctx("neli request"))?;
    let (mut n, mut sum) = (0u64, 0u64);
    let a0 = allocations();
    let t0 = Instant::now();
    sock.send(&req).map_err(ctx("neli send"))?;
    'dump: loop {
        let (iter, _) = sock
            .recv::<NlTypeWrapper, Rtmsg>()
            .map_err(ctx("neli recv"))?;
        for m in iter {
            let m = m.map_err(ctx("neli parse"))?;
            if *m.nl_type() == NlTypeWrapper::Nlmsg(Nlmsg::Done) {
                break 'dump;
            }
            match m.nl_payload() {
                NlPayload::Payload(p) => {
                    let (mut dst, mut oif) = (None, None);
                    let mut table = u32::from(u8::from(*p.rtm_table()));
                    for a in p.rtattrs().iter() {
                        let b: &[u8] = a.rta_payload().as_ref();
                        match a.rta_type() {
                            Rta::Dst => {
                                dst = <[u8; 4]>::try_from(b).ok().map(IpAddr::from);
                            }
                            Rta::Oif => oif = <[u8; 4]>::try_from(b).ok().map(u32::from_ne_bytes),
                            Rta::Table => {
                                if let Ok(t) = <[u8; 4]>::try_from(b) {
                                    table = u32::from_ne_bytes(t);
                                }
                            }
                            _ => {}
                        }
                    }
                    n += 1;
                    sum += v4_sum(dst, oif, table);
                }
                NlPayload::Err(e) => return Err(format!("neli dump failed: {e:?}")),
                _ => {}
            }
        }
    }
    let elapsed = t0.elapsed();
    Ok((
        Run {
            elapsed,
            msgs: n,
            allocs: Some(allocations() - a0),
            ..Run::default()
        },
        sum,
    ))
}

fn npr_sum(r: &RouteMessage) -> u64 {
    let (mut dst, mut oif) = (None, None);
    let mut table = u32::from(r.header.table);
    for a in &r.attributes {
        match a {
            RouteAttribute::Destination(RouteAddress::Inet(d)) => dst = Some(IpAddr::V4(*d)),
            RouteAttribute::Oif(i) => oif = Some(*i),
            RouteAttribute::Table(t) => table = *t,
            _ => {}
        }
    }
    v4_sum(dst, oif, table)
}

/// netlink-sys + netlink-packet-route, blocking: one `recv_from` per
/// datagram into a reused buffer, every message deserialized into
/// `RouteNetlinkMessage::NewRoute(RouteMessage)`.
pub fn netlink_sys() -> BResult<(Run, u64)> {
    use netlink_sys::{protocols::NETLINK_ROUTE, Socket, SocketAddr};
    let mut s = Socket::new(NETLINK_ROUTE).map_err(ctx("netlink-sys socket"))?;
    s.bind_auto().map_err(ctx("netlink-sys bind"))?;
    let mut rm = RouteMessage::default();
    rm.header.address_family = AddressFamily::Inet;
    let mut req = NetlinkMessage::from(RouteNetlinkMessage::GetRoute(rm));
    req.header.flags = NLM_F_REQUEST | NLM_F_DUMP;
    req.header.sequence_number = 1;
    req.finalize();
    let mut tx = vec![0u8; req.buffer_len()];
    req.serialize(&mut tx);
    let mut rx: Vec<u8> = Vec::with_capacity(65536);
    let (mut n, mut sum) = (0u64, 0u64);
    let a0 = allocations();
    let t0 = Instant::now();
    s.send_to(&tx, &SocketAddr::new(0, 0), 0)
        .map_err(ctx("netlink-sys send"))?;
    'dump: loop {
        rx.clear();
        let len = s.recv(&mut rx, 0).map_err(ctx("netlink-sys recv"))?;
        let mut off = 0;
        while off < len {
            let m = NetlinkMessage::<RouteNetlinkMessage>::deserialize(&rx[off..len])
                .map_err(ctx("netlink-sys decode"))?;
            match &m.payload {
                NetlinkPayload::Done(_) => break 'dump,
                NetlinkPayload::Error(e) => return Err(format!("netlink-sys dump: {e:?}")),
                NetlinkPayload::InnerMessage(RouteNetlinkMessage::NewRoute(r)) => {
                    n += 1;
                    sum += npr_sum(r);
                }
                _ => {}
            }
            let l = m.header.length as usize;
            if l == 0 {
                break;
            }
            off += (l + 3) & !3;
        }
    }
    let elapsed = t0.elapsed();
    Ok((
        Run {
            elapsed,
            msgs: n,
            allocs: Some(allocations() - a0),
            ..Run::default()
        },
        sum,
    ))
}

/// rtnetlink (tokio, current-thread runtime): `handle.route().get(..)`
/// stream of `RouteMessage`s.
pub fn rtnetlink() -> BResult<(Run, u64)> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(ctx("tokio runtime"))?;
    rt.block_on(async {
        let (conn, handle, _) = rtnetlink::new_connection().map_err(ctx("rtnetlink"))?;
        let task = tokio::spawn(conn);
        let (mut n, mut sum) = (0u64, 0u64);
        let a0 = allocations();
        let t0 = Instant::now();
        let mut rm = RouteMessage::default();
        rm.header.address_family = AddressFamily::Inet;
        let mut routes = handle.route().get(rm).execute();
        while let Some(r) = routes.try_next().await.map_err(ctx("rtnetlink dump"))? {
            n += 1;
            sum += npr_sum(&r);
        }
        let elapsed = t0.elapsed();
        let allocs = allocations() - a0;
        task.abort();
        Ok((
            Run {
                elapsed,
                msgs: n,
                allocs: Some(allocs),
                ..Run::default()
            },
            sum,
        ))
    })
}

#[cfg(test)]
mod tests {
    /// `gen/rt_route.rs` is what the generator makes today of the kernel's
    /// `rt_route.yaml` (the setup's copy) with `specs/rt-route.overlay.yaml`.
    #[test]
    fn generated_rt_route_is_not_stale() {
        let cache = std::env::var_os("NLKIT_CACHE")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| {
                std::path::PathBuf::from(std::env::var_os("HOME").unwrap()).join(".cache/nlkit")
            });
        let kernel = cache.join("specs/current/Documentation/netlink/specs/rt_route.yaml");
        let overlay =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("specs/rt-route.overlay.yaml");
        let spec = nlkit_spec::Spec::read(&kernel, &[overlay]).unwrap_or_else(|e| panic!("{e}"));
        let now = nlkit_spec::gen::rust::generate(&spec).text;
        assert!(
            now == include_str!("gen/rt_route.rs"),
            "bench/src/gen/rt_route.rs is stale: regenerate it with \
             `cargo run -p nlctl -- gen rust {} -o bench/src/gen`",
            kernel.display()
        );
    }
}
