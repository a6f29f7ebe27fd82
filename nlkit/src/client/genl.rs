//! Generic netlink helpers on the client: build a genl request, resolve a
//! family (and its multicast groups) by name — once per client, then from
//! its cache — and list every family.

use std::collections::HashMap;

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

/// The families a client resolved, by name. Ids and group numbers are
/// fixed while a family is registered; a family that is unregistered and
/// registered again (a module reloaded) may get new ones, hence
/// [`Client::forget_genl_families`].
#[derive(Debug, Default)]
pub(super) struct FamilyCache {
    pub(super) by_name: HashMap<String, Family>,
}

/// The number of multicast group `group` of family `f` (named `family`),
/// or the error naming the groups it has.
pub(super) fn group_number(f: &Family, family: &str, group: &str) -> Result<u32> {
    f.group(group).ok_or_else(|| {
        let names: Vec<&str> = f.groups.iter().map(|g| g.name.as_str()).collect();
        crate::Error::InvalidArgument(format!(
            "generic netlink family {family:?} has no multicast group {group:?} (it has {names:?})"
        ))
    })
}

impl<T: Transport> Client<T> {
    /// Resolve a generic netlink family by name: its id, version,
    /// operations and multicast groups. The first call per name asks the
    /// kernel (`CTRL_CMD_GETFAMILY`); later calls answer from this client's
    /// cache without any I/O. A family the kernel does not know is an
    /// [`crate::Error::Kernel`] with `ENOENT` (and is not cached).
    pub fn genl_family(&mut self, name: &str) -> Result<Family> {
        self.cached_family(name).cloned()
    }

    fn cached_family(&mut self, name: &str) -> Result<&Family> {
        if !self.genl.by_name.contains_key(name) {
            let f = self.genl_family_uncached(name)?;
            self.genl.by_name.insert(name.to_owned(), f);
        }
        Ok(&self.genl.by_name[name])
    }

    /// The id of generic netlink family `name` (cached, see
    /// [`Client::genl_family`]).
    pub fn genl_family_id(&mut self, name: &str) -> Result<u16> {
        Ok(self.cached_family(name)?.id)
    }

    /// The number of multicast group `group` of family `family` (cached,
    /// see [`Client::genl_family`]), to pass to [`Client::join`]. A group
    /// the family does not have is [`crate::Error::InvalidArgument`]
    /// naming the groups it has.
    pub fn genl_group(&mut self, family: &str, group: &str) -> Result<u32> {
        let f = self.cached_family(family)?;
        group_number(f, family, group)
    }

    /// Drop every cached family, so that the next [`Client::genl_family`]
    /// asks the kernel again (after a family was re-registered, e.g. its
    /// module reloaded, or on `CTRL_CMD_DELFAMILY` from the `notify` group).
    pub fn forget_genl_families(&mut self) {
        self.genl.by_name.clear();
    }

    /// Ask the kernel for family `name`, bypassing (and not filling) the cache.
    pub fn genl_family_uncached(&mut self, name: &str) -> Result<Family> {
        let mut family = None;
        self.execute(&family_request(name)?, |m| {
            family = Some(Family::parse(&m)?);
            Ok(())
        })?;
        one_family(family)
    }

    /// Every generic netlink family the kernel knows (a GETFAMILY dump).
    pub fn genl_families(&mut self) -> Result<Vec<Family>> {
        let mut out = Vec::new();
        self.dump(&families_request()?, |m| {
            out.push(Family::parse(&m)?);
            Ok(())
        })?;
        Ok(out)
    }
}

/// `CTRL_CMD_GETFAMILY` for `name`.
pub(crate) fn family_request(name: &str) -> Result<Request> {
    Request::message(GENL_ID_CTRL, Flags::ACK, &Family::get(name))
}

/// A GETFAMILY dump of every family.
pub(crate) fn families_request() -> Result<Request> {
    let all = Family {
        header: GenlHeader::new(cmd::GETFAMILY, 1),
        ..Family::default()
    };
    Request::message(GENL_ID_CTRL, Flags::DUMP, &all)
}

/// The family a GETFAMILY answered with, or the error saying none came.
pub(crate) fn one_family(family: Option<Family>) -> Result<Family> {
    family.ok_or(crate::Error::ReplyCount {
        request: "CTRL_CMD_GETFAMILY",
        expected: 1,
        got: 0,
    })
}
