//! Building what goes into the VM: the kernel modules (per kernel, out of a
//! copy of `kmod/`), the static guest `/init`, and the initramfs.
//!
//! The source tree stays clean: every build product lives under `target/`.

use crate::cpio::Archive;
use crate::fetch::Kernel;
use crate::util::{self, elf_is_dynamic, run, vm_target_dir, ws_root};
use anyhow::{bail, Context, Result};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The module source directory: `$NLKIT_KMOD_DIR` or `<workspace>/kmod`.
pub fn kmod_src() -> PathBuf {
    std::env::var_os("NLKIT_KMOD_DIR")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| ws_root().join("kmod"))
}

fn is_build_product(name: &str) -> bool {
    name.starts_with('.')
        || [
            ".o", ".ko", ".mod", ".mod.c", ".symvers", ".order", ".cmd", ".a",
        ]
        .iter()
        .any(|s| name.ends_with(s))
}

fn copy_tree(src: &Path, dst: &Path) -> Result<()> {
    fs::create_dir_all(dst)?;
    for e in fs::read_dir(src).with_context(|| format!("cannot read {}", src.display()))? {
        let e = e?;
        let name = e.file_name().to_string_lossy().into_owned();
        if is_build_product(&name) {
            continue;
        }
        let (from, to) = (e.path(), dst.join(&name));
        if e.file_type()?.is_dir() {
            copy_tree(&from, &to)?;
        } else {
            fs::copy(&from, &to)
                .with_context(|| format!("cannot copy {} to {}", from.display(), to.display()))?;
        }
    }
    Ok(())
}

fn find_ko(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for e in fs::read_dir(dir)? {
        let p = e?.path();
        if p.is_dir() {
            find_ko(&p, out)?;
        } else if p.extension().is_some_and(|x| x == "ko") {
            out.push(p);
        }
    }
    Ok(())
}

/// Builds the modules of `kmod/` against `k`'s headers, in
/// `target/vm/<kver>/kmod`; returns the `.ko` files, sorted by name
/// (so module A comes before module B).
pub fn build_modules(k: &Kernel) -> Result<Vec<PathBuf>> {
    let src = kmod_src();
    if !src.join("Kbuild").exists() && !src.join("Makefile").exists() {
        bail!(
            "{} has no Kbuild or Makefile (no modules to build yet?); set NLKIT_KMOD_DIR to another module directory",
            src.display()
        );
    }
    let t0 = std::time::Instant::now();
    let build = vm_target_dir().join(&k.kver).join("kmod");
    if build.exists() {
        fs::remove_dir_all(&build).with_context(|| format!("cannot clear {}", build.display()))?;
    }
    copy_tree(&src, &build)?;
    run(Command::new("make")
        .arg("-s")
        .arg("-j2")
        .arg("-C")
        .arg(&k.kdir)
        .arg(format!("M={}", build.display()))
        // No pahole here: skip BTF for modules (6.12 would need it).
        .arg("CONFIG_DEBUG_INFO_BTF_MODULES=")
        .arg("modules"))
    .with_context(|| format!("building the modules for {}", k.kver))?;
    let mut kos = Vec::new();
    find_ko(&build, &mut kos)?;
    kos.sort_by_key(|p| p.file_name().map(|n| n.to_owned()));
    if kos.is_empty() {
        bail!("building {} produced no .ko file", src.display());
    }
    let names: Vec<String> = kos
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    println!(
        "  modules for {}: {} ({:.1} s)",
        k.kver,
        names.join(", "),
        util::secs(t0)
    );
    Ok(kos)
}

/// Builds the static guest `/init` into `target/guest`, and `nlkit`'s CLI
/// next to it (`pack` ships it as `/bin/nlctl`); returns the guest's path.
pub fn build_guest() -> Result<PathBuf> {
    let tdir = util::target_root().join("guest");
    let bin = build_static(&tdir, "guest", None)?;
    build_static(&tdir, "nlctl", Some("nlctl"))?;
    Ok(bin)
}

/// `cargo build --release` of `package` (its binary `bin`, or all) as a
/// static x86_64 executable into `tdir`; checks it has no interpreter.
fn build_static(tdir: &Path, package: &str, bin: Option<&str>) -> Result<PathBuf> {
    let t0 = std::time::Instant::now();
    let triple = "x86_64-unknown-linux-gnu";
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(ws_root())
        .args(["build", "--quiet", "--release", "-p", package])
        .args(["--target", triple])
        .env("CARGO_TARGET_DIR", tdir)
        .env(
            "RUSTFLAGS",
            "-C target-feature=+crt-static -C strip=debuginfo",
        )
        .env_remove("CARGO_ENCODED_RUSTFLAGS");
    if let Some(b) = bin {
        cmd.args(["--bin", b]);
    }
    run(&mut cmd).with_context(|| format!("building {package} for the guest"))?;
    let exe = tdir
        .join(triple)
        .join("release")
        .join(bin.unwrap_or(package));
    if elf_is_dynamic(&exe)? {
        bail!("{} is dynamically linked; it must be static", exe.display());
    }
    println!("  {package}: {} ({:.1} s)", exe.display(), util::secs(t0));
    Ok(exe)
}

/// A program (and its arguments) to put into the guest for `vm run`.
pub struct Program {
    /// The static executable on the host.
    pub path: PathBuf,
    /// Its arguments.
    pub args: Vec<String>,
}

/// Packs the initramfs for kernel `k` into `out`.
///
/// Layout: `/init` (the guest), `/bin/nlctl`, `/modules/*.ko` (ours), `/modules/intree/*`
/// (nlmon, dummy), `/dev/console`, and for `vm run` `/bin/program` plus
/// `/nlkit/args` (NUL-separated arguments).
pub fn pack(
    k: &Kernel,
    modules: &[PathBuf],
    guest: &Path,
    program: Option<&Program>,
    out: &Path,
) -> Result<()> {
    let read = |p: &Path| fs::read(p).with_context(|| format!("cannot read {}", p.display()));
    let mut a = Archive::new();
    for d in [
        "dev",
        "proc",
        "sys",
        "tmp",
        "bin",
        "nlkit",
        "modules",
        "modules/intree",
    ] {
        a.dir(d);
    }
    a.char_dev("dev/console", 0o600, 5, 1);
    a.file("init", 0o755, &read(guest)?);
    // nlctl, built beside the guest by `build_nlctl`.
    a.file("bin/nlctl", 0o755, &read(&guest.with_file_name("nlctl"))?);
    for m in modules {
        let name = m.file_name().context("module without a name")?;
        a.file(
            &format!("modules/{}", name.to_string_lossy()),
            0o644,
            &read(m)?,
        );
    }
    for m in &k.intree {
        let name = m.file_name().context("module without a name")?;
        a.file(
            &format!("modules/intree/{}", name.to_string_lossy()),
            0o644,
            &read(m)?,
        );
    }
    if let Some(p) = program {
        a.file("bin/program", 0o755, &read(&p.path)?);
        let mut args = Vec::new();
        for s in &p.args {
            args.extend_from_slice(s.as_bytes());
            args.push(0);
        }
        a.file("nlkit/args", 0o644, &args);
    }
    if let Some(parent) = out.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(out, a.finish()).with_context(|| format!("cannot write {}", out.display()))
}
