//! The system-wide eBPF capture (`nlctl capture --via ebpf`) in the VM.
//!
//! - `capture_ebpf_oracle`: the seed's scenario and a request/reply, a
//!   dump and a multicast on modules A (17) and B (18), and a datagram in
//!   another network namespace, run under the library's tap while nlctl
//!   captures with eBPF; the eBPF capture must hold the tap's datagrams
//!   one for one, both directions, same portids and groups (and loading
//!   proves the verifier takes the program).
//! - `capture_ebpf_flood`: a flood of large datagrams; the capture must
//!   keep up or drop with a count, never stall the sender or itself.
//!
//! Both captures leave the VM on the console ([`export`]) for the host's
//! tshark check.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use nlkit::capture::{Reader, Record, Tap, PACKET_KERNEL};
use nlkit::socket::{Addr, Protocol, Socket};

use super::kit::{self, ensure, A, B};
use super::nlctl::{Bg, Out};
use super::seed;
use super::Scenario;
use crate::ctx::{skip, Ctx};

/// The scenarios of this file.
pub fn scenarios() -> Vec<Scenario> {
    vec![
        Scenario {
            name: "capture_ebpf_oracle",
            run: oracle,
        },
        Scenario {
            name: "capture_ebpf_flood",
            run: flood,
        },
    ]
}

/// Bytes of a file per console line (hex, so twice as many characters).
const LINE_BYTES: usize = 96;

/// The name a file of this scenario has on the host.
fn host_name(ctx: &Ctx, path: &str) -> String {
    format!(
        "{}-{}",
        ctx.scenario,
        path.rsplit('/').next().unwrap_or("capture")
    )
}

/// Asks the host to read the capture `path` (exported with [`export`])
/// also with the Lua dissector generated from `specs/<spec>`, decoding it
/// on `protocols` (netlink-raw; comma-separated), and to find every text
/// of `checks` in that `tshark -V` (`NLKIT-FILE-LUA`, `NLKIT-FILE-LUA-CHECK`).
pub fn dissect_with(ctx: &Ctx, path: &str, spec: &str, protocols: &str, checks: &[String]) {
    let name = host_name(ctx, path);
    println!("NLKIT-FILE-LUA {name} {spec} {protocols}");
    for c in checks {
        println!("NLKIT-FILE-LUA-CHECK {name} {c}");
    }
}

/// Sends `path` to the host on the console as `NLKIT-FILE` hex lines,
/// ended by `NLKIT-FILE-END name len`; `checks` are texts the host's
/// `tshark -V` of the file must contain (`NLKIT-FILE-CHECK`). See
/// docs/vm.md.
pub fn export(ctx: &Ctx, path: &str, checks: &[String]) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("reading {path}: {e}"))?;
    let name = host_name(ctx, path);
    for chunk in bytes.chunks(LINE_BYTES) {
        let hex: String = chunk.iter().map(|b| format!("{b:02x}")).collect();
        println!("NLKIT-FILE {name} {hex}");
    }
    for c in checks {
        println!("NLKIT-FILE-CHECK {name} {c}");
    }
    println!("NLKIT-FILE-END {name} {}", bytes.len());
    Ok(())
}

fn records(path: &str) -> Result<Vec<Record>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("reading {path}: {e}"))?;
    let mut r = Reader::new(&bytes[..]).map_err(|e| format!("{path}: {e}"))?;
    let mut out = Vec::new();
    while let Some(rec) = r.next_record().map_err(|e| format!("{path}: {e}"))? {
        out.push(rec);
    }
    Ok(out)
}

/// Skips where the kernel cannot run the program at all (said why); a
/// kernel that has BTF and kprobes must load it.
fn available() -> Result<(), String> {
    if !std::path::Path::new("/sys/kernel/btf/vmlinux").exists() {
        return Err(skip("this kernel has no BTF (CONFIG_DEBUG_INFO_BTF)"));
    }
    if !std::path::Path::new("/sys/bus/event_source/devices/kprobe").exists() {
        return Err(skip("this kernel has no kprobe PMU (CONFIG_KPROBE_EVENTS)"));
    }
    Ok(())
}

/// What identifies a datagram in both captures.
type Key = (u16, u16, u32, u32, u32, Vec<u8>);

fn key(r: &Record) -> Result<Key, String> {
    let e = r
        .endpoints()
        .ok_or_else(|| format!("a record without nlkit's endpoints comment: {r:?}"))?;
    Ok((
        r.protocol,
        r.pkttype,
        e.src,
        e.dst,
        e.groups,
        r.data.clone(),
    ))
}

fn describe(k: &Key) -> String {
    format!(
        "proto {} {} {} -> {} groups {:#x} {} bytes",
        k.0,
        if k.1 == PACKET_KERNEL {
            "to-kernel"
        } else {
            "to-user"
        },
        k.2,
        k.3,
        k.4,
        k.5.len()
    )
}

/// In a new network namespace (a thread of its own): a USERSOCK datagram
/// from a tapped socket to an untapped one. Returns the namespace inode.
fn other_namespace() -> Result<u64, String> {
    std::thread::spawn(|| -> Result<u64, String> {
        use std::os::unix::fs::MetadataExt;
        crate::sys::unshare_net().map_err(|e| format!("unshare(CLONE_NEWNET): {e}"))?;
        let ino = std::fs::metadata("/proc/thread-self/ns/net")
            .map_err(|e| format!("/proc/thread-self/ns/net: {e}"))?
            .ino();
        let a = Socket::open(Protocol::USERSOCK).map_err(|e| e.to_string())?;
        let mut b = Socket::open(Protocol::USERSOCK).map_err(|e| e.to_string())?;
        // Only the sender records: the eBPF capture has one delivery.
        b.set_tap(None);
        a.bind(0, 0).map_err(|e| e.to_string())?;
        b.bind(0, 0).map_err(|e| e.to_string())?;
        let to = b.portid().map_err(|e| e.to_string())?;
        a.send(OTHER_NS_TEXT, Addr::portid(to))
            .map_err(|e| format!("send in the new namespace: {e}"))?;
        let mut buf = nlkit::socket::RecvBuffer::new();
        b.recv(&mut buf)
            .map_err(|e| format!("recv in the new namespace: {e}"))?;
        Ok(ino)
    })
    .join()
    .map_err(|_| "the namespace thread panicked".to_string())?
}

/// What the socket in the other namespace sends.
const OTHER_NS_TEXT: &[u8] = b"from another network namespace";

/// The traffic under the tap: the seed's two sends, then on A and B an
/// ECHO (reply + ACK), a GET_SUBSCRIBERS dump and a multicast TRIGGER seen
/// by a listener; last a USERSOCK datagram in another network namespace.
/// Returns that namespace's inode and what the generated dissector must
/// show of the modules' messages.
fn traffic(ctx: &mut Ctx) -> Result<(u64, Vec<String>), String> {
    seed::send_seed(ctx, false)?;
    let mut lua = Vec::new();
    for m in [A, B] {
        let mut c = m.client()?;
        kit::echo_ok(&mut c, b"under the tap")?;
        kit::subscribers(&mut c)?;
        let mut l = kit::listener(m.proto, 1, &[])?;
        let seq = kit::trigger(&mut c, Some(1), Some(b"multicast copy"))?;
        kit::wait_event(&mut l, kit::TIMEOUT, "the TRIGGER event", |_| true)?;
        ctx.log(format!(
            "protocol {}: echo, dump, trigger {seq} seen by listener {}",
            m.proto,
            l.portid()
        ));
        // The ECHO reply names our portid; the EVENT carries the trigger's
        // seq, its source (4, request), group and payload.
        lua.push(format!(
            "nlkit-mod netlink family (protocol {}, nlkit-raw.yaml)",
            m.proto
        ));
        lua.push(format!("portid (2): {}", c.portid()));
        lua.push(format!("seq (4): {seq}"));
    }
    for text in [
        "echo request, seq",
        "payload (1): \"under the tap\"",
        "echo reply, seq",
        "ACK for echo request",
        "get-subscribers dump request, seq",
        "NLMSG_DONE of get-subscribers dump",
        "trigger request, seq",
        "trigger reply, seq",
        "ACK for trigger request",
        "group (5): 1",
        "event event, seq",
        "source (3): request (4)",
        "payload (1): \"multicast copy\"",
    ] {
        lua.push(text.to_string());
    }
    // A generic family the capture has to name (its NEWFAMILY goes into the
    // file before its first message): nlctl must not record itself asking.
    match generic_request() {
        Ok(id) => ctx.log(format!("a request to generic family ethtool ({id})")),
        Err(e) => ctx.log(format!("no ethtool request ({e})")),
    }
    let ns = other_namespace()?;
    ctx.log(format!("USERSOCK datagram sent in network namespace {ns}"));
    Ok((ns, lua))
}

/// One request to the ethtool family (its answer does not matter); its id.
fn generic_request() -> Result<u16, String> {
    let mut c = nlkit::client::Client::open(Protocol::GENERIC).map_err(|e| e.to_string())?;
    c.set_timeout(Some(kit::TIMEOUT))
        .map_err(|e| e.to_string())?;
    let f = c.genl_family("ethtool").map_err(|e| e.to_string())?;
    let req = nlkit::client::Request::genl(f.id, 1, 1, nlkit::wire::Flags::ACK, |_| {})
        .map_err(|e| e.to_string())?;
    let _ = c.execute(&req, |_| Ok(()));
    Ok(f.id)
}

/// Starts `nlctl capture --via ebpf` to `file`; returns once it captures.
fn start_capture(ctx: &Ctx, file: &str) -> Result<Bg, String> {
    let args = [
        "capture",
        "--via",
        "ebpf",
        "--quiet",
        "--write",
        file,
        "--timeout",
        "60",
    ];
    let mut bg = Bg::spawn(ctx, &args, false)?;
    bg.wait_line("capturing on")?;
    Ok(bg)
}

/// Lets the capture drain its ring buffer, then stops it as Ctrl-C would;
/// it must exit 0 within `within`.
fn stop_capture(bg: Bg, within: Duration) -> Result<Out, String> {
    std::thread::sleep(Duration::from_millis(500));
    bg.interrupt()?;
    let out = bg.finish(within)?;
    out.expect_code(0, "capture --via ebpf")?;
    Ok(out)
}

fn oracle(ctx: &mut Ctx) -> Result<(), String> {
    available()?;
    let efile = "/tmp/capture-ebpf.pcapng";
    let tfile = "/tmp/capture-tap.pcapng";
    let bg = start_capture(ctx, efile)?;
    let capture_pid = bg.pid();
    let tap = Tap::create(tfile).map_err(|e| e.to_string())?;
    Tap::install(Some(tap.clone()));
    let result = traffic(ctx);
    Tap::install(None);
    tap.flush().map_err(|e| format!("the tap: {e}"))?;
    let out = stop_capture(bg, Duration::from_secs(20))?;
    ctx.log(format!("nlctl: {}", out.stderr.trim().replace('\n', " | ")));
    let (other_ns, lua_checks) = result?;

    let tapped = records(tfile)?;
    let captured = records(efile)?;
    // The tapped sockets, by protocol and portid.
    let mut ours = HashSet::new();
    for r in &tapped {
        let e = r.endpoints().ok_or("a tap record without endpoints")?;
        let local = if r.pkttype == PACKET_KERNEL {
            e.src
        } else {
            e.dst
        };
        ours.insert((r.protocol, local));
    }
    // One for one on the seed's protocols and the other namespace's
    // USERSOCK datagram; the generic request is checked below.
    let mut want: Vec<Key> = tapped
        .iter()
        .filter(|r| r.protocol != 16)
        .map(key)
        .collect::<Result<_, _>>()?;
    let mut got = Vec::new();
    // Family names nlctl wrote for Wireshark are not traffic.
    let synthesised = |r: &Record| {
        r.comments
            .iter()
            .any(|c| c == nlkit::capture::tap::SYNTHESISED)
    };
    for r in captured.iter().filter(|r| !synthesised(r)) {
        let k = key(r)?;
        let theirs = r.endpoints().and_then(|e| e.netns).map(u64::from);
        let seed_protocols =
            (k.0 == 17 || k.0 == 18) && (ours.contains(&(k.0, k.2)) || ours.contains(&(k.0, k.3)));
        let in_other_ns = k.0 == 2 && theirs == Some(other_ns);
        if seed_protocols || in_other_ns {
            got.push(k);
        }
    }
    want.sort();
    got.sort();
    let missing: Vec<String> = want
        .iter()
        .filter(|k| !got.contains(k))
        .map(describe)
        .collect();
    let extra: Vec<String> = got
        .iter()
        .filter(|k| !want.contains(k))
        .map(describe)
        .collect();
    ensure(want == got, || {
        format!(
            "the eBPF capture ({} of ours among {}) differs from the tap ({}): missing {missing:?}, extra {extra:?}",
            got.len(),
            captured.len(),
            want.len()
        )
    })?;
    let to_kernel = want.iter().filter(|k| k.1 == PACKET_KERNEL).count();
    let multicast = want.iter().filter(|k| k.4 != 0).count();
    ensure(
        to_kernel >= 8 && want.len() - to_kernel >= 9 && multicast >= 2,
        || format!("too little traffic to judge: {want:?}"),
    )?;
    // nlctl leaves its own traffic out (it would name families by asking
    // the kernel during the capture); the ethtool request is named by a
    // NEWFAMILY nlctl read before it started.
    let own = format!("nlkit: pid {capture_pid}");
    let own_records = captured
        .iter()
        .filter(|r| r.comments.contains(&own))
        .count();
    ensure(own_records == 0, || {
        format!("{own_records} records of nlctl's own traffic (pid {capture_pid}) in the capture")
    })?;
    if let Some(id) = tapped
        .iter()
        .filter(|r| r.protocol == 16)
        .filter_map(|r| nlkit::wire::messages(&r.data).next()?.ok())
        .map(|m| m.header.ty)
        .find(|t| *t > nlkit::families::genl::GENL_ID_CTRL)
    {
        let named = captured.iter().any(|r| {
            r.comments
                .iter()
                .any(|c| c == nlkit::capture::tap::SYNTHESISED)
                && nlkit::wire::messages(&r.data)
                    .flatten()
                    .any(|m| nlkit::families::genl::Family::parse(&m).is_ok_and(|f| f.id == id))
        });
        ensure(named, || {
            format!("generic family {id} is not named in the capture")
        })?;
    }
    let netns: HashSet<Option<u32>> = captured
        .iter()
        .filter_map(|r| r.endpoints().map(|e| e.netns))
        .collect();
    ensure(netns.iter().all(Option::is_some), || {
        "an eBPF record without its network namespace".to_string()
    })?;
    ensure(got.iter().any(|k| k.0 == 2 && k.5 == OTHER_NS_TEXT), || {
        format!("the datagram of namespace {other_ns} is not in the eBPF capture")
    })?;
    ctx.log(format!(
        "{} datagrams one for one: {to_kernel} to the kernel, {} to user sockets ({multicast} multicast copies); portids {:?}",
        want.len(),
        want.len() - to_kernel,
        ours
    ));
    // What Wireshark's netlink dissector must show of the seed's two
    // datagrams: their protocols, their payload bytes and our portids.
    let pid = std::process::id();
    let mut checks = Vec::new();
    // (Wireshark names 18 by its in-tree user, NETLINK_SCSITRANSPORT.)
    for (family, port, text) in [
        ("Unknown (0x0011)", pid, "Hello 模块A"),
        ("SCSI Transports (0x0012)", pid + 1, "Hello 模块B"),
    ] {
        let payload = &seed::seed_message(pid, text)[16..];
        let hex: String = payload.iter().map(|b| format!("{b:02x}")).collect();
        checks.push(format!("Family: {family}"));
        checks.push(format!("Data: {hex}"));
        checks.push(format!("nlkit: portid {port} -> 0"));
    }
    // And with the dissector generated from the modules' spec, on both
    // protocols (Wireshark's own one shows bytes, above).
    for f in [efile, tfile] {
        dissect_with(ctx, f, "nlkit-raw.yaml", "17,18", &lua_checks);
    }
    export(ctx, efile, &checks)?;
    export(ctx, tfile, &checks)
}

/// Datagrams of this size fill the ring buffer (4 MiB) quickly.
const FLOOD_LEN: usize = 32 * 1024;

fn flood(ctx: &mut Ctx) -> Result<(), String> {
    available()?;
    // To /dev/null: the point is the counts, not gigabytes in the VM's RAM.
    let bg = start_capture(ctx, "/dev/null")?;
    // USERSOCK has no kernel socket: each send to portid 0 reaches
    // netlink_unicast (and the probe) and is then refused, so the sender
    // never waits for a reader.
    let s = Socket::open(Protocol::USERSOCK).map_err(|e| e.to_string())?;
    s.bind(0, 0).map_err(|e| e.to_string())?;
    let mut msg = vec![0u8; FLOOD_LEN];
    msg[..4].copy_from_slice(&(FLOOD_LEN as u32).to_ne_bytes());
    let start = Instant::now();
    let mut sent = 0u64;
    while start.elapsed() < Duration::from_secs(2) {
        match s.send(&msg, Addr::KERNEL) {
            Ok(_) | Err(nlkit::Error::ConnectionRefused { .. }) => sent += 1,
            Err(e) => return Err(format!("flood send: {e}")),
        }
    }
    let rate = sent as f64 / start.elapsed().as_secs_f64();
    let stop = Instant::now();
    let out = stop_capture(bg, Duration::from_secs(30))?;
    let summary = out
        .stderr
        .lines()
        .find(|l| l.contains("dropped"))
        .ok_or_else(|| format!("no drop count in {:?}", out.stderr))?
        .to_string();
    let number_before = |word: &str| -> Option<u64> {
        let words: Vec<&str> = summary.split_whitespace().collect();
        let i = words.iter().position(|w| *w == word)?;
        words
            .get(i.checked_sub(1)?)?
            .trim_end_matches(';')
            .parse()
            .ok()
    };
    let written = number_before("packets").ok_or("no packet count")?;
    let dropped = number_before("dropped").ok_or("no drop count")?;
    ctx.log(format!(
        "sent {sent} datagrams of {FLOOD_LEN} bytes in 2 s ({rate:.0}/s); nlctl stopped {:.2} s later (0.5 s drain, then SIGINT): {summary}",
        stop.elapsed().as_secs_f64()
    ));
    ensure(sent >= 20, || {
        format!("the sender was slowed to {sent} sends")
    })?;
    ensure(written + dropped >= sent, || {
        format!("{sent} sent but only {written} captured and {dropped} counted as dropped")
    })
}
