//! Builds the eBPF capture program (`bpf/nlcapture.bpf.c`) with clang for
//! the BPF target, into `OUT_DIR`. Without clang (or on an architecture
//! the program does not support) nlctl still builds, with `nlctl_no_bpf`
//! set: `nlctl capture` then says why and uses nlmon. `cargo xtask setup`
//! installs clang and libbpf-dev; `NLCTL_REQUIRE_BPF=1` turns a missing
//! compiler into a build error.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rustc-check-cfg=cfg(nlctl_no_bpf)");
    println!("cargo:rerun-if-changed=bpf/nlcapture.bpf.c");
    println!("cargo:rerun-if-env-changed=NLCTL_REQUIRE_BPF");
    println!("cargo:rerun-if-env-changed=CLANG");
    let required = std::env::var_os("NLCTL_REQUIRE_BPF").is_some_and(|v| v == "1");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    match build(&out) {
        Ok(()) => {}
        Err(why) if required => panic!("building the eBPF capture program: {why}"),
        Err(why) => {
            println!("cargo:warning=nlctl without eBPF capture: {why}");
            println!("cargo:rustc-cfg=nlctl_no_bpf");
        }
    }
}

fn build(out: &std::path::Path) -> Result<(), String> {
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    if arch != "x86_64" {
        return Err(format!(
            "the program reads x86_64 kprobe registers; target is {arch}"
        ));
    }
    let clang = std::env::var("CLANG").unwrap_or_else(|_| "clang".to_string());
    let obj = out.join("nlcapture.bpf.o");
    let result = Command::new(&clang)
        .args(["-O2", "-g", "-target", "bpf", "-D__TARGET_ARCH_x86"])
        .args(["-I/usr/include/x86_64-linux-gnu", "-Wall", "-Werror"])
        .args(["-c", "bpf/nlcapture.bpf.c", "-o"])
        .arg(&obj)
        .output()
        .map_err(|e| format!("{clang} not found ({e}); cargo xtask setup installs it"))?;
    if !result.status.success() {
        return Err(format!(
            "{clang} failed (libbpf-dev installed? cargo xtask setup): {}",
            String::from_utf8_lossy(&result.stderr).trim()
        ));
    }
    Ok(())
}
