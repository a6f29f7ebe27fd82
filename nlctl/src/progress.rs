//! Running counts for long commands (listen, capture, big dumps): shown on
//! stderr, redrawn in place at most a few times a second, and only when
//! stderr is a terminal, so pipes and logs stay clean.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// A counter line on a terminal's stderr.
#[derive(Debug)]
pub struct Progress {
    enabled: bool,
    what: &'static str,
    last: Option<Instant>,
    shown: bool,
}

impl Progress {
    /// A counter of `what` ("messages", "packets"); silent unless stderr
    /// is a terminal.
    pub fn new(what: &'static str) -> Progress {
        Progress {
            enabled: std::io::stderr().is_terminal(),
            what,
            last: None,
            shown: false,
        }
    }

    /// Show `count` (and `extra`, e.g. overruns), rate-limited.
    pub fn update(&mut self, count: u64, extra: &str) {
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        if self
            .last
            .is_some_and(|t| now - t < Duration::from_millis(200))
        {
            return;
        }
        self.last = Some(now);
        self.shown = true;
        let mut e = std::io::stderr().lock();
        let _ = write!(e, "\r\x1b[K{count} {}{extra}", self.what);
        let _ = e.flush();
    }

    /// Clear the line before normal output resumes.
    pub fn finish(&mut self) {
        if self.shown {
            let mut e = std::io::stderr().lock();
            let _ = write!(e, "\r\x1b[K");
            let _ = e.flush();
            self.shown = false;
        }
    }
}
