//! `policy-lens`: the command-line tool over the analyzer. See `policy-lens --help`.
//! It is native only: for wasm32 (where cargo builds every target of the crate for the
//! browser tests) the program is empty.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    let args: Vec<String> = std::env::args().skip(1).collect();
    match cli::run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that stops early (`| head`) is not an error.
        Err(cli::CliError::Output(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("policy-lens: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
