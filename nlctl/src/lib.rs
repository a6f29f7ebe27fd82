//! nlctl: the command-line tool over nlkit. `main.rs` only calls [`run`];
//! the modules are public so integration tests can build fixtures with the
//! same code (e.g. write a capture file with [`pcap::Writer`]).
//!
//! Layout: `args` (clap), `commands` and `capture` (one function per
//! command), `ebpf` (the system-wide capture's loader), `output`
//! (human/JSON printer), `payload` (parsing what to send), `names` (known
//! types and attributes), `spec_cmd` and `spec_codec` (`--spec`/`--family`
//! and `gen`, driven by YNL specs), `pcap`, `progress`, `error` (messages
//! and exit codes), `sys` (the only `unsafe`).
#![warn(missing_docs)]

// The argument docs are clap's `--help` text (`[:VERSION]` is syntax, not a
// rustdoc link).
#[allow(rustdoc::broken_intra_doc_links)]
pub mod args;
pub mod capture;
pub mod commands;
pub mod ebpf;
pub mod enrich;
pub mod error;
pub mod flat;
pub mod known;
pub mod names;
pub mod output;
pub mod payload;
pub mod pcap;
pub mod progress;
pub mod spec_cmd;
pub mod spec_codec;
pub mod sys;

use clap::{CommandFactory, FromArgMatches};

use args::{Cli, Command};
use error::{exit, CliError};

/// Parse the command line, run the command, report any error on stderr;
/// returns the exit code (see [`error::exit`]).
pub fn run() -> u8 {
    let parsed = Cli::command().try_get_matches().and_then(|m| {
        let explicit = m.value_source("proto") == Some(clap::parser::ValueSource::CommandLine);
        Cli::from_arg_matches(&m).map(|mut c| {
            c.common.proto_explicit = explicit;
            c
        })
    });
    let cli = match parsed {
        Ok(c) => c,
        Err(e) => {
            if e.use_stderr() && json_requested() {
                // Scripts reading JSON get their usage error as JSON too.
                let text = e.render().to_string();
                let first = text
                    .lines()
                    .next()
                    .unwrap_or("")
                    .trim_start_matches("error: ");
                eprintln!(
                    "{}",
                    serde_json::json!({"error": first, "exit_code": exit::USAGE, "errno": null, "usage": text.trim_end()})
                );
                return exit::USAGE;
            }
            let _ = e.print();
            return if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            };
        }
    };
    let c = &cli.common;
    if let Some(ns) = &c.netns {
        if let Err(e) = enter_netns(ns) {
            return report(&e, c.json);
        }
    }
    let tap = match &c.pcap {
        None => None,
        Some(path) => match nlkit::capture::Tap::create(path) {
            Ok(t) => {
                nlkit::capture::Tap::install(Some(t.clone()));
                Some(t)
            }
            Err(e) => return report(&CliError::usage(format!("--pcap: {e}")), c.json),
        },
    };
    let spec = match spec_cmd::load(c) {
        Ok(s) => s,
        Err(e) => return report(&e, c.json),
    };
    let result = match (&cli.command, &spec) {
        (Command::Do(a), Some(s)) => spec_cmd::request(c, s, a, nlkit_spec::MsgKind::Do),
        (Command::Dump(a), Some(s)) => spec_cmd::request(c, s, a, nlkit_spec::MsgKind::Dump),
        (Command::Listen(a), Some(s)) => spec_cmd::listen(c, s, a),
        (Command::Do(_), None) => Err(spec_cmd::do_needs_spec()),
        (Command::Dump(a) | Command::Request(a), None) if a.op.is_some() => Err(CliError::usage(
            "an operation name needs --spec FILE or --family NAME; raw requests take --type",
        )),
        (Command::Gen(a), _) => spec_cmd::gen(a),
        (
            Command::Send(_)
            | Command::Request(_)
            | Command::Peer(_)
            | Command::Families(_)
            | Command::Capture(_),
            Some(_),
        ) => Err(CliError::usage(
            "--spec/--family work with do, dump and listen (and gen takes its SPEC argument)",
        )),
        (Command::Send(a), None) => commands::send(c, a),
        (Command::Request(a), None) => commands::request(c, a, false),
        (Command::Dump(a), None) => commands::request(c, a, true),
        (Command::Listen(a), None) => commands::listen(c, a),
        (Command::Peer(a), None) => commands::peer(c, a),
        (Command::Families(a), None) => commands::families(c, a),
        (Command::Capture(a), None) => capture::capture(c, a),
    };
    if let Some(t) = tap {
        nlkit::capture::Tap::install(None);
        if let Err(e) = t.flush() {
            let path = c.pcap.as_deref().unwrap_or(std::path::Path::new(""));
            return report(
                &CliError::new(exit::FAILURE, format!("--pcap {}: {e}", path.display())),
                c.json,
            );
        }
    }
    match result {
        Ok(code) => code,
        Err(e) => report(&e, c.json),
    }
}

/// True when the command line asks for JSON (`--json`, `-j`, or `-j` in
/// a cluster like `-jp`), read before clap so its own errors can be JSON.
fn json_requested() -> bool {
    std::env::args()
        .skip(1)
        .take_while(|a| a != "--")
        .any(|a| a == "--json" || (a.starts_with('-') && !a.starts_with("--") && a.contains('j')))
}

/// `-n NAME`: moves nlctl into the network namespace `ip netns` calls NAME
/// (or the namespace file at a path) before any socket is opened.
fn enter_netns(ns: &str) -> Result<(), CliError> {
    let path = if ns.contains('/') {
        std::path::PathBuf::from(ns)
    } else {
        nlkit::socket::named_netns_path(ns)
    };
    let f = std::fs::File::open(&path).map_err(|e| {
        let mut err = CliError::usage(format!(
            "-n {ns}: cannot open {} ({e}); `ip netns list` shows the names",
            path.display()
        ));
        err.errno = e.raw_os_error();
        err
    })?;
    use std::os::fd::AsFd;
    rustix::thread::move_into_link_name_space(
        f.as_fd(),
        Some(rustix::thread::LinkNameSpaceType::Network),
    )
    .map_err(|e| {
        let mut err = if e == rustix::io::Errno::PERM {
            CliError::new(
                exit::PERMISSION,
                format!("-n {ns}: entering a network namespace needs CAP_SYS_ADMIN (EPERM); run as root"),
            )
        } else {
            CliError::usage(format!("-n {ns}: {} is not a network namespace ({e})", path.display()))
        };
        err.errno = Some(e.raw_os_error());
        err
    })
}

/// Print an error on stderr (as JSON with `--json`) and return its code.
fn report(e: &CliError, json: bool) -> u8 {
    if e.code == exit::OK {
        return exit::OK;
    }
    if json {
        let errno = e.errno.or_else(|| names::errno_in_text(&e.message));
        let mut v = serde_json::json!({
            "error": e.message, "exit_code": e.code, "errno": errno,
            "errno_name": errno.and_then(names::errno_name),
        });
        if let Some(a) = &e.attribute {
            v["attribute"] = a.clone();
        }
        eprintln!("{v}");
    } else {
        eprintln!("nlctl: error: {}", e.message);
    }
    e.code
}
