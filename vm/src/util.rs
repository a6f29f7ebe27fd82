//! Small helpers shared by the harness commands: paths, running commands.
//!
//! Every command that fails names itself and its exit status in the error.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The nlkit workspace root (the parent of the `vm` crate), where `kmod/`
/// and `guest/` are.
pub fn ws_root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.parent().unwrap_or(here).to_path_buf()
}

/// `${NLKIT_CACHE:-$HOME/.cache/nlkit}`.
pub fn cache_dir() -> Result<PathBuf> {
    if let Some(d) = std::env::var_os("NLKIT_CACHE").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(d));
    }
    let home = std::env::var_os("HOME").context("neither NLKIT_CACHE nor HOME is set")?;
    Ok(PathBuf::from(home).join(".cache").join("nlkit"))
}

/// Cargo's target directory: `$CARGO_TARGET_DIR`, else `<workspace>/target`.
/// Honouring the variable lets several VM runs (one per checkout or per
/// developer) proceed side by side without clashing.
pub fn target_root() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR").filter(|d| !d.is_empty()) {
        Some(d) => ws_root().join(d),
        None => ws_root().join("target"),
    }
}

/// Where per-kernel build products go: `<target>/vm`.
pub fn vm_target_dir() -> PathBuf {
    target_root().join("vm")
}

/// A printable form of a command line.
pub fn show(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

/// Runs `cmd` with inherited stdio; fails if it does not exit 0.
pub fn run(cmd: &mut Command) -> Result<()> {
    let status = cmd
        .status()
        .with_context(|| format!("cannot start `{}`", show(cmd)))?;
    if !status.success() {
        bail!("`{}` failed ({status})", show(cmd));
    }
    Ok(())
}

/// Runs `cmd` and returns its stdout; fails (with its stderr) if it does not exit 0.
pub fn output(cmd: &mut Command) -> Result<String> {
    let out = cmd
        .output()
        .with_context(|| format!("cannot start `{}`", show(cmd)))?;
    if !out.status.success() {
        bail!(
            "`{}` failed ({}): {}",
            show(cmd),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Whether an ELF file has a `PT_INTERP` program header (is dynamically linked).
pub fn elf_is_dynamic(path: &Path) -> Result<bool> {
    let b = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let bad = || anyhow::anyhow!("{} is not a 64-bit little-endian ELF file", path.display());
    if b.len() < 64 || &b[0..4] != b"\x7fELF" || b[4] != 2 || b[5] != 1 {
        return Err(bad());
    }
    let u16_at = |o: usize| b.get(o..o + 2).map(|s| u16::from_le_bytes([s[0], s[1]]));
    let phoff = b
        .get(0x20..0x28)
        .and_then(|s| <[u8; 8]>::try_from(s).ok())
        .map(u64::from_le_bytes)
        .ok_or_else(bad)?;
    let phentsize = u16_at(0x36).ok_or_else(bad)? as usize;
    let phnum = u16_at(0x38).ok_or_else(bad)? as usize;
    for i in 0..phnum {
        let off = usize::try_from(phoff).map_err(|_| bad())? + i * phentsize;
        let ty = b
            .get(off..off + 4)
            .and_then(|s| <[u8; 4]>::try_from(s).ok())
            .map(u32::from_le_bytes)
            .ok_or_else(bad)?;
        if ty == 3 {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Seconds since `t0`, for timing lines.
pub fn secs(t0: std::time::Instant) -> f64 {
    t0.elapsed().as_secs_f64()
}
