//! Review and sign-off: the rules, and the actions that follow them. A
//! checker marks a claim ready; another person approves it or returns it with
//! a comment. A claim's review-relevant steps are written to its activity
//! here, with who and when, so the window and the CLI cannot forget them.
//!
//! "Published" means: the claim was Approved when the desk recorded a
//! publication ([`record_publication`] sets `Claim::published_on`). From then
//! on its verdict, conclusion and rationale change only through [`correct`],
//! which takes a note for the corrections log. Approval alone is not
//! publication: an approved claim edited before it goes out just goes back to
//! Ready for review.

use std::fmt;

use super::Action;
pub use super::stamp::stamp;
use crate::i18n::Message;
use crate::model::{
    Activity, Approval, Claim, ClaimId, ClaimStatus, Comment, CommentId, Correction, Event,
    Project, ScaleKind, VerdictId,
};

/// Who acts, and when: what activity entries, comments and corrections record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// The user's name; empty when none was given.
    pub name: String,
    /// `YYYY-MM-DDTHH:MM:SSZ`.
    pub time: String,
    /// When this copy of the project was last opened or saved. Activity
    /// entries from before then may be in someone else's copy (a merge base):
    /// they are never rewritten, only appended to.
    pub session_start: String,
}

impl Actor {
    /// `name`, acting now.
    pub fn now(name: &str) -> Self {
        let time = crate::model::date::UtcTime::now().date_time();
        Self {
            name: name.trim().to_owned(),
            session_start: time.clone(),
            time,
        }
    }

    /// `YYYY-MM-DD`.
    pub fn date(&self) -> &str {
        self.time.get(..10).unwrap_or(&self.time)
    }

    pub(super) fn did(&self, event: Event) -> Activity {
        Activity {
            who: self.name.clone(),
            when: self.time.clone(),
            event,
        }
    }
}

/// Why a review step cannot be taken. The messages are shown as they are,
/// e.g. as the tooltip of a disabled Approve button.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReviewError {
    NoSuchClaim(ClaimId),
    NoSuchComment(CommentId),
    NoName,
    OwnVerdict,
    NoVerdict,
    NotReady(ClaimStatus),
    EmptyComment,
    EmptyNote,
    /// The claim is published: its verdict or rationale changes only with a correction note.
    NeedsCorrectionNote(ClaimId),
    /// Approved is reached by approving, not by setting the status.
    ApproveBySignOff,
    NothingToCorrect,
}

impl ReviewError {
    /// The reason as a message (`ui-labels.ftl`), for the window to word.
    pub fn message(&self) -> Message {
        let id = match self {
            Self::NoSuchClaim(_) => "review-error-no-such-claim",
            Self::NoSuchComment(_) => "review-error-no-such-comment",
            Self::NoName => "review-error-no-name",
            Self::OwnVerdict => "review-error-own-verdict",
            Self::NoVerdict => "review-error-no-verdict",
            Self::NotReady(status) => {
                return Message::new("review-error-not-ready")
                    .arg("status", Message::new(status_id(*status)));
            }
            Self::EmptyComment => "review-error-empty-comment",
            Self::EmptyNote => "review-error-empty-note",
            Self::NeedsCorrectionNote(_) => "review-error-needs-correction-note",
            Self::ApproveBySignOff => "review-error-approve-by-sign-off",
            Self::NothingToCorrect => "review-error-nothing-to-correct",
        };
        Message::new(id)
    }
}

/// The catalog's name of a status (the claim list's words).
fn status_id(status: ClaimStatus) -> &'static str {
    match status {
        ClaimStatus::New => "status-new",
        ClaimStatus::InProgress => "status-in-progress",
        ClaimStatus::ReadyForReview => "status-ready-for-review",
        ClaimStatus::Approved => "status-approved",
    }
}

impl fmt::Display for ReviewError {
    /// The reason in English, for the command line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for ReviewError {}

fn claim(project: &Project, id: ClaimId) -> Result<&Claim, ReviewError> {
    project.claim(id).ok_or(ReviewError::NoSuchClaim(id))
}

/// A claim signed off: the claim as approved. Its field is private to this
/// module, so only review builds one ([`approve`], and [`carry_approval`]
/// for a merge conflict settled with another copy's sign-off);
/// `Document::apply` refuses every other change that makes a claim Approved,
/// however it is wrapped.
#[derive(Clone, Debug, PartialEq)]
pub struct SignOff(Claim);

impl SignOff {
    pub fn claim(&self) -> &Claim {
        &self.0
    }

    pub(super) fn into_claim(self) -> Claim {
        self.0
    }
}

/// A conflict resolved by taking a copy in which the claim was approved:
/// that approval was a sign-off there, and it comes over as one.
pub(super) fn carry_approval(claim: Claim) -> SignOff {
    SignOff(claim)
}

/// `action` under the undo name `label`, a message of `history.ftl`.
fn named(label: &'static str, action: Action) -> Action {
    Action::Named {
        label: Message::new(label),
        action: Box::new(action),
    }
}

/// Whether the claim has something to sign off: a verdict, or in a
/// conclusion-only project a written conclusion.
fn has_outcome(project: &Project, claim: &Claim) -> bool {
    match project.scale.kind {
        ScaleKind::Ratings => claim.verdict.is_some(),
        ScaleKind::ConclusionOnly => !claim.conclusion.trim().is_empty(),
    }
}

/// Why `user` may not approve `claim` now, or `None` when they may.
pub fn approval_blocker(project: &Project, claim: &Claim, user: &str) -> Option<ReviewError> {
    let user = user.trim();
    if claim.status != ClaimStatus::ReadyForReview {
        return Some(ReviewError::NotReady(claim.status));
    }
    if !has_outcome(project, claim) {
        return Some(ReviewError::NoVerdict);
    }
    if user.is_empty() {
        return Some(ReviewError::NoName);
    }
    if claim
        .verdict_set_by()
        .is_some_and(|who| who.trim().eq_ignore_ascii_case(user))
    {
        return Some(ReviewError::OwnVerdict);
    }
    None
}

/// What an editor would send back at once, asked before *Mark ready for
/// review*: no verdict (or conclusion), no source, a source without a
/// stance, in English. Empty when the claim looks ready.
pub fn ready_gaps(project: &Project, claim: &Claim) -> Vec<String> {
    ready_gap_list(project, claim)
        .into_iter()
        .map(|gap| gap.to_string())
        .collect()
}

/// What a claim lacks before review, one by one: [`ReadyGap::message`] for
/// the window to word in its language, `Display` in English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadyGap {
    NoVerdict,
    NoConclusion,
    NoSource,
    /// This many linked sources have no stance chosen.
    StancesUnset(usize),
}

impl ReadyGap {
    /// The gap as a message (`ui-review.ftl`): "it cites no source".
    pub fn message(self) -> Message {
        match self {
            Self::NoVerdict => Message::new("review-gap-no-verdict"),
            Self::NoConclusion => Message::new("review-gap-no-conclusion"),
            Self::NoSource => Message::new("review-gap-no-source"),
            Self::StancesUnset(n) => Message::new("review-gap-stances-unset").arg("count", n),
        }
    }
}

impl fmt::Display for ReadyGap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

pub fn ready_gap_list(project: &Project, claim: &Claim) -> Vec<ReadyGap> {
    let mut gaps = Vec::new();
    if !has_outcome(project, claim) {
        gaps.push(match project.scale.kind {
            ScaleKind::Ratings => ReadyGap::NoVerdict,
            ScaleKind::ConclusionOnly => ReadyGap::NoConclusion,
        });
    }
    if claim.sources.is_empty() {
        gaps.push(ReadyGap::NoSource);
    }
    let unset = claim.sources.iter().filter(|l| !l.stance.is_set()).count();
    if unset > 0 {
        gaps.push(ReadyGap::StancesUnset(unset));
    }
    gaps
}

/// What an approver should know before signing off: each comment on the
/// claim that is still open, named ("Ana's comment is still open: “Which
/// statement?”"), in English.
pub fn approval_warnings(project: &Project, claim: &Claim) -> Vec<String> {
    approval_warning_messages(project, claim)
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// [`approval_warnings`] as messages for the window to word.
pub fn approval_warning_messages(project: &Project, claim: &Claim) -> Vec<Message> {
    open_comments(project, claim)
        .into_iter()
        .map(|(who, text)| {
            let who: crate::i18n::Value = if who.is_empty() {
                Message::new("review-someone").into()
            } else {
                who.into()
            };
            Message::new("review-comment-still-open")
                .arg("who", who)
                .arg("text", text)
        })
        .collect()
}

/// Each open comment's author ("" when unnamed) and its text as shown
/// (claim references as numbers, cut at 120 characters with "…").
pub fn open_comments(project: &Project, claim: &Claim) -> Vec<(String, String)> {
    claim
        .comments
        .iter()
        .filter(|c| !c.resolved)
        .map(|c| {
            let full = crate::model::claim_ref::plain(project, &c.text);
            let mut text: String = full.trim().chars().take(120).collect();
            if full.trim().chars().count() > 120 {
                text.push('…');
            }
            (c.author.trim().to_owned(), text)
        })
        .collect()
}

pub fn mark_ready(project: &Project, id: ClaimId, actor: &Actor) -> Result<Action, ReviewError> {
    let mut c = claim(project, id)?.clone();
    if c.status == ClaimStatus::ReadyForReview {
        return Err(ReviewError::NotReady(c.status));
    }
    c.status = ClaimStatus::ReadyForReview;
    c.activity
        .push(actor.did(Event::Status(ClaimStatus::ReadyForReview)));
    Ok(named("history-mark-ready", Action::UpdateClaim(c)))
}

pub fn approve(project: &Project, id: ClaimId, actor: &Actor) -> Result<Action, ReviewError> {
    let c = claim(project, id)?;
    if let Some(reason) = approval_blocker(project, c, &actor.name) {
        return Err(reason);
    }
    let mut c = c.clone();
    c.status = ClaimStatus::Approved;
    c.approved = Some(Approval {
        who: actor.name.clone(),
        when: actor.time.clone(),
        digest: c.approved_digest(),
    });
    c.activity.push(actor.did(Event::Approved));
    Ok(named("history-approve-claim", Action::SignOff(SignOff(c))))
}

fn new_comment(project: &Project, text: &str, actor: &Actor) -> Result<Comment, ReviewError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ReviewError::EmptyComment);
    }
    Ok(Comment {
        id: project.next_comment_id(),
        author: actor.name.clone(),
        time: actor.time.clone(),
        // "#2" is stored as the claim's id, so it still names that claim
        // after the claims are renumbered.
        text: crate::model::claim_ref::link_claim_numbers(project, text),
        resolved: false,
    })
}

/// Sends the claim back to In progress with a comment saying why.
pub fn return_with_comment(
    project: &Project,
    id: ClaimId,
    text: &str,
    actor: &Actor,
) -> Result<Action, ReviewError> {
    let comment = new_comment(project, text, actor)?;
    let mut c = claim(project, id)?.clone();
    c.activity.push(actor.did(Event::Commented(comment.id)));
    c.comments.push(comment);
    c.status = ClaimStatus::InProgress;
    c.approved = None;
    c.activity.push(actor.did(Event::Returned));
    Ok(named("history-return-claim", Action::UpdateClaim(c)))
}

pub fn add_comment(
    project: &Project,
    id: ClaimId,
    text: &str,
    actor: &Actor,
) -> Result<Action, ReviewError> {
    let comment = new_comment(project, text, actor)?;
    let mut c = claim(project, id)?.clone();
    c.activity.push(actor.did(Event::Commented(comment.id)));
    c.comments.push(comment);
    Ok(named("history-add-comment", Action::UpdateClaim(c)))
}

pub fn set_comment_resolved(
    project: &Project,
    id: ClaimId,
    comment: CommentId,
    resolved: bool,
    actor: &Actor,
) -> Result<Action, ReviewError> {
    let mut c = claim(project, id)?.clone();
    c.activity.push(actor.did(if resolved {
        Event::CommentResolved(comment)
    } else {
        Event::CommentReopened(comment)
    }));
    let m = c
        .comments
        .iter_mut()
        .find(|m| m.id == comment)
        .ok_or(ReviewError::NoSuchComment(comment))?;
    m.resolved = resolved;
    let label = if resolved {
        "history-resolve-comment"
    } else {
        "history-reopen-comment"
    };
    Ok(named(label, Action::UpdateClaim(c)))
}

/// The new verdict, conclusion and rationale of a correction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Corrected {
    pub verdict: Option<VerdictId>,
    pub conclusion: String,
    pub rationale: String,
}

/// Changes a published claim's verdict, conclusion or rationale, with a note
/// for the corrections log. The claim goes back to Ready for review: the
/// correction is signed off like the first verdict.
pub fn correct(
    project: &Project,
    id: ClaimId,
    to: Corrected,
    note: &str,
    actor: &Actor,
) -> Result<Action, ReviewError> {
    let note = note.trim();
    if note.is_empty() {
        return Err(ReviewError::EmptyNote);
    }
    let old = claim(project, id)?;
    let verdict_label = |v: Option<VerdictId>| {
        v.and_then(|v| project.scale.verdict(v))
            .map_or("none".to_owned(), |v| v.label.clone())
    };
    let mut changes = Vec::new();
    if old.verdict != to.verdict {
        changes.push(format!(
            "Verdict: {} → {}",
            verdict_label(old.verdict),
            verdict_label(to.verdict)
        ));
    }
    if old.conclusion != to.conclusion {
        changes.push("conclusion revised".to_owned());
    }
    if old.rationale != to.rationale {
        changes.push("rationale revised".to_owned());
    }
    if changes.is_empty() {
        return Err(ReviewError::NothingToCorrect);
    }
    let mut change = changes.join("; ");
    if let Some(first) = change.get(..1) {
        change = first.to_uppercase() + &change[1..];
    }
    let mut c = old.clone();
    c.verdict = to.verdict;
    c.conclusion = to.conclusion;
    c.rationale = to.rationale;
    c.activity.push(actor.did(Event::Correction));
    if c.status != ClaimStatus::ReadyForReview {
        c.status = ClaimStatus::ReadyForReview;
        c.activity
            .push(actor.did(Event::Status(ClaimStatus::ReadyForReview)));
    }
    let mut corrections = project.corrections.clone();
    corrections.push(Correction {
        date: actor.date().to_owned(),
        claim: id,
        who: actor.name.clone(),
        change,
        note: note.to_owned(),
    });
    Ok(named(
        "history-correct-claim",
        Action::Batch(vec![
            Action::UpdateClaim(c),
            Action::SetCorrections(corrections),
        ]),
    ))
}

/// Records that the approved claims were published on `date` (`YYYY-MM-DD`),
/// with an entry in the project's activity; `None` when no approved claim
/// awaits publication.
pub fn record_publication(project: &Project, date: &str, actor: &Actor) -> Option<Action> {
    let mut actions: Vec<Action> = project
        .claims
        .iter()
        .filter(|c| c.status == ClaimStatus::Approved && !c.is_published())
        .map(|c| {
            Action::UpdateClaim(Claim {
                published_on: date.to_owned(),
                ..c.clone()
            })
        })
        .collect();
    if actions.is_empty() {
        return None;
    }
    let mut activity = project.activity.clone();
    activity.push(actor.did(Event::PublicationRecorded(date.to_owned())));
    actions.push(Action::SetActivity(activity));
    Some(named("history-record-publication", Action::Batch(actions)))
}

/// The user's name in the window changed: an entry in the project's
/// activity, so a desk sees that "Ana" became "Ben" on this copy (names are
/// not authenticated). `None` when nothing changed.
pub fn name_changed(project: &Project, from: &str, to: &str, time: &str) -> Option<Action> {
    let (from, to) = (from.trim(), to.trim());
    if from == to {
        return None;
    }
    let mut activity = project.activity.clone();
    activity.push(Activity {
        who: to.to_owned(),
        when: time.to_owned(),
        event: Event::NameChanged {
            from: from.to_owned(),
            to: to.to_owned(),
        },
    });
    Some(named(
        "history-change-your-name",
        Action::SetActivity(activity),
    ))
}
