//! `cargo xtask setup`: install the host packages the build and tests need.
//!
//! Idempotent: checks each package with `dpkg-query` and installs only the
//! missing ones (running `apt-get update` first if apt's lists are missing
//! or older than 6 hours).

use crate::util::{self, output};
use anyhow::{bail, Result};
use std::process::Command;

/// Host packages needed, with the reason for each.
pub const PACKAGES: &[(&str, &str)] = &[
    ("make", "kernel module build (kbuild)"),
    (
        "gcc",
        "kernel module build; the Debian headers were built with gcc-12",
    ),
    (
        "libc6-dev",
        "kbuild host tools and the static guest link (crt-static)",
    ),
    ("bc", "kbuild arithmetic in the kernel Makefiles"),
    ("binutils", "kbuild (ld, objcopy) and the linker for Rust"),
    (
        "libelf1",
        "the 6.12 kbuild host binaries (objtool, modpost) link it",
    ),
    ("libssl3", "kbuild's sign-file links libcrypto"),
    (
        "dpkg",
        "dpkg -x to unpack kernels and QEMU without installing them",
    ),
    ("apt", "apt-get download of kernels and QEMU"),
    (
        "iproute2",
        "the host integration tests (nlkit/tests) run `ip`",
    ),
    (
        "util-linux",
        "the host integration tests run `setpriv` to drop privileges",
    ),
    // The debug guest kernel is built from source (`vm fetch --kernel debug`,
    // part of `cargo xtask test`): always installed, since CI runs it.
    ("flex", "the debug kernel build (kconfig, dtc lexers)"),
    ("bison", "the debug kernel build (kconfig, dtc parsers)"),
    (
        "libelf-dev",
        "the debug kernel build (objtool for ORC, resolve_btfids)",
    ),
    (
        "libssl-dev",
        "the debug kernel build (certificate host tools)",
    ),
    ("xz-utils", "unpacking linux-source-6.1.tar.xz"),
    ("tar", "unpacking linux-source-6.1.tar.xz"),
    (
        "dwarves",
        "pahole: the debug kernel's BTF (CONFIG_DEBUG_INFO_BTF, for CO-RE eBPF capture)",
    ),
    // Tools the tests use where a user would.
    (
        "tshark",
        "the capture tests read nlkit's pcapng files with Wireshark's dissectors",
    ),
    ("clang", "compiles the eBPF capture program (bpfel target)"),
    ("llvm", "llvm-strip / llvm-objdump for the eBPF object"),
    (
        "libbpf-dev",
        "bpf_helpers.h / bpf_core_read.h for the eBPF capture program (headers only)",
    ),
    ("busybox-static", "`vm shell`: a static shell for the guest"),
    (
        "libnl-utils",
        "genl-ctrl-list, the reference the genl family tests compare with",
    ),
];

fn installed(pkg: &str) -> bool {
    output(Command::new("dpkg-query").args(["-W", "-f=${Status}", pkg]))
        .map(|s| s.contains("install ok installed"))
        .unwrap_or(false)
}

/// Apt's package lists exist and were refreshed within the last 6 hours.
/// Stale lists on a machine image name package versions the archive no
/// longer serves (kernels and QEMU get security updates), so `apt-get
/// download` would fail.
fn apt_lists_present() -> bool {
    let max_age = std::time::Duration::from_secs(6 * 3600);
    std::fs::read_dir("/var/lib/apt/lists")
        .map(|rd| {
            rd.flatten().any(|e| {
                e.file_name().to_string_lossy().contains("_Packages")
                    && e.metadata()
                        .and_then(|m| m.modified())
                        .ok()
                        .and_then(|t| t.elapsed().ok())
                        .is_some_and(|age| age < max_age)
            })
        })
        .unwrap_or(false)
}

fn is_root() -> bool {
    output(Command::new("id").arg("-u"))
        .map(|s| s.trim() == "0")
        .unwrap_or(false)
}

fn apt_get(args: &[&str]) -> Result<()> {
    let mut c = if is_root() {
        Command::new("apt-get")
    } else {
        let mut c = Command::new("sudo");
        c.arg("apt-get");
        c
    };
    c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
    util::run(&mut c)
}

/// Runs the setup.
pub fn run() -> Result<()> {
    let missing: Vec<&str> = PACKAGES
        .iter()
        .map(|(p, _)| *p)
        .filter(|p| !installed(p))
        .collect();
    if missing.is_empty() {
        println!("setup: all host packages present");
    } else {
        println!("setup: installing {}", missing.join(" "));
        if !apt_lists_present() {
            apt_get(&["update", "-q"])?;
        }
        let mut args = vec!["install", "-y", "-q", "--no-install-recommends"];
        args.extend(&missing);
        apt_get(&args)?;
    }
    // The VM downloads need fresh apt lists even when nothing is installed.
    // Without them the fetch step falls back to what is cached, so a failed
    // refresh is a warning here, not an error.
    if !apt_lists_present() {
        if let Err(e) = apt_get(&["update", "-q"]) {
            println!(
                "setup: warning: could not refresh apt's lists ({e:#}); using them as they are"
            );
        }
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    for (tool, component) in [("fmt", "rustfmt"), ("clippy", "clippy")] {
        let ok = Command::new(&cargo)
            .args([tool, "--version"])
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        if !ok {
            println!("setup: rustup component add {component}");
            util::run(Command::new("rustup").args(["component", "add", component]))?;
        }
    }
    let host = output(Command::new("rustc").arg("-vV"))?;
    if !host.lines().any(|l| l == "host: x86_64-unknown-linux-gnu") {
        bail!("the guest is built for x86_64-unknown-linux-gnu; this host is not (rustc -vV)");
    }
    let specs = crate::specs::ensure()?;
    println!("setup: kernel YNL specs in {}", specs.display());
    println!("setup: done");
    Ok(())
}
