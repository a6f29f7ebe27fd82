//! The async socket (feature `tokio`) against the real kernel: a USERSOCK
//! round trip between two `AsyncSocket`s, and a kernel request on ROUTE.
//! Run with `cargo test -p nlkit --features tokio --test socket_async`.
#![cfg(feature = "tokio")]

mod socket_common;

use std::io::IoSlice;
use std::time::Duration;

use nlkit::socket::{Addr, AsyncSocket, Protocol, RecvBuffer, Socket};
use socket_common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn usersock_round_trip() {
    let a = Socket::open(Protocol::USERSOCK).unwrap();
    a.bind(0, 0).unwrap();
    let a = AsyncSocket::from_socket(a).unwrap();
    let b = AsyncSocket::open(Protocol::USERSOCK).unwrap();
    b.get_ref().bind(0, 0).unwrap();
    let (pa, pb) = (a.get_ref().portid().unwrap(), b.get_ref().portid().unwrap());
    let seq = marker(40);

    // B waits first, in its own task, so the receive really has to await.
    let server = tokio::spawn(async move {
        let mut buf = RecvBuffer::new();
        let (sender, bytes) = loop {
            let d = b.recv(&mut buf).await.unwrap();
            if header(d.bytes).3 == seq {
                break (d.sender, d.bytes.to_vec());
            }
        };
        assert_eq!(sender.portid, pa);
        let reply = message(0x71, 0, seq + 1, pb, &bytes[NLMSG_HDRLEN..]);
        let parts = [
            IoSlice::new(&reply[..NLMSG_HDRLEN]),
            IoSlice::new(&reply[NLMSG_HDRLEN..]),
        ];
        b.send_vectored(&parts, sender).await.unwrap();
        b
    });
    tokio::time::sleep(Duration::from_millis(50)).await;
    let ping = message(0x70, 0, seq, pa, b"ping over tokio");
    assert_eq!(a.send(&ping, Addr::portid(pb)).await.unwrap(), ping.len());

    let mut buf = RecvBuffer::new();
    let reply = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            let d = a.recv(&mut buf).await.unwrap();
            if header(d.bytes).3 == seq + 1 {
                break (d.sender, d.bytes.to_vec());
            }
        }
    })
    .await
    .expect("reply within 5 s");
    assert_eq!(reply.0.portid, pb);
    assert_eq!(&reply.1[NLMSG_HDRLEN..], b"ping over tokio\0");
    let b = server.await.unwrap();
    // The socket can be taken back out of the reactor.
    let b = b.into_inner();
    assert_eq!(b.portid().unwrap(), pb);
}

#[tokio::test]
async fn kernel_request_on_current_thread_runtime() {
    let s = AsyncSocket::open(Protocol::ROUTE).unwrap();
    let seq = marker(41);
    // NLMSG_NOOP with a request for an ACK: the kernel answers NLMSG_ERROR 0.
    let req = message(1, 0x1 | 0x4, seq, 0, &[]);
    s.send(&req, Addr::KERNEL).await.unwrap();
    let mut buf = RecvBuffer::new();
    let d = tokio::time::timeout(Duration::from_secs(5), s.recv(&mut buf))
        .await
        .expect("kernel ACK within 5 s")
        .unwrap();
    assert_eq!(d.sender, Addr::KERNEL);
    let (_, ty, _, aseq, _) = header(d.bytes);
    assert_eq!((ty, aseq), (2, seq));
    assert_eq!(i32::from_ne_bytes(d.bytes[16..20].try_into().unwrap()), 0);
}
