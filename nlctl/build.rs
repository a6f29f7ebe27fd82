//! Builds the eBPF capture program (`bpf/nlcapture.bpf.c`) with clang for
//! the BPF target, into `OUT_DIR`. Without clang (or on an architecture
//! the program does not support) nlctl still builds, with `nlctl_no_bpf`
//! set: `nlctl capture` then says why and uses nlmon. `cargo xtask setup`
//! installs clang and libbpf-dev; `NLCTL_REQUIRE_BPF=1` turns a missing
//! compiler into a build error.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    embed_specs();
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

/// The specs nlctl knows without `--spec` (rtnetlink's, see
/// `src/known.rs`), embedded so the binary names and decodes them
/// wherever it runs (another user's HOME, the test VM): the kernel's from
/// the cache `cargo xtask setup` fills, the project's from `specs/`. The
/// search path still wins at run time. Missing files are left out, with a
/// warning.
fn embed_specs() {
    const KERNEL: &[&str] = &["rt_link.yaml", "rt_addr.yaml", "rt_route.yaml", "tc.yaml"];
    const OWN: &[&str] = &[
        "rt-neigh.yaml",
        "rt-rule.yaml",
        "rt-nexthop.yaml",
        "rt-link.overlay.yaml",
        "rt-route.overlay.yaml",
        "tc.overlay.yaml",
    ];
    println!("cargo:rerun-if-env-changed=NLKIT_CACHE");
    let cache = std::env::var_os("NLKIT_CACHE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/nlkit")));
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("manifest dir"));
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    if let Some(c) = cache {
        let dir = c.join("specs/current/Documentation/netlink/specs");
        for f in KERNEL {
            files.push((f.to_string(), dir.join(f)));
        }
    }
    for f in OWN {
        files.push((f.to_string(), manifest.join("../specs").join(f)));
    }
    let mut out = String::from(
        "/// Embedded specs: (file name, text).\npub const EMBEDDED: &[(&str, &str)] = &[\n",
    );
    for (name, path) in files {
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_file() {
            out.push_str(&format!(
                "    ({name:?}, include_str!({:?})),\n",
                path.display().to_string()
            ));
        } else {
            println!(
                "cargo:warning=nlctl without the embedded spec {name} ({} missing; cargo xtask setup fetches the kernel's)",
                path.display()
            );
        }
    }
    out.push_str("];\n");
    let dest =
        PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("embedded_specs.rs");
    std::fs::write(dest, out).expect("write embedded_specs.rs");
}
