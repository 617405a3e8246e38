//! The review rules applied to every user edit on its way into the project
//! (`Document::apply`): activity entries with who and when, an approved claim
//! sent back to review when anything its sign-off covers changes (verdict,
//! rationale, the claim as reviewed, the quote, its sources, stances and
//! excerpts: `Claim::approval_holds`), whoever changes it, and refusals (Approved set by
//! hand, a published verdict changed without a correction note). Changes
//! inside a `Batch` are only recorded (they are steps of a larger operation,
//! such as a conflict taken from another copy); `Named` actions (review's
//! steps, an import) pass unchanged. Whatever the wrapping, a claim becomes
//! Approved only through a `SignOff`, which only `review` can build; a whole
//! merged project (`SetProject`) may carry approvals signed off in another
//! copy.

use std::collections::HashMap;

use super::Action;
use super::review::{Actor, ReviewError};
use crate::model::{Activity, Claim, ClaimId, ClaimStatus, Event, Project, ScaleKind};

/// Adds what a user's edit means for review to the edit itself: activity
/// entries, and an approved claim whose verdict or rationale changes goes back
/// to Ready for review. Refuses a change to a published claim's verdict or
/// rationale (that is [`correct`]'s job) and setting Approved by hand.
/// Undo and redo replay inverses and are not stamped again.
pub fn stamp(project: &Project, action: Action, actor: &Actor) -> Result<Action, ReviewError> {
    stamp_inner(project, action, actor, false)
}

fn stamp_inner(
    project: &Project,
    action: Action,
    actor: &Actor,
    in_batch: bool,
) -> Result<Action, ReviewError> {
    Ok(match action {
        Action::InsertClaim { index, mut claim } => {
            if claim.activity.is_empty() {
                claim.activity.push(actor.did(Event::Created));
            }
            Action::InsertClaim { index, claim }
        }
        Action::UpdateClaim(new) => match project.claim(new.id) {
            Some(old) => Action::UpdateClaim(stamp_update(project, old, new, actor, in_batch)?),
            None => Action::UpdateClaim(new),
        },
        Action::ReplaceArticle {
            article,
            mut claims,
            history,
        } => {
            // By id through a map: a 10,000-claim article would otherwise take 10^8 look-ups.
            let old: HashMap<ClaimId, &Claim> = project.claims.iter().map(|c| (c.id, c)).collect();
            for c in &mut claims {
                let moved = old
                    .get(&c.id)
                    .is_some_and(|old| old.span != c.span || old.orphaned != c.orphaned);
                if moved {
                    c.activity.push(actor.did(Event::SpanMoved));
                }
                // A corrected article that changes an approved quote changes what was approved.
                withdraw_if_stale(c, actor);
            }
            Action::ReplaceArticle {
                article,
                claims,
                history,
            }
        }
        Action::Batch(actions) => Action::Batch(
            actions
                .into_iter()
                .map(|a| stamp_inner(project, a, actor, true))
                .collect::<Result<_, _>>()?,
        ),
        Action::Named { label, action } => {
            refuse_approval(project, &action)?;
            let mut action = *action;
            keep_approvals_true(&mut action, actor);
            Action::Named {
                label,
                action: Box::new(action),
            }
        }
        other => other,
    })
}

/// Inside a review step or an import: an approval whose content changed is
/// withdrawn, and a claim that left Approved drops its record.
fn keep_approvals_true(action: &mut Action, actor: &Actor) {
    match action {
        Action::UpdateClaim(claim) => withdraw_if_stale(claim, actor),
        Action::Batch(actions) => actions
            .iter_mut()
            .for_each(|a| keep_approvals_true(a, actor)),
        Action::Named { action, .. } => keep_approvals_true(action, actor),
        _ => {}
    }
}

/// An Approved claim whose approved content (verdict, rationale, evidence,
/// the words reviewed, the quote) no longer matches its sign-off goes back
/// to Ready for review, whoever changed it; a claim no longer Approved
/// keeps no approval record.
fn withdraw_if_stale(claim: &mut Claim, actor: &Actor) {
    if claim.status != ClaimStatus::Approved {
        claim.approved = None;
    } else if !claim.approval_holds() {
        claim.status = ClaimStatus::ReadyForReview;
        claim.approved = None;
        claim.activity.push(actor.did(Event::ApprovalWithdrawn));
    }
}

/// Appends `entry`, or replaces the last entry when it is the same kind of
/// change by the same person since the last save: typing a rationale is one
/// entry, not one per keystroke. Saved entries are never rewritten (what is
/// on disk may be another copy's merge base).
fn push_coalesced(activity: &mut Vec<Activity>, entry: Activity, actor: &Actor) {
    match activity.last_mut() {
        Some(last)
            if last.event == entry.event
                && last.who == actor.name
                && last.when > actor.session_start =>
        {
            *last = entry;
        }
        _ => activity.push(entry),
    }
}

/// Activity entries for the evidence and words a sign-off covers.
fn evidence_entries(old: &Claim, new: &mut Claim, actor: &Actor) {
    let mut entries = Vec::new();
    for link in &old.sources {
        if !new.sources.iter().any(|l| l.source == link.source) {
            entries.push(Event::SourceUnlinked(link.source));
        }
    }
    for link in &new.sources {
        match old.sources.iter().find(|l| l.source == link.source) {
            None => {
                entries.push(Event::SourceLinked(link.source));
                if link.stance.is_set() {
                    entries.push(Event::StanceSet(link.source, link.stance));
                }
            }
            Some(before) => {
                if before.stance != link.stance {
                    entries.push(Event::StanceSet(link.source, link.stance));
                }
                if before.excerpt != link.excerpt {
                    entries.push(Event::ExcerptChanged(link.source));
                }
            }
        }
    }
    if old.rationale != new.rationale && !rationale_is_correction(new) {
        entries.push(Event::RationaleChanged);
    }
    if old.reviewed != new.reviewed {
        entries.push(Event::ReviewedChanged);
    }
    for event in entries {
        let entry = actor.did(event);
        push_coalesced(&mut new.activity, entry, actor);
    }
}

/// A correction's own entry already says the rationale changed.
fn rationale_is_correction(new: &Claim) -> bool {
    new.activity
        .last()
        .is_some_and(|a| a.event == Event::Correction)
}

/// Refuses an update anywhere in `action` that makes a claim Approved
/// without a sign-off.
fn refuse_approval(project: &Project, action: &Action) -> Result<(), ReviewError> {
    match action {
        Action::UpdateClaim(new) => match project.claim(new.id) {
            Some(old) if becomes_approved(old, new) => Err(ReviewError::ApproveBySignOff),
            _ => Ok(()),
        },
        Action::Batch(actions) => actions.iter().try_for_each(|a| refuse_approval(project, a)),
        Action::Named { action, .. } => refuse_approval(project, action),
        _ => Ok(()),
    }
}

fn becomes_approved(old: &Claim, new: &Claim) -> bool {
    new.status == ClaimStatus::Approved && old.status != ClaimStatus::Approved
}

fn stamp_update(
    project: &Project,
    old: &Claim,
    mut new: Claim,
    actor: &Actor,
    in_batch: bool,
) -> Result<Claim, ReviewError> {
    let outcome_changed = old.verdict != new.verdict || old.conclusion != new.conclusion;
    let content_changed = outcome_changed || old.rationale != new.rationale;
    // A batch (a scale that drops verdicts, a deleted source, a merge
    // conflict resolved by taking one side) is not the user editing the
    // claim: it is recorded, never refused, and its status is left as the
    // batch set it.
    if becomes_approved(old, &new) {
        return Err(ReviewError::ApproveBySignOff);
    }
    if !in_batch && content_changed && old.is_published() {
        return Err(ReviewError::NeedsCorrectionNote(old.id));
    }
    if outcome_changed {
        let verdict = match project.scale.kind {
            ScaleKind::Ratings => new.verdict,
            ScaleKind::ConclusionOnly => None,
        };
        let entry = actor.did(Event::Verdict(verdict));
        // Trying out verdicts, or typing a conclusion, is one step in the
        // history, as long as that step was taken since the last save: what
        // is on disk may be another copy's merge base, and a merge keeps what
        // each side appended, so saved entries are never rewritten.
        match new.activity.last_mut() {
            Some(last)
                if matches!(last.event, Event::Verdict(_))
                    && last.who == actor.name
                    && last.when > actor.session_start =>
            {
                *last = entry;
            }
            _ => new.activity.push(entry),
        }
    }
    evidence_entries(old, &mut new, actor);
    withdraw_if_stale(&mut new, actor);
    if new.status != old.status {
        new.activity.push(actor.did(Event::Status(new.status)));
    }
    if new.span != old.span {
        new.activity.push(actor.did(Event::SpanMoved));
    }
    Ok(new)
}
