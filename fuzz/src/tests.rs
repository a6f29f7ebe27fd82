//! Replays the committed corpus through every check on stable, without
//! instrumentation: `cargo test --manifest-path fuzz/Cargo.toml`.

use std::path::PathBuf;

fn corpus(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(target);
    let mut out: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            let p = e.expect("dir entry").path();
            let b = std::fs::read(&p).expect("seed readable");
            (p, b)
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no seeds in {}", dir.display());
    out
}

fn replay(target: &str, check: fn(&[u8])) {
    for (path, bytes) in corpus(target) {
        eprintln!("{}", path.display());
        check(&bytes);
    }
}

#[test]
fn messages_corpus() {
    replay("messages", super::check_messages);
}

#[test]
fn ext_ack_corpus() {
    replay("ext_ack", super::check_ext_ack);
}

#[test]
fn attrs_corpus() {
    replay("attrs", super::check_attrs);
}

#[test]
fn exchange_corpus() {
    replay("exchange", |d| {
        super::check_exchange(d);
    });
}

#[test]
fn client_corpus() {
    replay("client", |d| {
        super::check_client(d);
    });
}

#[test]
fn spec_decode_corpus() {
    replay("spec_decode", super::check_spec_decode);
}

#[test]
fn generated_specs_parse() {
    // Most generated specs must be valid, or the target fuzzes the parser only.
    let mut ok = 0;
    for seed in 0u32..200 {
        let bytes: Vec<u8> = (0..64)
            .map(|i| (seed.wrapping_mul(2_654_435_761).rotate_left(i) >> 3) as u8)
            .collect();
        let text = super::spec_from_input(&mut super::Input::new(&bytes));
        match nlkit_spec::Spec::parse("gen.yaml", &text) {
            Ok(_) => ok += 1,
            Err(e) => eprintln!("{e}\n{text}"),
        }
    }
    assert!(ok > 150, "{ok} of 200 generated specs parse");
}

#[test]
fn empty_and_tiny_inputs() {
    for d in [&[][..], &[0], &[0xff; 3], &[0x10, 0, 0, 0], &[4; 40]] {
        super::check_messages(d);
        super::check_ext_ack(d);
        super::check_attrs(d);
        super::check_exchange(d);
        super::check_client(d);
        super::check_spec_decode(d);
    }
}

#[test]
fn seeds_reach_replies_and_completions() {
    let mut ex = super::Stats::default();
    for (_, b) in corpus("exchange") {
        let s = super::check_exchange(&b);
        ex.replies += s.replies;
        ex.completions += s.completions;
    }
    assert!(ex.replies > 20 && ex.completions > 10, "{ex:?}");
    let mut cl = super::Stats::default();
    for (_, b) in corpus("client") {
        let s = super::check_client(&b);
        cl.replies += s.replies;
        cl.completions += s.completions;
    }
    assert!(cl.replies > 20 && cl.completions > 10, "{cl:?}");
    eprintln!("exchange {ex:?}, client {cl:?}");
}

#[test]
fn capture_corpus() {
    replay("capture", super::check_capture);
}
