#!/usr/bin/env python3
"""Builds the seeds of the `spec_decode` fuzz target (fuzz/corpus/spec_decode/).

Input format (fuzz/src/lib.rs, check_spec_decode): either 0xff, a u16 length
and a spec's text, then a datagram; or bytes that spec_from_input turns into
a spec, then a datagram. Seeds use the project's own specs/nlkit-raw.yaml
(never the kernel's specs) and messages built here the way modules A/B
answer. Run from anywhere: python3 fuzz/seeds/make_spec_corpus.py
"""
import hashlib, os, struct

HERE = os.path.dirname(os.path.abspath(__file__))
FUZZ = os.path.dirname(HERE)
ROOT = os.path.dirname(FUZZ)
OUT = os.path.join(FUZZ, "corpus", "spec_decode")


def attr(ty, value):
    n = 4 + len(value)
    return struct.pack("<HH", n, ty) + value + b"\0" * ((4 - n % 4) % 4)


def msg(ty, payload, flags=0, seq=1):
    return struct.pack("<IHHII", 16 + len(payload), ty, flags, seq, 0) + payload


def save(data):
    os.makedirs(OUT, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


spec = open(os.path.join(ROOT, "specs", "nlkit-raw.yaml"), "rb").read()
head = b"\xff" + struct.pack("<H", len(spec)) + spec
stats = b"".join(attr(i, struct.pack("<Q", i * 7)) for i in range(1, 23))
save(head + msg(0x11, attr(11, struct.pack("<I", 17)) + attr(10 | 0x8000, stats)))
save(head + msg(0x10, attr(1, b"hello") + attr(2, struct.pack("<I", 4242))))
save(head + msg(0x19, attr(3, struct.pack("<I", 2)) + attr(4, struct.pack("<Q", 9))
                 + attr(15, struct.pack("<Q", 123456789)) + attr(5, struct.pack("<I", 1))
                 + attr(99, b"??")))
save(head + msg(0x13, attr(8, b"mod-a\0") + attr(12, struct.pack("<I", 1))))
# Generated specs: a few selector prefixes, each with nested / sub-message data.
inner = attr(1, b"x\0") + attr(2, attr(1, b"y\0") + attr(3, struct.pack("<I", 5)))
for prefix in (bytes(range(0, 64)), bytes(range(64, 128)), bytes([7] * 64), bytes(range(255, 191, -1))):
    save(prefix + msg(1, inner) + msg(2, struct.pack("<I", 3) + inner))
