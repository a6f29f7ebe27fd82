//! The families nlctl knows by spec without `--spec`: rtnetlink (the
//! kernel's `rt_link`, `rt_addr`, `rt_route`, `tc` and the project's
//! `rt-neigh`, `rt-rule`, `rt-nexthop`, overlays applied) and any generic
//! family whose spec is on the search path. Specs are read lazily, once per
//! process, and kept for its lifetime (`'static`), so the printer and the
//! argument parser can hand out plain references.
//!
//! Names derived here: message types `RTM_<OP>` (`RTM_GETNEIGH`),
//! attributes by their set's `name-prefix` (`IFLA_LINKINFO`), multicast
//! groups by the spec's `rtnlgrp-*` names and their short aliases (`link`,
//! `ipv4-route`).

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use nlkit_spec::{Operation, Spec};

use crate::spec_cmd;

/// The rtnetlink specs, in the order they are consulted.
pub const ROUTE_FAMILIES: &[&str] = &[
    "rt-link",
    "rt-addr",
    "rt-route",
    "rt-neigh",
    "rt-rule",
    "rt-nexthop",
    "tc",
];

/// One rtnetlink spec with the message types it names.
#[derive(Debug)]
pub struct RouteSpec {
    /// The spec.
    pub spec: Spec,
    /// `(message type, C name, op index)`: every request value of its ops.
    pub types: Vec<(u16, String, usize)>,
}

impl RouteSpec {
    fn new(spec: Spec) -> RouteSpec {
        let mut types = Vec::new();
        for (i, op) in spec.operations.list.iter().enumerate() {
            let mut values: Vec<u32> = [&op.do_, &op.dump]
                .into_iter()
                .flatten()
                .filter_map(|s| s.request.as_ref().map(|r| r.value))
                .collect();
            values.push(op.value);
            for v in values {
                let Ok(v) = u16::try_from(v) else { continue };
                if v >= 16 && !types.iter().any(|(t, _, _)| *t == v) {
                    let name = format!("RTM_{}", op.name.to_ascii_uppercase().replace('-', "_"));
                    types.push((v, name, i));
                }
            }
        }
        RouteSpec { spec, types }
    }

    /// The operation whose messages have type `ty`.
    pub fn op(&self, ty: u16) -> Option<&Operation> {
        self.types
            .iter()
            .find(|(t, _, _)| *t == ty)
            .map(|(_, _, i)| &self.spec.operations.list[*i])
    }
}

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_specs.rs"));
}

/// The spec `name` from the copies built into nlctl (`build.rs`), with
/// the embedded overlays.
fn embedded_family(name: &str) -> Option<Spec> {
    let files = spec_cmd::candidates(name);
    let (file, text) = embedded::EMBEDDED
        .iter()
        .find(|(f, _)| files.iter().any(|c| c == f))?;
    let label = format!("(built in) {file}");
    let mut root = nlkit_spec::yaml::parse(&label, text).ok()?;
    for (f, t) in embedded::EMBEDDED {
        if files
            .iter()
            .any(|c| c.replace(".yaml", ".overlay.yaml") == *f)
        {
            let mut over = nlkit_spec::yaml::parse(f, t).ok()?;
            if let nlkit_spec::yaml::Value::Map(m) = &mut over.value {
                m.retain(|(k, _)| k.as_str() != Some("overlay-of"));
            }
            nlkit_spec::yaml::merge(&mut root, over);
        }
    }
    Spec::from_node(&label, &root).ok()
}

/// Reads spec `name` from the search path with its overlays, else from
/// the copies built in; `None` when neither has it (nlctl then shows
/// numbers).
pub fn read_family(name: &str) -> Option<Spec> {
    match spec_cmd::find_family(name) {
        Ok(_) => read_from_path(name),
        Err(_) => embedded_family(name),
    }
}

fn read_from_path(name: &str) -> Option<Spec> {
    let path = spec_cmd::find_family(name).ok()?;
    let base = Spec::read(&path, &[]).ok()?;
    let overlays = spec_cmd::overlays_for(&base.name, &path);
    if overlays.is_empty() {
        Some(base)
    } else {
        Spec::read(&path, &overlays).ok()
    }
}

fn route_slots() -> &'static [OnceLock<Option<RouteSpec>>] {
    static SLOTS: OnceLock<Vec<OnceLock<Option<RouteSpec>>>> = OnceLock::new();
    SLOTS.get_or_init(|| ROUTE_FAMILIES.iter().map(|_| OnceLock::new()).collect())
}

/// The `i`th spec of [`ROUTE_FAMILIES`], read on first use.
fn route_spec(i: usize) -> Option<&'static RouteSpec> {
    route_slots()[i]
        .get_or_init(|| {
            read_family(ROUTE_FAMILIES[i])
                .filter(|s| s.protonum == 0)
                .map(RouteSpec::new)
        })
        .as_ref()
}

/// Every rtnetlink spec found (all are read).
pub fn route_specs() -> impl Iterator<Item = &'static RouteSpec> {
    (0..ROUTE_FAMILIES.len()).filter_map(route_spec)
}

/// The spec and operation describing rtnetlink message type `ty` (specs
/// are read in order until one has it).
pub fn route_type(ty: u16) -> Option<(&'static RouteSpec, &'static Operation)> {
    if ty < 16 {
        return None;
    }
    (0..ROUTE_FAMILIES.len())
        .filter_map(route_spec)
        .find_map(|r| r.op(ty).map(|o| (r, o)))
}

/// The C name of rtnetlink message type `ty` (`RTM_NEWLINK`).
pub fn route_type_name(ty: u16) -> Option<&'static str> {
    let (r, _) = route_type(ty)?;
    r.types
        .iter()
        .find(|(t, _, _)| *t == ty)
        .map(|(_, n, _)| n.as_str())
}

/// An rtnetlink message type by name: `RTM_GETNEIGH`, `getneigh`, any case.
pub fn route_type_by_name(name: &str) -> Option<u16> {
    let up = name.to_ascii_uppercase().replace('-', "_");
    let full = if up.starts_with("RTM_") {
        up
    } else {
        format!("RTM_{up}")
    };
    route_specs().find_map(|r| {
        r.types
            .iter()
            .find(|(_, n, _)| *n == full)
            .map(|(t, _, _)| *t)
    })
}

/// Every rtnetlink multicast group the specs name: `(spec name, number)`,
/// e.g. `("rtnlgrp-link", 1)`.
pub fn route_groups() -> Vec<(String, u32)> {
    let mut out: Vec<(String, u32)> = Vec::new();
    for r in route_specs() {
        for g in &r.spec.mcast_groups {
            if let Some(v) = g.value {
                if !out.iter().any(|(n, _)| *n == g.name) {
                    out.push((g.name.clone(), v));
                }
            }
        }
    }
    out.sort_by_key(|(_, v)| *v);
    out
}

/// The short alias of a group name: `rtnlgrp-ipv4-route` -> `ipv4-route`.
pub fn group_alias(name: &str) -> &str {
    name.strip_prefix("rtnlgrp-").unwrap_or(name)
}

/// An rtnetlink group by name: `link`, `rtnlgrp-link`, `RTNLGRP_LINK`.
pub fn route_group(name: &str) -> Option<u32> {
    let n = name.to_ascii_lowercase().replace('_', "-");
    route_groups()
        .into_iter()
        .find(|(g, _)| *g == n || group_alias(g) == n)
        .map(|(_, v)| v)
}

/// The name of rtnetlink group `v`, short form (`link`).
pub fn route_group_name(v: u32) -> Option<String> {
    route_groups()
        .into_iter()
        .find(|(_, x)| *x == v)
        .map(|(n, _)| group_alias(&n).to_string())
}

fn genl_ids() -> &'static Mutex<HashMap<u16, &'static str>> {
    static IDS: OnceLock<Mutex<HashMap<u16, &'static str>>> = OnceLock::new();
    IDS.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Remembers that generic family `name` has id `id` here (from the
/// controller), so its messages are named and decoded by its spec.
pub fn remember_genl(id: u16, name: &str) {
    let mut m = genl_ids().lock().unwrap_or_else(|e| e.into_inner());
    if m.get(&id).is_some_and(|n| *n == name) {
        return;
    }
    m.insert(id, Box::leak(name.to_string().into_boxed_str()));
}

/// The name of generic family `id`, if remembered.
pub fn genl_family_name(id: u16) -> Option<&'static str> {
    genl_ids()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&id)
        .copied()
}

/// The spec of generic netlink family `name`, read on first use.
pub fn genl_spec(name: &str) -> Option<&'static Spec> {
    static CACHE: OnceLock<Mutex<HashMap<String, Option<&'static Spec>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let mut c = cache.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(s) = c.get(name) {
        return *s;
    }
    let spec = read_family(name)
        .filter(|s| s.protocol.is_genetlink() && s.name == name)
        .map(|s| &*Box::leak(Box::new(s)));
    c.insert(name.to_string(), spec);
    spec
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Needs the kernel's specs (`cargo xtask setup`) and the project's.
    #[test]
    fn rtnetlink_names_come_from_the_specs() {
        assert_eq!(route_type_by_name("getlink"), Some(18));
        assert_eq!(route_type_by_name("RTM_GETNEIGH"), Some(30));
        assert_eq!(route_type_by_name("getrule"), Some(34));
        assert_eq!(route_type_by_name("getnexthop"), Some(106));
        assert_eq!(route_type_by_name("getqdisc"), Some(38));
        assert_eq!(route_type_name(16), Some("RTM_NEWLINK"));
        assert_eq!(route_type_name(32), Some("RTM_NEWRULE"));
        let (_, op) = route_type(30).unwrap();
        assert_eq!(op.fixed_header.as_deref(), Some("ndmsg"));
        assert_eq!(route_group("link"), Some(1));
        assert_eq!(route_group("RTNLGRP_IPV4_ROUTE"), Some(7));
        assert_eq!(route_group("ipv6-ifaddr"), Some(9));
        assert_eq!(route_group_name(3), Some("neigh".into()));
        assert!(genl_spec("nlctrl").is_some());
        assert!(genl_spec("no-such-family").is_none());
    }
}
