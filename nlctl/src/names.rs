//! What nlctl knows about message types and attributes. rtnetlink and the
//! generic families come from their specs (`known`); the hand tables here
//! are only the control messages, the rtnetlink types no spec describes
//! (names only), generic netlink's controller and the nlkit modules A/B.
//!
//! Only tables and lookups; decoding is in `output`, encoding in `payload`.

use nlkit::families::genl::GENL_ID_CTRL;
use nlkit::wire::{msgtype, FlagContext};
use nlkit_spec::{AttrSet, Operation, Spec};

use crate::known;
use crate::spec_codec;

/// How an attribute's value is shown (and parsed from `--attr NAME:...`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Unsigned 8-bit.
    U8,
    /// Unsigned 16-bit, host order.
    U16,
    /// Unsigned 32-bit, host order.
    U32,
    /// Unsigned 64-bit, host order.
    U64,
    /// Signed 32-bit.
    I32,
    /// NUL-terminated string.
    Str,
    /// Opaque bytes (hex).
    Bytes,
    /// Bytes shown as text when printable (module payloads).
    Text,
    /// A link-layer address (aa:bb:..).
    Mac,
    /// An IPv4 or IPv6 address.
    Ip,
    /// A flag (no value).
    Flag,
    /// Nested attributes with their own table.
    Nested(&'static [AttrDef]),
    /// A nested list whose items (types 1, 2, ...) are nests of this table.
    Array(&'static [AttrDef]),
}

/// One known attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AttrDef {
    /// Attribute type number.
    pub ty: u16,
    /// Its name (`IFLA_IFNAME`).
    pub name: &'static str,
    /// How to show its value.
    pub kind: Kind,
}

const fn a(ty: u16, name: &'static str, kind: Kind) -> AttrDef {
    AttrDef { ty, name, kind }
}

/// The fixed family header that precedes the attributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fixed {
    /// No family header: attributes (if any) start at once.
    None,
    /// `struct genlmsghdr` (4 bytes).
    Genl,
}

impl Fixed {
    /// Length in bytes.
    pub fn size(self) -> usize {
        match self {
            Fixed::None => 0,
            Fixed::Genl => 4,
        }
    }
}

/// How a payload is laid out.
#[derive(Clone, Copy, Debug)]
pub enum Layout {
    /// Family header then attributes of `attrs` (unknown types shown raw).
    Attrs(Fixed, &'static [AttrDef]),
    /// Opaque payload: shown as text when printable, else hex.
    Raw,
    /// Described by a spec's operation (fixed header and attribute set);
    /// `genl`: a genetlink header comes first.
    Spec {
        /// The spec.
        spec: &'static Spec,
        /// The operation whose shape the message has.
        op: &'static Operation,
        /// A `genlmsghdr` precedes the fixed header.
        genl: bool,
    },
}

/// Everything known about one message type on one protocol.
#[derive(Clone, Copy, Debug)]
pub struct MsgInfo {
    /// The type's name, when known.
    pub name: Option<&'static str>,
    /// The layout of its payload.
    pub layout: Layout,
    /// How to name the context-dependent flag bits.
    pub ctx: FlagContext,
}

const CONTROL: &[(u16, &str)] = &[
    (msgtype::NOOP, "NLMSG_NOOP"),
    (msgtype::ERROR, "NLMSG_ERROR"),
    (msgtype::DONE, "NLMSG_DONE"),
    (msgtype::OVERRUN, "NLMSG_OVERRUN"),
];

/// rtnetlink message types no spec describes (names only; the others
/// come from the specs, see `known`).
pub const RTM_UNSPECIFIED: &[(u16, &str)] = &[
    (48, "RTM_NEWACTION"),
    (49, "RTM_DELACTION"),
    (50, "RTM_GETACTION"),
    (52, "RTM_NEWPREFIX"),
    (56, "RTM_NEWMULTICAST"),
    (60, "RTM_NEWANYCAST"),
    (62, "RTM_GETANYCAST"),
    (64, "RTM_NEWNEIGHTBL"),
    (66, "RTM_GETNEIGHTBL"),
    (67, "RTM_SETNEIGHTBL"),
    (68, "RTM_NEWNDUSEROPT"),
    (72, "RTM_NEWADDRLABEL"),
    (73, "RTM_DELADDRLABEL"),
    (74, "RTM_GETADDRLABEL"),
    (78, "RTM_GETDCB"),
    (79, "RTM_SETDCB"),
    (80, "RTM_NEWNETCONF"),
    (81, "RTM_DELNETCONF"),
    (82, "RTM_GETNETCONF"),
    (84, "RTM_NEWMDB"),
    (85, "RTM_DELMDB"),
    (86, "RTM_GETMDB"),
    (88, "RTM_NEWNSID"),
    (89, "RTM_DELNSID"),
    (90, "RTM_GETNSID"),
    (96, "RTM_NEWCACHEREPORT"),
    (108, "RTM_NEWLINKPROP"),
    (109, "RTM_DELLINKPROP"),
    (112, "RTM_NEWVLAN"),
    (113, "RTM_DELVLAN"),
    (114, "RTM_GETVLAN"),
    (116, "RTM_NEWNEXTHOPBUCKET"),
    (117, "RTM_DELNEXTHOPBUCKET"),
    (118, "RTM_GETNEXTHOPBUCKET"),
    (120, "RTM_NEWTUNNEL"),
    (121, "RTM_DELTUNNEL"),
    (122, "RTM_GETTUNNEL"),
];

/// Generic netlink controller commands (`CTRL_CMD_*`).
pub const CTRL_CMD: &[(u8, &str)] = &[
    (0, "CTRL_CMD_UNSPEC"),
    (1, "CTRL_CMD_NEWFAMILY"),
    (2, "CTRL_CMD_DELFAMILY"),
    (3, "CTRL_CMD_GETFAMILY"),
    (4, "CTRL_CMD_NEWOPS"),
    (5, "CTRL_CMD_DELOPS"),
    (6, "CTRL_CMD_GETOPS"),
    (7, "CTRL_CMD_NEWMCAST_GRP"),
    (8, "CTRL_CMD_DELMCAST_GRP"),
    (9, "CTRL_CMD_GETMCAST_GRP"),
    (10, "CTRL_CMD_GETPOLICY"),
];

const CTRL_OP: &[AttrDef] = &[
    a(1, "CTRL_ATTR_OP_ID", Kind::U32),
    a(2, "CTRL_ATTR_OP_FLAGS", Kind::U32),
];

const CTRL_MCAST: &[AttrDef] = &[
    a(1, "CTRL_ATTR_MCAST_GRP_NAME", Kind::Str),
    a(2, "CTRL_ATTR_MCAST_GRP_ID", Kind::U32),
];

/// Generic netlink controller attributes (`CTRL_ATTR_*`).
pub const CTRL_ATTR: &[AttrDef] = &[
    a(1, "CTRL_ATTR_FAMILY_ID", Kind::U16),
    a(2, "CTRL_ATTR_FAMILY_NAME", Kind::Str),
    a(3, "CTRL_ATTR_VERSION", Kind::U32),
    a(4, "CTRL_ATTR_HDRSIZE", Kind::U32),
    a(5, "CTRL_ATTR_MAXATTR", Kind::U32),
    a(6, "CTRL_ATTR_OPS", Kind::Array(CTRL_OP)),
    a(7, "CTRL_ATTR_MCAST_GROUPS", Kind::Array(CTRL_MCAST)),
    a(8, "CTRL_ATTR_POLICY", Kind::Bytes),
    a(9, "CTRL_ATTR_OP_POLICY", Kind::Bytes),
    a(10, "CTRL_ATTR_OP", Kind::U32),
];

/// Names of the `GENL_*` operation flags, by bit.
pub const GENL_OP_FLAGS: &[(u32, &str)] = &[
    (0x01, "ADMIN_PERM"),
    (0x02, "CMD_CAP_DO"),
    (0x04, "CMD_CAP_DUMP"),
    (0x08, "CMD_CAP_HASPOL"),
    (0x10, "UNS_ADMIN_PERM"),
];

/// Message types of the nlkit kernel modules A/B (`NLKIT_MOD_MSG_*`).
pub const NLMOD_MSG: &[(u16, &str)] = &[
    (0x10, "NLKIT_MOD_MSG_ECHO"),
    (0x11, "NLKIT_MOD_MSG_GET_STATS"),
    (0x12, "NLKIT_MOD_MSG_SET_CONFIG"),
    (0x13, "NLKIT_MOD_MSG_GET_CONFIG"),
    (0x14, "NLKIT_MOD_MSG_SUBSCRIBE"),
    (0x15, "NLKIT_MOD_MSG_UNSUBSCRIBE"),
    (0x16, "NLKIT_MOD_MSG_TRIGGER"),
    (0x17, "NLKIT_MOD_MSG_GET_SUBSCRIBERS"),
    (0x18, "NLKIT_MOD_MSG_PUSH"),
    (0x19, "NLKIT_MOD_MSG_EVENT"),
    (0x1a, "NLKIT_MOD_MSG_CONFIG_CHANGED"),
];

const NLMOD_STAT: &[AttrDef] = &[
    a(1, "NLKIT_MOD_STAT_MSGS_IN", Kind::U64),
    a(2, "NLKIT_MOD_STAT_BARE_IN", Kind::U64),
    a(3, "NLKIT_MOD_STAT_REQUESTS_IN", Kind::U64),
    a(4, "NLKIT_MOD_STAT_ERRORS", Kind::U64),
    a(5, "NLKIT_MOD_STAT_REPLIES_OUT", Kind::U64),
    a(6, "NLKIT_MOD_STAT_SUBSCRIBERS", Kind::U64),
    a(7, "NLKIT_MOD_STAT_SUBSCRIBE_REJECTED", Kind::U64),
    a(8, "NLKIT_MOD_STAT_EVENTS", Kind::U64),
    a(9, "NLKIT_MOD_STAT_EVENTS_TIMER", Kind::U64),
    a(10, "NLKIT_MOD_STAT_EVENTS_WORK", Kind::U64),
    a(11, "NLKIT_MOD_STAT_EVENTS_TRIGGER", Kind::U64),
    a(12, "NLKIT_MOD_STAT_EVENTS_REQUEST", Kind::U64),
    a(13, "NLKIT_MOD_STAT_PUSH_SENT", Kind::U64),
    a(14, "NLKIT_MOD_STAT_PUSH_DELIVERED", Kind::U64),
    a(15, "NLKIT_MOD_STAT_PUSH_DROPPED", Kind::U64),
    a(16, "NLKIT_MOD_STAT_PUSH_GONE", Kind::U64),
    a(17, "NLKIT_MOD_STAT_SUBS_RELEASED", Kind::U64),
    a(18, "NLKIT_MOD_STAT_BCAST_SENT", Kind::U64),
    a(19, "NLKIT_MOD_STAT_BCAST_DELIVERED", Kind::U64),
    a(20, "NLKIT_MOD_STAT_BCAST_NO_LISTENER", Kind::U64),
    a(21, "NLKIT_MOD_STAT_BCAST_FAILED", Kind::U64),
    a(22, "NLKIT_MOD_STAT_PAD", Kind::Bytes),
];

/// Attributes of the nlkit kernel modules (`NLKIT_MOD_A_*`).
pub const NLMOD_ATTR: &[AttrDef] = &[
    a(1, "NLKIT_MOD_A_PAYLOAD", Kind::Text),
    a(2, "NLKIT_MOD_A_PORTID", Kind::U32),
    a(3, "NLKIT_MOD_A_SOURCE", Kind::U32),
    a(4, "NLKIT_MOD_A_SEQ", Kind::U64),
    a(5, "NLKIT_MOD_A_GROUP", Kind::U32),
    a(6, "NLKIT_MOD_A_TIMER_MS", Kind::U32),
    a(7, "NLKIT_MOD_A_WORK_MS", Kind::U32),
    a(8, "NLKIT_MOD_A_NAME", Kind::Str),
    a(9, "NLKIT_MOD_A_RESET_STATS", Kind::Flag),
    a(10, "NLKIT_MOD_A_STATS", Kind::Nested(NLMOD_STAT)),
    a(11, "NLKIT_MOD_A_PROTOCOL", Kind::U32),
    a(12, "NLKIT_MOD_A_VERSION", Kind::U32),
    a(13, "NLKIT_MOD_A_GROUPS", Kind::U32),
    a(14, "NLKIT_MOD_A_MAX_SUBSCRIBERS", Kind::U32),
    a(15, "NLKIT_MOD_A_TIMESTAMP_NS", Kind::U64),
    a(16, "NLKIT_MOD_A_PAD", Kind::Bytes),
    a(17, "NLKIT_MOD_A_COOKIE", Kind::U64),
];

/// Protocol numbers of the nlkit kernel modules A and B.
pub const NLMOD_PROTOCOLS: [u32; 2] = [17, 18];

fn lookup<T: Copy + PartialEq>(table: &[(T, &'static str)], v: T) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == v).map(|(_, n)| *n)
}

/// The name of generic netlink controller command `cmd`.
pub fn ctrl_cmd_name(cmd: u8) -> Option<&'static str> {
    lookup(CTRL_CMD, cmd)
}

/// What is known about message type `ty` on protocol `proto`.
pub fn msg_info(proto: u32, ty: u16, genl_cmd: Option<u8>) -> MsgInfo {
    if let Some(name) = lookup(CONTROL, ty) {
        return MsgInfo {
            name: Some(name),
            layout: Layout::Raw,
            ctx: FlagContext::for_type(ty),
        };
    }
    let raw = MsgInfo {
        name: None,
        layout: Layout::Raw,
        ctx: FlagContext::Unknown,
    };
    match proto {
        0 => {
            if let Some((r, op)) = known::route_type(ty) {
                return MsgInfo {
                    name: known::route_type_name(ty),
                    layout: Layout::Spec {
                        spec: &r.spec,
                        op,
                        genl: false,
                    },
                    ctx: rtm_context(ty),
                };
            }
            match lookup(RTM_UNSPECIFIED, ty) {
                Some(name) => MsgInfo {
                    name: Some(name),
                    ctx: rtm_context(ty),
                    ..raw
                },
                None => raw,
            }
        }
        16 if ty == GENL_ID_CTRL => MsgInfo {
            name: Some("nlctrl"),
            layout: Layout::Attrs(Fixed::Genl, CTRL_ATTR),
            ctx: match genl_cmd {
                Some(1 | 4 | 7) => FlagContext::New,
                Some(2 | 5 | 8) => FlagContext::Delete,
                Some(3 | 6 | 9 | 10) => FlagContext::Get,
                _ => FlagContext::Unknown,
            },
        },
        16 => {
            let spec = known::genl_family_name(ty).and_then(|n| Some((n, known::genl_spec(n)?)));
            let op = spec.zip(genl_cmd).and_then(|((_, s), c)| {
                let op = s.op_for_reply(u32::from(c))?;
                Some((s, op))
            });
            match op {
                Some((spec, op)) => MsgInfo {
                    name: known::genl_family_name(ty),
                    layout: Layout::Spec {
                        spec,
                        op,
                        genl: true,
                    },
                    ctx: genl_context(&op.name),
                },
                None => MsgInfo {
                    name: known::genl_family_name(ty),
                    layout: Layout::Attrs(Fixed::Genl, &[]),
                    ctx: FlagContext::Unknown,
                },
            }
        }
        p if NLMOD_PROTOCOLS.contains(&p) => match lookup(NLMOD_MSG, ty) {
            Some(name) => MsgInfo {
                name: Some(name),
                layout: Layout::Attrs(Fixed::None, NLMOD_ATTR),
                ctx: if name.contains("_GET_") {
                    FlagContext::Get
                } else {
                    FlagContext::Unknown
                },
            },
            None => raw,
        },
        _ => raw,
    }
}

/// The flag context of a generic netlink operation, from its name
/// (`dev-get`, `linkinfo-set`, `getfamily`, `add-addr`).
fn genl_context(op: &str) -> FlagContext {
    let has = |w: &str| op.split('-').any(|p| p == w) || op.starts_with(w);
    if has("get") || has("dump") {
        FlagContext::Get
    } else if has("del") || has("delete") || has("remove") {
        FlagContext::Delete
    } else if has("new") || has("add") || has("set") || has("create") {
        FlagContext::New
    } else {
        FlagContext::Unknown
    }
}

/// rtnetlink types come in fours: NEW, DEL, GET, SET.
fn rtm_context(ty: u16) -> FlagContext {
    match ty % 4 {
        0 => FlagContext::New,
        1 => FlagContext::Delete,
        2 => FlagContext::Get,
        _ => FlagContext::Unknown,
    }
}

/// Parse a message type given by name on protocol `proto`: a control type
/// (`NLMSG_DONE`), an rtnetlink type (`RTM_GETLINK` or `getlink`), `nlctrl`
/// on generic netlink, or a module type (`NLKIT_MOD_MSG_ECHO` or `echo`).
pub fn type_by_name(proto: u32, name: &str) -> Option<u16> {
    let up = name.to_ascii_uppercase();
    let find = |table: &[(u16, &'static str)], prefix: &str| {
        table
            .iter()
            .find(|(_, n)| *n == up || n.strip_prefix(prefix) == Some(up.as_str()))
            .map(|(t, _)| *t)
    };
    if let Some(t) = find(CONTROL, "NLMSG_") {
        return Some(t);
    }
    match proto {
        0 => known::route_type_by_name(name).or_else(|| find(RTM_UNSPECIFIED, "RTM_")),
        16 if up == "NLCTRL" || up == "GENL_ID_CTRL" => Some(GENL_ID_CTRL),
        p if NLMOD_PROTOCOLS.contains(&p) => find(NLMOD_MSG, "NLKIT_MOD_MSG_"),
        _ => None,
    }
}

/// Find an attribute in `table` by name: exact (`IFLA_IFNAME`), case
/// insensitive, or without its prefix (`ifname`).
pub fn attr_by_name(table: &[AttrDef], name: &str) -> Option<AttrDef> {
    const PREFIXES: &[&str] = &["CTRL_ATTR_", "NLKIT_MOD_A_", "NLKIT_MOD_STAT_"];
    let up = name.to_ascii_uppercase();
    table.iter().copied().find(|d| {
        d.name == up
            || PREFIXES
                .iter()
                .any(|p| d.name.strip_prefix(p) == Some(up.as_str()))
    })
}

/// Find an attribute in `table` by type.
pub fn attr_by_type(table: &[AttrDef], ty: u16) -> Option<AttrDef> {
    table.iter().copied().find(|d| d.ty == ty)
}

/// Where the names of a level of attributes come from.
#[derive(Clone, Copy, Debug)]
pub enum Table {
    /// A hand table (controller, modules).
    Hand(&'static [AttrDef]),
    /// A spec's attribute set.
    Spec(&'static Spec, &'static AttrSet),
}

impl Table {
    /// No names at all.
    pub const EMPTY: Table = Table::Hand(&[]);

    /// The table of a nest: a hand table's child, or the set a spec
    /// attribute's `nested-attributes` names.
    fn child(self, ty: u16) -> Table {
        match self {
            Table::Hand(t) => {
                attr_by_type(t, ty).map_or(Table::EMPTY, |d| Table::Hand(child_table(d.kind)))
            }
            Table::Spec(spec, set) => set
                .attr_by_value(ty)
                .and_then(|a| a.nested_attributes.as_deref())
                .and_then(|n| spec.attr_set(n))
                .map_or(Table::EMPTY, |s| Table::Spec(spec, s)),
        }
    }

    /// An attribute by name (see [`attr_by_name`] and
    /// [`spec_codec::attr_by_user_name`]): its type and the table of its children.
    pub fn by_name(self, name: &str) -> Option<(u16, Table)> {
        let ty = match self {
            Table::Hand(t) => attr_by_name(t, name)?.ty,
            Table::Spec(spec, set) => spec_codec::attr_by_user_name(spec, set, name)?.value,
        };
        Some((ty, self.child(ty)))
    }

    /// An attribute's name by type, and the table of its children.
    pub fn by_type(self, ty: u16) -> Option<(String, Table)> {
        let name = match self {
            Table::Hand(t) => attr_by_type(t, ty)?.name.to_string(),
            Table::Spec(spec, set) => spec_codec::c_name(spec, set, set.attr_by_value(ty)?),
        };
        Some((name, self.child(ty)))
    }

    /// The table of a nest of type `ty` (empty when unknown).
    pub fn nest(self, ty: u16) -> Table {
        self.child(ty)
    }

    /// Every name, for error messages.
    pub fn names(self) -> Vec<String> {
        match self {
            Table::Hand(t) => t.iter().map(|d| d.name.to_string()).collect(),
            Table::Spec(spec, set) => set
                .attributes
                .iter()
                .filter(|a| a.value != 0)
                .map(|a| spec_codec::c_name(spec, set, a))
                .collect(),
        }
    }

    /// True when nothing is known.
    pub fn is_empty(self) -> bool {
        match self {
            Table::Hand(t) => t.is_empty(),
            Table::Spec(_, set) => set.attributes.is_empty(),
        }
    }
}

/// The attributes of a message's layout.
pub fn layout_table(layout: Layout) -> Table {
    match layout {
        Layout::Attrs(_, t) => Table::Hand(t),
        Layout::Raw => Table::EMPTY,
        Layout::Spec { spec, op, .. } => spec
            .shape_of(op)
            .attribute_set
            .as_deref()
            .and_then(|s| spec.attr_set(s))
            .map_or(Table::EMPTY, |s| Table::Spec(spec, s)),
    }
}

/// The attribute table a message type's attributes are read with
/// (`genl_cmd`: the generic netlink command, for families with a spec).
pub fn attr_table(proto: u32, ty: u16, genl_cmd: Option<u8>) -> Table {
    layout_table(msg_info(proto, ty, genl_cmd).layout)
}

/// The table for the children of a nest of kind `kind`.
pub fn child_table(kind: Kind) -> &'static [AttrDef] {
    match kind {
        Kind::Nested(t) | Kind::Array(t) => t,
        _ => &[],
    }
}

/// Names of the `IFF_*` device flags, by bit.
pub const IFF: &[(u32, &str)] = &[
    (0x1, "UP"),
    (0x2, "BROADCAST"),
    (0x4, "DEBUG"),
    (0x8, "LOOPBACK"),
    (0x10, "POINTOPOINT"),
    (0x20, "NOTRAILERS"),
    (0x40, "RUNNING"),
    (0x80, "NOARP"),
    (0x100, "PROMISC"),
    (0x200, "ALLMULTI"),
    (0x400, "MASTER"),
    (0x800, "SLAVE"),
    (0x1000, "MULTICAST"),
    (0x2000, "PORTSEL"),
    (0x4000, "AUTOMEDIA"),
    (0x8000, "DYNAMIC"),
    (0x10000, "LOWER_UP"),
    (0x20000, "DORMANT"),
    (0x40000, "ECHO"),
];

/// Names of the set bits of `v` from `table`; unnamed bits as hex.
pub fn bit_names(table: &[(u32, &str)], v: u32) -> Vec<String> {
    let mut out = Vec::new();
    for bit in 0..32 {
        let m = 1u32 << bit;
        if v & m != 0 {
            match table.iter().find(|(b, _)| *b == m) {
                Some((_, n)) => out.push((*n).to_string()),
                None => out.push(format!("{m:#x}")),
            }
        }
    }
    out
}

/// The errno whose name (`ENOENT`) a message mentions, if any.
pub fn errno_in_text(text: &str) -> Option<i32> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.len() > 2 && w.starts_with('E'))
        .find_map(|w| ERRNOS.iter().find(|(_, n)| *n == w).map(|(e, _)| *e))
}

/// The symbolic name of errno `e`, for the common ones.
pub fn errno_name(e: i32) -> Option<&'static str> {
    lookup(ERRNOS, e)
}

const ERRNOS: &[(i32, &str)] = {
    use libc::*;
    &[
        (EPERM, "EPERM"),
        (ENOENT, "ENOENT"),
        (ESRCH, "ESRCH"),
        (EINTR, "EINTR"),
        (EIO, "EIO"),
        (ENXIO, "ENXIO"),
        (E2BIG, "E2BIG"),
        (EBADF, "EBADF"),
        (EAGAIN, "EAGAIN"),
        (ENOMEM, "ENOMEM"),
        (EACCES, "EACCES"),
        (EFAULT, "EFAULT"),
        (EBUSY, "EBUSY"),
        (EEXIST, "EEXIST"),
        (ENODEV, "ENODEV"),
        (EINVAL, "EINVAL"),
        (ENOSPC, "ENOSPC"),
        (ERANGE, "ERANGE"),
        (EMSGSIZE, "EMSGSIZE"),
        (ENOPROTOOPT, "ENOPROTOOPT"),
        (EPROTONOSUPPORT, "EPROTONOSUPPORT"),
        (EOPNOTSUPP, "EOPNOTSUPP"),
        (EAFNOSUPPORT, "EAFNOSUPPORT"),
        (EADDRINUSE, "EADDRINUSE"),
        (ENETDOWN, "ENETDOWN"),
        (ENOBUFS, "ENOBUFS"),
        (ENOTCONN, "ENOTCONN"),
        (ETIMEDOUT, "ETIMEDOUT"),
        (ECONNREFUSED, "ECONNREFUSED"),
        (EALREADY, "EALREADY"),
        (EINPROGRESS, "EINPROGRESS"),
    ]
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_resolve() {
        assert_eq!(type_by_name(0, "RTM_GETLINK"), Some(18));
        assert_eq!(type_by_name(0, "getroute"), Some(26));
        assert_eq!(type_by_name(16, "nlctrl"), Some(0x10));
        assert_eq!(type_by_name(17, "echo"), Some(0x10));
        assert_eq!(type_by_name(2, "done"), Some(3));
        assert_eq!(type_by_name(2, "getlink"), None);
        let link = attr_table(0, 16, None);
        assert_eq!(link.by_name("ifname").map(|d| d.0), Some(3));
        assert_eq!(link.by_name("IFLA_MTU").map(|d| d.0), Some(4));
        assert_eq!(type_by_name(0, "getnexthop"), Some(106));
        assert_eq!(type_by_name(0, "RTM_GETNETCONF"), Some(82));
        assert_eq!(
            attr_by_name(CTRL_ATTR, "family_name").map(|d| d.ty),
            Some(2)
        );
        assert_eq!(attr_by_name(NLMOD_ATTR, "payload").map(|d| d.ty), Some(1));
        let info = link.by_name("linkinfo").unwrap().1;
        assert_eq!(info.by_name("info_kind").map(|d| d.0), Some(1));
        assert_eq!(
            link.by_type(18).map(|d| d.0),
            Some("IFLA_LINKINFO".to_string())
        );
        assert!(link.by_name("nonsense").is_none());
    }

    #[test]
    fn rtm_contexts() {
        assert_eq!(msg_info(0, 16, None).ctx, FlagContext::New);
        assert_eq!(msg_info(0, 17, None).ctx, FlagContext::Delete);
        assert_eq!(msg_info(0, 18, None).ctx, FlagContext::Get);
        assert_eq!(msg_info(0, 2, None).ctx, FlagContext::Ack);
    }
}

#[cfg(test)]
mod nlmod_tables {
    use super::*;
    use nlkit::families::nlmod::{attr, msg, stat};

    /// The display tables agree with the library's module constants.
    #[test]
    fn match_the_library() {
        let ty = |n: &str| NLMOD_MSG.iter().find(|(_, x)| *x == n).map(|(t, _)| *t);
        assert_eq!(ty("NLKIT_MOD_MSG_ECHO"), Some(msg::ECHO));
        assert_eq!(
            ty("NLKIT_MOD_MSG_GET_SUBSCRIBERS"),
            Some(msg::GET_SUBSCRIBERS)
        );
        assert_eq!(
            ty("NLKIT_MOD_MSG_CONFIG_CHANGED"),
            Some(msg::CONFIG_CHANGED)
        );
        let at = |n: &str| attr_by_name(NLMOD_ATTR, n).map(|d| d.ty);
        assert_eq!(at("PAYLOAD"), Some(attr::PAYLOAD));
        assert_eq!(at("STATS"), Some(attr::STATS));
        assert_eq!(at("TIMESTAMP_NS"), Some(attr::TIMESTAMP_NS));
        assert_eq!(at("PAD"), Some(attr::PAD));
        assert_eq!(at("COOKIE"), Some(attr::COOKIE));
        let st = attr_by_type(NLMOD_ATTR, attr::STATS)
            .map(|d| child_table(d.kind))
            .unwrap();
        assert_eq!(
            attr_by_name(st, "BCAST_FAILED").map(|d| d.ty),
            Some(stat::BCAST_FAILED)
        );
        assert_eq!(
            attr_by_name(st, "MSGS_IN").map(|d| d.ty),
            Some(stat::MSGS_IN)
        );
    }
}
