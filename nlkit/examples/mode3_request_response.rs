//! Seed mode 3, request/response: an `ECHO` request to the module, its reply
//! (the payload back, and the portid the kernel saw us as), then the ACK.
//!
//! Run in the VM with the modules loaded: `cargo xtask vm run -- ./mode3_request_response 17`.

mod common;

use nlkit::client::{Client, Request};
use nlkit::families::nlmod::{attr, msg};
use nlkit::wire::Flags;

fn main() -> Result<(), nlkit::Error> {
    let proto = common::protocol();
    let mut c = Client::open(proto)?;
    let req = Request::build(msg::ECHO, Flags::ACK, |b| {
        b.attr(attr::PAYLOAD, b"ping");
    })?;
    c.execute(&req, |m| {
        // The module's messages have no family header: attributes at once.
        let body = m.body::<()>()?;
        let attrs = body.attrs();
        if let Some(p) = attrs.clone().find(attr::PAYLOAD)? {
            println!("echo: {:?}", String::from_utf8_lossy(p.value));
        }
        if let Some(p) = attrs.find(attr::PORTID)? {
            println!("the kernel saw us as portid {}", p.u32()?);
        }
        Ok(())
    })?;
    Ok(())
}
