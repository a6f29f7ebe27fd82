//! The system-wide capture through eBPF: loads `bpf/nlcapture.bpf.c`
//! (built by `build.rs`) with aya, attaches its kprobes on
//! `__netlink_sendskb` (every delivery to a user socket) and
//! `netlink_unicast` (datagrams to the kernel), and turns the ring buffer's
//! records into capture [`Record`]s with their endpoints and namespace.
//!
//! [`EbpfCapture::open`] fails with a sentence saying why (no BTF, no
//! kprobes, not root, the verifier's refusal, nlctl built without clang),
//! so `nlctl capture` can say it and fall back to nlmon.

use std::io;
use std::os::fd::AsRawFd;
use std::time::Duration;

use nlkit::capture::{Endpoints, Record, PACKET_KERNEL, PACKET_USER};

use crate::sys;

/// Record kinds, as the BPF program writes them.
const TO_USER: u32 = 1;
const TO_KERNEL: u32 = 2;
/// Bytes of `struct nlcap_event` before the data.
pub const EVENT_HEADER_LEN: usize = 48;
/// The kprobes, by program name and kernel function.
pub const PROBES: [(&str, &str); 2] = [
    ("nlcap_sendskb", "__netlink_sendskb"),
    ("nlcap_unicast", "netlink_unicast"),
];

/// One record from the BPF program, before it becomes a [`Record`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// `CLOCK_MONOTONIC` nanoseconds.
    pub ts_ns: u64,
    /// To a user socket, or to the kernel.
    pub to_kernel: bool,
    /// The netlink protocol.
    pub protocol: u32,
    /// Sender portid (`NETLINK_CB(skb).portid`; 0 = the kernel).
    pub src: u32,
    /// Receiver portid (0 = the kernel).
    pub dst: u32,
    /// Destination multicast group (`NETLINK_CB(skb).dst_group`).
    pub group: u32,
    /// Network namespace inode.
    pub netns: u32,
    /// The datagram's length.
    pub len: u32,
    /// The current task's process id.
    pub pid: u32,
    /// The datagram, cut at the program's limit.
    pub data: Vec<u8>,
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_ne_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

impl Event {
    /// Parses one ring buffer record; an error names what is wrong.
    pub fn parse(b: &[u8]) -> Result<Event, String> {
        if b.len() < EVENT_HEADER_LEN {
            return Err(format!(
                "a ring buffer record of {} bytes, shorter than its {EVENT_HEADER_LEN}-byte header",
                b.len()
            ));
        }
        let kind = u32_at(b, 8);
        let caplen = u32_at(b, 36) as usize;
        let data = b
            .get(EVENT_HEADER_LEN..EVENT_HEADER_LEN + caplen)
            .ok_or_else(|| {
                format!(
                    "a ring buffer record of {} bytes claims {caplen} bytes of data",
                    b.len()
                )
            })?;
        if kind != TO_USER && kind != TO_KERNEL {
            return Err(format!("a ring buffer record of unknown kind {kind}"));
        }
        Ok(Event {
            ts_ns: u64::from_ne_bytes(b[0..8].try_into().unwrap_or_default()),
            to_kernel: kind == TO_KERNEL,
            protocol: u32_at(b, 12),
            src: u32_at(b, 16),
            dst: u32_at(b, 20),
            group: u32_at(b, 24),
            netns: u32_at(b, 28),
            len: u32_at(b, 32),
            pid: u32_at(b, 40),
            data: data.to_vec(),
        })
    }

    /// The capture record, its time moved to the wall clock by `offset`
    /// (realtime minus monotonic).
    pub fn to_record(&self, offset: Duration) -> Record {
        let ends = Endpoints {
            src: self.src,
            dst: self.dst,
            groups: if self.group == 0 || self.group > 32 {
                0
            } else {
                1 << (self.group - 1)
            },
            netns: Some(self.netns),
        };
        let mut comments = vec![ends.to_comment()];
        if self.group > 32 {
            comments.push(format!("nlkit: multicast group {}", self.group));
        }
        comments.push(format!("nlkit: pid {}", self.pid));
        Record {
            time: Duration::from_nanos(self.ts_ns) + offset,
            pkttype: if self.to_kernel {
                PACKET_KERNEL
            } else {
                PACKET_USER
            },
            protocol: self.protocol as u16,
            orig_len: self.len,
            data: self.data.clone(),
            comments,
        }
    }
}

/// Realtime minus monotonic, to put BPF timestamps on the wall clock.
fn clock_offset() -> Duration {
    let mono = rustix::time::clock_gettime(rustix::time::ClockId::Monotonic);
    let real = rustix::time::clock_gettime(rustix::time::ClockId::Realtime);
    let ns = |t: rustix::time::Timespec| t.tv_sec as i128 * 1_000_000_000 + t.tv_nsec as i128;
    Duration::from_nanos(u64::try_from(ns(real) - ns(mono)).unwrap_or(0))
}

/// The loaded, attached program and its ring buffer.
pub struct EbpfCapture {
    #[cfg(not(nlctl_no_bpf))]
    bpf: aya::Ebpf,
    #[cfg(not(nlctl_no_bpf))]
    ring: aya::maps::RingBuf<aya::maps::MapData>,
    offset: Duration,
}

impl std::fmt::Debug for EbpfCapture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EbpfCapture").finish_non_exhaustive()
    }
}

/// An error and its causes, on one line.
#[cfg(not(nlctl_no_bpf))]
fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        let t = c.to_string();
        if !s.contains(&t) {
            s.push_str(": ");
            s.push_str(&t);
        }
        cur = c.source();
    }
    s
}

#[cfg(not(nlctl_no_bpf))]
static OBJECT: &[u8] = aya::include_bytes_aligned!(concat!(env!("OUT_DIR"), "/nlcapture.bpf.o"));

impl EbpfCapture {
    /// Loads and attaches the program; `Err` says why it cannot run here.
    #[cfg(nlctl_no_bpf)]
    pub fn open() -> Result<EbpfCapture, String> {
        Err("this nlctl was built without the eBPF program (no clang at build time; cargo xtask setup installs it)".into())
    }

    /// Loads and attaches the program; `Err` says why it cannot run here.
    #[cfg(not(nlctl_no_bpf))]
    pub fn open() -> Result<EbpfCapture, String> {
        use aya::programs::KProbe;
        if !std::path::Path::new("/sys/kernel/btf/vmlinux").exists() {
            return Err("this kernel has no BTF (/sys/kernel/btf/vmlinux; CONFIG_DEBUG_INFO_BTF), which the program's CO-RE relocations need".into());
        }
        let cpus = aya::util::nr_cpus()
            .map_err(|(_, e)| format!("counting CPUs: {e}"))?
            .max(1) as u32;
        let mut bpf = aya::EbpfLoader::new()
            .set_max_entries("scratch", cpus)
            .load(OBJECT)
            .map_err(|e| {
                let text = chain(&e);
                if text.contains("Operation not permitted") {
                    format!("loading the eBPF program needs root (CAP_BPF and CAP_PERFMON): {text}")
                } else {
                    format!("loading the eBPF program: {text}")
                }
            })?;
        for (prog, func) in PROBES {
            let p: &mut KProbe = bpf
                .program_mut(prog)
                .ok_or_else(|| format!("the eBPF object has no program {prog}"))?
                .try_into()
                .map_err(|e: aya::programs::ProgramError| chain(&e))?;
            p.load()
                .map_err(|e| format!("the kernel's verifier refused {prog}: {}", chain(&e)))?;
            p.attach(func, 0).map_err(|e| {
                format!("attaching a kprobe on {func} (CONFIG_KPROBES, and the function must not be inlined): {}", chain(&e))
            })?;
        }
        let map = bpf
            .take_map("events")
            .ok_or("the eBPF object has no events map")?;
        let ring = aya::maps::RingBuf::try_from(map).map_err(|e| chain(&e))?;
        Ok(EbpfCapture {
            bpf,
            ring,
            offset: clock_offset(),
        })
    }

    /// The next datagram, waiting up to `wait`; `None` if none came.
    pub fn next(&mut self, wait: Duration) -> io::Result<Option<Record>> {
        #[cfg(not(nlctl_no_bpf))]
        {
            for _ in 0..2 {
                if let Some(item) = self.ring.next() {
                    let ev = Event::parse(&item)
                        .map_err(|m| io::Error::new(io::ErrorKind::InvalidData, m))?;
                    return Ok(Some(ev.to_record(self.offset)));
                }
                if !sys::wait_readable(self.ring.as_raw_fd(), wait)? {
                    return Ok(None);
                }
            }
            Ok(None)
        }
        #[cfg(nlctl_no_bpf)]
        {
            let _ = (wait, self.offset, sys::stop_requested());
            Ok(None)
        }
    }

    /// Datagrams the program dropped (ring buffer full) so far.
    pub fn drops(&self) -> u64 {
        #[cfg(not(nlctl_no_bpf))]
        {
            let Some(map) = self.bpf.map("drops") else {
                return 0;
            };
            let Ok(arr) = aya::maps::PerCpuArray::<_, u64>::try_from(map) else {
                return 0;
            };
            arr.get(&0, 0).map(|v| v.iter().sum()).unwrap_or(0)
        }
        #[cfg(nlctl_no_bpf)]
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(kind: u32, caplen: u32, data: &[u8]) -> Vec<u8> {
        let mut b = Vec::new();
        b.extend_from_slice(&5_000_000_000u64.to_ne_bytes());
        for v in [
            kind,
            17,
            1234,
            0,
            0,
            4026531840,
            data.len() as u32,
            caplen,
            99,
            0,
        ] {
            b.extend_from_slice(&v.to_ne_bytes());
        }
        b.extend_from_slice(data);
        b
    }

    #[test]
    fn events_parse_and_become_records() {
        let ev = Event::parse(&raw(TO_KERNEL, 4, b"abcd")).unwrap();
        assert!(ev.to_kernel);
        assert_eq!((ev.protocol, ev.src, ev.dst, ev.pid), (17, 1234, 0, 99));
        let r = ev.to_record(Duration::from_secs(10));
        assert_eq!(r.time, Duration::from_secs(15));
        assert_eq!((r.pkttype, r.protocol), (PACKET_KERNEL, 17));
        assert_eq!(
            r.endpoints().unwrap(),
            Endpoints {
                src: 1234,
                dst: 0,
                groups: 0,
                netns: Some(4026531840)
            }
        );
        assert!(Event::parse(&raw(TO_USER, 9, b"abcd"))
            .unwrap_err()
            .contains("claims 9"));
        assert!(Event::parse(&raw(7, 0, b""))
            .unwrap_err()
            .contains("kind 7"));
        assert!(Event::parse(&[0; 10]).unwrap_err().contains("shorter"));
    }
}
