//! Cross-references the field-by-field merge cannot see: one side deleted a
//! source (or a verdict of the scale) that the other side's claims now cite.
//! The deleted thing is restored, so nothing the other side did is lost and
//! the project stays sound, and the deletion is recorded as a conflict.

use serde::Serialize;
use serde_json::Value;

use super::MergeError;
use super::tree::RawConflict;
use crate::i18n::Message;
use crate::model::{FieldPath, PathStep, Project, ScaleKind};

fn json<T: Serialize>(v: &T) -> Result<Value, MergeError> {
    serde_json::to_value(v).map_err(|e| {
        MergeError(Message::new("merge-error-unreadable").arg("detail", e.to_string()))
    })
}

fn path(steps: &[(&str, Option<&Value>)]) -> FieldPath {
    let mut p = FieldPath::default();
    for (name, id) in steps {
        p = match id {
            Some(id) => p.push_item(name, id),
            None => p.push_field(name),
        };
    }
    p
}

/// `sides` are base, ours and theirs as they were merged.
pub fn dangling_references(
    project: &mut Project,
    [b, o, t]: [&Project; 3],
    conflicts: &mut Vec<RawConflict>,
) -> Result<(), MergeError> {
    let mut missing_sources = Vec::new();
    for link in project.claims.iter().flat_map(|c| &c.sources) {
        if project.source(link.source).is_none() && !missing_sources.contains(&link.source) {
            missing_sources.push(link.source);
        }
    }
    for id in missing_sources {
        let Some(source) = t.source(id).or(o.source(id)).or(b.source(id)).cloned() else {
            continue;
        };
        let key = json(&id)?;
        conflicts.push(RawConflict {
            path: FieldPath(vec![PathStep::Field("sources".into())]).push_item("id", &key),
            base: b.source(id).map(json).transpose()?,
            ours: o.source(id).map(json).transpose()?,
            theirs: t.source(id).map(json).transpose()?,
            ours_by: Default::default(),
            theirs_by: Default::default(),
        });
        project.sources.push(source);
    }

    if project.scale.kind == ScaleKind::ConclusionOnly {
        // One side gave up the scale, the other set verdicts: the verdicts go
        // (a conclusion-only project has none) but are kept in conflicts.
        for claim in project.claims.iter_mut().filter(|c| c.verdict.is_some()) {
            let key = json(&claim.id)?;
            let verdict_of = |p: &Project| -> Result<Option<Value>, MergeError> {
                p.claim(claim.id).map(|c| json(&c.verdict)).transpose()
            };
            conflicts.push(RawConflict {
                path: path(&[("claims", None), ("id", Some(&key)), ("verdict", None)]),
                base: verdict_of(b)?,
                ours: verdict_of(o)?,
                theirs: verdict_of(t)?,
                ours_by: Default::default(),
                theirs_by: Default::default(),
            });
            claim.verdict = None;
        }
        return Ok(());
    }
    let mut missing_verdicts = Vec::new();
    for v in project.claims.iter().filter_map(|c| c.verdict) {
        if project.scale.verdict(v).is_none() && !missing_verdicts.contains(&v) {
            missing_verdicts.push(v);
        }
    }
    for id in missing_verdicts {
        let find = |p: &Project| p.scale.verdict(id).cloned();
        let Some(verdict) = find(t).or(find(o)).or(find(b)) else {
            continue;
        };
        let key = json(&id)?;
        conflicts.push(RawConflict {
            path: path(&[("scale", None), ("verdicts", None), ("id", Some(&key))]),
            base: find(b).map(|v| json(&v)).transpose()?,
            ours: find(o).map(|v| json(&v)).transpose()?,
            theirs: find(t).map(|v| json(&v)).transpose()?,
            ours_by: Default::default(),
            theirs_by: Default::default(),
        });
        project.scale.verdicts.push(verdict);
    }
    Ok(())
}
