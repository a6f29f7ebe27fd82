//! Workload 3: generic netlink request/response, `CTRL_CMD_GETFAMILY` for
//! one family name, the family id read from each reply, round trips/s.

use std::time::Instant;

use futures::StreamExt;
use netlink_packet_core::{NetlinkMessage, NetlinkPayload, NLM_F_REQUEST};
use netlink_packet_generic::ctrl::nlas::GenlCtrlAttrs;
use netlink_packet_generic::ctrl::{GenlCtrl, GenlCtrlCmd};
use netlink_packet_generic::GenlMessage;
use nlkit::client::Client;
use nlkit::families::genl::{attr, cmd, GENL_HDRLEN, GENL_ID_CTRL};
use nlkit::socket::Protocol;
use nlkit::wire::{attrs, Flags};

use crate::common::{allocations, ctx, timed_loop, warmup, BResult, Run};

/// The family looked up: the controller itself, present on every kernel.
pub const FAMILY: &str = "nlctrl";

/// nlkit: `Client::call` builds the request in the client's buffer and the
/// reply is read in place (zero-copy attribute walk).
pub fn nlkit(iters: u32) -> BResult<(Run, u16)> {
    let mut c = Client::open(Protocol::GENERIC).map_err(ctx("nlkit genl client"))?;
    let mut id = 0u16;
    let run = timed_loop(iters, |_| {
        c.call(
            GENL_ID_CTRL,
            Flags::EMPTY,
            GENL_HDRLEN,
            |b| {
                b.payload(&[cmd::GETFAMILY, 1, 0, 0]);
                b.attr_str(attr::FAMILY_NAME, FAMILY);
            },
            |m| {
                let body = m.payload.get(GENL_HDRLEN..).unwrap_or_default();
                if let Some(a) = attrs(body).find(attr::FAMILY_ID)? {
                    id = a.u16()?;
                }
                Ok(())
            },
        )
        .map_err(ctx("nlkit GETFAMILY"))?;
        Ok(())
    })?;
    Ok((run, id))
}

/// neli: `NlSocketHandle` (the plain socket handle, not the router) sends a
/// `Nlmsghdr<GenlId, Genlmsghdr<CtrlCmd, CtrlAttr>>` built once; each reply
/// is received and parsed by neli, then the family id read from its attributes.
pub fn neli(iters: u32) -> BResult<(Run, u16)> {
    use neli::consts::genl::{CtrlAttr, CtrlCmd};
    use neli::consts::nl::{GenlId, NlmF};
    use neli::consts::socket::NlFamily;
    use neli::genl::{AttrTypeBuilder, Genlmsghdr, GenlmsghdrBuilder, NlattrBuilder};
    use neli::nl::{NlPayload, Nlmsghdr, NlmsghdrBuilder};
    use neli::socket::synchronous::NlSocketHandle;
    use neli::types::GenlBuffer;
    use neli::utils::Groups;

    let sock = NlSocketHandle::connect(NlFamily::Generic, None, Groups::empty())
        .map_err(ctx("neli connect"))?;
    let attr = NlattrBuilder::default()
        .nla_type(
            AttrTypeBuilder::default()
                .nla_type(CtrlAttr::FamilyName)
                .build()
                .map_err(ctx("neli attr type"))?,
        )
        .nla_payload(FAMILY)
        .build()
        .map_err(ctx("neli attr"))?;
    let genl = GenlmsghdrBuilder::default()
        .cmd(CtrlCmd::Getfamily)
        .version(1)
        .attrs(std::iter::once(attr).collect::<GenlBuffer<_, _>>())
        .build()
        .map_err(ctx("neli genl header"))?;
    let msg = NlmsghdrBuilder::default()
        .nl_type(GenlId::Ctrl)
        .nl_flags(NlmF::REQUEST)
        .nl_pid(sock.pid())
        .nl_seq(1)
        .nl_payload(NlPayload::Payload(genl))
        .build()
        .map_err(ctx("neli message"))?;
    let mut id = 0u16;
    let run = timed_loop(iters, |_| {
        sock.send(&msg).map_err(ctx("neli send"))?;
        let (iter, _) = sock
            .recv::<GenlId, Genlmsghdr<CtrlCmd, CtrlAttr>>()
            .map_err(ctx("neli recv"))?;
        for m in iter {
            let m: Nlmsghdr<GenlId, Genlmsghdr<CtrlCmd, CtrlAttr>> =
                m.map_err(ctx("neli parse"))?;
            if let NlPayload::Payload(p) = m.nl_payload() {
                id = p
                    .attrs()
                    .get_attr_handle()
                    .get_attr_payload_as::<u16>(CtrlAttr::FamilyId)
                    .map_err(ctx("neli family id"))?;
            }
        }
        Ok(())
    })?;
    Ok((run, id))
}

fn ctrl_request() -> NetlinkMessage<GenlMessage<GenlCtrl>> {
    let mut g = GenlMessage::from_payload(GenlCtrl {
        cmd: GenlCtrlCmd::GetFamily,
        nlas: vec![GenlCtrlAttrs::FamilyName(FAMILY.to_string())],
    });
    g.finalize();
    let mut m = NetlinkMessage::from(g);
    m.header.flags = NLM_F_REQUEST;
    m.finalize();
    m
}

fn family_id(m: &NetlinkMessage<GenlMessage<GenlCtrl>>) -> Option<u16> {
    match &m.payload {
        NetlinkPayload::InnerMessage(g) => g.payload.nlas.iter().find_map(|a| match a {
            GenlCtrlAttrs::FamilyId(id) => Some(*id),
            _ => None,
        }),
        _ => None,
    }
}

/// netlink-sys + netlink-packet-generic, blocking: the request built once,
/// its sequence number set and serialized into a reused buffer per round
/// trip; each reply deserialized into `GenlMessage<GenlCtrl>`.
pub fn netlink_sys(iters: u32) -> BResult<(Run, u16)> {
    use netlink_sys::{protocols::NETLINK_GENERIC, Socket, SocketAddr};
    let mut s = Socket::new(NETLINK_GENERIC).map_err(ctx("netlink-sys socket"))?;
    s.bind_auto().map_err(ctx("netlink-sys bind"))?;
    let mut msg = ctrl_request();
    let mut tx = vec![0u8; msg.buffer_len()];
    let mut rx: Vec<u8> = Vec::with_capacity(32768);
    let kernel = SocketAddr::new(0, 0);
    let mut id = 0u16;
    let run = timed_loop(iters, |i| {
        msg.header.sequence_number = i + 1;
        msg.serialize(&mut tx);
        s.send_to(&tx, &kernel, 0)
            .map_err(ctx("netlink-sys send"))?;
        rx.clear();
        s.recv_from(&mut rx, 0).map_err(ctx("netlink-sys recv"))?;
        let m = NetlinkMessage::<GenlMessage<GenlCtrl>>::deserialize(&rx)
            .map_err(ctx("netlink-sys decode"))?;
        if m.header.sequence_number != i + 1 {
            return Err("netlink-sys: reply to another request".into());
        }
        id = family_id(&m).ok_or("netlink-sys: no family id in the reply")?;
        Ok(())
    })?;
    Ok((run, id))
}

/// genetlink (tokio, current-thread runtime): `GenetlinkHandle::send_request`
/// (no family resolution: the controller's id is fixed) and the first item
/// of the response stream.
pub fn genetlink(iters: u32) -> BResult<(Run, u16)> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(ctx("tokio runtime"))?;
    rt.block_on(async {
        let (conn, mut handle, _) = genetlink::new_connection().map_err(ctx("genetlink"))?;
        let task = tokio::spawn(conn);
        let template = ctrl_request();
        let mut id = 0u16;
        let warm = warmup(iters);
        let mut a0 = allocations();
        let mut t0 = Instant::now();
        for i in 0..warm + iters {
            if i == warm {
                a0 = allocations();
                t0 = Instant::now();
            }
            let mut stream = handle
                .send_request(template.clone())
                .map_err(ctx("genetlink send"))?;
            while let Some(m) = stream.next().await {
                let m = m.map_err(ctx("genetlink decode"))?;
                if let Some(x) = family_id(&m) {
                    id = x;
                }
            }
        }
        let elapsed = t0.elapsed();
        let allocs = allocations() - a0;
        task.abort();
        Ok((
            Run {
                elapsed,
                msgs: u64::from(iters),
                allocs: Some(allocs),
                ..Run::default()
            },
            id,
        ))
    })
}
