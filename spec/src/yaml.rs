//! A small YAML document tree with a source position on every node, built
//! from `yaml-rust2`'s event parser. The spec reader walks this tree, so
//! each error can name the file, line and column of the node it is about;
//! [`merge`] layers an overlay document over a base one.

use std::sync::Arc;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use crate::SpecError;

/// Where a node starts: file, 1-based line and 1-based column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pos {
    /// The file the node was read from.
    pub file: Arc<str>,
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub col: usize,
}

impl std::fmt::Display for Pos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)
    }
}

/// The value of a node.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A scalar as written (plain scalars are typed by the reader).
    Scalar(String, bool),
    /// A sequence.
    Seq(Vec<Node>),
    /// A mapping, keys in document order.
    Map(Vec<(Node, Node)>),
}

/// A YAML node with its position.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Where it starts.
    pub pos: Pos,
    /// What it holds.
    pub value: Value,
}

impl Node {
    /// The scalar's text, if this is a scalar.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar(s, _) => Some(s),
            _ => None,
        }
    }

    /// True for a plain (unquoted) empty scalar or `~`/`null`.
    pub fn is_null(&self) -> bool {
        matches!(&self.value, Value::Scalar(s, true) if s.is_empty() || s == "~" || s == "null")
    }

    /// The value under `key`, if this is a mapping that has it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(m) => m
                .iter()
                .find(|(k, _)| k.as_str() == Some(key))
                .map(|e| &e.1),
            _ => None,
        }
    }
}

struct Builder {
    file: Arc<str>,
    stack: Vec<(Node, Option<Node>)>,
    root: Option<Node>,
    anchors: Vec<(usize, Node)>,
    error: Option<SpecError>,
}

impl Builder {
    fn pos(&self, m: &Marker) -> Pos {
        Pos {
            file: self.file.clone(),
            line: m.line(),
            col: m.col() + 1,
        }
    }

    fn push_value(&mut self, node: Node, anchor: usize) {
        if anchor != 0 {
            self.anchors.push((anchor, node.clone()));
        }
        self.add(node);
    }

    fn add(&mut self, node: Node) {
        let Some((parent, pending_key)) = self.stack.last_mut() else {
            self.root = Some(node);
            return;
        };
        match &mut parent.value {
            Value::Seq(items) => items.push(node),
            Value::Map(entries) => match pending_key.take() {
                None => *pending_key = Some(node),
                Some(k) => entries.push((k, node)),
            },
            Value::Scalar(..) => {}
        }
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        if self.error.is_some() {
            return;
        }
        let pos = self.pos(&mark);
        match ev {
            Event::Scalar(s, style, anchor, _) => {
                let plain = style == TScalarStyle::Plain;
                self.push_value(
                    Node {
                        pos,
                        value: Value::Scalar(s, plain),
                    },
                    anchor,
                );
            }
            Event::SequenceStart(anchor, _) => self.stack.push((
                Node {
                    pos: Pos {
                        line: anchor,
                        ..pos
                    },
                    value: Value::Seq(Vec::new()),
                },
                None,
            )),
            Event::MappingStart(anchor, _) => self.stack.push((
                Node {
                    pos: Pos {
                        line: anchor,
                        ..pos
                    },
                    value: Value::Map(Vec::new()),
                },
                None,
            )),
            Event::SequenceEnd | Event::MappingEnd => {
                if let Some((mut node, _)) = self.stack.pop() {
                    // The anchor id was parked in `line`; the real position
                    // of a collection is that of its first child (or here).
                    let anchor = node.pos.line;
                    node.pos = match &node.value {
                        Value::Seq(v) if !v.is_empty() => v[0].pos.clone(),
                        Value::Map(v) if !v.is_empty() => v[0].0.pos.clone(),
                        _ => pos,
                    };
                    self.push_value(node, anchor);
                }
            }
            Event::Alias(id) => match self.anchors.iter().rev().find(|(a, _)| *a == id) {
                Some((_, n)) => {
                    let n = n.clone();
                    self.add(n);
                }
                None => {
                    self.error = Some(SpecError::at(&pos, "alias of an unknown anchor"));
                }
            },
            _ => {}
        }
    }
}

/// Parses one YAML document; `file` names it in positions and errors.
pub fn parse(file: &str, text: &str) -> Result<Node, SpecError> {
    let mut b = Builder {
        file: Arc::from(file),
        stack: Vec::new(),
        root: None,
        anchors: Vec::new(),
        error: None,
    };
    let mut parser = Parser::new_from_str(text);
    if let Err(e) = parser.load(&mut b, false) {
        let m = e.marker();
        return Err(SpecError {
            file: file.to_string(),
            line: m.line(),
            col: m.col() + 1,
            message: format!("not valid YAML: {}", e.info()),
        });
    }
    if let Some(e) = b.error {
        return Err(e);
    }
    b.root.ok_or_else(|| SpecError {
        file: file.to_string(),
        line: 1,
        col: 1,
        message: "empty document".into(),
    })
}

/// The lists whose items are matched by their `name` (or `value` for
/// sub-message formats) when an overlay is merged.
fn item_key(n: &Node) -> Option<&str> {
    n.get("name")
        .or_else(|| n.get("value"))
        .and_then(Node::as_str)
}

/// Layers `over` on `base`: mappings merge key by key, lists of named items
/// merge item by item (new items are appended), anything else is replaced.
pub fn merge(base: &mut Node, over: Node) {
    match (&mut base.value, over.value) {
        (Value::Map(b), Value::Map(o)) => {
            for (k, v) in o {
                match b.iter_mut().find(|(bk, _)| bk.as_str() == k.as_str()) {
                    Some((_, bv)) => merge(bv, v),
                    None => b.push((k, v)),
                }
            }
        }
        (Value::Seq(b), Value::Seq(o))
            if o.iter().all(|n| item_key(n).is_some())
                && b.iter().all(|n| item_key(n).is_some()) =>
        {
            for v in o {
                let key = item_key(&v).map(str::to_string);
                match b
                    .iter_mut()
                    .find(|bn| item_key(bn).map(str::to_string) == key)
                {
                    Some(bn) => merge(bn, v),
                    None => b.push(v),
                }
            }
        }
        (_, v) => {
            base.value = v;
            base.pos = over.pos;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based() {
        let n = parse("t.yaml", "a: 1\nb:\n  - x\n  - {name: y}\n").unwrap();
        assert_eq!(n.get("a").unwrap().pos.line, 1);
        assert_eq!(n.get("a").unwrap().pos.col, 4);
        let b = n.get("b").unwrap();
        assert_eq!((b.pos.line, b.pos.col), (3, 5));
    }

    #[test]
    fn anchors_and_aliases() {
        let n = parse("t.yaml", "a: &x {k: 1}\nb: *x\n").unwrap();
        assert_eq!(n.get("b").unwrap().get("k").unwrap().as_str(), Some("1"));
    }

    #[test]
    fn merge_by_name() {
        let mut a = parse("a", "l: [{name: x, v: 1}, {name: y}]\nk: 1\n").unwrap();
        let o = parse("o", "l: [{name: x, v: 2}, {name: z}]\nk: 2\n").unwrap();
        merge(&mut a, o);
        let l = a.get("l").unwrap();
        let Value::Seq(items) = &l.value else {
            panic!()
        };
        assert_eq!(items.len(), 3);
        assert_eq!(items[0].get("v").unwrap().as_str(), Some("2"));
        assert_eq!(a.get("k").unwrap().pos.file.as_ref(), "o");
    }

    #[test]
    fn bad_yaml_has_position() {
        let e = parse("t.yaml", "a: [1, 2\n").unwrap_err();
        assert_eq!(e.file, "t.yaml");
        assert!(e.line >= 1, "{e}");
    }
}
