//! Builds the C baseline client (`c/baseline.c`, plain netlink syscalls)
//! into a static library the bench calls through FFI.

fn main() {
    println!("cargo:rerun-if-changed=c/baseline.c");
    cc::Build::new()
        .file("c/baseline.c")
        .opt_level(2)
        .flag("-pthread")
        .warnings(true)
        .compile("nlbench_c");
    println!("cargo:rustc-link-lib=pthread");
}
