//! `nlctl capture`: every netlink datagram of the machine, written to a
//! pcapng file (and printed). Two sources: eBPF kprobes ([`crate::ebpf`]:
//! any protocol, any network namespace), or an `nlmon` device read from an
//! `AF_PACKET` socket (the kernel's nlmon list of protocols, this namespace;
//! the device is created with rtnetlink and deleted at exit). `--via auto`
//! tries eBPF and falls back to nlmon, saying why. `--read` decodes a
//! pcapng or classic pcap file with the same printer.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use nlkit::capture::tap::SYNTHESISED;
use nlkit::capture::Tap;
use nlkit::client::{Client, Request};
use nlkit::families::genl::Family;
use nlkit::families::rtnl::{iff, msg, Link};
use nlkit::socket::Protocol;
use nlkit::wire::Flags;
use nlkit::Error;

use crate::args::{CaptureArgs, CaptureVia, Common};
use crate::ebpf::EbpfCapture;
use crate::error::{exit, CliError, CliResult};
use crate::output::{Dir, Meta, Printer};
use crate::pcap::{self, Record};
use crate::progress::Progress;
use crate::sys;

/// What the nlmon fallback cannot see, said when it is used.
const NLMON_LIMITS: &str = "nlmon sees only route, usersock, sock_diag, nflog, xfrm, fib_lookup, \
netfilter and generic, in this network namespace";

/// Refuses options that would do nothing here, saying why.
fn refuse_ignored(what: &[&str]) -> CliResult<()> {
    if what.is_empty() {
        return Ok(());
    }
    Err(CliError::usage(format!(
        "capture: {} would be ignored; leave {} out",
        what.join(", "),
        if what.len() == 1 { "it" } else { "them" }
    )))
}

/// Where captured datagrams come from.
enum Source {
    Ebpf(Box<EbpfCapture>),
    Nlmon(Nlmon),
}

impl Source {
    fn next(&mut self, wait: Duration) -> CliResult<Option<Record>> {
        match self {
            Source::Ebpf(c) => c
                .next(wait)
                .map_err(|e| CliError::new(exit::FAILURE, format!("capturing: {e}"))),
            Source::Nlmon(n) => n.next(wait),
        }
    }
}

/// Which records are kept: by protocol (`--proto`, when given), by
/// portid (`--portid`: sender or receiver), and nlctl's own traffic only
/// with `--own`.
struct Filter {
    proto: Option<u32>,
    portid: Option<u32>,
    own: bool,
    me: u32,
}

impl Filter {
    fn new(common: &Common, a: &CaptureArgs) -> Filter {
        Filter {
            proto: common.proto_explicit.then_some(common.proto.0),
            portid: common.portid,
            own: a.own,
            me: std::process::id(),
        }
    }

    fn keep(&self, r: &Record) -> bool {
        if self.proto.is_some_and(|p| u32::from(r.protocol) != p) {
            return false;
        }
        if !self.own && task_of(r) == Some(self.me) {
            return false;
        }
        if let Some(want) = self.portid {
            let (src, dst) = who(r);
            return src == Some(want) || dst == Some(want);
        }
        true
    }
}

/// The pid of the task that sent a captured datagram (eBPF records say it).
fn task_of(r: &Record) -> Option<u32> {
    r.comments
        .iter()
        .find_map(|c| c.strip_prefix("nlkit: pid ")?.trim().parse().ok())
}

/// Who talked to whom: the endpoints the capture recorded, or (nlmon) what
/// the direction and the messages' `nlmsg_pid` say (a request carries its
/// sender's portid when set, a kernel message its receiver's).
fn who(r: &Record) -> (Option<u32>, Option<u32>) {
    if let Some(e) = r.endpoints() {
        return (Some(e.src), Some(e.dst));
    }
    let pid = nlkit::wire::messages(&r.data)
        .next()
        .and_then(Result::ok)
        .map(|m| m.header.portid)
        .filter(|p| *p != 0);
    match record_dir(r) {
        Dir::ToKernel => (pid, Some(0)),
        Dir::ToUser => (Some(0), pid),
        _ => (None, None),
    }
}

/// `nlctl capture`.
pub fn capture(common: &Common, a: &CaptureArgs) -> CliResult<u8> {
    let mut ignored = Vec::new();
    if !common.groups.is_empty() {
        ignored.push("--group (a capture sees every group; filter with --proto/--portid)");
    }
    if common.pcap.is_some() {
        ignored.push("--pcap (capture writes its file with --write)");
    }
    if let Some(path) = &a.read {
        for (given, what) in [
            (a.via.is_some(), "--via"),
            (a.ifname.is_some(), "--ifname"),
            (a.count.is_some(), "--count"),
            (a.timeout.is_some(), "--timeout"),
        ] {
            if given {
                ignored.push(match what {
                    "--via" => "--via (only a live capture has a source)",
                    "--ifname" => "--ifname (only a live nlmon capture creates a device)",
                    "--count" => "--count (--read reads the whole file)",
                    _ => "--timeout (--read reads the whole file)",
                });
            }
        }
        refuse_ignored(&ignored)?;
        return read_file(common, a, path);
    }
    refuse_ignored(&ignored)?;
    let via = a.via.unwrap_or(CaptureVia::Auto);
    let ifname = a.ifname.as_deref().unwrap_or("nlctl-mon0");
    let Some(path) = &a.write else {
        return Err(CliError::usage(
            "capture needs --write FILE.pcapng to record, or --read FILE to decode a capture",
        ));
    };
    let _ = sys::install_stop_handler();
    // Before the capture starts, so these lookups are not in it.
    let names = genl_names();
    let mut newfamily = newfamily_messages();
    let mut source = match via {
        CaptureVia::Ebpf => Source::Ebpf(Box::new(EbpfCapture::open().map_err(|why| {
            CliError::new(
                exit::UNSUPPORTED,
                format!("the eBPF capture cannot run here: {why}"),
            )
        })?)),
        CaptureVia::Nlmon => Source::Nlmon(Nlmon::open(ifname)?),
        CaptureVia::Auto => match EbpfCapture::open() {
            Ok(c) => Source::Ebpf(Box::new(c)),
            Err(why) => {
                eprintln!("nlctl: no eBPF capture: {why}; falling back to nlmon ({NLMON_LIMITS})");
                Source::Nlmon(Nlmon::open(ifname)?)
            }
        },
    };
    let tap = Tap::create(path).map_err(|e| CliError::usage(format!("--write: {e}")))?;
    match &source {
        Source::Ebpf(_) => eprintln!(
            "nlctl: capturing on every netlink socket, every protocol and namespace \
             (eBPF kprobes on __netlink_sendskb and netlink_unicast) to {}",
            path.display()
        ),
        Source::Nlmon(n) => eprintln!(
            "nlctl: capturing on {} (ifindex {}) to {}",
            n.guard.name,
            n.index,
            path.display()
        ),
    }
    let mut p = crate::commands::printer_plain(common);
    p.genl_names = names;
    // Interface names now, so printing asks the kernel nothing while capturing.
    p.ifnames.preload();
    let filter = Filter::new(common, a);
    let deadline = a.timeout.map(|t| Instant::now() + t);
    let mut count = 0u64;
    let mut progress = Progress::new("packets");
    while a.count.map_or(true, |c| count < c) && !sys::stop_requested() {
        let wait = match deadline {
            Some(d) => match d.checked_duration_since(Instant::now()) {
                Some(left) if !left.is_zero() => left.min(Duration::from_millis(200)),
                _ => break,
            },
            None => Duration::from_millis(200),
        };
        let Some(rec) = source.next(wait)? else {
            continue;
        };
        if !filter.keep(&rec) {
            continue;
        }
        learn_name(&mut p, &rec);
        name_families(&tap, &rec, &mut newfamily);
        tap.record(rec.clone(), 0);
        count += 1;
        if !a.quiet {
            progress.finish();
            print_record(&p, &rec)?;
        }
        progress.update(count, "");
    }
    progress.finish();
    tap.flush()
        .map_err(|e| CliError::new(exit::FAILURE, format!("writing {}: {e}", path.display())))?;
    match &source {
        Source::Ebpf(c) => eprintln!(
            "nlctl: {count} packets written to {}; {} dropped (ring buffer full)",
            path.display(),
            c.drops()
        ),
        Source::Nlmon(_) => eprintln!("nlctl: {count} packets written to {}", path.display()),
    }
    drop(source);
    Ok(exit::OK)
}

/// An nlmon device and the `AF_PACKET` socket reading it; the device is
/// deleted when this is dropped.
struct Nlmon {
    sock: sys::PacketSocket,
    index: i32,
    buf: Vec<u8>,
    guard: LinkGuard,
}

impl Nlmon {
    fn open(ifname: &str) -> CliResult<Nlmon> {
        let mut rt = Client::open(Protocol::ROUTE)?;
        rt.set_timeout(Some(Duration::from_secs(5)))?;
        create_nlmon(&mut rt, ifname)?;
        let guard = LinkGuard {
            name: ifname.to_string(),
        };
        let index = link_index(&mut rt, ifname)?;
        set_up(&mut rt, index)?;
        let sock = sys::PacketSocket::open(index as u32).map_err(|e| {
            if e.raw_os_error() == Some(libc::EPERM) {
                CliError::new(
                    exit::PERMISSION,
                    "permission denied: opening an AF_PACKET socket needs CAP_NET_RAW; run as root",
                )
            } else {
                CliError::new(
                    exit::FAILURE,
                    format!("opening an AF_PACKET socket on {ifname}: {e}"),
                )
            }
        })?;
        Ok(Nlmon {
            sock,
            index,
            buf: vec![0u8; 256 * 1024],
            guard,
        })
    }

    fn next(&mut self, wait: Duration) -> CliResult<Option<Record>> {
        self.sock
            .set_timeout(wait)
            .map_err(|e| CliError::new(exit::FAILURE, format!("setting a timeout: {e}")))?;
        let pkt = match self.sock.recv(&mut self.buf) {
            Ok(p) => p,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::Interrupted
                ) =>
            {
                return Ok(None)
            }
            Err(e) => return Err(CliError::new(exit::FAILURE, format!("capturing: {e}"))),
        };
        Ok(Some(Record {
            time: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap_or_default(),
            pkttype: u16::from(pkt.pkttype),
            protocol: pkt.protocol,
            data: self.buf[..pkt.len].to_vec(),
            orig_len: pkt.orig_len as u32,
            comments: Vec::new(),
        }))
    }
}

/// Every family's `CTRL_CMD_NEWFAMILY` message, by id, read before the
/// capture starts: the file names families from these, so the tap never
/// has to ask the kernel (and the capture never records nlctl asking).
fn newfamily_messages() -> std::collections::HashMap<u16, Vec<u8>> {
    let mut out = std::collections::HashMap::new();
    let Ok(mut c) = Client::open(Protocol::GENERIC) else {
        return out;
    };
    let _ = c.set_timeout(Some(Duration::from_secs(2)));
    let Ok(req) = Request::genl(
        nlkit::families::genl::GENL_ID_CTRL,
        nlkit::families::genl::cmd::GETFAMILY,
        1,
        Flags::DUMP,
        |_| {},
    ) else {
        return out;
    };
    let _ = c.execute(&req, |m| {
        if let Ok(f) = Family::parse(&m) {
            out.insert(f.id, m.bytes().to_vec());
        }
        Ok(())
    });
    out
}

/// Writes, before `rec`, the prefetched `CTRL_CMD_NEWFAMILY` of each
/// generic family `rec` uses that the file has not named yet.
fn name_families(tap: &Tap, rec: &Record, pending: &mut std::collections::HashMap<u16, Vec<u8>>) {
    if rec.protocol != Protocol::GENERIC.0 as u16 {
        return;
    }
    for m in nlkit::wire::messages(&rec.data).flatten() {
        // nlctrl (16) names itself; only the families above it need naming.
        if m.header.ty <= nlkit::families::genl::GENL_ID_CTRL {
            continue;
        }
        if let Some(bytes) = pending.remove(&m.header.ty) {
            tap.record(
                Record {
                    time: rec.time,
                    pkttype: pcap::PACKET_USER,
                    protocol: rec.protocol,
                    orig_len: bytes.len() as u32,
                    data: bytes,
                    comments: vec![SYNTHESISED.to_string()],
                },
                0,
            );
        }
    }
}

fn genl_names() -> std::collections::HashMap<u16, String> {
    let mut c = match Client::open(Protocol::GENERIC) {
        Ok(c) => c,
        Err(_) => return Default::default(),
    };
    let _ = c.set_timeout(Some(Duration::from_secs(2)));
    c.genl_families()
        .map(|f| f.into_iter().map(|f| (f.id, f.name)).collect())
        .unwrap_or_default()
}

/// Learns generic family names from the `CTRL_CMD_NEWFAMILY` messages of
/// a record (real ones, and those the tap synthesised).
fn learn_name(p: &mut Printer, r: &Record) {
    if r.protocol != Protocol::GENERIC.0 as u16 {
        return;
    }
    for m in nlkit::wire::messages(&r.data).flatten() {
        if m.header.ty == nlkit::families::genl::GENL_ID_CTRL {
            if let Ok(f) = Family::parse(&m) {
                p.genl_names.insert(f.id, f.name);
            }
        }
    }
}

fn print_record(p: &Printer, r: &Record) -> CliResult<()> {
    let ends = r.endpoints();
    let (src, dst) = who(r);
    let meta = Meta {
        dir: record_dir(r),
        proto: u32::from(r.protocol),
        src,
        dst,
        group: ends
            .filter(|e| e.groups.is_power_of_two())
            .map(|e| e.groups.trailing_zeros() + 1),
        time: Some(r.time.as_secs_f64()),
        task: task_of(r),
    };
    p.datagram(&meta, &r.data)
        .map(|_| ())
        .map_err(crate::commands::io_err)
}

/// A record's direction: its packet type when that is `PACKET_KERNEL` or
/// `PACKET_USER`, else inferred by [`infer_dir`].
fn record_dir(r: &Record) -> Dir {
    match r.pkttype {
        pcap::PACKET_KERNEL => Dir::ToKernel,
        pcap::PACKET_USER => Dir::ToUser,
        _ => infer_dir(&r.data),
    }
}

/// The direction of a datagram whose packet type does not say it.
///
/// A real nlmon device hands every packet to `AF_PACKET` as
/// `PACKET_OUTGOING` (4): the kernel's `PACKET_KERNEL`/`PACKET_USER` mark is
/// overwritten on transmit. So it is inferred: the kernel never sets
/// `NLM_F_REQUEST` in what it sends, requests always carry it; a datagram
/// whose first message has it went to the kernel (or, rarely, to a peer).
fn infer_dir(data: &[u8]) -> Dir {
    match nlkit::wire::messages(data).next() {
        Some(Ok(m)) if m.header.flags.contains(Flags::REQUEST) => Dir::ToKernel,
        Some(Ok(_)) => Dir::ToUser,
        _ => Dir::Recv,
    }
}

/// `nlctl capture --read FILE`: pcapng or classic pcap. Records the tap
/// synthesised (family names) teach the printer names and are not shown.
fn read_file(common: &Common, a: &CaptureArgs, path: &Path) -> CliResult<u8> {
    let f = File::open(path).map_err(|e| {
        let mut err = CliError::new(
            exit::FAILURE,
            format!("--read {}: cannot open it: {e}", path.display()),
        );
        err.errno = e.raw_os_error();
        err
    })?;
    let mut r = pcap::Reader::new(BufReader::new(f))
        .map_err(|e| CliError::usage(format!("--read {}: {e}", path.display())))?;
    let mut p = crate::commands::printer_plain(common);
    p.batch = true;
    p.genl_names = genl_names();
    // The pids in a file are not this process's: --proto/--portid filter.
    let filter = Filter {
        me: 0,
        ..Filter::new(common, a)
    };
    loop {
        match r.next_record() {
            Ok(Some(rec)) => {
                learn_name(&mut p, &rec);
                if !rec.comments.iter().any(|c| c == SYNTHESISED) && filter.keep(&rec) {
                    print_record(&p, &rec)?;
                }
            }
            Ok(None) => {
                p.finish().map_err(crate::commands::io_err)?;
                return Ok(exit::OK);
            }
            Err(e) => {
                return Err(CliError::new(
                    exit::FAILURE,
                    format!("--read {}: {e}", path.display()),
                ))
            }
        }
    }
}

fn no_nlmon(e: Error, name: &str) -> CliError {
    match &e {
        Error::Kernel(k) if [libc::EOPNOTSUPP, libc::ENOENT, libc::EAFNOSUPPORT].contains(&k.errno) => {
            CliError {
                code: exit::UNSUPPORTED,
                message: format!(
                    "this kernel has no nlmon link type; load the nlmon module (modprobe nlmon) and try again \
                     (creating {name} failed: {})",
                    CliError::from_nlkit(e.clone_kernel()).message
                ),
                errno: Some(k.errno),
                attribute: None,
            }
        }
        Error::Kernel(k) if k.errno == libc::EEXIST => CliError {
            code: exit::USAGE,
            message: format!(
                "an interface named {name} already exists; pick another --ifname or delete it (ip link del {name})"
            ),
            errno: Some(k.errno),
            attribute: None,
        },
        _ => CliError::from_nlkit(e),
    }
}

/// Clone the kernel part of an error (the only variant we re-wrap).
trait CloneKernel {
    fn clone_kernel(&self) -> Error;
}

impl CloneKernel for Error {
    fn clone_kernel(&self) -> Error {
        match self {
            Error::Kernel(k) => Error::Kernel(k.clone()),
            other => Error::user(nlkit::error::chain(other).to_string()),
        }
    }
}

fn create_nlmon(rt: &mut Client, name: &str) -> CliResult<()> {
    let req = Request::message(msg::NEWLINK, Flags::CREATE | Flags::EXCL, &nlmon(name))?;
    rt.ack(&req).map(|_| ()).map_err(|e| no_nlmon(e, name))
}

/// `ip link add NAME type nlmon`, as a typed link.
fn nlmon(name: &str) -> Link {
    let mut l = Link::named(name);
    l.kind = Some("nlmon".into());
    l
}

fn link_index(rt: &mut Client, name: &str) -> CliResult<i32> {
    let req = Request::message(msg::GETLINK, Flags::EMPTY, &Link::named(name))?;
    let replies = rt.request(&req)?;
    let m = replies
        .first()
        .ok_or_else(|| CliError::new(exit::FAILURE, format!("no RTM_NEWLINK reply for {name}")))?;
    Ok(Link::parse(&m.as_message())?.index)
}

/// `ip link set dev INDEX up`, as a typed link.
fn up(index: i32) -> Link {
    let mut l = Link::with_index(index);
    l.flags = iff::UP;
    l.change = iff::UP;
    l
}

fn set_up(rt: &mut Client, index: i32) -> CliResult<()> {
    rt.ack(&Request::message(msg::NEWLINK, Flags::EMPTY, &up(index))?)?;
    Ok(())
}

/// `ip link del NAME`: a typed `RTM_DELLINK`, so the kernel's errors about
/// it name the attribute (the family header's length is known).
fn dellink(name: &str) -> nlkit::Result<Request> {
    Request::message(msg::DELLINK, Flags::EMPTY, &Link::named(name))
}

#[cfg(test)]
mod link_requests {
    use super::*;
    use nlkit::families::rtnl::{ifla, IfInfoMsg};
    use nlkit::wire::messages;

    #[test]
    fn dellink_knows_its_ifinfomsg_so_errors_name_the_attribute() {
        let r = dellink("nlmon7").unwrap();
        assert_eq!(r.fixed_len(), 16, "struct ifinfomsg");
        // The kernel's offset for IFLA_IFNAME is 32: 16 + 16.
        let path = nlkit::wire::attr_path_at(r.bytes(), r.fixed_len(), 32).unwrap();
        assert_eq!(path.as_slice(), [ifla::IFNAME]);
    }

    #[test]
    fn nlmon_and_up_are_the_links_ip_would_send() {
        let r = Request::message(msg::NEWLINK, Flags::CREATE, &nlmon("nlmon7")).unwrap();
        let m = messages(r.bytes()).next().unwrap().unwrap();
        let back = Link::parse(&m).unwrap();
        assert_eq!(
            (back.name.as_str(), back.kind.as_deref()),
            ("nlmon7", Some("nlmon"))
        );
        let r = Request::message(msg::NEWLINK, Flags::EMPTY, &up(5)).unwrap();
        let m = messages(r.bytes()).next().unwrap().unwrap();
        let h = IfInfoMsg::parse(m.payload).unwrap();
        assert_eq!(
            (h.index, h.flags, h.change),
            (5, 1, 1),
            "IFF_UP in flags and change"
        );
        assert_eq!(m.payload.len(), 16, "nothing but the header");
    }
}

/// Deletes the nlmon device when dropped (also on error paths).
struct LinkGuard {
    name: String,
}

impl Drop for LinkGuard {
    fn drop(&mut self) {
        let Ok(mut rt) = Client::open(Protocol::ROUTE) else {
            return;
        };
        let _ = rt.set_timeout(Some(Duration::from_secs(5)));
        let result = dellink(&self.name)
            .map_err(CliError::from)
            .and_then(|r| rt.ack(&r).map_err(CliError::from));
        if let Err(e) = result {
            eprintln!(
                "nlctl: could not delete {}: {e}; delete it with: ip link del {}",
                self.name, self.name
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nlkit::wire::MessageBuilder;

    fn msg(flags: Flags) -> Vec<u8> {
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, 16, flags);
        b.payload(b"x");
        b.finish().unwrap();
        buf
    }

    #[test]
    fn direction_from_packet_type_or_request_flag() {
        let rec = |pkttype, data| Record {
            pkttype,
            protocol: 16,
            data,
            ..Record::default()
        };
        // nlmon delivers PACKET_OUTGOING (4): inferred from NLM_F_REQUEST.
        assert_eq!(infer_dir(&msg(Flags::REQUEST | Flags::ACK)), Dir::ToKernel);
        assert_eq!(infer_dir(&msg(Flags::MULTI)), Dir::ToUser);
        assert_eq!(infer_dir(&[1, 2, 3]), Dir::Recv);
        assert_eq!(record_dir(&rec(4, msg(Flags::REQUEST))), Dir::ToKernel);
        assert_eq!(record_dir(&rec(4, msg(Flags::EMPTY))), Dir::ToUser);
        // An explicit PACKET_USER/PACKET_KERNEL wins.
        assert_eq!(
            record_dir(&rec(pcap::PACKET_USER, msg(Flags::REQUEST))),
            Dir::ToUser
        );
        assert_eq!(
            record_dir(&rec(pcap::PACKET_KERNEL, msg(Flags::EMPTY))),
            Dir::ToKernel
        );
    }
}
