//! The async client on tokio: resolve `nlctrl` and dump every generic
//! netlink family, on a current-thread runtime.
//! `cargo run --example async_client --features tokio`

use nlkit::client::{AsyncClient, Request};
use nlkit::families::genl::{cmd, Family, GenlHeader, GENL_ID_CTRL};
use nlkit::socket::Protocol;
use nlkit::wire::Flags;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), nlkit::Error> {
    let mut c = AsyncClient::open(Protocol::GENERIC)?;
    let one = Request::message(GENL_ID_CTRL, Flags::ACK, &Family::get("nlctrl"))?;
    for m in c.request(&one).await? {
        let f = Family::parse(&m.as_message())?;
        println!("{} has id {}", f.name, f.id);
    }
    let mut all = Family::get("");
    all.header = GenlHeader::new(cmd::GETFAMILY, 1);
    let dump = c
        .dump_collect(&Request::message(GENL_ID_CTRL, Flags::DUMP, &all)?)
        .await?;
    for m in &dump.messages {
        println!("  {}", Family::parse(&m.as_message())?.name);
    }
    Ok(())
}
