//! Shared by the seed-mode examples: the module's protocol number from the
//! first argument (17, module A, when none is given).

use nlkit::socket::Protocol;

/// The protocol number to talk on.
pub fn protocol() -> Protocol {
    let arg = std::env::args().nth(1);
    Protocol(arg.and_then(|a| a.parse().ok()).unwrap_or(17))
}
