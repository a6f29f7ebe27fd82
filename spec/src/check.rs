//! Cross-reference checks on a parsed spec: every name a spec uses
//! (nested sets, enums, structs, sub-messages, op attributes, groups)
//! must exist. Run by [`crate::Spec::parse`]; errors carry the position.

use crate::model::{AttrType, DefKind, Spec, Warning};
use crate::yaml::Pos;
use crate::SpecError;

fn missing(pos: &Pos, what: &str, name: &str, known: Vec<&str>) -> SpecError {
    let known = if known.is_empty() {
        "none".to_string()
    } else {
        known.join(", ")
    };
    SpecError::at(
        pos,
        format!("{what} `{name}` is not defined (known: {known})"),
    )
}

/// Checks every reference in `spec`.
pub fn references(spec: &Spec) -> Result<Vec<Warning>, SpecError> {
    let mut warnings = Vec::new();
    let sets: Vec<&str> = spec
        .attribute_sets
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    let enums: Vec<&str> = spec
        .definitions
        .iter()
        .filter(|d| matches!(d.kind, DefKind::Enum(_) | DefKind::Flags(_)))
        .map(|d| d.name.as_str())
        .collect();
    let structs: Vec<&str> = spec
        .definitions
        .iter()
        .filter(|d| matches!(d.kind, DefKind::Struct(_)))
        .map(|d| d.name.as_str())
        .collect();
    let subs: Vec<&str> = spec.sub_messages.iter().map(|s| s.name.as_str()).collect();
    for set in &spec.attribute_sets {
        for a in &set.attributes {
            if let Some(n) = &a.nested_attributes {
                if !sets.contains(&n.as_str()) {
                    return Err(missing(&a.pos, "nested attribute set", n, sets.clone()));
                }
            } else if matches!(a.ty, AttrType::Nest)
                || a.ty == AttrType::IndexedArray && a.sub_type == Some(AttrType::Nest)
            {
                return Err(SpecError::at(
                    &a.pos,
                    format!(
                        "attribute `{}` of type {} needs `nested-attributes`",
                        a.name,
                        a.ty.name()
                    ),
                ));
            }
            if let Some(e) = &a.enum_name {
                if !enums.contains(&e.as_str()) {
                    return Err(missing(&a.pos, "enum", e, enums.clone()));
                }
            }
            if let Some(s) = &a.struct_name {
                if !structs.contains(&s.as_str()) {
                    return Err(missing(&a.pos, "struct", s, structs.clone()));
                }
            }
            if let Some(f) = &a.checks.flags_mask {
                if !enums.contains(&f.as_str()) {
                    return Err(missing(&a.pos, "flags-mask", f, enums.clone()));
                }
            }
            if a.ty == AttrType::SubMessage {
                match &a.sub_message {
                    Some(s) if subs.contains(&s.as_str()) => {}
                    Some(s) => return Err(missing(&a.pos, "sub-message", s, subs.clone())),
                    None => {
                        return Err(SpecError::at(
                            &a.pos,
                            format!(
                                "sub-message attribute `{}` needs `sub-message` and `selector`",
                                a.name
                            ),
                        ))
                    }
                }
                // The selector is a sibling or an attribute of an enclosing
                // nest (tc's stats), so it is looked up at decode time.
                match &a.selector {
                    Some(sel) if spec.attribute_sets.iter().any(|s| s.attr(sel).is_some()) => {}
                    Some(sel) => {
                        return Err(SpecError::at(
                            &a.pos,
                            format!("selector `{sel}` is not an attribute of any set"),
                        ))
                    }
                    None => {
                        return Err(SpecError::at(
                            &a.pos,
                            format!("sub-message attribute `{}` needs `selector`", a.name),
                        ))
                    }
                }
            }
        }
    }
    for d in &spec.definitions {
        if let DefKind::Struct(members) = &d.kind {
            for m in members {
                if let Some(e) = &m.enum_name {
                    if !enums.contains(&e.as_str()) {
                        return Err(missing(&d.pos, "enum", e, enums.clone()));
                    }
                }
            }
        }
    }
    for sm in &spec.sub_messages {
        for f in &sm.formats {
            if let Some(s) = &f.attribute_set {
                if !sets.contains(&s.as_str()) {
                    return Err(SpecError::new(
                        &spec.file,
                        format!(
                            "sub-message `{}` format `{}`: attribute set `{s}` is not defined",
                            sm.name, f.value
                        ),
                    ));
                }
            }
            if let Some(s) = &f.fixed_header {
                if !structs.contains(&s.as_str()) {
                    return Err(SpecError::new(
                        &spec.file,
                        format!(
                            "sub-message `{}` format `{}`: struct `{s}` is not defined",
                            sm.name, f.value
                        ),
                    ));
                }
            }
        }
    }
    let groups: Vec<&str> = spec.mcast_groups.iter().map(|g| g.name.as_str()).collect();
    let ops: Vec<&str> = spec
        .operations
        .list
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    for op in &spec.operations.list {
        if let Some(h) = &op.fixed_header {
            if !structs.contains(&h.as_str()) {
                return Err(missing(&op.pos, "fixed-header struct", h, structs.clone()));
            }
        }
        let set = match &op.attribute_set {
            Some(s) => match spec.attr_set(s) {
                Some(set) => Some(set),
                None => return Err(missing(&op.pos, "attribute set", s, sets.clone())),
            },
            None => None,
        };
        let header = spec.fixed_header(op);
        let msgs = [&op.do_, &op.dump]
            .into_iter()
            .flatten()
            .flat_map(|s| [&s.request, &s.reply])
            .flatten()
            .map(|m| &m.attributes)
            .chain(op.event.iter());
        for attrs in msgs {
            for a in attrs {
                // Requests and replies may also name fixed-header members.
                if header.is_some_and(|h| h.iter().any(|m| &m.name == a)) {
                    continue;
                }
                match set {
                    Some(set) if set.attr(a).is_some() => {}
                    // The kernel's own specs have such slips (rt_link's
                    // getlink lists if-netnsid): a warning, the name is
                    // then unknown to requests.
                    Some(set) => warnings.push(Warning {
                        pos: op.pos.clone(),
                        message: format!(
                            "operation `{}` lists `{a}`, which is not an attribute of `{}`",
                            op.name, set.name
                        ),
                    }),
                    None => {
                        return Err(SpecError::at(
                            &op.pos,
                            format!(
                                "operation `{}` lists attributes but has no `attribute-set`",
                                op.name
                            ),
                        ))
                    }
                }
            }
        }
        if let Some(n) = &op.notify {
            if !ops.contains(&n.as_str()) {
                return Err(missing(&op.pos, "notify operation", n, ops.clone()));
            }
        }
        if let Some(g) = &op.mcgrp {
            if !groups.contains(&g.as_str()) {
                return Err(missing(&op.pos, "multicast group", g, groups.clone()));
            }
        }
    }
    Ok(warnings)
}
