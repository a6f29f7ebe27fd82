//! The `nlctl` binary: everything is in the library (`nlctl::run`).

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(nlctl::run())
}
