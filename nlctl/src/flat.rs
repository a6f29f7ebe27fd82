//! The flat form (`-j --flat`): one object per message. Links, addresses,
//! routes and neighbours carry the field names and values `ip -j` prints
//! (`ip -j link show`, the `addr_info` entries of `ip -j addr show` with
//! `ifindex`/`ifname` beside them, `ip -j route show table all`, `ip -j
//! neigh show`), so scripts written for `ip -j` read nlctl's output; every
//! other message becomes its header members and attributes by short name.
//!
//! These four are decoded straight from the bytes (attribute numbers and
//! value names read once from the specs), which is what keeps `dump
//! --flat` as fast as `ip -j` (docs/benchmarks.md, `cli-route-dump`).

use std::sync::OnceLock;

use nlkit::wire::{attrs, Message};
use serde_json::{Map, Value};

use crate::enrich::IfNames;
use crate::known;

/// Attribute numbers of one message kind by their spec names, read once.
struct Kind {
    /// Numbers in the order of the names asked for (`u16::MAX`: absent).
    nums: Vec<u16>,
}

impl Kind {
    fn new(ty: u16, names: &[&str]) -> Option<Kind> {
        let (r, op) = known::route_type(ty)?;
        let op = r.spec.shape_of(op);
        let set = r.spec.attr_set(op.attribute_set.as_deref()?)?;
        Some(Kind {
            nums: names
                .iter()
                .map(|n| set.attr(n).map_or(u16::MAX, |a| a.value))
                .collect(),
        })
    }

    /// Which of the names attribute type `ty` is (`usize::MAX`: none).
    fn slot(&self, ty: u16) -> usize {
        self.nums
            .iter()
            .position(|n| *n == ty)
            .unwrap_or(usize::MAX)
    }
}

/// Value names of an enum of one of the rtnetlink specs, by value.
fn enum_names(ty: u16, name: &str) -> Vec<(u64, String)> {
    let Some((r, _)) = known::route_type(ty) else {
        return Vec::new();
    };
    r.spec.enum_def(name).map_or_else(Vec::new, |(e, _)| {
        e.entries
            .iter()
            .map(|x| (x.value, x.name.clone()))
            .collect()
    })
}

fn name_of(table: &[(u64, String)], v: u64) -> Option<&str> {
    table.iter().find(|(x, _)| *x == v).map(|(_, n)| n.as_str())
}

const LINK_ATTRS: &[&str] = &[
    "address",
    "broadcast",
    "ifname",
    "mtu",
    "link",
    "qdisc",
    "master",
    "txqlen",
    "operstate",
    "linkmode",
    "ifalias",
    "group",
    "link-netnsid",
    "prop-list",
    "perm-address",
];
const ADDR_ATTRS: &[&str] = &[
    "ifa-address",
    "ifa-local",
    "ifa-label",
    "ifa-broadcast",
    "ifa-anycast",
    "ifa-cacheinfo",
    "ifa-flags",
];
const ROUTE_ATTRS: &[&str] = &[
    "rta-dst",
    "rta-src",
    "rta-oif",
    "rta-gateway",
    "rta-priority",
    "rta-prefsrc",
    "rta-table",
    "rta-pref",
    "rta-nh-id",
    "rta-multipath",
];
const NEIGH_ATTRS: &[&str] = &["dst", "lladdr"];

struct Tables {
    link: Option<Kind>,
    addr: Option<Kind>,
    route: Option<Kind>,
    neigh: Option<Kind>,
    oper: Vec<(u64, String)>,
    linkmode: Vec<(u64, String)>,
    arphrd: Vec<(u64, String)>,
    rtm_type: Vec<(u64, String)>,
    proto: Vec<(u64, String)>,
    scope: Vec<(u64, String)>,
    table: Vec<(u64, String)>,
    nud: Vec<(u64, String)>,
    ifa_flags: Vec<(u64, String)>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| Tables {
        link: Kind::new(16, LINK_ATTRS),
        addr: Kind::new(20, ADDR_ATTRS),
        route: Kind::new(24, ROUTE_ATTRS),
        neigh: Kind::new(28, NEIGH_ATTRS),
        oper: enum_names(16, "oper-state"),
        linkmode: enum_names(16, "link-mode"),
        arphrd: enum_names(16, "arphrd"),
        rtm_type: enum_names(24, "rtm-type"),
        proto: enum_names(24, "rt-protocol"),
        scope: enum_names(24, "rt-scope"),
        table: enum_names(24, "rt-table"),
        nud: enum_names(28, "nud-state"),
        ifa_flags: enum_names(20, "ifa-flags"),
    })
}

fn u16_at(b: &[u8], i: usize) -> u16 {
    u16::from_ne_bytes([b[i], b[i + 1]])
}
fn u32_at(b: &[u8], i: usize) -> u32 {
    u32::from_ne_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]])
}
fn u32_of(v: &[u8]) -> Option<u32> {
    (v.len() == 4).then(|| u32_at(v, 0))
}

fn str_of(v: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(v.split(|c| *c == 0).next().unwrap_or_default())
}

/// A JSON object written straight into text, keys in call order (what
/// `ip -j` prints, without building a `Value` per message).
struct Obj<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Obj<'a> {
    fn new(out: &'a mut String) -> Obj<'a> {
        out.push('{');
        Obj { out, first: true }
    }
    fn key(&mut self, k: &str) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.out.push('"');
        self.out.push_str(k);
        self.out.push_str("\":");
    }
    fn str(&mut self, k: &str, v: &str) {
        self.key(k);
        quote(self.out, v);
    }
    fn num(&mut self, k: &str, v: impl Into<i64>) {
        self.key(k);
        push_int(self.out, v.into());
    }
    fn yes(&mut self, k: &str) {
        self.key(k);
        self.out.push_str("true");
    }
    fn raw(&mut self, k: &str, json: &str) {
        self.key(k);
        self.out.push_str(json);
    }
    fn ip(&mut self, k: &str, v: &[u8], len: Option<u8>) {
        self.key(k);
        self.out.push('"');
        push_ip(self.out, v);
        if let Some(l) = len {
            self.out.push('/');
            push_int(self.out, i64::from(l));
        }
        self.out.push('"');
    }
    fn mac(&mut self, k: &str, v: &[u8]) {
        self.key(k);
        self.out.push('"');
        for (i, b) in v.iter().enumerate() {
            if i > 0 {
                self.out.push(':');
            }
            const HEX: &[u8; 16] = b"0123456789abcdef";
            self.out.push(HEX[usize::from(b >> 4)] as char);
            self.out.push(HEX[usize::from(b & 15)] as char);
        }
        self.out.push('"');
    }
    fn list(&mut self, k: &str, items: &[&str]) {
        self.key(k);
        self.out.push('[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            quote(self.out, x);
        }
        self.out.push(']');
    }
    fn end(self) {
        self.out.push('}');
    }
}

fn quote(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn push_int(out: &mut String, v: i64) {
    if v < 0 {
        out.push('-');
    }
    let mut n = v.unsigned_abs();
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&buf[i..]).unwrap_or("0"));
}

/// An IPv4 (dotted) or IPv6 (RFC 5952, as `ip` prints it) address.
fn push_ip(out: &mut String, v: &[u8]) {
    match v.len() {
        4 => {
            for (i, b) in v.iter().enumerate() {
                if i > 0 {
                    out.push('.');
                }
                push_int(out, i64::from(*b));
            }
        }
        16 => {
            let mut a = [0u8; 16];
            a.copy_from_slice(v);
            out.push_str(&std::net::Ipv6Addr::from(a).to_string());
        }
        _ => {}
    }
}

fn dev_name(ifnames: &IfNames, i: u32) -> String {
    ifnames
        .get(i64::from(i))
        .unwrap_or_else(|| format!("if{i}"))
}

/// The `ip -j`-shaped object (JSON text) of an rtnetlink link, address,
/// route or neighbour message; `None` for anything else.
pub fn ip_object(msg: &Message<'_>, ifnames: &IfNames) -> Option<String> {
    let t = tables();
    let p = msg.payload;
    let mut out = String::with_capacity(160);
    match msg.header.ty {
        16 | 17 if p.len() >= 16 => link(&mut out, t, t.link.as_ref()?, p, ifnames),
        20 | 21 if p.len() >= 8 => addr(&mut out, t, t.addr.as_ref()?, p, ifnames),
        24 | 25 if p.len() >= 12 => route(&mut out, t, t.route.as_ref()?, p, ifnames),
        28 | 29 if p.len() >= 12 => neigh(&mut out, t, t.neigh.as_ref()?, p, ifnames),
        _ => return None,
    }
    Some(out)
}

/// ip's `print_link_flags` order.
const IFF_ORDER: &[(u32, &str)] = &[
    (0x8, "LOOPBACK"),
    (0x2, "BROADCAST"),
    (0x10, "POINTOPOINT"),
    (0x1000, "MULTICAST"),
    (0x80, "NOARP"),
    (0x200, "ALLMULTI"),
    (0x100, "PROMISC"),
    (0x20, "NOTRAILERS"),
    (0x4, "DEBUG"),
    (0x8000, "DYNAMIC"),
    (0x4000, "AUTOMEDIA"),
    (0x2000, "PORTSEL"),
    (0x800, "SLAVE"),
    (0x400, "MASTER"),
    (0x1, "UP"),
    (0x10000, "LOWER_UP"),
    (0x20000, "DORMANT"),
    (0x40000, "ECHO"),
];

/// The attributes of `b` by slot of `k` (the last of each kind wins).
fn by_slot<'b>(k: &Kind, b: &'b [u8]) -> Vec<Option<&'b [u8]>> {
    let mut f = vec![None; k.nums.len()];
    for a in attrs(b).flatten() {
        if let Some(x) = f.get_mut(k.slot(a.ty)) {
            *x = Some(a.value);
        }
    }
    f
}

fn link(out: &mut String, t: &Tables, k: &Kind, p: &[u8], ifnames: &IfNames) {
    let index = u32_at(p, 4) as i32;
    let ty = u16_at(p, 2);
    let flags = u32_at(p, 8);
    let f = by_slot(k, &p[16..]);
    let get = |n: &str| LINK_ATTRS.iter().position(|x| *x == n).and_then(|i| f[i]);
    let mut o = Obj::new(out);
    o.num("ifindex", index);
    let name = get("ifname").map(str_of);
    if let Some(n) = &name {
        ifnames.learn(i64::from(index), n, flags);
    }
    let mut peer_down = false;
    if let Some(l) = get("link").and_then(u32_of) {
        if l == 0 {
            o.raw("link", "null");
        } else if get("link-netnsid").is_some() {
            o.num("link_index", l);
        } else {
            o.str("link", &dev_name(ifnames, l));
            peer_down = ifnames.flags(i64::from(l)).is_some_and(|fl| fl & 1 == 0);
        }
    }
    if let Some(n) = &name {
        o.str("ifname", n);
    }
    let mut fl: Vec<&str> = Vec::new();
    if flags & 1 != 0 && flags & 0x40 == 0 {
        fl.push("NO-CARRIER");
    }
    fl.extend(
        IFF_ORDER
            .iter()
            .filter(|(b, _)| flags & b != 0)
            .map(|(_, n)| *n),
    );
    if peer_down {
        fl.push("M-DOWN");
    }
    o.list("flags", &fl);
    if let Some(v) = get("mtu").and_then(u32_of) {
        o.num("mtu", v);
    }
    if let Some(v) = get("qdisc") {
        o.str("qdisc", &str_of(v));
    }
    if let Some(m) = get("master").and_then(u32_of) {
        o.str("master", &dev_name(ifnames, m));
    }
    if let Some(v) = get("operstate").filter(|v| v.len() == 1) {
        let n = name_of(&t.oper, u64::from(v[0])).map_or_else(|| v[0].to_string(), str::to_string);
        o.str("operstate", &n.to_ascii_uppercase());
    }
    if let Some(v) = get("linkmode").filter(|v| v.len() == 1) {
        let n =
            name_of(&t.linkmode, u64::from(v[0])).map_or_else(|| v[0].to_string(), str::to_string);
        o.str("linkmode", &n.to_ascii_uppercase());
    }
    if let Some(g) = get("group").and_then(u32_of) {
        o.str(
            "group",
            &if g == 0 {
                "default".to_string()
            } else {
                g.to_string()
            },
        );
    }
    if let Some(v) = get("txqlen").and_then(u32_of) {
        o.num("txqlen", v);
    }
    let lt = name_of(&t.arphrd, u64::from(ty)).map_or_else(|| format!("[{ty}]"), str::to_string);
    o.str("link_type", &lt);
    if let Some(a) = get("address").filter(|a| !a.is_empty()) {
        o.mac("address", a);
        if let Some(b) = get("broadcast").filter(|b| !b.is_empty()) {
            if flags & 0x10 != 0 {
                o.yes("link_pointtopoint");
            }
            o.mac("broadcast", b);
        }
    }
    if let Some(v) = get("link-netnsid").filter(|v| v.len() == 4) {
        o.num("link_netnsid", u32_at(v, 0) as i32);
    }
    if let (Some(pa), a) = (get("perm-address"), get("address")) {
        if Some(pa) != a {
            o.mac("permaddr", pa);
        }
    }
    if let Some(v) = get("ifalias") {
        o.str("ifalias", &str_of(v));
    }
    if let Some(pl) = get("prop-list") {
        let alts: Vec<String> = attrs(pl)
            .flatten()
            .map(|a| str_of(a.value).into_owned())
            .collect();
        if !alts.is_empty() {
            let refs: Vec<&str> = alts.iter().map(String::as_str).collect();
            o.list("altnames", &refs);
        }
    }
    o.end();
}

fn scope_name(t: &Tables, s: u8) -> String {
    if s == 0 {
        return "global".into();
    }
    name_of(&t.scope, u64::from(s)).map_or_else(|| s.to_string(), str::to_string)
}

fn addr(out: &mut String, t: &Tables, k: &Kind, p: &[u8], ifnames: &IfNames) {
    let family = p[0];
    let prefixlen = p[1];
    let scope = p[3];
    let index = u32_at(p, 4);
    let f = by_slot(k, &p[8..]);
    let get = |n: &str| ADDR_ATTRS.iter().position(|x| *x == n).and_then(|i| f[i]);
    let flags = get("ifa-flags").and_then(u32_of).unwrap_or(u32::from(p[2]));
    let mut o = Obj::new(out);
    o.num("ifindex", index);
    if let Some(n) = ifnames.get(i64::from(index)) {
        o.str("ifname", &n);
    }
    o.raw(
        "family",
        match family {
            2 => "\"inet\"",
            10 => "\"inet6\"",
            7 => "\"bridge\"",
            _ => "null",
        },
    );
    let (local, address) = (get("ifa-local"), get("ifa-address"));
    match (local, address) {
        (Some(l), Some(a)) if l != a => {
            o.ip("local", l, None);
            o.ip("address", a, None);
        }
        (Some(l), _) => o.ip("local", l, None),
        (None, Some(a)) => o.ip("local", a, None),
        (None, None) => {}
    }
    o.num("prefixlen", prefixlen);
    if let Some(b) = get("ifa-broadcast") {
        o.ip("broadcast", b, None);
    }
    if let Some(b) = get("ifa-anycast") {
        o.ip("anycast", b, None);
    }
    o.str("scope", &scope_name(t, scope));
    // ip's print_ifa_flags: its names for the spec's flags, in its order.
    const IP_NAMES: &[(&str, &str)] = &[
        ("secondary", "secondary"),
        ("nodad", "nodad"),
        ("optimistic", "optimistic"),
        ("dadfailed", "dadfailed"),
        ("homeaddress", "home"),
        ("deprecated", "deprecated"),
        ("tentative", "tentative"),
        ("permanent", "permanent"),
        ("managetempaddr", "mngtmpaddr"),
        ("noprefixroute", "noprefixroute"),
        ("mcautojoin", "autojoin"),
        ("stable-privacy", "stable-privacy"),
    ];
    for (spec_name, ip_name) in IP_NAMES {
        let Some((mask, _)) = t.ifa_flags.iter().find(|(_, n)| n == spec_name) else {
            continue;
        };
        let mask = *mask as u32;
        if *spec_name == "permanent" {
            if flags & mask == 0 {
                o.yes("dynamic");
            }
        } else if flags & mask != 0 {
            o.yes(if *spec_name == "secondary" && family == 10 {
                "temporary"
            } else {
                ip_name
            });
        }
    }
    if let Some(l) = get("ifa-label").filter(|_| family == 2) {
        o.str("label", &str_of(l));
    }
    if let Some(ci) = get("ifa-cacheinfo").filter(|v| v.len() >= 8) {
        o.num("valid_life_time", u32_at(ci, 4));
        o.num("preferred_life_time", u32_at(ci, 0));
    }
    o.end();
}

fn route(out: &mut String, t: &Tables, k: &Kind, p: &[u8], ifnames: &IfNames) {
    let family = p[0];
    let (dst_len, src_len, tos) = (p[1], p[2], p[3]);
    let (protocol, scope, rtype) = (p[5], p[6], p[7]);
    let rflags = u32_at(p, 8);
    let f = by_slot(k, &p[12..]);
    let get = |i: usize| f[i];
    let (dst, src, oif, gw, prio, prefsrc, table, pref, nhid, mp) = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    let table = get(table).and_then(u32_of).unwrap_or(u32::from(p[4]));
    let host = if family == 10 { 128 } else { 32 };
    let len = |l: u8| (l != host).then_some(l);
    let mut o = Obj::new(out);
    if rtype != 1 {
        let n = name_of(&t.rtm_type, u64::from(rtype))
            .map_or_else(|| rtype.to_string(), str::to_string);
        o.str("type", &n);
    }
    match get(dst) {
        Some(d) => o.ip("dst", d, len(dst_len)),
        None if dst_len == 0 => o.str("dst", "default"),
        None => o.str("dst", &format!("0/{dst_len}")),
    }
    if let Some(s) = get(src) {
        o.ip("from", s, len(src_len));
    }
    if tos != 0 {
        o.str("tos", &format!("0x{tos:02x}"));
    }
    if let Some(id) = get(nhid).and_then(u32_of) {
        o.num("nhid", id);
    }
    if let Some(g) = get(gw) {
        o.ip("gateway", g, None);
    }
    if let Some(i) = get(oif).and_then(u32_of) {
        o.str("dev", &dev_name(ifnames, i));
    }
    if table != 254 {
        let n =
            name_of(&t.table, u64::from(table)).map_or_else(|| table.to_string(), str::to_string);
        o.str("table", &n);
    }
    if protocol != 3 {
        let n = name_of(&t.proto, u64::from(protocol))
            .map_or_else(|| protocol.to_string(), str::to_string);
        o.str("protocol", &n);
    }
    if scope != 0 {
        o.str("scope", &scope_name(t, scope));
    }
    if let Some(s) = get(prefsrc) {
        o.ip("prefsrc", s, None);
    }
    if let Some(m) = get(prio).and_then(u32_of) {
        o.num("metric", m);
    }
    o.list("flags", &nh_flags(rflags));
    if let Some(mp) = get(mp) {
        o.key("nexthops");
        o.out.push('[');
        let mut rest = mp;
        let mut first = true;
        while rest.len() >= 8 {
            let l = usize::from(u16_at(rest, 0)).clamp(8, rest.len());
            if !first {
                o.out.push(',');
            }
            first = false;
            let mut h = Obj::new(o.out);
            for a in attrs(&rest[8..l]).flatten() {
                if k.slot(a.ty) == gw {
                    h.ip("gateway", a.value, None);
                }
            }
            h.str("dev", &dev_name(ifnames, u32_at(rest, 4)));
            h.num("weight", u32::from(rest[3]) + 1);
            h.list("flags", &nh_flags(u32::from(rest[2])));
            h.end();
            rest = &rest[nlkit::wire::align(l).min(rest.len())..];
        }
        o.out.push(']');
    }
    if let Some(pr) = get(pref)
        .and_then(|v| v.first().copied())
        .filter(|_| family == 10)
    {
        o.str(
            "pref",
            match pr {
                0 => "medium",
                1 => "high",
                3 => "low",
                _ => "unknown",
            },
        );
    }
    o.end();
}

/// ip's names of the `RTNH_F_*` flags.
fn nh_flags(f: u32) -> Vec<&'static str> {
    [
        (1, "dead"),
        (2, "pervasive"),
        (4, "onlink"),
        (8, "offload"),
        (16, "linkdown"),
        (32, "unresolved"),
        (64, "trap"),
    ]
    .iter()
    .filter(|(b, _)| f & b != 0)
    .map(|(_, n)| *n)
    .collect()
}

fn neigh(out: &mut String, t: &Tables, k: &Kind, p: &[u8], ifnames: &IfNames) {
    let index = u32_at(p, 4);
    let state = u16_at(p, 8);
    let flags = p[10];
    let f = by_slot(k, &p[12..]);
    let mut o = Obj::new(out);
    if let Some(d) = f[0] {
        o.ip("dst", d, None);
    }
    o.str("dev", &dev_name(ifnames, index));
    if let Some(l) = f[1] {
        o.mac("lladdr", l);
    }
    if flags & 0x80 != 0 {
        o.yes("router");
    }
    if flags & 0x08 != 0 {
        o.yes("proxy");
    }
    let st: Vec<String> = t
        .nud
        .iter()
        .filter(|(m, _)| u64::from(state) & m != 0)
        .map(|(_, n)| n.to_ascii_uppercase())
        .collect();
    if !st.is_empty() {
        let refs: Vec<&str> = st.iter().map(String::as_str).collect();
        o.list("state", &refs);
    }
    o.end();
}

/// The flat form of a decoded message (list form) that [`ip_object`]
/// does not cover: type, header members and attributes by short name
/// (`ifname` for `IFLA_IFNAME`), nests as objects.
pub fn flatten(v: Value) -> Value {
    let Value::Object(m) = v else { return v };
    if m.contains_key("note") {
        return Value::Object(m);
    }
    let mut o = Map::new();
    if let Some(t) = m.get("time") {
        o.insert("time".into(), t.clone());
    }
    o.insert(
        "type".into(),
        m.get("type_name")
            .filter(|t| !t.is_null())
            .cloned()
            .unwrap_or_else(|| m["type"].clone()),
    );
    if let Some(g) = m.get("group_name").filter(|g| !g.is_null()) {
        o.insert("group".into(), g.clone());
    }
    for k in ["error", "done", "payload"] {
        if let Some(x) = m.get(k) {
            o.insert(k.into(), x.clone());
        }
    }
    if let Some(Value::Object(h)) = m.get("family_header") {
        for (k, x) in h {
            if k != "kind" {
                o.insert(k.clone(), x.clone());
            }
        }
    }
    if let Some(Value::Array(a)) = m.get("attrs") {
        flat_attrs(&mut o, a);
    }
    Value::Object(o)
}

fn flat_attrs(o: &mut Map<String, Value>, list: &[Value]) {
    for a in list {
        let key = match a["name"].as_str() {
            Some(n) => n.split_once('_').map_or(n, |(_, t)| t).to_ascii_lowercase(),
            None => format!("{}", a["type"]),
        };
        let v = if let Some(Value::Array(children)) = a.get("attrs") {
            let mut inner = Map::new();
            flat_attrs(&mut inner, children);
            Value::Object(inner)
        } else if let Some(p) = a.get("prefix") {
            p.clone()
        } else if let Some(x) = a.get("value") {
            x.clone()
        } else {
            a.get("hex").cloned().unwrap_or(Value::Null)
        };
        o.insert(key, v);
    }
}
