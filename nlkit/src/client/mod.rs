//! What applications call: request/response with ACKs and kernel errors,
//! dumps (collected, streamed, interrupted, retried), several requests in
//! flight and batches, subscriptions to multicast groups and kernel pushes,
//! and user-to-user peers. Blocking by default; `AsyncClient` behind the
//! `tokio` feature drives the same engine.

mod blocking;
mod core;
mod genl;
mod owned;
mod request;

pub use self::blocking::{Client, Events};
pub use self::core::{Completion, Dump, DEFAULT_BACKLOG};
pub use self::owned::{Event, Notification, Origin, OwnedMessage};
pub use self::request::Request;

#[cfg(feature = "tokio")]
mod async_client;
#[cfg(feature = "tokio")]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
pub use self::async_client::AsyncClient;
