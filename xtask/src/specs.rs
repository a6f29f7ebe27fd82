//! The kernel's YNL specs: `Documentation/netlink` and `tools/net/ynl` from
//! Debian's `linux-source-6.12`, unpacked into `~/.cache/nlkit/specs/<version>/`
//! (never into the repository). `cargo xtask setup` calls [`ensure`]; the
//! spec tests find the directory through `~/.cache/nlkit/specs/current`.

use crate::fetch::{self, Pkg};
use crate::util::{self, run};
use anyhow::{bail, Context, Result};
use std::fs;
use std::path::PathBuf;
use std::process::Command;

/// The Debian source package the specs come from.
const SOURCE_PKG: &str = "linux-source-6.12";

/// The paths extracted from the source tarball.
const MEMBERS: &[&str] = &["Documentation/netlink", "tools/net/ynl"];

/// Makes sure the specs are in the cache; returns the directory holding
/// `Documentation/netlink/specs/*.yaml`. `current` is a symlink to it.
pub fn ensure() -> Result<PathBuf> {
    let root = util::cache_dir()?.join("specs");
    let current = root.join("current");
    let Some(version) = fetch::candidate(SOURCE_PKG) else {
        if current.join("Documentation/netlink/specs").is_dir() {
            println!("setup: apt knows no {SOURCE_PKG}; using the cached kernel specs");
            return Ok(current);
        }
        bail!("apt knows no {SOURCE_PKG} and no kernel specs are cached (run `apt-get update`)");
    };
    let dir = root.join(version.replace(':', "_"));
    if dir.join("manifest.txt").is_file() {
        relink(&current, &dir)?;
        return Ok(dir);
    }
    println!("setup: fetching the kernel's YNL specs from {SOURCE_PKG} {version}");
    if dir.exists() {
        fs::remove_dir_all(&dir).with_context(|| format!("cannot clear {}", dir.display()))?;
    }
    let pkgs: Vec<Pkg> = vec![(SOURCE_PKG.to_string(), version)];
    let pkgroot = dir.join("pkg");
    fetch::download_and_unpack(&pkgs, &pkgroot)?;
    let tarball = pkgroot.join(format!("usr/src/{SOURCE_PKG}.tar.xz"));
    let mut tar = Command::new("tar");
    tar.arg("-xJf")
        .arg(&tarball)
        .arg("-C")
        .arg(&dir)
        .arg("--strip-components=1");
    for m in MEMBERS {
        tar.arg(format!("{SOURCE_PKG}/{m}"));
    }
    run(&mut tar)?;
    fs::remove_dir_all(&pkgroot)?;
    fetch::remove_debs(&pkgs);
    if !dir.join("Documentation/netlink/specs").is_dir() {
        bail!("{SOURCE_PKG} has no Documentation/netlink/specs");
    }
    fetch::write_manifest(&dir, &pkgs)?;
    relink(&current, &dir)?;
    Ok(dir)
}

fn relink(link: &std::path::Path, target: &std::path::Path) -> Result<()> {
    let _ = fs::remove_file(link);
    std::os::unix::fs::symlink(target, link)
        .with_context(|| format!("cannot link {} to {}", link.display(), target.display()))
}
