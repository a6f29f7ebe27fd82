//! Unit tests of the reader on small literal specs.

use super::*;

const MINI: &str = "\
name: mini
protocol: netlink-raw
protonum: 20
definitions:
  - {name: color, type: enum, entries: [red, {name: blue, value: 5}, green]}
  - {name: bits, type: flags, entries: [a, b, c]}
attribute-sets:
  - name: main
    attributes:
      - {name: one, type: u32}
      - {name: two, type: string, value: 7}
      - {name: three, type: nest, nested-attributes: inner}
  - name: inner
    attributes:
      - {name: x, type: u8, enum: color}
operations:
  list:
    - name: get
      value: 16
      attribute-set: main
      do:
        request: {attributes: [one]}
        reply: {attributes: [one, two, three]}
    - name: set
      attribute-set: main
      do:
        request: {attributes: [two]}
";

#[test]
fn numbers_resolve() {
    let s = Spec::parse("mini.yaml", MINI).unwrap();
    assert_eq!(s.protonum, 20);
    let main = s.attr_set("main").unwrap();
    let vals: Vec<u16> = main.attributes.iter().map(|a| a.value).collect();
    assert_eq!(vals, [1, 7, 8]);
    let (color, _) = s.enum_def("color").unwrap();
    let v: Vec<u64> = color.entries.iter().map(|e| e.value).collect();
    assert_eq!(v, [0, 5, 6]);
    let (bits, flags) = s.enum_def("bits").unwrap();
    assert!(flags);
    let v: Vec<u64> = bits.entries.iter().map(|e| e.value).collect();
    assert_eq!(v, [1, 2, 4]);
    assert_eq!(s.operation("set").unwrap().value, 17);
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);
}

fn error_of(text: &str) -> SpecError {
    Spec::parse("bad.yaml", text).unwrap_err()
}

#[test]
fn unknown_reference_names_position_and_known_names() {
    let e = error_of(&MINI.replace("nested-attributes: inner", "nested-attributes: nope"));
    assert_eq!(e.file, "bad.yaml");
    assert_eq!((e.line, e.col), (12, 10), "{e}");
    assert!(
        e.message.contains("`nope`") && e.message.contains("main, inner"),
        "{e}"
    );
}

#[test]
fn op_attribute_not_in_set_is_a_warning() {
    let s = Spec::parse(
        "bad.yaml",
        &MINI.replace(
            "request: {attributes: [two]}",
            "request: {attributes: [zzz]}",
        ),
    )
    .unwrap();
    let w = s.warnings[0].to_string();
    assert!(
        w.starts_with("bad.yaml:24:7:") && w.contains("`zzz`") && w.contains("`main`"),
        "{w}"
    );
}

#[test]
fn wrong_type_is_an_error_unknown_type_a_warning() {
    let e = error_of(&MINI.replace("type: u8, enum", "type: nest, enum"));
    assert!(e.message.contains("nested-attributes"), "{e}");
    let s = Spec::parse(
        "new.yaml",
        &MINI.replace("type: u8, enum: color", "type: u128"),
    )
    .unwrap();
    assert_eq!(s.warnings.len(), 1);
    assert!(
        s.warnings[0].to_string().starts_with("new.yaml:15:"),
        "{}",
        s.warnings[0]
    );
}

#[test]
fn unknown_keys_and_hints_are_warnings() {
    let t = MINI.replace(
        "{name: one, type: u32}",
        "{name: one, type: u32, display-hint: ipv5, fancy: 1}",
    );
    let s = Spec::parse("w.yaml", &t).unwrap();
    let w: Vec<String> = s.warnings.iter().map(|w| w.message.clone()).collect();
    assert!(w.iter().any(|m| m.contains("ipv5")), "{w:?}");
    assert!(w.iter().any(|m| m.contains("`fancy`")), "{w:?}");
}

#[test]
fn malformed_inputs_are_errors() {
    for (text, needle) in [
        ("name: x\nprotocol: netlink-raw\n", "protonum"),
        ("name: x\nprotocol: bogus\n", "protocol"),
        ("[1, 2]\n", "mapping"),
        ("name: x\nattribute-sets: 3\n", "list"),
        (
            "name: x\nattribute-sets:\n  - name: s\n    attributes:\n      - {name: a}\n",
            "needs `type`",
        ),
        ("name: x\nprotonum: 3\n", "only for netlink-raw"),
        (
            "name: x\ndefinitions:\n  - {name: f, type: flags, entries: [{name: a, value: 70}]}\n",
            "0..63",
        ),
        ("a: b: c\n", "YAML"),
    ] {
        let e = Spec::parse("m.yaml", text).unwrap_err();
        assert!(e.message.contains(needle), "{text:?}: {e}");
        assert!(e.to_string().starts_with("m.yaml:"), "{e}");
    }
}

#[test]
fn limits() {
    let s = Spec::parse("mini.yaml", MINI).unwrap();
    assert_eq!(
        s.limit_value(&Limit::Named("u32-max".into())),
        Some(u32::MAX.into())
    );
    assert_eq!(s.limit_value(&Limit::Named("s8-min".into())), Some(-128));
    assert_eq!(s.limit_value(&Limit::Named("what".into())), None);
}
