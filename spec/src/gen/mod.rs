//! Generators: pure functions from a [`Spec`] to source text. Each writer
//! returns `(file name, contents)` pairs; callers decide where they go.
//! C names follow the kernel's YNL conventions (see `docs/specs.md`).

pub mod c_kernel;
pub mod c_uapi;
pub mod rust;
pub mod wireshark;

use crate::model::{AttrSet, DefKind, Definition, EnumDef, Limit, Spec};

/// A generated file: its name and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    /// File name (no directory).
    pub name: String,
    /// Contents.
    pub text: String,
}

/// `foo-bar` -> `FOO_BAR`.
pub fn c_upper(s: &str) -> String {
    s.replace(['-', '.', ' '], "_").to_uppercase()
}

/// `foo-bar` -> `foo_bar`.
pub fn c_lower(s: &str) -> String {
    s.replace(['-', '.', ' '], "_").to_lowercase()
}

/// The family's C identifier (`rt-link` -> `rt_link`).
pub fn family_c(spec: &Spec) -> String {
    c_lower(&spec.name)
}

/// The C prefix of an enum definition's entries.
pub fn enum_prefix(spec: &Spec, d: &Definition, e: &EnumDef) -> String {
    c_upper(
        &e.name_prefix
            .clone()
            .unwrap_or_else(|| format!("{}-{}-", spec.name, d.name)),
    )
}

/// The C tag of an enum definition (`None`: anonymous).
pub fn enum_tag(spec: &Spec, d: &Definition, e: &EnumDef) -> Option<String> {
    match &e.enum_name {
        Some(Some(n)) => Some(c_lower(n)),
        Some(None) => None,
        None => Some(format!("{}_{}", family_c(spec), c_lower(&d.name))),
    }
}

/// The C prefix of a set's attribute ids (subsets: their parent's).
pub fn attr_prefix(spec: &Spec, set: &AttrSet) -> String {
    if let Some(p) = set.subset_of.as_deref().and_then(|p| spec.attr_set(p)) {
        return attr_prefix(spec, p);
    }
    c_upper(
        &set.name_prefix
            .clone()
            .unwrap_or_else(|| format!("{}-a-{}-", spec.name, set.name)),
    )
}

/// The C name of an attribute's id.
pub fn attr_id(spec: &Spec, set: &AttrSet, attr: &str) -> String {
    format!("{}{}", attr_prefix(spec, set), c_upper(attr))
}

/// The C name of a set's highest attribute id (`..._MAX`).
pub fn attr_max(spec: &Spec, set: &AttrSet) -> String {
    if let Some(p) = set.subset_of.as_deref().and_then(|p| spec.attr_set(p)) {
        return attr_max(spec, p);
    }
    match &set.attr_max_name {
        Some(n) => c_upper(n),
        None => format!("{}MAX", attr_prefix(spec, set)),
    }
}

/// The C name of a set's attribute count (`__..._MAX`).
pub fn attr_cnt(spec: &Spec, set: &AttrSet) -> String {
    match &set.attr_cnt_name {
        Some(n) => c_upper(n),
        None => format!("__{}MAX", attr_prefix(spec, set)),
    }
}

/// The C prefix of message types / commands.
pub fn op_prefix(spec: &Spec) -> String {
    c_upper(
        &spec
            .operations
            .name_prefix
            .clone()
            .unwrap_or_else(|| format!("{}-cmd-", spec.name)),
    )
}

/// The C name of an operation's message type / command.
pub fn op_id(spec: &Spec, op: &str) -> String {
    format!("{}{}", op_prefix(spec), c_upper(op))
}

/// The C name of a constant definition.
pub fn const_name(spec: &Spec, name: &str) -> String {
    format!("{}_{}", c_upper(&spec.name), c_upper(name))
}

/// A limit as C: a number, a constant's define, or a type limit macro.
pub fn limit_c(spec: &Spec, l: &Limit) -> String {
    match l {
        Limit::Int(v) => v.to_string(),
        Limit::Named(n) => {
            if spec.definition(n).is_some() {
                return const_name(spec, n);
            }
            match spec.limit_value(l) {
                Some(v) => v.to_string(),
                None => c_upper(n),
            }
        }
    }
}

/// A doc string as a C comment at `indent` tabs (empty for no doc).
pub fn c_comment(doc: Option<&str>, indent: usize) -> String {
    let Some(doc) = doc.map(str::trim).filter(|d| !d.is_empty()) else {
        return String::new();
    };
    let tabs = "\t".repeat(indent);
    let doc = doc.replace("*/", "* /");
    let lines: Vec<&str> = doc.lines().map(str::trim_end).collect();
    if lines.len() == 1 && lines[0].len() + indent * 8 < 72 {
        return format!("{tabs}/* {} */\n", lines[0]);
    }
    let mut s = format!("{tabs}/*\n");
    for l in lines {
        if l.is_empty() {
            s.push_str(&format!("{tabs} *\n"));
        } else {
            s.push_str(&format!("{tabs} * {l}\n"));
        }
    }
    s.push_str(&format!("{tabs} */\n"));
    s
}

/// The definitions rendered in the UAPI header (not `header:`, not kernel/user scope).
pub fn uapi_defs(spec: &Spec) -> impl Iterator<Item = &Definition> {
    spec.definitions
        .iter()
        .filter(|d| d.header.is_none() && d.scope == crate::model::Scope::Uapi)
}

/// True if a definition is an enum or flags set.
pub fn is_enum(d: &Definition) -> bool {
    matches!(d.kind, DefKind::Enum(_) | DefKind::Flags(_))
}

/// The UAPI header's file name (`uapi-header`'s last part, else `<family>.h`).
pub fn uapi_file(spec: &Spec) -> String {
    match &spec.uapi_header {
        Some(h) => h.rsplit('/').next().unwrap_or(h).to_string(),
        None => format!("{}.h", family_c(spec)),
    }
}

/// The command line that regenerates the files, for their header comment.
pub fn regen_note(spec: &Spec, what: &str) -> String {
    let file = std::path::Path::new(&spec.file)
        .file_name()
        .map_or(spec.file.clone(), |f| f.to_string_lossy().into_owned());
    format!("/* Generated by `nlctl gen {what} {file}`; do not edit. */\n")
}
