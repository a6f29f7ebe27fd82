//! The tap: every datagram an nlkit socket sends or receives, written to a
//! pcapng file as it happens (one `write` per datagram, so the file is
//! whole even if the program is killed).
//!
//! A socket records when it has a tap: [`crate::socket::Socket::set_tap`]
//! (or [`crate::client::Client::set_tap`]), or the process-wide tap that
//! every socket opened afterwards takes ([`Tap::install`], or the
//! [`ENV_VAR`] environment variable read once). With no tap the socket
//! pays one branch on a `None` per datagram.
//!
//! Generic netlink names its families by number; Wireshark learns the
//! names from the `CTRL_CMD_NEWFAMILY` messages in a capture. When a
//! datagram uses a family whose NEWFAMILY the file has not seen, the tap
//! asks the kernel (`CTRL_CMD_GETFAMILY` by id, on a socket of its own)
//! and writes the reply first, marked by a comment as synthesised.

use std::collections::HashSet;
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::pcapng::{self, FLAG_INBOUND, FLAG_OUTBOUND};
use super::{Endpoints, Record, PACKET_KERNEL, PACKET_USER};
use crate::families::genl::{attr, cmd, Family, GenlHeader, GENL_ID_CTRL};
use crate::socket::{Addr, Protocol, RecvBuffer, Socket};
use crate::wire::{self, Flags, MessageBuilder};

/// The environment variable that turns the process-wide tap on:
/// `NLKIT_PCAP=FILE` records every socket of the process to `FILE`
/// (`%p` in it is replaced by the process id).
pub const ENV_VAR: &str = "NLKIT_PCAP";

/// The comment on a synthesised `CTRL_CMD_NEWFAMILY` record.
pub const SYNTHESISED: &str =
    "nlkit: synthesised CTRL_CMD_NEWFAMILY (family name for Wireshark), not real traffic";

/// A pcapng capture shared by any number of sockets (cheap to clone).
#[derive(Clone)]
pub struct Tap {
    shared: Arc<Shared>,
}

struct Shared {
    state: Mutex<State>,
    /// The file, for messages; `None` for a writer given by the program.
    path: Option<PathBuf>,
}

struct State {
    out: Box<dyn Write + Send>,
    /// The first write error; recording stops there.
    error: Option<io::Error>,
    /// Generic family ids whose names the file already holds (or that
    /// could not be named, so they are not asked for again).
    named: HashSet<u16>,
    resolve_families: bool,
    records: u64,
}

impl std::fmt::Debug for Tap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tap")
            .field("path", &self.shared.path)
            .field("records", &self.records())
            .finish()
    }
}

fn now() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

impl Tap {
    /// Creates (or truncates) `path` and writes the pcapng header.
    pub fn create(path: impl AsRef<Path>) -> io::Result<Tap> {
        let path = path.as_ref();
        let file = File::create(path).map_err(|e| {
            io::Error::new(
                e.kind(),
                format!("creating the capture {}: {e}", path.display()),
            )
        })?;
        Tap::with_writer(Box::new(file), Some(path.to_path_buf()))
    }

    /// A tap writing to `out` (a file, a pipe, a `Vec` in a test).
    pub fn to_writer(out: impl Write + Send + 'static) -> io::Result<Tap> {
        Tap::with_writer(Box::new(out), None)
    }

    fn with_writer(mut out: Box<dyn Write + Send>, path: Option<PathBuf>) -> io::Result<Tap> {
        out.write_all(&pcapng::file_header(concat!(
            "nlkit ",
            env!("CARGO_PKG_VERSION")
        )))?;
        Ok(Tap {
            shared: Arc::new(Shared {
                state: Mutex::new(State {
                    out,
                    error: None,
                    named: HashSet::new(),
                    resolve_families: true,
                    records: 0,
                }),
                path,
            }),
        })
    }

    /// Makes `tap` the process-wide tap: every socket opened from now on
    /// records to it (`None` turns that off; open sockets keep theirs).
    pub fn install(tap: Option<Tap>) {
        *global().lock().unwrap_or_else(|p| p.into_inner()) = tap;
    }

    /// The process-wide tap: the one [`Tap::install`]ed, else the file
    /// named by [`ENV_VAR`] (opened on first use). A file that cannot be
    /// created is reported once on stderr and leaves the tap off.
    pub fn installed() -> Option<Tap> {
        global().lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Whether to name generic netlink families (on by default; a test
    /// that wants the bytes exactly as sent turns it off).
    pub fn set_resolve_families(&self, on: bool) {
        self.lock().resolve_families = on;
    }

    /// How many records were written (synthesised ones included).
    pub fn records(&self) -> u64 {
        self.lock().records
    }

    /// Flushes the output; the first write error, if one stopped the tap.
    pub fn flush(&self) -> io::Result<()> {
        let mut s = self.lock();
        if let Some(e) = &s.error {
            return Err(io::Error::new(e.kind(), e.to_string()));
        }
        s.out.flush()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.shared.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Records a datagram `local` sent to `to` on `protocol`.
    pub fn sent(&self, protocol: Protocol, local: u32, to: Addr, bytes: &[u8]) {
        let pkttype = if to.portid == 0 && to.groups == 0 {
            PACKET_KERNEL
        } else {
            PACKET_USER
        };
        let ends = Endpoints {
            src: local,
            dst: to.portid,
            groups: to.groups,
            netns: None,
        };
        self.write(protocol, pkttype, ends, bytes, FLAG_OUTBOUND);
    }

    /// Records a datagram `local` received from `from` on `protocol`.
    pub fn received(&self, protocol: Protocol, local: u32, from: Addr, bytes: &[u8]) {
        let ends = Endpoints {
            src: from.portid,
            dst: local,
            groups: from.groups,
            netns: None,
        };
        self.write(protocol, PACKET_USER, ends, bytes, FLAG_INBOUND);
    }

    fn write(&self, protocol: Protocol, pkttype: u16, ends: Endpoints, bytes: &[u8], flags: u32) {
        let rec = Record {
            time: now(),
            pkttype,
            protocol: protocol.0 as u16,
            orig_len: bytes.len() as u32,
            data: bytes.to_vec(),
            comments: vec![ends.to_comment()],
        };
        self.record(rec, flags);
    }

    /// Writes a record captured elsewhere (e.g. by `nlctl capture`), with
    /// the same family naming; `flags` as in [`pcapng::Writer::write`].
    pub fn record(&self, mut rec: Record, flags: u32) {
        let mut s = self.lock();
        if s.error.is_some() {
            return;
        }
        let mut blocks = Vec::new();
        if rec.protocol == Protocol::GENERIC.0 as u16 && s.resolve_families {
            for id in unnamed_families(&rec.data, &s.named) {
                s.named.insert(id);
                match resolve_family(id) {
                    Ok(newfamily) => {
                        let synth = Record {
                            time: rec.time,
                            pkttype: PACKET_USER,
                            protocol: rec.protocol,
                            orig_len: newfamily.len() as u32,
                            data: newfamily,
                            comments: vec![SYNTHESISED.to_string()],
                        };
                        blocks.extend(pcapng::packet_block(&synth, 0));
                        s.records += 1;
                    }
                    Err(e) => rec.comments.push(format!(
                        "nlkit: generic family {id} has no known name ({e})"
                    )),
                }
            }
            for id in newfamily_ids(&rec.data) {
                s.named.insert(id);
            }
        }
        blocks.extend(pcapng::packet_block(&rec, flags));
        match s.out.write_all(&blocks) {
            Ok(()) => s.records += 1,
            Err(e) => {
                let place = self
                    .shared
                    .path
                    .as_ref()
                    .map_or_else(|| "the capture".to_string(), |p| p.display().to_string());
                eprintln!("nlkit: writing {place} failed: {e}; the tap records nothing more");
                s.error = Some(e);
            }
        }
    }
}

fn global() -> &'static Mutex<Option<Tap>> {
    static GLOBAL: OnceLock<Mutex<Option<Tap>>> = OnceLock::new();
    GLOBAL.get_or_init(|| Mutex::new(from_env()))
}

fn from_env() -> Option<Tap> {
    let value = std::env::var_os(ENV_VAR)?;
    if value.is_empty() {
        return None;
    }
    let path = PathBuf::from(
        value
            .to_string_lossy()
            .replace("%p", &std::process::id().to_string()),
    );
    match Tap::create(&path) {
        Ok(t) => Some(t),
        Err(e) => {
            eprintln!("nlkit: {ENV_VAR}={}: {e}; not recording", path.display());
            None
        }
    }
}

/// Family ids (above nlctrl's) used in `datagram` that `named` lacks.
fn unnamed_families(datagram: &[u8], named: &HashSet<u16>) -> Vec<u16> {
    let mut out = Vec::new();
    for m in wire::messages(datagram).flatten() {
        let ty = m.header.ty;
        if ty > GENL_ID_CTRL && !named.contains(&ty) && !out.contains(&ty) {
            out.push(ty);
        }
    }
    out
}

/// The family ids named by the `CTRL_CMD_NEWFAMILY` messages in `datagram`.
fn newfamily_ids(datagram: &[u8]) -> Vec<u16> {
    wire::messages(datagram)
        .flatten()
        .filter(|m| m.header.ty == GENL_ID_CTRL)
        .filter(|m| GenlHeader::parse(m.payload).is_ok_and(|h| h.cmd == cmd::NEWFAMILY))
        .filter_map(|m| Family::parse(&m).ok())
        .map(|f| f.id)
        .collect()
}

/// Asks the kernel for family `id` on an untapped socket; the
/// `CTRL_CMD_NEWFAMILY` reply's bytes.
fn resolve_family(id: u16) -> crate::Result<Vec<u8>> {
    let mut sock = Socket::open(Protocol::GENERIC)?;
    sock.set_tap(None);
    sock.set_read_timeout(Some(Duration::from_secs(1)))?;
    let mut req = Vec::new();
    let mut b = MessageBuilder::new(&mut req, GENL_ID_CTRL, Flags::REQUEST).seq(1);
    b.payload(
        &GenlHeader {
            cmd: cmd::GETFAMILY,
            version: 1,
        }
        .to_bytes(),
    );
    b.attr_u16(attr::FAMILY_ID, id);
    b.finish()?;
    sock.send(&req, Addr::KERNEL)?;
    let mut buf = RecvBuffer::new();
    let d = sock.recv(&mut buf)?;
    for m in wire::messages(d.bytes) {
        let m = m?;
        if let wire::MessageKind::Error(e) = m.kind()? {
            return Err(crate::Error::Kernel(Box::new(
                crate::error::KernelError::from_message(&e),
            )));
        }
        if m.header.ty == GENL_ID_CTRL && Family::parse(&m).is_ok_and(|f| f.id == id) {
            return Ok(m.bytes().to_vec());
        }
    }
    Err(crate::Error::ReplyCount {
        request: "CTRL_CMD_GETFAMILY",
        expected: 1,
        got: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capture::Reader;

    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);
    impl Write for Shared {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn directions_and_endpoints() {
        let out = Shared::default();
        let tap = Tap::to_writer(out.clone()).unwrap();
        tap.sent(
            Protocol(17),
            42,
            Addr::KERNEL,
            &[16, 0, 0, 0, 1, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        );
        tap.sent(Protocol(2), 42, Addr::group(3).unwrap(), &[1, 2, 3]);
        tap.received(Protocol(17), 42, Addr::KERNEL, &[9; 20]);
        assert_eq!(tap.records(), 3);
        let bytes = out.0.lock().unwrap().clone();
        let mut r = Reader::new(&bytes[..]).unwrap();
        let a = r.next_record().unwrap().unwrap();
        assert_eq!((a.pkttype, a.protocol), (PACKET_KERNEL, 17));
        assert_eq!(
            a.endpoints().unwrap(),
            Endpoints {
                src: 42,
                dst: 0,
                groups: 0,
                netns: None
            }
        );
        let b = r.next_record().unwrap().unwrap();
        assert_eq!(
            (b.pkttype, b.data.as_slice()),
            (PACKET_USER, &[1u8, 2, 3][..])
        );
        assert_eq!(b.endpoints().unwrap().groups, 4);
        let c = r.next_record().unwrap().unwrap();
        assert_eq!(
            c.endpoints().unwrap(),
            Endpoints {
                src: 0,
                dst: 42,
                groups: 0,
                netns: None
            }
        );
        assert!(r.next_record().unwrap().is_none());
    }

    #[test]
    fn newfamily_seen_in_traffic_names_its_family() {
        let mut buf = Vec::new();
        let mut b = MessageBuilder::new(&mut buf, GENL_ID_CTRL, Flags::EMPTY);
        b.payload(
            &GenlHeader {
                cmd: cmd::NEWFAMILY,
                version: 2,
            }
            .to_bytes(),
        );
        b.attr_str(attr::FAMILY_NAME, "demo");
        b.attr_u16(attr::FAMILY_ID, 0x22);
        b.finish().unwrap();
        assert_eq!(newfamily_ids(&buf), vec![0x22]);
        let mut named = HashSet::new();
        let mut req = Vec::new();
        MessageBuilder::new(&mut req, 0x22, Flags::REQUEST)
            .finish()
            .unwrap();
        assert_eq!(unnamed_families(&req, &named), vec![0x22]);
        named.insert(0x22);
        assert!(unnamed_families(&req, &named).is_empty());
        assert!(unnamed_families(&buf, &HashSet::new()).is_empty());
    }
}
