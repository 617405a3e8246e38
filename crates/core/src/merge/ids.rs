//! Two copies that each added a claim (source, verdict) under the same id
//! would have their additions merged as one. Projects from before ids were
//! random number them in order, so this happens; theirs' addition gets a
//! fresh id (and its links follow) before the merge, and both are kept.

use std::collections::{HashMap, HashSet};

use crate::model::{ClaimId, Project, SourceId, VerdictId};

pub fn separate_colliding_additions(base: &Project, ours: &Project, theirs: &mut Project) {
    // Claims: nothing refers to a claim id from outside the claim.
    let in_base: HashSet<ClaimId> = base.claims.iter().map(|c| c.id).collect();
    let ours_claims: HashMap<ClaimId, usize> = ours
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id, i))
        .collect();
    let mut next = [base, ours, &*theirs]
        .iter()
        .flat_map(|p| p.claims.iter().map(|c| c.id.0))
        .max()
        .unwrap_or(0);
    for claim in &mut theirs.claims {
        if !in_base.contains(&claim.id)
            && ours_claims
                .get(&claim.id)
                .is_some_and(|&i| ours.claims[i] != *claim)
        {
            next += 1;
            claim.id = ClaimId(next);
        }
    }

    let in_base: HashSet<SourceId> = base.sources.iter().map(|s| s.id).collect();
    let mut next = [base, ours, &*theirs]
        .iter()
        .flat_map(|p| p.sources.iter().map(|s| s.id.0))
        .max()
        .unwrap_or(0);
    let mut renamed = HashMap::new();
    for source in &mut theirs.sources {
        if !in_base.contains(&source.id) && ours.source(source.id).is_some_and(|o| o != &*source) {
            next += 1;
            renamed.insert(source.id, SourceId(next));
            source.id = SourceId(next);
        }
    }
    if !renamed.is_empty() {
        for link in theirs.claims.iter_mut().flat_map(|c| c.sources.iter_mut()) {
            if let Some(&new) = renamed.get(&link.source) {
                link.source = new;
            }
        }
    }

    let in_base: HashSet<VerdictId> = base.scale.verdicts.iter().map(|v| v.id).collect();
    let mut next = [base, ours, &*theirs]
        .iter()
        .flat_map(|p| p.scale.verdicts.iter().map(|v| v.id.0))
        .max()
        .unwrap_or(0);
    let mut renamed = HashMap::new();
    for verdict in &mut theirs.scale.verdicts {
        if !in_base.contains(&verdict.id)
            && ours
                .scale
                .verdict(verdict.id)
                .is_some_and(|o| o != &*verdict)
        {
            next += 1;
            renamed.insert(verdict.id, VerdictId(next));
            verdict.id = VerdictId(next);
        }
    }
    if !renamed.is_empty() {
        for claim in &mut theirs.claims {
            if let Some(new) = claim.verdict.and_then(|v| renamed.get(&v)) {
                claim.verdict = Some(*new);
            }
        }
    }
}
