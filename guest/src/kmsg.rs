//! Reading the kernel log from `/dev/kmsg`, without blocking.
//!
//! Each `read` returns one record `prio,seq,usec,flags;text`; the kernel
//! escapes non-printable bytes (UTF-8 included) as `\xNN`, undone here.

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::os::unix::fs::OpenOptionsExt;

/// One kernel log record.
#[derive(Debug, Clone)]
pub struct Record {
    /// Log level (0 = emerg ... 7 = debug).
    pub level: u8,
    /// Sequence number.
    pub seq: u64,
    /// Microseconds since boot.
    pub usec: u64,
    /// The message, unescaped.
    pub text: String,
}

impl std::fmt::Display for Record {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "[{:5}.{:06}] <{}> {}",
            self.usec / 1_000_000,
            self.usec % 1_000_000,
            self.level,
            self.text
        )
    }
}

/// Undoes the kernel's `\xNN` escaping.
pub fn unescape(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && i + 3 < b.len() && b[i + 1] == b'x' {
            if let Some(v) = std::str::from_utf8(&b[i + 2..i + 4])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(v);
                i += 4;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Parses one record as read from `/dev/kmsg`.
pub fn parse(raw: &str) -> Option<Record> {
    let (head, rest) = raw.split_once(';')?;
    let mut f = head.split(',');
    let prio: u32 = f.next()?.parse().ok()?;
    let seq = f.next()?.parse().ok()?;
    let usec = f.next()?.parse().ok()?;
    // Continuation lines (" KEY=value") follow the first newline.
    let text = rest.split('\n').next().unwrap_or("");
    Some(Record {
        level: (prio & 7) as u8,
        seq,
        usec,
        text: unescape(text),
    })
}

/// A reader that keeps every record seen so far.
pub struct Kmsg {
    file: Option<File>,
    /// All records read so far, in order.
    pub records: Vec<Record>,
}

impl Kmsg {
    /// Opens `/dev/kmsg` non-blocking (reading starts at the oldest record).
    pub fn open() -> Kmsg {
        let file = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open("/dev/kmsg")
            .ok();
        Kmsg {
            file,
            records: Vec::new(),
        }
    }

    /// Reads every new record until the log has no more (EAGAIN).
    pub fn drain(&mut self) {
        let Some(f) = self.file.as_mut() else {
            return;
        };
        let mut buf = vec![0u8; 8192];
        loop {
            match f.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    if let Some(r) = parse(&String::from_utf8_lossy(&buf[..n])) {
                        self.records.push(r);
                    }
                }
                // EPIPE: records were overwritten before we read them; go on.
                Err(e) if e.kind() == ErrorKind::BrokenPipe => continue,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(_) => break, // WouldBlock: end of the log
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_unescapes() {
        let r = parse("6,1234,5678901,-;netlink_mod_a: \"Hello \\xe6\\xa8\\xa1\\xe5\\x9d\\x97A\"\n SUBSYSTEM=x\n")
            .expect("parses");
        assert_eq!(r.level, 6);
        assert_eq!(r.seq, 1234);
        assert_eq!(r.text, "netlink_mod_a: \"Hello 模块A\"");
        assert_eq!(
            r.to_string(),
            "[    5.678901] <6> netlink_mod_a: \"Hello 模块A\""
        );
        assert!(parse("garbage").is_none());
        assert_eq!(unescape("a\\x5cb\\x"), "a\\b\\x");
    }
}
