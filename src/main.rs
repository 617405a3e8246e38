//! The `claimdesk` binary: a subcommand, the window, or (started by itself
//! with a hidden first argument) a worker that reads one untrusted file in a
//! child process (`claimdesk::io::isolate`).

use std::process::ExitCode;

use clap::Parser;

use claimdesk::cli::{Cli, run_command};
use claimdesk::io::isolate;

fn main() -> ExitCode {
    let mut args = std::env::args();
    if args.nth(1).as_deref() == Some(isolate::WORKER_ARG) {
        return ExitCode::from(isolate::run_worker(args.next().as_deref()));
    }
    // PDFs and web pages from strangers are read in children of this binary.
    if let Ok(exe) = std::env::current_exe() {
        isolate::use_worker(exe);
    }
    let cli = Cli::parse();
    isolate::set_verbose(cli.verbose);
    match cli.command {
        Some(command) => {
            // `claimdesk check P.ron | head -1`: a closed output ends the
            // command quietly, as it ends any command-line tool, instead of a
            // panic on the next print.
            #[cfg(unix)]
            // SAFETY: restores the default action for one signal before any
            // other thread runs; no handler of ours is replaced.
            unsafe {
                libc::signal(libc::SIGPIPE, libc::SIG_DFL);
            }
            run_command(command)
        }
        None => claimdesk::app::run_native(
            cli.file,
            cli.screenshot,
            cli.tab,
            cli.library,
            cli.lang,
            std::time::Duration::from_secs(cli.autosave_seconds),
        ),
    }
}
