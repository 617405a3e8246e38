//! The three-way merge of two copies of a long project, each with 1,000
//! claims changed (the git merge driver's work when two checkers pull).
//! Run: `cargo bench --bench merge`.

mod common;

use std::hint::black_box;

use claimdesk::merge::merge;
use claimdesk::model::Project;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

use common::{fixtures, sample_size};

const CHANGED: usize = 1_000;

/// Ours rewrites the rationale of every tenth claim, theirs sets the verdict
/// and adds a tag on the claims halfway between: 1,000 claims each, no conflict.
fn copies(base: &Project) -> (Project, Project) {
    let step = base.claims.len() / CHANGED;
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let verdicts: Vec<_> = base.scale.verdicts.iter().map(|v| v.id).collect();
    for n in 0..CHANGED {
        let o = &mut ours.claims[n * step];
        o.rationale = format!("Checked again by ours, pass {n}.");
        let t = &mut theirs.claims[n * step + step / 2];
        t.verdict = Some(verdicts[n % verdicts.len()]);
        t.tags.push("rechecked".into());
    }
    (ours, theirs)
}

fn merge_group(c: &mut Criterion) {
    let mut group = c.benchmark_group("merge");
    for f in fixtures().all.iter().filter(|f| f.name == "5mb_10k") {
        group.sample_size(sample_size(f.name));
        let (ours, theirs) = copies(&f.project);
        let check = merge(&f.project, &ours, &theirs).expect("the copies merge");
        assert!(check.conflicts.is_empty());
        group.bench_function(BenchmarkId::from_parameter(f.name), |b| {
            b.iter_with_large_drop(|| merge(&f.project, &ours, &theirs).expect("the copies merge"));
        });
        black_box(check);
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = merge_group
}
criterion_main!(benches);
