//! pcapng (the format Wireshark and dumpcap write by default): the
//! [`Writer`] nlkit and nlctl use for every capture, and the [`Reader`]
//! half of [`super::Reader`].
//!
//! A file is a Section Header Block, one Interface Description Block
//! (`LINKTYPE_NETLINK`, nanosecond timestamps) and one Enhanced Packet
//! Block per datagram, with its direction in `epb_flags` and its endpoints
//! in an `opt_comment`. The reader also takes several sections and
//! interfaces, either byte order, Simple and obsolete Packet Blocks, and
//! skips block types it does not know (as the format requires).

use std::io::{self, Read, Write};
use std::time::Duration;

use super::{read_full, read_up_to, split_cooked, ReadError, Record, COOKED_LEN, SNAPLEN};

/// Section Header Block type (also the file's magic).
pub const BLOCK_SHB: u32 = 0x0a0d_0d0a;
/// Interface Description Block type.
pub const BLOCK_IDB: u32 = 1;
/// Obsolete Packet Block type.
pub const BLOCK_PB: u32 = 2;
/// Simple Packet Block type.
pub const BLOCK_SPB: u32 = 3;
/// Enhanced Packet Block type.
pub const BLOCK_EPB: u32 = 6;
const BYTE_ORDER_MAGIC: u32 = 0x1a2b_3c4d;
/// The largest block the reader accepts (a packet of [`SNAPLEN`] plus
/// generous room for options).
pub const MAX_BLOCK: u32 = SNAPLEN + 64 * 1024;

const OPT_END: u16 = 0;
const OPT_COMMENT: u16 = 1;
const SHB_USERAPPL: u16 = 4;
const IF_NAME: u16 = 2;
const IF_TSRESOL: u16 = 9;
const EPB_FLAGS: u16 = 2;

/// `epb_flags` direction: inbound (received by the recording socket).
pub const FLAG_INBOUND: u32 = 1;
/// `epb_flags` direction: outbound (sent by the recording socket).
pub const FLAG_OUTBOUND: u32 = 2;

fn pad4(n: usize) -> usize {
    (n + 3) & !3
}

fn put_option(b: &mut Vec<u8>, code: u16, value: &[u8]) {
    let len = value.len().min(usize::from(u16::MAX) - 3);
    b.extend_from_slice(&code.to_ne_bytes());
    b.extend_from_slice(&(len as u16).to_ne_bytes());
    b.extend_from_slice(&value[..len]);
    b.resize(b.len() + pad4(len) - len, 0);
}

/// Wraps a block body in its type and the two length fields.
fn block(ty: u32, body: &[u8]) -> Vec<u8> {
    let total = (12 + body.len()) as u32;
    let mut b = Vec::with_capacity(total as usize);
    b.extend_from_slice(&ty.to_ne_bytes());
    b.extend_from_slice(&total.to_ne_bytes());
    b.extend_from_slice(body);
    b.extend_from_slice(&total.to_ne_bytes());
    b
}

/// The header of a new file: a Section Header Block naming `application`
/// and the netlink interface (nanosecond timestamps).
pub fn file_header(application: &str) -> Vec<u8> {
    let mut shb = Vec::new();
    shb.extend_from_slice(&BYTE_ORDER_MAGIC.to_ne_bytes());
    shb.extend_from_slice(&1u16.to_ne_bytes());
    shb.extend_from_slice(&0u16.to_ne_bytes());
    shb.extend_from_slice(&(-1i64).to_ne_bytes());
    put_option(&mut shb, SHB_USERAPPL, application.as_bytes());
    put_option(&mut shb, OPT_END, &[]);
    let mut idb = Vec::new();
    idb.extend_from_slice(&super::LINKTYPE_NETLINK.to_ne_bytes());
    idb.extend_from_slice(&0u16.to_ne_bytes());
    idb.extend_from_slice(&SNAPLEN.to_ne_bytes());
    put_option(&mut idb, IF_NAME, b"netlink");
    put_option(&mut idb, IF_TSRESOL, &[9]);
    put_option(&mut idb, OPT_END, &[]);
    let mut out = block(BLOCK_SHB, &shb);
    out.extend_from_slice(&block(BLOCK_IDB, &idb));
    out
}

/// One Enhanced Packet Block for `r`, with `flags` (0 or a direction) and
/// the record's comments.
pub fn packet_block(r: &Record, flags: u32) -> Vec<u8> {
    let max = SNAPLEN as usize - COOKED_LEN;
    let data = &r.data[..r.data.len().min(max)];
    let caplen = COOKED_LEN + data.len();
    let orig = (COOKED_LEN as u32).saturating_add(r.orig_len.max(data.len() as u32));
    let ts = u64::try_from(r.time.as_nanos()).unwrap_or(u64::MAX);
    let mut b = Vec::with_capacity(32 + pad4(caplen) + 64);
    b.extend_from_slice(&0u32.to_ne_bytes());
    b.extend_from_slice(&((ts >> 32) as u32).to_ne_bytes());
    b.extend_from_slice(&(ts as u32).to_ne_bytes());
    b.extend_from_slice(&(caplen as u32).to_ne_bytes());
    b.extend_from_slice(&orig.to_ne_bytes());
    b.extend_from_slice(&r.cooked_header());
    b.extend_from_slice(data);
    b.resize(b.len() + pad4(caplen) - caplen, 0);
    for c in &r.comments {
        put_option(&mut b, OPT_COMMENT, c.as_bytes());
    }
    if flags != 0 {
        put_option(&mut b, EPB_FLAGS, &flags.to_ne_bytes());
    }
    if !r.comments.is_empty() || flags != 0 {
        put_option(&mut b, OPT_END, &[]);
    }
    block(BLOCK_EPB, &b)
}

/// Writes a pcapng capture of netlink datagrams.
#[derive(Debug)]
pub struct Writer<W: Write> {
    out: W,
}

impl<W: Write> Writer<W> {
    /// Writes the section and interface headers.
    pub fn new(mut out: W) -> io::Result<Writer<W>> {
        out.write_all(&file_header(concat!("nlkit ", env!("CARGO_PKG_VERSION"))))?;
        Ok(Writer { out })
    }

    /// Appends one record; `flags` is 0, [`FLAG_INBOUND`] or
    /// [`FLAG_OUTBOUND`] (the direction seen from the recording socket).
    pub fn write(&mut self, r: &Record, flags: u32) -> io::Result<()> {
        self.out.write_all(&packet_block(r, flags))
    }

    /// Flushes the output.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// The output, flushed.
    pub fn into_inner(mut self) -> io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }
}

#[derive(Clone, Copy, Debug)]
struct Interface {
    linktype: u16,
    /// Timestamp units per second.
    units: u64,
}

/// Reads a pcapng file; see [`super::Reader`] to read either format.
#[derive(Debug)]
pub struct Reader<R: Read> {
    input: R,
    swap: bool,
    interfaces: Vec<Interface>,
    offset: u64,
    block: u64,
    packets: u64,
}

struct Fields<'a> {
    b: &'a [u8],
    swap: bool,
}

impl Fields<'_> {
    fn u16(&self, at: usize) -> u16 {
        let v = u16::from_ne_bytes([self.b[at], self.b[at + 1]]);
        if self.swap {
            v.swap_bytes()
        } else {
            v
        }
    }

    fn u32(&self, at: usize) -> u32 {
        let v = u32::from_ne_bytes([self.b[at], self.b[at + 1], self.b[at + 2], self.b[at + 3]]);
        if self.swap {
            v.swap_bytes()
        } else {
            v
        }
    }
}

/// The options after a block's fixed part, as (code, value) pairs.
fn options(b: &[u8], swap: bool) -> Result<Vec<(u16, &[u8])>, String> {
    let f = Fields { b, swap };
    let mut out = Vec::new();
    let mut at = 0;
    while at + 4 <= b.len() {
        let code = f.u16(at);
        let len = usize::from(f.u16(at + 2));
        if code == OPT_END {
            return Ok(out);
        }
        let end = at + 4 + len;
        if end > b.len() {
            return Err(format!(
                "option {code} at {at} of the options claims {len} bytes, past the end of the block"
            ));
        }
        out.push((code, &b[at + 4..end]));
        at = at + 4 + pad4(len);
    }
    if at != b.len() && at < b.len() {
        return Err(format!("{} stray bytes after the options", b.len() - at));
    }
    Ok(out)
}

impl<R: Read> Reader<R> {
    /// Reads and checks the first Section Header Block.
    pub fn new(mut input: R) -> Result<Reader<R>, ReadError> {
        let mut magic = [0u8; 4];
        read_full(&mut input, &mut magic).map_err(ReadError::Io)?;
        Reader::after_magic(input, magic)
    }

    /// Goes on after the first four bytes (the SHB type, already read).
    pub(super) fn after_magic(input: R, magic: [u8; 4]) -> Result<Reader<R>, ReadError> {
        let mut r = Reader {
            input,
            swap: false,
            interfaces: Vec::new(),
            offset: 0,
            block: 0,
            packets: 0,
        };
        if u32::from_ne_bytes(magic) != BLOCK_SHB {
            return Err(r.error(
                0,
                1,
                "the file does not start with a Section Header Block".into(),
            ));
        }
        let body = r.read_block_rest(BLOCK_SHB)?;
        r.section(&body)?;
        Ok(r)
    }

    fn error(&self, offset: u64, block: u64, message: String) -> ReadError {
        ReadError::Format {
            what: format!("block {block}"),
            offset,
            message,
        }
    }

    /// After the 4-byte type: reads the length, the body and the trailing
    /// length; returns the body and moves the offset past the block.
    fn read_block_rest(&mut self, ty: u32) -> Result<Vec<u8>, ReadError> {
        let start = self.offset;
        let number = self.block + 1;
        let mut len = [0u8; 4];
        let got = read_full(&mut self.input, &mut len).map_err(ReadError::Io)?;
        if got < 4 {
            return Err(self.error(
                start,
                number,
                format!("the file ends inside the header of a block of type {ty:#x}"),
            ));
        }
        if ty == BLOCK_SHB {
            // The byte order is only known from the magic after the length.
            let mut bom = [0u8; 4];
            let got = read_full(&mut self.input, &mut bom).map_err(ReadError::Io)?;
            if got < 4 {
                return Err(self.error(
                    start,
                    number,
                    "the file ends inside a Section Header Block".into(),
                ));
            }
            self.swap = match u32::from_ne_bytes(bom) {
                BYTE_ORDER_MAGIC => false,
                m if m.swap_bytes() == BYTE_ORDER_MAGIC => true,
                m => {
                    return Err(self.error(
                        start,
                        number,
                        format!("byte-order magic {m:#010x} is not 0x1a2b3c4d: not a pcapng file"),
                    ))
                }
            };
            let total = self.fix(u32::from_ne_bytes(len));
            let mut body = bom.to_vec();
            body.extend(self.read_body(start, number, ty, total, 12)?);
            return Ok(body);
        }
        let total = self.fix(u32::from_ne_bytes(len));
        self.read_body(start, number, ty, total, 8)
    }

    fn fix(&self, v: u32) -> u32 {
        if self.swap {
            v.swap_bytes()
        } else {
            v
        }
    }

    /// Reads the rest of a block of `total` bytes of which `done` are read.
    fn read_body(
        &mut self,
        start: u64,
        number: u64,
        ty: u32,
        total: u32,
        done: u32,
    ) -> Result<Vec<u8>, ReadError> {
        if total < 12 || total % 4 != 0 {
            return Err(self.error(
                start,
                number,
                format!(
                    "block of type {ty:#x} has length {total}: not a multiple of 4 of at least 12"
                ),
            ));
        }
        if total > MAX_BLOCK {
            return Err(self.error(start, number, format!(
                "block of type {ty:#x} has length {total}, more than the {MAX_BLOCK} bytes accepted: the file is corrupt"
            )));
        }
        if total < done + 4 {
            return Err(self.error(
                start,
                number,
                format!("block of type {ty:#x} has length {total}, too short for its header"),
            ));
        }
        let rest = read_up_to(&mut self.input, u64::from(total - done)).map_err(ReadError::Io)?;
        if rest.len() < (total - done) as usize {
            return Err(self.error(
                start,
                number,
                format!(
                    "the file ends {} bytes into a block of type {ty:#x} and {total} bytes",
                    done as usize + rest.len()
                ),
            ));
        }
        let (body, trailer) = rest.split_at(rest.len() - 4);
        let trailing = self.fix(u32::from_ne_bytes([
            trailer[0], trailer[1], trailer[2], trailer[3],
        ]));
        if trailing != total {
            return Err(self.error(start, number, format!(
                "block of type {ty:#x} starts with length {total} but ends with {trailing}: the file is corrupt"
            )));
        }
        self.offset += u64::from(total);
        self.block = number;
        Ok(body.to_vec())
    }

    /// A new section: its byte order is set; interfaces start again.
    fn section(&mut self, body: &[u8]) -> Result<(), ReadError> {
        let start = self.offset;
        if body.len() < 16 {
            return Err(self.error(
                start,
                self.block,
                "Section Header Block shorter than its 16-byte fixed part".into(),
            ));
        }
        let f = Fields {
            b: body,
            swap: self.swap,
        };
        let major = f.u16(4);
        if major != 1 {
            return Err(self.error(
                start,
                self.block,
                format!("pcapng major version {major}: only version 1 is known"),
            ));
        }
        self.interfaces.clear();
        Ok(())
    }

    fn interface(&mut self, start: u64, body: &[u8]) -> Result<(), ReadError> {
        if body.len() < 8 {
            return Err(self.error(
                start,
                self.block,
                "Interface Description Block shorter than its 8-byte fixed part".into(),
            ));
        }
        let f = Fields {
            b: body,
            swap: self.swap,
        };
        let linktype = f.u16(0);
        let mut units = 1_000_000u64;
        for (code, value) in
            options(&body[8..], self.swap).map_err(|m| self.error(start, self.block, m))?
        {
            if code == IF_TSRESOL {
                let Some(&v) = value.first() else {
                    return Err(self.error(start, self.block, "empty if_tsresol option".into()));
                };
                let exp = u32::from(v & 0x7f);
                let base: u64 = if v & 0x80 != 0 { 2 } else { 10 };
                units = base
                    .checked_pow(exp)
                    .filter(|&u| u <= 1 << 60)
                    .ok_or_else(|| {
                        self.error(
                            start,
                            self.block,
                            format!("if_tsresol {v:#x} is out of range"),
                        )
                    })?;
            }
        }
        self.interfaces.push(Interface { linktype, units });
        Ok(())
    }

    fn iface(&self, start: u64, id: u32) -> Result<Interface, ReadError> {
        let iface = self.interfaces.get(id as usize).copied().ok_or_else(|| {
            self.error(
                start,
                self.block,
                format!(
                    "packet on interface {id}, but the section describes {} interface(s)",
                    self.interfaces.len()
                ),
            )
        })?;
        if iface.linktype != super::LINKTYPE_NETLINK {
            return Err(self.error(start, self.block, format!(
                "packet on interface {id} of link type {}, not LINKTYPE_NETLINK (253): not a netlink capture",
                iface.linktype
            )));
        }
        Ok(iface)
    }

    /// The next packet; `None` at a clean end of file.
    pub fn next_record(&mut self) -> Result<Option<Record>, ReadError> {
        loop {
            let start = self.offset;
            let mut ty = [0u8; 4];
            let got = read_full(&mut self.input, &mut ty).map_err(ReadError::Io)?;
            if got == 0 {
                return Ok(None);
            }
            if got < 4 {
                return Err(self.error(
                    start,
                    self.block + 1,
                    "the file ends inside a block's type".into(),
                ));
            }
            let raw = u32::from_ne_bytes(ty);
            let ty = if raw == BLOCK_SHB { raw } else { self.fix(raw) };
            let body = self.read_block_rest(ty)?;
            let packet = match ty {
                BLOCK_SHB => {
                    self.section(&body)?;
                    continue;
                }
                BLOCK_IDB => {
                    self.interface(start, &body)?;
                    continue;
                }
                BLOCK_EPB => self.enhanced(start, &body)?,
                BLOCK_SPB => self.simple(start, &body)?,
                BLOCK_PB => self.obsolete(start, &body)?,
                _ => continue,
            };
            self.packets += 1;
            return Ok(Some(packet));
        }
    }

    fn packet_error(&self, start: u64, message: String) -> ReadError {
        ReadError::Format {
            what: format!("record {} (block {})", self.packets + 1, self.block),
            offset: start,
            message,
        }
    }

    fn timestamp(&self, iface: Interface, high: u32, low: u32) -> Duration {
        let ts = (u64::from(high) << 32) | u64::from(low);
        let secs = ts / iface.units;
        let frac = ts % iface.units;
        let nanos = (u128::from(frac) * 1_000_000_000 / u128::from(iface.units)) as u32;
        Duration::new(secs, nanos)
    }

    /// The packet bytes of `caplen` at `at` in `body`, and what follows.
    fn packet_bytes<'b>(
        &self,
        start: u64,
        body: &'b [u8],
        at: usize,
        caplen: u32,
    ) -> Result<(&'b [u8], &'b [u8]), ReadError> {
        let caplen = caplen as usize;
        if caplen > SNAPLEN as usize || at + caplen > body.len() {
            return Err(self.packet_error(
                start,
                format!(
                    "captured length {caplen} is larger than the block's {} bytes of packet data",
                    body.len().saturating_sub(at)
                ),
            ));
        }
        let end = (at + pad4(caplen)).min(body.len());
        Ok((&body[at..at + caplen], &body[end..]))
    }

    fn enhanced(&self, start: u64, body: &[u8]) -> Result<Record, ReadError> {
        if body.len() < 20 {
            return Err(self.packet_error(
                start,
                "Enhanced Packet Block shorter than its 20-byte fixed part".into(),
            ));
        }
        let f = Fields {
            b: body,
            swap: self.swap,
        };
        let iface = self.iface(start, f.u32(0))?;
        let time = self.timestamp(iface, f.u32(4), f.u32(8));
        let caplen = f.u32(12);
        let orig = f.u32(16);
        let (packet, opts) = self.packet_bytes(start, body, 20, caplen)?;
        let mut rec = split_cooked(packet, orig.max(caplen), time)
            .map_err(|m| self.packet_error(start, m))?;
        for (code, value) in options(opts, self.swap).map_err(|m| self.packet_error(start, m))? {
            if code == OPT_COMMENT {
                rec.comments
                    .push(String::from_utf8_lossy(value).into_owned());
            }
        }
        Ok(rec)
    }

    fn simple(&self, start: u64, body: &[u8]) -> Result<Record, ReadError> {
        if body.len() < 4 {
            return Err(self.packet_error(
                start,
                "Simple Packet Block shorter than its 4-byte fixed part".into(),
            ));
        }
        self.iface(start, 0)?;
        let orig = Fields {
            b: body,
            swap: self.swap,
        }
        .u32(0);
        let caplen = orig.min((body.len() - 4) as u32).min(SNAPLEN);
        let (packet, _) = self.packet_bytes(start, body, 4, caplen)?;
        split_cooked(packet, orig, Duration::ZERO).map_err(|m| self.packet_error(start, m))
    }

    fn obsolete(&self, start: u64, body: &[u8]) -> Result<Record, ReadError> {
        if body.len() < 20 {
            return Err(self.packet_error(
                start,
                "Packet Block shorter than its 20-byte fixed part".into(),
            ));
        }
        let f = Fields {
            b: body,
            swap: self.swap,
        };
        let iface = self.iface(start, u32::from(f.u16(0)))?;
        let time = self.timestamp(iface, f.u32(4), f.u32(8));
        let caplen = f.u32(12);
        let (packet, _) = self.packet_bytes(start, body, 20, caplen)?;
        split_cooked(packet, f.u32(16).max(caplen), time).map_err(|m| self.packet_error(start, m))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capture::{PACKET_KERNEL, PACKET_USER};

    fn recs() -> Vec<Record> {
        vec![
            Record {
                time: Duration::new(1_700_000_000, 123_456_789),
                pkttype: PACKET_KERNEL,
                protocol: 17,
                data: vec![20, 0, 0, 0, 18, 0, 1, 3, 1, 0, 0, 0, 0, 0, 0, 0, 9, 9, 9],
                orig_len: 19,
                comments: vec!["nlkit: portid 7 -> 0".into()],
            },
            Record {
                time: Duration::new(3, 4),
                pkttype: PACKET_USER,
                protocol: 16,
                data: vec![16, 0, 0, 0, 3, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0],
                orig_len: 16,
                comments: vec![],
            },
        ]
    }

    fn file() -> Vec<u8> {
        let mut w = Writer::new(Vec::new()).unwrap();
        w.write(&recs()[0], FLAG_OUTBOUND).unwrap();
        w.write(&recs()[1], 0).unwrap();
        w.into_inner().unwrap()
    }

    #[test]
    fn round_trip() {
        let buf = file();
        let mut r = crate::capture::Reader::new(&buf[..]).unwrap();
        assert_eq!(r.format(), "pcapng");
        assert_eq!(r.next_record().unwrap().as_ref(), Some(&recs()[0]));
        assert_eq!(r.next_record().unwrap().as_ref(), Some(&recs()[1]));
        assert!(r.next_record().unwrap().is_none());
    }

    #[test]
    fn truncation_anywhere_is_an_error_never_a_panic() {
        let buf = file();
        let header = file_header(concat!("nlkit ", env!("CARGO_PKG_VERSION")));
        let shb = u32::from_ne_bytes([header[4], header[5], header[6], header[7]]) as usize;
        let epb = packet_block(&recs()[0], FLAG_OUTBOUND).len();
        // Cuts between blocks end the file cleanly; all others are errors.
        let boundaries = [shb, header.len(), header.len() + epb];
        for cut in 1..buf.len() {
            let result = crate::capture::Reader::new(&buf[..cut]).and_then(|mut r| {
                while r.next_record()?.is_some() {}
                Ok(())
            });
            if boundaries.contains(&cut) {
                assert!(result.is_ok(), "cut at {cut}: {result:?}");
                continue;
            }
            let e = result.expect_err(&format!("cut at {cut}")).to_string();
            assert!(e.contains("byte offset"), "{e}");
        }
    }

    #[test]
    fn every_single_byte_corruption_reads_or_errs() {
        let buf = file();
        for at in 0..buf.len() {
            for v in [0x00, 0xff, 0x7f, 0x80, buf[at] ^ 1] {
                let mut bad = buf.clone();
                bad[at] = v;
                let result = crate::capture::Reader::new(&bad[..]).and_then(|mut r| {
                    while r.next_record()?.is_some() {}
                    Ok(())
                });
                if let Err(e) = result {
                    assert!(e.to_string().contains("byte offset"), "{e}");
                }
            }
        }
    }

    #[test]
    fn corrupt_blocks_are_named() {
        let buf = file();
        let header = file_header(concat!("nlkit ", env!("CARGO_PKG_VERSION"))).len();
        // Trailing length of the first packet block changed.
        let epb = packet_block(&recs()[0], FLAG_OUTBOUND).len();
        let mut bad = buf.clone();
        bad[header + epb - 1] ^= 0x40;
        let mut r = crate::capture::Reader::new(&bad[..]).unwrap();
        let e = r.next_record().unwrap_err().to_string();
        assert!(
            e.starts_with(&format!("block 3 at byte offset {header}:")),
            "{e}"
        );
        assert!(e.contains("ends with"), "{e}");
        // Captured length past the block.
        let mut bad = buf.clone();
        bad[header + 20..header + 24].copy_from_slice(&9999u32.to_ne_bytes());
        let e = crate::capture::Reader::new(&bad[..])
            .unwrap()
            .next_record()
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with(&format!("record 1 (block 3) at byte offset {header}:")),
            "{e}"
        );
        // A packet on an interface never described.
        let mut bad = buf.clone();
        bad[header + 8..header + 12].copy_from_slice(&5u32.to_ne_bytes());
        let e = crate::capture::Reader::new(&bad[..])
            .unwrap()
            .next_record()
            .unwrap_err()
            .to_string();
        assert!(e.contains("interface 5"), "{e}");
        // A huge block length.
        let mut bad = buf;
        bad[header + 4..header + 8].copy_from_slice(&0xffff_fff0u32.to_ne_bytes());
        let e = crate::capture::Reader::new(&bad[..])
            .unwrap()
            .next_record()
            .unwrap_err()
            .to_string();
        assert!(e.contains("more than"), "{e}");
    }

    #[test]
    fn unknown_blocks_are_skipped_and_other_byte_order_read() {
        let mut buf = file_header("x");
        buf.extend_from_slice(&block(0x8000_0001, &[1, 2, 3, 4]));
        buf.extend_from_slice(&packet_block(&recs()[1], 0));
        let mut r = crate::capture::Reader::new(&buf[..]).unwrap();
        assert_eq!(r.next_record().unwrap().as_ref(), Some(&recs()[1]));
        assert!(r.next_record().unwrap().is_none());
    }
}
