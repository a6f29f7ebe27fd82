//! What nlctl knows about message types and attributes: names and value
//! kinds for the control messages, rtnetlink (links, addresses, routes),
//! generic netlink's controller and the nlkit kernel modules A/B.
//!
//! Only tables and lookups; decoding is in `output`, encoding in `payload`.

use nlkit::families::genl::GENL_ID_CTRL;
use nlkit::wire::{msgtype, FlagContext};

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
    /// `struct ifinfomsg` (16 bytes).
    IfInfo,
    /// `struct ifaddrmsg` (8 bytes).
    IfAddr,
    /// `struct rtmsg` (12 bytes).
    Rt,
}

impl Fixed {
    /// Length in bytes.
    pub fn size(self) -> usize {
        match self {
            Fixed::None => 0,
            Fixed::Genl => 4,
            Fixed::IfInfo => 16,
            Fixed::IfAddr => 8,
            Fixed::Rt => 12,
        }
    }
}

/// How a payload is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Family header then attributes of `attrs` (unknown types shown raw).
    Attrs(Fixed, &'static [AttrDef]),
    /// Opaque payload: shown as text when printable, else hex.
    Raw,
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

/// rtnetlink message types (`RTM_*`).
pub const RTM: &[(u16, &str)] = &[
    (16, "RTM_NEWLINK"),
    (17, "RTM_DELLINK"),
    (18, "RTM_GETLINK"),
    (19, "RTM_SETLINK"),
    (20, "RTM_NEWADDR"),
    (21, "RTM_DELADDR"),
    (22, "RTM_GETADDR"),
    (24, "RTM_NEWROUTE"),
    (25, "RTM_DELROUTE"),
    (26, "RTM_GETROUTE"),
    (28, "RTM_NEWNEIGH"),
    (29, "RTM_DELNEIGH"),
    (30, "RTM_GETNEIGH"),
    (32, "RTM_NEWRULE"),
    (33, "RTM_DELRULE"),
    (34, "RTM_GETRULE"),
    (36, "RTM_NEWQDISC"),
    (37, "RTM_DELQDISC"),
    (38, "RTM_GETQDISC"),
    (40, "RTM_NEWTCLASS"),
    (41, "RTM_DELTCLASS"),
    (42, "RTM_GETTCLASS"),
    (44, "RTM_NEWTFILTER"),
    (45, "RTM_DELTFILTER"),
    (46, "RTM_GETTFILTER"),
    (80, "RTM_NEWNETCONF"),
    (81, "RTM_DELNETCONF"),
    (82, "RTM_GETNETCONF"),
    (88, "RTM_NEWNSID"),
    (89, "RTM_DELNSID"),
    (90, "RTM_GETNSID"),
];

const IFLA_INFO: &[AttrDef] = &[
    a(1, "IFLA_INFO_KIND", Kind::Str),
    a(2, "IFLA_INFO_DATA", Kind::Bytes),
    a(3, "IFLA_INFO_XSTATS", Kind::Bytes),
    a(4, "IFLA_INFO_SLAVE_KIND", Kind::Str),
    a(5, "IFLA_INFO_SLAVE_DATA", Kind::Bytes),
];

const IFLA_PROP: &[AttrDef] = &[a(53, "IFLA_ALT_IFNAME", Kind::Str)];

/// Link attributes (`IFLA_*`).
pub const IFLA: &[AttrDef] = &[
    a(1, "IFLA_ADDRESS", Kind::Mac),
    a(2, "IFLA_BROADCAST", Kind::Mac),
    a(3, "IFLA_IFNAME", Kind::Str),
    a(4, "IFLA_MTU", Kind::U32),
    a(5, "IFLA_LINK", Kind::U32),
    a(6, "IFLA_QDISC", Kind::Str),
    a(7, "IFLA_STATS", Kind::Bytes),
    a(10, "IFLA_MASTER", Kind::U32),
    a(12, "IFLA_PROTINFO", Kind::Bytes),
    a(13, "IFLA_TXQLEN", Kind::U32),
    a(14, "IFLA_MAP", Kind::Bytes),
    a(16, "IFLA_OPERSTATE", Kind::U8),
    a(17, "IFLA_LINKMODE", Kind::U8),
    a(18, "IFLA_LINKINFO", Kind::Nested(IFLA_INFO)),
    a(19, "IFLA_NET_NS_PID", Kind::U32),
    a(20, "IFLA_IFALIAS", Kind::Str),
    a(21, "IFLA_NUM_VF", Kind::U32),
    a(23, "IFLA_STATS64", Kind::Bytes),
    a(26, "IFLA_AF_SPEC", Kind::Bytes),
    a(27, "IFLA_GROUP", Kind::U32),
    a(28, "IFLA_NET_NS_FD", Kind::U32),
    a(29, "IFLA_EXT_MASK", Kind::U32),
    a(30, "IFLA_PROMISCUITY", Kind::U32),
    a(31, "IFLA_NUM_TX_QUEUES", Kind::U32),
    a(32, "IFLA_NUM_RX_QUEUES", Kind::U32),
    a(33, "IFLA_CARRIER", Kind::U8),
    a(34, "IFLA_PHYS_PORT_ID", Kind::Bytes),
    a(35, "IFLA_CARRIER_CHANGES", Kind::U32),
    a(36, "IFLA_PHYS_SWITCH_ID", Kind::Bytes),
    a(37, "IFLA_LINK_NETNSID", Kind::I32),
    a(38, "IFLA_PHYS_PORT_NAME", Kind::Str),
    a(39, "IFLA_PROTO_DOWN", Kind::U8),
    a(40, "IFLA_GSO_MAX_SEGS", Kind::U32),
    a(41, "IFLA_GSO_MAX_SIZE", Kind::U32),
    a(42, "IFLA_PAD", Kind::Bytes),
    a(43, "IFLA_XDP", Kind::Bytes),
    a(44, "IFLA_EVENT", Kind::U32),
    a(45, "IFLA_NEW_NETNSID", Kind::I32),
    a(46, "IFLA_TARGET_NETNSID", Kind::I32),
    a(47, "IFLA_CARRIER_UP_COUNT", Kind::U32),
    a(48, "IFLA_CARRIER_DOWN_COUNT", Kind::U32),
    a(49, "IFLA_NEW_IFINDEX", Kind::I32),
    a(50, "IFLA_MIN_MTU", Kind::U32),
    a(51, "IFLA_MAX_MTU", Kind::U32),
    a(52, "IFLA_PROP_LIST", Kind::Nested(IFLA_PROP)),
    a(53, "IFLA_ALT_IFNAME", Kind::Str),
    a(54, "IFLA_PERM_ADDRESS", Kind::Mac),
    a(55, "IFLA_PROTO_DOWN_REASON", Kind::Bytes),
    a(56, "IFLA_PARENT_DEV_NAME", Kind::Str),
    a(57, "IFLA_PARENT_DEV_BUS_NAME", Kind::Str),
    a(58, "IFLA_GRO_MAX_SIZE", Kind::U32),
    a(59, "IFLA_TSO_MAX_SIZE", Kind::U32),
    a(60, "IFLA_TSO_MAX_SEGS", Kind::U32),
    a(61, "IFLA_ALLMULTI", Kind::U32),
    a(62, "IFLA_DEVLINK_PORT", Kind::Bytes),
    a(63, "IFLA_GSO_IPV4_MAX_SIZE", Kind::U32),
    a(64, "IFLA_GRO_IPV4_MAX_SIZE", Kind::U32),
    a(65, "IFLA_DPLL_PIN", Kind::Bytes),
    a(66, "IFLA_MAX_PACING_OFFLOAD_HORIZON", Kind::Bytes),
    a(67, "IFLA_NETNS_IMMUTABLE", Kind::U8),
    a(68, "IFLA_HEADROOM", Kind::U16),
    a(69, "IFLA_TAILROOM", Kind::U16),
];

/// Address attributes (`IFA_*`).
pub const IFA: &[AttrDef] = &[
    a(1, "IFA_ADDRESS", Kind::Ip),
    a(2, "IFA_LOCAL", Kind::Ip),
    a(3, "IFA_LABEL", Kind::Str),
    a(4, "IFA_BROADCAST", Kind::Ip),
    a(5, "IFA_ANYCAST", Kind::Ip),
    a(6, "IFA_CACHEINFO", Kind::Bytes),
    a(7, "IFA_MULTICAST", Kind::Ip),
    a(8, "IFA_FLAGS", Kind::U32),
    a(9, "IFA_RT_PRIORITY", Kind::U32),
    a(10, "IFA_TARGET_NETNSID", Kind::I32),
    a(11, "IFA_PROTO", Kind::U8),
];

const RTAX: &[AttrDef] = &[
    a(1, "RTAX_LOCK", Kind::U32),
    a(2, "RTAX_MTU", Kind::U32),
    a(3, "RTAX_WINDOW", Kind::U32),
    a(4, "RTAX_RTT", Kind::U32),
    a(8, "RTAX_CWND", Kind::U32),
    a(9, "RTAX_ADVMSS", Kind::U32),
    a(10, "RTAX_REORDERING", Kind::U32),
    a(11, "RTAX_HOPLIMIT", Kind::U32),
    a(12, "RTAX_INITCWND", Kind::U32),
    a(13, "RTAX_FEATURES", Kind::U32),
];

/// Route attributes (`RTA_*`).
pub const RTA: &[AttrDef] = &[
    a(1, "RTA_DST", Kind::Ip),
    a(2, "RTA_SRC", Kind::Ip),
    a(3, "RTA_IIF", Kind::U32),
    a(4, "RTA_OIF", Kind::U32),
    a(5, "RTA_GATEWAY", Kind::Ip),
    a(6, "RTA_PRIORITY", Kind::U32),
    a(7, "RTA_PREFSRC", Kind::Ip),
    a(8, "RTA_METRICS", Kind::Nested(RTAX)),
    a(9, "RTA_MULTIPATH", Kind::Bytes),
    a(11, "RTA_FLOW", Kind::U32),
    a(12, "RTA_CACHEINFO", Kind::Bytes),
    a(15, "RTA_TABLE", Kind::U32),
    a(16, "RTA_MARK", Kind::U32),
    a(17, "RTA_MFC_STATS", Kind::Bytes),
    a(18, "RTA_VIA", Kind::Bytes),
    a(19, "RTA_NEWDST", Kind::Bytes),
    a(20, "RTA_PREF", Kind::U8),
    a(21, "RTA_ENCAP_TYPE", Kind::U16),
    a(22, "RTA_ENCAP", Kind::Bytes),
    a(23, "RTA_EXPIRES", Kind::U32),
    a(24, "RTA_PAD", Kind::Bytes),
    a(25, "RTA_UID", Kind::U32),
    a(26, "RTA_TTL_PROPAGATE", Kind::U8),
    a(27, "RTA_IP_PROTO", Kind::U8),
    a(28, "RTA_SPORT", Kind::U16),
    a(29, "RTA_DPORT", Kind::U16),
    a(30, "RTA_NH_ID", Kind::U32),
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
        0 => match lookup(RTM, ty) {
            Some(name) => {
                let (fixed, attrs) = match ty {
                    16..=19 => (Fixed::IfInfo, IFLA),
                    20..=22 => (Fixed::IfAddr, IFA),
                    24..=26 => (Fixed::Rt, RTA),
                    _ => {
                        return MsgInfo {
                            name: Some(name),
                            ..raw
                        }
                    }
                };
                MsgInfo {
                    name: Some(name),
                    layout: Layout::Attrs(fixed, attrs),
                    ctx: rtm_context(ty),
                }
            }
            None => raw,
        },
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
        16 => MsgInfo {
            name: None,
            layout: Layout::Attrs(Fixed::Genl, &[]),
            ctx: FlagContext::Unknown,
        },
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
        0 => find(RTM, "RTM_"),
        16 if up == "NLCTRL" || up == "GENL_ID_CTRL" => Some(GENL_ID_CTRL),
        p if NLMOD_PROTOCOLS.contains(&p) => find(NLMOD_MSG, "NLKIT_MOD_MSG_"),
        _ => None,
    }
}

/// Find an attribute in `table` by name: exact (`IFLA_IFNAME`), case
/// insensitive, or without its prefix (`ifname`).
pub fn attr_by_name(table: &[AttrDef], name: &str) -> Option<AttrDef> {
    const PREFIXES: &[&str] = &[
        "IFLA_",
        "IFA_",
        "RTA_",
        "RTAX_",
        "CTRL_ATTR_",
        "NLKIT_MOD_A_",
        "NLKIT_MOD_STAT_",
    ];
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

/// The attribute table a message type's attributes are read with.
pub fn attr_table(proto: u32, ty: u16) -> &'static [AttrDef] {
    match msg_info(proto, ty, None).layout {
        Layout::Attrs(_, t) => t,
        Layout::Raw => &[],
    }
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

/// The symbolic name of errno `e`, for the common ones.
pub fn errno_name(e: i32) -> Option<&'static str> {
    use libc::*;
    let t: &[(i32, &str)] = &[
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
    ];
    lookup(t, e)
}

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
        assert_eq!(attr_by_name(IFLA, "ifname").map(|d| d.ty), Some(3));
        assert_eq!(attr_by_name(IFLA, "IFLA_MTU").map(|d| d.ty), Some(4));
        assert_eq!(
            attr_by_name(CTRL_ATTR, "family_name").map(|d| d.ty),
            Some(2)
        );
        assert_eq!(attr_by_name(NLMOD_ATTR, "payload").map(|d| d.ty), Some(1));
        assert_eq!(attr_by_name(IFLA_INFO, "info_kind").map(|d| d.ty), Some(1));
        assert!(attr_by_name(IFLA, "nonsense").is_none());
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
