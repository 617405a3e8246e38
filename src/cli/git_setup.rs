//! `claimdesk git-setup`: makes git merge project files with `claimdesk merge`
//! in the repository around the current folder (`desk::setup::configure`,
//! which joining a desk does too).

use std::path::Path;
use std::process::ExitCode;

/// `program`: how git should call ClaimDesk (`claimdesk` on the PATH unless given).
pub fn run(dir: &Path, program: Option<&Path>) -> ExitCode {
    match crate::desk::configure(dir, program) {
        Ok(lines) => {
            for line in lines {
                println!("{line}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("claimdesk git-setup: {e}");
            ExitCode::from(2)
        }
    }
}
