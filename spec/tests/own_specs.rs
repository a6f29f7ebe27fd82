//! The project's specs (`specs/*.yaml`) parse without a warning, and each
//! overlay (`specs/*.overlay.yaml`) applies to the kernel spec it names
//! and changes what it says it changes.

use nlkit_spec::{DisplayHint, Spec};
use std::path::{Path, PathBuf};

fn specs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("specs")
}

fn kernel(name: &str) -> PathBuf {
    let cache = std::env::var_os("NLKIT_CACHE")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap()).join(".cache/nlkit"));
    cache
        .join("specs/current/Documentation/netlink/specs")
        .join(name)
}

#[test]
fn own_specs_parse_cleanly() {
    let mut n = 0;
    for e in std::fs::read_dir(specs_dir()).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".yaml") || name.ends_with(".overlay.yaml") {
            continue;
        }
        let s = Spec::read(&p, &[]).unwrap_or_else(|e| panic!("{e}"));
        assert!(s.warnings.is_empty(), "{name}: {:?}", s.warnings);
        nlkit_spec::gen::c_uapi::generate(&s);
        nlkit_spec::gen::c_kernel::generate(&s);
        n += 1;
    }
    assert!(n >= 4, "nlkit-raw, rt-neigh, rt-rule, rt-nexthop: {n}");
}

#[test]
fn overlays_apply() {
    let base = kernel("rt_route.yaml");
    let plain = Spec::read(&base, &[]).unwrap();
    assert!(
        plain.mcast_groups.is_empty(),
        "6.12's rt_route has no groups"
    );
    let layered = Spec::read(&base, &[specs_dir().join("rt-route.overlay.yaml")]).unwrap();
    assert_eq!(layered.warnings, plain.warnings);
    assert_eq!(
        layered.mcast_group("rtnlgrp-ipv4-route").unwrap().value,
        Some(7)
    );
    let dst = layered
        .attr_set("route-attrs")
        .unwrap()
        .attr("rta-dst")
        .unwrap();
    assert_eq!(dst.display_hint, Some(DisplayHint::Ipv4OrV6));
    assert_eq!(
        dst.ty.name(),
        "binary",
        "the overlay keeps the kernel's type"
    );
    let base = kernel("mptcp_pm.yaml");
    let layered = Spec::read(&base, &[specs_dir().join("mptcp_pm.overlay.yaml")]).unwrap();
    let a4 = layered.attr_set("address").unwrap().attr("addr4").unwrap();
    assert_eq!(a4.display_hint, Some(DisplayHint::Ipv4));
    assert_eq!(a4.ty.name(), "u32");
}
