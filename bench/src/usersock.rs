//! Workloads 1 and 2 on `NETLINK_USERSOCK`: user<->user ping-pong (round
//! trips/s) and one-way throughput (messages/s), one message per send and
//! batched, for nlkit and netlink-sys (neli cannot address a user portid).

use std::thread;
use std::time::Instant;

use netlink_packet_core::{
    DecodeError, NetlinkDeserializable, NetlinkHeader, NetlinkMessage, NetlinkPayload,
    NetlinkSerializable, NLM_F_REQUEST,
};
use netlink_sys::{protocols::NETLINK_USERSOCK, Socket as NsSocket, SocketAddr};
use nlkit::client::{Client, Request};
use nlkit::socket::{Addr, Protocol, RecvBuffer, Socket};
use nlkit::wire::{Flags, MessageBuilder};

use crate::common::{allocations, ctx, ty, warmup, BResult, Run};

// ---------------------------------------------------------------- nlkit --

/// The echo peer: returns every message to its sender until `END`.
fn nlkit_echo(sock: &Socket) -> nlkit::Result<u64> {
    let mut buf = RecvBuffer::new();
    let a0 = allocations();
    loop {
        let d = sock.recv(&mut buf)?;
        if d.bytes.len() < 16 || u16::from_ne_bytes([d.bytes[4], d.bytes[5]]) == ty::END {
            return Ok(allocations() - a0);
        }
        sock.send(d.bytes, Addr::portid(d.sender.portid))?;
    }
}

/// Workload 1 with nlkit: `Client::execute_to` a peer (sequence numbers,
/// reply matching, zero-copy callback) against an nlkit `Socket` echo.
pub fn nlkit_pingpong(iters: u32, payload: usize) -> BResult<Run> {
    let echo = Socket::open(Protocol::USERSOCK).map_err(ctx("nlkit echo socket"))?;
    echo.bind(0, 0).map_err(ctx("nlkit echo bind"))?;
    let peer = echo.portid().map_err(ctx("nlkit echo portid"))?;
    let mut client = Client::open(Protocol::USERSOCK).map_err(ctx("nlkit client"))?;
    let req = Request::raw(ty::PING, Flags::EMPTY, &vec![0xab; payload]).map_err(ctx("request"))?;
    let end = Request::raw(ty::END, Flags::EMPTY, &[]).map_err(ctx("request"))?;
    thread::scope(|s| {
        let h = s.spawn(|| nlkit_echo(&echo));
        let bytes = std::cell::Cell::new(0usize);
        let mut on_reply = |m: nlkit::wire::Message<'_>| {
            bytes.set(bytes.get() + m.payload.len());
            Ok(())
        };
        let mut result = Ok(());
        for _ in 0..warmup(iters) {
            if let Err(e) = client.execute_to(peer, &req, &mut on_reply) {
                result = Err(format!("nlkit ping-pong: {e}"));
            }
        }
        bytes.set(0);
        let a0 = allocations();
        let t0 = Instant::now();
        for _ in 0..iters {
            if let Err(e) = client.execute_to(peer, &req, &mut on_reply) {
                result = Err(format!("nlkit ping-pong: {e}"));
                break;
            }
        }
        let elapsed = t0.elapsed();
        let allocs = allocations() - a0;
        let _ = client.send(&end, Addr::portid(peer));
        let echo_allocs = h
            .join()
            .map_err(|_| "nlkit echo thread panicked".to_string())?
            .map_err(ctx("nlkit echo"))?;
        result?;
        if bytes.get() != iters as usize * payload {
            return Err(format!(
                "nlkit ping-pong: {} payload bytes came back",
                bytes.get()
            ));
        }
        Ok(Run {
            elapsed,
            msgs: u64::from(iters),
            allocs: Some(allocs + echo_allocs),
            ..Run::default()
        })
    })
}

/// The receiving end of workload 2 with nlkit: `Client::next_messages`
/// (zero-copy) until `END`; returns the data messages counted.
fn nlkit_sink(client: &mut Client) -> nlkit::Result<(u64, u64)> {
    let a0 = allocations();
    let mut n = 0u64;
    let mut done = false;
    while !done {
        client.next_messages(|_, m| {
            if m.header.ty == ty::END {
                done = true;
            } else {
                n += 1;
            }
            Ok(())
        })?;
    }
    Ok((n, allocations() - a0))
}

/// Workload 2 with nlkit: `count` messages to a peer, `batch` per send
/// (1: `Client::send_to_peer`, else messages built back to back with
/// `MessageBuilder` into one buffer and sent in one `Socket::send`).
pub fn nlkit_throughput(count: u32, payload: usize, batch: usize) -> BResult<Run> {
    let mut sink = Client::open(Protocol::USERSOCK).map_err(ctx("nlkit sink"))?;
    let peer = sink.portid();
    let mut client = Client::open(Protocol::USERSOCK).map_err(ctx("nlkit client"))?;
    let me = client.portid();
    let data = vec![0xab; payload];
    let mut buf = Vec::with_capacity(batch * (payload + 20));
    thread::scope(|s| {
        let h = s.spawn(|| nlkit_sink(&mut sink));
        let a0 = allocations();
        let t0 = Instant::now();
        let mut result: BResult<()> = Ok(());
        let mut i = 0u32;
        while i < count && result.is_ok() {
            if batch == 1 {
                result = client
                    .send_to_peer(peer, ty::PING, &data)
                    .map_err(ctx("nlkit send"));
                i += 1;
                continue;
            }
            buf.clear();
            let n = (count - i).min(batch as u32);
            for j in 0..n {
                let mut b = MessageBuilder::new(&mut buf, ty::PING, Flags::REQUEST)
                    .seq(i + j)
                    .portid(me);
                b.payload(&data);
                if let Err(e) = b.finish() {
                    result = Err(format!("nlkit build: {e}"));
                }
            }
            if result.is_ok() {
                result = client
                    .transport()
                    .send(&buf, Addr::portid(peer))
                    .map(|_| ())
                    .map_err(ctx("nlkit send"));
            }
            i += n;
        }
        let _ = client.send_to_peer(peer, ty::END, &[]);
        let allocs = allocations() - a0;
        let (received, sink_allocs) = h
            .join()
            .map_err(|_| "nlkit sink thread panicked".to_string())?
            .map_err(ctx("nlkit sink"))?;
        let elapsed = t0.elapsed();
        let allocs = allocs + sink_allocs;
        result?;
        if received != u64::from(count) {
            return Err(format!("nlkit throughput: {received} of {count} arrived"));
        }
        Ok(Run {
            elapsed,
            msgs: u64::from(count),
            allocs: Some(allocs),
            ..Run::default()
        })
    })
}

// ---------------------------------------------------------- netlink-sys --

/// A user-defined netlink-packet-core payload: the trait returns an owned
/// value (no lifetime), so the bytes are copied out of the receive buffer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Blob {
    /// Message type.
    pub ty: u16,
    /// Payload bytes.
    pub data: Vec<u8>,
}

impl NetlinkSerializable for Blob {
    fn message_type(&self) -> u16 {
        self.ty
    }
    fn buffer_len(&self) -> usize {
        self.data.len()
    }
    fn serialize(&self, buffer: &mut [u8]) {
        buffer.copy_from_slice(&self.data);
    }
}

impl NetlinkDeserializable for Blob {
    type Error = DecodeError;
    fn deserialize(header: &NetlinkHeader, payload: &[u8]) -> Result<Blob, DecodeError> {
        Ok(Blob {
            ty: header.message_type,
            data: payload.to_vec(),
        })
    }
}

fn ns_socket() -> BResult<(NsSocket, u32)> {
    let mut s = NsSocket::new(NETLINK_USERSOCK).map_err(ctx("netlink-sys socket"))?;
    let addr = s.bind_auto().map_err(ctx("netlink-sys bind"))?;
    Ok((s, addr.port_number()))
}

/// A `NetlinkMessage<Blob>` of type `ty` with `payload` bytes, finalized.
pub fn blob_message(ty: u16, payload: usize, portid: u32) -> NetlinkMessage<Blob> {
    let mut m = NetlinkMessage::new(
        NetlinkHeader::default(),
        NetlinkPayload::InnerMessage(Blob {
            ty,
            data: vec![0xab; payload],
        }),
    );
    m.header.flags = NLM_F_REQUEST;
    m.header.port_number = portid;
    m.finalize();
    m
}

fn ns_echo(sock: &NsSocket) -> BResult<u64> {
    let mut buf: Vec<u8> = Vec::with_capacity(65536);
    let a0 = allocations();
    loop {
        buf.clear();
        let (n, from) = sock
            .recv_from(&mut buf, 0)
            .map_err(ctx("netlink-sys recv"))?;
        if n < 16 || u16::from_ne_bytes([buf[4], buf[5]]) == ty::END {
            return Ok(allocations() - a0);
        }
        sock.send_to(&buf[..n], &SocketAddr::new(from.port_number(), 0), 0)
            .map_err(ctx("netlink-sys echo send"))?;
    }
}

/// Workload 1 with netlink-sys + netlink-packet-core: one message built
/// once, its sequence number set and serialized into a reused buffer per
/// round trip; replies deserialized into `NetlinkMessage<Blob>`.
pub fn netlink_sys_pingpong(iters: u32, payload: usize) -> BResult<Run> {
    let (echo, peer) = ns_socket()?;
    let (client, me) = ns_socket()?;
    let mut msg = blob_message(ty::PING, payload, me);
    let mut tx = vec![0u8; msg.buffer_len()];
    let mut rx: Vec<u8> = Vec::with_capacity(65536);
    let to = SocketAddr::new(peer, 0);
    thread::scope(|s| {
        let h = s.spawn(|| ns_echo(&echo));
        let warm = warmup(iters);
        let mut a0 = allocations();
        let mut t0 = Instant::now();
        let mut result = Ok(());
        for i in 0..warm + iters {
            if i == warm {
                a0 = allocations();
                t0 = Instant::now();
            }
            msg.header.sequence_number = i + 1;
            msg.serialize(&mut tx);
            if let Err(e) = client.send_to(&tx, &to, 0) {
                result = Err(format!("netlink-sys send: {e}"));
                break;
            }
            rx.clear();
            if let Err(e) = client.recv_from(&mut rx, 0) {
                result = Err(format!("netlink-sys recv: {e}"));
                break;
            }
            match NetlinkMessage::<Blob>::deserialize(&rx) {
                Ok(m) if m.header.sequence_number == i + 1 => {}
                Ok(m) => {
                    result = Err(format!(
                        "netlink-sys: reply {} to request {}",
                        m.header.sequence_number,
                        i + 1
                    ));
                    break;
                }
                Err(e) => {
                    result = Err(format!("netlink-sys decode: {e}"));
                    break;
                }
            }
        }
        let elapsed = t0.elapsed();
        let allocs = allocations() - a0;
        let end = blob_message(ty::END, 0, me);
        let mut buf = vec![0u8; end.buffer_len()];
        end.serialize(&mut buf);
        let _ = client.send_to(&buf, &to, 0);
        let echo_allocs = h
            .join()
            .map_err(|_| "netlink-sys echo thread panicked".to_string())??;
        result?;
        Ok(Run {
            elapsed,
            msgs: u64::from(iters),
            allocs: Some(allocs + echo_allocs),
            ..Run::default()
        })
    })
}

fn ns_sink(sock: &NsSocket) -> BResult<(u64, u64)> {
    let mut buf: Vec<u8> = Vec::with_capacity(65536);
    let a0 = allocations();
    let mut n = 0u64;
    loop {
        buf.clear();
        let len = sock.recv(&mut buf, 0).map_err(ctx("netlink-sys recv"))?;
        let mut off = 0;
        while off < len {
            let m = NetlinkMessage::<Blob>::deserialize(&buf[off..len])
                .map_err(ctx("netlink-sys decode"))?;
            if m.header.message_type == ty::END {
                return Ok((n, allocations() - a0));
            }
            n += 1;
            let l = m.header.length as usize;
            if l == 0 {
                break;
            }
            off += (l + 3) & !3;
        }
    }
}

/// Workload 2 with netlink-sys + netlink-packet-core: messages serialized
/// into a reused buffer (back to back when batched), one `send_to` per
/// datagram; the sink deserializes every message.
pub fn netlink_sys_throughput(count: u32, payload: usize, batch: usize) -> BResult<Run> {
    let (sink, peer) = ns_socket()?;
    let (client, me) = ns_socket()?;
    let mut msg = blob_message(ty::PING, payload, me);
    let one = (msg.buffer_len() + 3) & !3;
    let mut tx = vec![0u8; one * batch];
    let to = SocketAddr::new(peer, 0);
    thread::scope(|s| {
        let h = s.spawn(|| ns_sink(&sink));
        let a0 = allocations();
        let t0 = Instant::now();
        let mut result = Ok(());
        let mut i = 0u32;
        while i < count {
            let n = (count - i).min(batch as u32);
            for j in 0..n {
                msg.header.sequence_number = i + j;
                let at = j as usize * one;
                msg.serialize(&mut tx[at..at + msg.buffer_len()]);
            }
            if let Err(e) = client.send_to(&tx[..n as usize * one], &to, 0) {
                result = Err(format!("netlink-sys send: {e}"));
                break;
            }
            i += n;
        }
        let end = blob_message(ty::END, 0, me);
        let mut buf = vec![0u8; end.buffer_len()];
        end.serialize(&mut buf);
        let _ = client.send_to(&buf, &to, 0);
        let allocs = allocations() - a0;
        let (received, sink_allocs) = h
            .join()
            .map_err(|_| "netlink-sys sink thread panicked".to_string())??;
        let elapsed = t0.elapsed();
        let allocs = allocs + sink_allocs;
        result?;
        if received != u64::from(count) {
            return Err(format!(
                "netlink-sys throughput: {received} of {count} arrived"
            ));
        }
        Ok(Run {
            elapsed,
            msgs: u64::from(count),
            allocs: Some(allocs),
            ..Run::default()
        })
    })
}
