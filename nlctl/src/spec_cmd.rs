//! The spec-driven commands: `--spec FILE` / `--family NAME` with `do`,
//! `dump` and `listen`, and `nlctl gen`. Finds specs on the search path
//! (`NLCTL_SPEC_PATH`, the project's `specs/`, the kernel specs the setup
//! fetched), layers `<name>.overlay.yaml` files over them, resolves generic
//! families through the controller, and uses [`crate::spec_codec`] for
//! the bytes. See docs/specs.md.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use nlkit::client::{Client, Request};
use nlkit::socket::Protocol;
use nlkit::wire::{Flags, MessageBuilder};
use nlkit_spec::{gen, MsgKind, Spec};
use serde_json::Value;

use crate::args::{Common, GenArgs, GenKind, ListenArgs, RequestArgs};
use crate::error::{exit, CliError, CliResult};
use crate::spec_codec;

/// The directories searched for `--family NAME` and for overlays, in order.
pub fn search_path() -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Some(p) = std::env::var_os("NLCTL_SPEC_PATH") {
        out.extend(std::env::split_paths(&p).filter(|p| !p.as_os_str().is_empty()));
    }
    out.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("specs"));
    let cache = std::env::var_os("NLKIT_CACHE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/nlkit")));
    if let Some(c) = cache {
        out.push(c.join("specs/current/Documentation/netlink/specs"));
    }
    out
}

/// The file names family `name` may have (`rt-link.yaml`, `rt_link.yaml`).
pub fn candidates(name: &str) -> Vec<String> {
    let mut v = vec![
        format!("{name}.yaml"),
        format!("{}.yaml", name.replace('-', "_")),
        format!("{}.yaml", name.replace('_', "-")),
    ];
    v.dedup();
    v
}

/// Finds the spec file of family `name` on the search path.
pub fn find_family(name: &str) -> CliResult<PathBuf> {
    let path = search_path();
    for d in &path {
        for c in candidates(name) {
            let p = d.join(&c);
            if p.is_file() {
                return Ok(p);
            }
        }
    }
    Err(CliError::usage(format!(
        "--family {name}: no spec {name}.yaml on the search path ({}); set NLCTL_SPEC_PATH or give --spec FILE \
         (the kernel's specs come with `cargo xtask setup`)",
        path.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(":")
    )))
}

/// Overlay files for family `name`: `<name>.overlay.yaml` on the search path.
pub fn overlays_for(name: &str, base: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for d in search_path() {
        for c in candidates(name) {
            let p = d.join(c.replace(".yaml", ".overlay.yaml"));
            if p.is_file() && p != base && !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out
}

/// Loads the spec `--spec` or `--family` names, overlays applied; `None`
/// when neither is given.
pub fn load(common: &Common) -> CliResult<Option<Spec>> {
    let path = match (&common.spec, &common.family) {
        (Some(_), Some(_)) => {
            return Err(CliError::usage(
                "--spec and --family name the same thing: give one",
            ))
        }
        (Some(p), None) => {
            if !p.exists() && !p.to_string_lossy().contains('/') {
                // `--spec nlctrl.yaml`: look on the search path too.
                let stem = p.to_string_lossy().trim_end_matches(".yaml").to_string();
                find_family(&stem)?
            } else {
                p.clone()
            }
        }
        (None, Some(f)) => find_family(f)?,
        (None, None) => return Ok(None),
    };
    let first = Spec::read(&path, &[]).map_err(spec_err)?;
    let overlays = overlays_for(&first.name, &path);
    let spec = if overlays.is_empty() {
        first
    } else {
        Spec::read(&path, &overlays).map_err(spec_err)?
    };
    for w in &spec.warnings {
        if std::env::var_os("NLCTL_SPEC_WARNINGS").is_some() {
            eprintln!("nlctl: {w}");
        }
    }
    if common.proto_explicit && common.proto.0 != u32::from(spec.protonum) {
        return Err(CliError::usage(format!(
            "--proto {} ({}) disagrees with {}: its family `{}` is on protocol {}; leave --proto out",
            common.proto, common.proto.0, spec.file, spec.name, spec.protonum
        )));
    }
    Ok(Some(spec))
}

fn spec_err(e: nlkit_spec::SpecError) -> CliError {
    CliError::usage(format!("bad spec: {e}"))
}

fn encode_err(e: spec_codec::EncodeError) -> CliError {
    CliError::usage(e.0)
}

/// Refuses the raw message options together with a spec.
fn refuse_raw(a: &RequestArgs) -> CliResult<()> {
    let p = &a.payload;
    let given: Vec<&str> = [
        ("--type", p.ty.is_some()),
        ("--header", p.header.is_some()),
        ("--attr", !p.attrs.is_empty()),
        ("--flags", p.flags.is_some()),
        ("--text", p.text.is_some() || p.text_nonul.is_some()),
        ("--hex", p.hex.is_some()),
        ("--file", p.file.is_some()),
    ]
    .into_iter()
    .filter(|x| x.1)
    .map(|x| x.0)
    .collect();
    if given.is_empty() {
        return Ok(());
    }
    Err(CliError::usage(format!(
        "{} cannot be used with --spec/--family: the spec builds the message; give the operation \
         and its attributes as JSON (e.g. `nlctl --family rt-link dump getlink '{{\"ifi-index\": 1}}'`)",
        given.join(", ")
    )))
}

/// The protocol and message type for a request: genetlink families are
/// resolved by name through the controller.
pub fn family_id(spec: &Spec) -> CliResult<(Protocol, Option<u16>)> {
    let proto = Protocol(u32::from(spec.protonum));
    if !spec.protocol.is_genetlink() {
        return Ok((proto, None));
    }
    let mut c = Client::open(Protocol::GENERIC)?;
    c.set_timeout(Some(Duration::from_secs(5)))?;
    let f = c.genl_family(&spec.name).map_err(|e| match &e {
        nlkit::Error::Kernel(k) if k.errno == libc::ENOENT => CliError::new(
            exit::KERNEL,
            format!(
                "{}: the kernel has no generic netlink family `{}` (ENOENT): its module is not loaded",
                spec.file, spec.name
            ),
        ),
        _ => CliError::from_nlkit(e),
    })?;
    Ok((proto, Some(f.id)))
}

/// One decoded message, printed.
fn print(common: &Common, spec: &Spec, m: &nlkit::wire::Message<'_>) -> std::io::Result<()> {
    let v = spec_codec::decode_payload(spec, m.header.ty, m.payload);
    let out = std::io::stdout();
    let mut out = out.lock();
    if common.json {
        writeln!(out, "{v}")
    } else {
        let op = if spec.protocol.is_genetlink() {
            m.payload.first().map(|c| u32::from(*c))
        } else {
            Some(u32::from(m.header.ty))
        };
        let name = op
            .and_then(|o| spec.op_for_reply(o))
            .map_or("?".to_string(), |o| o.name.clone());
        writeln!(
            out,
            "{} {name} (type {}, seq {}, portid {})",
            spec.name, m.header.ty, m.header.seq, m.header.portid
        )?;
        spec_codec::write_human(&mut out, &v, 1)
    }
}

/// `nlctl --spec F do OP [JSON]` and `... dump OP [JSON]`.
pub fn request(common: &Common, spec: &Spec, a: &RequestArgs, kind: MsgKind) -> CliResult<u8> {
    refuse_raw(a)?;
    let Some(op_name) = &a.op else {
        let ops: Vec<&str> = spec
            .operations
            .list
            .iter()
            .filter(|o| spec.sub_op(o, kind).is_some())
            .map(|o| o.name.as_str())
            .collect();
        return Err(CliError::usage(format!(
            "give an operation of {}: {}",
            spec.file,
            ops.join(", ")
        )));
    };
    let Some(op) = spec.operation(op_name) else {
        let ops: Vec<&str> = spec
            .operations
            .list
            .iter()
            .map(|o| o.name.as_str())
            .collect();
        return Err(CliError::usage(format!(
            "{}: no operation `{op_name}`; it has: {}",
            spec.file,
            ops.join(", ")
        )));
    };
    let input: Value = match &a.input {
        None => Value::Null,
        Some(s) => serde_json::from_str(s).map_err(|e| {
            CliError::usage(format!("the request is not valid JSON: {e} (in {s:?})"))
        })?,
    };
    // Everything is checked before anything is sent.
    let (value, payload, fixed) =
        spec_codec::encode_request(spec, op, kind, &input).map_err(encode_err)?;
    let (proto, id) = family_id(spec)?;
    let ty = id.unwrap_or(value);
    let flags = match kind {
        MsgKind::Do => Flags::REQUEST | Flags::ACK,
        MsgKind::Dump => Flags::REQUEST | Flags::DUMP,
    };
    let mut bytes = Vec::new();
    let mut b = MessageBuilder::new(&mut bytes, ty, flags);
    b.payload(&payload);
    b.finish()
        .map_err(|e| CliError::usage(format!("cannot build the message: {e}")))?;
    let mut client = Client::open(proto)?;
    client.set_timeout(Some(a.timeout.max(Duration::from_millis(1))))?;
    let req = Request::from_bytes(bytes)?.with_fixed_len(fixed);
    let result = client.execute(&req, |m| {
        print(common, spec, &m).map_err(|e| nlkit::Error::Io {
            context: "writing output",
            source: e,
        })
    });
    let c = result.map_err(|e| kernel_error(spec, op, e))?;
    if c.interrupted {
        return Err(CliError::new(
            exit::DUMP_INTERRUPTED,
            "dump interrupted (NLM_F_DUMP_INTR): the data changed during the dump; run it again",
        ));
    }
    if !common.json {
        eprintln!(
            "nlctl: {} {} done: {} message{}",
            spec.name,
            op.name,
            c.messages,
            if c.messages == 1 { "" } else { "s" }
        );
    }
    Ok(exit::OK)
}

/// A kernel error, with the offending (or missing) attribute named by the spec.
fn kernel_error(spec: &Spec, op: &nlkit_spec::Operation, e: nlkit::Error) -> CliError {
    let (path, missing) = match &e {
        nlkit::Error::Kernel(k) => (k.attr_path.clone(), k.missing_type),
        _ => (Vec::new(), None),
    };
    let mut err = CliError::from_nlkit(e);
    let mut set = op.attribute_set.as_deref().and_then(|s| spec.attr_set(s));
    let mut names = Vec::new();
    for t in &path {
        let a = set.and_then(|s| s.attr_by_value(*t));
        names.push(a.map_or(t.to_string(), |a| a.name.clone()));
        set = a
            .and_then(|a| a.nested_attributes.as_deref())
            .and_then(|n| spec.attr_set(n));
    }
    if !names.is_empty() {
        err.message
            .push_str(&format!(" [attribute {}]", names.join(" / ")));
    }
    if let Some(t) = missing {
        let set = op.attribute_set.as_deref().and_then(|s| spec.attr_set(s));
        if let Some(a) = set.and_then(|s| s.attr_by_value(t)) {
            err.message
                .push_str(&format!(" [missing attribute {}]", a.name));
        }
    }
    err
}

/// Group numbers for the spec's group names in `--group`.
fn groups(common: &Common, spec: &Spec) -> CliResult<Vec<u32>> {
    let names: Vec<&str> = spec.mcast_groups.iter().map(|g| g.name.as_str()).collect();
    let mut out = Vec::new();
    let mut genl = None;
    for g in &common.groups {
        let Some(def) = spec.mcast_group(g) else {
            return Err(CliError::usage(format!(
                "--group {g}: {} has no multicast group `{g}`; it has: {}",
                spec.file,
                if names.is_empty() {
                    "none".to_string()
                } else {
                    names.join(", ")
                }
            )));
        };
        if let Some(v) = def.value.filter(|_| !spec.protocol.is_genetlink()) {
            out.push(v);
            continue;
        }
        if !spec.protocol.is_genetlink() {
            return Err(CliError::usage(format!(
                "--group {g}: {} gives the group no number",
                spec.file
            )));
        }
        if genl.is_none() {
            let mut c = Client::open(Protocol::GENERIC)?;
            c.set_timeout(Some(Duration::from_secs(5)))?;
            genl = Some(c.genl_family(&spec.name).map_err(CliError::from_nlkit)?);
        }
        let fam = genl.as_ref().expect("resolved above");
        let id = fam.group(g).ok_or_else(|| {
            CliError::new(
                exit::KERNEL,
                format!(
                    "--group {g}: the kernel's {} family has no such group",
                    spec.name
                ),
            )
        })?;
        out.push(id);
    }
    Ok(out)
}

/// `nlctl --spec F --group NAME listen`.
pub fn listen(common: &Common, spec: &Spec, a: &ListenArgs) -> CliResult<u8> {
    if !a.subscribe_types.is_empty() {
        return Err(CliError::usage(
            "--subscribe-type takes raw types; with --spec, run the subscribe operation with `do`",
        ));
    }
    let groups = groups(common, spec)?;
    if groups.is_empty() {
        return Err(CliError::usage(format!(
            "listen with a spec needs --group NAME; {} has: {}",
            spec.file,
            spec.mcast_groups
                .iter()
                .map(|g| g.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    let mut client = Client::subscribe(Protocol(u32::from(spec.protonum)), &groups)?;
    let deadline = a.timeout.map(|t| Instant::now() + t);
    let mut count = 0u64;
    eprintln!(
        "nlctl: listening to {} groups {:?}",
        spec.name, common.groups
    );
    while a.count.map_or(true, |c| count < c) {
        let wait = match deadline {
            Some(d) => match d.checked_duration_since(Instant::now()) {
                Some(w) if !w.is_zero() => w,
                _ => break,
            },
            None => Duration::from_millis(500),
        };
        client.set_timeout(Some(wait))?;
        let r = client.next_messages(|_, m| {
            count += 1;
            print(common, spec, &m).map_err(|e| nlkit::Error::Io {
                context: "writing output",
                source: e,
            })
        });
        match r {
            Ok(_) => {}
            Err(nlkit::Error::Timeout(_) | nlkit::Error::WouldBlock) => {}
            Err(e) => return Err(CliError::from_nlkit(e)),
        }
    }
    if let Some(c) = a.count {
        if count < c {
            return Err(CliError::new(
                exit::TIMEOUT,
                format!("received {count} of {c} messages before the timeout"),
            ));
        }
    }
    Ok(exit::OK)
}

/// `nlctl gen {uapi,kernel,rust,wireshark} SPEC -o DIR`.
pub fn gen(a: &GenArgs) -> CliResult<u8> {
    let base = Spec::read(&a.spec, &[]).map_err(spec_err)?;
    let overlays = overlays_for(&base.name, &a.spec);
    let spec = if overlays.is_empty() {
        base
    } else {
        Spec::read(&a.spec, &overlays).map_err(spec_err)?
    };
    for w in &spec.warnings {
        eprintln!("nlctl: {w}");
    }
    let files = match a.kind {
        GenKind::Uapi => vec![gen::c_uapi::generate(&spec)],
        GenKind::Kernel => gen::c_kernel::generate(&spec),
        GenKind::Rust => vec![gen::rust::generate(&spec)],
        GenKind::Wireshark => vec![gen::wireshark::generate(&spec)],
    };
    std::fs::create_dir_all(&a.out)
        .map_err(|e| CliError::usage(format!("-o {}: {e}", a.out.display())))?;
    for f in files {
        let p = a.out.join(&f.name);
        std::fs::write(&p, f.text)
            .map_err(|e| CliError::new(exit::FAILURE, format!("writing {}: {e}", p.display())))?;
        println!("{}", p.display());
    }
    Ok(exit::OK)
}

/// `nlctl do` without a spec.
pub fn do_needs_spec() -> CliError {
    CliError::usage(
        "`do` runs an operation of a spec: give --spec FILE or --family NAME \
         (e.g. `nlctl --family netdev do dev-get '{\"ifindex\": 1}'`); raw requests are `nlctl request`",
    )
}
