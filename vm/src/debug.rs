//! The debug guest kernel: Debian's `linux-source-6.1` built here with the
//! kernel's bug detectors (KASAN, lockdep, kmemleak, KFENCE, UBSAN, ...).
//!
//! Built once per machine into the cache, keyed by the source package version
//! and a hash of `vm/debug-kernel/config.sh`; see `docs/vm.md`.

use crate::fetch::{self, Kernel, Line, Pkg};
use crate::util::{self, run};
use anyhow::{bail, Context, Result};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The configuration script (tinyconfig + boot needs + detectors).
pub const CONFIG_SCRIPT: &str = include_str!("../debug-kernel/config.sh");

/// The Debian source package the kernel is built from.
const SOURCE_PKG: &str = "linux-source-6.1";

/// Appended to the release, so `uname -r` says which kernel this is.
const LOCALVERSION: &str = "-nlkit-debug";

/// The in-tree modules built as modules by the config and kept.
const INTREE: &[&str] = &["drivers/net/nlmon.ko", "drivers/net/dummy.ko"];

/// FNV-1a, 64 bit: a stable hash of the config script for the cache key.
pub fn fnv1a64(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in data {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The config script's hash as 16 hex digits.
pub fn config_hash() -> String {
    format!("{:016x}", fnv1a64(CONFIG_SCRIPT.as_bytes()))
}

fn entry_from(dir: &Path, packages: Vec<Pkg>) -> Result<Kernel> {
    let kver = fs::read_to_string(dir.join("kernelrelease"))
        .with_context(|| format!("{}: no kernelrelease file", dir.display()))?;
    fetch::kernel_from_entry(Line::Debug, kver.trim(), dir, packages)
}

/// The newest complete cached debug kernel built from this config script.
fn newest_cached(hash: &str) -> Option<PathBuf> {
    let mut best: Option<(PathBuf, std::time::SystemTime)> = None;
    for e in fs::read_dir(fetch::kernels_dir().ok()?).ok()?.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if !name.starts_with("debug-") || !name.ends_with(hash) {
            continue;
        }
        let Ok(t) = e
            .path()
            .join("manifest.txt")
            .metadata()
            .and_then(|m| m.modified())
        else {
            continue;
        };
        if best.as_ref().map_or(true, |b| t > b.1) {
            best = Some((e.path(), t));
        }
    }
    best.map(|b| b.0)
}

fn jobs() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

/// Runs `make` in `tree` with output to `log`; on failure shows the log's tail.
fn make(tree: &Path, log: &Path, args: &[&str]) -> Result<()> {
    let out = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)
        .with_context(|| format!("cannot open {}", log.display()))?;
    let err = out.try_clone()?;
    let mut c = Command::new("make");
    c.arg("-C")
        .arg(tree)
        .arg(format!("-j{}", jobs()))
        .arg(format!("LOCALVERSION={LOCALVERSION}"))
        .args(args)
        .stdout(out)
        .stderr(err);
    let status = c
        .status()
        .with_context(|| format!("cannot start `{}`", util::show(&c)))?;
    if !status.success() {
        let text = fs::read_to_string(log).unwrap_or_default();
        let tail: Vec<&str> = text.lines().rev().take(30).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        bail!(
            "`{}` failed ({status}); last lines of {}:\n{}",
            util::show(&c),
            log.display(),
            tail.join("\n")
        );
    }
    Ok(())
}

/// Deletes object files the module build does not need (keeps the host
/// tools in `scripts/` and `tools/`): about 1 GB less in the cache.
fn trim(tree: &Path) -> Result<()> {
    fn walk(dir: &Path, top: bool) -> std::io::Result<()> {
        for e in fs::read_dir(dir)? {
            let e = e?;
            let p = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            if e.file_type()?.is_dir() {
                if top && (name == "scripts" || name == "tools") {
                    continue;
                }
                walk(&p, false)?;
            } else if name.ends_with(".o")
                || name.ends_with(".a")
                || name.starts_with(".tmp_vmlinux")
            {
                fs::remove_file(&p)?;
            }
        }
        Ok(())
    }
    walk(tree, true).with_context(|| format!("trimming {}", tree.display()))
}

/// A lock directory (created atomically) holding the builder's pid; removed
/// on drop. A lock whose process is gone is taken over.
struct BuildLock(PathBuf);

impl BuildLock {
    fn acquire(path: &Path) -> Result<BuildLock> {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        let mut told = false;
        loop {
            match fs::create_dir(path) {
                Ok(()) => {
                    fs::write(path.join("pid"), std::process::id().to_string())?;
                    return Ok(BuildLock(path.to_path_buf()));
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && !path.is_dir() => {
                    // Not a lock of this kind (an older xtask's lock file).
                    fs::remove_file(path)
                        .with_context(|| format!("cannot remove {}", path.display()))?;
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let pid = fs::read_to_string(path.join("pid")).unwrap_or_default();
                    let pid = pid.trim();
                    if !pid.is_empty() && !Path::new("/proc").join(pid).exists() {
                        println!(
                            "  removing the stale lock {} (pid {pid} is gone)",
                            path.display()
                        );
                        let _ = fs::remove_dir_all(path);
                        continue;
                    }
                    if !told {
                        println!(
                            "  another xtask (pid {pid}) is building the debug kernel; waiting for {}",
                            path.display()
                        );
                        told = true;
                    }
                    std::thread::sleep(std::time::Duration::from_secs(2));
                }
                Err(e) => {
                    return Err(e).with_context(|| format!("cannot create {}", path.display()))
                }
            }
        }
    }
}

impl Drop for BuildLock {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Makes sure the debug kernel is built in the cache; returns it.
pub fn kernel() -> Result<Kernel> {
    let hash = config_hash();
    let Some(version) = fetch::candidate(SOURCE_PKG) else {
        if let Some(dir) = newest_cached(&hash) {
            println!(
                "  note: apt knows no {SOURCE_PKG}; using the cached debug kernel {}",
                dir.display()
            );
            let pkgs = fetch::read_manifest(&dir).unwrap_or_default();
            return entry_from(&dir, pkgs);
        }
        bail!("apt knows no {SOURCE_PKG} and no debug kernel is cached (run `apt-get update`)");
    };
    let dir = fetch::kernels_dir()?.join(format!("debug-{}_{hash}", version.replace(':', "_")));
    if let Some(manifest) = fetch::read_manifest(&dir) {
        return entry_from(&dir, manifest);
    }
    // One build at a time per cache: a second xtask waits, then reuses it.
    let _lock = BuildLock::acquire(&fetch::kernels_dir()?.join("debug-build.lock"))?;
    if let Some(manifest) = fetch::read_manifest(&dir) {
        return entry_from(&dir, manifest);
    }
    for tool in ["flex", "bison", "make", "gcc", "bc"] {
        if Command::new("sh")
            .arg("-c")
            .arg(format!("command -v {tool}"))
            .output()
            .map_or(true, |o| !o.status.success())
        {
            bail!("building the debug kernel needs `{tool}`: run `cargo xtask setup`");
        }
    }
    let t0 = std::time::Instant::now();
    println!(
        "building the debug kernel from {SOURCE_PKG} {version} into {} \
         (once per machine; about 9 minutes on 2 cores)",
        dir.display()
    );
    if dir.exists() {
        fs::remove_dir_all(&dir).with_context(|| format!("cannot clear {}", dir.display()))?;
    }
    let pkgs: Vec<Pkg> = vec![(SOURCE_PKG.to_string(), version.clone())];
    let pkgroot = dir.join("pkg");
    fetch::download_and_unpack(&pkgs, &pkgroot)?;
    let tarball = pkgroot.join(format!("usr/src/{SOURCE_PKG}.tar.xz"));
    run(Command::new("tar")
        .arg("-xJf")
        .arg(&tarball)
        .arg("-C")
        .arg(&dir))?;
    fs::remove_dir_all(&pkgroot)?;
    fetch::remove_debs(&pkgs);
    let tree = dir.join("build");
    fs::rename(dir.join(SOURCE_PKG), &tree)
        .with_context(|| format!("the tarball has no {SOURCE_PKG}/ directory"))?;
    println!("  unpacked in {:.1} s", util::secs(t0));
    let script = dir.join("config.sh");
    fs::write(&script, CONFIG_SCRIPT)?;
    run(Command::new("bash").arg(&script).arg(&tree)).context("configuring the debug kernel")?;
    let log = dir.join("build.log");
    let t1 = std::time::Instant::now();
    println!("  make -j{} all (log: {})", jobs(), log.display());
    make(&tree, &log, &["all"])?;
    make(&tree, &log, &["modules_prepare"])?;
    println!("  compiled in {:.1} s", util::secs(t1));
    let release = util::output(
        Command::new("make")
            .arg("-s")
            .arg("-C")
            .arg(&tree)
            .arg(format!("LOCALVERSION={LOCALVERSION}"))
            .arg("kernelrelease"),
    )?;
    let release = release.trim().to_string();
    fs::copy(tree.join("arch/x86/boot/bzImage"), dir.join("vmlinuz"))
        .context("the build made no bzImage")?;
    let intree = dir.join("intree");
    fs::create_dir_all(&intree)?;
    for m in INTREE {
        let p = tree.join(m);
        let name = p.file_name().map(|n| n.to_owned()).unwrap_or_default();
        fs::copy(&p, intree.join(name)).with_context(|| format!("the build made no {m}"))?;
    }
    fs::copy(tree.join(".config"), dir.join("config"))?;
    trim(&tree)?;
    fs::write(dir.join("kernelrelease"), format!("{release}\n"))?;
    let mut manifest = pkgs;
    manifest.push(("config.sh".to_string(), hash));
    fetch::write_manifest(&dir, &manifest)?;
    println!("  debug kernel {release} ready in {:.1} s", util::secs(t0));
    entry_from(&dir, manifest)
}

#[cfg(test)]
mod tests {
    #[test]
    fn fnv_is_stable() {
        assert_eq!(super::fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(super::config_hash().len(), 16);
    }
}
