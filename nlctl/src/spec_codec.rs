//! The run-time (spec-interpreted) codec behind `nlctl --spec`: decodes a
//! message's payload into JSON with the spec's names (structs, nests,
//! enums, flags, sub-messages; unknown attributes kept as hex with their
//! number), and encodes a JSON request into attributes, checking names,
//! types and the spec's `checks` first. Pure: no socket, never panics on
//! input (fuzzed by `fuzz/fuzz_targets/spec_decode.rs`).

use nlkit::wire::{attrs, MessageBuilder};
use nlkit_spec::{
    Attr, AttrSet, AttrType, ByteOrder, DisplayHint, Limit, Member, MsgKind, Operation, Spec,
};
use serde_json::{json, Map, Value};

/// How deep nests may go before the decoder stops (hostile input).
const MAX_DEPTH: usize = 32;

/// Hex of bytes, lower case, no separators.
pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn uint_of(b: &[u8], order: ByteOrder) -> Option<u64> {
    let mut v = [0u8; 8];
    match (b.len(), order) {
        (1 | 2 | 4 | 8, ByteOrder::Big) => {
            v[8 - b.len()..].copy_from_slice(b);
            Some(u64::from_be_bytes(v))
        }
        (1 | 2 | 4 | 8, ByteOrder::Little) => {
            v[..b.len()].copy_from_slice(b);
            Some(u64::from_le_bytes(v))
        }
        (1 | 2 | 4 | 8, ByteOrder::Host) => {
            v[..b.len()].copy_from_slice(b);
            Some(if cfg!(target_endian = "big") {
                u64::from_be_bytes(v) >> (64 - 8 * b.len())
            } else {
                u64::from_le_bytes(v)
            })
        }
        _ => None,
    }
}

fn sign_extend(v: u64, width: usize) -> i64 {
    let shift = 64 - 8 * width as u32;
    ((v << shift) as i64) >> shift
}

/// Formats a number with the spec's enum / flags names and display hint.
fn named_int(
    spec: &Spec,
    v: u64,
    signed_v: Option<i64>,
    enum_name: Option<&str>,
    as_flags: bool,
    hint: Option<&DisplayHint>,
) -> Value {
    if let Some((e, flags)) = enum_name.and_then(|n| spec.enum_def(n)) {
        if flags || as_flags {
            let mut names = Vec::new();
            let mut rest = v;
            for x in &e.entries {
                let mask = if flags {
                    x.value
                } else {
                    1u64.checked_shl(x.value as u32).unwrap_or(0)
                };
                if mask != 0 && v & mask == mask {
                    names.push(json!(x.name));
                    rest &= !mask;
                }
            }
            if rest != 0 {
                names.push(json!(rest));
            }
            return Value::Array(names);
        }
        if let Some(x) = e.entries.iter().find(|x| x.value == v) {
            return json!(x.name);
        }
        return json!(v);
    }
    if hint == Some(&DisplayHint::Hex) {
        return json!(format!("{v:#x}"));
    }
    if matches!(hint, Some(DisplayHint::Ipv4 | DisplayHint::Ipv4OrV6)) && v <= u64::from(u32::MAX) {
        // A u32 address (tcp_metrics): the value read in its byte order.
        return json!(std::net::Ipv4Addr::from(v as u32).to_string());
    }
    match signed_v {
        Some(s) => json!(s),
        None => json!(v),
    }
}

fn hinted_bytes(b: &[u8], hint: Option<&DisplayHint>) -> Value {
    match hint {
        Some(DisplayHint::Mac) | Some(DisplayHint::Fddi) if !b.is_empty() => json!(b
            .iter()
            .map(|x| format!("{x:02x}"))
            .collect::<Vec<_>>()
            .join(":")),
        Some(DisplayHint::Ipv4 | DisplayHint::Ipv6 | DisplayHint::Ipv4OrV6) if b.len() == 4 => {
            json!(std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string())
        }
        Some(DisplayHint::Ipv4 | DisplayHint::Ipv6 | DisplayHint::Ipv4OrV6) if b.len() == 16 => {
            let mut a = [0u8; 16];
            a.copy_from_slice(b);
            json!(std::net::Ipv6Addr::from(a).to_string())
        }
        Some(DisplayHint::Uuid) if b.len() == 16 => {
            let h = hex(b);
            json!(format!(
                "{}-{}-{}-{}-{}",
                &h[..8],
                &h[8..12],
                &h[12..16],
                &h[16..20],
                &h[20..]
            ))
        }
        _ => json!(hex(b)),
    }
}

/// Decodes a struct; returns the object and the bytes it used.
pub fn decode_struct(spec: &Spec, members: &[Member], b: &[u8]) -> (Map<String, Value>, usize) {
    let mut out = Map::new();
    let mut off = 0;
    for m in members {
        let Some(size) = spec.member_size(m) else {
            out.insert(m.name.clone(), json!(hex(b.get(off..).unwrap_or_default())));
            return (out, b.len());
        };
        let Some(field) = b.get(off..off + size) else {
            // A short struct (an older kernel's, or a hostile one): stop at
            // the member that does not fit; keep where and its bytes.
            out.insert(
                "unknown-short".into(),
                json!({"at": off, "hex": hex(&b[off..])}),
            );
            return (out, b.len());
        };
        off += size;
        if m.ty == AttrType::Pad {
            continue;
        }
        let v = if let Some(w) = m.ty.int_width() {
            let u = uint_of(field, m.byte_order).unwrap_or(0);
            let s = m.ty.is_signed().then(|| sign_extend(u, w));
            named_int(
                spec,
                u,
                s,
                m.enum_name.as_deref(),
                m.enum_as_flags,
                m.display_hint.as_ref(),
            )
        } else if let Some(inner) = m.struct_name.as_deref().and_then(|s| spec.struct_def(s)) {
            Value::Object(decode_struct(spec, inner, field).0)
        } else if m.ty == AttrType::String {
            json!(String::from_utf8_lossy(
                field.split(|&c| c == 0).next().unwrap_or_default()
            ))
        } else {
            hinted_bytes(field, m.display_hint.as_ref())
        };
        out.insert(m.name.clone(), v);
    }
    (out, off)
}

/// Everything the decoder needs about where it is: the spec and the
/// attributes decoded so far at each enclosing level (sub-message selectors).
struct Ctx<'s> {
    spec: &'s Spec,
    scopes: Vec<Map<String, Value>>,
}

impl Ctx<'_> {
    fn selector(&self, name: &str, current: &Map<String, Value>) -> Option<String> {
        std::iter::once(current)
            .chain(self.scopes.iter().rev())
            .find_map(|m| m.get(name))
            .and_then(|v| v.as_str().map(str::to_string))
    }
}

/// Files an attribute the spec does not know (or that did not decode)
/// under `unknown-<type>`, where it was, as hex (with the reason, if any).
fn unknown(out: &mut Map<String, Value>, ty: u16, b: &[u8], why: Option<(&str, String)>) {
    let v = match why {
        None => json!(hex(b)),
        Some((name, w)) => json!({"name": name, "error": w, "hex": hex(b)}),
    };
    let key = format!("unknown-{ty}");
    match out.get_mut(&key) {
        Some(Value::Array(a)) => a.push(v),
        Some(old) => {
            let first = old.take();
            *old = json!([first, v]);
        }
        None => {
            out.insert(key, v);
        }
    }
}

/// Decodes a block of attributes of `set` into an object.
fn decode_set(ctx: &mut Ctx<'_>, set: &AttrSet, b: &[u8], depth: usize) -> Map<String, Value> {
    let mut out = Map::new();
    for a in attrs(b) {
        let a = match a {
            Ok(a) => a,
            Err(e) => {
                out.insert("malformed".into(), json!(e.to_string()));
                break;
            }
        };
        let Some(def) = set.attr_by_value(a.ty) else {
            unknown(&mut out, a.ty, a.value, None);
            continue;
        };
        match decode_value(ctx, set, def, a.value, depth, &out) {
            Ok(v) => {
                if def.multi_attr {
                    match out.get_mut(&def.name) {
                        Some(Value::Array(arr)) => arr.push(v),
                        _ => {
                            out.insert(def.name.clone(), json!([v]));
                        }
                    }
                } else {
                    out.insert(def.name.clone(), v);
                }
            }
            Err(why) => unknown(&mut out, a.ty, a.value, Some((&def.name, why))),
        }
    }
    out
}

fn decode_value(
    ctx: &mut Ctx<'_>,
    set: &AttrSet,
    def: &Attr,
    b: &[u8],
    depth: usize,
    siblings: &Map<String, Value>,
) -> Result<Value, String> {
    let spec = ctx.spec;
    if depth > MAX_DEPTH {
        return Err("nested too deep".into());
    }
    let nested_set = || {
        def.nested_attributes
            .as_deref()
            .and_then(|n| spec.attr_set(n))
    };
    Ok(match &def.ty {
        AttrType::Flag => json!(true),
        t if t.int_width().is_some() => {
            let w = t.int_width().unwrap_or(0);
            if b.len() != w {
                return Err(format!("{} needs {w} bytes, got {}", t.name(), b.len()));
            }
            let u = uint_of(b, def.byte_order).ok_or("bad length")?;
            let s = t.is_signed().then(|| sign_extend(u, w));
            named_int(
                spec,
                u,
                s,
                def.enum_name.as_deref(),
                def.enum_as_flags,
                def.display_hint.as_ref(),
            )
        }
        AttrType::Uint | AttrType::Sint => {
            if b.len() != 4 && b.len() != 8 {
                return Err(format!(
                    "{} needs 4 or 8 bytes, got {}",
                    def.ty.name(),
                    b.len()
                ));
            }
            let u = uint_of(b, def.byte_order).ok_or("bad length")?;
            let s = (def.ty == AttrType::Sint).then(|| sign_extend(u, b.len()));
            named_int(
                spec,
                u,
                s,
                def.enum_name.as_deref(),
                def.enum_as_flags,
                def.display_hint.as_ref(),
            )
        }
        AttrType::String => {
            let text = b.strip_suffix(&[0]).unwrap_or(b);
            match std::str::from_utf8(text) {
                Ok(s) => json!(s),
                Err(_) => return Err("string is not UTF-8".into()),
            }
        }
        AttrType::Bitfield32 => {
            if b.len() != 8 {
                return Err(format!("bitfield32 needs 8 bytes, got {}", b.len()));
            }
            let v = uint_of(&b[..4], ByteOrder::Host).unwrap_or(0);
            let m = uint_of(&b[4..], ByteOrder::Host).unwrap_or(0);
            let e = def.enum_name.as_deref();
            json!({
                "value": named_int(spec, v, None, e, true, None),
                "selector": named_int(spec, m, None, e, true, None),
            })
        }
        AttrType::Nest => match nested_set() {
            Some(inner) => {
                ctx.scopes.push(siblings.clone());
                let v = decode_set(ctx, inner, b, depth + 1);
                ctx.scopes.pop();
                Value::Object(v)
            }
            None => json!(hex(b)),
        },
        AttrType::IndexedArray => {
            let mut items = Vec::new();
            for a in attrs(b) {
                let a = a.map_err(|e| e.to_string())?;
                let item = match (def.sub_type.as_ref(), nested_set()) {
                    (Some(AttrType::Nest) | None, Some(inner)) => {
                        Value::Object(decode_set(ctx, inner, a.value, depth + 1))
                    }
                    (Some(t), _) if t.is_int() => {
                        let u = uint_of(a.value, def.byte_order).ok_or("bad element length")?;
                        json!(u)
                    }
                    _ => hinted_bytes(a.value, def.display_hint.as_ref()),
                };
                items.push(item);
            }
            Value::Array(items)
        }
        AttrType::NestTypeValue => {
            let mut outer = Map::new();
            for a in attrs(b) {
                let a = a.map_err(|e| e.to_string())?;
                let v = match nested_set() {
                    Some(inner) => {
                        let mut m = Map::new();
                        for x in attrs(a.value) {
                            let x = x.map_err(|e| e.to_string())?;
                            let nested = Value::Object(decode_set(ctx, inner, x.value, depth + 1));
                            m.insert(x.ty.to_string(), nested);
                        }
                        Value::Object(m)
                    }
                    None => json!(hex(a.value)),
                };
                outer.insert(a.ty.to_string(), v);
            }
            Value::Object(outer)
        }
        AttrType::SubMessage => {
            let sm = def.sub_message.as_deref().and_then(|s| spec.sub_message(s));
            let sel = def
                .selector
                .as_deref()
                .and_then(|s| ctx.selector(s, siblings));
            let fmt = sm
                .zip(sel.as_ref())
                .and_then(|(sm, sel)| sm.formats.iter().find(|f| &f.value == sel));
            let Some(fmt) = fmt else {
                // No format for this selector value: shown as bytes.
                return Ok(json!(hex(b)));
            };
            let mut obj = Map::new();
            let mut rest = b;
            if let Some(h) = fmt.fixed_header.as_deref().and_then(|h| spec.struct_def(h)) {
                let (m, used) = decode_struct(spec, h, b);
                obj.extend(m);
                // Attributes start aligned to 4 (NLA_ALIGN), as the kernel puts them.
                rest = b.get(nlkit::wire::align(used)..).unwrap_or_default();
            }
            if let Some(inner) = fmt.attribute_set.as_deref().and_then(|s| spec.attr_set(s)) {
                ctx.scopes.push(siblings.clone());
                obj.extend(decode_set(ctx, inner, rest, depth + 1));
                ctx.scopes.pop();
            }
            Value::Object(obj)
        }
        _ => {
            if let Some(s) = def.struct_name.as_deref().and_then(|s| spec.struct_def(s)) {
                let size = spec.struct_size(s).unwrap_or(0);
                if size > 0 && b.len() > size && b.len() % size == 0 {
                    // An array of structs (rt-nexthop's group, tc's gred).
                    return Ok(Value::Array(
                        b.chunks(size)
                            .map(|c| Value::Object(decode_struct(spec, s, c).0))
                            .collect(),
                    ));
                }
                let (mut m, used) = decode_struct(spec, s, b);
                if used < b.len() {
                    // A newer kernel's longer struct: the members it added.
                    m.insert("unknown-tail".into(), json!(hex(&b[used..])));
                }
                Value::Object(m)
            } else if def.sub_type.as_ref().is_some_and(AttrType::is_int) {
                // A binary array of integers (`sub-type: u32`).
                let st = def.sub_type.as_ref().unwrap_or(&AttrType::U32);
                let w = st.int_width().unwrap_or(4);
                if b.len() % w != 0 {
                    return Err(format!("array of {} has {} bytes", st.name(), b.len()));
                }
                Value::Array(
                    b.chunks(w)
                        .map(|c| json!(uint_of(c, def.byte_order).unwrap_or(0)))
                        .collect(),
                )
            } else {
                let _ = set;
                hinted_bytes(b, def.display_hint.as_ref())
            }
        }
    })
}

/// The shape of a message: its attribute set and fixed header.
pub struct Shape<'s> {
    /// The operation the message belongs to (reply, notification, event).
    pub op: Option<&'s Operation>,
    /// Bytes of family header before the fixed header (genetlink: 4).
    pub genl: bool,
}

/// Decodes one message's payload (after `nlmsghdr`) of message type `ty`.
pub fn decode_payload(spec: &Spec, ty: u16, payload: &[u8]) -> Value {
    if spec.protocol.is_genetlink() {
        if payload.len() < 4 {
            return json!({"malformed": "shorter than the genetlink header", "hex": hex(payload)});
        }
        return decode_payload_value(spec, u32::from(payload[0]), &payload[4..]);
    }
    decode_payload_value(spec, u32::from(ty), payload)
}

/// Decodes fixed header + attributes of the message with type (genetlink:
/// command) `value`; the genetlink header is already gone.
pub fn decode_payload_value(spec: &Spec, value: u32, payload: &[u8]) -> Value {
    let mut out = Map::new();
    let mut b = payload;
    let op = spec.op_for_reply(value);
    let Some(op) = op else {
        out.insert(
            "unknown-message".into(),
            json!({"type": value, "hex": hex(payload)}),
        );
        return Value::Object(out);
    };
    let op = spec.shape_of(op);
    let set = op.attribute_set.as_deref().and_then(|s| spec.attr_set(s));
    if let Some(h) = spec.fixed_header(op) {
        let (m, used) = decode_struct(spec, h, b);
        let hname = op.fixed_header.as_deref().unwrap_or_default();
        for (k, v) in m {
            out.insert(header_key(set, hname, &k), v);
        }
        // Attributes start at NLMSG_ALIGN(fixed header), as nlmsg_attrdata() reads them.
        b = b.get(nlkit::wire::align(used)..).unwrap_or_default();
    }
    let Some(set) = set else {
        if !b.is_empty() {
            out.insert("unknown-payload".into(), json!(hex(b)));
        }
        return Value::Object(out);
    };
    let mut ctx = Ctx {
        spec,
        scopes: Vec::new(),
    };
    out.extend(decode_set(&mut ctx, set, b, 0));
    Value::Object(out)
}

/// The key of a fixed-header member in a decoded message: its name, or
/// `<struct>.<member>` when an attribute has the same name (rt-addr's
/// `ifa-flags` is both).
fn header_key(set: Option<&AttrSet>, header: &str, member: &str) -> String {
    if set.is_some_and(|s| s.attr(member).is_some()) {
        format!("{header}.{member}")
    } else {
        member.to_string()
    }
}

/// Splits a message object into fixed-header members and attributes
/// (see [`header_key`]); header keys lose their `<struct>.` prefix.
fn split_header(
    obj: Map<String, Value>,
    set: Option<&AttrSet>,
    header_name: &str,
    header: &[Member],
) -> (Map<String, Value>, Map<String, Value>) {
    let mut h = Map::new();
    let mut a = Map::new();
    for (k, v) in obj {
        let member = k
            .strip_prefix(header_name)
            .and_then(|r| r.strip_prefix('.'))
            .filter(|m| header.iter().any(|x| x.name == *m));
        if let Some(m) = member {
            h.insert(m.to_string(), v);
        } else if (k == "unknown-short" && !header.is_empty())
            || (header.iter().any(|x| x.name == k) && header_key(set, header_name, &k) == k)
        {
            h.insert(k, v);
        } else {
            a.insert(k, v);
        }
    }
    (h, a)
}

/// A request the spec rejected: what and where, for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodeError(pub String);

type E<T> = Result<T, EncodeError>;

fn bad<T>(spec: &Spec, what: String) -> E<T> {
    Err(EncodeError(format!("{}: {what}", spec.file)))
}

/// The attribute names a request of `op` (`kind`) takes.
pub fn request_attrs(op: &Operation, kind: MsgKind) -> &[String] {
    let sub = match kind {
        MsgKind::Do => op.do_.as_ref(),
        MsgKind::Dump => op.dump.as_ref(),
    };
    sub.and_then(|s| s.request.as_ref())
        .map_or(&[], |r| r.attributes.as_slice())
}

fn limit(spec: &Spec, l: &Option<Limit>) -> Option<i128> {
    l.as_ref().and_then(|l| spec.limit_value(l))
}

fn int_range(t: &AttrType) -> (i128, i128) {
    match t {
        AttrType::U8 => (0, u8::MAX.into()),
        AttrType::U16 => (0, u16::MAX.into()),
        AttrType::U32 => (0, u32::MAX.into()),
        AttrType::U64 | AttrType::Uint => (0, u64::MAX.into()),
        AttrType::S8 => (i8::MIN.into(), i8::MAX.into()),
        AttrType::S16 => (i16::MIN.into(), i16::MAX.into()),
        AttrType::S32 => (i32::MIN.into(), i32::MAX.into()),
        _ => (i64::MIN.into(), i64::MAX.into()),
    }
}

/// What the integer parser needs of an attribute or struct member.
struct IntField<'a> {
    name: &'a str,
    ty: &'a AttrType,
    enum_name: Option<&'a str>,
    enum_as_flags: bool,
}

impl<'a> IntField<'a> {
    fn of(a: &'a Attr) -> IntField<'a> {
        IntField {
            name: &a.name,
            ty: &a.ty,
            enum_name: a.enum_name.as_deref(),
            enum_as_flags: a.enum_as_flags,
        }
    }
}

/// A JSON value as a number for an integer attribute: a number, a numeric
/// string, or the name of an enum entry / a list of flag names.
fn int_value(spec: &Spec, a: &IntField<'_>, v: &Value) -> E<i128> {
    let enum_def = a.enum_name.and_then(|e| spec.enum_def(e));
    let names = |e: &nlkit_spec::EnumDef| {
        e.entries
            .iter()
            .map(|x| x.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let one = |s: &str| -> E<i128> {
        if let Some(n) = nlkit_spec_int(s) {
            return Ok(n);
        }
        if let Ok(ip) = s.parse::<std::net::Ipv4Addr>() {
            return Ok(i128::from(u32::from(ip)));
        }
        match enum_def {
            Some((e, flags)) => match e.entries.iter().find(|x| x.name == s) {
                Some(x) if !flags && a.enum_as_flags => Ok(1i128 << x.value.min(63)),
                Some(x) => Ok(i128::from(x.value)),
                None => bad(
                    spec,
                    format!(
                        "`{}`: {s:?} is not a value of `{}`; allowed: {}",
                        a.name,
                        a.enum_name.unwrap_or_default(),
                        names(e)
                    ),
                ),
            },
            None => bad(
                spec,
                format!("`{}` is a {}: {s:?} is not a number", a.name, a.ty.name()),
            ),
        }
    };
    match v {
        Value::Number(n) => match n
            .as_i64()
            .map(i128::from)
            .or_else(|| n.as_u64().map(i128::from))
        {
            Some(x) => Ok(x),
            None => bad(
                spec,
                format!("`{}` is a {}: {n} is not an integer", a.name, a.ty.name()),
            ),
        },
        Value::String(s) => one(s),
        Value::Array(items) if enum_def.is_some_and(|(_, f)| f) || a.enum_as_flags => {
            let mut acc = 0i128;
            for i in items {
                match i {
                    Value::String(s) => acc |= one(s)?,
                    Value::Number(_) => acc |= int_value(spec, a, i)?,
                    _ => return bad(spec, format!("`{}`: flags are names or numbers", a.name)),
                }
            }
            Ok(acc)
        }
        other => bad(
            spec,
            format!("`{}` is a {}: {other} is not a number", a.name, a.ty.name()),
        ),
    }
}

fn nlkit_spec_int(s: &str) -> Option<i128> {
    let (neg, t) = s.strip_prefix('-').map_or((false, s), |t| (true, t));
    let v = match t.strip_prefix("0x") {
        Some(h) => i128::from_str_radix(h, 16).ok()?,
        None => t.parse::<i128>().ok()?,
    };
    Some(if neg { -v } else { v })
}

fn put_int(b: &mut MessageBuilder<'_>, a: &Attr, v: i128) {
    // uint / sint take 4 bytes when the value fits, else 8 (as nla_put_uint).
    let w = match a.ty {
        AttrType::Uint if u32::try_from(v).is_ok() => 4,
        AttrType::Sint if i32::try_from(v).is_ok() => 4,
        AttrType::Uint | AttrType::Sint => 8,
        ref t => t.int_width().unwrap_or(8),
    };
    let x = v as u64;
    let bytes = match a.byte_order {
        ByteOrder::Big => x.to_be_bytes()[8 - w..].to_vec(),
        ByteOrder::Little => x.to_le_bytes()[..w].to_vec(),
        ByteOrder::Host if cfg!(target_endian = "big") => x.to_be_bytes()[8 - w..].to_vec(),
        ByteOrder::Host => x.to_le_bytes()[..w].to_vec(),
    };
    b.attr(a.value, &bytes);
}

fn parse_hex_value(spec: &Spec, a: &Attr, s: &str) -> E<Vec<u8>> {
    let clean: String = s
        .chars()
        .filter(|c| *c != ':' && *c != ' ' && *c != '-')
        .collect();
    if let Some(DisplayHint::Ipv4 | DisplayHint::Ipv6 | DisplayHint::Ipv4OrV6) = a.display_hint {
        if let Ok(ip) = s.parse::<std::net::IpAddr>() {
            return Ok(match ip {
                std::net::IpAddr::V4(v) => v.octets().to_vec(),
                std::net::IpAddr::V6(v) => v.octets().to_vec(),
            });
        }
    }
    if clean.len() % 2 != 0 || !clean.chars().all(|c| c.is_ascii_hexdigit()) {
        return bad(
            spec,
            format!(
                "`{}` is binary: give hex bytes (0a0b0c or 0a:0b:0c), not {s:?}",
                a.name
            ),
        );
    }
    Ok((0..clean.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&clean[i..i + 2], 16).unwrap_or(0))
        .collect())
}

fn check_len(spec: &Spec, a: &Attr, len: usize) -> E<()> {
    let c = &a.checks;
    let len = len as i128;
    if let Some(x) = limit(spec, &c.exact_len) {
        if len != x {
            return bad(
                spec,
                format!("`{}`: {len} bytes, the spec allows exactly {x}", a.name),
            );
        }
    }
    if let Some(x) = limit(spec, &c.min_len) {
        if len < x {
            return bad(
                spec,
                format!("`{}`: {len} bytes, the spec allows at least {x}", a.name),
            );
        }
    }
    if let Some(x) = limit(spec, &c.max_len) {
        if len > x {
            return bad(
                spec,
                format!("`{}`: {len} bytes, the spec allows at most {x}", a.name),
            );
        }
    }
    Ok(())
}

/// Encodes one attribute from JSON.
fn encode_attr(
    spec: &Spec,
    b: &mut MessageBuilder<'_>,
    a: &Attr,
    v: &Value,
    depth: usize,
    siblings: &Map<String, Value>,
) -> E<()> {
    if depth > MAX_DEPTH {
        return bad(spec, format!("`{}`: nested too deep", a.name));
    }
    if a.multi_attr {
        if let Value::Array(items) = v {
            if !(a.ty == AttrType::Binary && items.iter().all(Value::is_number)) {
                for i in items {
                    encode_one(spec, b, a, i, depth, siblings)?;
                }
                return Ok(());
            }
        }
    }
    encode_one(spec, b, a, v, depth, siblings)
}

fn encode_one(
    spec: &Spec,
    b: &mut MessageBuilder<'_>,
    a: &Attr,
    v: &Value,
    depth: usize,
    siblings: &Map<String, Value>,
) -> E<()> {
    match &a.ty {
        t if t.is_int() => {
            let n = int_value(spec, &IntField::of(a), v)?;
            let (lo, hi) = int_range(t);
            if n < lo || n > hi {
                return bad(
                    spec,
                    format!("`{}` is a {}: {n} is outside {lo}..={hi}", a.name, t.name()),
                );
            }
            let min = limit(spec, &a.checks.min);
            let max = limit(spec, &a.checks.max);
            if min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m) {
                let show = |x: Option<i128>, d: i128| x.unwrap_or(d).to_string();
                return bad(
                    spec,
                    format!(
                        "`{}`: {n} is outside what the spec allows: {}..={}",
                        a.name,
                        show(min, lo),
                        show(max, hi)
                    ),
                );
            }
            if let Some((e, false)) = a.enum_name.as_deref().and_then(|e| spec.enum_def(e)) {
                if !a.enum_as_flags && !e.entries.iter().any(|x| i128::from(x.value) == n) {
                    let names: Vec<&str> = e.entries.iter().map(|x| x.name.as_str()).collect();
                    return bad(
                        spec,
                        format!(
                            "`{}`: {n} is not a value of `{}`; allowed: {}",
                            a.name,
                            a.enum_name.as_deref().unwrap_or_default(),
                            names.join(", ")
                        ),
                    );
                }
            }
            put_int(b, a, n);
        }
        AttrType::Flag => match v {
            Value::Bool(true) | Value::Null => {
                b.attr_flag(a.value);
            }
            Value::Bool(false) => {}
            other => {
                return bad(
                    spec,
                    format!(
                        "`{}` is a flag: give true (or leave it out), not {other}",
                        a.name
                    ),
                )
            }
        },
        AttrType::String => {
            let Value::String(s) = v else {
                return bad(spec, format!("`{}` is a string, not {v}", a.name));
            };
            if let Some(x) = limit(spec, &a.checks.max_len) {
                if s.len() as i128 > x {
                    return bad(
                        spec,
                        format!(
                            "`{}`: {} bytes, the spec allows at most {x}",
                            a.name,
                            s.len()
                        ),
                    );
                }
            }
            b.attr_str(a.value, s);
        }
        AttrType::Nest => {
            let Some(inner) = a
                .nested_attributes
                .as_deref()
                .and_then(|n| spec.attr_set(n))
            else {
                return bad(spec, format!("`{}`: the spec gives no nested set", a.name));
            };
            let Value::Object(m) = v else {
                return bad(
                    spec,
                    format!(
                        "`{}` is a nest: give an object of `{}` attributes, not {v}",
                        a.name, inner.name
                    ),
                );
            };
            let n = b.begin_nested(a.value);
            encode_set(spec, b, inner, m, None, depth + 1)?;
            b.end_nested(n);
        }
        AttrType::Binary if a.struct_name.is_some() => {
            let members = a
                .struct_name
                .as_deref()
                .and_then(|s| spec.struct_def(s))
                .unwrap_or_default();
            let bytes = match v {
                Value::Object(m) => encode_struct(spec, members, m, &a.name)?,
                Value::Array(items) => {
                    let mut all = Vec::new();
                    for i in items {
                        let Value::Object(m) = i else {
                            return bad(
                                spec,
                                format!("`{}`: an array of structs holds objects, not {i}", a.name),
                            );
                        };
                        all.extend(encode_struct(spec, members, m, &a.name)?);
                    }
                    all
                }
                Value::String(s) => parse_hex_value(spec, a, s)?,
                other => {
                    return bad(
                        spec,
                        format!(
                            "`{}` is a struct: give an object or hex, not {other}",
                            a.name
                        ),
                    )
                }
            };
            b.attr(a.value, &bytes);
        }
        AttrType::Binary if a.sub_type.as_ref().is_some_and(AttrType::is_int) && v.is_array() => {
            // A binary array of integers (`sub-type: u32`).
            let st = a.sub_type.clone().unwrap_or(AttrType::U32);
            let w = st.int_width().unwrap_or(4);
            let mut bytes = Vec::new();
            for x in v.as_array().into_iter().flatten() {
                let n = x.as_u64().ok_or_else(|| {
                    EncodeError(format!("{}: `{}`: elements are numbers", spec.file, a.name))
                })?;
                match a.byte_order {
                    ByteOrder::Big => bytes.extend(&n.to_be_bytes()[8 - w..]),
                    _ => bytes.extend(&n.to_le_bytes()[..w]),
                }
            }
            b.attr(a.value, &bytes);
        }
        AttrType::IndexedArray => {
            let Value::Array(items) = v else {
                return bad(
                    spec,
                    format!("`{}` is an indexed array: give a list, not {v}", a.name),
                );
            };
            let inner = a
                .nested_attributes
                .as_deref()
                .and_then(|n| spec.attr_set(n));
            let outer = b.begin_nested(a.value);
            for (i, item) in items.iter().enumerate() {
                let idx = u16::try_from(i + 1).unwrap_or(u16::MAX);
                match (item, inner) {
                    (Value::Object(m), Some(set)) => {
                        let n = b.begin_nested(idx);
                        encode_set(spec, b, set, m, None, depth + 1)?;
                        b.end_nested(n);
                    }
                    (Value::Number(_), _) => {
                        let elem = Attr {
                            value: idx,
                            ty: a.sub_type.clone().unwrap_or(AttrType::U32),
                            ..a.clone()
                        };
                        let n = int_value(spec, &IntField::of(&elem), item)?;
                        put_int(b, &elem, n);
                    }
                    (Value::String(s), _) => {
                        let bytes = parse_hex_value(spec, a, s)?;
                        b.attr(idx, &bytes);
                    }
                    (other, _) => {
                        return bad(spec, format!("`{}`[{i}]: unexpected {other}", a.name));
                    }
                }
            }
            b.end_nested(outer);
        }
        AttrType::NestTypeValue => {
            let Value::Object(m) = v else {
                return bad(
                    spec,
                    format!(
                        "`{}` is a nest of typed values: give an object, not {v}",
                        a.name
                    ),
                );
            };
            let inner = a
                .nested_attributes
                .as_deref()
                .and_then(|n| spec.attr_set(n));
            let outer = b.begin_nested(a.value);
            for (k, x) in m {
                let ty: u16 = k.parse().map_err(|_| {
                    EncodeError(format!(
                        "{}: `{}`: keys are type numbers, not {k:?}",
                        spec.file, a.name
                    ))
                })?;
                match (x, inner) {
                    (Value::Object(levels), Some(set)) => {
                        let n1 = b.begin_nested(ty);
                        for (k2, y) in levels {
                            let ty2: u16 = k2.parse().map_err(|_| {
                                EncodeError(format!(
                                    "{}: `{}`: keys are type numbers, not {k2:?}",
                                    spec.file, a.name
                                ))
                            })?;
                            let Value::Object(attrs) = y else {
                                return bad(
                                    spec,
                                    format!("`{}`: {k}.{k2} is not an object", a.name),
                                );
                            };
                            let n2 = b.begin_nested(ty2);
                            encode_set(spec, b, set, attrs, None, depth + 1)?;
                            b.end_nested(n2);
                        }
                        b.end_nested(n1);
                    }
                    (Value::String(h), _) => {
                        let bytes = parse_hex_value(spec, a, h)?;
                        b.attr(ty, &bytes);
                    }
                    (other, _) => {
                        return bad(spec, format!("`{}`: {k}: unexpected {other}", a.name))
                    }
                }
            }
            b.end_nested(outer);
        }
        AttrType::SubMessage => {
            let sm = a.sub_message.as_deref().and_then(|s| spec.sub_message(s));
            let sel = a
                .selector
                .as_deref()
                .and_then(|s| siblings.get(s))
                .and_then(Value::as_str);
            let fmt = sm
                .zip(sel)
                .and_then(|(sm, sel)| sm.formats.iter().find(|f| f.value == sel));
            match (fmt, v) {
                (_, Value::String(h)) => {
                    let bytes = parse_hex_value(spec, a, h)?;
                    b.attr(a.value, &bytes);
                }
                (Some(fmt), Value::Object(m)) => {
                    let header = fmt
                        .fixed_header
                        .as_deref()
                        .and_then(|h| spec.struct_def(h))
                        .unwrap_or_default();
                    let (hv, av): (Map<String, Value>, Map<String, Value>) = m
                        .clone()
                        .into_iter()
                        .partition(|(k, _)| header.iter().any(|x| &x.name == k));
                    let n = b.begin_nested(a.value);
                    if !header.is_empty() {
                        let bytes = encode_struct(spec, header, &hv, &a.name)?;
                        b.payload(&bytes);
                    }
                    if let Some(set) = fmt.attribute_set.as_deref().and_then(|s| spec.attr_set(s)) {
                        encode_set(spec, b, set, &av, None, depth + 1)?;
                    }
                    b.end_nested(n);
                }
                (None, _) => {
                    let sel = a.selector.as_deref().unwrap_or("?");
                    return bad(
                        spec,
                        format!("`{}`: its format depends on `{sel}`, which must come first and be known", a.name),
                    );
                }
                (_, other) => {
                    return bad(spec, format!("`{}`: give an object, not {other}", a.name))
                }
            }
        }
        AttrType::Bitfield32 => {
            let field = IntField {
                name: &a.name,
                ty: &AttrType::U32,
                enum_name: a.enum_name.as_deref(),
                enum_as_flags: true,
            };
            let get = |k: &str| -> E<u32> {
                let x = v.get(k).ok_or_else(|| {
                    EncodeError(format!(
                        "{}: `{}` is a bitfield32: give {{\"value\": .., \"selector\": ..}}",
                        spec.file, a.name
                    ))
                })?;
                Ok(int_value(spec, &field, x)? as u32)
            };
            let mut bytes = get("value")?.to_ne_bytes().to_vec();
            bytes.extend(get("selector")?.to_ne_bytes());
            b.attr(a.value, &bytes);
        }
        AttrType::Binary | AttrType::Other(_) | AttrType::Pad | AttrType::Unused => {
            let bytes = match v {
                Value::String(s) => parse_hex_value(spec, a, s)?,
                other => {
                    return bad(
                        spec,
                        format!(
                            "`{}` is binary: give hex bytes as a string, not {other}",
                            a.name
                        ),
                    )
                }
            };
            check_len(spec, a, bytes.len())?;
            b.attr(a.value, &bytes);
        }
        other => {
            return bad(
                spec,
                format!(
                    "`{}`: nlctl cannot send {} attributes yet",
                    a.name,
                    other.name()
                ),
            );
        }
    }
    Ok(())
}

/// Encodes a struct (a fixed header) from a JSON object; absent members are 0.
pub fn encode_struct(
    spec: &Spec,
    members: &[Member],
    m: &Map<String, Value>,
    what: &str,
) -> E<Vec<u8>> {
    let mut out = Vec::new();
    for k in m.keys() {
        if k != "unknown-tail" && k != "unknown-short" && !members.iter().any(|x| &x.name == k) {
            let names: Vec<&str> = members.iter().map(|x| x.name.as_str()).collect();
            return bad(
                spec,
                format!(
                    "`{what}` has no member `{k}`; members: {}",
                    names.join(", ")
                ),
            );
        }
    }
    for mem in members {
        let size = spec.member_size(mem).unwrap_or(0);
        let Some(v) = m.get(&mem.name) else {
            out.resize(out.len() + size, 0);
            continue;
        };
        if let Some(w) = mem.ty.int_width() {
            let field = IntField {
                name: &mem.name,
                ty: &mem.ty,
                enum_name: mem.enum_name.as_deref(),
                enum_as_flags: mem.enum_as_flags,
            };
            let n = int_value(spec, &field, v)?;
            let (lo, hi) = int_range(&mem.ty);
            if n < lo || n > hi {
                return bad(
                    spec,
                    format!(
                        "`{}` is a {}: {n} is outside {lo}..={hi}",
                        mem.name,
                        mem.ty.name()
                    ),
                );
            }
            let bytes = (n as u64).to_le_bytes();
            match mem.byte_order {
                ByteOrder::Big => out.extend((n as u64).to_be_bytes()[8 - w..].iter()),
                _ => out.extend(&bytes[..w]),
            }
        } else {
            let Value::String(s) = v else {
                return bad(spec, format!("`{}`: give hex bytes", mem.name));
            };
            let fake_hex: Vec<u8> = (0..s.len() / 2)
                .filter_map(|i| u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok())
                .collect();
            let mut f = fake_hex;
            f.resize(size, 0);
            out.extend(f);
        }
    }
    if let Some(short) = m.get("unknown-short") {
        // It was shorter than the struct: cut where it was cut.
        let at = short["at"]
            .as_u64()
            .and_then(|a| usize::try_from(a).ok())
            .unwrap_or(out.len());
        out.truncate(at);
        let h = short["hex"].as_str().unwrap_or("");
        out.extend(
            (0..h.len() / 2).filter_map(|i| u8::from_str_radix(h.get(2 * i..2 * i + 2)?, 16).ok()),
        );
    }
    if let Some(t) = m.get("unknown-tail").and_then(Value::as_str) {
        out.extend(
            (0..t.len() / 2).filter_map(|i| u8::from_str_radix(t.get(2 * i..2 * i + 2)?, 16).ok()),
        );
    }
    Ok(out)
}

/// Encodes the attributes of `set` from an object; `allowed` limits the names.
fn encode_set(
    spec: &Spec,
    b: &mut MessageBuilder<'_>,
    set: &AttrSet,
    m: &Map<String, Value>,
    allowed: Option<(&[String], &str)>,
    depth: usize,
) -> E<()> {
    for (k, v) in m {
        if let Some(ty) = k
            .strip_prefix("unknown-")
            .and_then(|t| t.parse::<u16>().ok())
        {
            // What the decoder did not know, as it came: type + hex.
            let items = match v {
                Value::Array(a) => a.clone(),
                other => vec![other.clone()],
            };
            for u in &items {
                let h = u.as_str().or_else(|| u["hex"].as_str()).unwrap_or("");
                let bytes = (0..h.len() / 2)
                    .map(|i| u8::from_str_radix(h.get(2 * i..2 * i + 2)?, 16).ok())
                    .collect::<Option<Vec<u8>>>();
                match bytes {
                    Some(bytes) if h.len() % 2 == 0 => {
                        b.attr(ty, &bytes);
                    }
                    _ => return bad(spec, format!("`{k}`: give the bytes as hex, not {u}")),
                }
            }
            continue;
        }
        let Some(a) = set.attr(k) else {
            let names: Vec<&str> = set.attributes.iter().map(|a| a.name.as_str()).collect();
            return bad(
                spec,
                format!(
                    "`{k}` is not an attribute of `{}`; it has: {}",
                    set.name,
                    names.join(", ")
                ),
            );
        };
        if let Some((list, what)) = allowed {
            if !list.iter().any(|x| x == k) {
                let takes = if list.is_empty() {
                    "none".to_string()
                } else {
                    list.join(", ")
                };
                return bad(
                    spec,
                    format!("{what} takes no attribute `{k}`; it takes: {takes}"),
                );
            }
        }
        encode_attr(spec, b, a, v, depth, m)?;
    }
    Ok(())
}

/// Builds the payload of a request (genl header, fixed header, attributes)
/// for `op`'s `kind` from a JSON object of attribute (and fixed-header
/// member) names. Returns `(message type or genl cmd, payload, family header length)`.
pub fn encode_request(
    spec: &Spec,
    op: &Operation,
    kind: MsgKind,
    input: &Value,
) -> E<(u16, Vec<u8>, usize)> {
    let kname = if kind == MsgKind::Do { "do" } else { "dump" };
    let Some(sub) = spec.sub_op(op, kind) else {
        let has: Vec<&str> = [("do", op.do_.is_some()), ("dump", op.dump.is_some())]
            .into_iter()
            .filter(|x| x.1)
            .map(|x| x.0)
            .collect();
        return bad(
            spec,
            format!(
                "operation `{}` has no {kname}; it has: {}",
                op.name,
                if has.is_empty() {
                    "none (kernel to user only)".into()
                } else {
                    has.join(", ")
                }
            ),
        );
    };
    let value = sub.request.as_ref().map_or(op.value, |r| r.value);
    let Ok(value16) = u16::try_from(value) else {
        return bad(
            spec,
            format!(
                "operation `{}`: message type {value} does not fit 16 bits",
                op.name
            ),
        );
    };
    let obj = match input {
        Value::Null => Map::new(),
        Value::Object(m) => m.clone(),
        other => {
            return bad(
                spec,
                format!("the request must be a JSON object of attributes, not {other}"),
            )
        }
    };
    let header = spec.fixed_header(op).unwrap_or_default();
    let set = op.attribute_set.as_deref().and_then(|s| spec.attr_set(s));
    let hname = op.fixed_header.as_deref().unwrap_or_default();
    let (hdr_vals, attr_vals) = split_header(obj, set, hname, header);
    let mut payload_hdr = Vec::new();
    if spec.protocol.is_genetlink() {
        let Ok(cmd) = u8::try_from(value) else {
            return bad(
                spec,
                format!(
                    "operation `{}`: command {value} does not fit 8 bits",
                    op.name
                ),
            );
        };
        payload_hdr.extend([cmd, spec.version, 0, 0]);
    }
    if !header.is_empty() {
        let what = op.fixed_header.clone().unwrap_or_default();
        payload_hdr.extend(encode_struct(spec, header, &hdr_vals, &what)?);
    }
    let mut buf = Vec::new();
    let ty = if spec.protocol.is_genetlink() {
        0
    } else {
        value16
    };
    let mut b = MessageBuilder::new(&mut buf, ty, nlkit::wire::Flags::EMPTY);
    b.payload(&payload_hdr);
    if !attr_vals.is_empty() {
        let Some(set) = op.attribute_set.as_deref().and_then(|s| spec.attr_set(s)) else {
            return bad(spec, format!("operation `{}` takes no attributes", op.name));
        };
        let list = request_attrs(op, kind);
        let what = format!("operation `{}` ({kname})", op.name);
        encode_set(spec, &mut b, set, &attr_vals, Some((list, &what)), 0)?;
    }
    b.finish()
        .map_err(|e| EncodeError(format!("{}: cannot build the request: {e}", spec.file)))?;
    let payload = buf.get(16..).unwrap_or_default().to_vec();
    Ok((value16, payload, payload_hdr.len()))
}

/// The inverse of [`decode_payload`] for fixed header + attributes (no
/// genetlink header): emits a decoded message again (round-trip tests, and
/// messages built from nlctl's own output).
pub fn encode_payload(spec: &Spec, value: u32, v: &Value) -> E<Vec<u8>> {
    let Some(op) = spec.op_for_reply(value) else {
        return bad(spec, format!("no operation has a message of type {value}"));
    };
    let op = spec.shape_of(op);
    let Value::Object(obj) = v else {
        return bad(spec, "a message is a JSON object".to_string());
    };
    let header = spec.fixed_header(op).unwrap_or_default();
    let set = op.attribute_set.as_deref().and_then(|s| spec.attr_set(s));
    let hname = op.fixed_header.as_deref().unwrap_or_default();
    let (hv, av) = split_header(obj.clone(), set, hname, header);
    let mut buf = Vec::new();
    let mut b = MessageBuilder::new(&mut buf, 0, nlkit::wire::Flags::EMPTY);
    if !header.is_empty() {
        let what = op.fixed_header.clone().unwrap_or_default();
        b.payload(&encode_struct(spec, header, &hv, &what)?);
    }
    match set {
        Some(set) => encode_set(spec, &mut b, set, &av, None, 0)?,
        None => {
            // No attribute set: what followed the header came as hex.
            if let Some(h) = av.get("unknown-payload").and_then(Value::as_str) {
                let bytes: Vec<u8> = (0..h.len() / 2)
                    .filter_map(|i| u8::from_str_radix(h.get(2 * i..2 * i + 2)?, 16).ok())
                    .collect();
                b.payload(&bytes);
            }
        }
    }
    b.finish()
        .map_err(|e| EncodeError(format!("{}: cannot build: {e}", spec.file)))?;
    Ok(buf.get(16..).unwrap_or_default().to_vec())
}

/// Writes a decoded message for people: `name: value`, nests indented.
pub fn write_human(out: &mut impl std::io::Write, v: &Value, depth: usize) -> std::io::Result<()> {
    let pad = "  ".repeat(depth);
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                match x {
                    Value::Object(_) => {
                        writeln!(out, "{pad}{k}:")?;
                        write_human(out, x, depth + 1)?;
                    }
                    Value::Array(items) if items.iter().any(|i| i.is_object()) => {
                        writeln!(out, "{pad}{k}:")?;
                        for (i, item) in items.iter().enumerate() {
                            writeln!(out, "{pad}  [{i}]")?;
                            write_human(out, item, depth + 2)?;
                        }
                    }
                    Value::String(s) => writeln!(out, "{pad}{k}: {s}")?,
                    other => writeln!(out, "{pad}{k}: {other}")?,
                }
            }
        }
        other => writeln!(out, "{pad}{other}")?,
    }
    Ok(())
}

/// The C name of attribute `a` of `set`: the set's `name-prefix` and the
/// attribute's name, upper case (`ifla-` + `linkinfo` = `IFLA_LINKINFO`);
/// without a prefix the genetlink default `<family>-a-<set>-`
/// (`ETHTOOL_A_CHANNELS_RX_MAX`), or for netlink-raw the name alone
/// (`rta-dst` = `RTA_DST`).
pub fn c_name(spec: &Spec, set: &AttrSet, a: &Attr) -> String {
    let p = match &set.name_prefix {
        Some(p) => p.clone(),
        None if spec.protocol.is_genetlink() => format!("{}-a-{}-", spec.name, set.name),
        None => String::new(),
    };
    format!("{p}{}", a.name)
        .to_ascii_uppercase()
        .replace(['-', '.'], "_")
}

/// Finds an attribute of `set` by what a person types: its C name
/// (`IFLA_IFNAME`), its spec name (`ifname`), or the C name without its
/// first part (`info_kind` for `IFLA_INFO_KIND`); any case, `-` or `_`.
pub fn attr_by_user_name<'s>(spec: &Spec, set: &'s AttrSet, name: &str) -> Option<&'s Attr> {
    let up = name.to_ascii_uppercase().replace('-', "_");
    let spec_up = |a: &Attr| a.name.to_ascii_uppercase().replace('-', "_");
    let tail = |c: String| c.split_once('_').map(|(_, t)| t.to_string());
    set.attributes
        .iter()
        .find(|a| c_name(spec, set, a) == up)
        .or_else(|| set.attributes.iter().find(|a| spec_up(a) == up))
        .or_else(|| {
            set.attributes
                .iter()
                .find(|a| tail(c_name(spec, set, a)).as_deref() == Some(up.as_str()))
        })
}

/// A struct's name as C spells it (`fib-rule-hdr` -> `fib_rule_hdr`).
pub fn c_ident(s: &str) -> String {
    s.replace('-', "_")
}

/// A decoded message in nlctl's list form: the fixed header (members by
/// their C names, `kind` = the struct) and the attributes as a list of
/// `{type, name, len, value | attrs | hex}`; with the first decode error.
pub struct ListForm {
    /// The family header, if the message has one.
    pub header: Option<Value>,
    /// The attributes.
    pub attrs: Vec<Value>,
    /// What did not decode.
    pub error: Option<String>,
}

/// Decodes `payload` (after the genetlink header, if any) of a message
/// shaped like `op` into the list form.
pub fn decode_list(spec: &Spec, op: &Operation, payload: &[u8]) -> ListForm {
    let op = spec.shape_of(op);
    let mut b = payload;
    let mut header = None;
    if let Some(h) = spec.fixed_header(op) {
        let size = spec.struct_size(h).unwrap_or(0);
        if b.len() < size {
            return ListForm {
                header: None,
                attrs: Vec::new(),
                error: Some(format!(
                    "payload of {} bytes is shorter than its {size}-byte {}",
                    b.len(),
                    op.fixed_header.as_deref().unwrap_or("header")
                )),
            };
        }
        let (m, used) = decode_struct(spec, h, b);
        let mut hv = Map::new();
        hv.insert(
            "kind".into(),
            json!(c_ident(op.fixed_header.as_deref().unwrap_or(""))),
        );
        for (k, v) in m {
            hv.insert(c_ident(&k), v);
        }
        header = Some(Value::Object(hv));
        b = b.get(nlkit::wire::align(used)..).unwrap_or_default();
    }
    let Some(set) = op.attribute_set.as_deref().and_then(|s| spec.attr_set(s)) else {
        let error = (!b.is_empty()).then(|| "bytes after the header, and no attribute set".into());
        return ListForm {
            header,
            attrs: Vec::new(),
            error,
        };
    };
    let mut ctx = Ctx {
        spec,
        scopes: Vec::new(),
    };
    let (attrs, error) = list_attrs(&mut ctx, set, b, 0);
    ListForm {
        header,
        attrs,
        error,
    }
}

/// Struct members (and other object keys) as C spells them, recursively:
/// `rx-packets` -> `rx_packets`.
fn c_keys(v: Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.into_iter()
                .map(|(k, x)| (c_ident(&k), c_keys(x)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.into_iter().map(c_keys).collect()),
        other => other,
    }
}

/// A block of attributes of `set` in the list form (no header).
pub fn decode_attr_list(spec: &Spec, set: &AttrSet, b: &[u8]) -> Vec<Value> {
    let mut ctx = Ctx {
        spec,
        scopes: Vec::new(),
    };
    list_attrs(&mut ctx, set, b, 0).0
}

/// One level of attributes in the list form.
fn list_attrs(
    ctx: &mut Ctx<'_>,
    set: &AttrSet,
    b: &[u8],
    depth: usize,
) -> (Vec<Value>, Option<String>) {
    let mut out = Vec::new();
    // Values decoded at this level by name: sub-message selectors read them.
    let mut siblings = Map::new();
    let mut it = attrs(b);
    loop {
        let pos = it.position();
        let a = match it.next() {
            None => return (out, None),
            Some(Ok(a)) => a,
            Some(Err(e)) => {
                out.push(json!({"malformed": hex(b.get(pos..).unwrap_or_default())}));
                return (out, Some(e.to_string()));
            }
        };
        let def = set.attr_by_value(a.ty);
        let mut v = Map::new();
        v.insert("type".into(), json!(a.ty));
        v.insert("name".into(), json!(def.map(|d| c_name(ctx.spec, set, d))));
        v.insert("len".into(), json!(a.value.len()));
        if a.nested {
            v.insert("nested".into(), json!(true));
        }
        if a.net_byteorder {
            v.insert("net_byteorder".into(), json!(true));
        }
        let Some(def) = def else {
            v.insert("hex".into(), json!(hex(a.value)));
            out.push(Value::Object(v));
            continue;
        };
        let inner = def
            .nested_attributes
            .as_deref()
            .and_then(|n| ctx.spec.attr_set(n));
        match (&def.ty, inner) {
            (AttrType::Nest, Some(inner)) if depth < MAX_DEPTH => {
                ctx.scopes.push(siblings.clone());
                let (list, err) = list_attrs(ctx, inner, a.value, depth + 1);
                ctx.scopes.pop();
                v.insert("attrs".into(), Value::Array(list));
                if let Some(e) = err {
                    v.insert("decode_error".into(), json!(e));
                }
            }
            (AttrType::IndexedArray, Some(inner))
                if depth < MAX_DEPTH && matches!(def.sub_type, None | Some(AttrType::Nest)) =>
            {
                let mut items = Vec::new();
                let mut err = None;
                for x in attrs(a.value) {
                    match x {
                        Ok(x) => {
                            let (list, e) = list_attrs(ctx, inner, x.value, depth + 1);
                            err = err.or(e);
                            items.push(json!({
                                "type": x.ty, "name": format!("[{}]", x.ty),
                                "len": x.value.len(), "attrs": list,
                            }));
                        }
                        Err(e) => {
                            err = Some(e.to_string());
                            break;
                        }
                    }
                }
                v.insert("attrs".into(), Value::Array(items));
                if let Some(e) = err {
                    v.insert("decode_error".into(), json!(e));
                }
            }
            _ => match decode_value(ctx, set, def, a.value, depth, &siblings) {
                Ok(x) => {
                    if x.is_string() {
                        siblings.insert(def.name.clone(), x.clone());
                    }
                    v.insert("value".into(), c_keys(x));
                }
                Err(e) => {
                    v.insert("hex".into(), json!(hex(a.value)));
                    v.insert("decode_error".into(), json!(e));
                }
            },
        }
        out.push(Value::Object(v));
    }
}
