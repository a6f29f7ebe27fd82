//! A consistent mirror of a kernel table (links, addresses, routes,
//! neighbours, or any dump + notification pair through [`Table`]): the
//! client subscribes first, dumps, then applies the notifications in the
//! order the kernel queued them, and hands out a stream of typed
//! [`Change`]s. Interrupted dumps (`NLM_F_DUMP_INTR`) are run again; an
//! overrun (`ENOBUFS`) re-synchronises with a fresh dump, and so do the
//! kernel's silent changes a table knows of (IPv4 routes flushed by
//! `fib_table_flush` when their device goes down, see [`Routes`]).
//!
//! Anchors: libnl's cache manager (`nl_cache_mngr`: one socket, groups
//! joined before the dump, `nl_cache_resync` on loss) and pyroute2's NDB.
//! The decisions are in `docs/mirror.md`.

mod tables;

use std::collections::{HashMap, VecDeque};
use std::fmt::Debug;
use std::hash::BuildHasher;
use std::hash::Hash;

use crate::client::{Client, Event, Request, DEFAULT_BACKLOG};
use crate::error::{Error, Result};
use crate::socket::{Netns, Protocol, Socket};
use crate::wire::{attrs, FixedHeader, Message, Repr, WireError, NLA_HEADER_LEN};

pub use self::tables::{
    key_ip, AddressKey, Addresses, KeyBytes, Links, NeighbourKey, Neighbours, RouteKey, Routes,
};

/// The hasher of a mirror's maps: foldhash's fast hash with a per-map
/// random seed. Keys come from the kernel, and a 100,000-route sync hashes
/// every one of them: SipHash (std's default) cost about 10% of the sync
/// (docs/mirror.md).
#[derive(Clone, Debug, Default)]
pub struct KeyHasher(foldhash::fast::RandomState);

impl BuildHasher for KeyHasher {
    type Hasher = foldhash::fast::FoldHasher<'static>;

    #[inline]
    fn build_hasher(&self) -> Self::Hasher {
        self.0.build_hasher()
    }
}

/// A mirror's objects by key.
pub type Objects<K, O> = HashMap<K, O, KeyHasher>;

/// What a notification means for a mirrored table ([`Table::notification`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Update<K, O> {
    /// The object with this key now looks like this (added or changed).
    Upsert(K, O),
    /// The object with this key is gone.
    Remove(K),
    /// The kernel changed the table without telling (or the message cannot
    /// be applied): dump again once the queued notifications are applied.
    Resync,
    /// Nothing to do with this table.
    Ignore,
}

/// A kernel table that can be mirrored: how to dump it, which groups
/// announce its changes, and how a message maps to a key and an object.
///
/// Implementations for rtnetlink are [`Links`], [`Addresses`], [`Routes`]
/// and [`Neighbours`]; any family with a dump and notifications can have
/// one.
pub trait Table {
    /// What identifies an object (an interface index, a route's prefix,
    /// table and metric, ...).
    type Key: Clone + Debug + Eq + Hash;
    /// The object kept for a key. Two objects that compare equal are the
    /// same state: no [`Change::Changed`] is reported between them.
    type Object: Clone + Debug + PartialEq;

    /// The netlink protocol of the table.
    fn protocol(&self) -> Protocol;
    /// The multicast groups that announce changes; joined before the dump.
    fn groups(&self) -> Vec<u32>;
    /// The request that dumps the whole table (`NLM_F_DUMP` is added).
    fn dump_request(&self) -> Result<Request>;
    /// One message of the dump as a key and an object, or `None` for one
    /// the mirror does not keep (cloned routes, bridge entries of links...).
    fn decode(&self, msg: &Message<'_>) -> Result<Option<(Self::Key, Self::Object)>>;
    /// One notification. `current` is the mirror's state before it, for
    /// tables that must tell whether a silent change touched them.
    fn notification(
        &mut self,
        msg: &Message<'_>,
        current: &Objects<Self::Key, Self::Object>,
    ) -> Result<Update<Self::Key, Self::Object>>;
}

/// One change of a mirrored table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change<K, O> {
    /// A new object.
    Added {
        /// Its key.
        key: K,
        /// The object.
        new: O,
    },
    /// An object changed.
    Changed {
        /// Its key.
        key: K,
        /// What it was.
        old: O,
        /// What it is now.
        new: O,
    },
    /// An object went away.
    Removed {
        /// Its key.
        key: K,
        /// What it was.
        old: O,
    },
}

impl<K, O> Change<K, O> {
    /// The key of the object that changed.
    pub fn key(&self) -> &K {
        match self {
            Change::Added { key, .. }
            | Change::Changed { key, .. }
            | Change::Removed { key, .. } => key,
        }
    }
}

/// Counters of what a mirror did to stay consistent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct MirrorStats {
    /// Dumps run (the initial one, re-runs and re-synchronisations).
    pub dumps: u64,
    /// Dumps the kernel marked interrupted (`NLM_F_DUMP_INTR`), run again.
    pub interrupted: u64,
    /// Receive overruns (`ENOBUFS`, or the client's own backlog bound).
    pub overruns: u64,
    /// Re-synchronisations a table asked for ([`Update::Resync`]).
    pub resyncs: u64,
    /// Notifications applied.
    pub notifications: u64,
    /// Times the receive buffer was doubled ([`GROW_AFTER`]).
    pub buffer_grown: u64,
}

/// How many times in a row a dump may come back interrupted before the
/// mirror gives up with [`Error::DumpInterrupted`].
pub const MAX_INTERRUPTED: u32 = 64;

/// After this many dumps in a row lost to overruns, the mirror doubles its
/// socket's receive buffer (up to `net.core.rmem_max`): the buffer is too
/// small for the table's churn, and a dump that never completes would
/// leave the mirror behind for as long as the churn lasts.
pub const GROW_AFTER: u32 = 16;

/// A mirror of table `T` over its own socket. See the module docs.
///
/// ```no_run
/// use nlkit::mirror::{Change, Mirror, Routes};
///
/// let mut routes = Mirror::open(Routes::new())?;
/// println!("{} routes", routes.len());
/// loop {
///     match routes.next_change()? {
///         Change::Added { key, .. } => println!("+ {key:?}"),
///         Change::Changed { key, .. } => println!("~ {key:?}"),
///         Change::Removed { key, .. } => println!("- {key:?}"),
///     }
/// }
/// # Ok::<(), nlkit::Error>(())
/// ```
#[derive(Debug)]
pub struct Mirror<T: Table> {
    client: Client<Socket>,
    table: T,
    objects: Objects<T::Key, T::Object>,
    pending: VecDeque<Change<T::Key, T::Object>>,
    resync_wanted: bool,
    nonblocking: bool,
    stats: MirrorStats,
}

impl<T: Table> Mirror<T> {
    /// Mirror `table` of the caller's network namespace: subscribe, dump.
    pub fn open(table: T) -> Result<Mirror<T>> {
        let client = Client::open(table.protocol())?;
        Mirror::with_client(client, table)
    }

    /// Mirror `table` of network namespace `ns`.
    pub fn open_in(table: T, ns: Netns<'_>) -> Result<Mirror<T>> {
        let client = Client::open_in(table.protocol(), ns)?;
        Mirror::with_client(client, table)
    }

    /// Mirror `table` over `client` (a bound socket of the table's
    /// protocol, not shared with anything else: the mirror reads every
    /// message that arrives on it). Joins the table's groups, then dumps.
    /// The initial objects are in [`Mirror::objects`]; no changes are
    /// reported for them.
    pub fn with_client(mut client: Client<Socket>, table: T) -> Result<Mirror<T>> {
        for g in table.groups() {
            client.join(g)?;
        }
        // The kernel's receive buffer bounds what may be lost, not ours.
        client.set_backlog_limit(DEFAULT_BACKLOG.max(1 << 20));
        let mut m = Mirror {
            client,
            table,
            objects: Objects::default(),
            pending: VecDeque::new(),
            resync_wanted: false,
            nonblocking: false,
            stats: MirrorStats::default(),
        };
        m.objects = m.dump()?;
        Ok(m)
    }

    /// The mirrored objects, as of the last change handed out (or applied
    /// by [`Mirror::poll`]).
    pub fn objects(&self) -> &Objects<T::Key, T::Object> {
        &self.objects
    }

    /// The object with `key`, if there is one.
    pub fn get(&self, key: &T::Key) -> Option<&T::Object> {
        self.objects.get(key)
    }

    /// Number of mirrored objects.
    pub fn len(&self) -> usize {
        self.objects.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.objects.is_empty()
    }

    /// What the mirror did so far to stay consistent.
    pub fn stats(&self) -> MirrorStats {
        self.stats
    }

    /// The table description (with whatever state it keeps).
    pub fn table(&self) -> &T {
        &self.table
    }

    /// The client underneath (its socket's options, its portid).
    pub fn client(&self) -> &Client<Socket> {
        &self.client
    }

    /// The client underneath, e.g. to set a timeout for
    /// [`Mirror::next_change`] or the socket's receive buffer size. Do not
    /// use it for requests: replies would be taken for notifications.
    pub fn client_mut(&mut self) -> &mut Client<Socket> {
        &mut self.client
    }

    /// The next change, waiting for it (subject to the client's timeout:
    /// [`Error::Timeout`]). The mirror's objects include it on return.
    pub fn next_change(&mut self) -> Result<Change<T::Key, T::Object>> {
        loop {
            if let Some(c) = self.pending.pop_front() {
                return Ok(c);
            }
            if self.resync_wanted {
                // Apply what is queued first: one dump covers many triggers.
                if !self.step(false)? {
                    self.resync()?;
                }
                continue;
            }
            self.step(true)?;
        }
    }

    /// Apply everything that has arrived, without waiting, and return the
    /// changes in order (empty when nothing happened). A re-synchronisation
    /// a table asked for is done before returning.
    pub fn poll(&mut self) -> Result<Vec<Change<T::Key, T::Object>>> {
        loop {
            while self.step(false)? {}
            if !self.resync_wanted {
                break;
            }
            self.resync()?;
        }
        Ok(self.pending.drain(..).collect())
    }

    /// Dump the table again and report the differences as changes (what a
    /// subscriber does after an overrun; done by the mirror itself on one).
    pub fn resync(&mut self) -> Result<()> {
        self.resync_wanted = false;
        let fresh = self.dump()?;
        let old = std::mem::replace(&mut self.objects, fresh);
        diff(&old, &self.objects, &mut self.pending);
        Ok(())
    }

    /// Receive and apply one datagram's worth of events. `false` when the
    /// socket had nothing (only when not blocking).
    fn step(&mut self, block: bool) -> Result<bool> {
        self.set_blocking(block)?;
        let ev = match self.client.next_event() {
            Ok(ev) => ev,
            Err(Error::WouldBlock) => return Ok(false),
            Err(e) => return Err(e),
        };
        match ev {
            Event::Message(n) => {
                self.stats.notifications += 1;
                let m = n.msg.as_message();
                match self.table.notification(&m, &self.objects)? {
                    Update::Upsert(k, o) => self.upsert(k, o),
                    Update::Remove(k) => {
                        if let Some(old) = self.objects.remove(&k) {
                            self.pending.push_back(Change::Removed { key: k, old });
                        }
                    }
                    Update::Resync => {
                        self.stats.resyncs += 1;
                        self.resync_wanted = true;
                    }
                    Update::Ignore => {}
                }
            }
            Event::Overrun => {
                self.stats.overruns += 1;
                self.resync()?;
            }
            Event::Malformed { error, .. } => return Err(Error::Wire(error)),
        }
        Ok(true)
    }

    fn upsert(&mut self, key: T::Key, new: T::Object) {
        match self.objects.get_mut(&key) {
            Some(o) if *o == new => {}
            Some(o) => {
                let old = std::mem::replace(o, new.clone());
                self.pending.push_back(Change::Changed { key, old, new });
            }
            None => {
                self.objects.insert(key.clone(), new.clone());
                self.pending.push_back(Change::Added { key, new });
            }
        }
    }

    fn set_blocking(&mut self, block: bool) -> Result<()> {
        if self.nonblocking == block {
            self.client.transport().set_nonblocking(!block)?;
            self.nonblocking = !block;
        }
        Ok(())
    }

    /// A consistent dump of the table. What is queued before the dump
    /// request goes out is dropped: the dump is generated after it and
    /// covers it, and after a loss it may be older than what was lost.
    /// Everything received from then on is newer than the dump's first part
    /// and is applied after the dump, in order (an event older than a later
    /// part is followed by the event of any change since, so replaying in
    /// order converges).
    fn dump(&mut self) -> Result<Objects<T::Key, T::Object>> {
        let req = self.table.dump_request()?;
        let mut interrupted = 0;
        let mut lost = 0;
        loop {
            self.drain()?;
            self.set_blocking(true)?;
            self.stats.dumps += 1;
            let mut fresh =
                Objects::with_capacity_and_hasher(self.objects.len(), KeyHasher::default());
            let table = &self.table;
            let r = self.client.dump(&req, |m| {
                if let Some((k, o)) = table.decode(&m)? {
                    fresh.insert(k, o);
                }
                Ok(())
            });
            match r {
                Ok(c) if !c.interrupted => return Ok(fresh),
                Ok(c) => {
                    self.stats.interrupted += 1;
                    interrupted += 1;
                    if interrupted >= MAX_INTERRUPTED {
                        return Err(Error::DumpInterrupted {
                            messages: c.messages,
                        });
                    }
                }
                // Lost in the receive queue, or refused at the start when
                // the queue was full (the kernel answers ENOBUFS): again.
                Err(Error::Overrun) => lost += 1,
                Err(Error::Kernel(k)) if k.errno == libc::ENOBUFS => lost += 1,
                // The kernel still runs the dump an overrun cut short (it
                // goes on as its parts are read): drain and ask again.
                Err(Error::Kernel(k)) if k.errno == libc::EBUSY => lost += 1,
                Err(e) => return Err(e),
            }
            if lost > 0 {
                self.stats.overruns += 1;
                if lost % GROW_AFTER == 0 {
                    self.grow_buffer()?;
                }
            }
        }
    }

    /// Double the receive buffer (the kernel caps it at `rmem_max`).
    fn grow_buffer(&mut self) -> Result<()> {
        let sock = self.client.transport();
        // SO_RCVBUF reads back twice what was set (the kernel's overhead).
        let now = sock.recv_buffer_size()? / 2;
        sock.set_recv_buffer_size(now.max(1 << 14) * 2)?;
        self.stats.buffer_grown += 1;
        Ok(())
    }

    /// Drop every queued event and everything the socket holds now, until
    /// the socket's queue is empty. Empty, not just "read for a while":
    /// the kernel reports `ENOBUFS` once per congestion (`netlink_overrun`
    /// sets `NETLINK_S_CONGESTED`, and only a receive that leaves the queue
    /// empty clears it); drops before that are silent, so a dump started on
    /// a queue that never emptied could miss losses. A flood that never
    /// lets the queue empty (`MAX_DRAIN` datagrams) is [`Error::Overrun`].
    fn drain(&mut self) -> Result<()> {
        self.client.discard_events();
        self.set_blocking(false)?;
        let mut datagrams = 0;
        loop {
            match self.client.next_messages(|_, _| Ok(())) {
                Ok(true) => {}
                Ok(false) => self.stats.overruns += 1,
                Err(Error::WouldBlock) => break,
                Err(e) => return Err(e),
            }
            datagrams += 1;
            if datagrams >= MAX_DRAIN {
                return Err(Error::Overrun);
            }
        }
        self.client.discard_events();
        Ok(())
    }
}

/// How many datagrams a drain before a dump may read before the mirror
/// gives up with [`Error::Overrun`] (the queue never emptied).
pub const MAX_DRAIN: u64 = 1 << 22;

/// The changes that turn `old` into `new`.
fn diff<K: Clone + Eq + Hash, O: Clone + PartialEq, S: BuildHasher>(
    old: &HashMap<K, O, S>,
    new: &HashMap<K, O, S>,
    out: &mut VecDeque<Change<K, O>>,
) {
    for (k, o) in old {
        match new.get(k) {
            None => out.push_back(Change::Removed {
                key: k.clone(),
                old: o.clone(),
            }),
            Some(n) if n != o => out.push_back(Change::Changed {
                key: k.clone(),
                old: o.clone(),
                new: n.clone(),
            }),
            Some(_) => {}
        }
    }
    for (k, n) in new {
        if !old.contains_key(k) {
            out.push_back(Change::Added {
                key: k.clone(),
                new: n.clone(),
            });
        }
    }
}

/// A fresh, consistent snapshot of `table` over `client` (no subscription):
/// what a mirror must equal once it has applied every notification. The
/// dump is run again while it comes back interrupted (at most
/// [`MAX_INTERRUPTED`] times).
pub fn snapshot<T: Table>(
    client: &mut Client<Socket>,
    table: &T,
) -> Result<Objects<T::Key, T::Object>> {
    let req = table.dump_request()?;
    for _ in 0..MAX_INTERRUPTED {
        let mut out = Objects::default();
        let c = client.dump(&req, |m| {
            if let Some((k, o)) = table.decode(&m)? {
                out.insert(k, o);
            }
            Ok(())
        })?;
        if !c.interrupted {
            return Ok(out);
        }
    }
    Err(Error::DumpInterrupted { messages: 0 })
}

/// One mirrored rtnetlink object: the message's payload (family header and
/// attributes) as the kernel sent it, without the attributes that change
/// without a notification (counters, cache timers; listed per table), so
/// that equal entries are the same state. Decode it with
/// [`Entry::parse`] into the typed message
/// (`Link`, `Route`, `Address`, `Neighbour`).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Entry {
    payload: Box<[u8]>,
}

impl Debug for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Entry({} bytes)", self.payload.len())
    }
}

impl Entry {
    /// The payload of `msg` with family header `H`, minus the attributes
    /// of types `volatile` (top level only).
    pub fn new<H: FixedHeader>(msg: &Message<'_>, volatile: &[u16]) -> Result<Entry> {
        let head = crate::wire::align(H::LEN).min(msg.payload.len());
        let body = msg.body::<H>()?;
        // The common case: nothing to leave out, one copy.
        let mut strip = false;
        for a in attrs(body.attr_bytes()) {
            strip |= volatile.contains(&a?.ty);
        }
        if !strip {
            return Ok(Entry {
                payload: msg.payload.into(),
            });
        }
        let mut out = Vec::with_capacity(msg.payload.len());
        out.extend_from_slice(&msg.payload[..head]);
        out.resize(head, 0);
        for a in attrs(body.attr_bytes()) {
            let a = a?;
            if volatile.contains(&a.ty) {
                continue;
            }
            let len = NLA_HEADER_LEN + a.value.len();
            let len16 = u16::try_from(len).map_err(|_| {
                Error::Wire(WireError::AttrTooShort {
                    offset: 0,
                    ty: a.ty,
                    len: 0,
                })
            })?;
            out.extend_from_slice(&len16.to_ne_bytes());
            out.extend_from_slice(&a.raw_type().to_ne_bytes());
            out.extend_from_slice(a.value);
            out.resize(crate::wire::align(out.len()), 0);
        }
        Ok(Entry {
            payload: out.into_boxed_slice(),
        })
    }

    /// The payload: family header, then attributes.
    pub fn payload(&self) -> &[u8] {
        &self.payload
    }

    /// Decode as typed message `R` (e.g. `entry.parse::<Link>()`).
    pub fn parse<'a, R: Repr<'a>>(&'a self) -> Result<R> {
        Ok(R::parse(&crate::wire::Body::new(&self.payload)?)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_reports_each_kind_once() {
        let old: HashMap<u32, &str> = [(1, "a"), (2, "b"), (3, "c")].into();
        let new: HashMap<u32, &str> = [(2, "b"), (3, "C"), (4, "d")].into();
        let mut out = VecDeque::new();
        diff(&old, &new, &mut out);
        let mut got: Vec<_> = out.into_iter().collect();
        got.sort_by_key(|c| *c.key());
        assert_eq!(
            got,
            [
                Change::Removed { key: 1, old: "a" },
                Change::Changed {
                    key: 3,
                    old: "c",
                    new: "C"
                },
                Change::Added { key: 4, new: "d" },
            ]
        );
    }
}
