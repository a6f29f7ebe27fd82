//! Seed mode 5, user <-> user: one socket sends to another socket's portid
//! on the same protocol; the kernel only forwards. Runs anywhere on
//! `NETLINK_USERSOCK` (no module needed): `cargo run --example mode5_user_to_user`.

use std::time::Duration;

use nlkit::client::{Client, Event, Request};
use nlkit::socket::{Addr, Protocol};
use nlkit::wire::Flags;

fn main() -> Result<(), nlkit::Error> {
    let mut a = Client::open(Protocol::USERSOCK)?;
    let mut b = Client::open(Protocol::USERSOCK)?;
    b.set_timeout(Some(Duration::from_secs(5)))?;
    a.send(
        &Request::raw(0x100, Flags::EMPTY, b"hello, peer\0")?,
        Addr::portid(b.portid()),
    )?;
    loop {
        if let Event::Message(n) = b.next_event()? {
            println!(
                "portid {} got {:?} from portid {}",
                b.portid(),
                String::from_utf8_lossy(n.msg.payload()).trim_end_matches('\0'),
                n.origin.portid
            );
            return Ok(());
        }
    }
}
