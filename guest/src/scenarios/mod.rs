//! The scenario registry: every test the guest can run in the VM.
//!
//! To add scenarios, write `scenarios/<x>.rs` with a `pub fn scenarios() ->
//! Vec<Scenario>` and add one `mod` line and one `extend` line below.

use crate::ctx::Ctx;

pub mod capture_ebpf;
pub mod hardening;
pub mod harness;
pub mod isolation;
pub mod kit;
pub mod lifecycle;
pub mod modes;
pub mod netns;
pub mod nlctl;
pub mod perms;
pub mod reliability_concurrency;
pub mod reliability_input;
pub mod reliability_permissions;
pub mod reliability_stress;
pub mod reliability_util;
pub mod seed;
pub mod sources;

/// One named test run in the guest. `Err(text)` fails it (use
/// [`crate::ctx::skip`] to report SKIP); a panic fails it too.
pub struct Scenario {
    /// Unique name, used by `--filter` (no spaces).
    pub name: &'static str,
    /// The test.
    pub run: fn(&mut Ctx) -> Result<(), String>,
}

/// All scenarios, in the order they run.
pub fn registry() -> Vec<Scenario> {
    let mut v = Vec::new();
    v.extend(seed::scenarios());
    v.extend(harness::scenarios());
    v.extend(modes::scenarios());
    v.extend(sources::scenarios());
    v.extend(isolation::scenarios());
    v.extend(perms::scenarios());
    v.extend(lifecycle::scenarios());
    v.extend(hardening::scenarios());
    v.extend(netns::scenarios());
    v.extend(reliability_permissions::scenarios());
    v.extend(reliability_input::scenarios());
    v.extend(reliability_stress::scenarios());
    v.extend(reliability_concurrency::scenarios());
    v.extend(nlctl::scenarios());
    v.extend(capture_ebpf::scenarios());
    v
}

/// Whether `name` is selected by `filter` (comma-separated substrings; none = all).
pub fn selected(name: &str, filter: Option<&str>) -> bool {
    match filter {
        None | Some("") => true,
        Some(f) => f
            .split(',')
            .any(|part| !part.is_empty() && name.contains(part)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_filterable() {
        let r = registry();
        let mut names: Vec<_> = r.iter().map(|s| s.name).collect();
        assert!(names.iter().all(|n| !n.is_empty() && !n.contains(' ')));
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), r.len());
        assert!(selected("seed", None));
        assert!(selected("seed_same_portid", Some("x,same")));
        assert!(!selected("seed", Some("other")));
    }
}
