//! Running the user's own `git`, so their credentials, SSH keys, proxies and
//! credential helpers work as they set them up. Never waits for a password
//! on a terminal nobody sees: `GIT_TERMINAL_PROMPT=0`, and SSH in batch mode
//! unless the user chose their own SSH command. Nothing here stores a
//! password; whatever git asks its helpers for stays between them.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

use crate::i18n::Message;
use crate::progress::Progress;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GitError {
    /// `git` is not installed (or not on the PATH).
    Missing,
    /// A git command failed: what was being done (a `git-doing-*` message
    /// of `errors-desk.ftl`), and what git said (as it said it).
    Failed { doing: Message, said: String },
    /// Cancel was pressed while git ran; it was stopped.
    Cancelled,
}

/// How to get git, for the message when it is missing: a message of
/// `errors-desk.ftl` for this system.
pub fn install_hint() -> Message {
    Message::new(if cfg!(windows) {
        "git-install-windows"
    } else if cfg!(target_os = "macos") {
        "git-install-macos"
    } else {
        "git-install-other"
    })
}

impl GitError {
    /// The error as a message (`errors-desk.ftl`) for the window to word;
    /// what git said stays as it said it.
    pub fn words(&self) -> Message {
        match self {
            Self::Missing => Message::new("git-missing").arg("install", install_hint()),
            Self::Failed { doing, said } if said.is_empty() => {
                Message::new("git-failed-no-reason").arg("doing", doing.clone())
            }
            Self::Failed { doing, said } => Message::new("git-failed")
                .arg("doing", doing.clone())
                .arg("said", said.as_str()),
            Self::Cancelled => Message::new("git-cancelled"),
        }
    }
}

impl fmt::Display for GitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.words().fmt(f)
    }
}

impl std::error::Error for GitError {}

/// What a finished git command printed, and whether it succeeded.
pub struct Output {
    pub ok: bool,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// The `git` program, run in one folder.
#[derive(Clone, Debug)]
pub struct Git {
    program: PathBuf,
    dir: PathBuf,
}

impl Git {
    pub fn new(dir: &Path) -> Self {
        Self {
            program: PathBuf::from("git"),
            dir: dir.to_path_buf(),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The same git in another folder.
    pub fn at(&self, dir: &Path) -> Self {
        Self {
            program: self.program.clone(),
            dir: dir.to_path_buf(),
        }
    }

    fn command<S: AsRef<OsStr>>(&self, args: &[S]) -> Command {
        let mut c = Command::new(&self.program);
        c.args(args)
            .current_dir(&self.dir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            // Messages in English, so a refused push is told from a lost network.
            .env("LC_ALL", "C")
            .env("GIT_TERMINAL_PROMPT", "0")
            .env("GIT_MERGE_AUTOEDIT", "no");
        hide_console(&mut c);
        if std::env::var_os("GIT_SSH_COMMAND").is_none()
            && std::env::var_os("GIT_SSH").is_none()
            && !self.ssh_command_configured()
        {
            c.env("GIT_SSH_COMMAND", "ssh -o BatchMode=yes");
        }
        c
    }

    /// Whether the user set `core.sshCommand` (a key, a proxy): then it is
    /// theirs to run, unchanged. Asked once per folder and process.
    fn ssh_command_configured(&self) -> bool {
        static SEEN: Mutex<Option<HashMap<PathBuf, bool>>> = Mutex::new(None);
        let Ok(mut seen) = SEEN.lock() else {
            return false;
        };
        let seen = seen.get_or_insert_with(HashMap::new);
        if let Some(&known) = seen.get(&self.dir) {
            return known;
        }
        let mut ask = Command::new(&self.program);
        hide_console(&mut ask);
        let set = ask
            .args(["config", "--get", "core.sshCommand"])
            .current_dir(&self.dir)
            .stdin(Stdio::null())
            .output()
            .is_ok_and(|o| o.status.success() && !o.stdout.trim_ascii().is_empty());
        seen.insert(self.dir.clone(), set);
        set
    }

    /// Runs git with `args` and waits; `Err` only when it could not run.
    pub fn output<S: AsRef<OsStr>>(&self, args: &[S]) -> Result<Output, GitError> {
        let out = self.command(args).output().map_err(spawn_error)?;
        Ok(Output {
            ok: out.status.success(),
            code: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        })
    }

    /// Runs git and returns what it printed, byte for byte (a blob);
    /// a failure says `doing`.
    pub fn bytes<S: AsRef<OsStr>>(
        &self,
        doing: impl Into<Message>,
        args: &[S],
    ) -> Result<Vec<u8>, GitError> {
        let out = self.command(args).output().map_err(spawn_error)?;
        if out.status.success() {
            Ok(out.stdout)
        } else {
            Err(failed(
                doing,
                &Output {
                    ok: false,
                    code: out.status.code(),
                    stdout: String::new(),
                    stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
                },
            ))
        }
    }

    /// Runs git and returns its output, trimmed; a failure says `doing`.
    pub fn run<S: AsRef<OsStr>>(
        &self,
        doing: impl Into<Message>,
        args: &[S],
    ) -> Result<String, GitError> {
        let out = self.output(args)?;
        if out.ok {
            Ok(out.stdout.trim_end().to_owned())
        } else {
            Err(failed(doing, &out))
        }
    }

    /// Like [`Self::output`], for network steps: stops git when `progress`
    /// is cancelled (a fetch or push stopped half-way changes nothing).
    pub fn output_cancellable<S: AsRef<OsStr>>(
        &self,
        args: &[S],
        progress: &Progress,
    ) -> Result<Output, GitError> {
        let mut child = self.command(args).spawn().map_err(spawn_error)?;
        // Read both pipes on their own threads: a chatty git would otherwise
        // block on a full pipe while this thread waits for it to end.
        let pipe = |r: Option<Box<dyn Read + Send>>| {
            std::thread::spawn(move || {
                let mut text = Vec::new();
                if let Some(mut r) = r {
                    let _ = r.read_to_end(&mut text);
                }
                String::from_utf8_lossy(&text).into_owned()
            })
        };
        let stdout = pipe(
            child
                .stdout
                .take()
                .map(|r| Box::new(r) as Box<dyn Read + Send>),
        );
        let stderr = pipe(
            child
                .stderr
                .take()
                .map(|r| Box::new(r) as Box<dyn Read + Send>),
        );
        let status = loop {
            if progress.is_cancelled() {
                let _ = child.kill();
                let _ = child.wait();
                return Err(GitError::Cancelled);
            }
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) => std::thread::sleep(Duration::from_millis(20)),
                Err(e) => {
                    return Err(GitError::Failed {
                        doing: Message::new("git-doing-finish"),
                        said: e.to_string(),
                    });
                }
            }
        };
        Ok(Output {
            ok: status.success(),
            code: status.code(),
            stdout: stdout.join().unwrap_or_default(),
            stderr: stderr.join().unwrap_or_default(),
        })
    }

    /// Whether git is there at all.
    pub fn check_installed(&self) -> Result<(), GitError> {
        self.output(&["--version"]).map(|_| ())
    }
}

fn spawn_error(e: std::io::Error) -> GitError {
    if e.kind() == std::io::ErrorKind::NotFound {
        GitError::Missing
    } else {
        GitError::Failed {
            doing: Message::new("git-doing-start"),
            said: e.to_string(),
        }
    }
}

/// The failure with git's own last words (its first error line is the one
/// that says what went wrong).
pub fn failed(doing: impl Into<Message>, out: &Output) -> GitError {
    let said = out
        .stderr
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("fatal:") || l.starts_with("error:"))
        .or_else(|| out.stderr.lines().map(str::trim).find(|l| !l.is_empty()))
        .unwrap_or_default()
        .to_owned();
    GitError::Failed {
        doing: doing.into(),
        said,
    }
}

/// The window's exe has no console of its own on Windows, so each git it
/// starts would flash a console window of its own unless told not to.
fn hide_console(command: &mut Command) {
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        const CREATE_NO_WINDOW: u32 = 0x0800_0000;
        command.creation_flags(CREATE_NO_WINDOW);
    }
    #[cfg(not(windows))]
    let _ = command;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ssh_env(git: &Git) -> Option<String> {
        git.command(&["status"])
            .get_envs()
            .find(|(k, _)| *k == "GIT_SSH_COMMAND")
            .and_then(|(_, v)| v.map(|v| v.to_string_lossy().into_owned()))
    }

    #[test]
    fn ssh_runs_in_batch_mode_unless_the_user_chose_their_own_command() {
        if std::env::var_os("GIT_SSH_COMMAND").is_some() || std::env::var_os("GIT_SSH").is_some() {
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let plain = Git::new(dir.path());
        plain.run("init", &["init", "--quiet"]).unwrap();
        let git = Git::new(&dir.path().join("."));
        assert_eq!(ssh_env(&git).as_deref(), Some("ssh -o BatchMode=yes"));
        assert_eq!(
            git.command(&["status"])
                .get_envs()
                .find(|(k, _)| *k == "GIT_TERMINAL_PROMPT")
                .and_then(|(_, v)| v),
            Some(OsStr::new("0"))
        );

        // Set up without `Git`, whose answer is kept per folder for the process.
        let other = tempfile::tempdir().unwrap();
        for args in [
            &["init", "--quiet"][..],
            &["config", "core.sshCommand", "ssh -i ~/.ssh/desk_key"][..],
        ] {
            let ok = Command::new("git")
                .args(args)
                .current_dir(other.path())
                .status()
                .is_ok_and(|s| s.success());
            assert!(ok);
        }
        let mine = Git::new(other.path());
        assert_eq!(ssh_env(&mine), None, "the user's own command stays");
    }
}
