//! Workload `cli-route-dump`: the command-line tools on the route-dump
//! namespace (100,000 routes): `ip -j route show table all` against
//! `nlctl -j --flat dump --type getroute` (both families, as `ip` with
//! `table all`; the same
//! objects, field for field: checked once per bench) and the full form
//! `nlctl -j dump ...` (every attribute with its name, type and length).
//! Each run is a fresh process whose stdout is read to the end through a
//! pipe, as a script would; its wall time, output size and peak RSS are
//! taken (the peak through GNU time's `%M`: a child's `ru_maxrss` seen by
//! this process would start from the bench's own size, inherited at fork). Memory growth is the peak minus the
//! same tool's peak on an empty namespace. Rounds alternate the order
//! (ABBA); ratios are paired per round. See docs/benchmarks.md.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::common::{median, BResult};

/// The three contenders.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tool {
    Ip,
    NlctlFlat,
    NlctlFull,
}

const TOOLS: [Tool; 3] = [Tool::Ip, Tool::NlctlFlat, Tool::NlctlFull];

impl Tool {
    fn name(self) -> &'static str {
        match self {
            Tool::Ip => "ip -j",
            Tool::NlctlFlat => "nlctl --flat",
            Tool::NlctlFull => "nlctl (full)",
        }
    }

    fn command(self, nlctl: &str, ns: &str, rss_file: &str) -> Command {
        let mut c = Command::new("/usr/bin/time");
        c.args(["-f", "%M", "-o", rss_file]);
        c.arg(match self {
            Tool::Ip => "ip",
            _ => nlctl,
        });
        match self {
            Tool::Ip => c.args(["-n", ns, "-j", "route", "show", "table", "all"]),
            Tool::NlctlFlat => c.args(["-n", ns, "-j", "--flat", "dump", "--type", "getroute"]),
            Tool::NlctlFull => c.args(["-n", ns, "-j", "dump", "--type", "getroute"]),
        };
        c
    }
}

/// One run: wall time, bytes of output, peak RSS in KiB.
#[derive(Clone, Copy, Debug, Default)]
struct Sample {
    secs: f64,
    bytes: u64,
    peak_kib: u64,
}

/// Runs `tool` once; with `keep`, returns its output too.
fn once(tool: Tool, nlctl: &str, ns: &str, keep: bool) -> BResult<(Sample, Vec<u8>)> {
    let rss_file = std::env::temp_dir().join(format!("nlkit-bench-rss-{}", std::process::id()));
    let rss = rss_file.display().to_string();
    let t0 = Instant::now();
    let mut child = tool
        .command(nlctl, ns, &rss)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("starting {}: {e}", tool.name()))?;
    let mut out = child.stdout.take().ok_or("no stdout")?;
    let mut kept = Vec::new();
    let mut bytes = 0u64;
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = out
            .read(&mut buf)
            .map_err(|e| format!("reading {}: {e}", tool.name()))?;
        if n == 0 {
            break;
        }
        bytes += n as u64;
        if keep {
            kept.extend_from_slice(&buf[..n]);
        }
    }
    let status = child
        .wait()
        .map_err(|e| format!("waiting for {}: {e}", tool.name()))?;
    let secs = t0.elapsed().as_secs_f64();
    if !status.success() {
        return Err(format!("{} failed: {status}", tool.name()));
    }
    let peak_kib = std::fs::read_to_string(&rss_file)
        .ok()
        .and_then(|t| t.lines().last()?.trim().parse().ok())
        .ok_or_else(|| format!("no peak RSS from /usr/bin/time for {}", tool.name()))?;
    let _ = std::fs::remove_file(&rss_file);
    Ok((
        Sample {
            secs,
            bytes,
            peak_kib,
        },
        kept,
    ))
}

/// Where the nlctl binary is: `NLCTL_BIN`, else beside the bench executable
/// (`cargo xtask bench` builds both with the same profile).
fn nlctl_path() -> BResult<String> {
    if let Some(p) = std::env::var_os("NLCTL_BIN") {
        return Ok(p.to_string_lossy().into_owned());
    }
    let exe = std::env::current_exe().map_err(|e| format!("finding the bench executable: {e}"))?;
    let p = exe.with_file_name("nlctl");
    if p.is_file() {
        return Ok(p.display().to_string());
    }
    Err(format!(
        "no nlctl beside {} (cargo build --profile bench-release -p nlctl, or set NLCTL_BIN)",
        exe.display()
    ))
}

/// `ip -j`'s array and nlctl's flat lines hold the same objects.
fn field_equal(ip: &[u8], flat: &[u8]) -> BResult<(bool, usize)> {
    let mut a: Vec<serde_json::Value> =
        serde_json::from_slice(ip).map_err(|e| format!("ip -j output: {e}"))?;
    let mut b: Vec<serde_json::Value> = flat
        .split(|c| *c == b'\n')
        .filter(|l| !l.is_empty())
        .map(serde_json::from_slice)
        .collect::<Result<_, _>>()
        .map_err(|e| format!("nlctl --flat output: {e}"))?;
    let key = |v: &serde_json::Value| v.to_string();
    a.sort_by_key(key);
    b.sort_by_key(key);
    Ok((a == b, a.len()))
}

/// An empty namespace (loopback only) for the memory baseline; deleted on drop.
struct Empty(String);

impl Drop for Empty {
    fn drop(&mut self) {
        let _ = Command::new("ip").args(["netns", "del", &self.0]).status();
    }
}

/// Runs the workload on namespace `ns` (`runs` rounds after a warm-up);
/// prints its table and ratio lines; returns its targets.
pub fn run(ns: &str, runs: usize) -> BResult<Vec<(String, f64, String, bool)>> {
    let nlctl = nlctl_path()?;
    let empty = Empty(format!("nlkit-bench-empty-{}", std::process::id()));
    let st = Command::new("ip")
        .args(["netns", "add", &empty.0])
        .status()
        .map_err(|e| format!("ip netns add: {e}"))?;
    if !st.success() {
        return Err(format!("ip netns add {} failed", empty.0));
    }
    // Field equality, once (not timed).
    let (_, ip_out) = once(Tool::Ip, &nlctl, ns, true)?;
    let (_, flat_out) = once(Tool::NlctlFlat, &nlctl, ns, true)?;
    let (equal, nroutes) = field_equal(&ip_out, &flat_out)?;
    drop((ip_out, flat_out));
    // Memory baseline: the smallest peak of 3 runs on the empty namespace.
    let mut base = [0u64; 3];
    for (i, t) in TOOLS.iter().enumerate() {
        base[i] = (0..3)
            .map(|_| once(*t, &nlctl, &empty.0, false).map(|s| s.0.peak_kib))
            .collect::<BResult<Vec<u64>>>()?
            .into_iter()
            .min()
            .unwrap_or(0);
    }
    let mut samples: Vec<[Sample; 3]> = Vec::new();
    for round in 0..=runs {
        let mut order: Vec<usize> = vec![0, 1, 2];
        if round % 2 == 1 {
            order.reverse();
        }
        let mut row = [Sample::default(); 3];
        for i in order {
            eprintln!("cli-route-dump / {} round {round}", TOOLS[i].name());
            row[i] = once(TOOLS[i], &nlctl, ns, false)?.0;
        }
        if round > 0 {
            samples.push(row);
        }
    }
    println!();
    println!(
        "| workload | tool | median s | min .. max s | output MB | peak RSS KiB (growth) | routes |"
    );
    println!("|---|---|---:|---|---:|---|---:|");
    let mut med = [Sample::default(); 3];
    for (i, t) in TOOLS.iter().enumerate() {
        let mut secs: Vec<f64> = samples.iter().map(|r| r[i].secs).collect();
        let mut peak: Vec<u64> = samples.iter().map(|r| r[i].peak_kib).collect();
        let min = secs.iter().copied().fold(f64::INFINITY, f64::min);
        let max = secs.iter().copied().fold(0.0, f64::max);
        med[i] = Sample {
            secs: median(&mut secs),
            bytes: samples[0][i].bytes,
            peak_kib: median(&mut peak),
        };
        println!(
            "| cli-route-dump | {} | {:.3} | {min:.3} .. {max:.3} | {:.1} | {} ({}) | {nroutes} |",
            t.name(),
            med[i].secs,
            med[i].bytes as f64 / 1e6,
            med[i].peak_kib,
            med[i].peak_kib.saturating_sub(base[i]),
        );
    }
    println!();
    let mut checks = Vec::new();
    checks.push((
        "cli-route-dump-flat-field-equal-to-ip".to_string(),
        f64::from(u8::from(equal)),
        "== 1".to_string(),
        equal,
    ));
    for (i, goal, what) in [(1usize, 1.0, "flat"), (2, 0.5, "full")] {
        let mut r: Vec<f64> = samples
            .iter()
            .map(|s| s[0].secs / s[i].secs.max(1e-9))
            .collect();
        r.sort_by(f64::total_cmp);
        let v = median(&mut r.clone());
        if r.len() >= 4 {
            println!(
                "# cli-route-dump-{what}-vs-ip: per-round ratios {:.3} .. {:.3}, quartiles {:.3} / {:.3} / {:.3}",
                r[0],
                r[r.len() - 1],
                r[r.len() / 4],
                r[r.len() / 2],
                (r[(3 * r.len()) / 4])
            );
        }
        println!("ratio cli-route-dump-{what}-vs-ip {v:.3}");
        checks.push((
            format!("cli-route-dump-{what}-vs-ip"),
            v,
            format!(">= {goal}"),
            v >= goal,
        ));
        let grow_ip = med[0].peak_kib.saturating_sub(base[0]).max(1) as f64;
        let grow = med[i].peak_kib.saturating_sub(base[i]).max(1) as f64;
        let m = grow_ip / grow;
        println!("ratio cli-route-dump-{what}-memory-vs-ip {m:.3}");
        checks.push((
            format!("cli-route-dump-{what}-memory-vs-ip"),
            m,
            ">= 1 (growth at most ip's)".to_string(),
            m >= 1.0,
        ));
    }
    Ok(checks)
}
