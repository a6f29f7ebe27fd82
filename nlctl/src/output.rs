//! The message printer shared by every command: a message is decoded once
//! into a JSON value (field names documented in docs/cli.md), then printed
//! either as one JSON object per line (`--json`) or as a human block.
//!
//! Decoding never fails: what cannot be decoded is shown as hex with a note.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{self, Write};

use nlkit::wire::{attrs, msgtype, DoneMessage, ErrorMessage, ExtAck, Flags, Message};
use serde_json::{json, Map, Value};

use crate::enrich::IfNames;
use crate::names::{self, AttrDef, Fixed, Kind, Layout};

/// Which way a message went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    /// Sent by nlctl.
    Sent,
    /// Received by nlctl.
    Recv,
    /// Captured on its way to the kernel (nlmon, `PACKET_KERNEL`).
    ToKernel,
    /// Captured on its way to a user socket (nlmon, `PACKET_USER`).
    ToUser,
}

impl Dir {
    fn as_str(self) -> &'static str {
        match self {
            Dir::Sent => "sent",
            Dir::Recv => "recv",
            Dir::ToKernel => "to-kernel",
            Dir::ToUser => "to-user",
        }
    }
}

/// Where a message went: direction, protocol, portids, group, time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Meta {
    /// Direction.
    pub dir: Dir,
    /// Netlink protocol number.
    pub proto: u32,
    /// Sender portid (0 = kernel), when known.
    pub src: Option<u32>,
    /// Destination portid (0 = kernel), when known.
    pub dst: Option<u32>,
    /// Multicast group, when it was a multicast.
    pub group: Option<u32>,
    /// Capture time (seconds since the epoch), for pcap records.
    pub time: Option<f64>,
    /// The process that was running when a captured datagram was sent
    /// (eBPF capture: the task's pid).
    pub task: Option<u32>,
}

/// Prints messages and notes to stdout, human or JSON.
#[derive(Debug)]
pub struct Printer {
    /// One JSON object per line instead of human blocks.
    pub json: bool,
    /// With `json`: one pretty array at [`Printer::finish`] (`ip -j -p`).
    pub pretty: bool,
    /// With `json`: `ip -j`'s flat objects (see `flat`).
    pub flat: bool,
    /// One line per message.
    pub brief: bool,
    /// Stamp each message with the time it was printed.
    pub timestamp: bool,
    /// Keep output in a buffer until [`Printer::finish`] or it fills (dumps);
    /// otherwise every message is flushed at once (listen, peer).
    pub batch: bool,
    /// Names of generic netlink families by id, to name their messages.
    pub genl_names: HashMap<u16, String>,
    /// Interface names, for indexes in rtnetlink messages.
    pub ifnames: IfNames,
    out: RefCell<io::BufWriter<io::Stdout>>,
    pending: RefCell<Vec<Value>>,
}

impl Default for Printer {
    fn default() -> Printer {
        Printer::new(false)
    }
}

impl Printer {
    /// A printer; `json` selects the output format.
    pub fn new(json: bool) -> Printer {
        Printer {
            json,
            pretty: false,
            flat: false,
            brief: false,
            timestamp: false,
            batch: false,
            genl_names: HashMap::new(),
            ifnames: IfNames::default(),
            out: RefCell::new(io::BufWriter::with_capacity(1 << 16, io::stdout())),
            pending: RefCell::new(Vec::new()),
        }
    }

    /// Print one message.
    pub fn message(&self, meta: &Meta, msg: &Message<'_>) -> io::Result<()> {
        let stamped;
        let meta = if self.timestamp && meta.time.is_none() {
            stamped = Meta {
                time: Some(now()),
                task: None,
                ..*meta
            };
            &stamped
        } else {
            meta
        };
        if self.flat && self.json && meta.proto == 0 {
            if let Some(text) = crate::flat::ip_object(msg, &self.ifnames) {
                if meta.time.is_none() && !self.pretty {
                    let mut out = self.out.borrow_mut();
                    out.write_all(text.as_bytes())?;
                    out.write_all(b"\n")?;
                    if !self.batch {
                        out.flush()?;
                    }
                    return Ok(());
                }
                let mut v: Value = serde_json::from_str(&text).map_err(io::Error::other)?;
                if let (Some(t), Value::Object(o)) = (meta.time, &mut v) {
                    o.insert("time".into(), json!(t));
                }
                return self.emit(&v);
            }
        }
        let mut v = self.decode(meta, msg);
        if self.flat {
            v = crate::flat::flatten(v);
        }
        self.emit(&v)
    }

    fn emit(&self, v: &Value) -> io::Result<()> {
        if self.json && self.pretty {
            self.pending.borrow_mut().push(v.clone());
            return Ok(());
        }
        let mut out = self.out.borrow_mut();
        if self.json {
            serde_json::to_writer(&mut *out, v)?;
            out.write_all(b"\n")?;
        } else if self.brief {
            write_brief(&mut *out, v)?;
        } else {
            write_human(&mut *out, v)?;
        }
        if !self.batch {
            out.flush()?;
        }
        Ok(())
    }

    /// Writes what is buffered (the pretty array, batched output).
    pub fn finish(&self) -> io::Result<()> {
        let mut out = self.out.borrow_mut();
        if self.json && self.pretty {
            let all = std::mem::take(&mut *self.pending.borrow_mut());
            serde_json::to_writer_pretty(&mut *out, &all)?;
            out.write_all(b"\n")?;
        }
        out.flush()
    }

    /// Print every message of a datagram; a malformed tail is reported.
    pub fn datagram(&self, meta: &Meta, bytes: &[u8]) -> io::Result<usize> {
        let mut n = 0;
        for m in nlkit::wire::messages(bytes) {
            match m {
                Ok(m) => {
                    self.message(meta, &m)?;
                    n += 1;
                }
                Err(e) => {
                    self.note("malformed", &format!("malformed datagram: {e}"))?;
                    break;
                }
            }
        }
        Ok(n)
    }

    /// Print a note that carries data (an overrun, an interrupted dump, a
    /// malformed datagram), in-band: human as `# text`, JSON as `{"note":
    /// kind, "text": ...}`.
    pub fn note(&self, kind: &str, text: &str) -> io::Result<()> {
        if self.json {
            let mut v = json!({"note": kind, "text": text});
            if self.timestamp {
                v["time"] = json!(now());
            }
            return self.emit(&v);
        }
        let mut out = self.out.borrow_mut();
        writeln!(out, "# {text}")?;
        out.flush()
    }

    /// Print an informational note (listening on ..., dump done) on stderr:
    /// `nlctl: text`, or in JSON mode `{"note": kind, "text": ...}`; stdout
    /// keeps only data.
    pub fn info(&self, kind: &str, text: &str) {
        if self.json {
            eprintln!("{}", json!({"note": kind, "text": text}));
        } else {
            eprintln!("nlctl: {text}");
        }
    }

    /// Decode a message into the documented JSON shape.
    pub fn decode(&self, meta: &Meta, msg: &Message<'_>) -> Value {
        let h = msg.header;
        let genl_cmd = if meta.proto == 16 && h.ty >= msgtype::MIN_TYPE {
            msg.payload.first().copied()
        } else {
            None
        };
        let mut info = names::msg_info(meta.proto, h.ty, genl_cmd);
        // Between two user sockets (mode 5) the module is not involved: its
        // types and attributes say nothing about a peer's message.
        let user_to_user = matches!((meta.src, meta.dst), (Some(s), Some(d)) if s != 0 && d != 0);
        if user_to_user && names::NLMOD_PROTOCOLS.contains(&meta.proto) && h.ty >= msgtype::MIN_TYPE
        {
            info = names::MsgInfo {
                name: None,
                layout: Layout::Raw,
                ctx: nlkit::wire::FlagContext::Unknown,
            };
        }
        let type_name = info.name.map(str::to_owned).or_else(|| {
            (meta.proto == 16)
                .then(|| self.genl_names.get(&h.ty).cloned())
                .flatten()
        });
        let mut v = Map::new();
        v.insert("dir".into(), json!(meta.dir.as_str()));
        if let Some(t) = meta.time {
            v.insert("time".into(), json!(t));
        }
        v.insert("proto".into(), json!(meta.proto));
        v.insert(
            "proto_name".into(),
            json!(nlkit::socket::Protocol(meta.proto).name()),
        );
        if let Some(pid) = meta.task {
            v.insert(
                "process".into(),
                json!({"pid": pid, "comm": process_name(pid)}),
            );
        }
        v.insert("src_portid".into(), json!(meta.src));
        v.insert("dst_portid".into(), json!(meta.dst));
        v.insert("group".into(), json!(meta.group));
        if let Some(g) = meta.group.filter(|_| meta.proto == 0) {
            v.insert(
                "group_name".into(),
                json!(crate::known::route_group_name(g)),
            );
        }
        v.insert("len".into(), json!(h.len));
        v.insert("type".into(), json!(h.ty));
        v.insert("type_name".into(), json!(type_name));
        v.insert("flags".into(), json!(h.flags.bits()));
        v.insert(
            "flag_names".into(),
            json!(h.flags.names(info.ctx).collect::<Vec<_>>()),
        );
        v.insert("seq".into(), json!(h.seq));
        v.insert("pid".into(), json!(h.portid));
        match h.ty {
            msgtype::ERROR => match ErrorMessage::parse(msg) {
                Ok(e) => {
                    let mut ev = json!({
                        "errno": e.errno,
                        "errno_name": names::errno_name(e.errno),
                        "request": {
                            "len": e.request.len, "type": e.request.ty,
                            "flags": e.request.flags.bits(), "seq": e.request.seq, "pid": e.request.portid,
                        },
                    });
                    ext_ack_fields(&mut ev, &e.ext_ack);
                    v.insert("error".into(), ev);
                }
                Err(e) => {
                    v.insert("decode_error".into(), json!(e.to_string()));
                    v.insert("payload".into(), raw_payload(msg.payload));
                }
            },
            msgtype::DONE => match DoneMessage::parse(msg) {
                Ok(d) => {
                    let mut dv = json!({"status": d.status});
                    ext_ack_fields(&mut dv, &d.ext_ack);
                    v.insert("done".into(), dv);
                }
                Err(e) => {
                    v.insert("decode_error".into(), json!(e.to_string()));
                    v.insert("payload".into(), raw_payload(msg.payload));
                }
            },
            _ => match info.layout {
                Layout::Raw => {
                    if !msg.payload.is_empty() {
                        v.insert("payload".into(), raw_payload(msg.payload));
                    }
                }
                Layout::Spec { spec, op, genl } => {
                    decode_with_spec(&mut v, msg.payload, spec, op, genl);
                    if meta.proto == 0 {
                        crate::enrich::route(&mut v, &self.ifnames, info.layout);
                    }
                }
                Layout::Attrs(fixed, table) => {
                    decode_with_layout(&mut v, msg.payload, fixed, table);
                    if let (Some(c), Some(n)) = (genl_cmd, info.name) {
                        if let Some(Value::Object(fh)) = v.get_mut("family_header") {
                            let cn = (n == "nlctrl").then(|| names::ctrl_cmd_name(c)).flatten();
                            fh.insert("cmd_name".into(), json!(cn));
                        }
                    }
                }
            },
        }
        Value::Object(v)
    }
}

fn ext_ack_fields(v: &mut Value, a: &ExtAck<'_>) {
    if let Some(m) = a.msg {
        v["message"] = json!(m);
    }
    if let Some(o) = a.offset {
        v["offset"] = json!(o);
    }
    if let Some(t) = a.miss_type {
        v["missing_type"] = json!(t);
    }
    if let Some(n) = a.miss_nest {
        v["missing_nest"] = json!(n);
    }
    if let Some(c) = a.cookie {
        v["cookie"] = json!(hex(c));
    }
}

fn decode_with_layout(
    v: &mut Map<String, Value>,
    p: &[u8],
    fixed: Fixed,
    table: &'static [AttrDef],
) {
    let n = fixed.size();
    if p.len() < n {
        v.insert(
            "decode_error".into(),
            json!(format!(
                "payload of {} bytes is shorter than its {n}-byte family header",
                p.len()
            )),
        );
        v.insert("payload".into(), raw_payload(p));
        return;
    }
    if fixed != Fixed::None {
        v.insert("family_header".into(), family_header(fixed, &p[..n]));
    }
    let (list, err) = decode_attrs(&p[n..], table);
    v.insert("attrs".into(), Value::Array(list));
    if let Some(e) = err {
        v.insert("decode_error".into(), json!(e));
        // Not the expected layout after all: keep the raw bytes (and text) too.
        v.insert("payload".into(), raw_payload(p));
    }
}

/// A message a spec describes: its family header and attributes by the
/// spec's names (enums and flags by name, structs, nests, sub-messages).
fn decode_with_spec(
    v: &mut Map<String, Value>,
    p: &[u8],
    spec: &nlkit_spec::Spec,
    op: &nlkit_spec::Operation,
    genl: bool,
) {
    let mut body = p;
    let mut header = Map::new();
    if genl {
        if p.len() < 4 {
            v.insert(
                "decode_error".into(),
                json!("payload shorter than the 4-byte genlmsghdr"),
            );
            v.insert("payload".into(), raw_payload(p));
            return;
        }
        header.insert("kind".into(), json!("genlmsghdr"));
        header.insert("cmd".into(), json!(p[0]));
        header.insert("version".into(), json!(p[1]));
        header.insert("cmd_name".into(), json!(op.name));
        body = &p[4..];
    }
    let lf = crate::spec_codec::decode_list(spec, op, body);
    if let Some(Value::Object(h)) = lf.header {
        if header.is_empty() {
            header = h;
        } else {
            header.extend(h.into_iter().filter(|(k, _)| k != "kind"));
        }
    }
    if !header.is_empty() {
        v.insert("family_header".into(), Value::Object(header));
    }
    v.insert("attrs".into(), Value::Array(lf.attrs));
    if let Some(e) = lf.error {
        v.insert("decode_error".into(), json!(e));
        v.insert("payload".into(), raw_payload(p));
    }
}

/// `b` has exactly `fixed.len()` bytes.
fn family_header(fixed: Fixed, b: &[u8]) -> Value {
    match fixed {
        Fixed::Genl => json!({
            "kind": "genlmsghdr", "cmd": b[0], "version": b[1],
        }),
        Fixed::None => json!(null),
    }
}

/// Decode a block of attributes; returns them and the first parse error.
pub fn decode_attrs(buf: &[u8], table: &'static [AttrDef]) -> (Vec<Value>, Option<String>) {
    let mut out = Vec::new();
    let mut it = attrs(buf);
    loop {
        let pos = it.position();
        match it.next() {
            None => return (out, None),
            Some(Ok(a)) => out.push(decode_attr(&a, table, None)),
            Some(Err(e)) => {
                out.push(json!({"malformed": hex(buf.get(pos..).unwrap_or(&[]))}));
                return (out, Some(e.to_string()));
            }
        }
    }
}

fn decode_attr(
    a: &nlkit::wire::Attr<'_>,
    table: &'static [AttrDef],
    item_of: Option<&'static [AttrDef]>,
) -> Value {
    let def = names::attr_by_type(table, a.ty);
    let mut v = Map::new();
    v.insert("type".into(), json!(a.ty));
    let (name, kind) = match (item_of, def) {
        (Some(t), _) => (Some(format!("[{}]", a.ty)), Kind::Nested(t)),
        (None, Some(d)) => (Some(d.name.to_string()), d.kind),
        (None, None) if a.nested => (None, Kind::Nested(&[])),
        (None, None) => (None, Kind::Bytes),
    };
    v.insert("name".into(), json!(name));
    v.insert("len".into(), json!(a.value.len()));
    if a.nested {
        v.insert("nested".into(), json!(true));
    }
    if a.net_byteorder {
        v.insert("net_byteorder".into(), json!(true));
    }
    let val = a.value;
    let value: Result<Value, String> = match kind {
        Kind::U8 => a.u8().map(|x| json!(x)).map_err(|e| e.to_string()),
        Kind::U16 => a.u16().map(|x| json!(x)).map_err(|e| e.to_string()),
        Kind::U32 => a.u32().map(|x| json!(x)).map_err(|e| e.to_string()),
        Kind::U64 => a.u64().map(|x| json!(x)).map_err(|e| e.to_string()),
        Kind::I32 => a.i32().map(|x| json!(x)).map_err(|e| e.to_string()),
        Kind::Str => match a.str() {
            Ok(s) => Ok(json!(s)),
            Err(_) => Ok(json!(String::from_utf8_lossy(val).trim_end_matches('\0'))),
        },
        Kind::Flag if val.is_empty() => Ok(json!(true)),
        Kind::Flag => Err(format!("flag attribute with {} bytes of value", val.len())),
        Kind::Mac => Ok(json!(val
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<Vec<_>>()
            .join(":"))),
        Kind::Ip => match val.len() {
            4 | 16 => nlkit::families::rtnl::ip(a)
                .map(|ip| json!(ip.to_string()))
                .map_err(|e| e.to_string()),
            n => Err(format!("an IP address has 4 or 16 bytes, got {n}")),
        },
        Kind::Text => match printable(val) {
            Some(t) => Ok(json!(t)),
            None => {
                v.insert("hex".into(), json!(hex(val)));
                return Value::Object(v);
            }
        },
        Kind::Bytes => {
            v.insert("hex".into(), json!(hex(val)));
            return Value::Object(v);
        }
        Kind::Nested(t) | Kind::Array(t) => {
            let mut list = Vec::new();
            let mut err = None;
            let mut it = a.nested();
            loop {
                let pos = it.position();
                match it.next() {
                    None => break,
                    Some(Ok(c)) => list.push(if matches!(kind, Kind::Array(_)) {
                        decode_attr(&c, &[], Some(t))
                    } else {
                        decode_attr(&c, t, None)
                    }),
                    Some(Err(e)) => {
                        list.push(json!({"malformed": hex(val.get(pos..).unwrap_or(&[]))}));
                        err = Some(e.to_string());
                        break;
                    }
                }
            }
            v.insert("attrs".into(), Value::Array(list));
            if let Some(e) = err {
                v.insert("decode_error".into(), json!(e));
            }
            return Value::Object(v);
        }
    };
    match value {
        Ok(x) => {
            v.insert("value".into(), x);
        }
        Err(e) => {
            v.insert("hex".into(), json!(hex(val)));
            v.insert("decode_error".into(), json!(e));
        }
    }
    Value::Object(v)
}

/// Lower-case hex of `b`.
pub fn hex(b: &[u8]) -> String {
    let mut s = String::with_capacity(b.len() * 2);
    for x in b {
        s.push_str(&format!("{x:02x}"));
    }
    s
}

/// The text of `b` when it is printable UTF-8 (trailing NULs removed).
pub fn printable(b: &[u8]) -> Option<&str> {
    let end = b.iter().rposition(|c| *c != 0).map_or(0, |i| i + 1);
    let s = std::str::from_utf8(&b[..end]).ok()?;
    (!s.is_empty() && !s.chars().any(|c| c.is_control() && c != '\t' && c != '\n')).then_some(s)
}

fn raw_payload(p: &[u8]) -> Value {
    let mut v = json!({"len": p.len(), "hex": hex(p)});
    if let Some(t) = printable(p) {
        v["text"] = json!(t);
        v["nul_terminated"] = json!(p.last() == Some(&0));
    }
    v
}

fn write_human(out: &mut impl Write, v: &Value) -> io::Result<()> {
    let s = |k: &str| v.get(k).cloned().unwrap_or(Value::Null);
    let num = |k: &str| v.get(k).and_then(Value::as_u64).unwrap_or(0);
    let proto = match v["proto_name"].as_str() {
        Some(n) => format!("{n}({})", num("proto")),
        None => num("proto").to_string(),
    };
    let port = |x: Value| match x.as_u64() {
        Some(0) => "kernel".to_string(),
        Some(p) => p.to_string(),
        None => "?".to_string(),
    };
    let mut line = format!("{} proto={proto}", v["dir"].as_str().unwrap_or("?"));
    if let Some(t) = v.get("time").and_then(Value::as_f64) {
        line = format!("{} {line}", utc(t));
    }
    match (v["dir"].as_str(), v["group"].as_u64()) {
        (Some("sent"), Some(g)) => {
            line.push_str(&format!(" {} -> group {g}", port(s("src_portid"))));
        }
        (_, g) => {
            line.push_str(&format!(
                " {} -> {}",
                port(s("src_portid")),
                port(s("dst_portid"))
            ));
            match (g, v.get("group_name").and_then(Value::as_str)) {
                (Some(g), Some(n)) => line.push_str(&format!(" group={g}({n})")),
                (Some(g), None) => line.push_str(&format!(" group={g}")),
                _ => {}
            }
        }
    }
    if let Some(p) = v.get("process") {
        match p["comm"].as_str() {
            Some(c) => line.push_str(&format!(" [{c} {}]", p["pid"])),
            None => line.push_str(&format!(" [pid {}]", p["pid"])),
        }
    }
    let ty = match v["type_name"].as_str() {
        Some(n) => format!("{n}({})", num("type")),
        None => num("type").to_string(),
    };
    let flags: Vec<&str> = v["flag_names"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let flags = if flags.is_empty() {
        "0".to_string()
    } else {
        flags.join(",")
    };
    line.push_str(&format!(
        " type={ty} flags={flags} seq={} pid={} len={}",
        num("seq"),
        num("pid"),
        num("len")
    ));
    writeln!(out, "{line}")?;
    if let Some(e) = v.get("error") {
        let errno = e["errno"].as_i64().unwrap_or(0);
        if errno == 0 {
            write!(out, "  ack")?;
        } else {
            write!(
                out,
                "  error {} ({errno}) {}",
                e["errno_name"].as_str().unwrap_or("errno"),
                std::io::Error::from_raw_os_error(errno as i32)
                    .to_string()
                    .split(" (os error")
                    .next()
                    .unwrap_or("")
            )?;
        }
        let r = &e["request"];
        write!(
            out,
            " for request type={} seq={}",
            r["type"].as_u64().unwrap_or(0),
            r["seq"].as_u64().unwrap_or(0)
        )?;
        ext_ack_human(out, e)?;
        writeln!(out)?;
    }
    if let Some(d) = v.get("done") {
        write!(out, "  done status={}", d["status"].as_i64().unwrap_or(0))?;
        ext_ack_human(out, d)?;
        writeln!(out)?;
    }
    if let Some(h) = v.get("family_header").and_then(Value::as_object) {
        let mut parts = Vec::new();
        for (k, x) in h {
            if k == "kind" || x.is_null() {
                continue;
            }
            if k == "flag_names" {
                continue;
            }
            if k == "flags" && h.contains_key("flag_names") {
                let names: Vec<&str> = h["flag_names"]
                    .as_array()
                    .map(|a| a.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                parts.push(format!("flags={}<{}>", x, names.join(",")));
                continue;
            }
            parts.push(format!("{k}={}", human_value(x, false)));
        }
        let kind = h.get("kind").and_then(Value::as_str).unwrap_or("header");
        writeln!(out, "  {kind} {}", parts.join(" "))?;
    }
    if let Some(p) = v.get("payload") {
        let len = p["len"].as_u64().unwrap_or(0);
        match p.get("text").and_then(Value::as_str) {
            Some(t) => writeln!(
                out,
                "  payload [{len}] {t:?}{}",
                if p["nul_terminated"].as_bool() == Some(true) {
                    " (NUL-terminated)"
                } else {
                    ""
                }
            )?,
            None => writeln!(
                out,
                "  payload [{len}] {}",
                short_hex(p["hex"].as_str().unwrap_or(""))
            )?,
        }
    }
    if let Some(list) = v.get("attrs").and_then(Value::as_array) {
        write_attrs_human(out, list, 1)?;
    }
    if let Some(e) = v.get("decode_error").and_then(Value::as_str) {
        writeln!(out, "  (could not decode: {e})")?;
    }
    writeln!(out)
}

fn ext_ack_human(out: &mut impl Write, e: &Value) -> io::Result<()> {
    if let Some(m) = e.get("message").and_then(Value::as_str) {
        write!(out, ": {m:?}")?;
    }
    if let Some(o) = e.get("offset").and_then(Value::as_u64) {
        write!(out, " (offset {o})")?;
    }
    if let Some(t) = e.get("missing_type").and_then(Value::as_u64) {
        write!(out, " (missing attribute type {t})")?;
    }
    Ok(())
}

fn short_hex(h: &str) -> String {
    const MAX: usize = 128;
    if h.len() > MAX {
        format!("{}... ({} bytes)", &h[..MAX], h.len() / 2)
    } else {
        h.to_string()
    }
}

fn write_attrs_human(out: &mut impl Write, list: &[Value], depth: usize) -> io::Result<()> {
    let pad = "  ".repeat(depth);
    for a in list {
        if let Some(m) = a.get("malformed") {
            writeln!(out, "{pad}malformed: {}", m.as_str().unwrap_or(""))?;
            continue;
        }
        let ty = a["type"].as_u64().unwrap_or(0);
        let label = match a["name"].as_str() {
            Some(n) if n.starts_with('[') => n.to_string(),
            Some(n) => format!("{n}({ty})"),
            None => format!("type {ty}"),
        };
        let len = a["len"].as_u64().unwrap_or(0);
        if let Some(children) = a.get("attrs").and_then(Value::as_array) {
            writeln!(out, "{pad}{label} [{len}]")?;
            write_attrs_human(out, children, depth + 1)?;
        } else if let Some(x) = a.get("value") {
            let mut shown = match (x, a.get("prefix").and_then(Value::as_str)) {
                (_, Some(p)) => p.to_string(),
                (Value::Bool(true), _) => "(flag)".to_string(),
                (other, _) => human_value(other, true),
            };
            if let Some(n) = a.get("ifname").and_then(Value::as_str) {
                shown.push_str(&format!(" ({n})"));
            }
            writeln!(out, "{pad}{label} {shown}")?;
        } else {
            writeln!(
                out,
                "{pad}{label} [{len}] {}",
                short_hex(a["hex"].as_str().unwrap_or(""))
            )?;
        }
        if let Some(e) = a.get("decode_error").and_then(Value::as_str) {
            writeln!(out, "{pad}  (could not decode: {e})")?;
        }
    }
    Ok(())
}

/// The command name of process `pid` (`/proc/PID/comm`), if it still runs.
fn process_name(pid: u32) -> Option<String> {
    std::fs::read_to_string(format!("/proc/{pid}/comm"))
        .ok()
        .map(|s| s.trim_end().to_string())
}

/// Seconds since the epoch, now.
pub fn now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

/// `t` (seconds since the epoch) as UTC `YYYY-MM-DDTHH:MM:SS.uuuuuuZ`.
pub fn utc(t: f64) -> String {
    let secs = t.floor() as i64;
    let micros = ((t - t.floor()) * 1e6).round().min(999_999.0) as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{micros:06}Z",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

/// One line per message (`--brief`): time, group, type, then the header's
/// and the top-level attributes' scalar values as `name=value` (names
/// without their `IFLA_`-style prefix; zeros, structs and nests left out).
fn write_brief(out: &mut impl Write, v: &Value) -> io::Result<()> {
    let mut parts: Vec<String> = Vec::new();
    if let Some(t) = v.get("time").and_then(Value::as_f64) {
        parts.push(utc(t));
    }
    if let Some(n) = v.get("note").and_then(Value::as_str) {
        parts.push(format!("# {n}: {}", v["text"].as_str().unwrap_or("")));
        return writeln!(out, "{}", parts.join(" "));
    }
    if let Some(g) = v.get("group_name").and_then(Value::as_str) {
        parts.push(format!("[{g}]"));
    } else if let Some(g) = v.get("group").and_then(Value::as_u64) {
        parts.push(format!("[group {g}]"));
    }
    match v["type_name"].as_str() {
        Some(n) => parts.push(n.to_string()),
        None => parts.push(format!("type={}", v["type"])),
    }
    if let Some(e) = v.get("error") {
        let errno = e["errno"].as_i64().unwrap_or(0);
        if errno == 0 {
            parts.push("ack".into());
        } else {
            parts.push(format!(
                "errno={} {}",
                -errno,
                e["errno_name"].as_str().unwrap_or("")
            ));
            if let Some(m) = e.get("message").and_then(Value::as_str) {
                parts.push(format!("{m:?}"));
            }
        }
    }
    let brief_value = |x: &Value| -> Option<String> {
        match x {
            Value::Number(n) if n.as_f64() == Some(0.0) => None,
            Value::Number(n) => Some(n.to_string()),
            Value::String(s) if s.is_empty() => None,
            Value::String(s) => Some(s.clone()),
            Value::Bool(true) => Some("on".into()),
            Value::Array(a)
                if !a.is_empty() && a.iter().all(|i| i.is_string() || i.is_number()) =>
            {
                Some(human_value(x, false))
            }
            _ => None,
        }
    };
    if let Some(h) = v.get("family_header").and_then(Value::as_object) {
        for (k, x) in h {
            if k == "kind" || k == "flag_names" {
                continue;
            }
            if let Some(s) = brief_value(x) {
                parts.push(format!("{k}={s}"));
            }
        }
    }
    for a in v["attrs"].as_array().into_iter().flatten() {
        let Some(name) = a["name"].as_str() else {
            continue;
        };
        let short = name
            .split_once('_')
            .map_or(name, |(_, t)| t)
            .to_ascii_lowercase();
        let shown = a
            .get("prefix")
            .and_then(Value::as_str)
            .map(str::to_string)
            .or_else(|| brief_value(&a["value"]));
        if let Some(s) = shown {
            match a.get("ifname").and_then(Value::as_str) {
                Some(n) => parts.push(format!("{short}={n}")),
                None => parts.push(format!("{short}={s}")),
            }
        }
    }
    if let Some(p) = v.get("payload") {
        match p.get("text").and_then(Value::as_str) {
            Some(t) => parts.push(format!("payload={t:?}")),
            None => parts.push(format!(
                "payload={}",
                short_hex(p["hex"].as_str().unwrap_or(""))
            )),
        }
    }
    writeln!(out, "{}", parts.join(" "))
}

/// A decoded value for people, strace-like: structs as `{a=1, b=2}`,
/// flag lists as `up|broadcast`, strings quoted when `quote`.
pub fn human_value(v: &Value, quote: bool) -> String {
    match v {
        Value::String(s) if quote => format!("{s:?}"),
        Value::String(s) => s.clone(),
        Value::Array(a) if a.iter().all(|x| x.is_string() || x.is_number()) => {
            if a.is_empty() {
                "0".to_string()
            } else {
                a.iter()
                    .map(|x| human_value(x, false))
                    .collect::<Vec<_>>()
                    .join("|")
            }
        }
        Value::Array(a) => format!(
            "[{}]",
            a.iter()
                .map(|x| human_value(x, quote))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Value::Object(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, x)| format!("{}={}", k.replace('-', "_"), human_value(x, quote)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => other.to_string(),
    }
}

/// The flags a message sent by nlctl is shown with (for error context).
pub fn flags_text(f: Flags, proto: u32, ty: u16) -> String {
    let ctx = names::msg_info(proto, ty, None).ctx;
    f.names(ctx).collect::<Vec<_>>().join(",")
}

#[cfg(test)]
mod tests {
    use super::*;
    use nlkit::wire::MessageBuilder;

    fn meta() -> Meta {
        Meta {
            dir: Dir::Recv,
            proto: 0,
            src: Some(0),
            dst: Some(5),
            group: None,
            time: None,
            task: None,
        }
    }

    #[test]
    fn decodes_link_attrs_with_names() {
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, 16, Flags::MULTI).seq(7);
        b.payload(&[0u8; 16]);
        b.attr_str(3, "eth0");
        b.attr_u32(4, 1500);
        let n = b.begin_nested(18);
        b.attr_str(1, "veth");
        b.end_nested(n);
        b.attr(999, &[1, 2]);
        b.finish().unwrap();
        let m = nlkit::wire::messages(&buf).next().unwrap().unwrap();
        let v = Printer::new(true).decode(&meta(), &m);
        assert_eq!(v["type_name"], "RTM_NEWLINK");
        assert_eq!(v["flag_names"], json!(["MULTI"]));
        assert_eq!(v["attrs"][0]["name"], "IFLA_IFNAME");
        assert_eq!(v["attrs"][0]["value"], "eth0");
        assert_eq!(v["attrs"][1]["value"], 1500);
        assert_eq!(v["attrs"][2]["attrs"][0]["value"], "veth");
        assert_eq!(v["attrs"][3]["hex"], "0102");
        assert!(v["attrs"][3]["name"].is_null());
        let mut human = Vec::new();
        write_human(&mut human, &v).unwrap();
        let h = String::from_utf8(human).unwrap();
        assert!(h.contains("type=RTM_NEWLINK(16) flags=MULTI seq=7"), "{h}");
        assert!(h.contains("    IFLA_INFO_KIND(1) \"veth\""), "{h}");
    }

    #[test]
    fn malformed_attrs_become_hex() {
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, 16, Flags::EMPTY);
        b.payload(&[0u8; 16]);
        b.payload(&[200, 0, 3, 0, 1, 2, 3, 4]);
        b.finish().unwrap();
        let m = nlkit::wire::messages(&buf).next().unwrap().unwrap();
        let v = Printer::new(true).decode(&meta(), &m);
        assert!(v["decode_error"].is_string());
        assert!(v["attrs"][0]["malformed"].is_string());
    }

    #[test]
    fn peer_messages_on_module_protocols_stay_raw() {
        // Mode 5 on protocol 17: type 16 is the module's ECHO only when the
        // module is involved; between two user sockets it is the peer's text.
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, 16, Flags::EMPTY).portid(7001);
        b.payload(b"hello peer\0");
        b.finish().unwrap();
        let m = nlkit::wire::messages(&buf).next().unwrap().unwrap();
        let peer = Meta {
            dir: Dir::Recv,
            proto: 17,
            src: Some(7001),
            dst: Some(7002),
            group: None,
            time: None,
            task: None,
        };
        let v = Printer::new(true).decode(&peer, &m);
        assert!(v["type_name"].is_null(), "{v}");
        assert_eq!(v["payload"]["text"], "hello peer");
        assert!(v.get("decode_error").is_none(), "{v}");
        // The same bytes sent to the kernel are decoded with the module's layout.
        let to_kernel = Meta {
            dst: Some(0),
            ..peer
        };
        let v = Printer::new(true).decode(&to_kernel, &m);
        assert_eq!(v["type_name"], "NLKIT_MOD_MSG_ECHO");
        // ... which does not fit: the raw payload is kept beside the error.
        assert!(v["decode_error"].is_string());
        assert_eq!(v["payload"]["text"], "hello peer");
    }

    #[test]
    fn text_payload() {
        assert_eq!(printable(b"Hello\0"), Some("Hello"));
        assert_eq!(printable(b"\x01\x02"), None);
        assert_eq!(printable(b""), None);
    }
}
