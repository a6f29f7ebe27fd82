//! The YNL model: what a spec says, with every value resolved (attribute
//! numbers, enum values, message types), as the kernel's schemas
//! (`Documentation/netlink/{genetlink,genetlink-c,genetlink-legacy,netlink-raw}.yaml`)
//! define it. Built by [`crate::Spec::parse`]; read by the generators and
//! by nlctl's run-time codec.

use crate::yaml::Pos;

/// The schema a spec follows (`protocol:`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// `genetlink` (the default).
    Genetlink,
    /// `genetlink-c`: genetlink with C naming overrides.
    GenetlinkC,
    /// `genetlink-legacy`: adds fixed headers, structs, directional ops.
    GenetlinkLegacy,
    /// `netlink-raw`: a classic netlink family on `protonum`.
    NetlinkRaw,
}

impl Protocol {
    /// True for the three genetlink flavours.
    pub fn is_genetlink(self) -> bool {
        self != Protocol::NetlinkRaw
    }
}

/// A spec: one netlink family.
#[derive(Debug, Clone)]
pub struct Spec {
    /// The file it was read from (as given to the parser).
    pub file: String,
    /// `name`: the family name (genetlink: the name the controller knows).
    pub name: String,
    /// `doc`.
    pub doc: Option<String>,
    /// `protocol`.
    pub protocol: Protocol,
    /// The netlink protocol number: `protonum` for netlink-raw, 16
    /// (`NETLINK_GENERIC`) for genetlink.
    pub protonum: u16,
    /// `uapi-header`: where the family's UAPI header lives.
    pub uapi_header: Option<String>,
    /// genetlink-legacy `version` (default 1), sent in the genl header.
    pub version: u8,
    /// genetlink-c `c-family-name`: the define naming the family.
    pub c_family_name: Option<String>,
    /// genetlink-c `c-version-name`.
    pub c_version_name: Option<String>,
    /// genetlink-c `max-by-define`.
    pub max_by_define: bool,
    /// genetlink-c `cmd-max-name`.
    pub cmd_max_name: Option<String>,
    /// genetlink-c `cmd-cnt-name`.
    pub cmd_cnt_name: Option<String>,
    /// `definitions`: constants, enums, flags and structs.
    pub definitions: Vec<Definition>,
    /// `attribute-sets`.
    pub attribute_sets: Vec<AttrSet>,
    /// `sub-messages` (netlink-raw).
    pub sub_messages: Vec<SubMessage>,
    /// `operations`.
    pub operations: Operations,
    /// `mcast-groups`.
    pub mcast_groups: Vec<McastGroup>,
    /// Keys, types and hints the reader did not know (it went on without them).
    pub warnings: Vec<Warning>,
}

/// Something a spec says that this reader does not understand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// Where.
    pub pos: Pos,
    /// What.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: warning: {}", self.pos, self.message)
    }
}

/// Where a definition is rendered (`scope`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The UAPI header (default).
    Uapi,
    /// Kernel-side generated code only.
    Kernel,
    /// User-side generated code only.
    User,
}

/// One entry of `definitions`.
#[derive(Debug, Clone)]
pub struct Definition {
    /// `name`.
    pub name: String,
    /// `doc`.
    pub doc: Option<String>,
    /// `header`: defined in that header, not rendered.
    pub header: Option<String>,
    /// `scope`.
    pub scope: Scope,
    /// What it is.
    pub kind: DefKind,
    /// Where it is written.
    pub pos: Pos,
}

/// The kinds of definition.
#[derive(Debug, Clone)]
pub enum DefKind {
    /// `type: const`.
    Const(ConstValue),
    /// `type: enum`.
    Enum(EnumDef),
    /// `type: flags`: entry values are bit masks (`1 << n`).
    Flags(EnumDef),
    /// `type: struct`.
    Struct(Vec<Member>),
}

/// A constant's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConstValue {
    /// A number.
    Int(i64),
    /// A string (a C expression or text).
    Str(String),
}

/// An enum or flags set.
#[derive(Debug, Clone)]
pub struct EnumDef {
    /// Entries with their resolved values (flags: the mask).
    pub entries: Vec<EnumEntry>,
    /// `enum-name`: `None` = default name, `Some(None)` = anonymous enum.
    pub enum_name: Option<Option<String>>,
    /// `name-prefix` (default `<family>-<name>-`).
    pub name_prefix: Option<String>,
    /// `render-max`.
    pub render_max: bool,
}

/// One entry of an enum or flags set.
#[derive(Debug, Clone)]
pub struct EnumEntry {
    /// `name`.
    pub name: String,
    /// The value on the wire (for flags, `1 << bit`).
    pub value: u64,
    /// `doc`.
    pub doc: Option<String>,
}

/// A length or limit: a number or a name (a definition or `u32-max` etc.).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Limit {
    /// A literal.
    Int(i64),
    /// A name: a `const` definition or one of `{u,s}{8,16,32,64}-{min,max}`.
    Named(String),
}

/// Byte order of a scalar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ByteOrder {
    /// Host order (the default).
    #[default]
    Host,
    /// `little-endian`.
    Little,
    /// `big-endian` (network order).
    Big,
}

/// How to show a value (`display-hint`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DisplayHint {
    /// `hex`.
    Hex,
    /// `mac`.
    Mac,
    /// `fddi`.
    Fddi,
    /// `ipv4`.
    Ipv4,
    /// `ipv6`.
    Ipv6,
    /// `ipv4-or-v6` (newer kernels): by length.
    Ipv4OrV6,
    /// `uuid`.
    Uuid,
    /// A hint this reader does not know (warned about, shown as hex).
    Other(String),
}

/// A member of a struct definition.
#[derive(Debug, Clone)]
pub struct Member {
    /// `name`.
    pub name: String,
    /// `type`: scalar, `string`, `binary` or `pad`.
    pub ty: AttrType,
    /// `len` (binary, string, pad).
    pub len: Option<Limit>,
    /// `byte-order`.
    pub byte_order: ByteOrder,
    /// `enum`: values name entries of this definition.
    pub enum_name: Option<String>,
    /// `enum-as-flags`.
    pub enum_as_flags: bool,
    /// `display-hint`.
    pub display_hint: Option<DisplayHint>,
    /// `struct`: a binary member holding this struct.
    pub struct_name: Option<String>,
    /// `doc`.
    pub doc: Option<String>,
}

/// Attribute (and struct member) types.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttrType {
    /// `unused`: reserves a number.
    Unused,
    /// `pad`.
    Pad,
    /// `flag`: present or not, no payload.
    Flag,
    /// `binary`.
    Binary,
    /// `bitfield32`: `struct nla_bitfield32`.
    Bitfield32,
    /// `u8`.
    U8,
    /// `u16`.
    U16,
    /// `u32`.
    U32,
    /// `u64`.
    U64,
    /// `s8`.
    S8,
    /// `s16`.
    S16,
    /// `s32`.
    S32,
    /// `s64`.
    S64,
    /// `uint`: 4 or 8 bytes unsigned.
    Uint,
    /// `sint`: 4 or 8 bytes signed.
    Sint,
    /// `string`.
    String,
    /// `nest`: attributes of `nested-attributes`.
    Nest,
    /// `indexed-array`: a nest of `sub-type` elements numbered by index.
    IndexedArray,
    /// `nest-type-value`: a nest whose attribute types carry values.
    NestTypeValue,
    /// `sub-message`: format chosen by the `selector` attribute's value.
    SubMessage,
    /// A type this reader does not know (warned about; decoded as binary).
    Other(String),
}

impl AttrType {
    /// Parses a YNL type name; unknown names become [`AttrType::Other`].
    pub fn from_name(s: &str) -> AttrType {
        match s {
            "unused" => AttrType::Unused,
            "pad" => AttrType::Pad,
            "flag" => AttrType::Flag,
            "binary" => AttrType::Binary,
            "bitfield32" => AttrType::Bitfield32,
            "u8" => AttrType::U8,
            "u16" => AttrType::U16,
            "u32" => AttrType::U32,
            "u64" => AttrType::U64,
            "s8" => AttrType::S8,
            "s16" => AttrType::S16,
            "s32" => AttrType::S32,
            "s64" => AttrType::S64,
            "uint" => AttrType::Uint,
            "sint" => AttrType::Sint,
            "string" => AttrType::String,
            "nest" => AttrType::Nest,
            "indexed-array" => AttrType::IndexedArray,
            "nest-type-value" => AttrType::NestTypeValue,
            "sub-message" => AttrType::SubMessage,
            other => AttrType::Other(other.to_string()),
        }
    }

    /// The YNL name.
    pub fn name(&self) -> &str {
        match self {
            AttrType::Unused => "unused",
            AttrType::Pad => "pad",
            AttrType::Flag => "flag",
            AttrType::Binary => "binary",
            AttrType::Bitfield32 => "bitfield32",
            AttrType::U8 => "u8",
            AttrType::U16 => "u16",
            AttrType::U32 => "u32",
            AttrType::U64 => "u64",
            AttrType::S8 => "s8",
            AttrType::S16 => "s16",
            AttrType::S32 => "s32",
            AttrType::S64 => "s64",
            AttrType::Uint => "uint",
            AttrType::Sint => "sint",
            AttrType::String => "string",
            AttrType::Nest => "nest",
            AttrType::IndexedArray => "indexed-array",
            AttrType::NestTypeValue => "nest-type-value",
            AttrType::SubMessage => "sub-message",
            AttrType::Other(s) => s,
        }
    }

    /// Width in bytes of a fixed-size integer (`None` for others; `uint`
    /// and `sint` are 4 or 8 on the wire).
    pub fn int_width(&self) -> Option<usize> {
        match self {
            AttrType::U8 | AttrType::S8 => Some(1),
            AttrType::U16 | AttrType::S16 => Some(2),
            AttrType::U32 | AttrType::S32 => Some(4),
            AttrType::U64 | AttrType::S64 => Some(8),
            _ => None,
        }
    }

    /// True for the signed integer types.
    pub fn is_signed(&self) -> bool {
        matches!(
            self,
            AttrType::S8 | AttrType::S16 | AttrType::S32 | AttrType::S64 | AttrType::Sint
        )
    }

    /// True for every integer type (fixed or variable width).
    pub fn is_int(&self) -> bool {
        self.int_width().is_some() || matches!(self, AttrType::Uint | AttrType::Sint)
    }
}

/// `checks` on an attribute.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Checks {
    /// `min`.
    pub min: Option<Limit>,
    /// `max`.
    pub max: Option<Limit>,
    /// `min-len`.
    pub min_len: Option<Limit>,
    /// `max-len`.
    pub max_len: Option<Limit>,
    /// `exact-len`.
    pub exact_len: Option<Limit>,
    /// `unterminated-ok`.
    pub unterminated_ok: bool,
    /// `flags-mask`: the flags definition whose bits are allowed.
    pub flags_mask: Option<String>,
}

/// An attribute set.
#[derive(Debug, Clone)]
pub struct AttrSet {
    /// `name`.
    pub name: String,
    /// `doc`.
    pub doc: Option<String>,
    /// `name-prefix` (default `<family>-a-<set>-`).
    pub name_prefix: Option<String>,
    /// `enum-name`: `None` = default, `Some(None)` = anonymous.
    pub enum_name: Option<Option<String>>,
    /// `subset-of`: a part of that set (same numbers).
    pub subset_of: Option<String>,
    /// `attr-cnt-name`.
    pub attr_cnt_name: Option<String>,
    /// `attr-max-name`.
    pub attr_max_name: Option<String>,
    /// The attributes, numbers resolved.
    pub attributes: Vec<Attr>,
    /// Where it is written.
    pub pos: Pos,
}

impl AttrSet {
    /// The attribute called `name`.
    pub fn attr(&self, name: &str) -> Option<&Attr> {
        self.attributes.iter().find(|a| a.name == name)
    }

    /// The attribute numbered `value`.
    pub fn attr_by_value(&self, value: u16) -> Option<&Attr> {
        self.attributes.iter().find(|a| a.value == value)
    }

    /// The highest attribute number.
    pub fn max_value(&self) -> u16 {
        self.attributes.iter().map(|a| a.value).max().unwrap_or(0)
    }
}

/// One attribute.
#[derive(Debug, Clone)]
pub struct Attr {
    /// `name`.
    pub name: String,
    /// The attribute number (explicit `value` or the previous one + 1).
    pub value: u16,
    /// `type`.
    pub ty: AttrType,
    /// `doc`.
    pub doc: Option<String>,
    /// `byte-order`.
    pub byte_order: ByteOrder,
    /// `multi-attr`: may appear more than once.
    pub multi_attr: bool,
    /// `nested-attributes`: the set inside a nest / array elements.
    pub nested_attributes: Option<String>,
    /// `enum`: the enum or flags definition naming its values.
    pub enum_name: Option<String>,
    /// `enum-as-flags`.
    pub enum_as_flags: bool,
    /// `checks`.
    pub checks: Checks,
    /// `sub-type` of an indexed-array or binary array.
    pub sub_type: Option<AttrType>,
    /// `display-hint`.
    pub display_hint: Option<DisplayHint>,
    /// `struct`: a binary attribute holding this struct.
    pub struct_name: Option<String>,
    /// `sub-message`: the sub-message definition (type `sub-message`).
    pub sub_message: Option<String>,
    /// `selector`: the sibling attribute choosing the sub-message format.
    pub selector: Option<String>,
    /// `type-value` (nest-type-value).
    pub type_value: Vec<String>,
    /// Where it is written.
    pub pos: Pos,
}

/// A sub-message: formats chosen by a selector attribute's value.
#[derive(Debug, Clone)]
pub struct SubMessage {
    /// `name`.
    pub name: String,
    /// `formats`.
    pub formats: Vec<SubMessageFormat>,
}

/// One format of a sub-message.
#[derive(Debug, Clone)]
pub struct SubMessageFormat {
    /// `value`: the selector's value choosing this format.
    pub value: String,
    /// `fixed-header`: a struct before the attributes.
    pub fixed_header: Option<String>,
    /// `attribute-set`: the attributes after the header.
    pub attribute_set: Option<String>,
}

/// How message types are numbered (`enum-model`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnumModel {
    /// One enum, request and reply share a value.
    Unified,
    /// Requests and replies have their own values (`do.request.value`...).
    Directional,
}

/// `operations`.
#[derive(Debug, Clone)]
pub struct Operations {
    /// `enum-model`.
    pub enum_model: EnumModel,
    /// `name-prefix` (default `<family>-cmd-`).
    pub name_prefix: Option<String>,
    /// `enum-name`.
    pub enum_name: Option<Option<String>>,
    /// `async-prefix`.
    pub async_prefix: Option<String>,
    /// `async-enum`.
    pub async_enum: Option<Option<String>>,
    /// `fixed-header` for every operation.
    pub fixed_header: Option<String>,
    /// `list`.
    pub list: Vec<Operation>,
}

/// One operation.
#[derive(Debug, Clone)]
pub struct Operation {
    /// `name`.
    pub name: String,
    /// `doc`.
    pub doc: Option<String>,
    /// The message type / genl command (unified model: explicit `value` or
    /// the previous + 1; directional: the request's value, if any).
    pub value: u32,
    /// `attribute-set`.
    pub attribute_set: Option<String>,
    /// `flags: [admin-perm]`.
    pub admin_perm: bool,
    /// `dont-validate` entries.
    pub dont_validate: Vec<String>,
    /// `fixed-header` (this op's, else the operations').
    pub fixed_header: Option<String>,
    /// `do`.
    pub do_: Option<SubOp>,
    /// `dump`.
    pub dump: Option<SubOp>,
    /// `notify`: a notification shaped like that op's do reply.
    pub notify: Option<String>,
    /// `event`: an event with these attributes.
    pub event: Option<Vec<String>>,
    /// `mcgrp`: the group notifications go to.
    pub mcgrp: Option<String>,
    /// Where it is written.
    pub pos: Pos,
}

/// `do` or `dump`.
#[derive(Debug, Clone, Default)]
pub struct SubOp {
    /// `request`.
    pub request: Option<OpMsg>,
    /// `reply`.
    pub reply: Option<OpMsg>,
    /// `pre` (kernel hook).
    pub pre: Option<String>,
    /// `post` (kernel hook).
    pub post: Option<String>,
}

/// A request or reply: its type and attributes.
#[derive(Debug, Clone, Default)]
pub struct OpMsg {
    /// The message type (directional: `value`; unified: the op's).
    pub value: u32,
    /// Attribute names from the op's attribute set.
    pub attributes: Vec<String>,
}

/// A multicast group.
#[derive(Debug, Clone)]
pub struct McastGroup {
    /// `name`.
    pub name: String,
    /// `value` (netlink-raw group number; genetlink: from the controller).
    pub value: Option<u32>,
    /// `c-define-name` (genetlink-c).
    pub c_define_name: Option<String>,
    /// `flags` (e.g. `admin-perm`).
    pub flags: Vec<String>,
}
