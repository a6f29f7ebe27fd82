//! A subscription: join `RTNLGRP_LINK` and print every link change until
//! interrupted (try `ip link add dummy0 type dummy` in another shell).
//! An overrun means events were lost: re-dump, as the comment says.
//! `cargo run --example subscribe_links`

use nlkit::client::{Client, Event};
use nlkit::families::rtnl::{group, iff, msg, Link};
use nlkit::socket::Protocol;

fn main() -> Result<(), nlkit::Error> {
    let mut c = Client::subscribe(Protocol::ROUTE, &[group::LINK])?;
    for ev in c.events() {
        match ev? {
            Event::Message(n) => {
                let l = Link::parse(&n.msg.as_message())?;
                let what = if n.msg.header().ty == msg::DELLINK {
                    "gone"
                } else {
                    "now"
                };
                let up = if l.flags & iff::UP != 0 { "up" } else { "down" };
                println!("{} (#{}) {what} {up}, mtu {:?}", l.name, l.index, l.mtu);
            }
            Event::Overrun => println!("events were lost: dump the links again"),
            other => println!("{other:?}"),
        }
    }
    Ok(())
}
