//! What applications call: request/response with ACKs and kernel errors,
//! dumps (collected, streamed, interrupted, retried), several requests in
//! flight and batches, subscriptions to multicast groups and kernel pushes,
//! and user-to-user peers. Blocking by default; `AsyncClient` behind the
//! `tokio` feature. Both are thin drivers over the one
//! [`Engine`](crate::exchange::Engine), generic over one
//! [`Transport`](crate::socket::Transport).

mod blocking;
mod driver;
mod genl;
mod handle;
mod request;

pub use self::blocking::{Client, Events};
pub use self::handle::Handle;
pub use self::request::Request;
pub use crate::exchange::{
    Completion, Dump, Event, Notification, Origin, OwnedMessage, DEFAULT_BACKLOG,
};

#[cfg(feature = "tokio")]
mod async_client;
#[cfg(feature = "tokio")]
mod streams;
#[cfg(feature = "tokio")]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
pub use self::async_client::AsyncClient;
#[cfg(feature = "tokio")]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
pub use self::streams::{DumpStream, EventStream};
