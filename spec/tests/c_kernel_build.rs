//! The kernel-side C that `nlctl gen kernel` writes builds with `W=1`
//! and no warning against the 6.1 and 6.12 headers in the cache
//! (`cargo xtask vm fetch`), and is `checkpatch.pl --strict` clean: for
//! `specs/nlkit-raw.yaml` (netlink-raw dispatch) and a genetlink test spec
//! that uses every policy form. Outside kmod/: a scratch Kbuild directory
//! with handlers that only return 0.

use nlkit_spec::{gen, Spec};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn cache() -> PathBuf {
    std::env::var_os("NLKIT_CACHE")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap()).join(".cache/nlkit"))
}

/// `(kver, kdir)` of the cached 6.1 and 6.12 cloud kernels.
fn kernels() -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    let dir = cache().join("kernels");
    for e in std::fs::read_dir(&dir).expect("no kernel cache: run `cargo xtask vm fetch`") {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        if !(name.starts_with("6.1.") || name.starts_with("6.12.")) {
            continue;
        }
        let kver = name.split('_').next().unwrap().to_string();
        let kdir = dir
            .join(&name)
            .join(format!("root/usr/src/linux-headers-{kver}"));
        if kdir.join("Makefile").exists() {
            out.push((kver, kdir));
        }
    }
    out.sort();
    assert!(
        out.iter().any(|k| k.0.starts_with("6.1.")) && out.iter().any(|k| k.0.starts_with("6.12.")),
        "need the 6.1 and 6.12 headers: run `cargo xtask vm fetch` ({out:?})"
    );
    out
}

fn stub(spec: &Spec) -> String {
    let id = gen::family_c(spec);
    let base = format!("{}-nl-gen.h", spec.name);
    let mut s = format!(
        "// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\n\n#include \"{base}\"\n\n"
    );
    for op in &spec.operations.list {
        for (kind, present) in [("doit", op.do_.is_some()), ("dumpit", op.dump.is_some())] {
            if !present {
                continue;
            }
            let name = format!("{id}_nl_{}_{kind}", gen::c_lower(&op.name));
            if spec.protocol.is_genetlink() {
                if kind == "doit" {
                    s.push_str(&format!(
                        "int {name}(struct sk_buff *skb, struct genl_info *info)\n{{\n\treturn 0;\n}}\n\n"
                    ));
                } else {
                    s.push_str(&format!(
                        "int {name}(struct sk_buff *skb, struct netlink_callback *cb)\n{{\n\treturn 0;\n}}\n\n"
                    ));
                }
            } else {
                s.push_str(&format!(
                    "int {name}(struct sk_buff *skb, const struct nlmsghdr *nlh,\n\tstruct nlattr **tb, struct netlink_ext_ack *extack)\n{{\n\treturn 0;\n}}\n\n"
                ));
            }
        }
    }
    if spec.protocol.is_genetlink() {
        s.push_str(&format!(
            "static struct genl_family test_family = {{\n\t.name = \"{}\",\n\t.version = 1,\n\t.ops = {id}_nl_ops,\n\t.n_ops = ARRAY_SIZE({id}_nl_ops),\n\t.mcgrps = {id}_nl_mcgrps,\n\t.n_mcgrps = ARRAY_SIZE({id}_nl_mcgrps),\n\t.module = THIS_MODULE,\n}};\n\nstatic int __init test_init(void)\n{{\n\treturn genl_register_family(&test_family);\n}}\n\nstatic void __exit test_exit(void)\n{{\n\tgenl_unregister_family(&test_family);\n}}\n",
            spec.name
        ));
    } else {
        s.push_str(&format!(
            "static void test_input(struct sk_buff *skb)\n{{\n\tnetlink_rcv_skb(skb, {id}_nl_dispatch);\n}}\n\nstatic int __init test_init(void)\n{{\n\tpr_info(\"%p\\n\", test_input);\n\treturn 0;\n}}\n\nstatic void __exit test_exit(void)\n{{\n}}\n"
        ));
    }
    s.push_str("\nmodule_init(test_init);\nmodule_exit(test_exit);\nMODULE_LICENSE(\"GPL\");\nMODULE_DESCRIPTION(\"generated tables build test\");\n");
    s
}

fn build(spec_path: &Path) {
    let spec = Spec::read(spec_path, &[]).unwrap();
    let dir = std::env::temp_dir().join(format!("nlkit-kgen-{}-{}", spec.name, std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("include")).unwrap();
    let uapi = gen::c_uapi::generate(&spec);
    std::fs::write(dir.join("include").join(&uapi.name), &uapi.text).unwrap();
    let mut files = vec![dir.join("include").join(&uapi.name)];
    for f in gen::c_kernel::generate(&spec) {
        std::fs::write(dir.join(&f.name), &f.text).unwrap();
        files.push(dir.join(&f.name));
    }
    std::fs::write(dir.join("stub.c"), stub(&spec)).unwrap();
    std::fs::write(
        dir.join("Kbuild"),
        format!(
            "obj-m := nlgen_test.o\nnlgen_test-y := stub.o {}-nl-gen.o\nccflags-y := -I$(src)/include\n",
            spec.name
        ),
    )
    .unwrap();
    for (kver, kdir) in kernels() {
        let out = Command::new("make")
            .arg("-C")
            .arg(&kdir)
            .arg(format!("M={}", dir.display()))
            .args(["W=1", "CONFIG_DEBUG_INFO_BTF_MODULES=", "modules"])
            .output()
            .expect("make");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && !err.contains("warning:"),
            "{} on {kver}:\n{err}\n{}",
            spec.name,
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(dir.join("nlgen_test.ko").exists());
        eprintln!("{}: built W=1 clean against {kver}", spec.name);
        let _ = Command::new("make")
            .arg("-C")
            .arg(&kdir)
            .arg(format!("M={}", dir.display()))
            .arg("clean")
            .output();
    }
    // checkpatch from a kernel tree in the cache (the debug kernel's source).
    let tree = std::fs::read_dir(cache().join("kernels"))
        .unwrap()
        .flatten()
        .map(|e| e.path().join("build/scripts/checkpatch.pl"))
        .find(|p| p.exists());
    if let Some(cp) = tree {
        for f in &files {
            let out = Command::new("perl")
                .arg(&cp)
                .args([
                    "--strict",
                    "--no-tree",
                    "--terse",
                    "--show-types",
                    "--ignore",
                    "FILE_PATH_CHANGES,LINUX_VERSION_CODE,CONSTANT_COMPARISON",
                    "-f",
                ])
                .arg(f)
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success(),
                "checkpatch --strict on {}:\n{text}",
                f.display()
            );
        }
        eprintln!("{}: checkpatch --strict clean", spec.name);
    } else {
        panic!("no scripts/checkpatch.pl in the kernel cache (the debug kernel's tree)");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn nlkit_raw_kernel_tables_build_w1_clean() {
    build(&root().join("specs/nlkit-raw.yaml"));
}

#[test]
fn genetlink_kernel_tables_build_w1_clean() {
    build(&root().join("tests/data/nlgen-test.yaml"));
}
