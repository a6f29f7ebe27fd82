//! The fake drives both clients: the same scripted endpoint behind the
//! blocking `Client` and the async `AsyncClient` gives the same answers,
//! the same errors, the same deadlines and the same queued notifications
//! (both are drivers of the one engine).
#![cfg(feature = "tokio")]

use std::time::Duration;

use nlkit::client::{AsyncClient, Client, Event, Request};
use nlkit::fake::FakeEndpoint;
use nlkit::wire::Flags;
use nlkit::Error;

const GET: u16 = 0x20;
const SILENT: u16 = 0x21;

/// Answers GET with two replies and an ACK, a notification in between;
/// SILENT with nothing; anything else with an error.
fn endpoint() -> FakeEndpoint {
    FakeEndpoint::new(|req, r| match req.header.ty {
        GET => {
            r.reply(GET, b"one");
            r.reply(GET, b"two");
            r.ack_with_warning("careful");
        }
        SILENT => {}
        _ => r.error(22, Some("unknown command"), None),
    })
}

/// What a driver saw, to compare the two.
#[derive(Debug, PartialEq)]
struct Seen {
    replies: Vec<Vec<u8>>,
    warning: Option<String>,
    error: (Option<i32>, String),
    timeout: String,
    events: Vec<Vec<u8>>,
}

fn events_of(mut next: impl FnMut() -> Result<Event, Error>) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    while let Ok(Event::Message(n)) = next() {
        out.push(n.msg.payload().to_vec());
    }
    out
}

fn blocking() -> Seen {
    let mut fake = endpoint();
    fake.push_notification(3, 0x50, b"before").unwrap();
    let mut c = Client::new(fake).unwrap();
    let mut replies = Vec::new();
    let done = c
        .execute(&Request::raw(GET, Flags::ACK, b"").unwrap(), |m| {
            replies.push(m.payload.to_vec());
            Ok(())
        })
        .unwrap();
    let e = c
        .ack(&Request::raw(0x77, Flags::EMPTY, b"").unwrap())
        .unwrap_err();
    c.transport_mut()
        .push_notification(3, 0x50, b"while waiting")
        .unwrap();
    let req = Request::raw(SILENT, Flags::ACK, b"")
        .unwrap()
        .with_timeout(Duration::from_millis(40));
    let t = c.ack(&req).unwrap_err();
    Seen {
        replies,
        warning: done.warning,
        error: (e.errno(), e.to_string()),
        timeout: format!("{t:?}"),
        events: events_of(|| c.next_event()),
    }
}

async fn asynchronous() -> Seen {
    let mut fake = endpoint();
    fake.push_notification(3, 0x50, b"before").unwrap();
    let mut c = AsyncClient::with_transport(fake).unwrap();
    let mut replies = Vec::new();
    let done = c
        .execute(&Request::raw(GET, Flags::ACK, b"").unwrap(), |m| {
            replies.push(m.payload.to_vec());
            Ok(())
        })
        .await
        .unwrap();
    let e = c
        .ack(&Request::raw(0x77, Flags::EMPTY, b"").unwrap())
        .await
        .unwrap_err();
    c.transport_mut()
        .push_notification(3, 0x50, b"while waiting")
        .unwrap();
    let req = Request::raw(SILENT, Flags::ACK, b"")
        .unwrap()
        .with_timeout(Duration::from_millis(40));
    let t = c.ack(&req).await.unwrap_err();
    let mut events = Vec::new();
    while let Ok(Event::Message(n)) = c.next_event().await {
        events.push(n.msg.payload().to_vec());
    }
    Seen {
        replies,
        warning: done.warning,
        error: (e.errno(), e.to_string()),
        timeout: format!("{t:?}"),
        events,
    }
}

#[test]
fn the_fake_drives_both_clients_alike() {
    let b = blocking();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let a = rt.block_on(asynchronous());
    assert_eq!(b.replies, vec![b"one".to_vec(), b"two".to_vec()]);
    assert_eq!(b.warning.as_deref(), Some("careful"));
    assert_eq!(b.error.0, Some(22));
    assert!(b.error.1.contains("unknown command"), "{}", b.error.1);
    assert_eq!(
        b.timeout,
        format!("{:?}", Error::Timeout(Duration::from_millis(40)))
    );
    assert_eq!(
        b.events,
        vec![b"before".to_vec(), b"while waiting".to_vec()]
    );
    assert_eq!(a, b, "the async client saw what the blocking one saw");
}
