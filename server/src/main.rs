//! `equilibre`: thin entry point; everything lives in the library so tests can use it.
fn main() -> std::process::ExitCode {
    server::cli::main()
}
