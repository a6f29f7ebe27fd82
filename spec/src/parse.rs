//! Reading a spec: the YAML tree ([`crate::yaml`]) to the model
//! ([`crate::model`]), numbers resolved, references checked. Mistakes are
//! errors with file:line:col; keys and hints this reader does not know are
//! warnings, so specs from newer kernels still load.

use crate::model::*;
use crate::yaml::{self, Node, Pos, Value};
use crate::SpecError;

/// A mapping being read: remembers the keys looked at, so the rest can be
/// reported as unknown.
struct Obj<'a> {
    node: &'a Node,
    entries: &'a [(Node, Node)],
    seen: Vec<&'static str>,
}

type R<T> = Result<T, SpecError>;

/// A `do`/`dump` with the explicit `value`s of its request and reply.
type SubOpValues = (SubOp, Option<i64>, Option<i64>);

fn err<T>(pos: &Pos, msg: impl Into<String>) -> R<T> {
    Err(SpecError::at(pos, msg))
}

impl<'a> Obj<'a> {
    fn new(node: &'a Node, what: &str) -> R<Obj<'a>> {
        match &node.value {
            Value::Map(entries) => Ok(Obj {
                node,
                entries,
                seen: Vec::new(),
            }),
            _ => err(&node.pos, format!("{what} must be a mapping")),
        }
    }

    fn get(&mut self, key: &'static str) -> Option<&'a Node> {
        self.seen.push(key);
        self.entries
            .iter()
            .find(|(k, _)| k.as_str() == Some(key))
            .map(|e| &e.1)
    }

    fn str(&mut self, key: &'static str) -> R<Option<String>> {
        match self.get(key) {
            None => Ok(None),
            Some(n) => match &n.value {
                Value::Scalar(s, _) => Ok(Some(s.clone())),
                _ => err(&n.pos, format!("`{key}` must be a string")),
            },
        }
    }

    fn req_str(&mut self, key: &'static str, what: &str) -> R<String> {
        match self.str(key)? {
            Some(s) if !s.is_empty() => Ok(s),
            _ => err(&self.node.pos, format!("{what} needs `{key}`")),
        }
    }

    /// `enum-name`-like keys: absent, a name, or null (anonymous).
    fn opt_name(&mut self, key: &'static str) -> R<Option<Option<String>>> {
        match self.get(key) {
            None => Ok(None),
            Some(n) if n.is_null() => Ok(Some(None)),
            Some(n) => match n.as_str() {
                Some(s) => Ok(Some(Some(s.to_string()))),
                None => err(&n.pos, format!("`{key}` must be a string or null")),
            },
        }
    }

    fn bool(&mut self, key: &'static str) -> R<bool> {
        match self.get(key) {
            None => Ok(false),
            Some(n) => match n.as_str() {
                Some("true" | "True") => Ok(true),
                Some("false" | "False") => Ok(false),
                _ => err(&n.pos, format!("`{key}` must be true or false")),
            },
        }
    }

    fn int(&mut self, key: &'static str) -> R<Option<i64>> {
        match self.get(key) {
            None => Ok(None),
            Some(n) => int_of(n, key).map(Some),
        }
    }

    fn limit(&mut self, key: &'static str) -> R<Option<Limit>> {
        match self.get(key) {
            None => Ok(None),
            Some(n) => match n.as_str() {
                Some(s) => Ok(Some(match parse_int(s) {
                    Some(v) => Limit::Int(v),
                    None => Limit::Named(s.to_string()),
                })),
                None => err(&n.pos, format!("`{key}` must be a number or a name")),
            },
        }
    }

    fn list(&mut self, key: &'static str) -> R<&'a [Node]> {
        match self.get(key) {
            None => Ok(&[]),
            Some(n) => match &n.value {
                Value::Seq(v) => Ok(v),
                Value::Scalar(..) if n.is_null() => Ok(&[]),
                _ => err(&n.pos, format!("`{key}` must be a list")),
            },
        }
    }

    fn str_list(&mut self, key: &'static str) -> R<Vec<String>> {
        self.list(key)?
            .iter()
            .map(|n| match n.as_str() {
                Some(s) => Ok(s.to_string()),
                None => err(&n.pos, format!("`{key}` must be a list of names")),
            })
            .collect()
    }

    /// Warns about every key not looked at.
    fn finish(self, what: &str, warnings: &mut Vec<Warning>) {
        for (k, _) in self.entries {
            let name = k.as_str().unwrap_or("?");
            if !self.seen.contains(&name) {
                warnings.push(Warning {
                    pos: k.pos.clone(),
                    message: format!("unknown key `{name}` in {what}, ignored"),
                });
            }
        }
    }
}

fn parse_int(s: &str) -> Option<i64> {
    let (neg, t) = match s.strip_prefix('-') {
        Some(t) => (true, t),
        None => (false, s),
    };
    let v = if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        i64::from_str_radix(h, 16).ok()?
    } else if let Some(o) = t.strip_prefix("0o") {
        i64::from_str_radix(o, 8).ok()?
    } else {
        t.parse::<i64>().ok()?
    };
    Some(if neg { -v } else { v })
}

fn int_of(n: &Node, key: &str) -> R<i64> {
    match n.as_str().and_then(parse_int) {
        Some(v) => Ok(v),
        None => err(&n.pos, format!("`{key}` must be an integer")),
    }
}

fn hint(n: Option<&Node>, warnings: &mut Vec<Warning>) -> R<Option<DisplayHint>> {
    let Some(n) = n else { return Ok(None) };
    let Some(s) = n.as_str() else {
        return err(&n.pos, "`display-hint` must be a string");
    };
    Ok(Some(match s {
        "hex" => DisplayHint::Hex,
        "mac" => DisplayHint::Mac,
        "fddi" => DisplayHint::Fddi,
        "ipv4" => DisplayHint::Ipv4,
        "ipv6" => DisplayHint::Ipv6,
        "ipv4-or-v6" => DisplayHint::Ipv4OrV6,
        "uuid" => DisplayHint::Uuid,
        other => {
            warnings.push(Warning {
                pos: n.pos.clone(),
                message: format!("unknown display-hint `{other}`, shown as hex"),
            });
            DisplayHint::Other(other.to_string())
        }
    }))
}

fn byte_order(n: Option<&Node>) -> R<ByteOrder> {
    match n {
        None => Ok(ByteOrder::Host),
        Some(n) => match n.as_str() {
            Some("big-endian") => Ok(ByteOrder::Big),
            Some("little-endian") => Ok(ByteOrder::Little),
            _ => err(&n.pos, "`byte-order` must be big-endian or little-endian"),
        },
    }
}

/// The reader's state: the warnings so far.
struct Reader {
    warnings: Vec<Warning>,
}

impl Reader {
    fn ty(&mut self, n: &Node, allowed: &[&str], what: &str) -> R<AttrType> {
        let Some(s) = n.as_str() else {
            return err(&n.pos, "`type` must be a name");
        };
        let t = AttrType::from_name(s);
        if let AttrType::Other(o) = &t {
            self.warnings.push(Warning {
                pos: n.pos.clone(),
                message: format!("unknown type `{o}` in {what}, decoded as binary"),
            });
        } else if !allowed.contains(&s) {
            return err(
                &n.pos,
                format!(
                    "type `{s}` is not allowed in {what}; allowed: {}",
                    allowed.join(", ")
                ),
            );
        }
        Ok(t)
    }

    fn definition(&mut self, n: &Node) -> R<Definition> {
        let mut o = Obj::new(n, "a definition")?;
        let name = o.req_str("name", "a definition")?;
        let doc = o.str("doc")?;
        let header = o.str("header")?;
        let scope = match o.get("scope") {
            None => Scope::Uapi,
            Some(s) => match s.as_str() {
                Some("uapi") => Scope::Uapi,
                Some("kernel") => Scope::Kernel,
                Some("user") => Scope::User,
                _ => return err(&s.pos, "`scope` must be uapi, kernel or user"),
            },
        };
        let Some(tn) = o.get("type") else {
            return err(&n.pos, format!("definition `{name}` needs `type`"));
        };
        let kind = match tn.as_str() {
            Some("const") => {
                let Some(v) = o.get("value") else {
                    return err(&n.pos, format!("const `{name}` needs `value`"));
                };
                let s = v.as_str().unwrap_or_default();
                DefKind::Const(match parse_int(s) {
                    Some(i) => ConstValue::Int(i),
                    None => ConstValue::Str(s.to_string()),
                })
            }
            Some(k @ ("enum" | "flags")) => {
                let flags = k == "flags";
                let start = o.int("value-start")?.unwrap_or(0);
                let mut entries = Vec::new();
                let mut next = start;
                for e in o.list("entries")? {
                    let (ename, value, edoc) = match &e.value {
                        Value::Scalar(s, _) => (s.clone(), None, None),
                        Value::Map(_) => {
                            let mut eo = Obj::new(e, "an enum entry")?;
                            let en = eo.req_str("name", "an enum entry")?;
                            let v = eo.int("value")?;
                            let d = eo.str("doc")?;
                            eo.finish("an enum entry", &mut self.warnings);
                            (en, v, d)
                        }
                        Value::Seq(_) => return err(&e.pos, "an enum entry must be a name"),
                    };
                    let v = value.unwrap_or(next);
                    next = v + 1;
                    let wire = if flags {
                        if !(0..64).contains(&v) {
                            return err(&e.pos, format!("flag `{ename}`: bit {v} is not 0..63"));
                        }
                        1u64 << v
                    } else {
                        v as u64
                    };
                    if entries.iter().any(|x: &EnumEntry| x.name == ename) {
                        return err(&e.pos, format!("`{name}` has two entries `{ename}`"));
                    }
                    entries.push(EnumEntry {
                        name: ename,
                        value: wire,
                        doc: edoc,
                    });
                }
                let def = EnumDef {
                    entries,
                    enum_name: o.opt_name("enum-name")?,
                    name_prefix: o.str("name-prefix")?,
                    render_max: o.bool("render-max")?,
                };
                if flags {
                    DefKind::Flags(def)
                } else {
                    DefKind::Enum(def)
                }
            }
            Some("struct") => {
                let mut members = Vec::new();
                for m in o.list("members")? {
                    members.push(self.member(m)?);
                }
                DefKind::Struct(members)
            }
            _ => {
                return err(
                    &tn.pos,
                    format!("definition `{name}`: type must be const, enum, flags or struct"),
                )
            }
        };
        // Keys of other kinds that YNL specs carry on definitions.
        for k in [
            "value",
            "value-start",
            "entries",
            "render-max",
            "enum-name",
            "name-prefix",
        ] {
            o.seen.push(k);
        }
        o.finish(&format!("definition `{name}`"), &mut self.warnings);
        Ok(Definition {
            name,
            doc,
            header,
            scope,
            kind,
            pos: n.pos.clone(),
        })
    }

    fn member(&mut self, n: &Node) -> R<Member> {
        let mut o = Obj::new(n, "a struct member")?;
        let name = o.req_str("name", "a struct member")?;
        let Some(tn) = o.get("type") else {
            return err(&n.pos, format!("member `{name}` needs `type`"));
        };
        let ty = self.ty(
            tn,
            &[
                "u8", "u16", "u32", "u64", "s8", "s16", "s32", "s64", "string", "binary", "pad",
            ],
            "a struct member",
        )?;
        let len = o.limit("len")?;
        let struct_name = o.str("struct")?;
        if matches!(ty, AttrType::Pad | AttrType::String) && len.is_none()
            || ty == AttrType::Binary && len.is_none() && struct_name.is_none()
        {
            return err(
                &n.pos,
                format!("member `{name}` of type {} needs `len`", ty.name()),
            );
        }
        let m = Member {
            byte_order: byte_order(o.get("byte-order"))?,
            enum_name: o.str("enum")?,
            enum_as_flags: o.bool("enum-as-flags")?,
            display_hint: hint(o.get("display-hint"), &mut self.warnings)?,
            doc: o.str("doc")?,
            name,
            ty,
            len,
            struct_name,
        };
        o.finish(&format!("member `{}`", m.name), &mut self.warnings);
        Ok(m)
    }

    fn checks(&mut self, n: Option<&Node>) -> R<Checks> {
        let Some(n) = n else {
            return Ok(Checks::default());
        };
        let mut o = Obj::new(n, "`checks`")?;
        let c = Checks {
            min: o.limit("min")?,
            max: o.limit("max")?,
            min_len: o.limit("min-len")?,
            max_len: o.limit("max-len")?,
            exact_len: o.limit("exact-len")?,
            unterminated_ok: o.bool("unterminated-ok")?,
            flags_mask: o.str("flags-mask")?,
        };
        o.finish("`checks`", &mut self.warnings);
        Ok(c)
    }

    fn attr_set(&mut self, n: &Node) -> R<(AttrSet, Vec<Option<i64>>)> {
        const TYPES: &[&str] = &[
            "unused",
            "pad",
            "flag",
            "binary",
            "bitfield32",
            "u8",
            "u16",
            "u32",
            "u64",
            "s8",
            "s16",
            "s32",
            "s64",
            "uint",
            "sint",
            "string",
            "nest",
            "indexed-array",
            "nest-type-value",
            "sub-message",
        ];
        let mut o = Obj::new(n, "an attribute set")?;
        let name = o.req_str("name", "an attribute set")?;
        let subset_of = o.str("subset-of")?;
        let mut attributes = Vec::new();
        let mut explicit = Vec::new();
        let mut next: i64 = 1;
        let list_node = o.get("attributes");
        o.seen.pop();
        o.seen.push("attributes");
        let Some(list_node) = list_node else {
            return err(&n.pos, format!("attribute set `{name}` needs `attributes`"));
        };
        let Value::Seq(list) = &list_node.value else {
            return err(&list_node.pos, "`attributes` must be a list");
        };
        for a in list {
            let mut ao = Obj::new(a, "an attribute")?;
            let aname = ao.req_str("name", "an attribute")?;
            let v = ao.int("value")?;
            explicit.push(v);
            let value = v.unwrap_or(next);
            if !(0..=i64::from(u16::MAX >> 2)).contains(&value) {
                return err(
                    &a.pos,
                    format!("attribute `{aname}`: number {value} is out of range"),
                );
            }
            next = value + 1;
            let ty = match ao.get("type") {
                Some(t) => self.ty(t, TYPES, "an attribute")?,
                None if subset_of.is_some() => AttrType::Unused,
                None => return err(&a.pos, format!("attribute `{aname}` needs `type`")),
            };
            let sub_type = match ao.get("sub-type") {
                Some(t) => Some(self.ty(t, TYPES, "a sub-type")?),
                None => None,
            };
            if attributes.iter().any(|x: &Attr| x.name == aname) {
                // devlink.yaml in 6.12 has such a slip: warn, keep the first.
                self.warnings.push(Warning {
                    pos: a.pos.clone(),
                    message: format!(
                        "set `{name}` has two attributes `{aname}`; the second is ignored"
                    ),
                });
                explicit.pop();
                continue;
            }
            let attr = Attr {
                value: value as u16,
                ty,
                doc: ao.str("doc")?,
                byte_order: byte_order(ao.get("byte-order"))?,
                multi_attr: ao.bool("multi-attr")?,
                nested_attributes: ao.str("nested-attributes")?,
                enum_name: ao.str("enum")?,
                enum_as_flags: ao.bool("enum-as-flags")?,
                checks: self.checks(ao.get("checks"))?,
                sub_type,
                display_hint: hint(ao.get("display-hint"), &mut self.warnings)?,
                struct_name: ao.str("struct")?,
                sub_message: ao.str("sub-message")?,
                selector: ao.str("selector")?,
                type_value: ao.str_list("type-value")?,
                pos: a.pos.clone(),
                name: aname,
            };
            ao.seen.push("name-prefix");
            ao.finish(&format!("attribute `{}`", attr.name), &mut self.warnings);
            attributes.push(attr);
        }
        let set = AttrSet {
            doc: o.str("doc")?,
            name_prefix: o.str("name-prefix")?,
            enum_name: o.opt_name("enum-name")?,
            attr_cnt_name: o.str("attr-cnt-name")?,
            attr_max_name: o.str("attr-max-name")?,
            subset_of,
            attributes,
            pos: n.pos.clone(),
            name,
        };
        o.finish(&format!("attribute set `{}`", set.name), &mut self.warnings);
        Ok((set, explicit))
    }

    fn op_msg(&mut self, n: Option<&Node>, what: &str) -> R<Option<(Option<i64>, OpMsg)>> {
        let Some(n) = n else { return Ok(None) };
        if n.is_null() {
            return Ok(Some((None, OpMsg::default())));
        }
        let mut o = Obj::new(n, what)?;
        let v = o.int("value")?;
        let attributes = o.str_list("attributes")?;
        o.finish(what, &mut self.warnings);
        Ok(Some((
            v,
            OpMsg {
                value: 0,
                attributes,
            },
        )))
    }

    fn sub_op(&mut self, n: Option<&Node>, what: &str) -> R<Option<SubOpValues>> {
        let Some(n) = n else { return Ok(None) };
        if n.is_null() {
            return Ok(Some((SubOp::default(), None, None)));
        }
        let mut o = Obj::new(n, what)?;
        let req = self.op_msg(o.get("request"), &format!("{what} request"))?;
        let rep = self.op_msg(o.get("reply"), &format!("{what} reply"))?;
        let s = SubOp {
            pre: o.str("pre")?,
            post: o.str("post")?,
            request: req.as_ref().map(|r| r.1.clone()),
            reply: rep.as_ref().map(|r| r.1.clone()),
        };
        o.finish(what, &mut self.warnings);
        Ok(Some((s, req.and_then(|r| r.0), rep.and_then(|r| r.0))))
    }
}

impl Spec {
    /// Parses and validates a spec from its text; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<Spec, SpecError> {
        Spec::from_node(file, &yaml::parse(file, text)?)
    }

    /// Reads a spec file, then layers each overlay file over it (see
    /// [`yaml::merge`]) before validating the result.
    pub fn read(
        path: &std::path::Path,
        overlays: &[std::path::PathBuf],
    ) -> Result<Spec, SpecError> {
        let load = |p: &std::path::Path| -> R<Node> {
            let file = p.display().to_string();
            let text = std::fs::read_to_string(p).map_err(|e| SpecError {
                file: file.clone(),
                line: 0,
                col: 0,
                message: format!("cannot read: {e}"),
            })?;
            yaml::parse(&file, &text)
        };
        let mut root = load(path)?;
        for o in overlays {
            let mut over = load(o)?;
            if let Value::Map(m) = &mut over.value {
                m.retain(|(k, _)| k.as_str() != Some("overlay-of"));
            }
            yaml::merge(&mut root, over);
        }
        Spec::from_node(&path.display().to_string(), &root)
    }

    /// Builds the model from a YAML tree.
    pub fn from_node(file: &str, root: &Node) -> Result<Spec, SpecError> {
        let mut r = Reader {
            warnings: Vec::new(),
        };
        let mut o = Obj::new(root, "a spec")?;
        let name = o.req_str("name", "a spec")?;
        let protocol = match o.get("protocol") {
            None => Protocol::Genetlink,
            Some(p) => match p.as_str() {
                Some("genetlink") => Protocol::Genetlink,
                Some("genetlink-c") => Protocol::GenetlinkC,
                Some("genetlink-legacy") => Protocol::GenetlinkLegacy,
                Some("netlink-raw") => Protocol::NetlinkRaw,
                _ => return err(
                    &p.pos,
                    "`protocol` must be genetlink, genetlink-c, genetlink-legacy or netlink-raw",
                ),
            },
        };
        let protonum = match (protocol, o.get("protonum")) {
            (Protocol::NetlinkRaw, None) => {
                return err(&root.pos, "a netlink-raw spec needs `protonum`")
            }
            (Protocol::NetlinkRaw, Some(n)) => {
                let v = int_of(n, "protonum")?;
                if !(0..32).contains(&v) {
                    return err(
                        &n.pos,
                        format!("`protonum` {v} is not a netlink protocol (0..31)"),
                    );
                }
                v as u16
            }
            (_, Some(n)) => return err(&n.pos, "`protonum` is only for netlink-raw specs"),
            (_, None) => 16,
        };
        let version = match o.int("version")? {
            None => 1,
            Some(v) if (0..=255).contains(&v) => v as u8,
            Some(v) => return err(&root.pos, format!("`version` {v} does not fit a u8")),
        };
        let mut definitions: Vec<Definition> = Vec::new();
        for d in o.list("definitions")? {
            let def = r.definition(d)?;
            if definitions.iter().any(|x| x.name == def.name) {
                return err(&d.pos, format!("two definitions named `{}`", def.name));
            }
            definitions.push(def);
        }
        let mut sets: Vec<(AttrSet, Vec<Option<i64>>)> = Vec::new();
        for s in o.list("attribute-sets")? {
            let set = r.attr_set(s)?;
            if sets.iter().any(|x| x.0.name == set.0.name) {
                return err(&s.pos, format!("two attribute sets named `{}`", set.0.name));
            }
            sets.push(set);
        }
        // Subsets take numbers (and missing fields) from their parent.
        for i in 0..sets.len() {
            let Some(parent) = sets[i].0.subset_of.clone() else {
                continue;
            };
            let Some(p) = sets.iter().position(|s| s.0.name == parent) else {
                return err(
                    &sets[i].0.pos,
                    format!("`subset-of: {parent}`: no attribute set of that name"),
                );
            };
            let parent_set = sets[p].0.clone();
            let explicit_vals = sets[i].1.clone();
            for (a, explicit) in sets[i].0.attributes.iter_mut().zip(&explicit_vals) {
                let Some(pa) = parent_set.attr(&a.name) else {
                    return err(
                        &a.pos,
                        format!("`{}` is not an attribute of `{parent}`", a.name),
                    );
                };
                if explicit.is_none() {
                    a.value = pa.value;
                }
                if a.ty == AttrType::Unused {
                    a.ty = pa.ty.clone();
                }
                a.nested_attributes = a.nested_attributes.take().or(pa.nested_attributes.clone());
                a.enum_name = a.enum_name.take().or(pa.enum_name.clone());
                a.struct_name = a.struct_name.take().or(pa.struct_name.clone());
                a.sub_type = a.sub_type.take().or(pa.sub_type.clone());
                a.display_hint = a.display_hint.take().or(pa.display_hint.clone());
                a.sub_message = a.sub_message.take().or(pa.sub_message.clone());
                a.selector = a.selector.take().or(pa.selector.clone());
                if a.byte_order == ByteOrder::Host {
                    a.byte_order = pa.byte_order;
                }
                a.multi_attr |= pa.multi_attr;
                if a.checks == Checks::default() {
                    a.checks = pa.checks.clone();
                }
            }
        }
        let attribute_sets: Vec<AttrSet> = sets.into_iter().map(|s| s.0).collect();
        let mut sub_messages = Vec::new();
        for s in o.list("sub-messages")? {
            let mut so = Obj::new(s, "a sub-message")?;
            let sname = so.req_str("name", "a sub-message")?;
            let mut formats = Vec::new();
            for f in so.list("formats")? {
                let mut fo = Obj::new(f, "a sub-message format")?;
                formats.push(SubMessageFormat {
                    value: fo.req_str("value", "a sub-message format")?,
                    fixed_header: fo.str("fixed-header")?,
                    attribute_set: fo.str("attribute-set")?,
                });
                fo.finish("a sub-message format", &mut r.warnings);
            }
            so.finish(&format!("sub-message `{sname}`"), &mut r.warnings);
            sub_messages.push(SubMessage {
                name: sname,
                formats,
            });
        }
        let operations = match o.get("operations") {
            None => Operations {
                enum_model: EnumModel::Unified,
                name_prefix: None,
                enum_name: None,
                async_prefix: None,
                async_enum: None,
                fixed_header: None,
                list: Vec::new(),
            },
            Some(n) => read_ops(&mut r, n)?,
        };
        let mut mcast_groups = Vec::new();
        if let Some(g) = o.get("mcast-groups") {
            let mut go = Obj::new(g, "`mcast-groups`")?;
            for m in go.list("list")? {
                let mut mo = Obj::new(m, "a multicast group")?;
                let gname = mo.req_str("name", "a multicast group")?;
                let value = match mo.int("value")? {
                    None => None,
                    Some(v) if (1..=i64::from(u32::MAX)).contains(&v) => Some(v as u32),
                    Some(v) => {
                        return err(&m.pos, format!("group `{gname}`: {v} is not 1..2^32-1"))
                    }
                };
                if protocol == Protocol::NetlinkRaw && value.is_none() {
                    // nftables.yaml (6.12) leaves its groups unnumbered.
                    r.warnings.push(Warning {
                        pos: m.pos.clone(),
                        message: format!("netlink-raw group `{gname}` has no `value`; it cannot be joined by name"),
                    });
                }
                mcast_groups.push(McastGroup {
                    value,
                    c_define_name: mo.str("c-define-name")?,
                    flags: mo.str_list("flags")?,
                    name: gname,
                });
                mo.seen.push("doc");
                mo.finish("a multicast group", &mut r.warnings);
            }
            go.finish("`mcast-groups`", &mut r.warnings);
        }
        let spec = Spec {
            file: file.to_string(),
            doc: o.str("doc")?,
            uapi_header: o.str("uapi-header")?,
            c_family_name: o.str("c-family-name")?,
            c_version_name: o.str("c-version-name")?,
            max_by_define: o.bool("max-by-define")?,
            cmd_max_name: o.str("cmd-max-name")?,
            cmd_cnt_name: o.str("cmd-cnt-name")?,
            name,
            protocol,
            protonum,
            version,
            definitions,
            attribute_sets,
            sub_messages,
            operations,
            mcast_groups,
            warnings: Vec::new(),
        };
        // Known keys this reader has no use for.
        o.seen.extend(["kernel-policy", "kernel-family", "license"]);
        o.finish("the spec", &mut r.warnings);
        let mut spec = spec;
        spec.warnings = r.warnings;
        let more = crate::check::references(&spec)?;
        spec.warnings.extend(more);
        Ok(spec)
    }
}

fn read_ops(r: &mut Reader, n: &Node) -> R<Operations> {
    let mut o = Obj::new(n, "`operations`")?;
    let enum_model = match o.get("enum-model") {
        None => EnumModel::Unified,
        Some(m) => match m.as_str() {
            Some("unified") => EnumModel::Unified,
            Some("directional") => EnumModel::Directional,
            _ => return err(&m.pos, "`enum-model` must be unified or directional"),
        },
    };
    let fixed_header = o.str("fixed-header")?;
    let mut list: Vec<Operation> = Vec::new();
    let (mut next_req, mut next_rsp): (i64, i64) = (1, 1);
    for op in o.list("list")? {
        let mut p = Obj::new(op, "an operation")?;
        let name = p.req_str("name", "an operation")?;
        if list.iter().any(|x| x.name == name) {
            return err(&op.pos, format!("two operations named `{name}`"));
        }
        let explicit = p.int("value")?;
        let flags = p.str_list("flags")?;
        let do_ = r.sub_op(p.get("do"), &format!("`{name}` do"))?;
        let dump = r.sub_op(p.get("dump"), &format!("`{name}` dump"))?;
        let event = match p.get("event") {
            None => None,
            Some(e) => {
                let mut eo = Obj::new(e, "an event")?;
                let a = eo.str_list("attributes")?;
                eo.finish("an event", &mut r.warnings);
                Some(a)
            }
        };
        let in_range = |v: i64| -> R<u32> {
            if (0..=i64::from(u16::MAX)).contains(&v) {
                Ok(v as u32)
            } else {
                err(
                    &op.pos,
                    format!("`{name}`: message type {v} is out of range"),
                )
            }
        };
        // Numbering (as the kernel's YNL does it): unified, one counter,
        // request and reply share the op's value. Directional, a request
        // counter and a reply counter; explicit values reset them; an op
        // without a reply does not use a reply number; notifications and
        // events only use reply numbers.
        let (value, req_value, rsp_value) = match enum_model {
            EnumModel::Unified => {
                let v = explicit.unwrap_or(next_req);
                next_req = v + 1;
                let v = in_range(v)?;
                (v, v, v)
            }
            EnumModel::Directional => {
                let mode = do_.as_ref().or(dump.as_ref());
                match mode {
                    None => {
                        let v = explicit.unwrap_or(next_rsp);
                        next_rsp = v + 1;
                        let v = in_range(v)?;
                        (v, v, v)
                    }
                    Some((sub, rq, rp)) => {
                        let req = rq.unwrap_or(next_req);
                        let rsp = rp.unwrap_or(next_rsp);
                        next_req = req + 1;
                        next_rsp = rsp + i64::from(sub.reply.is_some());
                        (in_range(req)?, in_range(req)?, in_range(rsp)?)
                    }
                }
            }
        };
        let fix = |so: Option<SubOpValues>| -> R<Option<SubOp>> {
            let Some((mut s, rq, rp)) = so else {
                return Ok(None);
            };
            let directional = enum_model == EnumModel::Directional;
            if let Some(m) = s.request.as_mut() {
                m.value = match rq {
                    Some(v) if directional => in_range(v)?,
                    _ => req_value,
                };
            }
            if let Some(m) = s.reply.as_mut() {
                m.value = match rp {
                    Some(v) if directional => in_range(v)?,
                    _ => rsp_value,
                };
            }
            Ok(Some(s))
        };
        let do_ = fix(do_)?;
        let dump = fix(dump)?;
        let operation = Operation {
            doc: p.str("doc")?,
            attribute_set: p.str("attribute-set")?,
            admin_perm: flags.iter().any(|f| f == "admin-perm"),
            dont_validate: p.str_list("dont-validate")?,
            fixed_header: p.str("fixed-header")?.or(fixed_header.clone()),
            notify: p.str("notify")?,
            mcgrp: p.str("mcgrp")?,
            pos: op.pos.clone(),
            name,
            value,
            do_,
            dump,
            event,
        };
        p.seen.extend(["config-cond"]);
        p.finish(&format!("operation `{}`", operation.name), &mut r.warnings);
        list.push(operation);
    }
    let ops = Operations {
        enum_model,
        name_prefix: o.str("name-prefix")?,
        enum_name: o.opt_name("enum-name")?,
        async_prefix: o.str("async-prefix")?,
        async_enum: o.opt_name("async-enum")?,
        fixed_header,
        list,
    };
    o.finish("`operations`", &mut r.warnings);
    Ok(ops)
}
