//! Files the guest sends on the console (captures, for now): written to
//! `target/vm/<kver>/files/`, and each pcapng checked on the host with
//! Debian's tshark, so Wireshark's own dissectors judge what the VM
//! captured. The console protocol is in `docs/vm.md`.

use std::path::Path;
use std::process::Command;

use crate::report::GuestFile;

/// Saves the files under `dir` and checks them; returns the problems (a
/// file cut short, unreadable by tshark, or missing a text it must show).
pub fn save_and_check(files: &[GuestFile], dir: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    if files.is_empty() {
        return problems;
    }
    if let Err(e) = std::fs::create_dir_all(dir) {
        return vec![format!("cannot create {}: {e}", dir.display())];
    }
    for f in files {
        if let Some(e) = &f.error {
            problems.push(format!("guest file {}: {e}", f.name));
            continue;
        }
        match f.declared_len {
            None => {
                problems.push(format!(
                    "guest file {}: no NLKIT-FILE-END (cut off)",
                    f.name
                ));
                continue;
            }
            Some(n) if n != f.bytes.len() => {
                problems.push(format!(
                    "guest file {}: {} bytes arrived, {n} announced",
                    f.name,
                    f.bytes.len()
                ));
                continue;
            }
            Some(_) => {}
        }
        let safe: String = f
            .name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let path = dir.join(safe);
        if let Err(e) = std::fs::write(&path, &f.bytes) {
            problems.push(format!("cannot write {}: {e}", path.display()));
            continue;
        }
        if path
            .extension()
            .is_some_and(|e| e == "pcapng" || e == "pcap")
        {
            match tshark_check(&path, &f.checks) {
                Ok(summary) => println!("  guest file {}: {summary}", path.display()),
                Err(e) => problems.push(format!("guest file {}: {e}", path.display())),
            }
        }
    }
    problems
}

/// `tshark -V` of a capture: every frame must decode as netlink, and every
/// text of `checks` must appear.
fn tshark_check(path: &Path, checks: &[String]) -> Result<String, String> {
    let out = Command::new("tshark")
        .args(["-n", "-V", "-r"])
        .arg(path)
        .output()
        .map_err(|e| format!("running tshark (cargo xtask setup installs it): {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "tshark cannot read it: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let frames = text.lines().filter(|l| l.starts_with("Frame ")).count();
    let netlink = text
        .lines()
        .filter(|l| l.starts_with("Linux netlink (cooked header)"))
        .count();
    if frames == 0 || frames != netlink {
        return Err(format!(
            "tshark decoded {netlink} of {frames} frames as netlink"
        ));
    }
    for c in checks {
        if !text.contains(c.as_str()) {
            return Err(format!("tshark -V does not show {c:?}"));
        }
    }
    Ok(format!(
        "tshark decodes {frames} netlink frames; shows {} expected text(s)",
        checks.len()
    ))
}
