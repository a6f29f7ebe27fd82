#!/usr/bin/env python3
"""Builds the seed corpus of nlkit's fuzz targets (fuzz/corpus/<target>/).

Sources: the kernel captures of nlkit/src/wire/fixtures.rs, plus fresh
captures from this machine's kernel (needs root for nothing but reads:
rtnetlink dumps, generic netlink family and policy dumps, errors with
extended ACKs). Each seed is written in the input format of its target
(see fuzz/src/lib.rs). Run from anywhere: python3 fuzz/seeds/make_corpus.py
"""
import hashlib, os, re, socket, struct, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FUZZ = os.path.dirname(HERE)
ROOT = os.path.dirname(FUZZ)
SOL_NETLINK, NETLINK_CAP_ACK, NETLINK_EXT_ACK, NETLINK_GET_STRICT_CHK = 270, 10, 11, 12
REQUEST, MULTI, ACK, DUMP = 1, 2, 4, 0x300
RTM_GETLINK, RTM_GETADDR, RTM_GETROUTE, RTM_GETRULE = 18, 22, 26, 34
GENL_ID_CTRL, CTRL_CMD_GETFAMILY, CTRL_CMD_GETPOLICY = 0x10, 3, 10
# Family header length by message type (rtnetlink) or genl (4).
FIXED = {16: 16, 17: 16, 18: 16, 20: 8, 21: 8, 22: 8, 24: 12, 25: 12, 26: 12, 32: 12, 33: 12, 34: 12}


def fixtures():
    """(name, bytes) of every constant in nlkit/src/wire/fixtures.rs."""
    text = open(os.path.join(ROOT, "nlkit/src/wire/fixtures.rs")).read()
    for m in re.finditer(r"pub const (\w+): \[u8; \d+\] = \[(.*?)\];", text, re.S):
        yield m.group(1), bytes(int(x, 16) for x in re.findall(r"0x([0-9a-f]{2})", m.group(2)))


def sock(proto, cap=True, strict=False):
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, proto)
    s.bind((0, 0))
    s.setsockopt(SOL_NETLINK, NETLINK_EXT_ACK, 1)
    s.setsockopt(SOL_NETLINK, NETLINK_CAP_ACK, 1 if cap else 0)
    if strict:
        s.setsockopt(SOL_NETLINK, NETLINK_GET_STRICT_CHK, 1)
    s.settimeout(2)
    return s


def attr(ty, val):
    l = 4 + len(val)
    return struct.pack("=HH", l, ty) + val + b"\0" * ((4 - l % 4) % 4)


def msg(ty, flags, seq, payload):
    return struct.pack("=IHHII", 16 + len(payload), ty, flags, seq, 0) + payload


def split(d):
    """The messages of a datagram."""
    off, out = 0, []
    while off + 16 <= len(d):
        l = struct.unpack_from("=I", d, off)[0]
        if l < 16 or off + l > len(d):
            break
        out.append(d[off:off + l])
        off += (l + 3) & ~3
    return out


def exchange(s, req):
    """Send req, return every datagram until DONE or ERROR."""
    s.send(req)
    got = []
    while True:
        d = s.recv(1 << 16)
        got.append(d)
        if any(struct.unpack_from("=H", m, 4)[0] in (2, 3) for m in split(d)):
            return got


def captures():
    """(name, request, [datagrams], fixed_len) captured now."""
    out = []
    ifi = struct.pack("=BxHiII", 0, 0, 0, 0, 0)
    for name, ty, fam in [("getlink", RTM_GETLINK, ifi), ("getaddr", RTM_GETADDR, struct.pack("=BBBBi", 0, 0, 0, 0, 0)),
                          ("getroute", RTM_GETROUTE, struct.pack("=BBBBBBBBI", 0, 0, 0, 0, 0, 0, 0, 0, 0)),
                          ("getrule", RTM_GETRULE, struct.pack("=BBBBBBBBI", 0, 0, 0, 0, 0, 0, 0, 0, 0))]:
        s = sock(socket.NETLINK_ROUTE)
        req = msg(ty, REQUEST | DUMP, 1, fam)
        out.append((name, req, exchange(s, req), FIXED.get(ty, 0)))
        s.close()
    s = sock(16)
    req = msg(GENL_ID_CTRL, REQUEST | DUMP, 2, struct.pack("=BBH", CTRL_CMD_GETFAMILY, 1, 0))
    out.append(("genl-families", req, exchange(s, req), 4))
    req = msg(GENL_ID_CTRL, REQUEST | DUMP, 3, struct.pack("=BBH", CTRL_CMD_GETPOLICY, 1, 0) + attr(2, b"nlctrl\0"))
    out.append(("genl-policy", req, exchange(s, req), 4))
    s.close()
    # Uncapped errors echo the whole request; a nested bogus attribute gives a deep offset.
    bad = msg(RTM_GETLINK, REQUEST | ACK, 4, struct.pack("=BxHiII", 0, 0, 1, 0, 0)
              + attr(0x8000 | 18, attr(1, b"veth\0") + attr(0x8000 | 2, attr(0x3fe, b"\x07\0\0\0"))))
    for cap in (True, False):
        s = sock(socket.NETLINK_ROUTE, cap=cap, strict=True)
        out.append(("nested-error-cap%d" % cap, bad, exchange(s, bad), 16))
        s.close()
    return out


def write(target, data):
    d = os.path.join(FUZZ, "corpus", target)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def ext_ack_seed(fixed, offset, m):
    return bytes([fixed & 0xff]) + struct.pack("<H", offset & 0xffff) + m


def exchange_seed(flags_op, dgrams):
    # portid 1000; begin (flags, peer kernel); datagrams patched with seq+portid.
    b = bytes([1, 0, flags_op, 0])
    for d in dgrams:
        b += bytes([4, 0, 0, 3, 0]) + struct.pack("<H", len(d)) + d
    return b


def client_seed(flags_op, dgrams):
    # send_request; datagrams from the kernel patched for it; wait; drain events.
    b = bytes([2, flags_op])
    for d in dgrams:
        b += bytes([0, 0, 0, 3, 0]) + struct.pack("<H", len(d)) + d
    b += bytes([3, 0, 6])
    # The same answers scripted for an execute_to the kernel.
    for d in dgrams:
        b += bytes([1, 3]) + struct.pack("<H", len(d)) + d
    return b + bytes([4, 0, flags_op, 6])


def pad4(b):
    return b + b"\0" * (-len(b) % 4)


def block(ty, body):
    n = 12 + len(body)
    return struct.pack("=II", ty, n) + body + struct.pack("=I", n)


def option(code, val):
    return struct.pack("=HH", code, len(val)) + pad4(val)


def cooked(pkttype, proto, d):
    return struct.pack(">HHH8sH", pkttype, 824, 0, b"", proto) + d


def capture_seeds(dgrams, proto):
    """A pcapng file (as nlkit writes it: comments, epb_flags) and a classic
    pcap file of `dgrams`, for the `capture` target."""
    shb = block(0x0A0D0D0A, struct.pack("=IHHq", 0x1A2B3C4D, 1, 0, -1) + option(4, b"seed") + option(0, b""))
    idb = block(1, struct.pack("=HHI", 253, 0, 262144) + option(9, b"\x09") + option(0, b""))
    ng, pc = shb + idb, struct.pack("=IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 253)
    for i, d in enumerate(dgrams):
        pkt = cooked(7 if i == 0 else 6, proto, d)
        opts = option(1, b"nlkit: portid 7 -> 0") + option(2, struct.pack("=I", 1 + (i == 0))) + option(0, b"")
        ng += block(6, struct.pack("=IIIII", 0, 0, i, len(pkt), len(pkt)) + pad4(pkt) + opts)
        pc += struct.pack("=IIII", 1700000000 + i, 0, len(pkt), len(pkt)) + pkt
    write("capture", ng)
    write("capture", pc)


def main():
    groups = []  # (request or None, [datagrams], fixed)
    fx = dict(fixtures())
    for name, data in fx.items():
        fixed = 4 if "GETFAMILY" in name or "NETDEV" in name else 16
        groups.append((None, [data], fixed))
        if name.endswith("_REQUEST"):
            # Offsets inside the request's attributes.
            for off in range(16, len(data) + 4, 4):
                write("ext_ack", ext_ack_seed(fixed, off, data))
    try:
        groups += [(req, dg, fixed) for _, req, dg, fixed in captures()]
    except OSError as e:
        print("live capture skipped:", e, file=sys.stderr)
    for req, dgrams, fixed in groups:
        if req is not None:
            write("ext_ack", ext_ack_seed(fixed, 36, req))
        for d in dgrams[:8]:
            write("messages", d)
        for d in dgrams[:3]:
            for m in split(d):
                ty = struct.unpack_from("=H", m, 4)[0]
                if ty in (2, 3):
                    write("ext_ack", ext_ack_seed(fixed, 36, m))
                    write("attrs", m[36:] if ty == 2 else m[20:])
                else:
                    write("attrs", m[16 + FIXED.get(ty, fixed):])
        if req is not None and len(req) + sum(len(d) for d in dgrams[:3]) < 16384:
            capture_seeds([req] + dgrams[:3], 16 if fixed == 4 else 0)
        flags_op = 2 if len(dgrams) > 1 else 1
        small = [d for d in dgrams if len(d) < 8192][:4]
        if small:
            write("exchange", exchange_seed(flags_op, small))
            write("client", client_seed(flags_op, small))
    for t in ("messages", "ext_ack", "attrs", "exchange", "client", "capture"):
        n = len(os.listdir(os.path.join(FUZZ, "corpus", t)))
        print(f"{t}: {n} seeds")


main()
