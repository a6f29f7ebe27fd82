//! The command line: common flags (`--proto`, `--portid`, `--group`,
//! `--json`) and one subcommand per job. Parsed with clap's derive API;
//! values that need the protocol to be understood (types, attributes) are
//! kept as strings here and parsed by `payload`.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use nlkit::socket::Protocol;

/// nlctl: talk Netlink from the shell.
#[derive(Debug, Parser)]
#[command(name = "nlctl", version, about, long_about = None)]
pub struct Cli {
    /// Options every command takes.
    #[command(flatten)]
    pub common: Common,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Common {
    /// Netlink protocol: a number 0..=31 or a name (route, usersock, generic, uevent, ...).
    #[arg(long, global = true, default_value = "route", value_parser = parse_proto, allow_negative_numbers = true)]
    pub proto: Protocol,
    /// Bind this portid (default: the kernel chooses a free one).
    #[arg(long, global = true)]
    pub portid: Option<u32>,
    /// Join this multicast group (repeatable, or comma-separated; a number,
    /// an rtnetlink group name (link, ipv4-route, rtnlgrp-neigh), or
    /// FAMILY:GROUP on generic).
    #[arg(long = "group", global = true)]
    pub groups: Vec<String>,
    /// One JSON object per message per line instead of human-readable blocks.
    #[arg(long, short = 'j', global = true)]
    pub json: bool,
    /// With --json: one pretty-printed JSON array at the end (as `ip -j -p`).
    #[arg(long, short = 'p', global = true)]
    pub pretty: bool,
    /// With --json: one flat object per message whose fields for links,
    /// addresses, routes and neighbours are named and valued as `ip -j`
    /// prints them.
    #[arg(long, global = true)]
    pub flat: bool,
    /// One line per message (like `ip monitor`), not a block.
    #[arg(long, global = true)]
    pub brief: bool,
    /// Print when each message arrived (text: UTC time first; JSON: `time`).
    #[arg(long, short = 't', global = true)]
    pub timestamp: bool,
    /// Run in the network namespace NAME (`ip netns`: /run/netns/NAME) or
    /// at a path (/proc/PID/ns/net).
    #[arg(long, short = 'n', global = true, value_name = "NAME")]
    pub netns: Option<String>,
    /// Record this command's own netlink traffic (every datagram its
    /// sockets send and receive) to a pcapng file, for Wireshark.
    #[arg(long, global = true, value_name = "FILE")]
    pub pcap: Option<PathBuf>,
    /// A YNL spec (the kernel's format) describing the family: `do`/`dump`
    /// take an operation name and JSON attributes, output uses its names.
    #[arg(long, global = true, value_name = "FILE")]
    pub spec: Option<PathBuf>,
    /// Like --spec, finding FAMILY.yaml on NLCTL_SPEC_PATH, the project's
    /// specs/ and the kernel specs the setup fetched.
    #[arg(long, global = true, value_name = "NAME")]
    pub family: Option<String>,
    /// Set after parsing: --proto was given on the command line.
    #[arg(skip)]
    pub proto_explicit: bool,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Send one message to the kernel, a user portid or a multicast group.
    Send(SendArgs),
    /// Send a request with an ACK requested, wait, print the replies or the error.
    Request(RequestArgs),
    /// Send a dump request and print every message until NLMSG_DONE
    /// (with --spec: `dump OP [JSON]`).
    Dump(RequestArgs),
    /// Run a spec's operation (`--spec FILE do OP [JSON]`), print the replies.
    Do(RequestArgs),
    /// Generate code from a spec: `gen {uapi,kernel,rust,wireshark} SPEC -o DIR`.
    Gen(GenArgs),
    /// Print what arrives: multicast, kernel pushes, peer messages.
    Listen(ListenArgs),
    /// User-to-user messaging: stdin lines out to --to-portid, messages in as lines.
    Peer(PeerArgs),
    /// List generic netlink families (ids, versions, operations, multicast groups).
    Families(FamiliesArgs),
    /// Record every netlink datagram of the machine (eBPF, or an nlmon device) to a pcapng file, or read one back.
    Capture(CaptureArgs),
}

/// What goes into a message (shared by send, request and dump).
#[derive(Debug, Args)]
pub struct PayloadArgs {
    /// Message type: a number or a name (RTM_GETLINK, nlctrl, NLKIT_MOD_MSG_ECHO, ...).
    #[arg(long = "type", value_name = "TYPE")]
    pub ty: Option<String>,
    /// Flags: names (request,ack,dump,create,excl,...) and/or numbers, comma-separated.
    #[arg(long)]
    pub flags: Option<String>,
    /// Family header: genl:CMD[:VERSION], ifinfomsg[:INDEX], ifaddrmsg[:FAMILY], rtmsg[:FAMILY], hex:BYTES, none.
    #[arg(long)]
    pub header: Option<String>,
    /// Payload text, sent NUL-terminated (like the seed's program).
    #[arg(long, group = "raw")]
    pub text: Option<String>,
    /// Payload text without the terminating NUL.
    #[arg(long, group = "raw")]
    pub text_nonul: Option<String>,
    /// Payload bytes in hex (0a0b0c, 0a:0b:0c).
    #[arg(long, group = "raw")]
    pub hex: Option<String>,
    /// Payload read from a file.
    #[arg(long, group = "raw")]
    pub file: Option<PathBuf>,
    /// Attribute PATH:KIND[:VALUE] (repeatable); PATH is TYPE or OUTER.INNER (nests).
    #[arg(long = "attr")]
    pub attrs: Vec<String>,
}

/// `nlctl send`.
#[derive(Debug, Args)]
pub struct SendArgs {
    /// The message.
    #[command(flatten)]
    pub payload: PayloadArgs,
    /// Sequence number to put in the header.
    #[arg(long, default_value_t = 0)]
    pub seq: u32,
    /// Send to this user portid instead of the kernel (portid 0).
    #[arg(long, conflicts_with = "to_group")]
    pub to_portid: Option<u32>,
    /// Send to this multicast group (1..=32).
    #[arg(long)]
    pub to_group: Option<u32>,
    /// Do not print the message sent.
    #[arg(long, short)]
    pub quiet: bool,
}

/// `nlctl request` and `nlctl dump`.
#[derive(Debug, Args)]
pub struct RequestArgs {
    /// The message.
    #[command(flatten)]
    pub payload: PayloadArgs,
    /// Seconds to wait for each answer.
    #[arg(long, default_value = "5", value_parser = parse_secs)]
    pub timeout: Duration,
    /// Send to this user portid instead of the kernel.
    #[arg(long)]
    pub to_portid: Option<u32>,
    /// With --spec: the operation (e.g. getfamily, getlink).
    pub op: Option<String>,
    /// With --spec: the request's attributes as a JSON object.
    #[arg(value_name = "JSON")]
    pub input: Option<String>,
}

/// What `nlctl gen` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GenKind {
    /// The UAPI header (enums, attribute ids, message types, groups).
    Uapi,
    /// Kernel-side policies and dispatch (`<family>-nl-gen.{c,h}`).
    Kernel,
    /// Typed Rust on nlkit's typed model (`<family>.rs`).
    Rust,
    /// A Wireshark/tshark Lua dissector (`<family>.lua`).
    Wireshark,
}

/// `nlctl gen`.
#[derive(Debug, Args)]
pub struct GenArgs {
    /// What to generate.
    #[arg(value_enum)]
    pub kind: GenKind,
    /// The spec file.
    pub spec: PathBuf,
    /// The directory to write into (created if missing).
    #[arg(short = 'o', long = "out", value_name = "DIR")]
    pub out: PathBuf,
}

/// `nlctl listen`.
#[derive(Debug, Args)]
pub struct ListenArgs {
    /// Before listening, send a request of this type (REQUEST|ACK, no payload) from the
    /// listening socket and wait for its ACK (repeatable; e.g. NLKIT_MOD_MSG_SUBSCRIBE).
    #[arg(long = "subscribe-type", value_name = "TYPE")]
    pub subscribe_types: Vec<String>,
    /// Stop after this many messages (exit 8 if the timeout comes first).
    #[arg(long)]
    pub count: Option<u64>,
    /// Stop after this many seconds.
    #[arg(long, value_parser = parse_secs)]
    pub timeout: Option<Duration>,
    /// Join every multicast group the protocol has (route: all the specs'
    /// rtnlgrp-* groups, like `ip monitor`; generic: every family's).
    #[arg(long)]
    pub all: bool,
}

/// `nlctl peer`.
#[derive(Debug, Args)]
pub struct PeerArgs {
    /// Send each stdin line to this portid (without it, only receive).
    #[arg(long)]
    pub to_portid: Option<u32>,
    /// Message type of the messages sent.
    #[arg(long = "type", value_name = "TYPE", default_value = "16")]
    pub ty: String,
    /// Send lines without a terminating NUL.
    #[arg(long)]
    pub nonul: bool,
    /// Stop after receiving this many messages.
    #[arg(long)]
    pub count: Option<u64>,
    /// Stop after this many seconds.
    #[arg(long, value_parser = parse_secs)]
    pub timeout: Option<Duration>,
}

/// `nlctl families`.
#[derive(Debug, Args)]
pub struct FamiliesArgs {
    /// Show only this family (resolved with CTRL_CMD_GETFAMILY).
    pub name: Option<String>,
}

/// How `nlctl capture` sees the traffic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CaptureVia {
    /// eBPF if it loads here, else nlmon (saying why).
    Auto,
    /// kprobes through eBPF: every protocol, every namespace.
    Ebpf,
    /// An nlmon device: the protocols of the kernel's nlmon list, this
    /// namespace only.
    Nlmon,
}

/// `nlctl capture`. `--proto P` (given explicitly) keeps only protocol
/// P, `--portid N` only what N sent or received; nlctl's own traffic is
/// left out unless `--own`.
#[derive(Debug, Args)]
pub struct CaptureArgs {
    /// Keep nlctl's own netlink traffic too (left out by default).
    #[arg(long)]
    pub own: bool,
    /// Write the capture to this pcapng file (LINKTYPE_NETLINK).
    #[arg(long, short, conflicts_with = "read")]
    pub write: Option<PathBuf>,
    /// Decode this capture (pcapng or classic pcap) instead of capturing.
    #[arg(long, short)]
    pub read: Option<PathBuf>,
    /// How to capture: eBPF (any protocol, any namespace) or an nlmon
    /// device (default: auto, eBPF if it loads).
    #[arg(long, value_enum)]
    pub via: Option<CaptureVia>,
    /// Do not print the datagrams while capturing (only write the file).
    #[arg(long, short, conflicts_with = "read")]
    pub quiet: bool,
    /// Name of the nlmon device to create (deleted at exit; default nlctl-mon0).
    #[arg(long)]
    pub ifname: Option<String>,
    /// Stop after this many packets.
    #[arg(long)]
    pub count: Option<u64>,
    /// Stop after this many seconds.
    #[arg(long, value_parser = parse_secs)]
    pub timeout: Option<Duration>,
}

fn parse_proto(s: &str) -> Result<Protocol, String> {
    if s.trim().starts_with('-') {
        return Err(format!(
            "{s:?} is negative: a netlink protocol is a number 0..=31 or a name (route, generic, ...)"
        ));
    }
    s.parse::<Protocol>().map_err(|e| e.to_string())
}

fn parse_secs(s: &str) -> Result<Duration, String> {
    let v: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a number of seconds (e.g. 5 or 0.5)"))?;
    if !v.is_finite() || !(0.0..=1e9).contains(&v) {
        return Err(format!("{s:?}: seconds must be between 0 and 1e9"));
    }
    Ok(Duration::from_secs_f64(v))
}
