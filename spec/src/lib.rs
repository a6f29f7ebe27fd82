//! nlkit-spec: the kernel's YNL netlink specs as a Rust model, and
//! generators from that model to text.
//!
//! [`Spec::parse`] / [`Spec::read`] read a spec (with overlays) into
//! [`model`] types, every number resolved and every reference checked;
//! mistakes are [`SpecError`]s with file:line:col. [`gen`] turns a model
//! into C (UAPI header, kernel policies and dispatch). No netlink, no I/O
//! beyond reading the spec files. See `docs/specs.md`.
#![warn(missing_docs)]

mod check;
pub mod gen;
pub mod model;
mod parse;
pub mod yaml;

pub use model::*;
pub use yaml::Pos;

/// A mistake in a spec, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}:{col}: {message}")]
pub struct SpecError {
    /// The spec file.
    pub file: String,
    /// Line, from 1 (0: the file as a whole).
    pub line: usize,
    /// Column, from 1 (0: the file as a whole).
    pub col: usize,
    /// What is wrong.
    pub message: String,
}

impl SpecError {
    /// An error at a node's position.
    pub fn at(pos: &Pos, message: impl Into<String>) -> SpecError {
        SpecError {
            file: pos.file.to_string(),
            line: pos.line,
            col: pos.col,
            message: message.into(),
        }
    }

    /// An error about the file as a whole.
    pub fn new(file: &str, message: impl Into<String>) -> SpecError {
        SpecError {
            file: file.to_string(),
            line: 0,
            col: 0,
            message: message.into(),
        }
    }
}

/// Which message of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MsgKind {
    /// `do` (a single request).
    Do,
    /// `dump` (NLM_F_DUMP).
    Dump,
}

impl Spec {
    /// The attribute set called `name`.
    pub fn attr_set(&self, name: &str) -> Option<&AttrSet> {
        self.attribute_sets.iter().find(|s| s.name == name)
    }

    /// The definition called `name`.
    pub fn definition(&self, name: &str) -> Option<&Definition> {
        self.definitions.iter().find(|d| d.name == name)
    }

    /// The enum or flags definition called `name`.
    pub fn enum_def(&self, name: &str) -> Option<(&EnumDef, bool)> {
        match &self.definition(name)?.kind {
            DefKind::Enum(e) => Some((e, false)),
            DefKind::Flags(e) => Some((e, true)),
            _ => None,
        }
    }

    /// The members of the struct definition called `name`.
    pub fn struct_def(&self, name: &str) -> Option<&[Member]> {
        match &self.definition(name)?.kind {
            DefKind::Struct(m) => Some(m),
            _ => None,
        }
    }

    /// The operation called `name`.
    pub fn operation(&self, name: &str) -> Option<&Operation> {
        self.operations.list.iter().find(|o| o.name == name)
    }

    /// The sub-message called `name`.
    pub fn sub_message(&self, name: &str) -> Option<&SubMessage> {
        self.sub_messages.iter().find(|s| s.name == name)
    }

    /// The multicast group called `name`.
    pub fn mcast_group(&self, name: &str) -> Option<&McastGroup> {
        self.mcast_groups.iter().find(|g| g.name == name)
    }

    /// The value of a `const` definition, if `name` is one with a number.
    pub fn const_value(&self, name: &str) -> Option<i64> {
        match &self.definition(name)?.kind {
            DefKind::Const(ConstValue::Int(v)) => Some(*v),
            _ => None,
        }
    }

    /// A limit's number: literals, `const` definitions and the
    /// `{u,s}{8,16,32,64}-{min,max}` names.
    pub fn limit_value(&self, l: &Limit) -> Option<i128> {
        match l {
            Limit::Int(v) => Some(i128::from(*v)),
            Limit::Named(n) => {
                if let Some(v) = self.const_value(n) {
                    return Some(i128::from(v));
                }
                let (ty, end) = n.split_once('-')?;
                let bits: u32 = ty.get(1..)?.parse().ok()?;
                if ![8, 16, 32, 64].contains(&bits) {
                    return None;
                }
                match (ty.as_bytes()[0], end) {
                    (b'u', "max") => Some((1i128 << bits) - 1),
                    (b'u', "min") => Some(0),
                    (b's', "max") => Some((1i128 << (bits - 1)) - 1),
                    (b's', "min") => Some(-(1i128 << (bits - 1))),
                    _ => None,
                }
            }
        }
    }

    /// The fixed header struct an operation's messages carry, if any.
    pub fn fixed_header(&self, op: &Operation) -> Option<&[Member]> {
        op.fixed_header.as_deref().and_then(|h| self.struct_def(h))
    }

    /// The `do` or `dump` of an operation.
    pub fn sub_op<'a>(&self, op: &'a Operation, kind: MsgKind) -> Option<&'a SubOp> {
        match kind {
            MsgKind::Do => op.do_.as_ref(),
            MsgKind::Dump => op.dump.as_ref(),
        }
    }

    /// The operation whose reply (or notification/event) has message type
    /// (genetlink: command) `value`, preferring replies of `hint`'s kind.
    pub fn op_for_reply(&self, value: u32) -> Option<&Operation> {
        let ops = &self.operations.list;
        let rep = |o: &&Operation| {
            [&o.do_, &o.dump]
                .into_iter()
                .flatten()
                .any(|s| s.reply.as_ref().is_some_and(|r| r.value == value))
        };
        ops.iter()
            .find(rep)
            .or_else(|| {
                ops.iter()
                    .find(|o| (o.notify.is_some() || o.event.is_some()) && o.value == value)
            })
            .or_else(|| ops.iter().find(|o| o.value == value))
    }

    /// The operation whose attribute set and fixed header describe `op`'s
    /// messages: for a `notify` op, the op it notifies for (its do reply's
    /// shape); otherwise `op` itself.
    pub fn shape_of<'a>(&'a self, op: &'a Operation) -> &'a Operation {
        match op.notify.as_deref().and_then(|n| self.operation(n)) {
            Some(o) if op.attribute_set.is_none() => o,
            _ => op,
        }
    }

    /// Byte size of a struct (`None` if a member's length is unknown).
    pub fn struct_size(&self, members: &[Member]) -> Option<usize> {
        let mut n = 0;
        for m in members {
            n += self.member_size(m)?;
        }
        Some(n)
    }

    /// Byte size of one struct member.
    pub fn member_size(&self, m: &Member) -> Option<usize> {
        if let Some(w) = m.ty.int_width() {
            return Some(w);
        }
        if let Some(l) = &m.len {
            return usize::try_from(self.limit_value(l)?).ok();
        }
        let s = self.struct_def(m.struct_name.as_deref()?)?;
        self.struct_size(s)
    }
}

#[cfg(test)]
mod tests;
