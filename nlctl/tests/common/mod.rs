//! Helpers for the nlctl integration tests: run the built binary, parse
//! its JSON lines, make unique portids/groups per test process.

#![allow(dead_code)]

use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Path of the built binary.
pub const NLCTL: &str = env!("CARGO_BIN_EXE_nlctl");

/// Run nlctl with `args`; returns (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(NLCTL)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run nlctl");
    split(out)
}

/// Split an Output into (code, stdout, stderr).
pub fn split(out: Output) -> (i32, String, String) {
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Parse JSON lines.
pub fn json_lines(s: &str) -> Vec<Value> {
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

/// A portid unlikely to collide with other tests or processes.
pub fn unique_portid(offset: u32) -> u32 {
    0x4000_0000 + (std::process::id() << 8) % 0x1000_0000 + offset
}

/// Find the attribute named `name` in a decoded message's attribute list.
pub fn attr<'a>(list: &'a Value, name: &str) -> Option<&'a Value> {
    list.as_array()?.iter().find(|a| a["name"] == name)
}

/// A named network namespace (`ip netns`); deleted when dropped, even if
/// the test panics.
pub struct Netns(pub String);

impl Drop for Netns {
    fn drop(&mut self) {
        let _ = Command::new("ip").args(["netns", "del", &self.0]).status();
    }
}

/// Runs `ip ARGS`, expecting success; its stdout.
pub fn ip(args: &[&str]) -> String {
    let out = Command::new("ip").args(args).output().expect("run ip");
    assert!(
        out.status.success(),
        "ip {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}
