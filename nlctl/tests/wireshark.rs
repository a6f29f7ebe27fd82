//! `nlctl gen wireshark`: the generated Lua dissectors read by Debian's
//! tshark on real captures of this host (`nlctl --pcap`), in a private
//! network namespace: a netlink-raw family (rt-link on protocol 0: a
//! multipart dump in several datagrams, NLMSG_DONE, an error with and
//! without extended ACK) and generic families by name (ethtool's nests,
//! netdev's flags). Every value nlctl decodes with the same spec must show
//! in `tshark -V` under the same name. Modules A/B are checked in the VM
//! (scenario capture_ebpf_oracle, xtask's guest file checks).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{ip, Netns};
use serde_json::Value;

fn require_tshark() -> bool {
    if Command::new("tshark").arg("--version").output().is_ok() {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "tshark is missing on CI: cargo xtask setup installs it"
    );
    eprintln!("skipping: tshark is not installed (cargo xtask setup)");
    false
}

struct Case {
    ns: Netns,
    dir: PathBuf,
}

impl Case {
    fn new(tag: &str) -> Case {
        let ns = Netns(format!("nlctl-ws-{tag}-{}", std::process::id()));
        ip(&["netns", "add", &ns.0]);
        ip(&["-n", &ns.0, "link", "set", "lo", "up"]);
        let dir = std::env::temp_dir().join(format!("nlctl-ws-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Case { ns, dir }
    }

    /// Runs nlctl in the namespace; (code, stdout, stderr).
    fn nlctl(&self, args: &[&str]) -> (i32, String, String) {
        let mut a = vec!["-n", &self.ns.0];
        a.extend_from_slice(args);
        common::run(&a)
    }

    /// `nlctl gen wireshark` of `family`'s spec; the Lua file.
    fn dissector(&self, family: &str) -> PathBuf {
        let spec = nlctl::spec_cmd::find_family(family).unwrap();
        let out = self.dir.join("lua");
        let (code, stdout, err) = common::run(&[
            "gen",
            "wireshark",
            spec.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        PathBuf::from(stdout.trim())
    }

    fn file(&self, name: &str) -> String {
        self.dir.join(name).to_str().unwrap().to_string()
    }
}

impl Drop for Case {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// `tshark -n [-V] -r capture` with the dissector `lua` loaded; stdout. No
/// Lua error, no malformed packet.
fn tshark(capture: &str, lua: &Path, verbose: bool) -> String {
    let mut c = Command::new("tshark");
    c.arg("-n");
    if verbose {
        c.arg("-V");
    }
    c.arg("-X")
        .arg(format!("lua_script:{}", lua.display()))
        .args(["-r", capture]);
    let out = c.output().expect("run tshark");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "tshark: {stderr}");
    assert!(!stderr.contains("Lua"), "tshark: {stderr}");
    assert!(
        !stdout.contains("Lua Error") && !stdout.contains("Malformed"),
        "{stdout}"
    );
    stdout
}

/// Every scalar nlctl decoded (`--json`, same spec) shows in `tshark -V`
/// on a line that starts with its name (`name (TYPE): value` for an
/// attribute, `name: value` for a fixed-header member) and holds its value.
fn same_values(json: &Value, text: &str, seen: &mut usize) {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    walk(json, &lines, seen);
}

fn walk(v: &Value, lines: &[&str], seen: &mut usize) {
    let Some(obj) = v.as_object() else {
        if let Some(a) = v.as_array() {
            for x in a {
                walk(x, lines, seen);
            }
        }
        return;
    };
    for (k, v) in obj {
        if k.starts_with("unknown-") {
            continue;
        }
        let want: Vec<String> = match v {
            Value::Object(_) => {
                walk(v, lines, seen);
                continue;
            }
            Value::Array(a) if a.iter().all(Value::is_string) => {
                a.iter().map(|s| s.as_str().unwrap().to_string()).collect()
            }
            Value::Array(_) => {
                walk(v, lines, seen);
                continue;
            }
            Value::String(s) => vec![s.clone()],
            Value::Bool(b) => vec![b.to_string()],
            other => vec![other.to_string()],
        };
        let found = lines.iter().any(|l| {
            (l.starts_with(&format!("{k} (")) || l.starts_with(&format!("{k}: ")))
                && want.iter().all(|w| l.contains(w.as_str()))
        });
        assert!(
            found,
            "tshark -V shows no line `{k} ...` with {want:?}; nlctl: {v}"
        );
        *seen += 1;
    }
}

#[test]
fn raw_family_dump_done_and_errors() {
    if !require_tshark() {
        return;
    }
    let c = Case::new("raw");
    let lua = c.dissector("rt-link");
    let dump = c.file("dump.pcapng");
    let (code, _, err) = c.nlctl(&["--pcap", &dump, "--family", "rt-link", "dump", "getlink"]);
    assert_eq!(code, 0, "{err}");
    let enodev = c.file("enodev.pcapng");
    let (code, _, _) = c.nlctl(&[
        "--pcap",
        &enodev,
        "--family",
        "rt-link",
        "do",
        "getlink",
        r#"{"ifname": "nosuch"}"#,
    ]);
    assert_eq!(code, 3);
    let extack = c.file("extack.pcapng");
    let (code, _, err) = c.nlctl(&[
        "--pcap",
        &extack,
        "request",
        "--type",
        "RTM_NEWLINK",
        "--flags",
        "create,excl",
        "--attr",
        "ifname:str:x0",
        "--attr",
        "linkinfo.info_kind:str:nosuchkind",
    ]);
    assert_eq!(code, 3, "{err}");

    // One line per datagram: the messages of each, by the spec's names.
    let summary = tshark(&dump, &lua, false);
    let lines: Vec<&str> = summary.lines().collect();
    assert_eq!(lines.len(), 3, "{summary}");
    assert!(lines[0].contains("rt-link") && lines[0].ends_with("getlink dump request"));
    assert!(lines[1].contains("getlink dump reply"), "{summary}");
    assert!(lines[2].contains("NLMSG_DONE of getlink dump"), "{summary}");

    let text = tshark(&dump, &lua, true);
    for want in [
        "rt-link netlink family (protocol 0, rt_link.yaml)",
        "Flags: 0x0301 (request, root, match)",
        "Flags: 0x0002 (multi)",
        "ifi-type: loopback (772)",
        "ifname (3): \"lo\"",
        "operstate (16): unknown (0)",
        "stats64 (23): rtnl-link-stats64",
    ] {
        assert!(text.contains(want), "no {want:?} in\n{text}");
    }
    let (code, out, err) = c.nlctl(&["--json", "--family", "rt-link", "dump", "getlink"]);
    assert_eq!(code, 0, "{err}");
    let mut seen = 0;
    for m in common::json_lines(&out) {
        same_values(&m, &text, &mut seen);
    }
    assert!(seen > 40, "only {seen} values compared");

    let text = tshark(&enodev, &lua, true);
    assert!(
        text.contains("error ENODEV (-19) for getlink request"),
        "{text}"
    );
    assert!(text.contains("Error: -19 (ENODEV)"), "{text}");

    // The kernel's extended ACK text, and the request it answers by name.
    let text = tshark(&extack, &lua, true);
    assert!(
        text.contains("error EOPNOTSUPP (-95) for newlink request: \"Unknown device type\""),
        "{text}"
    );
    assert!(text.contains("Message: Unknown device type"), "{text}");

    // Without the dissector the same file is Wireshark's own rtnetlink.
    let out = Command::new("tshark")
        .args(["-n", "-V", "-r", &dump])
        .output()
        .unwrap();
    let plain = String::from_utf8_lossy(&out.stdout);
    assert!(plain.contains("Linux rtnetlink"), "{plain}");
    assert!(!plain.contains("rt-link netlink family"));
}

#[test]
fn genl_families_by_name() {
    if !require_tshark() {
        return;
    }
    let c = Case::new("genl");
    let ethtool = c.dissector("ethtool");
    let netdev = c.dissector("netdev");
    let input = r#"{"header": {"dev-name": "lo"}}"#;
    let features = c.file("features.pcapng");
    let (code, _, err) = c.nlctl(&[
        "--pcap",
        &features,
        "--family",
        "ethtool",
        "do",
        "features-get",
        input,
    ]);
    assert_eq!(code, 0, "{err}");
    let text = tshark(&features, &ethtool, true);
    for want in [
        "ethtool netlink family (ethtool.yaml): features-get request",
        "ethtool netlink family (ethtool.yaml): features-get reply",
        "header (1): nest, 1 attributes",
        "dev-name (2): \"lo\"",
        "name (2): \"tx-generic-segmentation\"",
        "value (3): true",
    ] {
        assert!(text.contains(want), "no {want:?} in\n{text}");
    }
    let (code, out, err) = c.nlctl(&["--json", "--family", "ethtool", "do", "features-get", input]);
    assert_eq!(code, 0, "{err}");
    let mut seen = 0;
    same_values(&common::json_lines(&out)[0], &text, &mut seen);
    assert!(seen > 100, "only {seen} values compared");

    let dev = c.file("netdev.pcapng");
    let (code, _, err) = c.nlctl(&["--pcap", &dev, "--family", "netdev", "dump", "dev-get"]);
    assert_eq!(code, 0, "{err}");
    let text = tshark(&dev, &netdev, true);
    assert!(text.contains("dev-get dump request"), "{text}");
    assert!(text.contains("ifindex (1): 1"), "{text}");
    assert!(text.contains("xdp-features (3): 0x"), "{text}");
    let (code, out, err) = c.nlctl(&["--json", "--family", "netdev", "dump", "dev-get"]);
    assert_eq!(code, 0, "{err}");
    let mut seen = 0;
    for m in common::json_lines(&out) {
        same_values(&m, &text, &mut seen);
    }
    assert!(seen >= 1, "{out}");
}

/// Every spec (the kernel's and the project's) gives a dissector that
/// Wireshark loads, all of them at once (raw families on the same protocol
/// chain; genl families register by name), and a capture still decodes.
#[test]
fn every_spec_loads_together() {
    if !require_tshark() {
        return;
    }
    let c = Case::new("all");
    let mut specs = Vec::new();
    for d in nlctl::spec_cmd::search_path() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with(".yaml") && !name.ends_with(".overlay.yaml") {
                specs.push(p);
            }
        }
    }
    assert!(specs.len() >= 8, "{specs:?}");
    let mut args = vec!["-n".to_string()];
    let mut names = std::collections::HashSet::new();
    for p in &specs {
        let spec = nlkit_spec::Spec::read(p, &[]).unwrap();
        if !names.insert(spec.name.clone()) {
            continue;
        }
        let f = nlkit_spec::gen::wireshark::generate(&spec);
        let path = c.dir.join(&f.name);
        std::fs::write(&path, f.text).unwrap();
        args.push("-X".into());
        args.push(format!("lua_script:{}", path.display()));
    }
    let dump = c.file("dump.pcapng");
    let (code, _, err) = c.nlctl(&["--pcap", &dump, "--family", "rt-addr", "dump", "getaddr"]);
    assert_eq!(code, 0, "{err}");
    let out = Command::new("tshark")
        .args(&args)
        .args(["-r", &dump])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && !stderr.contains("Lua"), "{stderr}");
    assert!(stdout.contains("getaddr dump reply"), "{stdout}");
    eprintln!("{} dissectors loaded together", names.len());
}
