//! Reading the guest's console: the `NLKIT-*` protocol lines, the kernel log
//! dump, and the checks that make a run fail (kernel complaints, taint).
//!
//! The protocol is described in `docs/vm.md`.

/// Taint bits that are expected: out-of-tree (O) and unsigned (E) modules.
pub const ALLOWED_TAINT: u64 = 4096 | 8192;

/// Kernel log patterns that fail a run.
const BAD_PATTERNS: &[&str] = &[
    "WARNING:",
    "BUG:",
    "BUG kmalloc",
    "Oops",
    "KASAN",
    "UBSAN",
    "soft lockup",
    "hard LOCKUP",
    "hung task",
    "blocked for more than",
    // lockdep (its reports start with "WARNING: possible ..." too)
    "possible circular locking",
    "possible recursive locking",
    "inconsistent lock state",
    "possible irq lock inversion",
    "lock held when returning",
    "DEBUG_LOCKS_WARN_ON",
    // DEBUG_ATOMIC_SLEEP ("BUG: sleeping function called from invalid context")
    "sleeping function called from invalid context",
    "scheduling while atomic",
    // DEBUG_OBJECTS, KFENCE, kmemleak
    "ODEBUG:",
    "KFENCE:",
    "suspected memory leak",
    "unreferenced object",
    "kmemleak: Kernel memory leak detector disabled",
    "kmemleak: Memory pool empty",
    "general protection fault",
    "Kernel panic",
    "Unable to handle kernel",
    "stack-protector",
    "list_add corruption",
    "list_del corruption",
];

/// The outcome of one scenario.
#[derive(Debug, Clone)]
pub struct Scenario {
    /// Its name.
    pub name: String,
    /// PASS, FAIL or SKIP.
    pub status: String,
    /// Free text after the status.
    pub detail: String,
}

/// A file the guest sent on the console (`NLKIT-FILE` hex lines, then
/// `NLKIT-FILE-END name len`; `NLKIT-FILE-CHECK name text` lines name texts
/// the host's `tshark -V` of it must show).
#[derive(Debug, Default, Clone)]
pub struct GuestFile {
    /// The name the guest gave it (scenario and file name).
    pub name: String,
    /// Its bytes, decoded.
    pub bytes: Vec<u8>,
    /// The length `NLKIT-FILE-END` announced; `None` if the end never came.
    pub declared_len: Option<usize>,
    /// Texts the decoded file must contain.
    pub checks: Vec<String>,
    /// `NLKIT-FILE-LUA name SPEC PROTOCOLS`: also read it with the Lua
    /// dissector generated from `specs/SPEC`, on those netlink protocols.
    pub lua: Option<(String, String)>,
    /// Texts that reading must show (`NLKIT-FILE-LUA-CHECK`).
    pub lua_checks: Vec<String>,
    /// A line that was not valid hex, if any.
    pub error: Option<String>,
}

fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    if hex.len() % 2 != 0 {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Everything xtask learned from one console.
#[derive(Debug, Default)]
pub struct Report {
    /// Scenario outcomes in order.
    pub scenarios: Vec<Scenario>,
    /// Kernel log lines from the dump.
    pub dmesg: Vec<String>,
    /// Console or kernel log lines matching a bad pattern.
    pub complaints: Vec<String>,
    /// `/proc/sys/kernel/tainted` as reported by the guest.
    pub taint: Option<u64>,
    /// Whether `NLKIT-DONE` was seen.
    pub done: bool,
    /// `NLKIT-RUN-EXIT` (vm run) status.
    pub run_exit: Option<i32>,
    /// `NLKIT-DEMO` verdict.
    pub demo: Option<bool>,
    /// `NLKIT-MODULE` lines that did not say OK.
    pub module_failures: Vec<String>,
    /// Other console lines (guest output, kernel console messages).
    pub other: Vec<String>,
    /// The kmemleak report read after the modules were unloaded
    /// (`NLKIT-KMEMLEAK-BEGIN`..`END`); `None` if the guest printed none.
    pub kmemleak: Option<Vec<String>>,
    /// Whether the kmemleak section was closed by `NLKIT-KMEMLEAK-END`.
    pub kmemleak_complete: bool,
    /// `NLKIT-UNLOAD` lines that did not say OK (modules stuck at the end).
    pub unload_failures: Vec<String>,
    /// Files the guest sent on the console, in order.
    pub files: Vec<GuestFile>,
}

/// Whether a line is a kernel complaint.
pub fn is_complaint(line: &str) -> bool {
    BAD_PATTERNS.iter().any(|p| line.contains(p))
}

/// The protocol payload of a console line: the text after `NLKIT-`, if any
/// (kernel console output may be glued in front of it).
fn proto(line: &str) -> Option<&str> {
    line.find("NLKIT-").map(|i| &line[i + "NLKIT-".len()..])
}

/// Names of the set taint bits that are not allowed (letters as in the
/// kernel's `print_tainted`).
pub fn bad_taint(taint: u64) -> Vec<String> {
    const LETTERS: &str = "PFSRMBUDAWCIOELKXTN";
    (0..64)
        .filter(|b| taint & (1u64 << b) != 0 && (1u64 << b) & ALLOWED_TAINT == 0)
        .map(|b| match LETTERS.chars().nth(b) {
            Some(c) => format!("{c} (bit {b})"),
            None => format!("bit {b}"),
        })
        .collect()
}

impl Report {
    /// Parses a whole console.
    pub fn parse(lines: &[String]) -> Report {
        let mut r = Report::default();
        let mut in_dmesg = false;
        let mut in_kmemleak = false;
        for line in lines {
            // kmemleak entries are judged as a whole below, not line by line.
            if is_complaint(line) && !line.contains("NLKIT-SCENARIO") && !in_kmemleak {
                r.complaints.push(line.clone());
            }
            let Some(p) = proto(line) else {
                if in_kmemleak {
                    if let Some(k) = r.kmemleak.as_mut() {
                        k.push(line.clone());
                    }
                } else if in_dmesg {
                    r.dmesg.push(line.clone());
                } else {
                    r.other.push(line.clone());
                }
                continue;
            };
            let (word, rest) = p.split_once(' ').unwrap_or((p, ""));
            match word {
                "DMESG-BEGIN" => in_dmesg = true,
                "DMESG-END" => in_dmesg = false,
                "KMEMLEAK-BEGIN" => {
                    in_kmemleak = true;
                    r.kmemleak = Some(Vec::new());
                }
                "KMEMLEAK-END" => {
                    in_kmemleak = false;
                    r.kmemleak_complete = true;
                }
                "KMEMLEAK-UNAVAILABLE" => r.other.push(line.clone()),
                "UNLOAD" => {
                    if !rest.split(' ').nth(1).is_some_and(|s| s == "OK") {
                        r.unload_failures.push(rest.to_string());
                    }
                }
                "SCENARIO" => {
                    let mut w = rest.splitn(3, ' ');
                    r.scenarios.push(Scenario {
                        name: w.next().unwrap_or("?").to_string(),
                        status: w.next().unwrap_or("?").to_string(),
                        detail: w.next().unwrap_or("").to_string(),
                    });
                }
                "FILE" | "FILE-CHECK" | "FILE-END" | "FILE-LUA" | "FILE-LUA-CHECK" => {
                    let (name, value) = rest.split_once(' ').unwrap_or((rest, ""));
                    let f = match r.files.iter().position(|f| f.name == name) {
                        Some(i) => &mut r.files[i],
                        None => {
                            r.files.push(GuestFile {
                                name: name.to_string(),
                                ..GuestFile::default()
                            });
                            r.files.last_mut().expect("just pushed")
                        }
                    };
                    match word {
                        "FILE" => match decode_hex(value.trim()) {
                            Some(b) => f.bytes.extend(b),
                            None => {
                                f.error
                                    .get_or_insert_with(|| format!("not hex: {value:.60}"));
                            }
                        },
                        "FILE-CHECK" => f.checks.push(value.to_string()),
                        "FILE-LUA-CHECK" => f.lua_checks.push(value.to_string()),
                        "FILE-LUA" => {
                            let (spec, protocols) = value.split_once(' ').unwrap_or((value, ""));
                            f.lua = Some((spec.to_string(), protocols.trim().to_string()));
                        }
                        _ => f.declared_len = value.trim().parse().ok(),
                    }
                }
                "TAINT" => r.taint = rest.trim().parse().ok(),
                "DONE" => r.done = true,
                "RUN-EXIT" => r.run_exit = rest.trim().parse().ok(),
                "DEMO" => r.demo = Some(rest.trim_start().starts_with("PASS")),
                "MODULE" => {
                    if !rest.split(' ').nth(1).is_some_and(|s| s == "OK") {
                        r.module_failures.push(rest.to_string());
                    }
                }
                _ => r.other.push(line.clone()),
            }
        }
        r
    }

    /// Number of scenarios with this status.
    pub fn count(&self, status: &str) -> usize {
        self.scenarios.iter().filter(|s| s.status == status).count()
    }

    /// Reasons the kernel's health fails the run (empty = healthy).
    /// `debug`: the debug kernel, which must also deliver a clean kmemleak scan.
    pub fn health_problems(&self, timed_out: bool, debug: bool) -> Vec<String> {
        let mut v = Vec::new();
        for u in &self.unload_failures {
            v.push(format!("module not unloadable at the end of the run: {u}"));
        }
        match &self.kmemleak {
            // Any entry fails: after the unload, a module's addresses no longer
            // resolve to symbols, so "ours or not" cannot be told reliably, and
            // a clean boot of this kernel reports nothing (see docs/vm.md).
            Some(k) => {
                let objects: Vec<&String> = k
                    .iter()
                    .filter(|l| l.contains("unreferenced object"))
                    .collect();
                if !objects.is_empty() {
                    let mut text = format!(
                        "kmemleak: {} unreferenced object(s) after the modules were unloaded:",
                        objects.len()
                    );
                    for l in k.iter().take(40) {
                        text.push_str("\n      ");
                        text.push_str(l.trim());
                    }
                    v.push(text);
                } else if !k.is_empty() {
                    v.push(format!("kmemleak: unexpected output: {}", k.join(" | ")));
                }
                if !self.kmemleak_complete && !timed_out {
                    v.push("kmemleak: the report was cut off (no NLKIT-KMEMLEAK-END)".into());
                }
            }
            None if debug && self.done => {
                v.push("debug kernel: the guest printed no kmemleak report".to_string());
            }
            None => {}
        }
        if timed_out {
            v.push("the guest did not power off in time (QEMU killed)".to_string());
        }
        if !self.done && !timed_out {
            v.push("the guest stopped before NLKIT-DONE (panic or crash?)".to_string());
        }
        for c in &self.complaints {
            v.push(format!("kernel log: {}", c.trim()));
        }
        match self.taint {
            Some(t) => {
                let bad = bad_taint(t);
                if !bad.is_empty() {
                    v.push(format!("kernel tainted {t}: {}", bad.join(", ")));
                }
            }
            None => v.push("no NLKIT-TAINT line".to_string()),
        }
        v
    }

    /// Kernel log lines that mention one of `names` (our modules).
    pub fn module_log<'a>(&'a self, names: &'a [String]) -> impl Iterator<Item = &'a String> {
        self.dmesg
            .iter()
            .filter(move |l| names.iter().any(|n| l.contains(n.as_str())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str) -> Vec<String> {
        s.lines().map(String::from).collect()
    }

    #[test]
    fn guest_files_arrive_in_hex_lines() {
        let r = Report::parse(&lines(
            "NLKIT-FILE s-a.pcapng 0a0d\n[ 1.0] noise NLKIT-FILE s-a.pcapng 0d0a\n\
             NLKIT-FILE-CHECK s-a.pcapng Port ID: 7\nNLKIT-FILE-END s-a.pcapng 4\n\
             NLKIT-FILE-LUA s-a.pcapng nlkit-raw.yaml 17,18\nNLKIT-FILE-LUA-CHECK s-a.pcapng echo reply, seq\n\
             NLKIT-FILE s-b.pcapng zz\nNLKIT-FILE s-c.pcapng 00",
        ));
        assert_eq!(r.files.len(), 3);
        let a = &r.files[0];
        assert_eq!(a.bytes, [0x0a, 0x0d, 0x0d, 0x0a]);
        assert_eq!(a.declared_len, Some(4));
        assert_eq!(a.checks, ["Port ID: 7"]);
        assert_eq!(
            a.lua,
            Some(("nlkit-raw.yaml".to_string(), "17,18".to_string()))
        );
        assert_eq!(a.lua_checks, ["echo reply, seq"]);
        assert!(r.files[1].error.is_some());
        assert_eq!(r.files[2].declared_len, None);
    }

    #[test]
    fn parses_a_clean_run() {
        let r = Report::parse(&lines(
            "boot noise\nNLKIT-MODULE netlink_mod_a OK\nNLKIT-SCENARIO seed PASS ok\n\
             NLKIT-SCENARIO x FAIL it broke\nNLKIT-DMESG-BEGIN\n[ 1.0] <6> hello\nNLKIT-DMESG-END\n\
             NLKIT-TAINT 12288\nNLKIT-DONE pass=1 fail=1 skip=0",
        ));
        assert_eq!(r.scenarios.len(), 2);
        assert_eq!(r.count("PASS"), 1);
        assert_eq!(r.scenarios[1].detail, "it broke");
        assert_eq!(r.dmesg, vec!["[ 1.0] <6> hello"]);
        assert_eq!(r.taint, Some(12288));
        assert!(r.done);
        assert!(r.module_failures.is_empty());
        assert!(r.health_problems(false, false).is_empty());
        assert!(
            !r.health_problems(false, true).is_empty(),
            "debug needs kmemleak"
        );
    }

    #[test]
    fn flags_warnings_taint_and_missing_done() {
        let r = Report::parse(&lines(
            "NLKIT-DMESG-BEGIN\n[ 2.0] <4> WARNING: CPU: 0 PID: 1 at foo\nNLKIT-DMESG-END\nNLKIT-TAINT 12800",
        ));
        let p = r.health_problems(false, false);
        assert!(p.iter().any(|s| s.contains("WARNING")), "{p:?}");
        assert!(p.iter().any(|s| s.contains("W (bit 9)")), "{p:?}");
        assert!(p.iter().any(|s| s.contains("NLKIT-DONE")), "{p:?}");
        assert!(Report::parse(&[]).health_problems(true, false)[0].contains("power off"));
    }

    #[test]
    fn detector_reports_are_complaints() {
        for l in [
            "[ 3.1] <3> BUG: KASAN: slab-use-after-free in nl_rcv+0x1/0x2 [nlbug]",
            "[ 3.2] <3> BUG: sleeping function called from invalid context at mm/slab.h:1",
            "[ 3.3] <4> WARNING: possible circular locking dependency detected",
            "[ 3.4] <3> ODEBUG: init active (active state 0) object: 00000000 object type: timer_list",
            "[ 3.5] <3> UBSAN: array-index-out-of-bounds in nlbug.c:120:2",
            "[ 3.6] <3> BUG: KFENCE: use-after-free read in foo",
        ] {
            assert!(is_complaint(l), "{l}");
        }
        assert!(!is_complaint(
            "[ 0.5] <6> kmemleak: Kernel memory leak detector initialized (mem pool available: 15683)"
        ));
    }

    #[test]
    fn kmemleak_entries_fail_and_unload_failures_count() {
        let clean = Report::parse(&lines(
            "NLKIT-UNLOAD netlink_mod_b OK
NLKIT-KMEMLEAK-BEGIN
NLKIT-KMEMLEAK-END entries=0
             NLKIT-TAINT 4096
NLKIT-DONE pass=1 fail=0 skip=0",
        ));
        assert!(clean.health_problems(false, true).is_empty());
        let leak = Report::parse(&lines(
            "NLKIT-UNLOAD netlink_mod_a FAIL EBUSY
NLKIT-KMEMLEAK-BEGIN
             unreferenced object 0xffff888003a1b200 (size 256):
  comm \"insmod\", pid 1
             NLKIT-KMEMLEAK-END entries=1
NLKIT-TAINT 4096
NLKIT-DONE pass=1 fail=0 skip=0",
        ));
        let p = leak.health_problems(false, true);
        assert!(
            p.iter().any(|s| s.contains("1 unreferenced object")),
            "{p:?}"
        );
        assert!(p.iter().any(|s| s.contains("netlink_mod_a FAIL")), "{p:?}");
        assert!(leak.complaints.is_empty(), "{:?}", leak.complaints);
    }

    #[test]
    fn allowed_taint_is_o_and_e() {
        assert!(bad_taint(4096 | 8192).is_empty());
        assert_eq!(bad_taint(1), vec!["P (bit 0)"]);
    }
}
