//! Files the guest sends on the console (captures, for now): written to
//! `target/vm/<kver>/files/`, and each pcapng checked on the host with
//! Debian's tshark, so Wireshark's own dissectors judge what the VM
//! captured; captures the guest names a spec for are read again with the
//! Lua dissector generated from it (`nlctl gen wireshark`, through
//! nlkit-spec). The console protocol is in `docs/vm.md`.

use std::path::{Path, PathBuf};
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
            match tshark_check(&path, &f.checks, None) {
                Ok(summary) => println!("  guest file {}: {summary}", path.display()),
                Err(e) => problems.push(format!("guest file {}: {e}", path.display())),
            }
            if let Some((spec, protocols)) = &f.lua {
                let r = dissector(spec, protocols, dir).and_then(|lua| {
                    tshark_check(&path, &f.lua_checks, Some(&lua))
                        .map(|s| format!("with {}: {s}", lua.0.display()))
                });
                match r {
                    Ok(summary) => println!("  guest file {}: {summary}", path.display()),
                    Err(e) => problems.push(format!("guest file {} ({spec}): {e}", path.display())),
                }
            }
        }
    }
    problems
}

/// A generated dissector: its file and the `-o` that sets its protocols.
type Dissector = (PathBuf, String);

/// Generates the Lua dissector of `specs/<spec>` into `dir/lua/`.
fn dissector(spec: &str, protocols: &str, dir: &Path) -> Result<Dissector, String> {
    let path = crate::util::ws_root().join("specs").join(spec);
    let model = nlkit_spec::Spec::read(&path, &[]).map_err(|e| format!("bad spec: {e}"))?;
    let f = nlkit_spec::gen::wireshark::generate(&model);
    let out = dir.join("lua");
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let file = out.join(&f.name);
    std::fs::write(&file, f.text).map_err(|e| format!("{}: {e}", file.display()))?;
    let pref = format!(
        "{}.protocols:{protocols}",
        nlkit_spec::gen::wireshark::filter_name(&model)
    );
    Ok((file, pref))
}

/// `tshark -n -V` of a capture, with `lua` loaded if given.
fn tshark(path: &Path, lua: Option<&Dissector>) -> Result<String, String> {
    let mut cmd = Command::new("tshark");
    cmd.args(["-n", "-V"]);
    if let Some((file, pref)) = lua {
        cmd.arg("-X")
            .arg(format!("lua_script:{}", file.display()))
            .args(["-o", pref]);
    }
    let out = cmd
        .arg("-r")
        .arg(path)
        .output()
        .map_err(|e| format!("running tshark (cargo xtask setup installs it): {e}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() || (lua.is_some() && stderr.contains("Lua")) {
        return Err(format!("tshark cannot read it: {}", stderr.trim()));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// `tshark -V` of a capture (with `lua` loaded, if given): every frame
/// must decode as netlink, and every text of `checks` must appear; with a
/// dissector, no Lua error and no frame malformed that Wireshark alone
/// reads well (a datagram that is not netlink is malformed either way).
fn tshark_check(path: &Path, checks: &[String], lua: Option<&Dissector>) -> Result<String, String> {
    let text = tshark(path, lua)?;
    if lua.is_some() {
        if let Some(l) = text.lines().find(|l| l.contains("Lua Error")) {
            return Err(format!("tshark -V with the dissector: {}", l.trim()));
        }
        let malformed = |t: &str| t.lines().filter(|l| l.contains("[Malformed")).count();
        let (with, without) = (malformed(&text), malformed(&tshark(path, None)?));
        if with > without {
            return Err(format!(
                "{with} malformed frames with the dissector, {without} without"
            ));
        }
    }
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
