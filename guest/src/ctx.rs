//! The context handed to every scenario: logging, the kernel log since a
//! mark, module (re)loading, and running code as an unprivileged user.
//!
//! All syscalls go through `crate::sys`.

use crate::kmsg::{Kmsg, Record};
use crate::sys;
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Where the initramfs puts our modules; in-tree ones are in `intree/`.
pub const MODULE_DIR: &str = "/modules";

/// The uid/gid of `nobody`, used by [`Ctx::as_user`].
pub const NOBODY: u32 = 65534;

/// A position in the kernel log; see [`Ctx::mark`].
#[derive(Debug, Clone, Copy)]
pub struct Mark(usize);

/// Prefix of an `Err` that means "skipped"; build it with [`skip`].
pub const SKIP_PREFIX: &str = "SKIP: ";

/// A scenario error that reports SKIP instead of FAIL.
pub fn skip(reason: impl std::fmt::Display) -> String {
    format!("{SKIP_PREFIX}{reason}")
}

/// State shared by the scenarios of one boot.
pub struct Ctx {
    /// The kernel line from the command line (`nlkit.kernel=`), e.g. "6.1".
    pub kernel: String,
    /// `uname -r`.
    pub osrelease: String,
    /// The scenario now running (used as the log prefix).
    pub scenario: String,
    kmsg: Kmsg,
}

fn module_name(path: &Path) -> String {
    let file = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = file.split('.').next().unwrap_or("");
    stem.replace('-', "_")
}

impl Ctx {
    /// A context for `kernel`, with the kernel log opened.
    pub fn new(kernel: String) -> Ctx {
        let osrelease = std::fs::read_to_string("/proc/sys/kernel/osrelease")
            .map(|s| s.trim().to_string())
            .unwrap_or_default();
        Ctx {
            kernel,
            osrelease,
            scenario: String::new(),
            kmsg: Kmsg::open(),
        }
    }

    /// Prints a log line for the running scenario.
    pub fn log(&self, msg: impl std::fmt::Display) {
        println!("[{}] {msg}", self.scenario);
    }

    /// Marks the current end of the kernel log.
    pub fn mark(&mut self) -> Mark {
        self.kmsg.drain();
        Mark(self.kmsg.records.len())
    }

    /// Kernel log records written since `mark`.
    pub fn kmsg_since(&mut self, mark: Mark) -> Vec<Record> {
        self.kmsg.drain();
        self.kmsg.records.get(mark.0..).unwrap_or(&[]).to_vec()
    }

    /// Every kernel log record read so far plus any new ones.
    pub fn kmsg_all(&mut self) -> &[Record] {
        self.kmsg.drain();
        &self.kmsg.records
    }

    /// Waits up to `timeout` for a record after `mark` whose text satisfies
    /// `pred`; returns its text.
    pub fn wait_kmsg(
        &mut self,
        mark: Mark,
        timeout: Duration,
        pred: impl Fn(&str) -> bool,
    ) -> Option<String> {
        let end = Instant::now() + timeout;
        loop {
            if let Some(r) = self.kmsg_since(mark).into_iter().find(|r| pred(&r.text)) {
                return Some(r.text);
            }
            if Instant::now() >= end {
                return None;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Our module files (`/modules/*.ko`), sorted (A before B).
    pub fn module_files() -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(MODULE_DIR)
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.path())
                    .filter(|p| p.is_file() && is_module_file(p))
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    }

    /// Loads a module file with `params` (e.g. `"proto=17"`).
    pub fn load_file(&mut self, path: &Path, params: &str) -> Result<(), String> {
        let f = File::open(path).map_err(|e| format!("open {}: {e}", path.display()))?;
        let compressed = !path.extension().is_some_and(|x| x == "ko");
        let flags = if compressed {
            sys::MODULE_INIT_COMPRESSED_FILE
        } else {
            0
        };
        sys::finit_module(&f, params, flags)
            .map_err(|e| format!("finit_module {}: {e}", path.display()))
    }

    /// Loads our module `name` (e.g. `netlink_mod_a`) from `/modules`.
    pub fn load_module(&mut self, name: &str, params: &str) -> Result<(), String> {
        let path = Self::module_files()
            .into_iter()
            .find(|p| module_name(p) == name)
            .ok_or_else(|| format!("no module {name} in {MODULE_DIR}"))?;
        self.load_file(&path, params)
    }

    /// Loads an in-tree module kept in the image (`nlmon`, `dummy`).
    pub fn load_intree(&mut self, name: &str) -> Result<(), String> {
        if Self::module_loaded(name) {
            return Ok(());
        }
        let dir = Path::new(MODULE_DIR).join("intree");
        let path = ["ko", "ko.xz", "ko.zst"]
            .iter()
            .map(|x| dir.join(format!("{name}.{x}")))
            .find(|p| p.exists())
            .ok_or_else(|| format!("no in-tree module {name} in the image"))?;
        self.load_file(&path, "")
    }

    /// Unloads module `name` (`delete_module`, non-blocking).
    pub fn unload_module(&mut self, name: &str) -> Result<(), String> {
        sys::delete_module(name).map_err(|e| format!("delete_module {name}: {e}"))
    }

    /// Unloads (if loaded) and loads module `name` again with `params`.
    pub fn reload_module(&mut self, name: &str, params: &str) -> Result<(), String> {
        if Self::module_loaded(name) {
            self.unload_module(name)?;
        }
        self.load_module(name, params)
    }

    /// Whether module `name` is loaded (`/sys/module/<name>/initstate`).
    pub fn module_loaded(name: &str) -> bool {
        Path::new("/sys/module")
            .join(name)
            .join("initstate")
            .exists()
    }

    /// Runs `f` in a forked child as uid/gid 65534 (nobody, no groups) and
    /// returns its result. A panic in the child becomes an `Err`.
    pub fn as_user<F>(&mut self, f: F) -> Result<String, String>
    where
        F: FnOnce() -> Result<String, String>,
    {
        let (mut rd, mut wr) = sys::pipe().map_err(|e| format!("pipe: {e}"))?;
        let _ = std::io::stdout().flush();
        match sys::fork().map_err(|e| format!("fork: {e}"))? {
            sys::Fork::Child => {
                drop(rd);
                let result = match sys::drop_privileges(NOBODY, NOBODY) {
                    Err(e) => Err(format!("dropping privileges: {e}")),
                    Ok(()) => std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
                        .unwrap_or_else(|p| Err(format!("panic: {}", panic_text(&*p)))),
                };
                let (tag, text) = match &result {
                    Ok(s) => (b'O', s),
                    Err(s) => (b'E', s),
                };
                let _ = wr.write_all(&[tag]);
                let _ = wr.write_all(text.as_bytes());
                let _ = std::io::stdout().flush();
                sys::exit_now(if result.is_ok() { 0 } else { 1 })
            }
            sys::Fork::Parent(pid) => {
                drop(wr);
                let mut buf = Vec::new();
                let read = rd.read_to_end(&mut buf);
                let code = sys::wait(pid).map_err(|e| format!("waitpid: {e}"))?;
                read.map_err(|e| format!("reading the child's result: {e}"))?;
                let text = String::from_utf8_lossy(buf.get(1..).unwrap_or(&[])).into_owned();
                match buf.first() {
                    Some(b'O') if code == 0 => Ok(text),
                    Some(b'E') => Err(text),
                    _ => Err(format!(
                        "the child exited with status {code} without a result"
                    )),
                }
            }
        }
    }
}

/// Whether `p` names a kernel module file.
pub fn is_module_file(p: &Path) -> bool {
    let n = p.to_string_lossy();
    n.ends_with(".ko") || n.ends_with(".ko.xz") || n.ends_with(".ko.zst")
}

/// The message of a panic payload.
pub fn panic_text(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "(non-string panic payload)".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_names_from_files() {
        assert_eq!(
            module_name(Path::new("/modules/netlink_mod_a.ko")),
            "netlink_mod_a"
        );
        assert_eq!(module_name(Path::new("/m/intree/nlmon.ko.xz")), "nlmon");
        assert_eq!(module_name(Path::new("x/my-mod.ko")), "my_mod");
        assert!(is_module_file(Path::new("a.ko.xz")));
        assert!(!is_module_file(Path::new("a.txt")));
    }

    #[test]
    fn skip_has_the_prefix() {
        assert!(skip("no nlmon").starts_with(SKIP_PREFIX));
    }
}
