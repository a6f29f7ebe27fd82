//! A generic netlink client: resolve a family by name (default `nlctrl`)
//! with a typed `CTRL_CMD_GETFAMILY`, print its id, version, operations and
//! multicast groups. `cargo run --example genl_client -- devlink`

use nlkit::client::{Client, Request};
use nlkit::families::genl::{Family, GENL_ID_CTRL};
use nlkit::socket::Protocol;
use nlkit::wire::Flags;

fn main() -> Result<(), nlkit::Error> {
    let name = std::env::args().nth(1).unwrap_or_else(|| "nlctrl".into());
    let mut c = Client::open(Protocol::GENERIC)?;
    let req = Request::message(GENL_ID_CTRL, Flags::ACK, &Family::get(&name))?;
    for m in c.request(&req)? {
        let f = Family::parse(&m.as_message())?;
        println!("{} id {} version {}", f.name, f.id, f.version);
        for op in &f.ops {
            println!("  op {} flags {:#x}", op.id, op.flags);
        }
        for g in &f.groups {
            println!("  group {} = {}", g.name, g.id);
        }
    }
    Ok(())
}
