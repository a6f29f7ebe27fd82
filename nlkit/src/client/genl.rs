//! Generic netlink helpers on the client: build a genl request, resolve a
//! family (and its multicast groups) by name, list every family.

use crate::error::Result;
use crate::families::genl::{cmd, Family, GenlHeader, GENL_ID_CTRL};
use crate::socket::Transport;
use crate::wire::{Flags, MessageBuilder};

use super::{Client, Request};

impl Request {
    /// A generic netlink request to family `family_id`: `genlmsghdr` with
    /// `cmd` and `version`, then the attributes `fill` writes.
    pub fn genl(
        family_id: u16,
        cmd: u8,
        version: u8,
        flags: Flags,
        fill: impl FnOnce(&mut MessageBuilder<'_>),
    ) -> Result<Request> {
        Request::with_header(family_id, flags, &GenlHeader::new(cmd, version), fill)
    }
}

impl<T: Transport> Client<T> {
    /// Resolve a generic netlink family by name (`CTRL_CMD_GETFAMILY`):
    /// its id, version, operations and multicast groups.
    pub fn genl_family(&mut self, name: &str) -> Result<Family> {
        let req = Request::message(GENL_ID_CTRL, Flags::ACK, &Family::get(name))?;
        let mut family = None;
        self.execute(&req, |m| {
            family = Some(Family::parse(&m)?);
            Ok(())
        })?;
        family.ok_or(crate::Error::ReplyCount {
            request: "CTRL_CMD_GETFAMILY",
            expected: 1,
            got: 0,
        })
    }

    /// Every generic netlink family the kernel knows (a GETFAMILY dump).
    pub fn genl_families(&mut self) -> Result<Vec<Family>> {
        let all = Family {
            header: GenlHeader::new(cmd::GETFAMILY, 1),
            ..Family::default()
        };
        let req = Request::message(GENL_ID_CTRL, Flags::DUMP, &all)?;
        let mut out = Vec::new();
        self.dump(&req, |m| {
            out.push(Family::parse(&m)?);
            Ok(())
        })?;
        Ok(out)
    }
}
