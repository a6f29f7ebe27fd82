//! Seed mode 4, kernel -> many users: two sockets join the module's events
//! group, a third asks the module (`TRIGGER`) to broadcast; both receive it.
//!
//! Run in the VM with the modules loaded: `cargo xtask vm run -- ./mode4_multicast 17`.

mod common;

use std::time::Duration;

use nlkit::client::{Client, Event, Request};
use nlkit::families::nlmod::{attr, group, msg};
use nlkit::wire::Flags;

fn main() -> Result<(), nlkit::Error> {
    let proto = common::protocol();
    let mut listeners = Vec::new();
    for _ in 0..2 {
        let mut l = Client::subscribe(proto, &[group::EVENTS])?;
        l.set_timeout(Some(Duration::from_secs(5)))?;
        listeners.push(l);
    }
    let mut admin = Client::open(proto)?;
    admin.ack(&Request::build(msg::TRIGGER, Flags::ACK, |b| {
        b.attr_u32(attr::GROUP, group::EVENTS);
        b.attr(attr::PAYLOAD, b"state changed");
    })?)?;
    for l in &mut listeners {
        loop {
            if let Event::Message(n) = l.next_event()? {
                if n.msg.header().ty == msg::EVENT {
                    println!(
                        "portid {} got the event on group {:?}",
                        l.portid(),
                        n.origin.group
                    );
                    break;
                }
            }
        }
    }
    Ok(())
}
