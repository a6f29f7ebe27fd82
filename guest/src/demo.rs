//! The guest's demo mode (`cargo xtask demo`): a readable walk through the
//! seed's model. For now: the seed's two messages; the lead extends it.

use crate::ctx::Ctx;
use crate::scenarios::seed;

/// Runs the demo; returns whether every step worked.
pub fn run(ctx: &mut Ctx) -> bool {
    ctx.scenario = "demo".to_string();
    ctx.log(
        "the seed's program: one process, a socket on protocol 17 (module A) bound to getpid(),",
    );
    ctx.log("one on protocol 18 (module B) bound to getpid()+1; each sends a bare nlmsghdr + text to portid 0");
    match seed::send_seed(ctx, false) {
        Ok((pa, pb)) => {
            ctx.log(format!("sent from portids {pa} (A) and {pb} (B)"));
            true
        }
        Err(e) => {
            ctx.log(format!("failed: {e}"));
            false
        }
    }
}
