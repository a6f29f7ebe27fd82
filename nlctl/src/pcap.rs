//! pcap files of netlink traffic (`LINKTYPE_NETLINK` = 253), as written by
//! `nlctl capture` and by tcpdump on an `nlmon` device. Each record is the
//! 16-byte "cooked" header (packet type, `ARPHRD_NETLINK`, address length,
//! address, netlink protocol; big-endian) followed by the netlink messages.

use std::io::{self, Read, Write};

/// `LINKTYPE_NETLINK`.
pub const LINKTYPE_NETLINK: u32 = 253;
/// `ARPHRD_NETLINK`: the hardware type of an nlmon device.
pub const ARPHRD_NETLINK: u16 = 824;
/// Length of the cooked header before the netlink messages.
pub const COOKED_LEN: usize = 16;
/// `PACKET_USER`: the message went to a user-space socket.
pub const PACKET_USER: u16 = 6;
/// `PACKET_KERNEL`: the message went to the kernel.
pub const PACKET_KERNEL: u16 = 7;
/// Largest record accepted when reading (and snap length when writing).
pub const SNAPLEN: u32 = 262_144;

const MAGIC_US: u32 = 0xa1b2_c3d4;
const MAGIC_NS: u32 = 0xa1b2_3c4d;

/// One captured packet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// Seconds since the epoch.
    pub ts_sec: u32,
    /// Microseconds within the second.
    pub ts_usec: u32,
    /// `PACKET_USER` or `PACKET_KERNEL` (direction).
    pub pkttype: u16,
    /// The netlink protocol number.
    pub protocol: u16,
    /// The netlink messages (one datagram).
    pub data: Vec<u8>,
    /// Original length when the record was cut by the snap length.
    pub orig_len: u32,
}

/// Writes a pcap file with `LINKTYPE_NETLINK` records.
#[derive(Debug)]
pub struct Writer<W: Write> {
    out: W,
}

impl<W: Write> Writer<W> {
    /// Write the global header.
    pub fn new(mut out: W) -> io::Result<Writer<W>> {
        let mut h = Vec::with_capacity(24);
        h.extend_from_slice(&MAGIC_US.to_ne_bytes());
        h.extend_from_slice(&2u16.to_ne_bytes());
        h.extend_from_slice(&4u16.to_ne_bytes());
        h.extend_from_slice(&0i32.to_ne_bytes());
        h.extend_from_slice(&0u32.to_ne_bytes());
        h.extend_from_slice(&SNAPLEN.to_ne_bytes());
        h.extend_from_slice(&LINKTYPE_NETLINK.to_ne_bytes());
        out.write_all(&h)?;
        Ok(Writer { out })
    }

    /// Append one record (cooked header + data, cut at the snap length).
    pub fn write(&mut self, r: &Record) -> io::Result<()> {
        let mut cooked = [0u8; COOKED_LEN];
        cooked[0..2].copy_from_slice(&r.pkttype.to_be_bytes());
        cooked[2..4].copy_from_slice(&ARPHRD_NETLINK.to_be_bytes());
        cooked[14..16].copy_from_slice(&r.protocol.to_be_bytes());
        let max = SNAPLEN as usize - COOKED_LEN;
        let data = &r.data[..r.data.len().min(max)];
        let incl = (COOKED_LEN + data.len()) as u32;
        let orig = (COOKED_LEN + r.data.len()).min(u32::MAX as usize) as u32;
        let mut h = Vec::with_capacity(16);
        h.extend_from_slice(&r.ts_sec.to_ne_bytes());
        h.extend_from_slice(&r.ts_usec.to_ne_bytes());
        h.extend_from_slice(&incl.to_ne_bytes());
        h.extend_from_slice(&orig.to_ne_bytes());
        self.out.write_all(&h)?;
        self.out.write_all(&cooked)?;
        self.out.write_all(data)
    }

    /// Flush the output.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Reads a pcap file written by [`Writer`] or tcpdump (either byte order,
/// micro- or nanosecond timestamps); the link type must be 253.
#[derive(Debug)]
pub struct Reader<R: Read> {
    input: R,
    swap: bool,
    nanos: bool,
}

fn bad(msg: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, msg)
}

impl<R: Read> Reader<R> {
    /// Read and check the global header.
    pub fn new(mut input: R) -> io::Result<Reader<R>> {
        let mut h = [0u8; 24];
        input
            .read_exact(&mut h)
            .map_err(|_| bad("not a pcap file: shorter than the 24-byte pcap header".into()))?;
        let magic = u32::from_ne_bytes([h[0], h[1], h[2], h[3]]);
        let (swap, nanos) = match magic {
            MAGIC_US => (false, false),
            MAGIC_NS => (false, true),
            m if m.swap_bytes() == MAGIC_US => (true, false),
            m if m.swap_bytes() == MAGIC_NS => (true, true),
            m => {
                return Err(bad(format!(
                    "not a pcap file: magic {m:#010x} (pcapng is not supported; convert with editcap -F pcap)"
                )))
            }
        };
        let r = Reader { input, swap, nanos };
        let linktype = r.u32(&h[20..24]);
        if linktype != LINKTYPE_NETLINK {
            return Err(bad(format!(
                "pcap link type {linktype} is not LINKTYPE_NETLINK (253): this file was not captured on an nlmon device"
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

    /// The next record, `None` at a clean end of file.
    pub fn next_record(&mut self) -> io::Result<Option<Record>> {
        let mut h = [0u8; 16];
        let mut got = 0;
        while got < h.len() {
            match self.input.read(&mut h[got..])? {
                0 if got == 0 => return Ok(None),
                0 => return Err(bad("pcap file ends inside a record header".into())),
                n => got += n,
            }
        }
        let ts_sec = self.u32(&h[0..4]);
        let frac = self.u32(&h[4..8]);
        let incl = self.u32(&h[8..12]);
        let orig_len = self.u32(&h[12..16]);
        if incl > SNAPLEN {
            return Err(bad(format!(
                "pcap record of {incl} bytes is larger than {SNAPLEN}: the file is corrupt"
            )));
        }
        let mut data = vec![0u8; incl as usize];
        self.input
            .read_exact(&mut data)
            .map_err(|_| bad(format!("pcap file ends inside a record of {incl} bytes")))?;
        if data.len() < COOKED_LEN {
            return Err(bad(format!(
                "pcap record of {incl} bytes is shorter than the 16-byte netlink cooked header"
            )));
        }
        let pkttype = u16::from_be_bytes([data[0], data[1]]);
        let protocol = u16::from_be_bytes([data[14], data[15]]);
        data.drain(..COOKED_LEN);
        Ok(Some(Record {
            ts_sec,
            ts_usec: if self.nanos { frac / 1000 } else { frac },
            pkttype,
            protocol,
            data,
            orig_len,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let recs = vec![
            Record {
                ts_sec: 1,
                ts_usec: 2,
                pkttype: PACKET_KERNEL,
                protocol: 0,
                data: vec![20, 0, 0, 0, 18, 0, 1, 3, 1, 0, 0, 0, 0, 0, 0, 0, 9, 9, 9, 9],
                orig_len: 36,
            },
            Record {
                ts_sec: 3,
                ts_usec: 4,
                pkttype: PACKET_USER,
                protocol: 16,
                data: vec![16, 0, 0, 0, 3, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0],
                orig_len: 32,
            },
        ];
        let mut buf = Vec::new();
        let mut w = Writer::new(&mut buf).unwrap();
        for r in &recs {
            w.write(r).unwrap();
        }
        assert_eq!(buf.len(), 24 + 16 + 36 + 16 + 32);
        let mut r = Reader::new(&buf[..]).unwrap();
        assert_eq!(r.next_record().unwrap().as_ref(), Some(&recs[0]));
        assert_eq!(r.next_record().unwrap().as_ref(), Some(&recs[1]));
        assert_eq!(r.next_record().unwrap(), None);
    }

    #[test]
    fn rejects_other_files() {
        assert!(Reader::new(&b"hello"[..]).is_err());
        let mut buf = Vec::new();
        Writer::new(&mut buf).unwrap();
        buf[20] = 1; // LINKTYPE_ETHERNET
        let e = Reader::new(&buf[..]).unwrap_err().to_string();
        assert!(e.contains("not LINKTYPE_NETLINK"), "{e}");
        let mut buf = Vec::new();
        let mut w = Writer::new(&mut buf).unwrap();
        w.write(&Record {
            ts_sec: 0,
            ts_usec: 0,
            pkttype: 6,
            protocol: 0,
            data: vec![1, 2, 3, 4],
            orig_len: 20,
        })
        .unwrap();
        buf.truncate(buf.len() - 2);
        let mut r = Reader::new(&buf[..]).unwrap();
        assert!(r.next_record().is_err());
    }
}
