//! The three-way merge of projects: `claimdesk merge`, the git merge driver,
//! and the window's Merge when the file changed on disk. Pure logic.
//!
//! The three copies are brought onto one article text first (`article`),
//! theirs' additions that collide by id with ours' get fresh ids (`ids`),
//! then all three are turned into data trees and merged by generic rules
//! (`tree`), so fields added to the format later merge without new code.
//! References the merge left dangling (a source one side deleted and the
//! other cited) are restored and recorded as conflicts (`repair`), and each
//! conflict is named in words (`place`). An approval that held in one copy
//! but not over the merged claim is withdrawn (`approval`).

mod approval;
mod article;
mod ids;
mod items;
mod place;
pub use place::{field_name, place};
mod repair;
mod tree;

use std::fmt;
use std::mem::take;

use serde_json::Value;

use crate::i18n::Message;
use crate::model::{Conflict, ConflictSide, ConflictValue, FieldPath, PathStep, Project, validate};
use tree::{RawConflict, TreeMerge};

pub struct MergeOutcome {
    /// The merged project; its `conflicts` holds those left unresolved in
    /// either copy and the new ones.
    pub project: Project,
    /// The conflicts this merge found.
    pub conflicts: Vec<Conflict>,
}

/// Why two projects could not be merged: a message of `errors-merge.ftl`,
/// with what the reader said as it said it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeError(pub Message);

impl MergeError {
    /// The error as a message for the window to word.
    pub fn words(&self) -> Message {
        self.0.clone()
    }
}

impl fmt::Display for MergeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for MergeError {}

/// Merges the changes `ours` and `theirs` made to their common ancestor
/// `base`. Never loses a change: each one is in the result or in a conflict.
pub fn merge(base: &Project, ours: &Project, theirs: &Project) -> Result<MergeOutcome, MergeError> {
    let (mut b, mut o, mut t) = (base.clone(), ours.clone(), theirs.clone());
    let carried = carried_conflicts(
        &take(&mut b.conflicts),
        &take(&mut o.conflicts),
        &take(&mut t.conflicts),
    );
    ids::separate_colliding_additions(&b, &o, &mut t);
    let article_conflict = article::align(&mut b, &mut o, &mut t);

    // Claims and sources, the long lists, merge as typed values; the rest
    // of the project as one data tree.
    let (bc, oc, tc) = (
        take(&mut b.claims),
        take(&mut o.claims),
        take(&mut t.claims),
    );
    let (bs, os, ts) = (
        take(&mut b.sources),
        take(&mut o.sources),
        take(&mut t.sources),
    );
    // The same in all three after `align`: no need to copy megabytes into trees.
    let text = take(&mut o.article.text);
    (b.article.text, t.article.text) = (String::new(), String::new());
    let tree = |p: &Project| {
        serde_json::to_value(p).map_err(|e| {
            MergeError(Message::new("merge-error-unreadable").arg("detail", e.to_string()))
        })
    };
    let mut merger = TreeMerge::default();
    let merged = merger.merge(&tree(&b)?, &tree(&o)?, &tree(&t)?);
    let mut project: Project = serde_json::from_value(merged).map_err(|e| {
        MergeError(Message::new("merge-error-does-not-hold").arg("detail", e.to_string()))
    })?;
    project.article.text = text;
    let field = |name: &str| FieldPath(vec![PathStep::Field(name.into())]);
    project.claims = items::merge_items(&mut merger, &field("claims"), &bc, &oc, &tc, |c| c.id)?;
    project.sources = items::merge_items(&mut merger, &field("sources"), &bs, &os, &ts, |s| s.id)?;
    (b.claims, o.claims, t.claims) = (bc, oc, tc);
    (b.sources, o.sources, t.sources) = (bs, os, ts);

    let in_order = |p: &Project| {
        p.claims
            .windows(2)
            .all(|w| (w[0].span.start, w[0].span.end) <= (w[1].span.start, w[1].span.end))
    };
    if in_order(&o) {
        project.claims.sort_by_key(|c| (c.span.start, c.span.end));
    }

    let mut raw = merger.conflicts;
    if let Some(a) = article_conflict {
        raw.push(RawConflict {
            path: FieldPath(vec![
                PathStep::Field("article".into()),
                PathStep::Field("text".into()),
            ]),
            base: Some(Value::String(a.base)),
            ours: Some(Value::String(a.ours)),
            theirs: Some(Value::String(a.theirs)),
            ours_by: Default::default(),
            theirs_by: Default::default(),
        });
    }
    repair::dangling_references(&mut project, [&b, &o, &t], &mut raw)?;
    // After the repair: it may clear a verdict an approval covered.
    approval::withdraw_broken(&mut project, [&o, &t]);

    if let Some(problem) = validate(&project).first() {
        return Err(MergeError(
            Message::new("merge-error-does-not-hold").arg("detail", problem.words()),
        ));
    }
    let new: Vec<Conflict> = raw.iter().map(|c| conflict(&project, c)).collect();
    project.conflicts = carried;
    project.conflicts.extend(new.iter().cloned());
    Ok(MergeOutcome {
        project,
        conflicts: new,
    })
}

fn conflict(project: &Project, raw: &RawConflict) -> Conflict {
    let side = |v: &Option<Value>, by: &tree::Signature| ConflictSide {
        value: ConflictValue::from_json(v.as_ref()),
        who: by.who.clone(),
        when: by.when.clone(),
    };
    Conflict {
        place: place::words(project, &raw.path),
        path: raw.path.to_string(),
        base: side(&raw.base, &Default::default()),
        ours: side(&raw.ours, &raw.ours_by),
        theirs: side(&raw.theirs, &raw.theirs_by),
    }
}

/// Conflicts left unresolved in the copies: kept unless one side resolved
/// one the base still had.
fn carried_conflicts(b: &[Conflict], o: &[Conflict], t: &[Conflict]) -> Vec<Conflict> {
    let resolved = |c: &&Conflict| b.contains(c) && !(o.contains(c) && t.contains(c));
    let mut out: Vec<Conflict> = o.iter().filter(|c| !resolved(c)).cloned().collect();
    for c in t {
        if !resolved(&c) && !out.contains(c) {
            out.push(c.clone());
        }
    }
    out
}
