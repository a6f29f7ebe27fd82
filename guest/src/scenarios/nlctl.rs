//! The `nlctl` command-line tool (`/bin/nlctl` in the image) against the
//! real modules A and B: every mode, as root and as uid 65534, errors with
//! extended ACK text, and an nlmon capture decoded back from its pcapng file.
//!
//! nlctl runs as a child process (`std::process::Command`, no shell); its
//! `--json` output is parsed with serde_json.

use super::kit::{self, ensure, Module, A, B};
use super::Scenario;
use crate::ctx::{Ctx, NOBODY};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Where the initramfs puts nlctl.
const NLCTL: &str = "/bin/nlctl";

/// How long a background nlctl may take to say it is ready: generous,
/// because loading the eBPF capture (BTF parse, verifier) on the debug
/// kernel (KASAN, lockdep) under TCG on a loaded 2-core host took more than
/// 10 s once. A ready nlctl returns at once; this only bounds a hang.
const READY: Duration = Duration::from_secs(60);

/// The scenarios of this file.
pub fn scenarios() -> Vec<Scenario> {
    vec![
        Scenario {
            name: "nlctl_send_a",
            run: |c| send(c, A),
        },
        Scenario {
            name: "nlctl_send_b",
            run: |c| send(c, B),
        },
        Scenario {
            name: "nlctl_echo_a",
            run: |c| echo(c, A, "echo"),
        },
        Scenario {
            name: "nlctl_echo_b",
            run: |c| echo(c, B, "NLKIT_MOD_MSG_ECHO"),
        },
        Scenario {
            name: "nlctl_subscribe_dump_a",
            run: |c| subscribe_dump(c, A),
        },
        Scenario {
            name: "nlctl_subscribe_dump_b",
            run: |c| subscribe_dump(c, B),
        },
        Scenario {
            name: "nlctl_multicast_a",
            run: |c| multicast(c, A),
        },
        Scenario {
            name: "nlctl_multicast_b",
            run: |c| multicast(c, B),
        },
        Scenario {
            name: "nlctl_peer_a",
            run: |c| peer(c, A),
        },
        Scenario {
            name: "nlctl_ext_ack_a",
            run: |c| ext_ack(c, A),
        },
        Scenario {
            name: "nlctl_ext_ack_b",
            run: |c| ext_ack(c, B),
        },
        Scenario {
            name: "nlctl_nonroot_a",
            run: |c| nonroot(c, A),
        },
        Scenario {
            name: "nlctl_nonroot_b",
            run: |c| nonroot(c, B),
        },
        Scenario {
            name: "nlctl_capture_a",
            run: capture,
        },
        Scenario {
            name: "nlctl_spec_a",
            run: |c| spec(c, A),
        },
        Scenario {
            name: "nlctl_spec_b",
            run: |c| spec(c, B),
        },
    ]
}

/// The project's spec of the modules, shipped inside the guest binary.
const SPEC: &str = include_str!("../../specs/nlkit-raw.yaml");

/// Runs nlctl with `NLCTL_SPEC_PATH` set (overlays for module B).
fn run_env(ctx: &Ctx, args: &[&str], spec_path: &str) -> Result<Out, String> {
    ctx.log(format!(
        "NLCTL_SPEC_PATH={spec_path} nlctl {}",
        args.join(" ")
    ));
    let mut c = command(args, false);
    c.env("NLCTL_SPEC_PATH", spec_path);
    output(c)
}

/// `nlctl --spec specs/nlkit-raw.yaml`: ECHO, GET_STATS (nested counters by
/// name), GET_CONFIG, a dump, and a request the spec refuses (nothing sent:
/// the module's message counter does not move). Module B is reached with
/// an overlay that sets `protonum: 18`, found on `NLCTL_SPEC_PATH`.
fn spec(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let file = "/tmp/nlkit-raw.yaml";
    std::fs::write(file, SPEC).map_err(|e| format!("writing {file}: {e}"))?;
    let dir = format!("/tmp/nlkit-spec-{}", m.proto);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{dir}: {e}"))?;
    if m.proto != 17 {
        let overlay = format!("overlay-of: nlkit-mod\nprotonum: {}\n", m.proto);
        std::fs::write(format!("{dir}/nlkit-mod.overlay.yaml"), overlay)
            .map_err(|e| format!("writing the overlay: {e}"))?;
    }
    let nl = |ctx: &Ctx, args: &[&str]| -> Result<Out, String> {
        let mut a = vec!["--spec", file, "--json"];
        a.extend_from_slice(args);
        run_env(ctx, &a, &dir)
    };
    let text = format!("spec echo on {}", m.proto);
    let hex: String = text.bytes().map(|b| format!("{b:02x}")).collect();
    let o = nl(ctx, &["do", "echo", &format!("{{\"payload\": \"{hex}\"}}")])?;
    o.expect_code(0, "do echo")?;
    let reply = o.json()?.into_iter().next().ok_or("no ECHO reply")?;
    ensure(
        reply["payload"] == hex.as_str() && reply["portid"].as_u64().is_some_and(|p| p > 0),
        || format!("ECHO reply {reply}"),
    )?;
    let stats = |ctx: &Ctx| -> Result<Value, String> {
        let o = nl(ctx, &["do", "get-stats"])?;
        o.expect_code(0, "do get-stats")?;
        o.json()?
            .into_iter()
            .next()
            .ok_or_else(|| "no GET_STATS reply".to_string())
    };
    let s1 = stats(ctx)?;
    ensure(num(&s1, "protocol") == Some(u64::from(m.proto)), || {
        format!("GET_STATS {s1}")
    })?;
    let msgs1 = num(&s1["stats"], "msgs-in").ok_or_else(|| format!("no stats.msgs-in in {s1}"))?;
    let cfg = nl(ctx, &["do", "get-config"])?;
    cfg.expect_code(0, "do get-config")?;
    let c = cfg
        .json()?
        .into_iter()
        .next()
        .ok_or("no GET_CONFIG reply")?;
    ensure(
        num(&c, "version") == Some(nlkit::families::nlmod::VERSION.into()) && c["name"].is_string(),
        || format!("GET_CONFIG {c}"),
    )?;
    let d = nl(ctx, &["dump", "get-subscribers"])?;
    d.expect_code(0, "dump get-subscribers")?;
    // Refused by the spec's check: exit 2, and the module saw nothing.
    let bad = nl(ctx, &["do", "trigger", "{\"group\": 65}"])?;
    bad.expect_code(2, "do trigger with group 65")?;
    ensure(bad.stderr.contains("1..=64"), || {
        format!("refusal {:?}", bad.stderr)
    })?;
    let s2 = stats(ctx)?;
    let msgs2 = num(&s2["stats"], "msgs-in").ok_or("no msgs-in")?;
    // ECHO came before s1; after it: get-config, the dump, s2 itself.
    ensure(msgs2 == msgs1 + 3, || {
        format!("msgs-in went {msgs1} -> {msgs2}; the refused TRIGGER must not be sent")
    })?;
    Ok(())
}

/// What a finished nlctl run left behind.
pub(super) struct Out {
    /// Exit code (-1 if killed by a signal).
    pub(super) code: i32,
    /// Its standard output.
    pub(super) stdout: String,
    /// Its standard error.
    pub(super) stderr: String,
}

impl Out {
    /// The JSON objects of stdout, one per line.
    pub(super) fn json(&self) -> Result<Vec<Value>, String> {
        self.stdout
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).map_err(|e| format!("bad JSON line {l:?}: {e}")))
            .collect()
    }

    /// The message objects of stdout (notes left out).
    fn messages(&self) -> Result<Vec<Value>, String> {
        Ok(self
            .json()?
            .into_iter()
            .filter(|v| v.get("note").is_none())
            .collect())
    }

    /// The `--json` error object nlctl printed on stderr.
    fn error(&self) -> Result<Value, String> {
        self.stderr
            .lines()
            .rev()
            .find_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter(|v| v.get("error").is_some())
            .ok_or_else(|| format!("no JSON error on stderr: {:?}", self.stderr))
    }

    /// Fails unless the exit code is `code`.
    pub(super) fn expect_code(&self, code: i32, what: &str) -> Result<(), String> {
        ensure(self.code == code, || {
            format!(
                "{what}: exit {} (want {code}); stderr {:?}; stdout {:?}",
                self.code, self.stderr, self.stdout
            )
        })
    }
}

fn command(args: &[&str], user: bool) -> Command {
    let mut c = Command::new(NLCTL);
    c.args(args).stdin(Stdio::null());
    if user {
        // setgid/setuid (and setgroups(0)) in the child before exec.
        c.uid(NOBODY).gid(NOBODY);
    }
    c
}

/// Runs nlctl to completion (it has its own timeouts).
pub(super) fn run(ctx: &Ctx, args: &[&str], user: bool) -> Result<Out, String> {
    ctx.log(format!(
        "{}nlctl {}",
        if user { "(uid 65534) " } else { "" },
        args.join(" ")
    ));
    output(command(args, user))
}

/// Runs a prepared nlctl command to completion.
fn output(mut c: Command) -> Result<Out, String> {
    let o = c.output().map_err(|e| format!("running {NLCTL}: {e}"))?;
    Ok(Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    })
}

/// An nlctl running in the background; stderr lines arrive on a channel.
pub(super) struct Bg {
    child: Child,
    lines: Receiver<String>,
    stderr: String,
    stdout: Option<JoinHandle<String>>,
    err_thread: Option<JoinHandle<()>>,
}

impl Bg {
    /// Starts nlctl with `args`.
    pub(super) fn spawn(ctx: &Ctx, args: &[&str], user: bool) -> Result<Bg, String> {
        ctx.log(format!(
            "{}nlctl {} &",
            if user { "(uid 65534) " } else { "" },
            args.join(" ")
        ));
        let mut child = command(args, user)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("starting {NLCTL}: {e}"))?;
        let mut out = child.stdout.take().ok_or("no stdout pipe")?;
        let err = child.stderr.take().ok_or("no stderr pipe")?;
        let stdout = std::thread::spawn(move || {
            let mut s = String::new();
            let _ = out.read_to_string(&mut s);
            s
        });
        let (tx, lines) = mpsc::channel();
        let err_thread = std::thread::spawn(move || {
            for l in BufReader::new(err).lines() {
                let Ok(l) = l else { break };
                if tx.send(l).is_err() {
                    break;
                }
            }
        });
        Ok(Bg {
            child,
            lines,
            stderr: String::new(),
            stdout: Some(stdout),
            err_thread: Some(err_thread),
        })
    }

    /// Asks nlctl to stop (SIGINT), as Ctrl-C would.
    /// The process id of nlctl.
    pub(super) fn pid(&self) -> u32 {
        self.child.id()
    }

    pub(super) fn interrupt(&self) -> Result<(), String> {
        crate::sys::interrupt(self.child.id()).map_err(|e| format!("SIGINT to nlctl: {e}"))
    }

    /// Waits for a stderr line containing `needle`; returns it.
    pub(super) fn wait_line(&mut self, needle: &str) -> Result<String, String> {
        let end = Instant::now() + READY;
        loop {
            let left = end.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(l) => {
                    self.stderr.push_str(&l);
                    self.stderr.push('\n');
                    if l.contains(needle) {
                        return Ok(l);
                    }
                }
                Err(_) => {
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    return Err(format!(
                        "nlctl never printed {needle:?} on stderr (got {:?})",
                        self.stderr
                    ));
                }
            }
        }
    }

    /// Waits up to `timeout` for the exit (then kills it) and collects output.
    pub(super) fn finish(mut self, timeout: Duration) -> Result<Out, String> {
        let end = Instant::now() + timeout;
        let status = loop {
            match self.child.try_wait() {
                Ok(Some(s)) => break s,
                Ok(None) if Instant::now() < end => std::thread::sleep(Duration::from_millis(20)),
                Ok(None) => {
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    return Err(format!(
                        "nlctl did not exit within {timeout:?} (killed); stderr so far {:?}",
                        self.stderr
                    ));
                }
                Err(e) => return Err(format!("waiting for nlctl: {e}")),
            }
        };
        if let Some(t) = self.err_thread.take() {
            let _ = t.join();
        }
        while let Ok(l) = self.lines.try_recv() {
            self.stderr.push_str(&l);
            self.stderr.push('\n');
        }
        let stdout = self
            .stdout
            .take()
            .map(|t| t.join().unwrap_or_default())
            .unwrap_or_default();
        Ok(Out {
            code: status.code().unwrap_or(-1),
            stdout,
            stderr: std::mem::take(&mut self.stderr),
        })
    }
}

impl Drop for Bg {
    fn drop(&mut self) {
        // Only does something when a check failed before `finish`.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The portid in a "... portid N..." stderr line.
fn portid_in(line: &str) -> Result<u32, String> {
    line.split("portid ")
        .nth(1)
        .and_then(|r| {
            r.split(|c: char| !c.is_ascii_digit())
                .next()
                .and_then(|n| n.parse().ok())
        })
        .ok_or_else(|| format!("no portid in {line:?}"))
}

fn proto_arg(m: Module) -> String {
    m.proto.to_string()
}

/// The value of the attribute named `name` in a decoded message.
fn attr<'a>(msg: &'a Value, name: &str) -> Option<&'a Value> {
    msg.get("attrs")?
        .as_array()?
        .iter()
        .find(|a| a.get("name").and_then(Value::as_str) == Some(name))
        .and_then(|a| a.get("value"))
}

pub(super) fn num(v: &Value, key: &str) -> Option<u64> {
    v.get(key).and_then(Value::as_u64)
}

/// Mode 1: a bare text message; the module logs it with nlctl's portid.
fn send(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let text = format!("nlctl bare to {}", m.name);
    let mark = ctx.mark();
    let o = run(
        ctx,
        &["--proto", &proto_arg(m), "--json", "send", "--text", &text],
        false,
    )?;
    o.expect_code(0, "send")?;
    let sent = o.messages()?;
    let msg = sent.first().ok_or("send printed nothing")?;
    ensure(
        msg["dir"] == "sent" && num(msg, "type") == Some(0) && msg["dst_portid"] == 0,
        || format!("unexpected sent line {msg}"),
    )?;
    ensure(msg["payload"]["text"] == text.as_str(), || {
        format!("sent payload {}", msg["payload"])
    })?;
    let portid = num(msg, "src_portid").ok_or("no src_portid")?;
    let want = format!("{}: received from portid {portid}: \"{text}\"", m.name);
    let line = ctx
        .wait_kmsg(mark, kit::TIMEOUT, |t| t.contains(&want))
        .ok_or_else(|| format!("the module did not log {want:?}"))?;
    ctx.log(format!("kernel log: {line}"));
    Ok(())
}

/// Mode 3: ECHO with a PAYLOAD attribute, by type name.
fn echo(ctx: &mut Ctx, m: Module, ty: &str) -> Result<(), String> {
    let text = format!("echo via nlctl on {}", m.proto);
    let a = format!("NLKIT_MOD_A_PAYLOAD:nstr:{text}");
    let o = run(
        ctx,
        &[
            "--proto",
            &proto_arg(m),
            "--json",
            "request",
            "--type",
            ty,
            "--attr",
            &a,
        ],
        false,
    )?;
    o.expect_code(0, "request ECHO")?;
    check_echo(&o, &text)?;
    // Informational notes go to stderr (as JSON in JSON mode); stdout is data.
    let done = o
        .stderr
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .any(|v| v["note"] == "done");
    ensure(done, || format!("no done note in {:?}", o.stderr))
}

/// The reply of an ECHO run: type, payload, PORTID = our portid.
fn check_echo(o: &Out, text: &str) -> Result<(), String> {
    let msgs = o.messages()?;
    let r = msgs
        .iter()
        .find(|v| num(v, "type") == Some(16))
        .ok_or_else(|| format!("no ECHO reply in {:?}", o.stdout))?;
    ensure(
        r["dir"] == "recv"
            && r["src_portid"] == 0
            && r["type_name"] == "NLKIT_MOD_MSG_ECHO"
            && attr(r, "NLKIT_MOD_A_PAYLOAD").and_then(Value::as_str) == Some(text),
        || format!("unexpected reply {r}"),
    )?;
    let portid = attr(r, "NLKIT_MOD_A_PORTID").and_then(Value::as_u64);
    ensure(portid.is_some() && portid == num(r, "dst_portid"), || {
        format!("PORTID {portid:?} is not our portid in {r}")
    })
}

/// Mode 2: `listen --subscribe-type subscribe` gets the PUSH of a TRIGGER;
/// `dump --type get_subscribers` lists the listener meanwhile.
fn subscribe_dump(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let p = proto_arg(m);
    let mut bg = Bg::spawn(
        ctx,
        &[
            "--proto",
            &p,
            "--json",
            "listen",
            "--subscribe-type",
            "subscribe",
            "--count",
            "1",
            "--timeout",
            "20",
        ],
        false,
    )?;
    let ack = bg.wait_line("acknowledged")?;
    ensure(ack.contains("NLKIT_MOD_MSG_SUBSCRIBE"), || {
        format!("ack line {ack:?}")
    })?;
    let listener = portid_in(&bg.wait_line("listening on")?)?;
    let d = run(
        ctx,
        &["--proto", &p, "--json", "dump", "--type", "get_subscribers"],
        false,
    )?;
    d.expect_code(0, "dump GET_SUBSCRIBERS")?;
    let subs: Vec<u64> = d
        .messages()?
        .iter()
        .filter(|v| num(v, "type") == Some(0x17))
        .filter_map(|v| attr(v, "NLKIT_MOD_A_PORTID").and_then(Value::as_u64))
        .collect();
    ensure(subs.contains(&u64::from(listener)), || {
        format!("listener {listener} not in the dump {subs:?}: {}", d.stdout)
    })?;
    ctx.log(format!("subscribers: {subs:?}"));
    let mut c = m.client()?;
    let seq = kit::trigger(&mut c, None, Some(b"nlctl push"))?;
    let o = bg.finish(Duration::from_secs(20))?;
    o.expect_code(0, "listen")?;
    let msgs = o.messages()?;
    let push = msgs
        .iter()
        .find(|v| num(v, "type") == Some(0x18))
        .ok_or_else(|| format!("no PUSH in {:?}", o.stdout))?;
    ensure(
        push["src_portid"] == 0
            && push["type_name"] == "NLKIT_MOD_MSG_PUSH"
            && num(push, "dst_portid") == Some(u64::from(listener))
            && attr(push, "NLKIT_MOD_A_SOURCE").and_then(Value::as_u64) == Some(4)
            && attr(push, "NLKIT_MOD_A_SEQ").and_then(Value::as_u64) == Some(seq),
        || format!("unexpected PUSH (trigger seq {seq}): {push}"),
    )
}

/// Mode 4: `--group 1 --group 40 listen` gets the EVENTs of two TRIGGERs.
fn multicast(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let mut bg = Bg::spawn(
        ctx,
        &[
            "--proto",
            &proto_arg(m),
            "--group",
            "1",
            "--group",
            "40",
            "--json",
            "listen",
            "--count",
            "2",
            "--timeout",
            "20",
        ],
        false,
    )?;
    let line = bg.wait_line("listening on")?;
    ensure(line.contains("groups 1,40"), || {
        format!("listen line {line:?}")
    })?;
    let mut c = m.client()?;
    let s1 = kit::trigger(&mut c, None, Some(b"to group 1"))?;
    let s40 = kit::trigger(&mut c, Some(40), Some(b"to group 40"))?;
    let o = bg.finish(Duration::from_secs(20))?;
    o.expect_code(0, "listen")?;
    let msgs = o.messages()?;
    for (group, seq, text) in [(1u64, s1, "to group 1"), (40, s40, "to group 40")] {
        let ev = msgs
            .iter()
            .find(|v| attr(v, "NLKIT_MOD_A_SEQ").and_then(Value::as_u64) == Some(seq))
            .ok_or_else(|| format!("no EVENT seq {seq} in {:?}", o.stdout))?;
        ensure(
            ev["type_name"] == "NLKIT_MOD_MSG_EVENT"
                && ev["src_portid"] == 0
                && num(ev, "group") == Some(group)
                && attr(ev, "NLKIT_MOD_A_GROUP").and_then(Value::as_u64) == Some(group)
                && attr(ev, "NLKIT_MOD_A_PAYLOAD").and_then(Value::as_str) == Some(text),
            || format!("unexpected EVENT for group {group}: {ev}"),
        )?;
    }
    Ok(())
}

/// Mode 5: two nlctl `peer` processes on the module's protocol.
fn peer(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let p = proto_arg(m);
    let (from, to) = ("7001", "7002");
    let mut rx = Bg::spawn(
        ctx,
        &[
            "--proto",
            &p,
            "--portid",
            to,
            "--json",
            "peer",
            "--count",
            "1",
            "--timeout",
            "20",
        ],
        false,
    )?;
    rx.wait_line("peer on")?;
    ctx.log(format!(
        "echo 'hello peer' | nlctl --proto {p} --portid {from} peer --to-portid {to}"
    ));
    let mut tx = command(
        &["--proto", &p, "--portid", from, "peer", "--to-portid", to],
        false,
    )
    .stdin(Stdio::piped())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .map_err(|e| format!("starting the sending peer: {e}"))?;
    if let Some(mut stdin) = tx.stdin.take() {
        stdin
            .write_all(b"hello peer\n")
            .map_err(|e| format!("writing to the peer's stdin: {e}"))?;
    }
    let sent = tx
        .wait_with_output()
        .map_err(|e| format!("waiting for the sending peer: {e}"))?;
    ensure(sent.status.success(), || {
        format!(
            "sending peer: {} {:?}",
            sent.status,
            String::from_utf8_lossy(&sent.stderr)
        )
    })?;
    let o = rx.finish(Duration::from_secs(20))?;
    o.expect_code(0, "receiving peer")?;
    let msgs = o.messages()?;
    let msg = msgs.first().ok_or("the receiving peer got nothing")?;
    ensure(
        msg["src_portid"] == 7001
            && msg["dst_portid"] == 7002
            && msg["pid"] == 7001
            && num(msg, "type") == Some(16)
            && msg["payload"]["text"] == "hello peer",
        || format!("unexpected peer message {msg}"),
    )
}

/// Errors with extended ACK text: ECHO without PAYLOAD, a stray attribute.
fn ext_ack(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let p = proto_arg(m);
    let o = run(
        ctx,
        &["--proto", &p, "--json", "request", "--type", "echo"],
        false,
    )?;
    o.expect_code(3, "ECHO without PAYLOAD")?;
    let e = o.error()?;
    let text = e["error"].as_str().unwrap_or("");
    ensure(
        e["errno"] == 22
            && e["exit_code"] == 3
            && text.contains("EINVAL")
            && text.contains("ECHO needs a PAYLOAD attribute"),
        || format!("unexpected error {e}"),
    )?;
    ctx.log(format!("error: {text}"));
    let o = run(
        ctx,
        &[
            "--proto",
            &p,
            "request",
            "--type",
            "get_config",
            "--attr",
            "NLKIT_MOD_A_TIMER_MS:u32:5",
        ],
        false,
    )?;
    o.expect_code(3, "GET_CONFIG with a stray attribute")?;
    ensure(
        o.stderr.contains("EINVAL") && o.stderr.contains("NLKIT_MOD_A_TIMER_MS"),
        || format!("the error does not name the attribute: {:?}", o.stderr),
    )?;
    ctx.log(format!("error: {}", o.stderr.trim()));
    Ok(())
}

/// As uid 65534: SET_CONFIG and joining a group are refused (exit 6), ECHO
/// works, and SUBSCRIBE brings PUSHes.
fn nonroot(ctx: &mut Ctx, m: Module) -> Result<(), String> {
    let p = proto_arg(m);
    let o = run(
        ctx,
        &[
            "--proto",
            &p,
            "--json",
            "request",
            "--type",
            "set_config",
            "--attr",
            "NLKIT_MOD_A_TIMER_MS:u32:0",
        ],
        true,
    )?;
    o.expect_code(6, "SET_CONFIG as uid 65534")?;
    let e = o.error()?;
    let text = e["error"].as_str().unwrap_or("");
    ensure(
        e["errno"] == 1
            && text.contains("EPERM")
            && text.contains("CAP_NET_ADMIN required")
            && text.contains("run as root"),
        || format!("unexpected error {e}"),
    )?;
    ctx.log(format!("error: {text}"));
    let o = run(
        ctx,
        &["--proto", &p, "--group", "1", "listen", "--timeout", "1"],
        true,
    )?;
    o.expect_code(6, "joining group 1 as uid 65534")?;
    ensure(o.stderr.contains("permission denied"), || {
        format!("unexpected error {:?}", o.stderr)
    })?;
    let text = "echo as nobody";
    let a = format!("NLKIT_MOD_A_PAYLOAD:nstr:{text}");
    let o = run(
        ctx,
        &[
            "--proto", &p, "--json", "request", "--type", "echo", "--attr", &a,
        ],
        true,
    )?;
    o.expect_code(0, "ECHO as uid 65534")?;
    check_echo(&o, text)?;
    // In human form this time (the root scenarios use --json).
    let mut bg = Bg::spawn(
        ctx,
        &[
            "--proto",
            &p,
            "listen",
            "--subscribe-type",
            "NLKIT_MOD_MSG_SUBSCRIBE",
            "--count",
            "1",
            "--timeout",
            "20",
        ],
        true,
    )?;
    bg.wait_line("listening on")?;
    let mut c = m.client()?;
    let seq = kit::trigger(&mut c, None, None)?;
    let o = bg.finish(Duration::from_secs(20))?;
    o.expect_code(0, "listen --subscribe-type as uid 65534")?;
    for l in o.stderr.lines().chain(o.stdout.lines()) {
        ctx.log(format!("| {l}"));
    }
    // The SUBSCRIBE reply (its COOKIE) comes first, then the PUSH.
    let first = o
        .stdout
        .lines()
        .find(|l| l.contains("type=NLKIT_MOD_MSG_PUSH(24)"))
        .unwrap_or("");
    ensure(
        first.starts_with("recv proto=")
            && (first.contains(&format!("proto={p} kernel -> "))
                || first.contains(&format!("({p}) kernel -> ")))
            && first.contains("type=NLKIT_MOD_MSG_PUSH(24)")
            && o.stdout.contains("  NLKIT_MOD_A_SOURCE(3) 4\n")
            && o.stdout.contains(&format!("  NLKIT_MOD_A_SEQ(4) {seq}\n")),
        || format!("no PUSH seq {seq} in {:?}", o.stdout),
    )
}

/// The protocol module A is moved to for the capture: the kernel hands
/// nlmon only the protocols of its whitelist (`netlink_filter_tap`: route,
/// usersock, sock_diag, nflog, xfrm, fib_lookup, netfilter, generic), and
/// 5 (`NETLINK_NFLOG`) has had no kernel user since ipt_ULOG was removed.
const CAPTURE_PROTO: &str = "5";

/// Capture through nlmon while ECHO "capture-me" runs on module A (moved to
/// protocol 5), then decode the pcap file: the same messages come back.
fn capture(ctx: &mut Ctx) -> Result<(), String> {
    ctx.load_intree("nlmon")?;
    kit::with_module(ctx, A, &format!("proto={CAPTURE_PROTO}"), capture_body)
}

fn capture_body(ctx: &mut Ctx) -> Result<(), String> {
    let file = "/tmp/nlctl-capture.pcapng";
    let mut bg = Bg::spawn(
        ctx,
        &[
            "--json",
            "capture",
            "--via",
            "nlmon",
            "--write",
            file,
            "--timeout",
            "3",
        ],
        false,
    )?;
    bg.wait_line("capturing on")?;
    let r = run(
        ctx,
        &[
            "--proto",
            CAPTURE_PROTO,
            "--json",
            "request",
            "--type",
            "16",
            "--attr",
            "1:nstr:capture-me",
        ],
        false,
    )?;
    r.expect_code(0, "ECHO on module A (protocol 5)")?;
    let me = r
        .messages()?
        .first()
        .and_then(|v| num(v, "dst_portid"))
        .ok_or("no reply from module A")?;
    // The same exchange on protocol 18 (module B): not on nlmon's whitelist.
    let b = run(
        ctx,
        &[
            "--proto",
            "18",
            "request",
            "--type",
            "echo",
            "--attr",
            "payload:nstr:invisible-18",
        ],
        false,
    )?;
    b.expect_code(0, "ECHO on module B")?;
    let w = bg.finish(Duration::from_secs(20))?;
    w.expect_code(0, "capture --write")?;
    ctx.log(format!("capture: {}", w.stderr.trim().replace('\n', " | ")));
    ctx.log(format!("packet types in the file: {:?}", pkttypes(file)?));
    let live = w.json()?;
    let rd = run(ctx, &["--json", "capture", "--read", file], false)?;
    rd.expect_code(0, "capture --read")?;
    let back = rd.json()?;
    ensure(live == back, || {
        format!(
            "the file decodes differently from the live output:\nlive {:?}\nread {:?}",
            w.stdout, rd.stdout
        )
    })?;
    let human = run(ctx, &["capture", "--read", file], false)?;
    human.expect_code(0, "capture --read (human)")?;
    // The blocks of protocol 5 only (the capture also holds nlctl's own
    // generic netlink family dump).
    let mut ours = false;
    for l in human.stdout.lines() {
        if !l.starts_with(' ') {
            ours = l.contains("proto=nflog(5)");
        }
        if ours && !l.is_empty() {
            ctx.log(format!("| {l}"));
        }
    }
    ensure(
        human
            .stdout
            .lines()
            .any(|l| l.contains(" to-kernel proto=nflog(5) ") && l.contains("flags=REQUEST,ACK")),
        || format!("no to-kernel request in {:?}", human.stdout),
    )?;
    let hex_me: String = b"capture-me".iter().map(|b| format!("{b:02x}")).collect();
    let hex_18: String = b"invisible-18".iter().map(|b| format!("{b:02x}")).collect();
    let ours: Vec<&Value> = back.iter().filter(|v| num(v, "proto") == Some(5)).collect();
    for v in &ours {
        ctx.log(format!("decoded: {v}"));
    }
    let has_me = |v: &Value| {
        v["payload"]["hex"]
            .as_str()
            .is_some_and(|h| h.contains(&hex_me))
    };
    let req = ours
        .iter()
        .find(|v| num(v, "type") == Some(16) && num(v, "flags") == Some(5))
        .ok_or("the ECHO request is not in the capture")?;
    ensure(has_me(req) && req["dir"] == "to-kernel", || {
        format!("unexpected request record {req}")
    })?;
    let rep = ours
        .iter()
        .find(|v| num(v, "type") == Some(16) && num(v, "flags") == Some(0))
        .ok_or("the ECHO reply is not in the capture")?;
    ensure(
        has_me(rep) && rep["dir"] == "to-user" && num(rep, "pid") == Some(me),
        || format!("unexpected reply record {rep} (requester {me})"),
    )?;
    let ack = ours
        .iter()
        .find(|v| num(v, "type") == Some(2))
        .ok_or("the ACK is not in the capture")?;
    ensure(ack["error"]["errno"] == 0, || {
        format!("unexpected ACK {ack}")
    })?;
    let seen_18 = back.iter().any(|v| {
        v["payload"]["hex"]
            .as_str()
            .is_some_and(|h| h.contains(&hex_18))
            || v.to_string().contains("invisible-18")
    });
    ctx.log(format!(
        "{} records, {} on protocol 5; protocol 18 exchange captured: {seen_18}",
        back.len(),
        ours.len()
    ));
    Ok(())
}

/// The cooked-header packet type of every record of a capture file.
fn pkttypes(path: &str) -> Result<Vec<u16>, String> {
    let b = std::fs::read(path).map_err(|e| format!("reading {path}: {e}"))?;
    let mut r = nlkit::capture::Reader::new(&b[..]).map_err(|e| format!("{path}: {e}"))?;
    let mut out = Vec::new();
    while let Some(rec) = r.next_record().map_err(|e| format!("{path}: {e}"))? {
        out.push(rec.pkttype);
    }
    Ok(out)
}
