//! Parsing what the command line says to send: message types and flags by
//! name or number, payloads from text, hex or a file, family headers, and
//! attributes (`--attr TYPE:KIND:VALUE`, nested with dotted paths).
//!
//! Every parse error names the bad input and the accepted syntax.

use std::net::IpAddr;

use nlkit::families::genl::GenlHeader;
use nlkit::families::rtnl::{IfAddrMsg, IfInfoMsg, RtMsg};
use nlkit::wire::{FixedHeader, Flags, MessageBuilder};

use crate::error::{CliError, CliResult};
use crate::known;
use crate::names::{self, Table};

/// Parse an unsigned number: decimal or `0x` hex.
pub fn parse_u64(s: &str) -> Option<u64> {
    let t = s.trim();
    match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        Some(h) => u64::from_str_radix(h, 16).ok(),
        None => t.parse().ok(),
    }
}

fn parse_i64(s: &str) -> Option<i64> {
    match s.trim().strip_prefix('-') {
        Some(rest) => parse_u64(rest)
            .and_then(|v| i64::try_from(v).ok())
            .map(|v| -v),
        None => parse_u64(s).and_then(|v| i64::try_from(v).ok()),
    }
}

/// Parse a message type: a number or a name known on protocol `proto`.
pub fn parse_type(proto: u32, s: &str) -> CliResult<u16> {
    if let Some(v) = parse_u64(s) {
        return u16::try_from(v)
            .map_err(|_| CliError::usage(format!("--type {s}: a message type is 0..=65535")));
    }
    if let Some(t) = names::type_by_name(proto, s) {
        return Ok(t);
    }
    if proto == 16 {
        // A generic family by name: its id from the controller.
        let mut c = nlkit::client::Client::open(nlkit::socket::Protocol::GENERIC)?;
        c.set_timeout(Some(std::time::Duration::from_secs(5)))?;
        return match c.genl_family(s) {
            Ok(f) => {
                known::remember_genl(f.id, &f.name);
                Ok(f.id)
            }
            Err(nlkit::Error::Kernel(k)) if k.errno == libc::ENOENT => {
                Err(CliError::usage(format!(
                "--type {s:?}: no generic netlink family of that name here (the controller says \
                 ENOENT); `nlctl families` lists them"
            )))
            }
            Err(e) => Err(e.into()),
        };
    }
    names::type_by_name(proto, s).ok_or_else(|| {
        CliError::usage(format!(
            "--type {s:?}: unknown message type on protocol {}; give a number (e.g. 16 or 0x10) \
             or a known name (RTM_GETLINK or getneigh on route, a family name on generic, \
             NLKIT_MOD_MSG_ECHO on 17/18, NLMSG_DONE)",
            nlkit::socket::Protocol(proto)
        ))
    })
}

/// Parse `--flags`: names (`request,ack,dump`, with or without `NLM_F_`,
/// separated by `,` or `|`) or numbers, combined.
pub fn parse_flags(s: &str) -> CliResult<Flags> {
    let mut f = Flags::EMPTY;
    for part in s.split([',', '|']).map(str::trim).filter(|p| !p.is_empty()) {
        if let Some(v) = parse_u64(part) {
            let v = u16::try_from(v).map_err(|_| {
                CliError::usage(format!("--flags {part}: flags are a 16-bit value"))
            })?;
            f.insert(Flags(v));
            continue;
        }
        let up = part.to_ascii_uppercase();
        let name = up.strip_prefix("NLM_F_").unwrap_or(&up);
        let bits = match name {
            "REQUEST" => Flags::REQUEST,
            "MULTI" => Flags::MULTI,
            "ACK" => Flags::ACK,
            "ECHO" => Flags::ECHO,
            "DUMP_INTR" => Flags::DUMP_INTR,
            "DUMP_FILTERED" => Flags::DUMP_FILTERED,
            "ROOT" => Flags::ROOT,
            "MATCH" => Flags::MATCH,
            "ATOMIC" => Flags::ATOMIC,
            "DUMP" => Flags::DUMP,
            "REPLACE" => Flags::REPLACE,
            "EXCL" => Flags::EXCL,
            "CREATE" => Flags::CREATE,
            "APPEND" => Flags::APPEND,
            "NONREC" => Flags::NONREC,
            "BULK" => Flags::BULK,
            "CAPPED" => Flags::CAPPED,
            "ACK_TLVS" => Flags::ACK_TLVS,
            _ => {
                return Err(CliError::usage(format!(
                "--flags: unknown flag {part:?}; use numbers or names: request, multi, ack, echo, \
                     dump, root, match, atomic, replace, excl, create, append, nonrec, bulk"
            )))
            }
        };
        f.insert(bits);
    }
    Ok(f)
}

/// Parse hex bytes: `0a0b0c`, `0x0a0b`, `0a:0b:0c`, `0a 0b` (whitespace,
/// `:` and `-` separators allowed between bytes).
pub fn parse_hex(s: &str) -> CliResult<Vec<u8>> {
    let t = s.trim();
    let t = t
        .strip_prefix("0x")
        .or_else(|| t.strip_prefix("0X"))
        .unwrap_or(t);
    let digits: Vec<(usize, char)> = t
        .char_indices()
        .filter(|(_, c)| !matches!(c, ' ' | '\t' | '\n' | ':' | '-'))
        .collect();
    if let Some((i, c)) = digits.iter().find(|(_, c)| !c.is_ascii_hexdigit()) {
        return Err(CliError::usage(format!(
            "bad hex {s:?}: {c:?} at position {i} is not a hex digit (use 0-9, a-f; e.g. 0a0b0c or 0a:0b:0c)"
        )));
    }
    if digits.len() % 2 != 0 {
        return Err(CliError::usage(format!(
            "bad hex {s:?}: odd number of hex digits ({}); each byte needs two digits",
            digits.len()
        )));
    }
    Ok(digits
        .chunks(2)
        .map(|p| {
            let hi = p[0].1.to_digit(16).unwrap_or(0);
            let lo = p[1].1.to_digit(16).unwrap_or(0);
            (hi * 16 + lo) as u8
        })
        .collect())
}

/// Parse a family header spec (`--header`), returning its bytes:
/// `genl:CMD[:VERSION]`, `ifinfomsg[:INDEX]`, `ifaddrmsg[:FAMILY]`,
/// `rtmsg[:FAMILY]`, `hex:BYTES`, or `none`.
pub fn parse_header(s: &str) -> CliResult<Vec<u8>> {
    parse_header_with(s, None)
}

/// [`parse_header`] where a genetlink CMD may also be an operation of the
/// family's spec (`genl:linkinfo-get`): its request's command number.
pub fn parse_header_with(s: &str, spec: Option<&nlkit_spec::Spec>) -> CliResult<Vec<u8>> {
    let mut parts = s.splitn(3, ':');
    let kind = parts.next().unwrap_or("").to_ascii_lowercase();
    let a1 = parts.next();
    let a2 = parts.next();
    let bad = |what: &str| {
        CliError::usage(format!(
            "--header {s:?}: {what}; use genl:CMD[:VERSION], ifinfomsg[:INDEX], ifaddrmsg[:FAMILY], \
             rtmsg[:FAMILY], another rtnetlink header by name (ndmsg, fib_rule_hdr, tcmsg, nhmsg, \
             rtgenmsg)[:FAMILY], hex:BYTES or none"
        ))
    };
    let family = |v: Option<&str>| -> CliResult<u8> {
        match v.map(str::to_ascii_lowercase).as_deref() {
            None | Some("unspec") => Ok(0),
            Some("inet" | "ipv4" | "4") => Ok(2),
            Some("inet6" | "ipv6" | "6") => Ok(10),
            Some(n) => parse_u64(n)
                .and_then(|v| u8::try_from(v).ok())
                .ok_or_else(|| bad("the address family is inet, inet6 or a number 0..=255")),
        }
    };
    match kind.as_str() {
        "none" => Ok(Vec::new()),
        "rtgenmsg" => Ok(vec![family(a1)?]),
        "hex" => parse_hex(a1.unwrap_or("")),
        "genl" => {
            let cmd = a1.ok_or_else(|| bad("genl needs a command"))?;
            let cmd = match parse_u64(cmd).and_then(|v| u8::try_from(v).ok()) {
                Some(c) => c,
                None => {
                    let up = cmd.to_ascii_uppercase();
                    let by_spec = spec.and_then(|sp| {
                        let op = sp.operation(cmd)?;
                        let v = [&op.do_, &op.dump]
                            .into_iter()
                            .flatten()
                            .find_map(|x| x.request.as_ref().map(|r| r.value))
                            .unwrap_or(op.value);
                        u8::try_from(v).ok()
                    });
                    if let Some(c) = by_spec {
                        return Ok(encode(&GenlHeader::new(
                            c,
                            a2.and_then(parse_u64)
                                .and_then(|v| u8::try_from(v).ok())
                                .unwrap_or(spec.map_or(1, |sp| sp.version)),
                        )));
                    }
                    names::CTRL_CMD
                        .iter()
                        .find(|(_, n)| *n == up || n.strip_prefix("CTRL_CMD_") == Some(up.as_str()))
                        .map(|(c, _)| *c)
                        .ok_or_else(|| {
                            bad("the genl command is a number 0..=255 or a CTRL_CMD_ name")
                        })?
                }
            };
            let version = match a2 {
                Some(v) => parse_u64(v)
                    .and_then(|v| u8::try_from(v).ok())
                    .ok_or_else(|| bad("the genl version is a number 0..=255"))?,
                None => 1,
            };
            Ok(encode(&GenlHeader::new(cmd, version)))
        }
        "ifinfomsg" => {
            let index = match a1 {
                Some(v) => parse_i64(v)
                    .and_then(|v| i32::try_from(v).ok())
                    .ok_or_else(|| bad("the interface index is a number"))?,
                None => 0,
            };
            Ok(encode(&IfInfoMsg {
                index,
                ..IfInfoMsg::default()
            }))
        }
        "ifaddrmsg" => Ok(encode(&IfAddrMsg {
            family: family(a1)?,
            ..IfAddrMsg::default()
        })),
        "rtmsg" => Ok(encode(&RtMsg {
            family: family(a1)?,
            ..RtMsg::default()
        })),
        other => match route_struct_size(other) {
            // Any rtnetlink spec's fixed header, zeroed; its first byte is
            // the address family in all of them.
            Some(n) if n > 0 => {
                let mut b = vec![0; n];
                b[0] = family(a1)?;
                Ok(b)
            }
            _ => Err(bad("unknown header kind")),
        },
    }
}

/// The bytes of a family header, as nlkit's typed model lays it out.
fn encode<H: FixedHeader>(h: &H) -> Vec<u8> {
    let mut b = vec![0; H::LEN];
    h.emit(&mut b);
    b
}

/// The family header a type gets when `--header` is not given: zeros of
/// the size of the fixed header its spec gives it (`ifinfomsg`, `ndmsg`,
/// `fib_rule_hdr`, `tcmsg`, `nhmsg`, ...), nothing otherwise.
pub fn default_header(proto: u32, ty: u16) -> Vec<u8> {
    match names::msg_info(proto, ty, None).layout {
        names::Layout::Spec {
            spec,
            op,
            genl: false,
        } => vec![
            0;
            spec.fixed_header(op)
                .and_then(|h| spec.struct_size(h))
                .unwrap_or(0)
        ],
        _ => Vec::new(),
    }
}

/// A fixed header of an rtnetlink spec by its name (`ndmsg`,
/// `fib_rule_hdr`, `fib-rule-hdr`): its size.
fn route_struct_size(name: &str) -> Option<usize> {
    let want = name.replace('_', "-");
    known::route_specs().find_map(|r| {
        let s = r.spec.struct_def(&want)?;
        r.spec.struct_size(s)
    })
}

/// One `--attr` argument, parsed: the path of types (outer nests first,
/// the attribute itself last) and its encoded value (`None` = an empty nest).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttrSpec {
    /// Types from the outermost nest to the attribute.
    pub path: Vec<u16>,
    /// The value's bytes; `None` for `nest` (an empty nest to fill later).
    pub value: Option<Vec<u8>>,
}

const KINDS: &str =
    "u8, u16, u32, u64, i8, i16, i32, i64, be16, be32, be64, str, nstr, hex, flag, ip, mac, nest";

/// Parse `--attr PATH:KIND[:VALUE]`. PATH is `TYPE` or `OUTER.INNER...`,
/// each a number or a name from `table` (and the nests below it).
pub fn parse_attr(spec: &str, table: Table) -> CliResult<AttrSpec> {
    let mut it = spec.splitn(3, ':');
    let path_s = it.next().unwrap_or("");
    let kind = it.next().ok_or_else(|| {
        CliError::usage(format!(
            "--attr {spec:?}: expected TYPE:KIND[:VALUE] (e.g. 3:str:eth0, 4:u32:1500, 18.1:str:veth); KIND is one of {KINDS}"
        ))
    })?;
    let value = it.next();
    let mut path = Vec::new();
    let mut t = table;
    for seg in path_s.split('.') {
        let ty = match parse_u64(seg) {
            Some(v) => u16::try_from(v)
                .ok()
                .filter(|v| *v <= 0x3fff)
                .ok_or_else(|| {
                    CliError::usage(format!(
                        "--attr {spec:?}: attribute type {seg} is out of range (1..=16383)"
                    ))
                })?,
            None => {
                t.by_name(seg)
                    .ok_or_else(|| {
                        CliError::usage(format!(
                            "--attr {spec:?}: unknown attribute name {seg:?} here; use a number{}",
                            if t.is_empty() {
                                String::new()
                            } else {
                                format!(" or one of {}", t.names().join(", "))
                            }
                        ))
                    })?
                    .0
            }
        };
        path.push(ty);
        t = t.nest(ty);
    }
    fn need<'v>(v: Option<&'v str>, spec: &str, kind: &str) -> CliResult<&'v str> {
        v.ok_or_else(|| {
            CliError::usage(format!(
                "--attr {spec:?}: kind {kind} needs a value after ':'"
            ))
        })
    }
    let num = |v: Option<&str>, bits: u32, signed: bool| -> CliResult<u64> {
        let v = need(v, spec, kind)?;
        let bad = || {
            CliError::usage(format!(
                "--attr {spec:?}: {v:?} is not a valid {} number of {bits} bits (decimal or 0x hex)",
                if signed { "signed" } else { "unsigned" }
            ))
        };
        if signed {
            let x = parse_i64(v).ok_or_else(bad)?;
            let min = -(1i128 << (bits - 1));
            let max = (1i128 << (bits - 1)) - 1;
            if i128::from(x) < min || i128::from(x) > max {
                return Err(bad());
            }
            Ok(x as u64)
        } else {
            let x = parse_u64(v).ok_or_else(bad)?;
            if bits < 64 && x >> bits != 0 {
                return Err(bad());
            }
            Ok(x)
        }
    };
    let bytes: Option<Vec<u8>> = match kind.to_ascii_lowercase().as_str() {
        "u8" => Some(vec![num(value, 8, false)? as u8]),
        "i8" => Some(vec![num(value, 8, true)? as u8]),
        "u16" => Some((num(value, 16, false)? as u16).to_ne_bytes().to_vec()),
        "i16" => Some((num(value, 16, true)? as u16).to_ne_bytes().to_vec()),
        "u32" => Some((num(value, 32, false)? as u32).to_ne_bytes().to_vec()),
        "i32" => Some((num(value, 32, true)? as u32).to_ne_bytes().to_vec()),
        "u64" => Some(num(value, 64, false)?.to_ne_bytes().to_vec()),
        "i64" => Some(num(value, 64, true)?.to_ne_bytes().to_vec()),
        "be16" => Some((num(value, 16, false)? as u16).to_be_bytes().to_vec()),
        "be32" => Some((num(value, 32, false)? as u32).to_be_bytes().to_vec()),
        "be64" => Some(num(value, 64, false)?.to_be_bytes().to_vec()),
        "str" => {
            let mut b = need(value, spec, kind)?.as_bytes().to_vec();
            b.push(0);
            Some(b)
        }
        "nstr" => Some(need(value, spec, kind)?.as_bytes().to_vec()),
        "hex" => Some(
            parse_hex(need(value, spec, kind)?)
                .map_err(|e| e.context(&format!("--attr {spec:?}")))?,
        ),
        "flag" => Some(Vec::new()),
        "ip" => {
            let v = need(value, spec, kind)?;
            let ip: IpAddr = v.parse().map_err(|_| {
                CliError::usage(format!(
                    "--attr {spec:?}: {v:?} is not an IPv4 or IPv6 address"
                ))
            })?;
            Some(match ip {
                IpAddr::V4(a) => a.octets().to_vec(),
                IpAddr::V6(a) => a.octets().to_vec(),
            })
        }
        "mac" => Some(
            parse_hex(need(value, spec, kind)?)
                .map_err(|e| e.context(&format!("--attr {spec:?}")))?,
        ),
        "nest" => None,
        other => {
            return Err(CliError::usage(format!(
                "--attr {spec:?}: unknown attribute kind {other:?}; use one of {KINDS}"
            )))
        }
    };
    Ok(AttrSpec { path, value: bytes })
}

/// A tree of attributes to emit: specs sharing a path prefix share a nest.
#[derive(Debug, Default)]
struct Node {
    ty: u16,
    value: Option<Vec<u8>>,
    children: Vec<Node>,
}

impl Node {
    fn insert(&mut self, path: &[u16], value: &Option<Vec<u8>>) {
        match path {
            [] => {}
            [leaf] => self.children.push(Node {
                ty: *leaf,
                value: value.clone(),
                children: Vec::new(),
            }),
            [first, rest @ ..] => {
                let pos = self
                    .children
                    .iter()
                    .position(|c| c.ty == *first && c.value.is_none());
                let i = match pos {
                    Some(i) => i,
                    None => {
                        self.children.push(Node {
                            ty: *first,
                            ..Node::default()
                        });
                        self.children.len() - 1
                    }
                };
                self.children[i].insert(rest, value);
            }
        }
    }

    fn emit(&self, b: &mut MessageBuilder<'_>) {
        for c in &self.children {
            match &c.value {
                Some(v) => {
                    b.attr(c.ty, v);
                }
                None => {
                    b.nested(c.ty, |b| c.emit(b));
                }
            }
        }
    }
}

/// Write `specs` into `b`: attributes in command-line order, nests opened
/// once per path prefix.
pub fn emit_attrs(b: &mut MessageBuilder<'_>, specs: &[AttrSpec]) {
    let mut root = Node::default();
    for s in specs {
        root.insert(&s.path, &s.value);
    }
    root.emit(b);
}

#[cfg(test)]
mod tests {
    use super::*;
    use nlkit::wire::{attrs, messages};

    /// rt-link's attributes (needs the kernel's specs).
    fn link() -> Table {
        names::attr_table(0, 16, None)
    }

    #[test]
    fn hex() {
        assert_eq!(parse_hex("0a0B").unwrap(), vec![10, 11]);
        assert_eq!(parse_hex("0x0a:0b 0c").unwrap(), vec![10, 11, 12]);
        assert!(parse_hex("0g")
            .unwrap_err()
            .message
            .contains("not a hex digit"));
        assert!(parse_hex("abc").unwrap_err().message.contains("odd number"));
    }

    #[test]
    fn flags() {
        assert_eq!(parse_flags("request,ack").unwrap(), Flags(5));
        assert_eq!(parse_flags("NLM_F_REQUEST|dump").unwrap(), Flags(0x301));
        assert_eq!(parse_flags("0x4").unwrap(), Flags(4));
        assert!(parse_flags("bogus").is_err());
    }

    #[test]
    fn attrs_nest_by_path() {
        let specs = [
            parse_attr("ifname:str:x0", link()).unwrap(),
            parse_attr("linkinfo.info_kind:str:veth", link()).unwrap(),
            parse_attr("18.2:hex:0102", link()).unwrap(),
            parse_attr("4:u32:1500", link()).unwrap(),
        ];
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, 16, Flags::REQUEST);
        emit_attrs(&mut b, &specs);
        b.finish().unwrap();
        let m = messages(&buf).next().unwrap().unwrap();
        let v: Vec<_> = attrs(m.payload).map(|a| a.unwrap()).collect();
        assert_eq!(v.len(), 3);
        assert_eq!(v[0].str().unwrap(), "x0");
        assert_eq!(v[1].ty, 18);
        let inner: Vec<_> = v[1].nested().map(|a| a.unwrap()).collect();
        assert_eq!(inner.len(), 2);
        assert_eq!(inner[0].str().unwrap(), "veth");
        assert_eq!(inner[1].value, &[1, 2]);
        assert_eq!(v[2].u32().unwrap(), 1500);
    }

    #[test]
    fn attr_errors_name_the_problem() {
        let e = parse_attr("3:strz:x", link()).unwrap_err().message;
        assert!(e.contains("unknown attribute kind"), "{e}");
        let e = parse_attr("3", link()).unwrap_err().message;
        assert!(e.contains("TYPE:KIND"), "{e}");
        let e = parse_attr("4:u8:300", link()).unwrap_err().message;
        assert!(e.contains("8 bits"), "{e}");
        let e = parse_attr("bogus:u8:3", link()).unwrap_err().message;
        assert!(e.contains("unknown attribute name"), "{e}");
        assert!(e.contains("IFLA_LINKINFO"), "{e}");
        let e = parse_attr("linkinfo.bogus:u8:3", link())
            .unwrap_err()
            .message;
        assert!(e.contains("IFLA_INFO_KIND"), "{e}");
        assert!(parse_attr("7:hex:zz", Table::EMPTY)
            .unwrap_err()
            .message
            .contains("hex"));
    }

    #[test]
    fn headers() {
        assert_eq!(parse_header("genl:getfamily").unwrap(), vec![3, 1, 0, 0]);
        assert_eq!(parse_header("genl:3:2").unwrap(), vec![3, 2, 0, 0]);
        assert_eq!(parse_header("rtmsg:inet").unwrap()[0], 2);
        assert_eq!(parse_header("ifinfomsg:1").unwrap().len(), 16);
        assert!(parse_header("foo").is_err());
        assert_eq!(parse_header("ndmsg:inet").unwrap(), {
            let mut b = vec![0; 12];
            b[0] = 2;
            b
        });
        assert_eq!(parse_header("fib_rule_hdr").unwrap().len(), 12);
        assert_eq!(parse_header("rtgenmsg:inet6").unwrap(), vec![10]);
        // Every rtnetlink GET type gets its spec's zeroed header.
        for (t, n) in [(30, 12), (34, 12), (38, 20), (106, 8), (18, 16), (26, 12)] {
            assert_eq!(default_header(0, t).len(), n, "type {t}");
        }
    }
}
