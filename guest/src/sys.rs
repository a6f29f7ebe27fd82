//! Every system call the guest makes that std does not offer, and so every
//! `unsafe` block of the guest crate: mount, module load/unload, fork with
//! dropped privileges, pipes, power-off.

use std::ffi::CString;
use std::fs::File;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

/// `finit_module` flag: the file is compressed; the kernel decompresses it.
pub const MODULE_INIT_COMPRESSED_FILE: i32 = 4;

fn cstr(s: &str) -> io::Result<CString> {
    CString::new(s).map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "NUL in string"))
}

fn check(r: libc::c_long) -> io::Result<libc::c_long> {
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

/// `mount(src, target, fstype, 0, NULL)`.
pub fn mount(src: &str, target: &str, fstype: &str) -> io::Result<()> {
    let (s, t, f) = (cstr(src)?, cstr(target)?, cstr(fstype)?);
    // SAFETY: the three pointers are valid NUL-terminated strings that live
    // across the call; data may be NULL.
    let r = unsafe { libc::mount(s.as_ptr(), t.as_ptr(), f.as_ptr(), 0, std::ptr::null()) };
    check(r.into()).map(|_| ())
}

/// `finit_module(fd, params, flags)`.
pub fn finit_module(file: &File, params: &str, flags: i32) -> io::Result<()> {
    let p = cstr(params)?;
    // SAFETY: fd is open for the duration of the call; params is a valid
    // NUL-terminated string.
    let r = unsafe {
        libc::syscall(
            libc::SYS_finit_module,
            file.as_raw_fd(),
            p.as_ptr(),
            flags as libc::c_long,
        )
    };
    check(r).map(|_| ())
}

/// `delete_module(name, O_NONBLOCK)`.
pub fn delete_module(name: &str) -> io::Result<()> {
    let n = cstr(name)?;
    // SAFETY: name is a valid NUL-terminated string.
    let r = unsafe {
        libc::syscall(
            libc::SYS_delete_module,
            n.as_ptr(),
            libc::O_NONBLOCK as libc::c_long,
        )
    };
    check(r).map(|_| ())
}

/// Makes sure fds 0-2 are the console (when the kernel could not open it).
pub fn ensure_console() {
    // SAFETY: fcntl on a possibly closed fd only reports EBADF.
    if unsafe { libc::fcntl(1, libc::F_GETFD) } >= 0 {
        return;
    }
    let _ = mount("devtmpfs", "/dev", "devtmpfs");
    if let Ok(f) = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/console")
    {
        for fd in 0..3 {
            // SAFETY: dup2 onto the standard fds; f stays open during the call.
            unsafe { libc::dup2(f.as_raw_fd(), fd) };
        }
    }
}

/// `sync()`.
pub fn sync() {
    // SAFETY: no arguments, cannot fail.
    unsafe { libc::sync() };
}

/// Syncs and powers the machine off; never returns.
pub fn power_off() -> ! {
    sync();
    // SAFETY: reboot with a valid command; as PID 1 (root) this powers off.
    unsafe { libc::reboot(libc::RB_POWER_OFF) };
    eprintln!(
        "reboot(RB_POWER_OFF) failed: {}",
        io::Error::last_os_error()
    );
    loop {
        // SAFETY: pause has no preconditions.
        unsafe { libc::pause() };
    }
}

/// A pipe: (read end, write end), both close-on-exec.
pub fn pipe() -> io::Result<(File, File)> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: fds points to two writable ints.
    let r = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) };
    check(r.into())?;
    // SAFETY: pipe2 succeeded, so both fds are open and owned by nobody else.
    let (a, b) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
    Ok((File::from(a), File::from(b)))
}

/// The result of `fork()` as seen by each side.
pub enum Fork {
    /// In the parent: the child's pid.
    Parent(libc::pid_t),
    /// In the child.
    Child,
}

/// `fork()`. The guest is single-threaded when it forks.
pub fn fork() -> io::Result<Fork> {
    // SAFETY: fork has no memory-safety preconditions; the child only runs
    // Rust code of this (single-threaded) process and ends with `exit_now`.
    let pid = unsafe { libc::fork() };
    match pid {
        p if p < 0 => Err(io::Error::last_os_error()),
        0 => Ok(Fork::Child),
        p => Ok(Fork::Parent(p)),
    }
}

/// Drops to `uid`/`gid` with no supplementary groups (in a forked child).
pub fn drop_privileges(uid: u32, gid: u32) -> io::Result<()> {
    // SAFETY: plain syscalls with integer arguments; NULL list with size 0.
    unsafe {
        check(libc::setgroups(0, std::ptr::null()).into())?;
        check(libc::setgid(gid).into())?;
        check(libc::setuid(uid).into())?;
    }
    Ok(())
}

/// `_exit(code)`: ends a forked child without running the parent's cleanup.
pub fn exit_now(code: i32) -> ! {
    // SAFETY: _exit never returns and has no preconditions.
    unsafe { libc::_exit(code) }
}

/// Waits for `pid`; returns its exit code, or 128 + signal if killed.
pub fn wait(pid: libc::pid_t) -> io::Result<i32> {
    let mut status = 0;
    loop {
        // SAFETY: status points to a writable int.
        let r = unsafe { libc::waitpid(pid, &mut status, 0) };
        if r >= 0 {
            break;
        }
        let e = io::Error::last_os_error();
        if e.kind() != io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
    if libc::WIFEXITED(status) {
        Ok(libc::WEXITSTATUS(status))
    } else {
        Ok(128 + libc::WTERMSIG(status))
    }
}

/// Reaps any exited children (PID 1 inherits orphans), without blocking.
pub fn reap_zombies() {
    let mut status = 0;
    // SAFETY: status points to a writable int; WNOHANG never blocks.
    while unsafe { libc::waitpid(-1, &mut status, libc::WNOHANG) } > 0 {}
}

/// Raises `RLIMIT_NOFILE` (soft and hard) to at least `n`; returns the new
/// soft limit. The stress scenarios hold over a thousand sockets.
pub fn raise_nofile(n: u64) -> io::Result<u64> {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: lim is a valid, writable rlimit.
    check(unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) }.into())?;
    if lim.rlim_cur >= n {
        return Ok(lim.rlim_cur);
    }
    lim.rlim_cur = n;
    lim.rlim_max = lim.rlim_max.max(n);
    // SAFETY: lim is a valid rlimit; we run as root, so raising the hard limit is allowed.
    check(unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &lim) }.into())?;
    Ok(n)
}

/// Sends SIGINT to process `pid` (to stop a background nlctl cleanly).
pub fn interrupt(pid: u32) -> io::Result<()> {
    let pid =
        libc::pid_t::try_from(pid).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
    // SAFETY: kill(2) takes plain integers and touches no memory of ours.
    if unsafe { libc::kill(pid, libc::SIGINT) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Moves the calling thread into a new network namespace
/// (`unshare(CLONE_NEWNET)`); sockets it opens afterwards live there.
pub fn unshare_net() -> io::Result<()> {
    // SAFETY: unshare(2) takes a flag word and touches no memory of ours;
    // CLONE_NEWNET affects only this thread's network namespace.
    if unsafe { libc::unshare(libc::CLONE_NEWNET) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}
