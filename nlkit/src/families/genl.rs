//! Generic netlink (`NETLINK_GENERIC`): the 4-byte `genlmsghdr` and the
//! controller family `nlctrl` (id 0x10), which resolves family names to ids
//! and multicast group names to group numbers.

use crate::error::Error;
use crate::wire::{
    attr_len, Attr, Body, FixedHeader, Message, MessageBuilder, Repr, UnknownAttrs, WireError,
};

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

/// The generic netlink header that follows `nlmsghdr` (`struct genlmsghdr`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct GenlHeader {
    /// Command.
    pub cmd: u8,
    /// Family version.
    pub version: u8,
}

impl GenlHeader {
    /// A header for command `cmd` of version `version`.
    pub const fn new(cmd: u8, version: u8) -> GenlHeader {
        GenlHeader { cmd, version }
    }

    /// Parse from the start of a message payload.
    pub fn parse(payload: &[u8]) -> Result<GenlHeader, WireError> {
        <GenlHeader as FixedHeader>::parse(payload)
    }

    /// The 4 bytes to put after `nlmsghdr`.
    pub fn to_bytes(self) -> [u8; GENL_HDRLEN] {
        [self.cmd, self.version, 0, 0]
    }
}

impl FixedHeader for GenlHeader {
    const LEN: usize = GENL_HDRLEN;
    const NAME: &'static str = "genlmsghdr";

    #[inline]
    fn decode(b: &[u8]) -> Self {
        GenlHeader {
            cmd: b[0],
            version: b[1],
        }
    }

    #[inline]
    fn emit(&self, out: &mut [u8]) {
        out[0] = self.cmd;
        out[1] = self.version;
    }
}

/// One operation of a family.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Operation {
    /// Command number.
    pub id: u32,
    /// `GENL_*` flags (see [`op_flags`]).
    pub flags: u32,
    /// Attributes this version of nlkit does not know, kept as they came.
    pub unknown: UnknownAttrs,
}

/// One multicast group of a family.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct McastGroup {
    /// Group name.
    pub name: String,
    /// Group number to join.
    pub id: u32,
    /// Attributes this version of nlkit does not know, kept as they came.
    pub unknown: UnknownAttrs,
}

impl McastGroup {
    /// A group called `name` with number `id`.
    pub fn new(name: &str, id: u32) -> McastGroup {
        McastGroup {
            name: name.to_owned(),
            id,
            ..McastGroup::default()
        }
    }
}

/// A generic netlink family as the controller describes it: the typed
/// `CTRL_CMD_*FAMILY` message, both directions.
///
/// ```
/// use nlkit::client::Request;
/// use nlkit::families::genl::{cmd, Family, GENL_ID_CTRL};
/// use nlkit::wire::Flags;
///
/// // CTRL_CMD_GETFAMILY for "nlctrl": genlmsghdr + CTRL_ATTR_FAMILY_NAME.
/// let req = Request::message(GENL_ID_CTRL, Flags::ACK, &Family::get("nlctrl"))?;
/// assert_eq!(req.fixed_len(), 4, "known from the header type");
/// assert_eq!(req.bytes().len(), 16 + 4 + 12);
/// # Ok::<(), nlkit::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Family {
    /// The generic netlink header (command and version).
    pub header: GenlHeader,
    /// Family id (the `nlmsg_type` of its messages); 0 = not sent.
    pub id: u16,
    /// Family name; empty = not sent.
    pub name: String,
    /// Version; 0 = not sent.
    pub version: u32,
    /// User header size after `genlmsghdr`; 0 = not sent.
    pub hdrsize: u32,
    /// Highest attribute number; 0 = not sent.
    pub maxattr: u32,
    /// Operations.
    pub ops: Vec<Operation>,
    /// Multicast groups.
    pub groups: Vec<McastGroup>,
    /// Attributes this version of nlkit does not know, kept as they came.
    pub unknown: UnknownAttrs,
}

impl Family {
    /// The `CTRL_CMD_GETFAMILY` request (version 1) for the family `name`.
    pub fn get(name: &str) -> Family {
        Family {
            header: GenlHeader::new(cmd::GETFAMILY, 1),
            name: name.to_owned(),
            ..Family::default()
        }
    }

    /// Decode a `CTRL_CMD_NEWFAMILY` message (a GETFAMILY reply or dump
    /// part); one without a name or id is an error.
    pub fn parse(msg: &Message<'_>) -> Result<Family, Error> {
        let f: Family = msg.parse_as()?;
        let missing = if f.name.is_empty() {
            attr::FAMILY_NAME
        } else if f.id == 0 {
            attr::FAMILY_ID
        } else {
            return Ok(f);
        };
        Err(WireError::MissingAttr {
            what: "CTRL_CMD_NEWFAMILY",
            ty: missing,
        }
        .into())
    }

    /// The number of the multicast group called `name`.
    pub fn group(&self, name: &str) -> Option<u32> {
        self.groups.iter().find(|g| g.name == name).map(|g| g.id)
    }
}

impl<'a> Repr<'a> for Family {
    type Header = GenlHeader;

    fn parse(body: &Body<'a, GenlHeader>) -> Result<Family, WireError> {
        let mut f = Family {
            header: body.header(),
            ..Family::default()
        };
        for a in body.attrs() {
            let a = a?;
            match a.ty {
                attr::FAMILY_ID => f.id = a.u16()?,
                attr::FAMILY_NAME => f.name = a.str()?.to_owned(),
                attr::VERSION => f.version = a.u32()?,
                attr::HDRSIZE => f.hdrsize = a.u32()?,
                attr::MAXATTR => f.maxattr = a.u32()?,
                attr::OPS => f.ops = parse_list(a, parse_op)?,
                attr::MCAST_GROUPS => f.groups = parse_list(a, parse_group)?,
                _ => f.unknown.push(&a),
            }
        }
        Ok(f)
    }

    fn header(&self) -> GenlHeader {
        self.header
    }

    fn attrs_len(&self) -> usize {
        let u32s = [self.version, self.hdrsize, self.maxattr];
        let ops: usize = self
            .ops
            .iter()
            .map(|o| attr_len(2 * attr_len(4) + o.unknown.len()))
            .sum();
        let groups: usize = self
            .groups
            .iter()
            .map(|g| attr_len(attr_len(g.name.len() + 1) + attr_len(4) + g.unknown.len()))
            .sum();
        usize::from(self.id != 0) * attr_len(2)
            + if self.name.is_empty() {
                0
            } else {
                attr_len(self.name.len() + 1)
            }
            + u32s.iter().filter(|v| **v != 0).count() * attr_len(4)
            + if self.ops.is_empty() {
                0
            } else {
                attr_len(ops)
            }
            + if self.groups.is_empty() {
                0
            } else {
                attr_len(groups)
            }
            + self.unknown.len()
    }

    fn emit_attrs(&self, b: &mut MessageBuilder<'_>) {
        if self.id != 0 {
            b.attr_u16(attr::FAMILY_ID, self.id);
        }
        if !self.name.is_empty() {
            b.attr_str(attr::FAMILY_NAME, &self.name);
        }
        for (ty, v) in [
            (attr::VERSION, self.version),
            (attr::HDRSIZE, self.hdrsize),
            (attr::MAXATTR, self.maxattr),
        ] {
            if v != 0 {
                b.attr_u32(ty, v);
            }
        }
        // Arrays as the kernel sends them: items numbered from 1.
        if !self.ops.is_empty() {
            b.nested(attr::OPS, |b| {
                for (i, o) in (1u16..).zip(&self.ops) {
                    b.nested(i, |b| {
                        b.attr_u32(op_attr::ID, o.id)
                            .attr_u32(op_attr::FLAGS, o.flags);
                        o.unknown.emit(b);
                    });
                }
            });
        }
        if !self.groups.is_empty() {
            b.nested(attr::MCAST_GROUPS, |b| {
                for (i, g) in (1u16..).zip(&self.groups) {
                    b.nested(i, |b| {
                        b.attr_str(mcast_attr::NAME, &g.name)
                            .attr_u32(mcast_attr::ID, g.id);
                        g.unknown.emit(b);
                    });
                }
            });
        }
        self.unknown.emit(b);
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
            _ => op.unknown.push(&x),
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
            _ => g.unknown.push(&x),
        }
    }
    Ok(g)
}

#[cfg(all(test, target_endian = "little"))]
mod tests {
    use super::*;
    use crate::wire::{messages, Flags, MessageBuilder};

    #[test]
    fn the_kernel_reply_parses_and_emits_back_to_itself() {
        let buf = crate::wire::fixtures::GETFAMILY_NLCTRL_REPLY;
        let m = messages(&buf).next().unwrap().unwrap();
        let f = Family::parse(&m).unwrap();
        assert_eq!((f.id, f.name.as_str(), f.version), (0x10, "nlctrl", 2));
        assert_eq!(f.header, GenlHeader::new(cmd::NEWFAMILY, 2));
        assert_eq!(f.group("notify"), Some(0x10));
        assert_eq!(f.ops.len(), 2);

        let mut out = Vec::new();
        let mut b = MessageBuilder::new(&mut out, GENL_ID_CTRL, m.header.flags).seq(m.header.seq);
        b.set_portid(m.header.portid);
        b.emit(&f);
        b.finish().unwrap();
        let m2 = messages(&out).next().unwrap().unwrap();
        assert_eq!(m2.payload.len(), <Family as Repr>::buffer_len(&f));
        assert_eq!(Family::parse(&m2).unwrap(), f, "nothing lost");
    }

    #[test]
    fn a_reply_without_a_name_is_a_typed_error() {
        let mut out = Vec::new();
        let mut b = MessageBuilder::new(&mut out, GENL_ID_CTRL, Flags::EMPTY);
        b.header(&GenlHeader::new(cmd::NEWFAMILY, 2));
        b.attr_u16(attr::FAMILY_ID, 0x10);
        b.finish().unwrap();
        let m = messages(&out).next().unwrap().unwrap();
        match Family::parse(&m) {
            Err(Error::Wire(WireError::MissingAttr { ty, .. })) => {
                assert_eq!(ty, attr::FAMILY_NAME)
            }
            other => panic!("{other:?}"),
        }
        // Too short for genlmsghdr: an error, not a panic.
        let short = [18u8, 0, 0, 0, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2];
        let m = messages(&short).next().unwrap().unwrap();
        assert!(matches!(
            Family::parse(&m),
            Err(Error::Wire(WireError::Truncated { .. }))
        ));
    }
}
