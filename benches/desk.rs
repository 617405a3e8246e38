//! Sync of a long project against a local remote: the 5 MB, 10,000-claim
//! project in a desk (a bare repository in a folder), two members, each with
//! 1,000 claims changed. Timed: Ben's whole Sync after Ann pushed hers:
//! staging and committing (with its message from the activity), fetch,
//! merging the project from git's three stages with ClaimDesk's merge,
//! writing it, committing the merge, push. Needs `git` on the PATH.
//! Run: `cargo bench --bench desk`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use claimdesk::desk::{self, Author, SyncStatus};
use claimdesk::io::{load_project, save_project};
use claimdesk::progress::Progress;
use claimdesk::sample_data::generated_project;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

const CHANGED: usize = 1_000;

fn author(name: &str) -> Author {
    Author {
        name: name.into(),
        email: format!("{}@example.org", name.to_lowercase()),
    }
}

fn sync(clone: &Path, name: &str) {
    let report = desk::sync(clone, &author(name), None, &Progress::new()).expect("the desk syncs");
    assert_eq!(report.status, SyncStatus::Synced, "{report:?}");
}

/// Changes 1,000 claims of the project in `clone`: every tenth claim from
/// `offset`, its rationale rewritten (Ann) or its verdict set and a tag added (Ben).
fn edit(clone: &Path, offset: usize, round: usize) {
    let path = clone.join("desk.ron");
    let mut p = load_project(&path).expect("the project loads");
    let step = p.claims.len() / CHANGED;
    let verdicts: Vec<_> = p.scale.verdicts.iter().map(|v| v.id).collect();
    for n in 0..CHANGED {
        let c = &mut p.claims[n * step + offset];
        if offset == 0 {
            c.rationale = format!("Checked again, round {round}, pass {n}.");
        } else {
            c.verdict = Some(verdicts[(n + round) % verdicts.len()]);
            c.tags.push(format!("round {round}"));
        }
    }
    save_project(&p, &path).expect("the project saves");
}

struct Desk {
    _dir: tempfile::TempDir,
    ann: PathBuf,
    ben: PathBuf,
    round: usize,
}

fn desk() -> Desk {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let shared = dir.path().join("shared");
    desk::start(&shared).expect("a desk");
    let remote = shared.to_string_lossy().into_owned();
    let join = |name: &str| {
        let clone = dir.path().join(name);
        desk::join(&remote, &clone, None, &Progress::new()).expect("joined");
        clone
    };
    let (ann, ben) = (join("ann"), join("ben"));
    let project = generated_project(5_000_000, 10_000, common::SEED);
    save_project(&project, &ann.join("desk.ron")).expect("saved");
    sync(&ann, "Ann");
    sync(&ben, "Ben");
    Desk {
        _dir: dir,
        ann,
        ben,
        round: 0,
    }
}

fn git_ok(dir: &Path, args: &[&str]) {
    let ok = Command::new("git")
        .args(args)
        .current_dir(dir)
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "git {args:?}");
}

fn desk_group(c: &mut Criterion) {
    let mut group = c.benchmark_group("desk");
    group.sample_size(10);
    let mut d = desk();
    group.bench_function("sync_5mb_10k_1000_each", |b| {
        b.iter_batched(
            || {
                // Ann brings in Ben's last Sync, changes 1,000 claims, sends them;
                // Ben changes 1,000 others and saves.
                d.round += 1;
                sync(&d.ann, "Ann");
                edit(&d.ann, 0, d.round);
                sync(&d.ann, "Ann");
                edit(&d.ben, 5, d.round);
            },
            |()| sync(&d.ben, "Ben"),
            BatchSize::PerIteration,
        );
    });
    group.finish();
    git_ok(&d.ben, &["log", "-1", "--format=%s"]);
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = desk_group
}
criterion_main!(benches);
