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

/// The driver command git writes into its config and runs through `sh` (Git
/// for Windows runs it through its own bash). A Windows path goes in with
/// forward slashes: that bash reads `C:/Program Files/ClaimDesk/claimdesk.exe`
/// as the same file, while a backslash outside quotes would be an escape.
/// Single quotes keep the spaces of "Program Files" in one word.
fn driver_command(program: &str, windows: bool) -> String {
    let program = if windows {
        let plain = program.strip_prefix(r"\\?\").unwrap_or(program);
        plain.replace('\\', "/")
    } else {
        program.to_owned()
    };
    format!("{} merge %O %A %B -o %A", shell_word(&program))
}

/// The program git should run when none is given: `claimdesk` from the PATH,
/// except on Windows, where the installer leaves the PATH alone and the exe
/// that runs this command is the one to name.
fn default_program() -> String {
    #[cfg(windows)]
    if let Ok(exe) = std::env::current_exe() {
        return exe.to_string_lossy().into_owned();
    }
    "claimdesk".to_owned()
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

    let program = program.map_or_else(default_program, |p| p.to_string_lossy().into_owned());
    let driver = driver_command(&program, cfg!(windows));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// What `sh` makes of the driver command: its words, with git's
    /// placeholders filled in by hand.
    fn words_for_sh(driver: &str) -> Vec<String> {
        let out = Command::new("sh")
            .arg("-c")
            .arg(format!("printf '%s\\n' {driver}"))
            .output()
            .unwrap_or_else(|e| panic!("sh is needed for this test: {e}"));
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_owned)
            .collect()
    }

    /// The installed exe's path on Windows, spaces, backslashes and all, is
    /// one word that names the file for Git for Windows' bash.
    #[test]
    fn a_windows_program_path_is_one_word_with_forward_slashes() {
        let driver = driver_command(r"C:\Program Files\ClaimDesk\claimdesk.exe", true);
        let words = words_for_sh(&driver);
        assert_eq!(
            words,
            [
                "C:/Program Files/ClaimDesk/claimdesk.exe",
                "merge",
                "%O",
                "%A",
                "%B",
                "-o",
                "%A"
            ]
        );
        let verbatim = driver_command(r"\\?\D:\Tools (x86)\it's\claimdesk.exe", true);
        assert_eq!(
            words_for_sh(&verbatim)[0],
            "D:/Tools (x86)/it's/claimdesk.exe"
        );
    }

    #[test]
    fn a_unix_program_path_is_kept_as_it_is() {
        assert_eq!(
            driver_command("/usr/bin/claimdesk", false),
            "/usr/bin/claimdesk merge %O %A %B -o %A"
        );
        assert_eq!(
            words_for_sh(&driver_command(r"/opt/a b\c", false))[0],
            r"/opt/a b\c"
        );
    }
}
