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
    "kmemleak",
    "suspected memory leak",
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
        for line in lines {
            if is_complaint(line) && !line.contains("NLKIT-SCENARIO") {
                r.complaints.push(line.clone());
            }
            let Some(p) = proto(line) else {
                if in_dmesg {
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
                "SCENARIO" => {
                    let mut w = rest.splitn(3, ' ');
                    r.scenarios.push(Scenario {
                        name: w.next().unwrap_or("?").to_string(),
                        status: w.next().unwrap_or("?").to_string(),
                        detail: w.next().unwrap_or("").to_string(),
                    });
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
    pub fn health_problems(&self, timed_out: bool) -> Vec<String> {
        let mut v = Vec::new();
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
        assert!(r.health_problems(false).is_empty());
    }

    #[test]
    fn flags_warnings_taint_and_missing_done() {
        let r = Report::parse(&lines(
            "NLKIT-DMESG-BEGIN\n[ 2.0] <4> WARNING: CPU: 0 PID: 1 at foo\nNLKIT-DMESG-END\nNLKIT-TAINT 12800",
        ));
        let p = r.health_problems(false);
        assert!(p.iter().any(|s| s.contains("WARNING")), "{p:?}");
        assert!(p.iter().any(|s| s.contains("W (bit 9)")), "{p:?}");
        assert!(p.iter().any(|s| s.contains("NLKIT-DONE")), "{p:?}");
        assert!(Report::parse(&[]).health_problems(true)[0].contains("power off"));
    }

    #[test]
    fn allowed_taint_is_o_and_e() {
        assert!(bad_taint(4096 | 8192).is_empty());
        assert_eq!(bad_taint(1), vec!["P (bit 0)"]);
    }
}
