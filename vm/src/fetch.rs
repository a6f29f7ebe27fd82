//! Fetching Debian kernels, their headers and QEMU into the cache.
//!
//! Uses `apt-cache` to pick versions, `apt-get download` + `dpkg -x` to
//! unpack them without root and without touching the system; every cache
//! entry is keyed by package version and complete once `manifest.txt` exists.

use crate::util::{self, cache_dir, output, run, show};
use anyhow::{bail, Context, Result};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A kernel line the VM tests run on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// Debian 12's own kernel, 6.1 LTS.
    V6_1,
    /// The Debian 12 backports kernel, 6.12 LTS.
    V6_12,
    /// A 6.1 kernel built here from Debian's `linux-source-6.1` with the
    /// kernel's bug detectors (KASAN, lockdep, kmemleak, ...); see `debug.rs`.
    Debug,
}

impl Line {
    /// "6.1", "6.12" or "debug".
    pub fn name(self) -> &'static str {
        match self {
            Line::V6_1 => "6.1",
            Line::V6_12 => "6.12",
            Line::Debug => "debug",
        }
    }

    /// Parses `6.1`, `6.12`, `debug`, `all` (all three) or a comma-separated list.
    pub fn parse_list(s: &str) -> Result<Vec<Line>> {
        let mut v = Vec::new();
        for part in s.split(',') {
            let add: &[Line] = match part {
                "6.1" => &[Line::V6_1],
                "6.12" => &[Line::V6_12],
                "debug" => &[Line::Debug],
                "all" => &[Line::V6_1, Line::V6_12, Line::Debug],
                other => bail!("unknown kernel `{other}`: use 6.1, 6.12, debug or all"),
            };
            for l in add {
                if !v.contains(l) {
                    v.push(*l);
                }
            }
        }
        Ok(v)
    }
}

/// One package and the version fetched.
pub type Pkg = (String, String);

/// A kernel ready in the cache.
#[derive(Debug, Clone)]
pub struct Kernel {
    /// Which line it belongs to.
    pub line: Line,
    /// The kernel release, e.g. `6.1.0-56-cloud-amd64`.
    pub kver: String,
    /// `vmlinuz` to boot.
    pub vmlinuz: PathBuf,
    /// The headers directory to build modules against (`make -C`).
    pub kdir: PathBuf,
    /// Kept in-tree modules (`nlmon`, `dummy`), `.ko` or `.ko.xz`.
    pub intree: Vec<PathBuf>,
    /// Packages and versions this entry was made from.
    pub packages: Vec<Pkg>,
}

/// QEMU ready in the cache.
#[derive(Debug, Clone)]
pub struct Qemu {
    /// The unpacked root (usr/bin/qemu-system-x86_64, usr/share/qemu, ...).
    pub root: PathBuf,
    /// Packages and versions this entry was made from.
    pub packages: Vec<Pkg>,
}

impl Qemu {
    /// A command that starts this QEMU with its libraries and firmware.
    pub fn command(&self) -> Command {
        let r = &self.root;
        let mut c = Command::new(r.join("usr/bin/qemu-system-x86_64"));
        c.env(
            "LD_LIBRARY_PATH",
            format!(
                "{}:{}",
                r.join("usr/lib/x86_64-linux-gnu").display(),
                r.join("lib/x86_64-linux-gnu").display()
            ),
        );
        c.arg("-L").arg(r.join("usr/share/qemu"));
        c.arg("-L").arg(r.join("usr/share/seabios"));
        c
    }
}

/// In-tree modules kept from each kernel (the rest of /lib/modules is dropped).
const KEEP_INTREE: &[&str] = &["nlmon", "dummy"];

fn apt_cache(args: &[&str]) -> Result<String> {
    output(Command::new("apt-cache").args(args))
}

/// The candidate version of `pkg`, if apt knows it.
pub fn candidate(pkg: &str) -> Option<String> {
    let out = apt_cache(&["show", "--no-all-versions", pkg]).ok()?;
    out.lines()
        .find_map(|l| l.strip_prefix("Version: "))
        .map(|v| v.trim().to_string())
}

/// Picks the newest kernel of `line` whose image and headers both exist.
/// Returns the kernel release and the packages to fetch.
fn pick(line: Line) -> Result<(String, Vec<Pkg>)> {
    let (prefix, flavour) = match line {
        Line::V6_1 => ("linux-headers-6.1.0-", "-cloud-amd64"),
        Line::V6_12 => ("linux-headers-6.12.", "+deb12-cloud-amd64"),
        Line::Debug => bail!("the debug kernel is built, not picked"),
    };
    let names = apt_cache(&["pkgnames", prefix])?;
    // The number that varies: the ABI (6.1.0-N) or the patch level (6.12.N).
    let mut nums: Vec<u32> = names
        .lines()
        .filter_map(|n| n.strip_prefix(prefix)?.strip_suffix(flavour)?.parse().ok())
        .collect();
    nums.sort_unstable_by(|a, b| b.cmp(a));
    for n in nums {
        let (kver, common, kbuild) = match line {
            Line::V6_1 => (
                format!("6.1.0-{n}-cloud-amd64"),
                format!("linux-headers-6.1.0-{n}-common"),
                "linux-kbuild-6.1".to_string(),
            ),
            Line::V6_12 => (
                format!("6.12.{n}+deb12-cloud-amd64"),
                format!("linux-headers-6.12.{n}+deb12-common"),
                format!("linux-kbuild-6.12.{n}+deb12"),
            ),
            Line::Debug => bail!("the debug kernel is built, not picked"),
        };
        let wanted = [
            format!("linux-image-{kver}-unsigned"),
            format!("linux-headers-{kver}"),
            common,
            kbuild,
        ];
        let found: Vec<Pkg> = wanted
            .iter()
            .filter_map(|p| candidate(p).map(|v| (p.clone(), v)))
            .collect();
        if found.len() == wanted.len() {
            return Ok((kver, found));
        }
    }
    bail!(
        "apt knows no {} cloud kernel with both image and headers (run `apt-get update`?)",
        line.name()
    )
}

/// The kernels' cache directory, `<cache>/kernels`.
pub fn kernels_dir() -> Result<PathBuf> {
    Ok(cache_dir()?.join("kernels"))
}

fn debs_dir() -> Result<PathBuf> {
    let d = cache_dir()?.join("debs");
    fs::create_dir_all(&d).with_context(|| format!("cannot create {}", d.display()))?;
    // apt-get download drops privileges to _apt, which must be able to write here.
    let _ = Command::new("chmod").arg("777").arg(&d).status();
    Ok(d)
}

/// Reads a cache entry's manifest (`package version` lines).
pub fn read_manifest(dir: &Path) -> Option<Vec<Pkg>> {
    let text = fs::read_to_string(dir.join("manifest.txt")).ok()?;
    Some(
        text.lines()
            .filter_map(|l| {
                let (p, v) = l.split_once(' ')?;
                Some((p.to_string(), v.to_string()))
            })
            .collect(),
    )
}

/// Writes a cache entry's manifest (`package version` lines).
pub fn write_manifest(dir: &Path, pkgs: &[Pkg]) -> Result<()> {
    let text: String = pkgs.iter().map(|(p, v)| format!("{p} {v}\n")).collect();
    fs::write(dir.join("manifest.txt"), text).context("cannot write manifest.txt")
}

/// `apt-get download` the packages (those not already in the debs dir) and
/// `dpkg -x` each into `root`.
pub fn download_and_unpack(pkgs: &[Pkg], root: &Path) -> Result<()> {
    let debs = debs_dir()?;
    let deb_path = |(p, v): &Pkg| {
        let v = v.replace(':', "%3a");
        debs.join(format!("{p}_{v}_amd64.deb"))
    };
    let deb_path_all = |(p, v): &Pkg| {
        let v = v.replace(':', "%3a");
        debs.join(format!("{p}_{v}_all.deb"))
    };
    let missing: Vec<String> = pkgs
        .iter()
        .filter(|p| !deb_path(p).exists() && !deb_path_all(p).exists())
        .map(|(p, v)| format!("{p}={v}"))
        .collect();
    if !missing.is_empty() {
        println!("  apt-get download {}", missing.join(" "));
        let mut c = Command::new("apt-get");
        c.arg("download")
            .arg("-q")
            .args(&missing)
            .current_dir(&debs);
        let out = c
            .output()
            .with_context(|| format!("cannot start `{}`", show(&c)))?;
        if !out.status.success() {
            bail!(
                "`{}` failed: {}",
                show(&c),
                String::from_utf8_lossy(&out.stderr).trim()
            );
        }
    }
    fs::create_dir_all(root)?;
    for p in pkgs {
        let deb = if deb_path(p).exists() {
            deb_path(p)
        } else {
            deb_path_all(p)
        };
        run(Command::new("dpkg").arg("-x").arg(&deb).arg(root))?;
    }
    Ok(())
}

/// Deletes the downloaded `.deb` files of `pkgs` (once unpacked, they are dead weight).
pub fn remove_debs(pkgs: &[Pkg]) {
    if let Ok(debs) = debs_dir() {
        for (p, v) in pkgs {
            let v = v.replace(':', "%3a");
            for arch in ["amd64", "all"] {
                let _ = fs::remove_file(debs.join(format!("{p}_{v}_{arch}.deb")));
            }
        }
    }
}

/// The [`Kernel`] of an unpacked cache entry `dir` (its in-tree modules found under `intree/`).
pub fn kernel_from_entry(line: Line, kver: &str, dir: &Path, packages: Vec<Pkg>) -> Result<Kernel> {
    let mut intree: Vec<PathBuf> = fs::read_dir(dir.join("intree"))
        .with_context(|| format!("{}: no intree/ directory", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    intree.sort();
    let k = Kernel {
        line,
        kver: kver.to_string(),
        vmlinuz: dir.join("vmlinuz"),
        kdir: if line == Line::Debug {
            dir.join("build")
        } else {
            dir.join("root/usr/src")
                .join(format!("linux-headers-{kver}"))
        },
        intree,
        packages,
    };
    if !k.vmlinuz.exists() || !k.kdir.join("Makefile").exists() {
        bail!("cache entry {} is incomplete; delete it", dir.display());
    }
    Ok(k)
}

/// The newest complete cached entry of `line`, for when apt cannot tell.
fn newest_cached(line: Line) -> Option<(String, PathBuf)> {
    let prefix = match line {
        Line::V6_1 => "6.1.0-",
        Line::V6_12 => "6.12.",
        Line::Debug => return None,
    };
    let mut best: Option<(String, PathBuf, std::time::SystemTime)> = None;
    for e in fs::read_dir(kernels_dir().ok()?).ok()?.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some((kver, _)) = name.split_once('_') else {
            continue;
        };
        if !kver.starts_with(prefix) || !e.path().join("manifest.txt").exists() {
            continue;
        }
        let t = e.metadata().and_then(|m| m.modified()).ok()?;
        if best.as_ref().map_or(true, |b| t > b.2) {
            best = Some((kver.to_string(), e.path(), t));
        }
    }
    best.map(|(k, p, _)| (k, p))
}

/// Makes sure the newest kernel of `line` is in the cache; returns it.
pub fn kernel(line: Line) -> Result<Kernel> {
    if line == Line::Debug {
        return crate::debug::kernel();
    }
    let (kver, pkgs) = match pick(line) {
        Ok(x) => x,
        Err(e) => {
            if let Some((kver, dir)) = newest_cached(line) {
                println!(
                    "  note: {e:#}; using the cached {kver} from {}",
                    dir.display()
                );
                let pkgs = read_manifest(&dir).unwrap_or_default();
                return kernel_from_entry(line, &kver, &dir, pkgs);
            }
            return Err(e);
        }
    };
    let image_version = &pkgs[0].1;
    let dir = kernels_dir()?.join(format!("{kver}_{image_version}"));
    if let Some(manifest) = read_manifest(&dir) {
        return kernel_from_entry(line, &kver, &dir, manifest);
    }
    let t0 = std::time::Instant::now();
    println!(
        "fetching kernel {kver} ({image_version}) into {}",
        dir.display()
    );
    if dir.exists() {
        fs::remove_dir_all(&dir).with_context(|| format!("cannot clear {}", dir.display()))?;
    }
    let root = dir.join("root");
    download_and_unpack(&pkgs, &root)?;
    // vmlinuz out of the root; keep only the in-tree modules we need.
    fs::rename(
        root.join(format!("boot/vmlinuz-{kver}")),
        dir.join("vmlinuz"),
    )
    .context("the image package has no /boot/vmlinuz")?;
    let intree = dir.join("intree");
    fs::create_dir_all(&intree)?;
    let moddir = root.join(format!("lib/modules/{kver}"));
    let netdir = moddir.join("kernel/drivers/net");
    for m in KEEP_INTREE {
        let found = ["ko", "ko.xz", "ko.zst"]
            .iter()
            .map(|ext| netdir.join(format!("{m}.{ext}")))
            .find(|p| p.exists());
        match found {
            Some(p) => {
                let name = p.file_name().map(|n| n.to_owned()).unwrap_or_default();
                fs::copy(&p, intree.join(name))?;
            }
            None => println!("  warning: {kver} has no in-tree module {m}"),
        }
    }
    fs::remove_dir_all(&moddir).with_context(|| format!("cannot remove {}", moddir.display()))?;
    // The flavour Makefile includes the -common one by absolute path: point it into our root.
    let kdir = root.join(format!("usr/src/linux-headers-{kver}"));
    let mk = kdir.join("Makefile");
    let text = fs::read_to_string(&mk).with_context(|| format!("cannot read {}", mk.display()))?;
    let fixed = text.replace(
        "include /usr/src/",
        &format!("include {}/usr/src/", root.display()),
    );
    fs::write(&mk, fixed)?;
    write_manifest(&dir, &pkgs)?;
    remove_debs(&pkgs);
    println!("  kernel {kver} ready in {:.1} s", util::secs(t0));
    kernel_from_entry(line, &kver, &dir, pkgs)
}

/// The packages QEMU needs that are not installed on this machine.
fn qemu_packages() -> Result<Vec<Pkg>> {
    let base = [
        "qemu-system-x86",
        "qemu-system-common",
        "qemu-system-data",
        "seabios",
    ];
    let sim = output(
        Command::new("apt-get")
            .args(["-s", "install", "--no-install-recommends"])
            .args(base),
    )?;
    let mut names: Vec<String> = base.iter().map(|s| s.to_string()).collect();
    for l in sim.lines() {
        // "Inst libfoo1 (1.2-3 Debian:12/stable [amd64])" or "Inst libfoo1 [old] (new ...)"
        let mut w = l.split_whitespace();
        if w.next() == Some("Inst") {
            if let Some(n) = w.next().filter(|n| n.starts_with("lib")) {
                names.push(n.to_string());
            }
        }
    }
    names.sort();
    names.dedup();
    let mut pkgs = Vec::new();
    for n in names {
        let v = candidate(&n).with_context(|| format!("apt has no version of {n}"))?;
        pkgs.push((n, v));
    }
    Ok(pkgs)
}

/// Makes sure QEMU (Debian's qemu-system-x86 and its missing libraries) is in the cache.
pub fn qemu() -> Result<Qemu> {
    let qdir = cache_dir()?.join("qemu");
    let version = candidate("qemu-system-x86");
    let dir = match &version {
        Some(v) => qdir.join(v.replace(':', "_")),
        None => {
            // No apt lists: take any complete cached QEMU.
            fs::read_dir(&qdir)
                .ok()
                .and_then(|rd| {
                    rd.flatten()
                        .map(|e| e.path())
                        .find(|p| p.join("manifest.txt").exists())
                })
                .context("apt knows no qemu-system-x86 and none is cached (run `apt-get update`)")?
        }
    };
    if let Some(manifest) = read_manifest(&dir) {
        return Ok(Qemu {
            root: dir.join("root"),
            packages: manifest,
        });
    }
    let t0 = std::time::Instant::now();
    println!("fetching QEMU into {}", dir.display());
    if dir.exists() {
        fs::remove_dir_all(&dir)?;
    }
    let pkgs = qemu_packages()?;
    let root = dir.join("root");
    download_and_unpack(&pkgs, &root)?;
    let q = Qemu {
        root,
        packages: pkgs.clone(),
    };
    let v = output(q.command().arg("--version")).context("the unpacked QEMU does not start")?;
    println!(
        "  {} ready in {:.1} s",
        v.lines().next().unwrap_or("qemu"),
        util::secs(t0)
    );
    write_manifest(&dir, &pkgs)?;
    remove_debs(&pkgs);
    Ok(q)
}
