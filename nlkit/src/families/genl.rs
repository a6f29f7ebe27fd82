//! Generic netlink (`NETLINK_GENERIC`): the 4-byte `genlmsghdr` and the
//! controller family `nlctrl` (id 0x10), which resolves family names to ids
//! and multicast group names to group numbers.

use crate::error::Error;
use crate::wire::{attrs, Attr, Message, WireError};

/// Length of `struct genlmsghdr` (cmd, version, reserved u16).
pub const GENL_HDRLEN: usize = 4;

/// The controller family's fixed id (`GENL_ID_CTRL`).
pub const GENL_ID_CTRL: u16 = 0x10;

/// Controller commands (`CTRL_CMD_*`).
pub mod cmd {
    /// Reply/notification: a new family.
    pub const NEWFAMILY: u8 = 1;
    /// Notification: a family went away.
    pub const DELFAMILY: u8 = 2;
    /// Request a family by name or id (or dump all).
    pub const GETFAMILY: u8 = 3;
    /// Notification: a new multicast group.
    pub const NEWMCAST_GRP: u8 = 7;
    /// Notification: a multicast group went away.
    pub const DELMCAST_GRP: u8 = 8;
    /// Request the policies of a family.
    pub const GETPOLICY: u8 = 10;
}

/// Controller attributes (`CTRL_ATTR_*`).
pub mod attr {
    /// u16 family id.
    pub const FAMILY_ID: u16 = 1;
    /// string family name.
    pub const FAMILY_NAME: u16 = 2;
    /// u32 version.
    pub const VERSION: u16 = 3;
    /// u32 user header size.
    pub const HDRSIZE: u16 = 4;
    /// u32 highest attribute number.
    pub const MAXATTR: u16 = 5;
    /// nested array of operations.
    pub const OPS: u16 = 6;
    /// nested array of multicast groups.
    pub const MCAST_GROUPS: u16 = 7;
    /// nested policy (GETPOLICY).
    pub const POLICY: u16 = 8;
    /// u32 op-policy.
    pub const OP_POLICY: u16 = 9;
    /// u32 operation.
    pub const OP: u16 = 10;
}

/// Attributes of one operation (`CTRL_ATTR_OP_*`).
pub mod op_attr {
    /// u32 command number.
    pub const ID: u16 = 1;
    /// u32 `GENL_*` flags.
    pub const FLAGS: u16 = 2;
}

/// Attributes of one multicast group (`CTRL_ATTR_MCAST_GRP_*`).
pub mod mcast_attr {
    /// string group name.
    pub const NAME: u16 = 1;
    /// u32 group number.
    pub const ID: u16 = 2;
}

/// Operation flags (`GENL_*` in `CTRL_ATTR_OP_FLAGS`).
pub mod op_flags {
    /// Needs CAP_NET_ADMIN.
    pub const ADMIN_PERM: u32 = 0x01;
    /// Has a doit handler.
    pub const CMD_CAP_DO: u32 = 0x02;
    /// Has a dumpit handler.
    pub const CMD_CAP_DUMP: u32 = 0x04;
    /// Has a policy.
    pub const CMD_CAP_HASPOL: u32 = 0x08;
    /// Needs CAP_NET_ADMIN in the user namespace.
    pub const UNS_ADMIN_PERM: u32 = 0x10;
}

/// The generic netlink header that follows `nlmsghdr`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct GenlHeader {
    /// Command.
    pub cmd: u8,
    /// Family version.
    pub version: u8,
}

impl GenlHeader {
    /// Parse from the start of a message payload.
    pub fn parse(payload: &[u8]) -> Result<GenlHeader, WireError> {
        match payload {
            [cmd, version, _, _, ..] => Ok(GenlHeader {
                cmd: *cmd,
                version: *version,
            }),
            _ => Err(WireError::Truncated {
                what: "genlmsghdr",
                offset: 0,
                needed: GENL_HDRLEN,
                available: payload.len(),
            }),
        }
    }

    /// The 4 bytes to put after `nlmsghdr`.
    pub fn to_bytes(self) -> [u8; GENL_HDRLEN] {
        [self.cmd, self.version, 0, 0]
    }
}

/// One operation of a family.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Operation {
    /// Command number.
    pub id: u32,
    /// `GENL_*` flags (see [`op_flags`]).
    pub flags: u32,
}

/// One multicast group of a family.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct McastGroup {
    /// Group name.
    pub name: String,
    /// Group number to join.
    pub id: u32,
}

/// A generic netlink family as described by the controller.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Family {
    /// Family id (the `nlmsg_type` of its messages).
    pub id: u16,
    /// Family name.
    pub name: String,
    /// Version.
    pub version: u32,
    /// User header size after `genlmsghdr`.
    pub hdrsize: u32,
    /// Highest attribute number.
    pub maxattr: u32,
    /// Operations.
    pub ops: Vec<Operation>,
    /// Multicast groups.
    pub groups: Vec<McastGroup>,
}

impl Family {
    /// Decode a `CTRL_CMD_NEWFAMILY` message (a GETFAMILY reply or dump part).
    pub fn parse(msg: &Message<'_>) -> Result<Family, Error> {
        GenlHeader::parse(msg.payload)?;
        let mut f = Family::default();
        for a in attrs(&msg.payload[GENL_HDRLEN..]) {
            let a = a?;
            match a.ty {
                attr::FAMILY_ID => f.id = a.u16()?,
                attr::FAMILY_NAME => f.name = a.str()?.to_owned(),
                attr::VERSION => f.version = a.u32()?,
                attr::HDRSIZE => f.hdrsize = a.u32()?,
                attr::MAXATTR => f.maxattr = a.u32()?,
                attr::OPS => f.ops = parse_list(a, parse_op)?,
                attr::MCAST_GROUPS => f.groups = parse_list(a, parse_group)?,
                _ => {}
            }
        }
        if f.name.is_empty() || f.id == 0 {
            return Err(Error::Protocol(
                "CTRL_CMD_NEWFAMILY without CTRL_ATTR_FAMILY_NAME or CTRL_ATTR_FAMILY_ID".into(),
            ));
        }
        Ok(f)
    }

    /// The number of the multicast group called `name`.
    pub fn group(&self, name: &str) -> Option<u32> {
        self.groups.iter().find(|g| g.name == name).map(|g| g.id)
    }
}

fn parse_list<T>(
    list: Attr<'_>,
    item: fn(Attr<'_>) -> Result<T, WireError>,
) -> Result<Vec<T>, WireError> {
    list.nested().map(|a| item(a?)).collect()
}

fn parse_op(a: Attr<'_>) -> Result<Operation, WireError> {
    let mut op = Operation::default();
    for x in a.nested() {
        let x = x?;
        match x.ty {
            op_attr::ID => op.id = x.u32()?,
            op_attr::FLAGS => op.flags = x.u32()?,
            _ => {}
        }
    }
    Ok(op)
}

fn parse_group(a: Attr<'_>) -> Result<McastGroup, WireError> {
    let mut g = McastGroup::default();
    for x in a.nested() {
        let x = x?;
        match x.ty {
            mcast_attr::NAME => g.name = x.str()?.to_owned(),
            mcast_attr::ID => g.id = x.u32()?,
            _ => {}
        }
    }
    Ok(g)
}
