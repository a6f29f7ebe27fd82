//! Kernel-side tables of a family: `nla_policy` arrays with the spec's
//! checks, and the dispatch. netlink-raw gets a message-type table
//! (type -> doit/dumpit, policy, permission) and a dispatch function that
//! the module's input callback calls from `netlink_rcv_skb()`; genetlink
//! gets `struct genl_ops` and multicast groups for `struct genl_family`.
//! Handlers stay hand-written. Builds W=1 clean on 6.1 and 6.12: `uint` /
//! `sint` fall back to a length check before 6.7 (no `NLA_UINT` there).

use super::*;
use crate::model::{Attr, AttrType, ByteOrder, Operation, Protocol};
use std::fmt::Write;

fn ident(spec: &Spec) -> String {
    family_c(spec)
}

/// The policy array's name for a set (restricted to an op's request if `op`).
fn policy_name(spec: &Spec, set: &str, op: Option<(&str, &str)>) -> String {
    match op {
        Some((op, kind)) => format!("{}_{}_{kind}_nl_policy", ident(spec), c_lower(op)),
        None => format!("{}_{}_nl_policy", ident(spec), c_lower(set)),
    }
}

fn nla_type(a: &Attr) -> &'static str {
    let be = a.byte_order == ByteOrder::Big;
    match a.ty {
        AttrType::Flag => "NLA_FLAG",
        AttrType::U8 => "NLA_U8",
        AttrType::U16 if be => "NLA_BE16",
        AttrType::U32 if be => "NLA_BE32",
        AttrType::U16 => "NLA_U16",
        AttrType::U32 => "NLA_U32",
        AttrType::U64 => "NLA_U64",
        AttrType::S8 => "NLA_S8",
        AttrType::S16 => "NLA_S16",
        AttrType::S32 => "NLA_S32",
        AttrType::S64 => "NLA_S64",
        AttrType::String if a.checks.unterminated_ok => "NLA_STRING",
        AttrType::String => "NLA_NUL_STRING",
        AttrType::Nest | AttrType::NestTypeValue | AttrType::SubMessage => "NLA_NESTED",
        AttrType::IndexedArray => "NLA_NESTED_ARRAY",
        AttrType::Bitfield32 => "NLA_BITFIELD32",
        _ => "NLA_BINARY",
    }
}

fn fits_s16(v: i128) -> bool {
    (i128::from(i16::MIN)..=i128::from(i16::MAX)).contains(&v)
}

/// Everything the policy entry of one attribute needs: the entry and any
/// helper (range struct, validate function) that must come before it.
fn policy_entry(spec: &Spec, a: &Attr, helpers: &mut String, helper_name: &str) -> Option<String> {
    let t = nla_type(a);
    let c = &a.checks;
    let lim = |l: &Option<crate::model::Limit>| {
        l.as_ref().map(|l| (limit_c(spec, l), spec.limit_value(l)))
    };
    match a.ty {
        AttrType::Unused | AttrType::Pad => None,
        AttrType::Uint | AttrType::Sint => {
            let (nla, fallback) = if a.ty == AttrType::Uint {
                ("NLA_UINT", "nlgen_validate_uint")
            } else {
                ("NLA_SINT", "nlgen_validate_uint")
            };
            if !helpers.contains("nlgen_validate_uint(") {
                helpers.push_str(
                    "#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 7, 0)\n\
                     /* No NLA_UINT / NLA_SINT before 6.7: check the length only. */\n\
                     static int nlgen_validate_uint(const struct nlattr *attr,\n\
                     \t\t\t       struct netlink_ext_ack *extack)\n\
                     {\n\
                     \tif (nla_len(attr) != 4 && nla_len(attr) != 8) {\n\
                     \t\tNL_SET_ERR_MSG_ATTR(extack, attr, \"expected 4 or 8 bytes\");\n\
                     \t\treturn -EINVAL;\n\
                     \t}\n\
                     \treturn 0;\n\
                     }\n\
                     #endif\n\n",
                );
            }
            Some(format!(
                "#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 7, 0)\n\t\t{{ .type = {nla}, }},\n#else\n\t\tNLA_POLICY_VALIDATE_FN(NLA_BINARY, {fallback}),\n#endif"
            ))
        }
        AttrType::U8
        | AttrType::U16
        | AttrType::U32
        | AttrType::U64
        | AttrType::S8
        | AttrType::S16
        | AttrType::S32
        | AttrType::S64 => {
            let (min, max) = (lim(&c.min), lim(&c.max));
            let be = a.byte_order == ByteOrder::Big;
            if be || min.is_none() && max.is_none() {
                if !be {
                    if let Some((e, flags)) = a.enum_name.as_deref().and_then(|e| spec.enum_def(e))
                    {
                        let mask: u64 = e.entries.iter().fold(0, |m, x| m | x.value);
                        if flags || a.enum_as_flags {
                            let mask = if a.enum_as_flags && !flags {
                                e.entries
                                    .iter()
                                    .fold(0u64, |m, x| m | (1u64 << x.value.min(63)))
                            } else {
                                mask
                            };
                            return Some(format!("NLA_POLICY_MASK({t}, {mask:#x}),"));
                        }
                        let hi = e.entries.iter().map(|x| x.value).max().unwrap_or(0);
                        if i16::try_from(hi).is_ok() && !a.ty.is_signed() {
                            return Some(format!("NLA_POLICY_MAX({t}, {hi}),"));
                        }
                    }
                }
                return Some(format!("{{ .type = {t}, }},"));
            }
            let signed = a.ty.is_signed();
            let small = min.as_ref().map_or(true, |m| m.1.is_some_and(fits_s16))
                && max.as_ref().map_or(true, |m| m.1.is_some_and(fits_s16));
            if small {
                return Some(match (min, max) {
                    (Some(lo), Some(hi)) => format!("NLA_POLICY_RANGE({t}, {}, {}),", lo.0, hi.0),
                    (Some(lo), None) => format!("NLA_POLICY_MIN({t}, {}),", lo.0),
                    (None, Some(hi)) => format!("NLA_POLICY_MAX({t}, {}),", hi.0),
                    (None, None) => unreachable!("checked above"),
                });
            }
            // Too wide for the policy's s16: a range struct (not const:
            // 6.1 declares the pointer without const).
            let (kind, macro_) = if signed {
                (
                    "netlink_range_validation_signed",
                    "NLA_POLICY_FULL_RANGE_SIGNED",
                )
            } else {
                ("netlink_range_validation", "NLA_POLICY_FULL_RANGE")
            };
            let _ = writeln!(helpers, "static struct {kind} {helper_name}_range = {{");
            if let Some(lo) = &min {
                let _ = writeln!(helpers, "\t.min = {},", lo.0);
            }
            match &max {
                Some(hi) => {
                    let _ = writeln!(helpers, "\t.max = {},", hi.0);
                }
                None => {
                    let m = match (signed, a.ty.int_width()) {
                        (false, Some(1)) => "U8_MAX",
                        (false, Some(2)) => "U16_MAX",
                        (false, Some(4)) => "U32_MAX",
                        (false, _) => "U64_MAX",
                        (true, Some(1)) => "S8_MAX",
                        (true, Some(2)) => "S16_MAX",
                        (true, Some(4)) => "S32_MAX",
                        (true, _) => "S64_MAX",
                    };
                    let _ = writeln!(helpers, "\t.max = {m},");
                }
            }
            helpers.push_str("};\n\n");
            Some(format!("{macro_}({t}, &{helper_name}_range),"))
        }
        AttrType::String => {
            let len = lim(&c.max_len).map(|l| l.0);
            Some(match len {
                Some(l) => format!("{{ .type = {t}, .len = {l}, }},"),
                None => format!("{{ .type = {t}, }},"),
            })
        }
        AttrType::Binary | AttrType::Other(_) => {
            if let Some(s) = &a.struct_name {
                return Some(format!(
                    "NLA_POLICY_EXACT_LEN(sizeof(struct {})),",
                    c_lower(s)
                ));
            }
            if let Some(l) = lim(&c.exact_len) {
                return Some(format!("NLA_POLICY_EXACT_LEN({}),", l.0));
            }
            match (lim(&c.min_len), lim(&c.max_len)) {
                (Some(lo), Some(hi)) => {
                    Some(format!("NLA_POLICY_RANGE(NLA_BINARY, {}, {}),", lo.0, hi.0))
                }
                (Some(lo), None) => Some(format!("NLA_POLICY_MIN_LEN({}),", lo.0)),
                (None, Some(hi)) => Some(format!("{{ .type = NLA_BINARY, .len = {}, }},", hi.0)),
                (None, None) => Some("{ .type = NLA_BINARY, },".to_string()),
            }
        }
        AttrType::Bitfield32 => {
            let mask = c
                .flags_mask
                .as_deref()
                .and_then(|m| spec.enum_def(m))
                .map_or(u64::from(u32::MAX), |(e, _)| {
                    e.entries.iter().fold(0, |m, x| m | x.value)
                });
            Some(format!("NLA_POLICY_BITFIELD32({mask:#x}),"))
        }
        AttrType::Nest => {
            let set = a.nested_attributes.as_deref().unwrap_or_default();
            let inner = spec.attr_set(set)?;
            Some(format!(
                "NLA_POLICY_NESTED({}),",
                policy_name(spec, &inner.name, None)
            ))
        }
        AttrType::IndexedArray
        | AttrType::NestTypeValue
        | AttrType::SubMessage
        | AttrType::Flag => Some(format!("{{ .type = {t}, }},")),
    }
}

/// Sets reachable through nests from `attrs` of `set`, in the order their
/// policies must be written (inner first).
fn nested_sets<'a>(
    spec: &'a Spec,
    set: &'a AttrSet,
    attrs: Option<&[String]>,
    out: &mut Vec<&'a AttrSet>,
) {
    for a in &set.attributes {
        if attrs.is_some_and(|l| !l.contains(&a.name)) {
            continue;
        }
        if a.ty != AttrType::Nest {
            continue;
        }
        let Some(inner) = a
            .nested_attributes
            .as_deref()
            .and_then(|n| spec.attr_set(n))
        else {
            continue;
        };
        if out.iter().any(|s| s.name == inner.name) {
            continue;
        }
        out.push(inner);
        nested_sets(spec, inner, None, out);
    }
}

fn write_policy(
    spec: &Spec,
    out: &mut String,
    set: &AttrSet,
    name: &str,
    attrs: Option<&[String]>,
) {
    let mut helpers = String::new();
    let mut body = String::new();
    for a in &set.attributes {
        if attrs.is_some_and(|l| !l.contains(&a.name)) {
            continue;
        }
        let helper = format!("{name}_{}", c_lower(&a.name));
        let Some(entry) = policy_entry(spec, a, &mut helpers, &helper) else {
            continue;
        };
        let id = attr_id(spec, set, &a.name);
        if entry.starts_with('#') {
            let _ = writeln!(body, "\t[{id}] =\n{entry}");
        } else if 8 + id.len() + 4 + entry.len() > 100 && entry.starts_with("{ ") {
            let inner = entry.trim_start_matches("{ ").trim_end_matches("},");
            let _ = writeln!(body, "\t[{id}] = {{");
            for f in inner.split(", ").map(str::trim).filter(|f| !f.is_empty()) {
                let _ = writeln!(body, "\t\t{},", f.trim_end_matches(','));
            }
            body.push_str("\t},\n");
        } else if 8 + id.len() + 4 + entry.len() > 100 {
            let _ = writeln!(body, "\t[{id}] =\n\t\t{entry}");
        } else {
            let _ = writeln!(body, "\t[{id}] = {entry}");
        }
    }
    out.push_str(&helpers);
    let _ = writeln!(
        out,
        "const struct nla_policy {name}[{} + 1] = {{\n{body}}};\n",
        attr_max(spec, set)
    );
}

fn handler(spec: &Spec, op: &Operation, kind: &str) -> String {
    format!("{}_nl_{}_{kind}", ident(spec), c_lower(&op.name))
}

/// Renders `<family>-nl-gen.h` and `<family>-nl-gen.c`.
pub fn generate(spec: &Spec) -> Vec<File> {
    let id = ident(spec);
    let base = format!("{}-nl-gen", spec.name);
    let uapi = uapi_file(spec);
    let upper = c_upper(&spec.name);
    let mut h = String::new();
    let mut c = String::new();
    h.push_str("/* SPDX-License-Identifier: GPL-2.0 */\n");
    h.push_str(&regen_note(spec, "kernel"));
    c.push_str("// SPDX-License-Identifier: GPL-2.0\n");
    c.push_str(&regen_note(spec, "kernel"));
    let guard = format!("_{}_NL_GEN_H", upper);
    let _ = writeln!(h, "\n#ifndef {guard}\n#define {guard}\n");
    h.push_str("#include <net/netlink.h>\n");
    if spec.protocol.is_genetlink() {
        h.push_str("#include <net/genetlink.h>\n");
    }
    let _ = writeln!(h, "\n#include \"{uapi}\"\n");
    let _ = writeln!(c, "\n#include <linux/version.h>\n\n#include \"{base}.h\"\n");

    // Policies: nested sets (whole), then one per op request.
    let ops: Vec<&Operation> = spec.operations.list.iter().collect();
    let mut nested: Vec<&AttrSet> = Vec::new();
    let mut op_policies: Vec<(&Operation, &str, String, &AttrSet)> = Vec::new();
    for op in &ops {
        let Some(set) = op.attribute_set.as_deref().and_then(|s| spec.attr_set(s)) else {
            continue;
        };
        for (kind, sub) in [("do", &op.do_), ("dump", &op.dump)] {
            let Some(sub) = sub else { continue };
            let attrs = sub
                .request
                .as_ref()
                .map(|r| r.attributes.clone())
                .unwrap_or_default();
            nested_sets(spec, set, Some(&attrs), &mut nested);
            op_policies.push((
                op,
                kind,
                policy_name(spec, &set.name, Some((&op.name, kind))),
                set,
            ));
        }
    }
    if !nested.is_empty() {
        h.push_str("/* Policies of nested attribute sets. */\n");
    }
    for set in &nested {
        let _ = writeln!(
            h,
            "extern const struct nla_policy {}[{} + 1];",
            policy_name(spec, &set.name, None),
            attr_max(spec, set)
        );
    }
    for set in nested.iter().rev() {
        let name = policy_name(spec, &set.name, None);
        write_policy(spec, &mut c, set, &name, None);
    }
    for (op, kind, name, set) in &op_policies {
        let sub = if *kind == "do" { &op.do_ } else { &op.dump };
        let attrs = sub
            .as_ref()
            .and_then(|s| s.request.as_ref())
            .map(|r| r.attributes.clone())
            .unwrap_or_default();
        write_policy(spec, &mut c, set, name, Some(&attrs));
    }
    // The largest attribute table any request needs.
    let maxattr = op_policies
        .iter()
        .map(|p| p.3)
        .max_by_key(|s| s.max_value())
        .map(|s| attr_max(spec, s));

    if !h.ends_with("\n\n") {
        h.push('\n');
    }
    h.push_str("/* Handlers, written by hand. */\n");
    for op in &ops {
        if op.do_.is_some() {
            let _ = writeln!(h, "{};", handler_proto(spec, op, "doit"));
        }
        if op.dump.is_some() {
            let _ = writeln!(h, "{};", handler_proto(spec, op, "dumpit"));
        }
    }
    if spec.protocol == Protocol::NetlinkRaw {
        write_raw_dispatch(spec, &mut h, &mut c, &op_policies, maxattr.as_deref());
    } else {
        write_genl(spec, &mut h, &mut c, &op_policies);
    }
    let _ = writeln!(h, "\n#endif /* {guard} */");
    let _ = id;
    vec![
        File {
            name: format!("{base}.h"),
            text: h,
        },
        File {
            name: format!("{base}.c"),
            text: c,
        },
    ]
}

/// `head(arg, arg, ...)` in kernel style: arguments that do not fit in 80
/// columns go on the next line, aligned with the open parenthesis.
pub(crate) fn c_call(head: &str, args: &[&str]) -> String {
    let open = head.len() + 1;
    let pad = format!("{}{}", "\t".repeat(open / 8), " ".repeat(open % 8));
    let mut out = format!("{head}(");
    let mut col = open;
    for (i, a) in args.iter().enumerate() {
        let piece = if i + 1 == args.len() {
            format!("{a})")
        } else {
            format!("{a},")
        };
        if i > 0 {
            if col + 1 + piece.len() > 80 {
                out.push('\n');
                out.push_str(&pad);
                col = open;
            } else {
                out.push(' ');
                col += 1;
            }
        }
        out.push_str(&piece);
        col += piece.len();
    }
    out
}

fn handler_proto(spec: &Spec, op: &Operation, kind: &str) -> String {
    let head = format!("int {}", handler(spec, op, kind));
    if spec.protocol == Protocol::NetlinkRaw {
        c_call(
            &head,
            &[
                "struct sk_buff *skb",
                "const struct nlmsghdr *nlh",
                "struct nlattr **tb",
                "struct netlink_ext_ack *extack",
            ],
        )
    } else if kind == "doit" {
        c_call(&head, &["struct sk_buff *skb", "struct genl_info *info"])
    } else {
        c_call(
            &head,
            &["struct sk_buff *skb", "struct netlink_callback *cb"],
        )
    }
}

fn write_raw_dispatch(
    spec: &Spec,
    h: &mut String,
    c: &mut String,
    op_policies: &[(&Operation, &str, String, &AttrSet)],
    maxattr: Option<&str>,
) {
    let id = ident(spec);
    let upper = c_upper(&spec.name);
    let maxattr = maxattr.map_or("0".to_string(), str::to_string);
    let _ = write!(
        h,
        "\n/* Highest attribute id of any request: the size of tb[] - 1. */\n\
         #define {upper}_NL_MAXATTR\t{maxattr}\n\n\
         /* Flags of a dispatch entry. */\n\
         #define {upper}_NL_ADMIN_PERM\t0x1\t/* needs CAP_NET_ADMIN */\n\
         #define {upper}_NL_DUMP\t\t0x2\t/* the NLM_F_DUMP form */\n\n\
         /* One entry of the dispatch table: a request message type. */\n\
         struct {id}_nl_op {{\n\
         \tu16 type;\n\
         \tu16 flags;\n\
         \tunsigned int hdrlen;\n\
         \tconst struct nla_policy *policy;\n\
         \tint (*handler)(struct sk_buff *skb, const struct nlmsghdr *nlh,\n\
         \t\t       struct nlattr **tb,\n\
         \t\t       struct netlink_ext_ack *extack);\n\
         }};\n\n\
         extern const struct {id}_nl_op {id}_nl_ops[{}];\n\n\
         {};\n",
        op_policies.len(),
        dispatch_proto(&id),
    );
    let _ = writeln!(
        c,
        "const struct {id}_nl_op {id}_nl_ops[{}] = {{",
        op_policies.len()
    );
    for (op, kind, policy, _) in op_policies {
        let sub = if *kind == "do" { &op.do_ } else { &op.dump };
        let ty = sub
            .as_ref()
            .and_then(|s| s.request.as_ref().or(s.reply.as_ref()))
            .map_or(op.value, |m| m.value);
        let mut flags = Vec::new();
        if op.admin_perm {
            flags.push(format!("{upper}_NL_ADMIN_PERM"));
        }
        if *kind == "dump" {
            flags.push(format!("{upper}_NL_DUMP"));
        }
        let flags = if flags.is_empty() {
            "0".to_string()
        } else {
            flags.join(" | ")
        };
        let hdrlen = match &op.fixed_header {
            Some(s) => format!("sizeof(struct {})", c_lower(s)),
            None => "0".to_string(),
        };
        let name = if spec.operations.enum_model == crate::model::EnumModel::Unified {
            op_id(spec, &op.name)
        } else {
            ty.to_string()
        };
        let hname = handler(spec, op, if *kind == "do" { "doit" } else { "dumpit" });
        let _ = write!(
            c,
            "\t{{\n\t\t.type\t\t= {name},\n\t\t.flags\t\t= {flags},\n\t\t.hdrlen\t\t= {hdrlen},\n\t\t.policy\t\t= {policy},\n\t\t.handler\t= {hname},\n\t}},\n"
        );
    }
    c.push_str("};\n\n");
    let _ = write!(
        c,
        "/*\n * Finds the entry for the message's type (and NLM_F_DUMP), checks the\n\
         \x20* permission, parses the attributes with the entry's policy and calls\n\
         \x20* the handler. For netlink_rcv_skb() from the input callback.\n */\n\
         {proto}\n\
         {{\n\
         \tbool dump = (nlh->nlmsg_flags & NLM_F_DUMP) == NLM_F_DUMP;\n\
         \tstruct nlattr *tb[{upper}_NL_MAXATTR + 1];\n\
         \tconst struct {id}_nl_op *op = NULL;\n\
         \tconst struct {id}_nl_op *any = NULL;\n\
         \tunsigned int i;\n\
         \tint err;\n\
         \n\
         \tfor (i = 0; i < ARRAY_SIZE({id}_nl_ops); i++) {{\n\
         \t\tif ({id}_nl_ops[i].type != nlh->nlmsg_type)\n\
         \t\t\tcontinue;\n\
         \t\tany = &{id}_nl_ops[i];\n\
         \t\tif (!!({id}_nl_ops[i].flags & {upper}_NL_DUMP) == dump) {{\n\
         \t\t\top = &{id}_nl_ops[i];\n\
         \t\t\tbreak;\n\
         \t\t}}\n\
         \t}}\n\
         \tif (!op)\n\
         \t\top = any;\n\
         \tif (!op) {{\n\
         \t\tNL_SET_ERR_MSG(extack, \"unknown or kernel-to-user message type\");\n\
         \t\treturn -EOPNOTSUPP;\n\
         \t}}\n\
         \tif ((op->flags & {upper}_NL_ADMIN_PERM) &&\n\
         \t    !netlink_capable(skb, CAP_NET_ADMIN)) {{\n\
         \t\tNL_SET_ERR_MSG(extack, \"CAP_NET_ADMIN required\");\n\
         \t\treturn -EPERM;\n\
         \t}}\n\
         \terr = nlmsg_parse(nlh, op->hdrlen, tb, {upper}_NL_MAXATTR,\n\
         \t\t\t  op->policy, extack);\n\
         \tif (err)\n\
         \t\treturn err;\n\
         \treturn op->handler(skb, nlh, tb, extack);\n\
         }}\n",
        proto = dispatch_proto(&id),
    );
}

fn dispatch_proto(id: &str) -> String {
    c_call(
        &format!("int {id}_nl_dispatch"),
        &[
            "struct sk_buff *skb",
            "struct nlmsghdr *nlh",
            "struct netlink_ext_ack *extack",
        ],
    )
}

fn write_genl(
    spec: &Spec,
    h: &mut String,
    c: &mut String,
    op_policies: &[(&Operation, &str, String, &AttrSet)],
) {
    let id = ident(spec);
    let mut ops: Vec<&Operation> = Vec::new();
    for (op, _, _, _) in op_policies {
        if !ops.iter().any(|o| o.name == op.name) {
            ops.push(op);
        }
    }
    let _ = writeln!(
        h,
        "\nextern const struct genl_ops {id}_nl_ops[{}];",
        ops.len()
    );
    let _ = writeln!(c, "const struct genl_ops {id}_nl_ops[{}] = {{", ops.len());
    for op in &ops {
        let policy = op_policies
            .iter()
            .find(|p| p.0.name == op.name)
            .map(|p| (p.2.clone(), attr_max(spec, p.3)));
        let _ = writeln!(c, "\t{{\n\t\t.cmd\t\t= {},", op_id(spec, &op.name));
        if op.do_.is_some() {
            let _ = writeln!(c, "\t\t.doit\t\t= {},", handler(spec, op, "doit"));
        }
        if op.dump.is_some() {
            let _ = writeln!(c, "\t\t.dumpit\t\t= {},", handler(spec, op, "dumpit"));
        }
        if let Some((p, max)) = policy {
            let _ = writeln!(c, "\t\t.policy\t\t= {p},\n\t\t.maxattr\t= {max},");
        }
        if op.admin_perm {
            c.push_str("\t\t.flags\t\t= GENL_ADMIN_PERM,\n");
        }
        c.push_str("\t},\n");
    }
    c.push_str("};\n");
    if !spec.mcast_groups.is_empty() {
        let upper = c_upper(&spec.name);
        let _ = writeln!(h, "\nenum {{");
        for g in &spec.mcast_groups {
            let _ = writeln!(h, "\t{upper}_NLGRP_{},", c_upper(&g.name));
        }
        h.push_str("};\n");
        let _ = writeln!(
            h,
            "\nextern const struct genl_multicast_group {id}_nl_mcgrps[{}];",
            spec.mcast_groups.len()
        );
        let _ = writeln!(
            c,
            "\nconst struct genl_multicast_group {id}_nl_mcgrps[{}] = {{",
            spec.mcast_groups.len()
        );
        for g in &spec.mcast_groups {
            let def = g
                .c_define_name
                .as_deref()
                .map_or(format!("{upper}_MCGRP_{}", c_upper(&g.name)), c_upper);
            let _ = writeln!(
                c,
                "\t[{upper}_NLGRP_{}] = {{ \"{}\", }},",
                c_upper(&g.name),
                g.name
            );
            let _ = def;
        }
        c.push_str("};\n");
    }
}
