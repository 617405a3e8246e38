use std::process::ExitCode;

use clap::Parser;

use claimdesk::cli::{Cli, run_command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => run_command(command),
        None => claimdesk::app::run_native(
            cli.file,
            cli.screenshot,
            cli.tab,
            cli.library,
            std::time::Duration::from_secs(cli.autosave_seconds),
        ),
    }
}
