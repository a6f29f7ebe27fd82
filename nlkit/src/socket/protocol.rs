//! Netlink protocol numbers: the third argument of `socket(AF_NETLINK, ..)`,
//! which picks the kernel service (channel) a socket talks to. Any number
//! 0..=31 is accepted; the well-known ones have names.

use std::fmt;
use std::str::FromStr;

use crate::Error;

/// A netlink protocol number (`NETLINK_ROUTE`, `NETLINK_GENERIC`, ... or any
/// other number below [`Protocol::MAX`], e.g. one served by a kernel module).
///
/// Parse it from a number or a name (`"route"`, `"generic"`, `"uevent"`,
/// `"NETLINK_USERSOCK"`, case-insensitive); it displays as its name when it
/// has one, else as its number.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Protocol(pub u32);

/// Names of the well-known protocols, as (number, canonical name, aliases).
const NAMES: &[(u32, &str, &[&str])] = &[
    (0, "route", &["rtnetlink"]),
    (1, "unused", &[]),
    (2, "usersock", &[]),
    (3, "firewall", &[]),
    (4, "sock_diag", &["inet_diag"]),
    (5, "nflog", &[]),
    (6, "xfrm", &[]),
    (7, "selinux", &[]),
    (8, "iscsi", &[]),
    (9, "audit", &[]),
    (10, "fib_lookup", &[]),
    (11, "connector", &[]),
    (12, "netfilter", &[]),
    (13, "ip6_fw", &[]),
    (14, "dnrtmsg", &[]),
    (15, "kobject_uevent", &["uevent"]),
    (16, "generic", &["genl", "genetlink"]),
    (18, "scsitransport", &[]),
    (19, "ecryptfs", &[]),
    (20, "rdma", &[]),
    (21, "crypto", &[]),
    (22, "smc", &[]),
];

impl Protocol {
    /// The largest protocol number the kernel accepts (`MAX_LINKS - 1`).
    pub const MAX: u32 = 31;

    /// `NETLINK_ROUTE`: rtnetlink (links, addresses, routes, neighbours...).
    pub const ROUTE: Protocol = Protocol(0);
    /// `NETLINK_USERSOCK`: reserved for user-space protocols; user sockets
    /// talk to each other through the kernel (no kernel endpoint).
    pub const USERSOCK: Protocol = Protocol(2);
    /// `NETLINK_FIREWALL`: unused since Linux 3.5.
    pub const FIREWALL: Protocol = Protocol(3);
    /// `NETLINK_SOCK_DIAG`: socket monitoring (`ss`).
    pub const SOCK_DIAG: Protocol = Protocol(4);
    /// `NETLINK_NFLOG`: netfilter/iptables ULOG.
    pub const NFLOG: Protocol = Protocol(5);
    /// `NETLINK_XFRM`: IPsec.
    pub const XFRM: Protocol = Protocol(6);
    /// `NETLINK_SELINUX`: SELinux event notifications.
    pub const SELINUX: Protocol = Protocol(7);
    /// `NETLINK_ISCSI`: Open-iSCSI.
    pub const ISCSI: Protocol = Protocol(8);
    /// `NETLINK_AUDIT`: the audit subsystem.
    pub const AUDIT: Protocol = Protocol(9);
    /// `NETLINK_FIB_LOOKUP`: FIB lookup from user space.
    pub const FIB_LOOKUP: Protocol = Protocol(10);
    /// `NETLINK_CONNECTOR`: the kernel connector (e.g. process events).
    pub const CONNECTOR: Protocol = Protocol(11);
    /// `NETLINK_NETFILTER`: nfnetlink (nftables, conntrack...).
    pub const NETFILTER: Protocol = Protocol(12);
    /// `NETLINK_IP6_FW`: obsolete.
    pub const IP6_FW: Protocol = Protocol(13);
    /// `NETLINK_DNRTMSG`: DECnet routing messages (obsolete).
    pub const DNRTMSG: Protocol = Protocol(14);
    /// `NETLINK_KOBJECT_UEVENT`: kernel uevents (hot-plug) to user space.
    pub const KOBJECT_UEVENT: Protocol = Protocol(15);
    /// `NETLINK_GENERIC`: generic netlink (families resolved by name).
    pub const GENERIC: Protocol = Protocol(16);
    /// `NETLINK_SCSITRANSPORT`: SCSI transports.
    pub const SCSITRANSPORT: Protocol = Protocol(18);
    /// `NETLINK_ECRYPTFS`: eCryptfs.
    pub const ECRYPTFS: Protocol = Protocol(19);
    /// `NETLINK_RDMA`: RDMA (InfiniBand...).
    pub const RDMA: Protocol = Protocol(20);
    /// `NETLINK_CRYPTO`: the crypto layer's user API.
    pub const CRYPTO: Protocol = Protocol(21);
    /// `NETLINK_SMC`: SMC monitoring.
    pub const SMC: Protocol = Protocol(22);

    /// The canonical (lower-case) name of a well-known protocol, if any.
    pub fn name(self) -> Option<&'static str> {
        NAMES
            .iter()
            .find(|(n, _, _)| *n == self.0)
            .map(|(_, name, _)| *name)
    }

    /// Checks that the number is one the kernel can accept (0..=31).
    pub fn check(self) -> Result<Protocol, Error> {
        if self.0 > Self::MAX {
            return Err(Error::InvalidArgument(format!(
                "netlink protocol {} is out of range: the kernel has protocols 0..={} only",
                self.0,
                Self::MAX
            )));
        }
        Ok(self)
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "{}", self.0),
        }
    }
}

impl FromStr for Protocol {
    type Err = Error;

    /// Parses a number (`"0"`..`"31"`) or a name, with or without a
    /// `netlink_` prefix, in any case, with `-` accepted for `_`.
    fn from_str(s: &str) -> Result<Protocol, Error> {
        let trimmed = s.trim();
        if !trimmed.is_empty() && trimmed.bytes().all(|b| b.is_ascii_digit()) {
            return match trimmed.parse::<u32>() {
                Ok(n) => Protocol(n).check(),
                Err(_) => Protocol(u32::MAX).check(),
            };
        }
        let lower = trimmed.to_ascii_lowercase().replace('-', "_");
        let key = lower.strip_prefix("netlink_").unwrap_or(&lower);
        for (number, name, aliases) in NAMES {
            if *name == key || aliases.contains(&key) {
                return Ok(Protocol(*number));
            }
        }
        let valid: Vec<&str> = NAMES.iter().map(|(_, name, _)| *name).collect();
        Err(Error::InvalidArgument(format!(
            "unknown netlink protocol {s:?}: give a number 0..={} or one of {} (also: uevent, genl)",
            Self::MAX,
            valid.join(", ")
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_numbers() {
        assert_eq!("0".parse::<Protocol>().unwrap(), Protocol::ROUTE);
        assert_eq!("17".parse::<Protocol>().unwrap(), Protocol(17));
        assert_eq!(" 31 ".parse::<Protocol>().unwrap(), Protocol(31));
        assert!(matches!(
            "32".parse::<Protocol>(),
            Err(Error::InvalidArgument(m)) if m.contains("out of range")
        ));
        assert!("99999999999999999999".parse::<Protocol>().is_err());
        assert!("-1".parse::<Protocol>().is_err());
        assert!("".parse::<Protocol>().is_err());
    }

    #[test]
    fn parses_names_in_any_case() {
        assert_eq!("route".parse::<Protocol>().unwrap(), Protocol::ROUTE);
        assert_eq!("USERSOCK".parse::<Protocol>().unwrap(), Protocol::USERSOCK);
        assert_eq!("Generic".parse::<Protocol>().unwrap(), Protocol::GENERIC);
        assert_eq!("genl".parse::<Protocol>().unwrap(), Protocol::GENERIC);
        assert_eq!(
            "kobject_uevent".parse::<Protocol>().unwrap(),
            Protocol::KOBJECT_UEVENT
        );
        assert_eq!("uevent".parse::<Protocol>().unwrap(), Protocol(15));
        assert_eq!(
            "NETLINK_SOCK_DIAG".parse::<Protocol>().unwrap(),
            Protocol(4)
        );
        assert_eq!("sock-diag".parse::<Protocol>().unwrap(), Protocol(4));
        assert_eq!("smc".parse::<Protocol>().unwrap(), Protocol::SMC);
    }

    #[test]
    fn unknown_name_lists_valid_names() {
        let err = "routing".parse::<Protocol>().unwrap_err().to_string();
        assert!(err.contains("\"routing\""), "{err}");
        assert!(err.contains("route"), "{err}");
        assert!(err.contains("generic"), "{err}");
        assert!(err.contains("kobject_uevent"), "{err}");
    }

    #[test]
    fn displays_name_or_number() {
        assert_eq!(Protocol::ROUTE.to_string(), "route");
        assert_eq!(Protocol::GENERIC.to_string(), "generic");
        assert_eq!(Protocol(17).to_string(), "17");
        assert_eq!(Protocol(40).to_string(), "40");
        // Display output parses back to the same protocol.
        for n in 0..=Protocol::MAX {
            let p = Protocol(n);
            assert_eq!(p.to_string().parse::<Protocol>().unwrap(), p);
        }
    }

    #[test]
    fn constants_match_linux_netlink_h() {
        assert_eq!(Protocol::KOBJECT_UEVENT.0, 15);
        assert_eq!(Protocol::GENERIC.0, 16);
        assert_eq!(Protocol::SCSITRANSPORT.0, 18);
        assert_eq!(Protocol::SMC.0, 22);
        assert_eq!(Protocol(17).name(), None);
    }
}
