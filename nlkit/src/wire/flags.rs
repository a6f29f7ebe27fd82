//! `nlmsg_flags`: the 16-bit flag word of every netlink header.
//!
//! Bits 0x100..0x800 mean different things for get, new, delete and ACK
//! messages, so their names depend on a [`FlagContext`].

use core::fmt;
use core::ops::{BitAnd, BitOr, BitOrAssign};

/// The `nlmsg_flags` field (`NLM_F_*`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Flags(pub u16);

/// Which meaning the context-dependent bits 0x100..0x800 carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum FlagContext {
    /// A get request (`NLM_F_ROOT`, `MATCH`, `ATOMIC`, `DUMP`).
    Get,
    /// A new/create request (`NLM_F_REPLACE`, `EXCL`, `CREATE`, `APPEND`).
    New,
    /// A delete request (`NLM_F_NONREC`, `BULK`).
    Delete,
    /// An `NLMSG_ERROR`/ACK or `NLMSG_DONE` (`NLM_F_CAPPED`, `ACK_TLVS`).
    Ack,
    /// Unknown: the bits are shown as hex.
    #[default]
    Unknown,
}

impl FlagContext {
    /// The context implied by a message type alone: [`FlagContext::Ack`] for
    /// `NLMSG_ERROR` and `NLMSG_DONE`, [`FlagContext::Unknown`] otherwise
    /// (whether a family type is a get, new or delete is the family's business).
    #[inline]
    pub const fn for_type(ty: u16) -> FlagContext {
        match ty {
            super::msgtype::ERROR | super::msgtype::DONE => FlagContext::Ack,
            _ => FlagContext::Unknown,
        }
    }
}

impl Flags {
    /// No flag set.
    pub const EMPTY: Flags = Flags(0);
    /// `NLM_F_REQUEST`: a request (must be set on everything sent to the kernel).
    pub const REQUEST: Flags = Flags(0x01);
    /// `NLM_F_MULTI`: part of a multipart reply, ended by `NLMSG_DONE`.
    pub const MULTI: Flags = Flags(0x02);
    /// `NLM_F_ACK`: reply with an ACK (an `NLMSG_ERROR` with errno 0) on success.
    pub const ACK: Flags = Flags(0x04);
    /// `NLM_F_ECHO`: echo this request back (as a notification) to the sender.
    pub const ECHO: Flags = Flags(0x08);
    /// `NLM_F_DUMP_INTR`: the dump was inconsistent (the data changed during it).
    pub const DUMP_INTR: Flags = Flags(0x10);
    /// `NLM_F_DUMP_FILTERED`: the dump was filtered as requested.
    pub const DUMP_FILTERED: Flags = Flags(0x20);

    /// `NLM_F_ROOT` (get): return the whole table.
    pub const ROOT: Flags = Flags(0x100);
    /// `NLM_F_MATCH` (get): return all matching entries.
    pub const MATCH: Flags = Flags(0x200);
    /// `NLM_F_ATOMIC` (get): atomic snapshot.
    pub const ATOMIC: Flags = Flags(0x400);
    /// `NLM_F_DUMP` (get) = `ROOT | MATCH`: a dump.
    pub const DUMP: Flags = Flags(0x300);

    /// `NLM_F_REPLACE` (new): replace an existing object.
    pub const REPLACE: Flags = Flags(0x100);
    /// `NLM_F_EXCL` (new): fail if the object exists.
    pub const EXCL: Flags = Flags(0x200);
    /// `NLM_F_CREATE` (new): create if it does not exist.
    pub const CREATE: Flags = Flags(0x400);
    /// `NLM_F_APPEND` (new): add to the end of the list.
    pub const APPEND: Flags = Flags(0x800);

    /// `NLM_F_NONREC` (delete): do not delete recursively.
    pub const NONREC: Flags = Flags(0x100);
    /// `NLM_F_BULK` (delete): delete multiple objects.
    pub const BULK: Flags = Flags(0x200);

    /// `NLM_F_CAPPED` (ACK/error): the request was not echoed back.
    pub const CAPPED: Flags = Flags(0x100);
    /// `NLM_F_ACK_TLVS` (ACK/error/done): extended-ACK attributes follow.
    pub const ACK_TLVS: Flags = Flags(0x200);

    /// The raw bits.
    #[inline]
    pub const fn bits(self) -> u16 {
        self.0
    }

    /// True when every bit of `other` is set in `self`.
    #[inline]
    pub const fn contains(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }

    /// True when at least one bit of `other` is set in `self`.
    #[inline]
    pub const fn intersects(self, other: Flags) -> bool {
        self.0 & other.0 != 0
    }

    /// Sets the bits of `other`.
    #[inline]
    pub fn insert(&mut self, other: Flags) {
        self.0 |= other.0;
    }

    /// Clears the bits of `other`.
    #[inline]
    pub fn remove(&mut self, other: Flags) {
        self.0 &= !other.0;
    }

    /// The names of the set bits in `ctx`, lowest bit first; `DUMP` stands for
    /// `ROOT|MATCH` in [`FlagContext::Get`]. Bits without a name in that
    /// context are given as hex (`"0x100"`).
    #[inline]
    pub fn names(self, ctx: FlagContext) -> impl Iterator<Item = &'static str> {
        let bits = self.0;
        let dump = ctx == FlagContext::Get && self.contains(Flags::DUMP);
        (0..16u32).filter_map(move |bit| {
            let mask = 1u16 << bit;
            if bits & mask == 0 {
                return None;
            }
            if dump && mask == Flags::MATCH.0 {
                return None; // folded into "DUMP" at ROOT's position
            }
            if dump && mask == Flags::ROOT.0 {
                return Some("DUMP");
            }
            Some(bit_name(bit, ctx).unwrap_or(HEX[bit as usize]))
        })
    }
}

/// Hex spelling of each single bit, for bits without a name.
const HEX: [&str; 16] = [
    "0x1", "0x2", "0x4", "0x8", "0x10", "0x20", "0x40", "0x80", "0x100", "0x200", "0x400", "0x800",
    "0x1000", "0x2000", "0x4000", "0x8000",
];

/// The name of bit `bit` in context `ctx`, if it has one.
fn bit_name(bit: u32, ctx: FlagContext) -> Option<&'static str> {
    let generic = [
        "REQUEST",
        "MULTI",
        "ACK",
        "ECHO",
        "DUMP_INTR",
        "DUMP_FILTERED",
    ];
    if let Some(n) = generic.get(bit as usize) {
        return Some(n);
    }
    let idx = bit.checked_sub(8)? as usize;
    let table: &[&'static str] = match ctx {
        FlagContext::Get => &["ROOT", "MATCH", "ATOMIC"],
        FlagContext::New => &["REPLACE", "EXCL", "CREATE", "APPEND"],
        FlagContext::Delete => &["NONREC", "BULK"],
        FlagContext::Ack => &["CAPPED", "ACK_TLVS"],
        FlagContext::Unknown => &[],
    };
    table.get(idx).copied()
}

impl fmt::Debug for Flags {
    /// `Flags(0x0305 REQUEST|ACK|0x100|0x200)`: hex, then the generic names;
    /// context-dependent bits as hex.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Flags({:#06x}", self.0)?;
        let mut sep = " ";
        for n in self.names(FlagContext::Unknown) {
            write!(f, "{sep}{n}")?;
            sep = "|";
        }
        write!(f, ")")
    }
}

impl fmt::Display for Flags {
    /// The generic names joined by `|` (context-dependent bits as hex), or `0`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 == 0 {
            return write!(f, "0");
        }
        let mut sep = "";
        for n in self.names(FlagContext::Unknown) {
            write!(f, "{sep}{n}")?;
            sep = "|";
        }
        Ok(())
    }
}

impl BitOr for Flags {
    type Output = Flags;
    #[inline]
    fn bitor(self, rhs: Flags) -> Flags {
        Flags(self.0 | rhs.0)
    }
}

impl BitOrAssign for Flags {
    #[inline]
    fn bitor_assign(&mut self, rhs: Flags) {
        self.0 |= rhs.0;
    }
}

impl BitAnd for Flags {
    type Output = Flags;
    #[inline]
    fn bitand(self, rhs: Flags) -> Flags {
        Flags(self.0 & rhs.0)
    }
}

impl From<u16> for Flags {
    #[inline]
    fn from(bits: u16) -> Flags {
        Flags(bits)
    }
}

impl From<Flags> for u16 {
    #[inline]
    fn from(f: Flags) -> u16 {
        f.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(f: Flags, ctx: FlagContext) -> Vec<&'static str> {
        f.names(ctx).collect()
    }

    #[test]
    fn same_bits_name_differently_by_context() {
        let f = Flags(0x0301);
        assert_eq!(names(f, FlagContext::Get), ["REQUEST", "DUMP"]);
        assert_eq!(names(f, FlagContext::New), ["REQUEST", "REPLACE", "EXCL"]);
        assert_eq!(names(f, FlagContext::Delete), ["REQUEST", "NONREC", "BULK"]);
        assert_eq!(
            names(f, FlagContext::Ack),
            ["REQUEST", "CAPPED", "ACK_TLVS"]
        );
        assert_eq!(
            names(f, FlagContext::Unknown),
            ["REQUEST", "0x100", "0x200"]
        );
        assert_eq!(names(Flags(0x0500), FlagContext::Get), ["ROOT", "ATOMIC"]);
        assert_eq!(
            names(Flags(0x8840), FlagContext::Delete),
            ["0x40", "0x800", "0x8000"]
        );
    }

    #[test]
    fn set_operations() {
        let mut f = Flags::REQUEST | Flags::ACK;
        assert!(f.contains(Flags::ACK));
        assert!(!f.contains(Flags::ACK | Flags::ECHO));
        f.insert(Flags::DUMP);
        assert_eq!(f, Flags(0x305));
        f.remove(Flags::ROOT);
        assert_eq!(f, Flags(0x205));
        f |= Flags::ECHO;
        assert_eq!(f & Flags::ECHO, Flags::ECHO);
        assert!(f.intersects(Flags::DUMP));
        assert_eq!(Flags::DUMP, Flags::ROOT | Flags::MATCH);
    }

    #[test]
    fn debug_and_display() {
        assert_eq!(
            format!("{:?}", Flags(0x305)),
            "Flags(0x0305 REQUEST|ACK|0x100|0x200)"
        );
        assert_eq!(format!("{:?}", Flags(0)), "Flags(0x0000)");
        assert_eq!(Flags(0x3).to_string(), "REQUEST|MULTI");
        assert_eq!(Flags(0).to_string(), "0");
        assert_eq!(FlagContext::for_type(2), FlagContext::Ack);
        assert_eq!(FlagContext::for_type(16), FlagContext::Unknown);
    }
}
