//! Booting the VM: QEMU under TCG with the console on stdio, a deadline,
//! and every console line handed to a callback as it arrives.
//!
//! QEMU's exit status is not trusted (a panic may still exit 0); the caller
//! judges the console.

use crate::fetch::{Kernel, Line, Qemu};
use anyhow::{Context, Result};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What a boot produced.
pub struct Boot {
    /// Every console line, `\r` stripped.
    pub lines: Vec<String>,
    /// Whether the deadline passed and QEMU was killed.
    pub timed_out: bool,
    /// Wall time from start to QEMU's exit (or the kill).
    pub elapsed: Duration,
}

/// Drops ANSI escape sequences (SeaBIOS clears the screen) and control
/// characters other than tab from a console line.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c == '\x1b' {
            if it.peek() == Some(&'[') {
                it.next();
                // parameters, then one final byte in @..~
                for d in it.by_ref() {
                    if ('@'..='~').contains(&d) {
                        break;
                    }
                }
            } else {
                it.next(); // two-character sequence, e.g. ESC c (reset)
            }
        } else if c == '\t' || !c.is_control() {
            out.push(c);
        }
    }
    out
}

fn pump(r: impl Read + Send + 'static, tx: mpsc::Sender<String>) {
    std::thread::spawn(move || {
        let mut r = BufReader::new(r);
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match r.read_until(b'\n', &mut buf) {
                Ok(0) | Err(_) => break,
                Ok(_) => {
                    let s = clean(&String::from_utf8_lossy(&buf));
                    if tx.send(s).is_err() {
                        break;
                    }
                }
            }
        }
    });
}

/// Boots `k` with `initrd` and the extra kernel command line `extra`,
/// calling `on_line` for each console line; kills QEMU after `timeout`.
pub fn boot(
    q: &Qemu,
    k: &Kernel,
    initrd: &Path,
    extra: &str,
    timeout: Duration,
    mut on_line: impl FnMut(&str),
) -> Result<Boot> {
    // The debug kernel: KASAN's shadow memory needs more RAM, and every
    // KASAN report is wanted, not only the first one.
    let (mem, debug_args) = if k.line == Line::Debug {
        ("1G", " kasan_multi_shot")
    } else {
        ("512", "")
    };
    let append = format!("console=ttyS0 panic=-1 quiet{debug_args} {extra}");
    let mut cmd: Command = q.command();
    cmd.args(["-accel", "tcg", "-m", mem, "-smp", "2"])
        .args(["-nographic", "-no-reboot", "-vga", "none", "-nic", "none"])
        .arg("-kernel")
        .arg(&k.vmlinuz)
        .arg("-initrd")
        .arg(initrd)
        .arg("-append")
        .arg(&append)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let t0 = Instant::now();
    let mut child = cmd.spawn().context("cannot start QEMU")?;
    let (tx, rx) = mpsc::channel();
    if let Some(o) = child.stdout.take() {
        pump(o, tx.clone());
    }
    if let Some(e) = child.stderr.take() {
        pump(e, tx);
    }
    let deadline = t0 + timeout;
    let mut lines = Vec::new();
    let mut timed_out = false;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            timed_out = true;
            break;
        }
        match rx.recv_timeout(left.min(Duration::from_millis(200))) {
            Ok(l) => {
                on_line(&l);
                lines.push(l);
            }
            // Both pipes closed: QEMU has exited.
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {}
        }
    }
    if timed_out {
        let _ = child.kill();
    }
    let _ = child.wait();
    let elapsed = t0.elapsed();
    // Lines still buffered after exit.
    while let Ok(l) = rx.try_recv() {
        on_line(&l);
        lines.push(l);
    }
    Ok(Boot {
        lines,
        timed_out,
        elapsed,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn clean_strips_escapes() {
        assert_eq!(super::clean("\x1bc\x1b[?7l\x1b[2JBooting\r\n"), "Booting");
        assert_eq!(super::clean("a\tb"), "a\tb");
    }
}
