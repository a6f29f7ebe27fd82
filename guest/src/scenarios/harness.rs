//! Self-tests of the VM harness helpers: running as an unprivileged user,
//! loading the in-tree modules kept in the image, reloading module A.
//!
//! If these fail, the other scenarios' results cannot be trusted.

use super::seed::{bound, expected_log, seed_message, MOD_A};
use super::Scenario;
use crate::ctx::Ctx;
use nlkit::socket::Addr;
use std::time::Duration;

/// The scenarios of this file.
pub fn scenarios() -> Vec<Scenario> {
    vec![
        Scenario {
            name: "harness_as_user",
            run: as_user,
        },
        Scenario {
            name: "harness_intree_modules",
            run: intree_modules,
        },
        Scenario {
            name: "harness_reload_module",
            run: reload_module,
        },
    ]
}

fn uid_line() -> Result<String, String> {
    let s = std::fs::read_to_string("/proc/self/status")
        .map_err(|e| format!("/proc/self/status: {e}"))?;
    s.lines()
        .find(|l| l.starts_with("Uid:"))
        .map(|l| l.split_whitespace().skip(1).collect::<Vec<_>>().join(" "))
        .ok_or_else(|| "no Uid: line".to_string())
}

fn as_user(ctx: &mut Ctx) -> Result<(), String> {
    let uids = ctx.as_user(uid_line)?;
    if uids != "65534 65534 65534 65534" {
        return Err(format!(
            "as_user ran with uids {uids}, expected 65534 everywhere"
        ));
    }
    match ctx.as_user(|| Err("expected failure".to_string())) {
        Err(e) if e == "expected failure" => {}
        other => return Err(format!("an Err in the child came back as {other:?}")),
    }
    ctx.log("next: a deliberate panic (\"boom\") in the child");
    match ctx.as_user(|| panic!("boom")) {
        Err(e) if e.contains("boom") => {}
        other => return Err(format!("a panic in the child came back as {other:?}")),
    }
    if uid_line()? != "0 0 0 0" {
        return Err("the parent lost root".to_string());
    }
    ctx.log("child ran as 65534; Err and panic propagated; parent still root");
    Ok(())
}

fn intree_modules(ctx: &mut Ctx) -> Result<(), String> {
    for m in ["nlmon", "dummy"] {
        ctx.load_intree(m)?;
        if !Ctx::module_loaded(m) {
            return Err(format!("{m} loaded but /sys/module/{m} is missing"));
        }
        ctx.log(format!("{m} loaded"));
    }
    Ok(())
}

fn reload_module(ctx: &mut Ctx) -> Result<(), String> {
    let (proto, name) = MOD_A;
    ctx.reload_module(name, "")?;
    let pid = std::process::id();
    let mark = ctx.mark();
    let s = bound(proto, pid)?;
    s.send(&seed_message(pid, "after reload"), Addr::KERNEL)
        .map_err(|e| format!("send after reload: {e}"))?;
    let want = expected_log(name, pid, "after reload");
    ctx.wait_kmsg(mark, Duration::from_secs(2), |l| l.contains(&want))
        .ok_or_else(|| format!("after reloading {name}: no kernel log line `{want}`"))?;
    ctx.log(format!("{name} unloaded, loaded again, and answered"));
    Ok(())
}
