//! `specs/nlkit-raw.yaml` describes the modules' protocol as the
//! hand-written `kmod/include/uapi/nlkit_mod.h` does: the generated UAPI
//! header (names renamed `GEN_...`) and the hand-written one are compiled
//! together by gcc with a static assert for every name the hand-written
//! header defines.

use nlkit_spec::{gen, Spec};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Every `NLKIT_MOD_*` / `__NLKIT_MOD_*` token of a header, in order, once.
fn names(text: &str, prefix: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let b = text.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut i = 0;
    while i < b.len() {
        if word(b[i]) && (i == 0 || !word(b[i - 1])) {
            let start = i;
            while i < b.len() && word(b[i]) {
                i += 1;
            }
            let w = &text[start..i];
            if (w.starts_with(prefix) || w.starts_with(&format!("__{prefix}")))
                && !out.iter().any(|x| x == w)
            {
                out.push(w.to_string());
            }
        } else {
            i += 1;
        }
    }
    out
}

#[test]
fn generated_uapi_agrees_with_the_hand_written_header() {
    let spec = Spec::read(&root().join("specs/nlkit-raw.yaml"), &[]).unwrap();
    assert!(spec.warnings.is_empty(), "{:?}", spec.warnings);
    let generated = gen::c_uapi::generate(&spec);
    assert_eq!(generated.name, "nlkit_mod.h");
    let hand_path = root().join("kmod/include/uapi/nlkit_mod.h");
    let hand = std::fs::read_to_string(&hand_path).unwrap();
    let dir = std::env::temp_dir().join(format!("nlkit-c-agree-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let renamed = generated
        .text
        .replace("NLKIT_MOD_", "GEN_NLKIT_MOD_")
        .replace("nlkit_mod_", "gen_nlkit_mod_");
    std::fs::write(dir.join("gen_nlkit_mod.h"), &renamed).unwrap();
    let hand_names = names(&hand, "NLKIT_MOD_");
    assert!(hand_names.len() > 60, "{hand_names:?}");
    let mut c = format!(
        "#include \"{}\"\n#include \"gen_nlkit_mod.h\"\n\n",
        hand_path.display()
    );
    for n in &hand_names {
        let g = n.replacen("NLKIT_MOD_", "GEN_NLKIT_MOD_", 1);
        c.push_str(&format!(
            "_Static_assert((long long){n} == (long long){g}, \"{n}\");\n"
        ));
    }
    for tag in ["group", "msg", "attr", "stat", "source"] {
        c.push_str(&format!(
            "_Static_assert(sizeof(enum nlkit_mod_{tag}) == sizeof(enum gen_nlkit_mod_{tag}), \"enum {tag}\");\n"
        ));
    }
    std::fs::write(dir.join("agree.c"), &c).unwrap();
    let out = Command::new("gcc")
        .args(["-std=gnu11", "-Wall", "-Wextra", "-Werror", "-fsyntax-only"])
        .arg(dir.join("agree.c"))
        .output()
        .expect("gcc");
    assert!(
        out.status.success(),
        "gcc disagrees:\n{}\n--- generated header:\n{}",
        String::from_utf8_lossy(&out.stderr),
        generated.text
    );
    let extra: Vec<String> = names(&generated.text, "NLKIT_MOD_")
        .into_iter()
        .filter(|n| !hand_names.contains(n))
        .collect();
    eprintln!(
        "{} names agree; only in the generated header: {extra:?}",
        hand_names.len()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_wrong_spec_is_caught() {
    // The same check must fail when the spec says something else.
    let text = std::fs::read_to_string(root().join("specs/nlkit-raw.yaml"))
        .unwrap()
        .replace("value: 16\n", "value: 32\n");
    let spec = Spec::parse("nlkit-raw.yaml", &text).unwrap();
    let g = gen::c_uapi::generate(&spec);
    assert!(g.text.contains("NLKIT_MOD_MSG_ECHO = 0x20,"), "{}", g.text);
}
