//! Socket layer against the kernel's own netlink services: opening sockets
//! on ROUTE and GENERIC, a request/response with the kernel (which shows
//! the EXT_ACK/CAP_ACK defaults at work), and an unserved protocol number.

mod socket_common;

use std::time::Duration;

use nlkit::socket::{Addr, Protocol, RecvBuffer, Socket};
use nlkit::Error;
use socket_common::*;

const NLM_F_REQUEST: u16 = 0x1;
const NLM_F_ACK: u16 = 0x4;
const NLM_F_CAPPED: u16 = 0x100;
const NLMSG_ERROR: u16 = 2;

#[test]
fn route_and_generic_open_and_bind() {
    for proto in [Protocol::ROUTE, Protocol::GENERIC, Protocol::SOCK_DIAG] {
        let s = Socket::open(proto).unwrap_or_else(|e| panic!("opening {proto}: {e}"));
        assert_eq!(s.protocol(), proto);
        s.bind(0, 0).unwrap();
        assert_ne!(s.portid().unwrap(), 0, "{proto}: kernel-chosen portid");
    }
}

#[test]
fn unserved_protocol_gives_protocol_not_supported() {
    match Socket::open(Protocol(17)) {
        Err(Error::ProtocolNotSupported { protocol }) => {
            assert_eq!(protocol, 17);
            let text = Error::ProtocolNotSupported { protocol }.to_string();
            assert!(text.contains("17") && text.contains("module"), "{text}");
        }
        Ok(_) => println!(
            "skipped: something on this host now serves netlink protocol 17 (an nlkit module loaded?)"
        ),
        Err(e) => panic!("expected ProtocolNotSupported, got {e}"),
    }
}

/// Sends a failing rtnetlink request (an unknown message type) with a
/// 64-byte payload and returns the kernel's answer datagram.
fn failing_request(s: &Socket, seq: u32) -> (Vec<u8>, u32) {
    let payload = [0x77u8; 64];
    let req = message(0x7ff0, NLM_F_REQUEST | NLM_F_ACK, seq, 0, &payload);
    s.send(&req, Addr::KERNEL).unwrap();
    let got = recv_seq_owned(s, seq);
    (got.bytes, got.sender_portid)
}

#[test]
fn kernel_answers_request_and_cap_ack_is_on_by_default() {
    let s = Socket::open(Protocol::ROUTE).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let seq = marker(30);
    let (answer, from) = failing_request(&s, seq);
    assert_eq!(from, 0, "the answer comes from the kernel");
    let (len, ty, flags, aseq, portid) = header(&answer);
    assert_eq!(ty, NLMSG_ERROR);
    assert_eq!(aseq, seq);
    assert_eq!(
        portid,
        s.portid().unwrap(),
        "addressed to our auto-bound portid"
    );
    assert_eq!(len as usize, answer.len());
    let errno = i32::from_ne_bytes(answer[16..20].try_into().unwrap());
    assert!(errno < 0, "an error, got {errno}");
    assert_ne!(
        flags & NLM_F_CAPPED,
        0,
        "CAP_ACK: request payload not echoed"
    );
    assert!(
        !answer.windows(64).any(|w| w == [0x77u8; 64]),
        "capped ACK must not contain the request payload"
    );

    // With CAP_ACK off the kernel echoes the whole request.
    s.set_cap_ack(false).unwrap();
    let (answer, _) = failing_request(&s, seq + 1);
    let (_, _, flags, _, _) = header(&answer);
    assert_eq!(flags & NLM_F_CAPPED, 0);
    assert!(answer.windows(64).any(|w| w == [0x77u8; 64]));
}

#[test]
fn request_and_dump_fit_the_default_buffer() {
    // RTM_GETLINK dump: every datagram must fit the 64 KiB default buffer.
    const RTM_GETLINK: u16 = 18;
    const NLM_F_DUMP: u16 = 0x300;
    const NLMSG_DONE: u16 = 3;
    let s = Socket::open(Protocol::ROUTE).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let seq = marker(31);
    // struct ifinfomsg (16 bytes), all zero.
    let req = message(RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, seq, 0, &[0u8; 16]);
    s.send(&req, Addr::KERNEL).unwrap();
    let mut buf = RecvBuffer::new();
    let mut links = 0;
    'outer: loop {
        let d = s.recv(&mut buf).unwrap();
        assert_eq!(d.sender, Addr::KERNEL);
        let mut rest = d.bytes;
        while rest.len() >= NLMSG_HDRLEN {
            let (len, ty, _, mseq, _) = header(rest);
            assert_eq!(mseq, seq);
            if ty == NLMSG_DONE {
                break 'outer;
            }
            assert_eq!(ty, 16, "RTM_NEWLINK");
            links += 1;
            let step = ((len as usize) + 3) & !3;
            rest = &rest[step.min(rest.len())..];
        }
    }
    assert!(links >= 1, "at least the loopback link");
}

/// Runs `nonroot_child` in a copy of this test binary as user `nobody`
/// (via `setpriv`), to check the `PermissionDenied` mapping for real.
#[test]
fn unprivileged_operations_give_permission_denied() {
    if std::env::var_os("NLKIT_NONROOT_CHILD").is_some() {
        return nonroot_child();
    }
    if !std::path::Path::new("/usr/bin/setpriv").exists() {
        println!("skipped: /usr/bin/setpriv (util-linux) is not installed");
        return;
    }
    let exe = std::env::current_exe().unwrap();
    let copy = std::env::temp_dir().join(format!("nlkit-nonroot-{}", std::process::id()));
    std::fs::copy(&exe, &copy).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = std::process::Command::new("/usr/bin/setpriv")
        .args(["--reuid", "65534", "--regid", "65534", "--clear-groups"])
        .arg(&copy)
        .args([
            "--exact",
            "unprivileged_operations_give_permission_denied",
            "--nocapture",
        ])
        .env("NLKIT_NONROOT_CHILD", "1")
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&copy);
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "child as nobody failed:\n{text}");
    assert!(
        text.contains("1 passed"),
        "child did not run the test:\n{text}"
    );
}

fn nonroot_child() {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata("/proc/self").unwrap().uid();
    assert_ne!(uid, 0, "child must not be root");
    // GENERIC lets anyone receive but not send to user portids or groups.
    let g = Socket::open(Protocol::GENERIC).unwrap();
    g.bind(0, 0).unwrap();
    let msg = message(0x10, 0, 1, 0, b"x");
    match g.send(&msg, Addr::portid(g.portid().unwrap())) {
        Err(e @ Error::PermissionDenied { .. }) => {
            let Error::PermissionDenied {
                errno,
                ref operation,
                capability,
                ..
            } = e
            else {
                unreachable!()
            };
            assert!(operation.contains("portid"), "{operation}");
            assert_eq!(capability, "CAP_NET_ADMIN");
            // netlink_sendmsg answers EPERM: kept as sent.
            assert_eq!((errno, e.errno()), (libc::EPERM, Some(libc::EPERM)));
            let io: std::io::Error = e.into();
            assert_eq!(io.kind(), std::io::ErrorKind::PermissionDenied);
        }
        other => panic!("expected PermissionDenied, got {other:?}"),
    }
    assert!(matches!(
        g.set_recv_buffer_size_force(1 << 20),
        Err(Error::PermissionDenied { .. })
    ));
    assert!(matches!(
        g.set_listen_all_nsid(true),
        Err(Error::PermissionDenied { .. })
    ));
    // Unprivileged users may still talk to the kernel and join ROUTE groups.
    let r = Socket::open(Protocol::ROUTE).unwrap();
    r.add_membership(1).unwrap();
    // ...but not the multicast-routing groups (RTNLGRP_IPV4_MROUTE_R = 30).
    assert!(matches!(
        r.add_membership(30),
        Err(Error::PermissionDenied { .. })
    ));
}
