//! nlctl: the command-line tool over nlkit. `main.rs` only calls [`run`];
//! the modules are public so integration tests can build fixtures with the
//! same code (e.g. write a capture file with [`pcap::Writer`]).
//!
//! Layout: `args` (clap), `commands` and `capture` (one function per
//! command), `ebpf` (the system-wide capture's loader), `output`
//! (human/JSON printer), `payload` (parsing what to send), `names` (known
//! types and attributes), `pcap`, `progress`, `error` (messages and exit
//! codes), `sys` (the only `unsafe`).
#![warn(missing_docs)]

// The argument docs are clap's `--help` text (`[:VERSION]` is syntax, not a
// rustdoc link).
#[allow(rustdoc::broken_intra_doc_links)]
pub mod args;
pub mod capture;
pub mod commands;
pub mod ebpf;
pub mod error;
pub mod names;
pub mod output;
pub mod payload;
pub mod pcap;
pub mod progress;
pub mod sys;

use clap::Parser;

use args::{Cli, Command};
use error::{exit, CliError};

/// Parse the command line, run the command, report any error on stderr;
/// returns the exit code (see [`error::exit`]).
pub fn run() -> u8 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            };
        }
    };
    let c = &cli.common;
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
    let result = match &cli.command {
        Command::Send(a) => commands::send(c, a),
        Command::Request(a) => commands::request(c, a, false),
        Command::Dump(a) => commands::request(c, a, true),
        Command::Listen(a) => commands::listen(c, a),
        Command::Peer(a) => commands::peer(c, a),
        Command::Families(a) => commands::families(c, a),
        Command::Capture(a) => capture::capture(c, a),
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

/// Print an error on stderr (as JSON with `--json`) and return its code.
fn report(e: &CliError, json: bool) -> u8 {
    if e.code == exit::OK {
        return exit::OK;
    }
    if json {
        eprintln!(
            "{}",
            serde_json::json!({"error": e.message, "exit_code": e.code, "errno": e.errno})
        );
    } else {
        eprintln!("nlctl: error: {}", e.message);
    }
    e.code
}
