//! Seed mode 1, user -> kernel unicast: a bare `nlmsghdr` plus NUL-terminated
//! text sent to portid 0 on the module's protocol, no answer expected (the
//! module logs the sender's portid and the text in the kernel log).
//!
//! Run in the VM with the modules loaded: `cargo xtask vm run -- ./mode1_unicast 17`.

mod common;

use nlkit::client::{Client, Request};
use nlkit::socket::Addr;
use nlkit::wire::Flags;

fn main() -> Result<(), nlkit::Error> {
    let proto = common::protocol();
    let mut c = Client::open(proto)?;
    let text = format!("Hello from portid {}\0", c.portid());
    c.send(
        &Request::raw(0, Flags::EMPTY, text.as_bytes())?,
        Addr::KERNEL,
    )?;
    println!(
        "sent {:?} to the kernel on protocol {proto}",
        text.trim_end_matches('\0')
    );
    Ok(())
}
