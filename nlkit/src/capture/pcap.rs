//! Classic pcap (`LINKTYPE_NETLINK`), as tcpdump writes on an `nlmon`
//! device with `-F pcap` and as older nlctl versions wrote: read in either
//! byte order with micro- or nanosecond timestamps. [`Writer`] exists for
//! fixtures and for tools that want the old format; nlkit itself writes
//! pcapng ([`super::pcapng`]).

use std::io::{self, Read, Write};
use std::time::Duration;

use super::{read_full, read_up_to, split_cooked, ReadError, Record, COOKED_LEN, SNAPLEN};

const MAGIC_US: u32 = 0xa1b2_c3d4;
const MAGIC_NS: u32 = 0xa1b2_3c4d;
const FILE_HEADER_LEN: u64 = 24;

/// Writes a classic pcap file with `LINKTYPE_NETLINK` records.
#[derive(Debug)]
pub struct Writer<W: Write> {
    out: W,
}

impl<W: Write> Writer<W> {
    /// Writes the file header (native byte order, microseconds).
    pub fn new(mut out: W) -> io::Result<Writer<W>> {
        let mut h = Vec::with_capacity(24);
        h.extend_from_slice(&MAGIC_US.to_ne_bytes());
        h.extend_from_slice(&2u16.to_ne_bytes());
        h.extend_from_slice(&4u16.to_ne_bytes());
        h.extend_from_slice(&0i32.to_ne_bytes());
        h.extend_from_slice(&0u32.to_ne_bytes());
        h.extend_from_slice(&SNAPLEN.to_ne_bytes());
        h.extend_from_slice(&u32::from(super::LINKTYPE_NETLINK).to_ne_bytes());
        out.write_all(&h)?;
        Ok(Writer { out })
    }

    /// Appends one record (cooked header + datagram, cut at the snap
    /// length); comments are not representable and are dropped.
    pub fn write(&mut self, r: &Record) -> io::Result<()> {
        let max = SNAPLEN as usize - COOKED_LEN;
        let data = &r.data[..r.data.len().min(max)];
        let incl = (COOKED_LEN + data.len()) as u32;
        let orig = (COOKED_LEN as u32).saturating_add(r.orig_len.max(r.data.len() as u32));
        let mut h = Vec::with_capacity(16 + COOKED_LEN + data.len());
        h.extend_from_slice(&(r.time.as_secs() as u32).to_ne_bytes());
        h.extend_from_slice(&r.time.subsec_micros().to_ne_bytes());
        h.extend_from_slice(&incl.to_ne_bytes());
        h.extend_from_slice(&orig.to_ne_bytes());
        h.extend_from_slice(&r.cooked_header());
        h.extend_from_slice(data);
        self.out.write_all(&h)
    }

    /// Flushes the output.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Reads a classic pcap file; see [`super::Reader`] to read either format.
#[derive(Debug)]
pub struct Reader<R: Read> {
    input: R,
    swap: bool,
    nanos: bool,
    offset: u64,
    record: u64,
}

impl<R: Read> Reader<R> {
    /// Reads and checks the file header.
    pub fn new(mut input: R) -> Result<Reader<R>, ReadError> {
        let mut magic = [0u8; 4];
        read_full(&mut input, &mut magic).map_err(ReadError::Io)?;
        Reader::after_magic(input, magic)
    }

    /// Goes on after the first four bytes (already read).
    pub(super) fn after_magic(mut input: R, magic: [u8; 4]) -> Result<Reader<R>, ReadError> {
        let header = |message: String| ReadError::Format {
            what: "the pcap file header".into(),
            offset: 0,
            message,
        };
        let m = u32::from_ne_bytes(magic);
        let (swap, nanos) = match m {
            MAGIC_US => (false, false),
            MAGIC_NS => (false, true),
            m if m.swap_bytes() == MAGIC_US => (true, false),
            m if m.swap_bytes() == MAGIC_NS => (true, true),
            m => {
                return Err(header(format!(
                    "magic {m:#010x} is neither pcap nor pcapng: not a capture file"
                )))
            }
        };
        let mut rest = [0u8; 20];
        let got = read_full(&mut input, &mut rest).map_err(ReadError::Io)?;
        if got < rest.len() {
            return Err(header(format!(
                "the file ends after {} bytes, inside the 24-byte pcap header",
                4 + got
            )));
        }
        let r = Reader {
            input,
            swap,
            nanos,
            offset: FILE_HEADER_LEN,
            record: 0,
        };
        let linktype = r.u32(&rest[16..20]) & 0xffff;
        if linktype != u32::from(super::LINKTYPE_NETLINK) {
            return Err(header(format!(
                "link type {linktype} is not LINKTYPE_NETLINK (253): not a netlink capture"
            )));
        }
        Ok(r)
    }

    fn u32(&self, b: &[u8]) -> u32 {
        let v = u32::from_ne_bytes([b[0], b[1], b[2], b[3]]);
        if self.swap {
            v.swap_bytes()
        } else {
            v
        }
    }

    /// The next record; `None` at a clean end of file.
    pub fn next_record(&mut self) -> Result<Option<Record>, ReadError> {
        let start = self.offset;
        let number = self.record + 1;
        let err = |message: String| ReadError::Format {
            what: format!("record {number}"),
            offset: start,
            message,
        };
        let mut h = [0u8; 16];
        let got = read_full(&mut self.input, &mut h).map_err(ReadError::Io)?;
        if got == 0 {
            return Ok(None);
        }
        if got < h.len() {
            return Err(err(format!(
                "the file ends {got} bytes into the 16-byte record header"
            )));
        }
        let ts_sec = self.u32(&h[0..4]);
        let frac = self.u32(&h[4..8]);
        let incl = self.u32(&h[8..12]);
        let orig = self.u32(&h[12..16]);
        if incl > SNAPLEN {
            return Err(err(format!(
                "captured length {incl} is larger than {SNAPLEN} bytes: the file is corrupt"
            )));
        }
        let packet = read_up_to(&mut self.input, u64::from(incl)).map_err(ReadError::Io)?;
        if packet.len() < incl as usize {
            return Err(err(format!(
                "the file ends {} bytes into a packet of {incl} bytes",
                packet.len()
            )));
        }
        let max_frac = if self.nanos { 1_000_000_000 } else { 1_000_000 };
        if frac >= max_frac {
            return Err(err(format!(
                "timestamp fraction {frac} is not below {max_frac}: the file is corrupt"
            )));
        }
        let nanos = if self.nanos { frac } else { frac * 1000 };
        let time = Duration::new(u64::from(ts_sec), nanos);
        let rec = split_cooked(&packet, orig.max(incl), time).map_err(err)?;
        self.offset += 16 + u64::from(incl);
        self.record = number;
        Ok(Some(rec))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(pkttype: u16, protocol: u16, data: Vec<u8>) -> Record {
        Record {
            time: Duration::new(5, 6000),
            pkttype,
            protocol,
            orig_len: data.len() as u32,
            data,
            comments: Vec::new(),
        }
    }

    #[test]
    fn round_trip_both_byte_orders() {
        let recs = vec![
            rec(
                super::super::PACKET_KERNEL,
                0,
                vec![20, 0, 0, 0, 18, 0, 1, 3],
            ),
            rec(super::super::PACKET_USER, 16, vec![16, 0, 0, 0, 3, 0, 2, 0]),
        ];
        let mut buf = Vec::new();
        let mut w = Writer::new(&mut buf).unwrap();
        for r in &recs {
            w.write(r).unwrap();
        }
        assert_eq!(buf.len(), 24 + 2 * (16 + 16 + 8));
        let mut r = Reader::new(&buf[..]).unwrap();
        assert_eq!(r.next_record().unwrap().as_ref(), Some(&recs[0]));
        assert_eq!(r.next_record().unwrap().as_ref(), Some(&recs[1]));
        assert_eq!(r.next_record().unwrap(), None);

        // The same file written on a machine of the other byte order.
        let mut swapped = buf.clone();
        for range in [0..4, 8..12, 12..16, 16..20, 20..24] {
            swapped[range].reverse();
        }
        let mut at = 24;
        while at < swapped.len() {
            for f in 0..4 {
                swapped[at + 4 * f..at + 4 * f + 4].reverse();
            }
            at += 16 + 24;
        }
        let mut r = Reader::new(&swapped[..]).unwrap();
        assert_eq!(r.next_record().unwrap().as_ref(), Some(&recs[0]));
    }

    #[test]
    fn errors_name_the_record_and_offset() {
        let mut buf = Vec::new();
        let mut w = Writer::new(&mut buf).unwrap();
        w.write(&rec(6, 0, vec![1, 2, 3, 4])).unwrap();
        w.write(&rec(6, 0, vec![1, 2, 3, 4])).unwrap();
        let whole = buf.clone();
        buf.truncate(buf.len() - 2);
        let mut r = Reader::new(&buf[..]).unwrap();
        r.next_record().unwrap();
        let e = r.next_record().unwrap_err().to_string();
        assert_eq!(
            e,
            "record 2 at byte offset 60: the file ends 18 bytes into a packet of 20 bytes"
        );

        let mut huge = whole.clone();
        huge[24 + 8..24 + 12].copy_from_slice(&u32::MAX.to_ne_bytes());
        let e = Reader::new(&huge[..])
            .unwrap()
            .next_record()
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("record 1 at byte offset 24: captured length"),
            "{e}"
        );

        let mut short = whole.clone();
        short[24 + 8..24 + 12].copy_from_slice(&4u32.to_ne_bytes());
        let e = Reader::new(&short[..4 + 24 + 16])
            .unwrap()
            .next_record()
            .unwrap_err()
            .to_string();
        assert!(e.contains("shorter than the 16-byte"), "{e}");

        let mut eth = whole;
        eth[20] = 1;
        let e = Reader::new(&eth[..]).unwrap_err().to_string();
        assert!(e.contains("not LINKTYPE_NETLINK"), "{e}");
        let e = Reader::new(&eth[..10]).unwrap_err().to_string();
        assert!(e.contains("inside the 24-byte pcap header"), "{e}");
    }
}
