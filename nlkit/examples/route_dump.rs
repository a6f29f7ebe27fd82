//! A route dump: `RTM_GETROUTE` for IPv4, each reply decoded in place
//! (no allocation per route), printed like `ip route show table all`.
//! `cargo run --example route_dump`

use nlkit::client::{Client, Request};
use nlkit::families::rtnl::{msg, Route, RtMsg};
use nlkit::socket::Protocol;
use nlkit::wire::Flags;

fn main() -> Result<(), nlkit::Error> {
    let mut c = Client::open(Protocol::ROUTE)?;
    let v4 = Route::new(RtMsg {
        family: libc::AF_INET as u8,
        ..RtMsg::default()
    });
    let done = c.dump(&Request::message(msg::GETROUTE, Flags::EMPTY, &v4)?, |m| {
        let r = Route::parse(&m)?;
        let dst = r.dst.map_or("default".to_string(), |d| {
            format!("{d}/{}", r.header.dst_len)
        });
        print!("{dst}");
        if let Some(g) = r.gateway {
            print!(" via {g}");
        }
        if let Some(o) = r.oif {
            print!(" dev #{o}");
        }
        println!(" table {}", r.table);
        Ok(())
    })?;
    println!("{} routes", done.messages);
    Ok(())
}
