//! `claimdesk desk start|join|status` and `claimdesk sync`: the desk from
//! the command line, for scripts and tests (the window does the same through
//! `desk`'s engine). Sync exits 0 synced, 1 merged with conflicts to resolve
//! (nothing pushed), 2 usage or not in a desk (or git missing), 3 the remote
//! could not be reached (the commit is kept for the next Sync).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;

use crate::desk::git::Git;
use crate::desk::{self, Author, SyncError, SyncStatus};
use crate::progress::Progress;

#[derive(Subcommand, Debug)]
pub enum DeskCommand {
    /// Make a new, empty desk: a shared repository in SHARED_DIR (a new or
    /// empty folder, e.g. on a shared drive). Members then join it.
    Start { shared_dir: PathBuf },
    /// Join a desk: clone REMOTE (an https or ssh URL, or a desk's folder)
    /// into DIR (new or empty) and set up ClaimDesk's merge there.
    Join { remote: String, dir: PathBuf },
    /// Print the desk's projects with their claims by status, and what waits
    /// for a user: sign-offs, claims returned to them, open comments.
    Status {
        /// The desk folder (default: the current folder).
        dir: Option<PathBuf>,
        /// Print the queue as JSON.
        #[arg(long)]
        json: bool,
        /// Whose queue (default: the name the window keeps, else git's user.name).
        #[arg(long, value_name = "NAME")]
        user: Option<String>,
    },
}

fn git_config(dir: &Path, key: &str) -> Option<String> {
    Git::new(dir)
        .run("read the git settings", &["config", "--get", key])
        .ok()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

/// The name: given, else the window's, else git's `user.name`.
fn user_name(dir: &Path, given: Option<String>) -> Option<String> {
    given
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .or_else(crate::app::stored_user_name)
        .or_else(|| git_config(dir, "user.name"))
}

pub fn run(command: DeskCommand) -> ExitCode {
    match command {
        DeskCommand::Start { shared_dir } => match desk::start(&shared_dir) {
            Ok(()) => {
                println!("A new desk at {}.", shared_dir.display());
                println!(
                    "Members join it with: claimdesk desk join {} FOLDER",
                    shared_dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("claimdesk desk start: {e}");
                ExitCode::from(2)
            }
        },
        DeskCommand::Join { remote, dir } => {
            let program = std::env::current_exe().ok();
            match desk::join(&remote, &dir, program.as_deref(), &Progress::new()) {
                Ok(done) => {
                    for line in done {
                        println!("{line}");
                    }
                    println!("Joined the desk in {}.", dir.display());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("claimdesk desk join: {e}");
                    ExitCode::from(2)
                }
            }
        }
        DeskCommand::Status { dir, json, user } => status(dir.as_deref(), json, user),
    }
}

fn status(dir: Option<&Path>, json: bool, user: Option<String>) -> ExitCode {
    let dir = dir.unwrap_or(Path::new("."));
    let top = match desk::desk_of(dir) {
        Ok(top) => top,
        Err(e) => {
            eprintln!("claimdesk desk status: {e}");
            return ExitCode::from(2);
        }
    };
    let user = user_name(&top, user).unwrap_or_default();
    let q = desk::queue(&desk::load_projects(&top), &user);
    if json {
        match serde_json::to_string_pretty(&q) {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("claimdesk desk status: {e}");
                return ExitCode::from(1);
            }
        }
        return ExitCode::SUCCESS;
    }
    println!(
        "Desk {} (for {})",
        top.display(),
        if user.is_empty() {
            "nobody named"
        } else {
            &user
        }
    );
    // What `git pull` in a terminal runs on project files; Sync re-points
    // one that no longer runs (ClaimDesk moved or reinstalled elsewhere).
    match desk::driver(&Git::new(&top)) {
        Ok(desk::Driver::Set {
            command,
            runs: true,
        }) => println!("Merge driver for git in a terminal: {command}"),
        Ok(desk::Driver::Set {
            command,
            runs: false,
        }) => println!(
            "Merge driver for git in a terminal: {command} (that program is not on this computer any more; the next Sync points it at this ClaimDesk)"
        ),
        Ok(desk::Driver::Unset) => println!(
            "Merge driver for git in a terminal: not set (the next Sync sets it to this ClaimDesk)"
        ),
        Err(_) => {}
    }
    for p in &q.projects {
        let conflicts = match p.conflicts {
            0 => String::new(),
            n => format!(", {n} conflicts to resolve"),
        };
        println!(
            "  {}  {}: {} new, {} in progress, {} ready for review, {} approved{conflicts}",
            p.project.display(),
            p.title,
            p.new,
            p.in_progress,
            p.ready_for_review,
            p.approved
        );
    }
    for (heading, items) in [
        ("Waiting for your sign-off", &q.sign_off),
        ("Returned to you", &q.returned),
        ("Open comments for you", &q.comments),
    ] {
        println!("{heading} ({}):", items.len());
        for i in items {
            println!(
                "  {} #{}  {}  ({})",
                i.project.display(),
                i.number,
                i.text,
                i.note
            );
        }
    }
    ExitCode::SUCCESS
}

/// `claimdesk sync PATH`.
pub fn sync(path: &Path, name: Option<String>, email: Option<String>) -> ExitCode {
    let dir = if path.is_dir() {
        path
    } else {
        path.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
    };
    let Some(name) = user_name(dir, name) else {
        eprintln!(
            "claimdesk sync: no name to commit as: set yours in the window (Edit › Your name…), pass --name, or set git's user.name"
        );
        return ExitCode::from(2);
    };
    let email = email
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .or_else(crate::app::stored_user_email)
        .or_else(|| git_config(dir, "user.email"))
        .unwrap_or_default();
    let author = Author { name, email };
    // Named in the clone's merge driver if the one there no longer runs.
    let program = std::env::current_exe().ok();
    let report = match desk::sync(path, &author, program.as_deref(), &Progress::new()) {
        Ok(report) => report,
        Err(e @ (SyncError::NotADesk(_) | SyncError::Git(_))) => {
            eprintln!("claimdesk sync: {e}");
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("claimdesk sync: {e}");
            return ExitCode::from(2);
        }
    };
    if report.committed {
        println!(
            "Committed: {}",
            report.message.lines().next().unwrap_or_default()
        );
    }
    let top = desk::desk_of(path).unwrap_or_default();
    let summary = report.incoming_summary(&|rel| {
        // The Sync read the projects already; a file it left out, from disk.
        report
            .projects
            .iter()
            .find(|(r, _)| r == rel)
            .map_or_else(|| title(&top, rel), |(_, p)| p.title.clone())
    });
    if !summary.is_empty() {
        println!("Came in: {summary}");
    }
    match report.status {
        SyncStatus::Synced => {
            println!("Synced.");
            ExitCode::SUCCESS
        }
        SyncStatus::Conflicts => {
            for rel in &report.conflicted {
                eprintln!(
                    "claimdesk sync: {}: conflicts to resolve (open it in ClaimDesk); nothing was sent",
                    rel.display()
                );
            }
            for rel in &report.kept_ours {
                eprintln!(
                    "claimdesk sync: {}: git could not merge it; your copy was kept",
                    rel.display()
                );
            }
            ExitCode::from(1)
        }
        SyncStatus::Offline => {
            eprintln!(
                "claimdesk sync: the desk could not be reached ({}); your changes are committed here and will be sent at the next Sync",
                report.offline_reason
            );
            ExitCode::from(3)
        }
    }
}

/// A project's title for the summary, else its file name.
pub fn title(top: &Path, rel: &Path) -> String {
    crate::io::load_project(&top.join(rel))
        .map(|p| p.title)
        .unwrap_or_else(|_| rel.display().to_string())
}
