//! Seed mode 2, kernel -> user unicast: subscribe to the module's pushes,
//! turn its timer on, receive the `PUSH` messages the kernel sends to this
//! socket's portid without being asked, turn the timer off.
//!
//! Run in the VM with the modules loaded: `cargo xtask vm run -- ./mode2_kernel_push 17`.

mod common;

use std::time::Duration;

use nlkit::client::{Client, Event, Request};
use nlkit::families::nlmod::{attr, msg};
use nlkit::wire::Flags;

fn main() -> Result<(), nlkit::Error> {
    let proto = common::protocol();
    let mut c = Client::open(proto)?;
    c.set_timeout(Some(Duration::from_secs(5)))?;
    c.ack(&Request::raw(msg::SUBSCRIBE, Flags::ACK, b"")?)?;
    let timer = |ms| {
        Request::build(msg::SET_CONFIG, Flags::ACK, |b| {
            b.attr_u32(attr::TIMER_MS, ms);
        })
    };
    c.ack(&timer(100)?)?;
    let mut pushes = 0;
    while pushes < 3 {
        if let Event::Message(n) = c.next_event()? {
            if n.msg.header().ty == msg::PUSH {
                pushes += 1;
                println!("kernel -> portid {}: PUSH #{pushes}", c.portid());
            }
        }
    }
    c.ack(&timer(0)?)?;
    Ok(())
}
