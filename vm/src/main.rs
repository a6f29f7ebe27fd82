//! `nlkit-vm`: the nlkit VM harness as a stand-alone command
//! (`cargo install --path vm`); the same commands as `cargo xtask vm`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprint!("usage: nlkit-vm <command>\n\n{}", nlkit_vm::cli::VM_USAGE);
        return ExitCode::from(2);
    }
    nlkit_vm::cli::exit_code("nlkit-vm", nlkit_vm::cli::vm_main(&args))
}
