//! The commands: each builds what the arguments describe with nlkit
//! (Socket, Client, Request), runs it, and hands every message to the
//! printer. Exit codes come from `error`.

use std::io::BufRead;
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use nlkit::client::Client;
use nlkit::families::genl::Family;
use nlkit::socket::{Addr, Protocol, RecvBuffer, Socket};
use nlkit::wire::{Flags, MessageBuilder};
use nlkit::Error;
use serde_json::json;

use crate::args::{Common, FamiliesArgs, ListenArgs, PayloadArgs, PeerArgs, RequestArgs, SendArgs};
use crate::error::{exit, CliError, CliResult};
use crate::names;
use crate::output::{printable, Dir, Meta, Printer};
use crate::payload;
use crate::progress::Progress;
use crate::sys;

/// How long a blocking receive waits before loops check for Ctrl-C.
const SLICE: Duration = Duration::from_millis(200);

/// Open a socket on `proto` bound to `portid` (0 = kernel chooses).
pub fn open_socket(proto: Protocol, portid: Option<u32>) -> CliResult<Socket> {
    let sock = Socket::open(proto)?;
    sock.bind(portid.unwrap_or(0), 0)?;
    Ok(sock)
}

/// An output error; a closed pipe (`| head`) ends the command quietly.
pub fn io_err(e: std::io::Error) -> CliError {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return CliError::new(exit::OK, "output closed");
    }
    CliError::new(exit::FAILURE, format!("writing output: {e}"))
}

fn io_nl(e: std::io::Error) -> Error {
    Error::Io {
        context: "writing output",
        source: e,
    }
}

/// A printer set up by the common flags (`--json`, `-p`, `--flat`,
/// `--brief`, `-t`), asking the kernel nothing.
pub fn printer_plain(common: &Common) -> Printer {
    let mut p = Printer::new(common.json);
    p.pretty = common.pretty;
    p.flat = common.flat;
    p.brief = common.brief;
    p.timestamp = common.timestamp;
    p
}

/// [`printer_plain`] that knows generic netlink family names when on `generic`.
pub fn printer(common: &Common) -> Printer {
    let mut p = printer_plain(common);
    if common.proto == Protocol::GENERIC {
        if let Ok(mut c) = Client::open(Protocol::GENERIC) {
            let _ = c.set_timeout(Some(Duration::from_secs(2)));
            if let Ok(fams) = c.genl_families() {
                for f in &fams {
                    crate::known::remember_genl(f.id, &f.name);
                }
                p.genl_names = fams.into_iter().map(|f| (f.id, f.name)).collect();
            }
        }
    }
    p
}

/// Build the message the payload arguments describe.
fn build_message(
    proto: u32,
    p: &PayloadArgs,
    default_type: Option<u16>,
    extra_flags: Flags,
    seq: u32,
    portid: u32,
) -> CliResult<(Vec<u8>, u16, usize)> {
    let ty = match (&p.ty, default_type) {
        (Some(t), _) => payload::parse_type(proto, t)?,
        (None, Some(t)) => t,
        (None, None) => {
            return Err(CliError::usage(
                "--type is required here (e.g. --type RTM_GETLINK, --type nlctrl, --type 16)",
            ))
        }
    };
    let mut flags = match &p.flags {
        Some(f) => payload::parse_flags(f)?,
        None => Flags::EMPTY,
    };
    flags.insert(extra_flags);
    let genl_spec = (proto == 16)
        .then(|| crate::known::genl_family_name(ty).and_then(crate::known::genl_spec))
        .flatten();
    let header = match &p.header {
        Some(h) => payload::parse_header_with(h, genl_spec)?,
        None if proto == 16 && ty >= nlkit::wire::msgtype::MIN_TYPE => {
            let ops = genl_spec.map_or_else(
                || "a number".to_string(),
                |s| {
                    s.operations
                        .list
                        .iter()
                        .filter(|o| o.do_.is_some() || o.dump.is_some())
                        .map(|o| o.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                },
            );
            return Err(CliError::usage(format!(
                "a generic netlink message needs its genlmsghdr: give --header genl:CMD (CMD: {ops})"
            )));
        }
        None => payload::default_header(proto, ty),
    };
    let raw: Vec<u8> = if let Some(t) = &p.text {
        let mut b = t.as_bytes().to_vec();
        b.push(0);
        b
    } else if let Some(t) = &p.text_nonul {
        t.as_bytes().to_vec()
    } else if let Some(h) = &p.hex {
        payload::parse_hex(h).map_err(|e| e.context("--hex"))?
    } else if let Some(f) = &p.file {
        std::fs::read(f)
            .map_err(|e| CliError::usage(format!("--file {}: cannot read it: {e}", f.display())))?
    } else {
        Vec::new()
    };
    let genl_cmd = (proto == 16).then(|| header.first().copied()).flatten();
    let table = names::attr_table(proto, ty, genl_cmd);
    refuse_ignored(proto, ty, header.len() + raw.len() + p.attrs.len())?;
    let specs = p
        .attrs
        .iter()
        .map(|a| payload::parse_attr(a, table))
        .collect::<CliResult<Vec<_>>>()?;
    let mut buf = Vec::new();
    let mut b = MessageBuilder::new(&mut buf, ty, flags)
        .seq(seq)
        .portid(portid);
    b.payload(&header);
    if !raw.is_empty() {
        b.payload(&raw);
    }
    payload::emit_attrs(&mut b, &specs);
    b.finish()
        .map_err(|e| CliError::usage(format!("cannot build the message: {e}")))?;
    Ok((buf, ty, header.len()))
}

/// `nlctl send`.
pub fn send(common: &Common, a: &SendArgs) -> CliResult<u8> {
    let to = match a.to_group {
        Some(g) if !(1..=32).contains(&g) => {
            return Err(CliError::usage(format!(
                "--to-group {g} is out of range: a message can be sent to groups 1..=32 only \
                 (sendto takes a 32-bit group mask; higher groups can be joined, not addressed)"
            )))
        }
        Some(g) => Addr::group(g)?,
        None => Addr::portid(a.to_portid.unwrap_or(0)),
    };
    let sock = open_socket(common.proto, common.portid)?;
    let own = sock.portid()?;
    let (bytes, _, _) = build_message(
        common.proto.0,
        &a.payload,
        Some(0),
        Flags::EMPTY,
        a.seq,
        own,
    )?;
    sock.send(&bytes, to)?;
    if !a.quiet {
        let meta = Meta {
            dir: Dir::Sent,
            proto: common.proto.0,
            src: Some(own),
            dst: Some(to.portid),
            group: a.to_group,
            time: None,
            task: None,
        };
        printer(common).datagram(&meta, &bytes).map_err(io_err)?;
    }
    Ok(exit::OK)
}

/// Refuses a message the kernel would drop without a word: rtnetlink
/// ignores requests shorter than `struct rtgenmsg` (1 byte of family
/// header), so a dump would wait for nothing and a request would get a
/// bare ACK for work never done. (`payload_len` counts what follows the
/// netlink header.)
fn refuse_ignored(proto: u32, ty: u16, payload_len: usize) -> CliResult<()> {
    if proto == 0 && ty >= nlkit::wire::msgtype::MIN_TYPE && payload_len == 0 {
        let name = names::msg_info(proto, ty, None)
            .name
            .map_or_else(|| ty.to_string(), str::to_string);
        return Err(CliError::usage(format!(
            "{name} without a family header would be ignored: rtnetlink drops messages shorter than \
             struct rtgenmsg (1 byte) without answering; give --header (e.g. --header rtgenmsg:inet, \
             --header ndmsg){}",
            if payload::default_header(proto, ty).is_empty() {
                ""
            } else {
                ", or leave --header out to get the type's zeroed header"
            }
        )));
    }
    Ok(())
}

/// Name the attributes of a kernel error's attribute path.
fn kernel_error(e: Error, proto: u32, ty: u16, genl_cmd: Option<u8>) -> CliError {
    let (path, missing) = match &e {
        Error::Kernel(k) => (k.attr_path.clone(), k.missing_type),
        _ => (Vec::new(), None),
    };
    let mut err = CliError::from_nlkit(e);
    let top = names::attr_table(proto, ty, genl_cmd);
    let mut attribute = serde_json::Map::new();
    if !path.is_empty() {
        let mut table = top;
        let mut parts = Vec::new();
        for t in &path {
            match table.by_type(*t) {
                Some((name, child)) => {
                    parts.push(name);
                    table = child;
                }
                None => {
                    parts.push(t.to_string());
                    table = names::Table::EMPTY;
                }
            }
        }
        // The library's text says "(at attribute type 18/1)"; say it by name.
        let numbers: Vec<String> = path.iter().map(u16::to_string).collect();
        let by_number = format!(" (at attribute type {})", numbers.join("/"));
        let by_name = format!(" (at attribute {})", parts.join(" / "));
        if err.message.contains(&by_number) {
            err.message = err.message.replace(&by_number, &by_name);
        } else {
            err.message.push_str(&by_name);
        }
        attribute.insert("path".into(), json!(path));
        attribute.insert("names".into(), json!(parts));
    }
    if let Some(t) = missing {
        let name = top.by_type(t).map(|(n, _)| n);
        if let Some(n) = &name {
            err.message = err.message.replace(
                &format!("(missing attribute type {t})"),
                &format!("(missing attribute {n})"),
            );
        }
        attribute.insert("missing".into(), json!({"type": t, "name": name}));
    }
    if !attribute.is_empty() {
        err.attribute = Some(serde_json::Value::Object(attribute));
    }
    err
}

/// `nlctl request` (dump = false) and `nlctl dump` (dump = true).
pub fn request(common: &Common, a: &RequestArgs, dump: bool) -> CliResult<u8> {
    let sock = open_socket(common.proto, common.portid)?;
    let own = sock.portid()?;
    let extra = if dump {
        Flags::REQUEST | Flags::DUMP
    } else {
        Flags::REQUEST | Flags::ACK
    };
    let (bytes, ty, fixed) = build_message(common.proto.0, &a.payload, None, extra, 0, own)?;
    let req_cmd = bytes.get(16).copied();
    for g in resolve_groups(common)? {
        sock.add_membership(g)?;
    }
    let mut client = Client::new(sock)?;
    client.set_timeout(Some(a.timeout.max(Duration::from_millis(1))))?;
    let req = nlkit::client::Request::from_bytes(bytes)?.with_fixed_len(fixed);
    let mut p = printer(common);
    p.batch = true;
    let peer = a.to_portid.unwrap_or(0);
    let meta = Meta {
        dir: Dir::Recv,
        proto: common.proto.0,
        src: Some(peer),
        dst: Some(own),
        group: None,
        time: None,
        task: None,
    };
    let mut progress = Progress::new("messages");
    let mut n = 0u64;
    let result = client.execute_to(peer, &req, &mut |m| {
        n += 1;
        progress.update(n, "");
        p.message(&meta, &m).map_err(io_nl)
    });
    progress.finish();
    let genl_cmd = (common.proto.0 == 16).then_some(req_cmd).flatten();
    let c = result.map_err(|e| kernel_error(e, common.proto.0, ty, genl_cmd))?;
    if let Some(w) = &c.warning {
        p.info("warning", &format!("kernel warning: {w}"));
    }
    if c.interrupted {
        // The data is out; that it may be inconsistent is data too.
        p.note(
            "interrupted",
            &format!(
                "dump interrupted (NLM_F_DUMP_INTR) after {} messages: the kernel's data changed \
                 during the dump, so the output may be inconsistent; run it again",
                c.messages
            ),
        )
        .map_err(io_err)?;
        p.finish().map_err(io_err)?;
        return Err(CliError::new(
            exit::DUMP_INTERRUPTED,
            format!(
                "dump interrupted (NLM_F_DUMP_INTR) after {} messages; run it again",
                c.messages
            ),
        ));
    }
    p.finish().map_err(io_err)?;
    let n = c.messages;
    let what = match (dump, n) {
        (true, 1) => "dump done: 1 message".to_string(),
        (true, _) => format!("dump done: {n} messages"),
        (false, 0) => "acknowledged".to_string(),
        (false, 1) => "acknowledged, 1 reply".to_string(),
        (false, _) => format!("acknowledged, {n} replies"),
    };
    p.info("done", &what);
    Ok(exit::OK)
}

/// Turn `--group` values into group numbers: numbers as they are,
/// `FAMILY:GROUP` resolved on generic netlink.
fn resolve_groups(common: &Common) -> CliResult<Vec<u32>> {
    let mut out = Vec::new();
    let list: Vec<String> = common
        .groups
        .iter()
        .flat_map(|g| {
            g.split(',')
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(str::to_string)
        })
        .collect();
    for g in &list {
        if let Some(v) = payload::parse_u64(g) {
            let v = u32::try_from(v)
                .map_err(|_| CliError::usage(format!("--group {g}: a group is a 32-bit number")))?;
            if v == 0 {
                return Err(CliError::usage(
                    "--group 0: multicast groups are numbered from 1".to_string(),
                ));
            }
            out.push(v);
            continue;
        }
        if common.proto == Protocol::ROUTE {
            match crate::known::route_group(g) {
                Some(v) => {
                    out.push(v);
                    continue;
                }
                None => {
                    let names: Vec<String> = crate::known::route_groups()
                        .iter()
                        .map(|(n, _)| crate::known::group_alias(n).to_string())
                        .collect();
                    return Err(CliError::usage(format!(
                        "--group {g:?}: no rtnetlink group of that name; the specs name: {}",
                        names.join(", ")
                    )));
                }
            }
        }
        let Some((fam, grp)) = g.split_once(':') else {
            return Err(CliError::usage(format!(
                "--group {g:?}: give a group number, an rtnetlink group name on route (link, \
                 ipv4-route, ...), or FAMILY:GROUP with --proto generic (e.g. nlctrl:notify)"
            )));
        };
        if common.proto != Protocol::GENERIC {
            return Err(CliError::usage(format!(
                "--group {g:?}: FAMILY:GROUP names only exist on generic netlink; add --proto generic"
            )));
        }
        let mut c = Client::open(Protocol::GENERIC)?;
        c.set_timeout(Some(Duration::from_secs(5)))?;
        let f = c.genl_family(fam).map_err(|e| family_error(e, fam))?;
        let id = f.group(grp).ok_or_else(|| {
            CliError::usage(format!(
                "--group {g:?}: family {fam} has no multicast group {grp:?}; it has: {}",
                f.groups
                    .iter()
                    .map(|x| x.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })?;
        out.push(id);
    }
    Ok(out)
}

fn family_error(e: Error, name: &str) -> CliError {
    match &e {
        Error::Kernel(k) if k.errno == libc::ENOENT => CliError::new(
            exit::KERNEL,
            format!(
                "no generic netlink family named {name:?} (ENOENT); `nlctl families` lists them \
                 (a family appears when its module is loaded)"
            ),
        ),
        _ => CliError::from_nlkit(e),
    }
}

/// Remaining time until `deadline`, or `SLICE` without one; `None` when past.
fn slice_until(deadline: Option<Instant>) -> Option<Duration> {
    match deadline {
        None => Some(SLICE),
        Some(d) => {
            let left = d.checked_duration_since(Instant::now())?;
            if left.is_zero() {
                return None;
            }
            Some(left.min(SLICE).max(Duration::from_millis(1)))
        }
    }
}

/// `nlctl listen`.
pub fn listen(common: &Common, a: &ListenArgs) -> CliResult<u8> {
    let mut groups = resolve_groups(common)?;
    if a.all {
        for g in all_groups(common)? {
            if !groups.contains(&g) {
                groups.push(g);
            }
        }
    }
    let sock = open_socket(common.proto, common.portid)?;
    sock.set_pktinfo(true)?;
    for &g in &groups {
        sock.add_membership(g)?;
    }
    let own = sock.portid()?;
    let p = printer(common);
    // Read the specs that name the subscribe types now, so --timeout
    // measures the kernel's answer, not nlctl reading YAML.
    for t in &a.subscribe_types {
        if let Ok(ty) = payload::parse_type(common.proto.0, t) {
            let _ = names::msg_info(common.proto.0, ty, None);
        }
    }
    let deadline = a.timeout.map(|t| Instant::now() + t);
    let mut buf = RecvBuffer::new();
    let mut count = 0u64;
    for (i, t) in a.subscribe_types.iter().enumerate() {
        let seq = u32::try_from(i + 1).unwrap_or(u32::MAX);
        count += subscribe(common, &sock, own, t, seq, &p, deadline, &mut buf)?;
    }
    p.info(
        "listening",
        &format!(
            "listening on {} portid {own}{}",
            common.proto,
            if groups.is_empty() {
                String::new()
            } else {
                format!(
                    ", groups {}",
                    groups
                        .iter()
                        .map(u32::to_string)
                        .collect::<Vec<_>>()
                        .join(",")
                )
            }
        ),
    );
    let _ = sys::install_stop_handler();
    let mut overruns = 0u64;
    let mut progress = Progress::new("messages");
    while a.count.map_or(true, |c| count < c) && !sys::stop_requested() {
        let Some(wait) = slice_until(deadline) else {
            break;
        };
        sock.set_read_timeout(Some(wait))?;
        match sock.recv(&mut buf) {
            Ok(d) => {
                let group = d.group.filter(|g| *g != 0).or_else(|| {
                    (d.sender.groups != 0).then(|| d.sender.groups.trailing_zeros() + 1)
                });
                let meta = Meta {
                    dir: Dir::Recv,
                    proto: common.proto.0,
                    src: Some(d.sender.portid),
                    dst: Some(own),
                    group,
                    time: None,
                    task: None,
                };
                progress.finish();
                count += p.datagram(&meta, d.bytes).map_err(io_err)? as u64;
            }
            Err(Error::Overrun) => {
                overruns += 1;
                progress.finish();
                p.note(
                    "overrun",
                    "overrun: the receive queue was full and the kernel dropped messages (ENOBUFS); listening continues",
                )
                .map_err(io_err)?;
            }
            Err(Error::Truncated { len, capacity }) => {
                buf.reserve(len);
                p.note(
                    "truncated",
                    &format!("a datagram of {len} bytes did not fit the {capacity}-byte buffer and was lost; buffer enlarged"),
                )
                .map_err(io_err)?;
            }
            Err(Error::Timeout(_) | Error::WouldBlock) => {}
            Err(e) => return Err(e.into()),
        }
        progress.update(
            count,
            &if overruns > 0 {
                format!(", {overruns} overruns")
            } else {
                String::new()
            },
        );
    }
    progress.finish();
    p.finish().map_err(io_err)?;
    if let Some(c) = a.count {
        if count < c && !sys::stop_requested() {
            return Err(CliError::new(
                exit::TIMEOUT,
                format!("received {count} of {c} messages before the timeout"),
            ));
        }
    }
    Ok(exit::OK)
}

/// Every group `listen --all` joins: on route all the specs' `rtnlgrp-*`
/// groups (what `ip monitor all` watches), on generic every family's.
fn all_groups(common: &Common) -> CliResult<Vec<u32>> {
    match common.proto {
        Protocol::ROUTE => {
            let g: Vec<u32> = crate::known::route_groups()
                .into_iter()
                .map(|(_, v)| v)
                .collect();
            if g.is_empty() {
                return Err(CliError::usage(
                    "listen --all: no rtnetlink spec names a group here (the specs are missing)",
                ));
            }
            Ok(g)
        }
        Protocol::GENERIC => {
            let mut c = Client::open(Protocol::GENERIC)?;
            c.set_timeout(Some(Duration::from_secs(5)))?;
            Ok(c.genl_families()?
                .iter()
                .flat_map(|f| f.groups.iter().map(|g| g.id))
                .collect())
        }
        other => Err(CliError::usage(format!(
            "listen --all: protocol {other} has no list of groups; give --group N"
        ))),
    }
}

/// How long `listen --subscribe-type` waits for the ACK (or less, to `--timeout`).
const SUBSCRIBE_WAIT: Duration = Duration::from_secs(5);

/// `listen --subscribe-type TYPE`: send a `REQUEST|ACK` message of type `ty`
/// (sequence `seq`, no payload) to the kernel from the listening socket and
/// wait for its `NLMSG_ERROR`; a kernel error ends the command. Messages
/// that arrive meanwhile (a push may beat the ACK) are printed; returns how
/// many.
#[allow(clippy::too_many_arguments)]
fn subscribe(
    common: &Common,
    sock: &Socket,
    own: u32,
    ty: &str,
    seq: u32,
    p: &Printer,
    deadline: Option<Instant>,
    buf: &mut RecvBuffer,
) -> CliResult<u64> {
    let proto = common.proto.0;
    let t = payload::parse_type(proto, ty).map_err(|e| e.context("--subscribe-type"))?;
    let mut bytes = Vec::new();
    let b = MessageBuilder::new(&mut bytes, t, Flags::REQUEST | Flags::ACK)
        .seq(seq)
        .portid(own);
    b.finish()
        .map_err(|e| CliError::usage(format!("cannot build the message: {e}")))?;
    sock.send(&bytes, Addr::KERNEL)?;
    let end = Instant::now() + SUBSCRIBE_WAIT;
    let end = deadline.map_or(end, |d| d.min(end));
    let type_name = names::msg_info(proto, t, None)
        .name
        .map_or_else(|| t.to_string(), str::to_string);
    let mut printed = 0u64;
    loop {
        let Some(wait) = slice_until(Some(end)) else {
            return Err(CliError::new(
                exit::TIMEOUT,
                format!(
                    "no answer to the --subscribe-type {type_name} request within {:.1}s",
                    SUBSCRIBE_WAIT
                        .min(end.saturating_duration_since(Instant::now()))
                        .as_secs_f64()
                ),
            ));
        };
        sock.set_read_timeout(Some(wait))?;
        let d = match sock.recv(buf) {
            Ok(d) => d,
            Err(Error::Timeout(_) | Error::WouldBlock) => continue,
            Err(Error::Overrun) => {
                p.note("overrun", "overrun: the receive queue was full and the kernel dropped messages (ENOBUFS); listening continues")
                    .map_err(io_err)?;
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        let meta = Meta {
            dir: Dir::Recv,
            proto,
            src: Some(d.sender.portid),
            dst: Some(own),
            group: d.group.filter(|g| *g != 0),
            time: None,
            task: None,
        };
        let mut answered = None;
        for m in nlkit::wire::messages(d.bytes) {
            let m = m?;
            if d.sender.portid == 0 && m.header.ty == nlkit::wire::msgtype::ERROR {
                let e = nlkit::wire::ErrorMessage::parse(&m)?;
                if e.request.seq == seq && e.request.ty == t {
                    let mut k = nlkit::error::KernelError::from_message(&e);
                    k.seq = seq;
                    answered = Some(k);
                    continue;
                }
            }
            p.message(&meta, &m).map_err(io_err)?;
            // A data reply to the request itself (nlkit-mod's SUBSCRIBE
            // answers with its COOKIE) is shown but is not one of the
            // messages `--count` waits for.
            if !(d.sender.portid == 0 && m.header.seq == seq) {
                printed += 1;
            }
        }
        match answered {
            Some(k) if k.errno == 0 => {
                eprintln!("nlctl: {type_name} acknowledged");
                return Ok(printed);
            }
            Some(k) => {
                let mut e = CliError::from_nlkit(Error::from(k));
                e.message = format!("--subscribe-type {type_name}: {}", e.message);
                return Err(e);
            }
            None => {}
        }
    }
}

/// `nlctl peer`.
pub fn peer(common: &Common, a: &PeerArgs) -> CliResult<u8> {
    let groups = resolve_groups(common)?;
    let sock = Arc::new(open_socket(common.proto, common.portid)?);
    for &g in &groups {
        sock.add_membership(g)?;
    }
    let own = sock.portid()?;
    let ty = payload::parse_type(common.proto.0, &a.ty)?;
    eprintln!("nlctl: peer on {} portid {own}", common.proto);
    let _ = sys::install_stop_handler();
    // The sender thread reports each failure, and `None` at end of input.
    let (tx, rx) = mpsc::channel::<Option<CliError>>();
    if let Some(to) = a.to_portid {
        let s = Arc::clone(&sock);
        let nonul = a.nonul;
        std::thread::spawn(move || {
            let stdin = std::io::stdin();
            let mut seq = 0u32;
            for line in stdin.lock().lines() {
                let line = match line {
                    Ok(l) => l,
                    Err(e) => {
                        let _ = tx.send(Some(CliError::usage(format!("reading stdin: {e}"))));
                        return;
                    }
                };
                seq = seq.wrapping_add(1);
                let mut buf = Vec::new();
                let mut b = MessageBuilder::new(&mut buf, ty, Flags::EMPTY)
                    .seq(seq)
                    .portid(own);
                let mut bytes = line.into_bytes();
                if !nonul {
                    bytes.push(0);
                }
                b.payload(&bytes);
                let sent = b
                    .finish()
                    .map_err(|e| CliError::usage(format!("line too long for one message: {e}")))
                    .and_then(|_| s.send(&buf, Addr::portid(to)).map_err(CliError::from));
                if let Err(e) = sent {
                    let _ = tx.send(Some(e));
                    return;
                }
            }
            let _ = tx.send(None);
        });
    }
    let p = printer(common);
    let deadline = a.timeout.map(|t| Instant::now() + t);
    let mut buf = RecvBuffer::new();
    let mut count = 0u64;
    let mut input_done = a.to_portid.is_none();
    loop {
        match rx.try_recv() {
            Ok(Some(e)) => return Err(e),
            Ok(None) => input_done = true,
            Err(_) => {}
        }
        // Stop once enough arrived and every input line went out, or when
        // a pure sender (no --count, no --timeout) reaches end of input.
        let enough = a.count.is_some_and(|c| count >= c);
        let sender_only = a.to_portid.is_some() && a.count.is_none() && a.timeout.is_none();
        if (enough || sender_only) && input_done || sys::stop_requested() {
            break;
        }
        let Some(wait) = slice_until(deadline) else {
            break;
        };
        sock.set_read_timeout(Some(wait))?;
        match sock.recv(&mut buf) {
            Ok(d) => {
                for m in nlkit::wire::messages(d.bytes) {
                    let m = m?;
                    count += 1;
                    if common.json {
                        let meta = Meta {
                            dir: Dir::Recv,
                            proto: common.proto.0,
                            src: Some(d.sender.portid),
                            dst: Some(own),
                            group: d.group,
                            time: None,
                            task: None,
                        };
                        p.message(&meta, &m).map_err(io_err)?;
                    } else {
                        print_line(m.payload).map_err(io_err)?;
                    }
                }
            }
            Err(Error::Overrun) => {
                eprintln!(
                    "nlctl: overrun: the kernel dropped messages (receive queue full); continuing"
                )
            }
            Err(Error::Timeout(_) | Error::WouldBlock) => {}
            Err(e) => return Err(e.into()),
        }
    }
    if let Some(c) = a.count {
        if count < c && !sys::stop_requested() {
            return Err(CliError::new(
                exit::TIMEOUT,
                format!("received {count} of {c} messages before the timeout"),
            ));
        }
    }
    Ok(exit::OK)
}

/// A received payload as one line: its text (trailing NULs removed, line
/// breaks escaped), or `hex:` and its bytes.
fn print_line(payload: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match printable(payload) {
        Some(t) => writeln!(out, "{}", t.replace('\\', "\\\\").replace('\n', "\\n"))?,
        None if payload.is_empty() => writeln!(out)?,
        None => writeln!(out, "hex:{}", crate::output::hex(payload))?,
    }
    out.flush()
}

/// `nlctl families`.
pub fn families(common: &Common, a: &FamiliesArgs) -> CliResult<u8> {
    if common.proto_explicit && common.proto != Protocol::GENERIC {
        return Err(CliError::usage(format!(
            "families lists generic netlink families (protocol 16); --proto {} does not apply: leave it out",
            common.proto
        )));
    }
    for (given, what) in [
        (common.portid.is_some(), "--portid"),
        (!common.groups.is_empty(), "--group"),
        (common.flat, "--flat"),
        (common.brief, "--brief"),
    ] {
        if given {
            return Err(CliError::usage(format!(
                "families: {what} does not apply (it lists families, not messages); leave it out"
            )));
        }
    }
    let mut c = Client::open(Protocol::GENERIC)?;
    c.set_timeout(Some(Duration::from_secs(5)))?;
    let mut fams: Vec<Family> = match &a.name {
        Some(n) if n.len() >= 16 => {
            return Err(CliError::usage(format!(
                "{n:?} is {} bytes: generic netlink family names are at most 15 (GENL_NAMSIZ 16 with its NUL)",
                n.len()
            )))
        }
        Some(n) => vec![c.genl_family(n).map_err(|e| family_error(e, n))?],
        None => c.genl_families()?,
    };
    fams.sort_by_key(|f| f.id);
    let mut out = std::io::stdout().lock();
    for f in &fams {
        print_family(&mut out, f, common.json).map_err(io_err)?;
    }
    Ok(exit::OK)
}

fn print_family(out: &mut impl std::io::Write, f: &Family, json: bool) -> std::io::Result<()> {
    let op_name = |id: u32| {
        (f.id == nlkit::families::genl::GENL_ID_CTRL)
            .then(|| u8::try_from(id).ok().and_then(names::ctrl_cmd_name))
            .flatten()
    };
    if json {
        let v = json!({
            "name": f.name, "id": f.id, "version": f.version, "hdrsize": f.hdrsize,
            "maxattr": f.maxattr,
            "ops": f.ops.iter().map(|o| json!({
                "id": o.id, "name": op_name(o.id), "flags": o.flags,
                "flag_names": names::bit_names(names::GENL_OP_FLAGS, o.flags),
            })).collect::<Vec<_>>(),
            "groups": f.groups.iter().map(|g| json!({"name": g.name, "id": g.id})).collect::<Vec<_>>(),
        });
        return writeln!(out, "{v}");
    }
    writeln!(
        out,
        "{} id={:#x}({}) version={} hdrsize={} maxattr={}",
        f.name, f.id, f.id, f.version, f.hdrsize, f.maxattr
    )?;
    for o in &f.ops {
        let name = match op_name(o.id) {
            Some(n) => format!("{n}({})", o.id),
            None => o.id.to_string(),
        };
        writeln!(
            out,
            "  op {name} flags={}",
            names::bit_names(names::GENL_OP_FLAGS, o.flags).join(",")
        )?;
    }
    for g in &f.groups {
        writeln!(out, "  group {} id={}", g.name, g.id)?;
    }
    writeln!(out)
}
