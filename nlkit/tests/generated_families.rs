//! The generic netlink families generated from the kernel's YNL specs
//! (`nlkit/src/families/gen/*.rs`) are what the generator makes of the
//! specs now: regenerated here and compared. `NLKIT_REGEN=1` rewrites them.
//! The kernel specs are those `cargo xtask setup` fetched
//! (`~/.cache/nlkit/specs/current`, or under `$NLKIT_CACHE`).

use std::path::{Path, PathBuf};

use nlkit_spec::gen::rust::{generate_with, Options};
use nlkit_spec::Spec;

/// (spec file: the kernel's, or the project's with `own:`, project overlay).
const FAMILIES: [(&str, Option<&str>); 10] = [
    ("ethtool.yaml", None),
    ("netdev.yaml", None),
    ("tcp_metrics.yaml", None),
    ("mptcp_pm.yaml", Some("mptcp_pm.overlay.yaml")),
    ("rt_addr.yaml", None),
    ("rt_link.yaml", Some("rt-link.overlay.yaml")),
    ("rt_route.yaml", Some("rt-route.overlay.yaml")),
    ("own:rt-neigh.yaml", None),
    ("own:rt-rule.yaml", None),
    ("own:rt-nexthop.yaml", None),
];

fn kernel_specs() -> Option<PathBuf> {
    let cache = std::env::var_os("NLKIT_CACHE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/nlkit")))?;
    let d = cache.join("specs/current/Documentation/netlink/specs");
    d.is_dir().then_some(d)
}

#[test]
fn generated_families_are_current() {
    let Some(kernel) = kernel_specs() else {
        eprintln!("SKIP: the kernel's specs are not fetched (cargo xtask setup)");
        assert!(std::env::var_os("CI").is_none(), "CI fetches the specs");
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let own = root.join("../specs");
    let out = root.join("src/families/gen");
    let regen = std::env::var_os("NLKIT_REGEN").is_some();
    let opts = Options {
        nlkit: "crate".into(),
    };
    for (file, overlay) in FAMILIES {
        let overlays: Vec<PathBuf> = overlay.iter().map(|o| own.join(o)).collect();
        let (path, file) = match file.strip_prefix("own:") {
            Some(f) => (own.join(f), format!("specs/{f}")),
            None => (kernel.join(file), format!("the kernel's {file}")),
        };
        let spec = Spec::read(&path, &overlays).expect("spec");
        let f = generate_with(&spec, &opts);
        let body = f.text.split_once('\n').map_or("", |(_, rest)| rest);
        let text = format!(
            "// Generated from {file}{} by `NLKIT_REGEN=1 cargo test -p nlkit --test generated_families`; do not edit.\n{body}",
            overlay.map_or(String::new(), |o| format!(" and specs/{o}"))
        );
        let path = out.join(&f.name);
        if regen {
            std::fs::write(&path, &text).unwrap();
            continue;
        }
        let now = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            now == text,
            "{} is not what the generator makes of {file}: run NLKIT_REGEN=1 cargo test -p nlkit --test generated_families",
            path.display()
        );
    }
}
