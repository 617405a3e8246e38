//! A desk on a bare repository (`file://`) with two members' clones, driven
//! through `claimdesk desk` and `claimdesk sync` as scripts would: syncing in
//! turn, the push race (a push refused because the other pushed first,
//! forced by a git hook), the merge driver re-pointed when ClaimDesk moved,
//! a conflict that holds back the push
//! until it is resolved, the remote gone (offline) and back, an approval
//! against a verdict changed in the other clone, and the queue for a user.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use claimdesk::edit::{Action, Document, review};
use claimdesk::io::{load_project, save_project};
use claimdesk::model::{ClaimStatus, Event, Project};

pub(crate) struct Desk {
    pub dir: tempfile::TempDir,
    pub shared: PathBuf,
    pub ann: PathBuf,
    pub ben: PathBuf,
}

/// `claimdesk ARGS` with its own home (no settings, no git config of this machine).
pub(crate) fn run(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(args)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .output()
        .unwrap()
}

pub(crate) fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// `claimdesk sync` in `clone` as `name`; its exit code and what it printed.
pub(crate) fn sync(desk: &Desk, clone: &Path, name: &str) -> (i32, String) {
    let email = format!("{}@example.org", name.to_lowercase());
    let out = run(
        desk.dir.path(),
        &[
            "sync",
            &clone.to_string_lossy(),
            "--name",
            name,
            "--email",
            &email,
        ],
    );
    (
        out.status.code().unwrap_or(-1),
        format!("{}{}", text(&out.stdout), text(&out.stderr)),
    )
}

pub(crate) fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {}", text(&out.stderr));
    text(&out.stdout)
}

/// A new desk; Ann adds the sample project and syncs, Ben joins and syncs.
pub(crate) fn desk() -> Desk {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("shared");
    let out = run(dir.path(), &["desk", "start", &shared.to_string_lossy()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let url = format!("file://{}", shared.display());
    let join = |name: &str| {
        let clone = dir.path().join(name);
        let out = run(
            dir.path(),
            &["desk", "join", &url, &clone.to_string_lossy()],
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
        clone
    };
    let (ann, ben) = (join("ann"), join("ben"));
    let desk = Desk {
        dir,
        shared,
        ann,
        ben,
    };
    crate::window::copy_sample(&desk.ann, "tokyo.ron");
    let first = sync(&desk, &desk.ann, "Ann");
    assert_eq!(first.0, 0, "{}", first.1);
    assert_eq!(sync(&desk, &desk.ben, "Ben").0, 0);
    desk
}

/// Applies review steps to the project in `clone` as `name` and saves it.
pub(crate) fn as_user(
    clone: &Path,
    name: &str,
    steps: impl FnOnce(&Project, &review::Actor) -> Vec<Action>,
) {
    let path = clone.join("tokyo.ron");
    let mut doc = Document::opened(load_project(&path).unwrap(), path.clone());
    doc.set_user(name);
    let actions = steps(doc.project(), &doc.actor());
    for a in actions {
        doc.apply(a).unwrap();
    }
    save_project(doc.project(), &path).unwrap();
}

/// The claim numbered `n` in the article.
pub(crate) fn numbered(p: &Project, n: usize) -> claimdesk::model::Claim {
    p.claims_in_order()[n - 1].1.clone()
}

fn set_rationale(p: &Project, n: usize, text: &str) -> Action {
    let mut c = numbered(p, n);
    c.rationale = text.into();
    Action::UpdateClaim(c)
}

/// The first claim Ann may sign off (Ready for review, verdict by someone else).
fn ready_number(p: &Project, user: &str) -> usize {
    p.claims_in_order()
        .into_iter()
        .find(|(_, c)| review::approval_blocker(p, c, user).is_none())
        .map(|(n, _)| n)
        .unwrap()
}

fn remote_project(desk: &Desk) -> Project {
    let blob = git(&desk.shared, &["show", "main:tokyo.ron"]);
    claimdesk::io::parse_project(blob.as_bytes()).unwrap()
}

#[test]
fn two_members_sync_in_turn_and_each_hears_what_the_other_did() {
    let desk = desk();
    assert!(desk.ben.join("tokyo.ron").exists(), "Ben got Ann's project");
    let p = load_project(&desk.ben.join("tokyo.ron")).unwrap();
    let n = ready_number(&p, "Ben");
    // Another claim: each step is built from the project before the steps.
    let m = if n == 1 { 2 } else { 1 };
    as_user(&desk.ben, "Ben", |p, a| {
        vec![
            review::approve(p, numbered(p, n).id, a).unwrap(),
            review::add_comment(p, numbered(p, m).id, "Source?", a).unwrap(),
        ]
    });
    let (code, out) = sync(&desk, &desk.ben, "Ben");
    assert_eq!(code, 0, "{out}");
    let log = git(&desk.ben, &["log", "-1", "--format=%an <%ae>%n%s"]);
    assert!(log.starts_with("Ben <ben@example.org>"), "{log}");
    assert!(log.contains(&format!("Ben approved #{n}")), "{log}");

    as_user(&desk.ann, "Ann", |p, _| {
        vec![set_rationale(p, 2, "Ann's rationale")]
    });
    let (code, out) = sync(&desk, &desk.ann, "Ann");
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&format!("Ben approved #{n}, commented on #{m}")),
        "{out}"
    );
    let ann = load_project(&desk.ann.join("tokyo.ron")).unwrap();
    assert_eq!(numbered(&ann, n).status, ClaimStatus::Approved);
    assert_eq!(numbered(&ann, 2).rationale, "Ann's rationale");
    assert_eq!(remote_project(&desk), ann, "Ann's merge went out");
    let text = std::fs::read_to_string(desk.ann.join("tokyo.ron")).unwrap();
    assert!(!text.contains("<<<<<<<"), "never git's text markers");
}

/// A path as a single-quoted `sh` word with forward slashes (Git for
/// Windows runs hooks through its own `sh`, which reads `C:/…` as the file).
fn sh_word(path: &Path) -> String {
    format!(
        "'{}'",
        path.to_string_lossy()
            .replace('\\', "/")
            .replace('\'', r"'\''")
    )
}

/// Test set-up only: a `reference-transaction` hook in Ann's clone that,
/// the first time her fetch moves `origin/main`, runs Ben's Sync. So Ben
/// pushes between Ann's fetch and her push, every run. (`pre-push` would
/// come too late for a fetch and Sync skips it with `--no-verify`; this hook
/// cannot be skipped.)
fn ben_syncs_during_anns_fetch(desk: &Desk) -> PathBuf {
    let mark = desk.dir.path().join("ben-synced-in-between");
    let log = desk.dir.path().join("ben-in-between.log");
    let home = desk.dir.path();
    let script = format!(
        "#!/bin/sh\n\
         [ \"$1\" = committed ] || exit 0\n\
         grep -q ' refs/remotes/origin/main$' || exit 0\n\
         [ -e {mark} ] && exit 0\n\
         : > {mark}\n\
         unset $(git rev-parse --local-env-vars)\n\
         HOME={home} XDG_DATA_HOME={data} XDG_CONFIG_HOME={config} GIT_CONFIG_NOSYSTEM=1 \\\n\
         {exe} sync {ben} --name Ben --email ben@example.org > {log} 2>&1\n\
         exit 0\n",
        mark = sh_word(&mark),
        home = sh_word(home),
        data = sh_word(&home.join("data")),
        config = sh_word(&home.join("config")),
        exe = sh_word(Path::new(env!("CARGO_BIN_EXE_claimdesk"))),
        ben = sh_word(&desk.ben),
        log = sh_word(&log),
    );
    let hooks = desk.ann.join(".git/hooks");
    std::fs::create_dir_all(&hooks).unwrap();
    let hook = hooks.join("reference-transaction");
    std::fs::write(&hook, script).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    log
}

#[test]
fn a_push_refused_because_someone_pushed_first_is_merged_and_sent_again() {
    let desk = desk();
    // Ben sends one change, so Ann's fetch has something to bring in ...
    as_user(&desk.ben, "Ben", |p, _| {
        vec![set_rationale(p, 3, "Ben first")]
    });
    assert_eq!(sync(&desk, &desk.ben, "Ben").0, 0);
    // ... and has another one saved, which the hook sends mid-way through Ann's Sync.
    as_user(&desk.ben, "Ben", |p, _| {
        vec![set_rationale(p, 5, "Ben meanwhile")]
    });
    as_user(&desk.ann, "Ann", |p, _| {
        vec![set_rationale(p, 1, "Ann's rationale")]
    });
    let ben_log = ben_syncs_during_anns_fetch(&desk);

    let author = claimdesk::desk::Author {
        name: "Ann".into(),
        email: "ann@example.org".into(),
    };
    let report = claimdesk::desk::sync(
        &desk.ann,
        &author,
        None,
        &claimdesk::progress::Progress::new(),
    )
    .unwrap();
    let ben_out = std::fs::read_to_string(&ben_log).unwrap_or_default();
    assert!(
        ben_out.contains("Synced."),
        "Ben synced in between: {ben_out}"
    );
    assert_eq!(
        report.status,
        claimdesk::desk::SyncStatus::Synced,
        "{report:?}"
    );
    assert_eq!(
        report.refused_pushes, 1,
        "Ann's first push was refused and the second went through: {report:?}"
    );
    let came_in = report.incoming_summary(&|rel| rel.display().to_string());
    assert!(came_in.contains("Ben"), "{came_in}");

    // One more Sync by Ben brings Ann's change to him.
    assert_eq!(sync(&desk, &desk.ben, "Ben").0, 0);
    let remote = remote_project(&desk);
    assert_eq!(numbered(&remote, 1).rationale, "Ann's rationale");
    assert_eq!(numbered(&remote, 3).rationale, "Ben first");
    assert_eq!(numbered(&remote, 5).rationale, "Ben meanwhile");
    assert_eq!(load_project(&desk.ann.join("tokyo.ron")).unwrap(), remote);
    assert_eq!(load_project(&desk.ben.join("tokyo.ron")).unwrap(), remote);
}

/// The merge driver configured in `clone` (what git in a terminal runs).
fn driver(clone: &Path) -> String {
    git(clone, &["config", "--get", "merge.claimdesk.driver"])
        .trim()
        .to_owned()
}

fn status_text(desk: &Desk, clone: &Path) -> String {
    let out = run(
        desk.dir.path(),
        &["desk", "status", &clone.to_string_lossy(), "--user", "Ben"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn a_merge_driver_that_no_longer_runs_is_pointed_at_this_claimdesk() {
    let desk = desk();
    let exe = Path::new(env!("CARGO_BIN_EXE_claimdesk"));
    let name = exe.file_name().unwrap().to_string_lossy().into_owned();
    assert!(driver(&desk.ben).contains(&name), "join named this binary");
    // ClaimDesk moved since Ben joined (an update into another folder).
    let gone = desk.dir.path().join("old-install/claimdesk");
    let moved = format!("'{}' merge %O %A %B -o %A", gone.display());
    git(&desk.ben, &["config", "merge.claimdesk.driver", &moved]);
    let t = status_text(&desk, &desk.ben);
    assert!(
        t.contains(&moved) && t.contains("not on this computer"),
        "{t}"
    );

    assert_eq!(sync(&desk, &desk.ben, "Ben").0, 0);
    let now = driver(&desk.ben);
    assert!(now.contains(&name) && !now.contains("old-install"), "{now}");
    assert!(now.ends_with(" merge %O %A %B -o %A"), "{now}");
    let t = status_text(&desk, &desk.ben);
    assert!(
        t.contains(&now) && !t.contains("not on this computer"),
        "{t}"
    );

    // And it works: a `git pull` in a terminal merges both members' changes
    // through it, with no text markers.
    as_user(&desk.ann, "Ann", |p, _| {
        vec![set_rationale(p, 1, "Ann in the window")]
    });
    assert_eq!(sync(&desk, &desk.ann, "Ann").0, 0);
    as_user(&desk.ben, "Ben", |p, _| {
        vec![set_rationale(p, 2, "Ben in a terminal")]
    });
    let me = ["-c", "user.name=Ben", "-c", "user.email=ben@example.org"];
    git(
        &desk.ben,
        &[&me[..], &["commit", "-qam", "Ben's change"]].concat(),
    );
    git(
        &desk.ben,
        &[&me[..], &["pull", "-q", "--no-rebase", "--no-edit"]].concat(),
    );
    let p = load_project(&desk.ben.join("tokyo.ron")).unwrap();
    assert_eq!(numbered(&p, 1).rationale, "Ann in the window");
    assert_eq!(numbered(&p, 2).rationale, "Ben in a terminal");

    // A driver that runs, even one the user chose, is left alone.
    git(
        &desk.ann,
        &[
            "config",
            "merge.claimdesk.driver",
            "git merge-file %A %O %B",
        ],
    );
    assert_eq!(sync(&desk, &desk.ann, "Ann").0, 0);
    assert_eq!(driver(&desk.ann), "git merge-file %A %O %B");
}

#[test]
fn a_conflict_is_not_pushed_until_it_is_resolved() {
    let desk = desk();
    as_user(&desk.ann, "Ann", |p, _| {
        vec![set_rationale(p, 1, "Ann says so")]
    });
    assert_eq!(sync(&desk, &desk.ann, "Ann").0, 0);
    as_user(&desk.ben, "Ben", |p, _| {
        vec![set_rationale(p, 1, "Ben says otherwise")]
    });
    let before = git(&desk.shared, &["rev-parse", "main"]);
    let (code, out) = sync(&desk, &desk.ben, "Ben");
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("conflicts to resolve"), "{out}");
    assert_eq!(
        git(&desk.shared, &["rev-parse", "main"]),
        before,
        "nothing pushed"
    );
    let mut p = load_project(&desk.ben.join("tokyo.ron")).unwrap();
    assert_eq!(p.conflicts.len(), 1, "the conflict is kept in the file");
    // Still held back at the next Sync.
    assert_eq!(sync(&desk, &desk.ben, "Ben").0, 1);

    // Resolved (as the Conflicts panel does): the value chosen, the record gone.
    let mut c = numbered(&p, 1);
    c.rationale = "Agreed wording".into();
    Action::UpdateClaim(c).apply(&mut p).unwrap();
    p.conflicts.clear();
    save_project(&p, &desk.ben.join("tokyo.ron")).unwrap();
    let (code, out) = sync(&desk, &desk.ben, "Ben");
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        numbered(&remote_project(&desk), 1).rationale,
        "Agreed wording"
    );
}

#[test]
fn offline_the_commit_is_kept_and_sent_at_the_next_sync() {
    let desk = desk();
    let away = desk.dir.path().join("shared-unplugged");
    std::fs::rename(&desk.shared, &away).unwrap();
    as_user(&desk.ann, "Ann", |p, _| {
        vec![set_rationale(p, 2, "Written offline")]
    });
    let (code, out) = sync(&desk, &desk.ann, "Ann");
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("will be sent at the next Sync"), "{out}");
    let log = git(&desk.ann, &["log", "-1", "--format=%s"]);
    assert!(log.contains("tokyo.ron"), "committed here: {log}");
    assert_eq!(
        git(
            &desk.ann,
            &["status", "--porcelain", "--untracked-files=no"]
        )
        .trim(),
        "",
        "nothing left uncommitted"
    );

    std::fs::rename(&away, &desk.shared).unwrap();
    let (code, out) = sync(&desk, &desk.ann, "Ann");
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        numbered(&remote_project(&desk), 2).rationale,
        "Written offline"
    );
}

#[test]
fn an_approval_against_a_verdict_changed_by_the_other_member_is_not_approved() {
    let desk = desk();
    let p = load_project(&desk.ann.join("tokyo.ron")).unwrap();
    let n = ready_number(&p, "Ann");
    as_user(&desk.ann, "Ann", |p, a| {
        vec![review::approve(p, numbered(p, n).id, a).unwrap()]
    });
    assert_eq!(sync(&desk, &desk.ann, "Ann").0, 0);
    as_user(&desk.ben, "Ben", |p, _| {
        let mut c = numbered(p, n);
        c.verdict = p
            .scale
            .verdicts
            .iter()
            .map(|v| v.id)
            .find(|&v| Some(v) != c.verdict);
        vec![Action::UpdateClaim(c)]
    });
    let (code, out) = sync(&desk, &desk.ben, "Ben");
    assert_eq!(code, 0, "{out}");
    let merged = numbered(&load_project(&desk.ben.join("tokyo.ron")).unwrap(), n);
    assert_eq!(merged.status, ClaimStatus::ReadyForReview);
    assert!(
        merged
            .activity
            .iter()
            .any(|a| a.event == Event::Approved && a.who == "Ann")
    );
    assert_eq!(
        merged.activity.last().unwrap().event,
        Event::ApprovalWithdrawn
    );
    assert_eq!(
        numbered(&remote_project(&desk), n).status,
        ClaimStatus::ReadyForReview
    );
}

#[test]
fn the_queue_lists_what_waits_for_a_user() {
    let desk = desk();
    let p = load_project(&desk.ann.join("tokyo.ron")).unwrap();
    let n = ready_number(&p, "Ann");
    as_user(&desk.ben, "Ben", |p, a| {
        vec![review::add_comment(p, numbered(p, 2).id, "@Ann can you check the date?", a).unwrap()]
    });
    assert_eq!(sync(&desk, &desk.ben, "Ben").0, 0);
    assert_eq!(sync(&desk, &desk.ann, "Ann").0, 0);
    let out = run(
        desk.dir.path(),
        &[
            "desk",
            "status",
            &desk.ann.to_string_lossy(),
            "--json",
            "--user",
            "Ann",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let q: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(q["user"], "Ann");
    let numbers = |list: &str| -> Vec<u64> {
        q[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["number"].as_u64().unwrap())
            .collect()
    };
    assert!(numbers("sign_off").contains(&(n as u64)), "{q}");
    assert_eq!(numbers("comments"), [2], "{q}");
    assert_eq!(q["projects"][0]["project"], "tokyo.ron");
    let text_out = run(
        desk.dir.path(),
        &[
            "desk",
            "status",
            &desk.ann.to_string_lossy(),
            "--user",
            "Ann",
        ],
    );
    let t = text(&text_out.stdout);
    assert!(t.contains("Waiting for your sign-off"), "{t}");
    assert!(t.contains("Ben: @Ann can you check the date?"), "{t}");
}

#[test]
fn outside_a_desk_or_without_git_sync_says_why_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &["sync", &dir.path().to_string_lossy(), "--name", "Ann"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("not in a desk"),
        "{}",
        text(&out.stderr)
    );

    let out = Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(["sync", &dir.path().to_string_lossy(), "--name", "Ann"])
        .env("PATH", "")
        .env("HOME", dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let e = text(&out.stderr);
    assert!(
        e.contains("git was not found") && e.contains("Install"),
        "{e}"
    );
}

#[test]
fn sync_signs_with_the_name_the_window_keeps() {
    let desk = desk();
    // The window's settings file, as eframe writes it.
    let settings = desk.dir.path().join("data/claimdesk");
    std::fs::create_dir_all(&settings).unwrap();
    std::fs::write(
        settings.join("app.ron"),
        "{\n    \"user_name\": \"\\\"Cleo Window\\\"\",\n    \"user_email\": \"\\\"cleo@example.org\\\"\",\n}\n",
    )
    .unwrap();
    as_user(&desk.ann, "Cleo Window", |p, _| {
        vec![set_rationale(p, 2, "From the window's user")]
    });
    let out = run(desk.dir.path(), &["sync", &desk.ann.to_string_lossy()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let log = git(&desk.ann, &["log", "-1", "--format=%an <%ae>"]);
    assert_eq!(log.trim(), "Cleo Window <cleo@example.org>");
}
