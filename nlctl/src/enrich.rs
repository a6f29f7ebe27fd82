//! What strace and ip show beside the raw fields of an rtnetlink message,
//! added to the list form after the spec decoded it: interface names next
//! to interface indexes, prefixes as `a.b.c.d/len`, and `RTA_MULTIPATH`'s
//! `struct rtnexthop` list (YNL cannot describe it: a struct followed by
//! attributes, repeated, each with its own length).

use std::cell::RefCell;
use std::collections::HashMap;
use std::time::{Duration, Instant};

use nlkit::client::{Client, Request};
use nlkit::socket::Protocol;
use nlkit::wire::Flags;
use serde_json::{json, Map, Value};

use crate::names::{self, Layout};

/// Interface names by index, read from the kernel (one `RTM_GETLINK` dump
/// in nlctl's network namespace) when first needed and again, at most once
/// a second, when an index is not known; `RTM_NEWLINK`s seen update it.
#[derive(Debug, Default)]
pub struct IfNames {
    map: RefCell<HashMap<i64, (String, u32)>>,
    loaded: RefCell<Option<Instant>>,
    frozen: RefCell<bool>,
}

impl IfNames {
    /// The name of interface `index`, if it has one.
    pub fn get(&self, index: i64) -> Option<String> {
        if index <= 0 {
            return None;
        }
        if let Some((n, _)) = self.map.borrow().get(&index) {
            return Some(n.clone());
        }
        let stale = !*self.frozen.borrow()
            && self
                .loaded
                .borrow()
                .map_or(true, |t| t.elapsed() > Duration::from_secs(1));
        if stale {
            self.reload();
        }
        self.map.borrow().get(&index).map(|(n, _)| n.clone())
    }

    /// Reads the names now and never again (a capture must not record
    /// nlctl asking for them).
    pub fn preload(&self) {
        self.reload();
        *self.frozen.borrow_mut() = true;
    }

    /// The `IFF_*` flags of interface `index`, if known.
    pub fn flags(&self, index: i64) -> Option<u32> {
        self.get(index)?;
        self.map.borrow().get(&index).map(|(_, f)| *f)
    }

    /// Learns `index` = `name` with `flags` (from a link message being printed).
    pub fn learn(&self, index: i64, name: &str, flags: u32) {
        self.map
            .borrow_mut()
            .insert(index, (name.to_string(), flags));
    }

    /// Learns `index` = `name`, keeping the flags already known.
    fn learn_name(&self, index: i64, name: &str) {
        let mut m = self.map.borrow_mut();
        let flags = m.get(&index).map_or(0, |(_, f)| *f);
        m.insert(index, (name.to_string(), flags));
    }

    fn reload(&self) {
        *self.loaded.borrow_mut() = Some(Instant::now());
        let Ok(mut c) = Client::open(Protocol::ROUTE) else {
            return;
        };
        let _ = c.set_timeout(Some(Duration::from_secs(2)));
        let Ok(req) = Request::build(18, Flags::DUMP, |b| {
            b.payload(&[0u8; 16]);
        }) else {
            return;
        };
        let mut found = Vec::new();
        let _ = c.execute(&req, |m| {
            if m.payload.len() >= 16 {
                let idx =
                    i32::from_ne_bytes([m.payload[4], m.payload[5], m.payload[6], m.payload[7]]);
                let flags =
                    u32::from_ne_bytes([m.payload[8], m.payload[9], m.payload[10], m.payload[11]]);
                for a in nlkit::wire::attrs(&m.payload[16..]).flatten() {
                    if a.ty == 3 {
                        if let Ok(n) = a.str() {
                            found.push((i64::from(idx), (n.to_string(), flags)));
                        }
                    }
                }
            }
            Ok(())
        });
        self.map.borrow_mut().extend(found);
    }
}

/// Attributes whose value is an interface index.
const IFINDEX_ATTRS: &[&str] = &[
    "RTA_OIF",
    "RTA_IIF",
    "IFLA_LINK",
    "IFLA_MASTER",
    "NDA_IFINDEX",
    "NDA_MASTER",
    "NHA_OIF",
];

/// Header members that are interface indexes (not a link's own).
const IFINDEX_MEMBERS: &[&str] = &["ifa_index", "ndm_ifindex", "ifindex"];

/// `(address attribute, header member with its prefix length)`.
const PREFIXES: &[(&str, &str)] = &[
    ("RTA_DST", "rtm_dst_len"),
    ("RTA_SRC", "rtm_src_len"),
    ("IFA_ADDRESS", "ifa_prefixlen"),
    ("IFA_LOCAL", "ifa_prefixlen"),
    ("FRA_DST", "dst_len"),
    ("FRA_SRC", "src_len"),
];

/// Adds names, prefixes and next hops to a decoded rtnetlink message (`v`
/// has `family_header` and `attrs` in the list form).
pub fn route(v: &mut Map<String, Value>, ifnames: &IfNames, layout: Layout) {
    let header = v.get("family_header").cloned().unwrap_or(Value::Null);
    if header["kind"] == "ifinfomsg" {
        if let (Some(i), Some(n)) = (
            header["ifi_index"].as_i64(),
            find(v, "IFLA_IFNAME").and_then(|a| a["value"].as_str().map(str::to_string)),
        ) {
            ifnames.learn_name(i, &n);
        }
    }
    if let Some(Value::Object(h)) = v.get_mut("family_header") {
        for m in IFINDEX_MEMBERS {
            if let Some(n) = h
                .get(*m)
                .and_then(Value::as_i64)
                .and_then(|i| ifnames.get(i))
            {
                h.insert("dev".into(), json!(n));
            }
        }
    }
    let Some(Value::Array(attrs)) = v.get_mut("attrs") else {
        return;
    };
    for a in attrs.iter_mut() {
        let name = a["name"].as_str().unwrap_or("").to_string();
        if IFINDEX_ATTRS.contains(&name.as_str()) {
            if let Some(n) = a["value"].as_i64().and_then(|i| ifnames.get(i)) {
                a["ifname"] = json!(n);
            }
        }
        if let Some((_, member)) = PREFIXES.iter().find(|(x, _)| *x == name) {
            if let (Some(addr), Some(len)) = (a["value"].as_str(), header[*member].as_u64()) {
                a["prefix"] = json!(format!("{addr}/{len}"));
            }
        }
        if name == "RTA_MULTIPATH" {
            if let Some(hops) = a["value"]
                .as_str()
                .and_then(|h| crate::payload::parse_hex(h).ok())
                .and_then(|b| multipath(&b, ifnames, layout))
            {
                a["value"] = Value::Array(hops);
            }
        }
    }
}

fn find<'a>(v: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    v.get("attrs")?
        .as_array()?
        .iter()
        .find(|a| a["name"] == name)
}

/// `RTA_MULTIPATH`: `struct rtnexthop { u16 len; u8 flags; u8 hops; s32
/// ifindex; }` then route attributes, `len` bytes in all, repeated.
fn multipath(b: &[u8], ifnames: &IfNames, layout: Layout) -> Option<Vec<Value>> {
    let table = names::layout_table(layout);
    let names::Table::Spec(spec, set) = table else {
        return None;
    };
    let mut out = Vec::new();
    let mut rest = b;
    while !rest.is_empty() {
        if rest.len() < 8 {
            return None;
        }
        let len = usize::from(u16::from_ne_bytes([rest[0], rest[1]]));
        if len < 8 || len > rest.len() {
            return None;
        }
        let ifindex = i32::from_ne_bytes([rest[4], rest[5], rest[6], rest[7]]);
        let mut hop = Map::new();
        hop.insert("rtnh_flags".into(), json!(rest[2]));
        hop.insert("rtnh_hops".into(), json!(rest[3]));
        hop.insert("rtnh_ifindex".into(), json!(ifindex));
        if let Some(n) = ifnames.get(i64::from(ifindex)) {
            hop.insert("dev".into(), json!(n));
        }
        for a in crate::spec_codec::decode_attr_list(spec, set, &rest[8..len]) {
            if let (Some(n), Some(x)) = (a["name"].as_str(), a.get("value")) {
                hop.insert(n.to_string(), x.clone());
            }
        }
        out.push(Value::Object(hop));
        rest = &rest[nlkit::wire::align(len).min(rest.len())..];
    }
    Some(out)
}
