//! Capture files for nlctl: the format code lives in the library
//! ([`nlkit::capture`]); this module re-exports it so nlctl's users and
//! tests build fixtures with the same types. nlctl writes pcapng
//! ([`Writer`]); it reads pcapng and classic pcap ([`Reader`]).

pub use nlkit::capture::pcap::Writer as PcapWriter;
pub use nlkit::capture::pcapng::{Writer, FLAG_INBOUND, FLAG_OUTBOUND};
pub use nlkit::capture::{
    Endpoints, ReadError, Reader, Record, COOKED_LEN, LINKTYPE_NETLINK, PACKET_KERNEL,
    PACKET_OUTGOING, PACKET_USER, SNAPLEN,
};
