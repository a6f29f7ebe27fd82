//! The UAPI header of a family: constants, enums and flags, structs,
//! attribute ids, message types / commands and multicast groups, in the
//! kernel's style. Shared by user space and the module.

use super::*;
use crate::model::{ConstValue, EnumModel, Member, Protocol};
use std::fmt::Write;

fn enum_body(out: &mut String, entries: impl Iterator<Item = (String, u64, Option<String>)>) {
    let mut next = 0u64;
    for (name, value, doc) in entries {
        out.push_str(&c_comment(doc.as_deref(), 1));
        if value == next {
            let _ = writeln!(out, "\t{name},");
        } else {
            let _ = writeln!(out, "\t{name} = {value},");
        }
        next = value.wrapping_add(1);
    }
}

fn member_c(spec: &Spec, m: &Member) -> String {
    let name = c_lower(&m.name);
    let be = m.byte_order == crate::model::ByteOrder::Big;
    let scalar = |bits: u32, signed: bool| {
        if be && bits > 8 {
            format!("__be{bits} {name};")
        } else {
            format!("__{}{bits} {name};", if signed { 's' } else { 'u' })
        }
    };
    match &m.ty {
        AttrTypeAlias::U8 => scalar(8, false),
        AttrTypeAlias::U16 => scalar(16, false),
        AttrTypeAlias::U32 => scalar(32, false),
        AttrTypeAlias::U64 => scalar(64, false),
        AttrTypeAlias::S8 => scalar(8, true),
        AttrTypeAlias::S16 => scalar(16, true),
        AttrTypeAlias::S32 => scalar(32, true),
        AttrTypeAlias::S64 => scalar(64, true),
        _ => match (&m.len, &m.struct_name) {
            (Some(l), _) => format!("unsigned char {name}[{}];", limit_c(spec, l)),
            (None, Some(s)) => format!("struct {} {name};", c_lower(s)),
            (None, None) => format!("unsigned char {name}[0];"),
        },
    }
}

use crate::model::AttrType as AttrTypeAlias;

/// Renders the UAPI header.
pub fn generate(spec: &Spec) -> File {
    let fam = c_upper(&spec.name);
    let file = uapi_file(spec);
    let guard = format!("_UAPI_{}", c_upper(&file.replace(".h", "_H")));
    let mut out = String::new();
    out.push_str("/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */\n");
    out.push_str(&regen_note(spec, "uapi"));
    out.push('\n');
    let _ = writeln!(out, "#ifndef {guard}\n#define {guard}\n");
    out.push_str("#include <linux/types.h>\n\n");
    if spec.protocol.is_genetlink() {
        let name = spec
            .c_family_name
            .as_deref()
            .map_or(format!("{fam}_FAMILY_NAME"), c_upper);
        let ver = spec
            .c_version_name
            .as_deref()
            .map_or(format!("{fam}_FAMILY_VERSION"), c_upper);
        let _ = writeln!(out, "#define {name}\t\"{}\"", spec.name);
        let _ = writeln!(out, "#define {ver}\t{}\n", spec.version);
    } else {
        let _ = writeln!(out, "/* Default netlink protocol number. */");
        let _ = writeln!(out, "#define {fam}_PROTONUM\t{}\n", spec.protonum);
    }
    for d in uapi_defs(spec) {
        match &d.kind {
            DefKind::Const(v) => {
                out.push_str(&c_comment(d.doc.as_deref(), 0));
                let v = match v {
                    ConstValue::Int(i) => i.to_string(),
                    ConstValue::Str(s) => format!("\"{s}\""),
                };
                let _ = writeln!(out, "#define {}\t{v}\n", const_name(spec, &d.name));
            }
            DefKind::Enum(e) | DefKind::Flags(e) => {
                let prefix = enum_prefix(spec, d, e);
                out.push_str(&c_comment(d.doc.as_deref(), 0));
                match enum_tag(spec, d, e) {
                    Some(t) => {
                        let _ = writeln!(out, "enum {t} {{");
                    }
                    None => out.push_str("enum {\n"),
                }
                enum_body(
                    &mut out,
                    e.entries.iter().map(|x| {
                        (
                            format!("{prefix}{}", c_upper(&x.name)),
                            x.value,
                            x.doc.clone(),
                        )
                    }),
                );
                if e.render_max {
                    let _ = writeln!(out, "\n\t/* private: */\n\t__{prefix}MAX,");
                    let _ = writeln!(out, "\t{prefix}MAX = (__{prefix}MAX - 1)");
                }
                out.push_str("};\n\n");
            }
            DefKind::Struct(members) => {
                out.push_str(&c_comment(d.doc.as_deref(), 0));
                let _ = writeln!(out, "struct {} {{", c_lower(&d.name));
                for m in members {
                    out.push_str(&c_comment(m.doc.as_deref(), 1));
                    let _ = writeln!(out, "\t{}", member_c(spec, m));
                }
                out.push_str("};\n\n");
            }
        }
    }
    for set in spec.attribute_sets.iter().filter(|s| s.subset_of.is_none()) {
        out.push_str(&c_comment(set.doc.as_deref(), 0));
        let tag = match &set.enum_name {
            Some(Some(n)) => format!("enum {} {{\n", c_lower(n)),
            _ => "enum {\n".to_string(),
        };
        out.push_str(&tag);
        let prefix = attr_prefix(spec, set);
        let mut next = 1u64;
        let mut first = true;
        for a in &set.attributes {
            out.push_str(&c_comment(a.doc.as_deref(), 1));
            let name = format!("{prefix}{}", c_upper(&a.name));
            let v = u64::from(a.value);
            if v == next && !first || first && v == 0 {
                let _ = writeln!(out, "\t{name},");
            } else {
                let _ = writeln!(out, "\t{name} = {v},");
            }
            first = false;
            next = v + 1;
        }
        let cnt = attr_cnt(spec, set);
        let _ = writeln!(out, "\n\t{cnt},\n}};\n");
        let _ = writeln!(out, "#define {}\t({cnt} - 1)\n", attr_max(spec, set));
    }
    if !spec.operations.list.is_empty() {
        let prefix = op_prefix(spec);
        let tag = match &spec.operations.enum_name {
            Some(Some(n)) => format!("enum {} {{\n", c_lower(n)),
            _ => "enum {\n".to_string(),
        };
        let cnt = spec
            .cmd_cnt_name
            .as_deref()
            .map_or(format!("__{prefix}MAX"), c_upper);
        let max = spec
            .cmd_max_name
            .as_deref()
            .map_or(format!("{prefix}MAX"), c_upper);
        match spec.operations.enum_model {
            EnumModel::Unified => {
                out.push_str(&tag);
                let mut next = 1u64;
                for op in &spec.operations.list {
                    out.push_str(&c_comment(op.doc.as_deref(), 1));
                    let name = format!("{prefix}{}", c_upper(&op.name));
                    let v = u64::from(op.value);
                    if v == next {
                        let _ = writeln!(out, "\t{name},");
                    } else {
                        let _ = writeln!(out, "\t{name} = {v:#x},");
                    }
                    next = v + 1;
                }
            }
            EnumModel::Directional => {
                out.push_str("/* Requests (user to kernel). */\n");
                out.push_str(&tag);
                let mut next = 1u64;
                for op in &spec.operations.list {
                    let req = [&op.do_, &op.dump]
                        .into_iter()
                        .flatten()
                        .find_map(|s| s.request.as_ref());
                    let Some(req) = req else { continue };
                    let name = format!("{prefix}{}", c_upper(&op.name));
                    let v = u64::from(req.value);
                    if v == next {
                        let _ = writeln!(out, "\t{name},");
                    } else {
                        let _ = writeln!(out, "\t{name} = {v},");
                    }
                    next = v + 1;
                }
                let _ = writeln!(out, "\n\t{cnt},\n}};\n\n#define {max}\t({cnt} - 1)\n");
                let aprefix = spec
                    .operations
                    .async_prefix
                    .as_deref()
                    .map_or(format!("{prefix}REPLY_"), c_upper);
                out.push_str("/* Replies and notifications (kernel to user). */\nenum {\n");
                let mut seen = Vec::new();
                for op in &spec.operations.list {
                    let rep = [&op.do_, &op.dump]
                        .into_iter()
                        .flatten()
                        .find_map(|s| s.reply.as_ref());
                    let Some(rep) = rep else { continue };
                    if seen.contains(&rep.value) {
                        continue;
                    }
                    seen.push(rep.value);
                    let _ = writeln!(out, "\t{aprefix}{} = {},", c_upper(&op.name), rep.value);
                }
                out.push_str("};\n\n");
            }
        }
        if spec.operations.enum_model == EnumModel::Unified {
            let _ = writeln!(out, "\n\t{cnt},\n}};\n\n#define {max}\t({cnt} - 1)\n");
        }
    }
    for g in &spec.mcast_groups {
        let name = g
            .c_define_name
            .as_deref()
            .map_or(format!("{fam}_MCGRP_{}", c_upper(&g.name)), c_upper);
        match (spec.protocol, g.value) {
            (Protocol::NetlinkRaw, Some(v)) => {
                let _ = writeln!(out, "#define {name}\t{v}");
            }
            _ => {
                let _ = writeln!(out, "#define {name}\t\"{}\"", g.name);
            }
        }
    }
    if !spec.mcast_groups.is_empty() {
        out.push('\n');
    }
    let _ = writeln!(out, "#endif /* {guard} */");
    File {
        name: file,
        text: out,
    }
}
