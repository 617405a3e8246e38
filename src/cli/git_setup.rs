//! `claimdesk git-setup`: makes git merge project files with `claimdesk merge`
//! in the repository around the current folder.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const ATTRIBUTE: &str = "*.ron merge=claimdesk";
const DRIVER_NAME: &str = "ClaimDesk three-way merge of fact-check projects";

fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("could not run git: {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_owned())
    }
}

/// A program name as a shell word: git runs the driver through `sh`.
fn shell_word(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "/._-+:".contains(c))
    {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// `program`: how git should call ClaimDesk (`claimdesk` on the PATH unless given).
pub fn run(dir: &Path, program: Option<&Path>) -> ExitCode {
    match setup(dir, program) {
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

fn setup(dir: &Path, program: Option<&Path>) -> Result<Vec<String>, String> {
    let top = git(dir, &["rev-parse", "--show-toplevel"])
        .map_err(|e| format!("not inside a git repository ({e})"))?;
    let top = PathBuf::from(top);
    let mut done = Vec::new();

    let attributes = top.join(".gitattributes");
    let existing = match fs::read_to_string(&attributes) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(format!("could not read {}: {e}", attributes.display())),
    };
    if existing.lines().any(|l| l.trim() == ATTRIBUTE) {
        done.push(format!(
            "{} already has `{ATTRIBUTE}`",
            attributes.display()
        ));
    } else {
        let mut text = existing;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(ATTRIBUTE);
        text.push('\n');
        fs::write(&attributes, text)
            .map_err(|e| format!("could not write {}: {e}", attributes.display()))?;
        done.push(format!(
            "Added `{ATTRIBUTE}` to {} (commit it so the whole desk merges this way)",
            attributes.display()
        ));
    }

    let program = program.map_or_else(
        || "claimdesk".to_owned(),
        |p| shell_word(&p.to_string_lossy()),
    );
    let driver = format!("{program} merge %O %A %B -o %A");
    for (key, value) in [
        ("merge.claimdesk.name", DRIVER_NAME),
        ("merge.claimdesk.driver", driver.as_str()),
    ] {
        git(&top, &["config", "--local", key, value])
            .map_err(|e| format!("git config {key} failed: {e}"))?;
        done.push(format!("Set {key} = {value} (this clone's .git/config)"));
    }
    Ok(done)
}
