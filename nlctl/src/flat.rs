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
use serde_json::{json, Map, Value};

use crate::enrich::IfNames;
use crate::known;

/// Attribute numbers and value names of one message kind, from its spec.
struct Kind {
    /// `(spec attribute name, number)`.
    attrs: Vec<(&'static str, u16)>,
}

impl Kind {
    fn new(ty: u16, names: &[&'static str]) -> Option<Kind> {
        let (r, op) = known::route_type(ty)?;
        let op = r.spec.shape_of(op);
        let set = r.spec.attr_set(op.attribute_set.as_deref()?)?;
        Some(Kind {
            attrs: names
                .iter()
                .filter_map(|n| Some((*n, set.attr(n)?.value)))
                .collect(),
        })
    }

    fn num(&self, name: &str) -> u16 {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(u16::MAX, |(_, v)| *v)
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
        link: Kind::new(
            16,
            &[
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
            ],
        ),
        addr: Kind::new(
            20,
            &[
                "ifa-address",
                "ifa-local",
                "ifa-label",
                "ifa-broadcast",
                "ifa-anycast",
                "ifa-cacheinfo",
                "ifa-flags",
            ],
        ),
        route: Kind::new(
            24,
            &[
                "rta-dst",
                "rta-src",
                "rta-iif",
                "rta-oif",
                "rta-gateway",
                "rta-priority",
                "rta-prefsrc",
                "rta-table",
                "rta-pref",
                "rta-nh-id",
                "rta-multipath",
            ],
        ),
        neigh: Kind::new(28, &["dst", "lladdr"]),
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

fn ip_of(v: &[u8]) -> Option<String> {
    match v.len() {
        4 => Some(std::net::Ipv4Addr::new(v[0], v[1], v[2], v[3]).to_string()),
        16 => {
            let mut a = [0u8; 16];
            a.copy_from_slice(v);
            Some(std::net::Ipv6Addr::from(a).to_string())
        }
        _ => None,
    }
}

fn mac_of(v: &[u8]) -> String {
    let mut s = String::with_capacity(v.len() * 3);
    for (i, b) in v.iter().enumerate() {
        if i > 0 {
            s.push(':');
        }
        s.push_str(&format!("{b:02x}"));
    }
    s
}

fn str_of(v: &[u8]) -> String {
    String::from_utf8_lossy(v.split(|c| *c == 0).next().unwrap_or_default()).into_owned()
}

fn family_name(f: u8) -> Value {
    match f {
        2 => json!("inet"),
        10 => json!("inet6"),
        7 => json!("bridge"),
        n => json!(n),
    }
}

/// The `ip -j`-shaped object of an rtnetlink link, address, route or
/// neighbour message; `None` for anything else.
pub fn ip_object(msg: &Message<'_>, ifnames: &IfNames) -> Option<Value> {
    let t = tables();
    let p = msg.payload;
    match msg.header.ty {
        16 | 17 if p.len() >= 16 => link(t, t.link.as_ref()?, p, ifnames),
        20 | 21 if p.len() >= 8 => addr(t, t.addr.as_ref()?, p, ifnames),
        24 | 25 if p.len() >= 12 => route(t, t.route.as_ref()?, p, ifnames),
        28 | 29 if p.len() >= 12 => neigh(t, t.neigh.as_ref()?, p, ifnames),
        _ => None,
    }
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

fn link(t: &Tables, k: &Kind, p: &[u8], ifnames: &IfNames) -> Option<Value> {
    let index = u32_at(p, 4) as i32;
    let ty = u16_at(p, 2);
    let flags = u32_at(p, 8);
    let mut f: [Option<&[u8]>; 15] = [None; 15];
    for a in attrs(&p[16..]).flatten() {
        if let Some(i) = k.attrs.iter().position(|(_, n)| *n == a.ty) {
            f[i] = Some(a.value);
        }
    }
    let get = |n: &str| k.attrs.iter().position(|(x, _)| *x == n).and_then(|i| f[i]);
    let mut o = Map::new();
    o.insert("ifindex".into(), json!(index));
    let name = get("ifname").map(str_of);
    if let Some(n) = &name {
        ifnames.learn(i64::from(index), n, flags);
    }
    let mut peer_down = false;
    if let Some(l) = get("link").and_then(u32_of) {
        if l == 0 {
            o.insert("link".into(), Value::Null);
        } else if get("link-netnsid").is_some() {
            o.insert("link_index".into(), json!(l));
        } else {
            o.insert(
                "link".into(),
                json!(ifnames
                    .get(i64::from(l))
                    .unwrap_or_else(|| format!("if{l}"))),
            );
            peer_down = ifnames.flags(i64::from(l)).is_some_and(|fl| fl & 1 == 0);
        }
    }
    if let Some(n) = name {
        o.insert("ifname".into(), json!(n));
    }
    let mut fl = Vec::new();
    if flags & 1 != 0 && flags & 0x40 == 0 {
        fl.push(json!("NO-CARRIER"));
    }
    for (bit, n) in IFF_ORDER {
        if flags & bit != 0 {
            fl.push(json!(n));
        }
    }
    if peer_down {
        fl.push(json!("M-DOWN"));
    }
    o.insert("flags".into(), Value::Array(fl));
    if let Some(v) = get("mtu").and_then(u32_of) {
        o.insert("mtu".into(), json!(v));
    }
    if let Some(v) = get("qdisc") {
        o.insert("qdisc".into(), json!(str_of(v)));
    }
    if let Some(m) = get("master").and_then(u32_of) {
        o.insert(
            "master".into(),
            json!(ifnames
                .get(i64::from(m))
                .unwrap_or_else(|| format!("if{m}"))),
        );
    }
    if let Some(v) = get("operstate").filter(|v| v.len() == 1) {
        let n = name_of(&t.oper, u64::from(v[0])).map_or_else(|| v[0].to_string(), str::to_string);
        o.insert("operstate".into(), json!(n.to_ascii_uppercase()));
    }
    if let Some(v) = get("linkmode").filter(|v| v.len() == 1) {
        let n =
            name_of(&t.linkmode, u64::from(v[0])).map_or_else(|| v[0].to_string(), str::to_string);
        o.insert("linkmode".into(), json!(n.to_ascii_uppercase()));
    }
    if let Some(g) = get("group").and_then(u32_of) {
        o.insert(
            "group".into(),
            if g == 0 {
                json!("default")
            } else {
                json!(g.to_string())
            },
        );
    }
    if let Some(v) = get("txqlen").and_then(u32_of) {
        o.insert("txqlen".into(), json!(v));
    }
    let lt = name_of(&t.arphrd, u64::from(ty)).map_or_else(|| format!("[{ty}]"), str::to_string);
    o.insert("link_type".into(), json!(lt));
    if let Some(a) = get("address").filter(|a| !a.is_empty()) {
        o.insert("address".into(), json!(mac_of(a)));
        if let Some(b) = get("broadcast").filter(|b| !b.is_empty()) {
            if flags & 0x10 != 0 {
                o.insert("link_pointtopoint".into(), json!(true));
            }
            o.insert("broadcast".into(), json!(mac_of(b)));
        }
    }
    if let Some(v) = get("link-netnsid").filter(|v| v.len() == 4) {
        o.insert("link_netnsid".into(), json!(u32_at(v, 0) as i32));
    }
    if let (Some(pa), a) = (get("perm-address"), get("address")) {
        if Some(pa) != a {
            o.insert("permaddr".into(), json!(mac_of(pa)));
        }
    }
    if let Some(v) = get("ifalias") {
        o.insert("ifalias".into(), json!(str_of(v)));
    }
    if let Some(pl) = get("prop-list") {
        let alts: Vec<Value> = attrs(pl)
            .flatten()
            .map(|a| json!(str_of(a.value)))
            .collect();
        if !alts.is_empty() {
            o.insert("altnames".into(), Value::Array(alts));
        }
    }
    Some(Value::Object(o))
}

fn scope_name(t: &Tables, s: u8) -> Value {
    if s == 0 {
        return json!("global");
    }
    name_of(&t.scope, u64::from(s)).map_or_else(|| json!(s.to_string()), |n| json!(n))
}

fn addr(t: &Tables, k: &Kind, p: &[u8], ifnames: &IfNames) -> Option<Value> {
    let family = p[0];
    let prefixlen = p[1];
    let mut flags = u32::from(p[2]);
    let scope = p[3];
    let index = u32_at(p, 4);
    let (mut address, mut local, mut label, mut brd, mut any, mut ci) =
        (None, None, None, None, None, None);
    for a in attrs(&p[8..]).flatten() {
        let v = a.value;
        match a.ty {
            x if x == k.num("ifa-address") => address = ip_of(v),
            x if x == k.num("ifa-local") => local = ip_of(v),
            x if x == k.num("ifa-label") => label = Some(str_of(v)),
            x if x == k.num("ifa-broadcast") => brd = ip_of(v),
            x if x == k.num("ifa-anycast") => any = ip_of(v),
            x if x == k.num("ifa-cacheinfo") && v.len() >= 8 => {
                ci = Some((u32_at(v, 0), u32_at(v, 4)))
            }
            x if x == k.num("ifa-flags") => flags = u32_of(v).unwrap_or(flags),
            _ => {}
        }
    }
    let mut o = Map::new();
    o.insert("ifindex".into(), json!(index));
    if let Some(n) = ifnames.get(i64::from(index)) {
        o.insert("ifname".into(), json!(n));
    }
    o.insert("family".into(), family_name(family));
    let (loc, peer) = match (local, address) {
        (Some(l), Some(a)) if l != a => (Some(l), Some(a)),
        (Some(l), _) => (Some(l), None),
        (None, a) => (a, None),
    };
    if let Some(l) = loc {
        o.insert("local".into(), json!(l));
    }
    if let Some(a) = peer {
        o.insert("address".into(), json!(a));
    }
    o.insert("prefixlen".into(), json!(prefixlen));
    if let Some(b) = brd {
        o.insert("broadcast".into(), json!(b));
    }
    if let Some(a) = any {
        o.insert("anycast".into(), json!(a));
    }
    o.insert("scope".into(), scope_name(t, scope));
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
                o.insert("dynamic".into(), json!(true));
            }
        } else if flags & mask != 0 {
            let n = if *spec_name == "secondary" && family == 10 {
                "temporary"
            } else {
                ip_name
            };
            o.insert(n.into(), json!(true));
        }
    }
    if let Some(l) = label.filter(|_| family == 2) {
        o.insert("label".into(), json!(l));
    }
    if let Some((pref, valid)) = ci {
        o.insert("valid_life_time".into(), json!(valid));
        o.insert("preferred_life_time".into(), json!(pref));
    }
    Some(Value::Object(o))
}

fn route(t: &Tables, k: &Kind, p: &[u8], ifnames: &IfNames) -> Option<Value> {
    let family = p[0];
    let (dst_len, src_len, tos) = (p[1], p[2], p[3]);
    let (mut table, protocol, scope, rtype) = (u32::from(p[4]), p[5], p[6], p[7]);
    let rflags = u32_at(p, 8);
    let mut o = Map::new();
    let (mut dst, mut src, mut gw, mut oif, mut prio, mut prefsrc, mut pref, mut nhid, mut mp) =
        (None, None, None, None, None, None, None, None, None);
    for a in attrs(&p[12..]).flatten() {
        let v = a.value;
        match a.ty {
            x if x == k.num("rta-dst") => dst = ip_of(v),
            x if x == k.num("rta-src") => src = ip_of(v),
            x if x == k.num("rta-gateway") => gw = ip_of(v),
            x if x == k.num("rta-oif") => oif = u32_of(v),
            x if x == k.num("rta-priority") => prio = u32_of(v),
            x if x == k.num("rta-prefsrc") => prefsrc = ip_of(v),
            x if x == k.num("rta-table") => table = u32_of(v).unwrap_or(table),
            x if x == k.num("rta-pref") => pref = v.first().copied(),
            x if x == k.num("rta-nh-id") => nhid = u32_of(v),
            x if x == k.num("rta-multipath") => mp = Some(v),
            _ => {}
        }
    }
    if rtype != 1 {
        let n = name_of(&t.rtm_type, u64::from(rtype))
            .map_or_else(|| rtype.to_string(), str::to_string);
        o.insert("type".into(), json!(n));
    }
    let host = if family == 10 { 128 } else { 32 };
    let with_len = |a: String, l: u8| if l == host { a } else { format!("{a}/{l}") };
    match dst {
        Some(d) => o.insert("dst".into(), json!(with_len(d, dst_len))),
        None if dst_len == 0 => o.insert("dst".into(), json!("default")),
        None => o.insert("dst".into(), json!(format!("0/{dst_len}"))),
    };
    if let Some(s) = src {
        o.insert("from".into(), json!(with_len(s, src_len)));
    }
    if tos != 0 {
        o.insert("tos".into(), json!(format!("0x{tos:02x}")));
    }
    if let Some(id) = nhid {
        o.insert("nhid".into(), json!(id));
    }
    if let Some(g) = gw {
        o.insert("gateway".into(), json!(g));
    }
    if let Some(i) = oif {
        o.insert(
            "dev".into(),
            json!(ifnames
                .get(i64::from(i))
                .unwrap_or_else(|| format!("if{i}"))),
        );
    }
    if table != 254 {
        let n =
            name_of(&t.table, u64::from(table)).map_or_else(|| table.to_string(), str::to_string);
        o.insert("table".into(), json!(n));
    }
    if protocol != 3 {
        let n = name_of(&t.proto, u64::from(protocol))
            .map_or_else(|| protocol.to_string(), str::to_string);
        o.insert("protocol".into(), json!(n));
    }
    if scope != 0 {
        o.insert("scope".into(), scope_name(t, scope));
    }
    if let Some(s) = prefsrc {
        o.insert("prefsrc".into(), json!(s));
    }
    if let Some(m) = prio {
        o.insert("metric".into(), json!(m));
    }
    o.insert("flags".into(), Value::Array(nh_flags(rflags)));
    if let Some(mp) = mp {
        let mut hops = Vec::new();
        let mut rest = mp;
        while rest.len() >= 8 {
            let len = usize::from(u16_at(rest, 0)).clamp(8, rest.len());
            let mut h = Map::new();
            for a in attrs(&rest[8..len]).flatten() {
                if a.ty == k.num("rta-gateway") {
                    if let Some(g) = ip_of(a.value) {
                        h.insert("gateway".into(), json!(g));
                    }
                }
            }
            let i = u32_at(rest, 4);
            h.insert(
                "dev".into(),
                json!(ifnames
                    .get(i64::from(i))
                    .unwrap_or_else(|| format!("if{i}"))),
            );
            h.insert("weight".into(), json!(u32::from(rest[3]) + 1));
            h.insert("flags".into(), Value::Array(nh_flags(u32::from(rest[2]))));
            hops.push(Value::Object(h));
            rest = &rest[nlkit::wire::align(len).min(rest.len())..];
        }
        o.insert("nexthops".into(), Value::Array(hops));
    }
    if let Some(pr) = pref.filter(|_| family == 10) {
        let n = match pr {
            0 => "medium",
            1 => "high",
            3 => "low",
            _ => "unknown",
        };
        o.insert("pref".into(), json!(n));
    }
    Some(Value::Object(o))
}

/// ip's names of the `RTNH_F_*` flags.
fn nh_flags(f: u32) -> Vec<Value> {
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
    .map(|(_, n)| json!(n))
    .collect()
}

fn neigh(t: &Tables, k: &Kind, p: &[u8], ifnames: &IfNames) -> Option<Value> {
    let index = u32_at(p, 4);
    let state = u16_at(p, 8);
    let flags = p[10];
    let mut o = Map::new();
    let (mut dst, mut ll) = (None, None);
    for a in attrs(&p[12..]).flatten() {
        if a.ty == k.num("dst") {
            dst = ip_of(a.value);
        } else if a.ty == k.num("lladdr") {
            ll = Some(mac_of(a.value));
        }
    }
    if let Some(d) = dst {
        o.insert("dst".into(), json!(d));
    }
    o.insert(
        "dev".into(),
        json!(ifnames
            .get(i64::from(index))
            .unwrap_or_else(|| format!("if{index}"))),
    );
    if let Some(l) = ll {
        o.insert("lladdr".into(), json!(l));
    }
    if flags & 0x80 != 0 {
        o.insert("router".into(), json!(true));
    }
    if flags & 0x08 != 0 {
        o.insert("proxy".into(), json!(true));
    }
    let st: Vec<Value> = t
        .nud
        .iter()
        .filter(|(m, _)| u64::from(state) & m != 0)
        .map(|(_, n)| json!(n.to_ascii_uppercase()))
        .collect();
    if !st.is_empty() {
        o.insert("state".into(), Value::Array(st));
    }
    Some(Value::Object(o))
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
