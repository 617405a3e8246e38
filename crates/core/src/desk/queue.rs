//! The editor's queue across a desk's projects, for one user: claims waiting
//! for their sign-off, claims returned to them, and open comments addressed
//! to them or on their claims; and each project's claims by status.

use std::path::PathBuf;

use serde::Serialize;

use crate::edit::review::approval_blocker;
use crate::i18n::Message;
use crate::model::{Claim, ClaimId, ClaimStatus, Event, Project};

/// One line of a list: which claim, and in which project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct QueueItem {
    /// The project file, relative to the desk folder.
    pub project: PathBuf,
    pub title: String,
    pub claim: ClaimId,
    /// The claim's number in its article.
    pub number: usize,
    /// The claim as reviewed (or its quote), shortened.
    pub text: String,
    /// Who it is waiting on or came from ("verdict by Ben", "Cleo: …"): a
    /// message of `sync.ftl`, English in `claimdesk desk status --json`.
    #[serde(serialize_with = "english")]
    pub note: Message,
}

fn english<S: serde::Serializer>(note: &Message, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&note.to_string())
}

/// A project of the desk with its claims counted by status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProjectCounts {
    pub project: PathBuf,
    pub title: String,
    pub new: usize,
    pub in_progress: usize,
    pub ready_for_review: usize,
    pub approved: usize,
    /// Merge conflicts left to resolve.
    pub conflicts: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Queue {
    pub user: String,
    pub projects: Vec<ProjectCounts>,
    /// Ready for review, with a verdict someone else set: this user may sign off.
    pub sign_off: Vec<QueueItem>,
    /// Sent back to this user (they had marked it ready or set its verdict).
    pub returned: Vec<QueueItem>,
    /// Open comments by others naming this user, or on this user's claims.
    pub comments: Vec<QueueItem>,
}

const SHORT: usize = 80;

fn short(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.char_indices().nth(SHORT) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    }
}

fn same(a: &str, b: &str) -> bool {
    !a.trim().is_empty() && a.trim().eq_ignore_ascii_case(b.trim())
}

/// Whether `user` worked on the claim: set its verdict, or marked it ready.
fn is_theirs(claim: &Claim, user: &str) -> bool {
    claim.verdict_set_by().is_some_and(|w| same(w, user))
        || claim.activity.iter().any(|a| {
            same(&a.who, user)
                && matches!(
                    a.event,
                    Event::Status(ClaimStatus::ReadyForReview) | Event::Created
                )
        })
}

/// Sent back and not marked ready since, to the person who had marked it ready.
fn returned_to(claim: &Claim) -> Option<(&str, &str)> {
    if claim.status == ClaimStatus::ReadyForReview || claim.status == ClaimStatus::Approved {
        return None;
    }
    let r = claim
        .activity
        .iter()
        .rposition(|a| a.event == Event::Returned)?;
    let since = &claim.activity[r + 1..];
    if since
        .iter()
        .any(|a| a.event == Event::Status(ClaimStatus::ReadyForReview))
    {
        return None;
    }
    let marked_by = claim.activity[..r]
        .iter()
        .rev()
        .find(|a| a.event == Event::Status(ClaimStatus::ReadyForReview))
        .map(|a| a.who.as_str())
        .or_else(|| claim.verdict_set_by())?;
    Some((marked_by, claim.activity[r].who.as_str()))
}

/// Whether a comment names the user: "@Ann", or "Ann" as a word.
fn names(text: &str, user: &str) -> bool {
    let user = user.trim().to_lowercase();
    if user.is_empty() {
        return false;
    }
    let text = text.to_lowercase();
    text.match_indices(&user).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + user.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The queue for `user` over the desk's `projects` (path relative to the
/// desk, project).
pub fn queue(projects: &[(PathBuf, Project)], user: &str) -> Queue {
    let mut q = Queue {
        user: user.trim().to_owned(),
        ..Queue::default()
    };
    for (path, p) in projects {
        let count = |s: ClaimStatus| p.claims.iter().filter(|c| c.status == s).count();
        q.projects.push(ProjectCounts {
            project: path.clone(),
            title: p.title.clone(),
            new: count(ClaimStatus::New),
            in_progress: count(ClaimStatus::InProgress),
            ready_for_review: count(ClaimStatus::ReadyForReview),
            approved: count(ClaimStatus::Approved),
            conflicts: p.conflicts.len(),
        });
        for (number, claim) in p.claims_in_order() {
            let item = |note: Message| QueueItem {
                project: path.clone(),
                title: p.title.clone(),
                claim: claim.id,
                number,
                text: short(if claim.reviewed.trim().is_empty() {
                    &claim.span.quote
                } else {
                    &claim.reviewed
                }),
                note,
            };
            if claim.status == ClaimStatus::ReadyForReview
                && approval_blocker(p, claim, user).is_none()
            {
                q.sign_off.push(item(match claim.verdict_set_by() {
                    Some(by) => Message::new("queue-verdict-by").arg("name", by),
                    None => Message::new("queue-verdict-before-activity"),
                }));
            }
            if let Some((to, by)) = returned_to(claim)
                && same(to, user)
            {
                q.returned
                    .push(item(Message::new("queue-returned-by").arg("name", by)));
            }
            let mine = is_theirs(claim, user);
            for c in claim.comments.iter().filter(|c| !c.resolved) {
                if !same(&c.author, user) && (mine || names(&c.text, user)) {
                    let text = crate::model::claim_ref::plain(p, &c.text);
                    q.comments.push(item(
                        Message::new("queue-comment")
                            .arg("name", c.author.trim())
                            .arg("text", short(&text)),
                    ));
                }
            }
        }
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comment_names_a_user_as_a_word_only() {
        assert!(names("@Ann please look", "ann"));
        assert!(names("Ann, see #2", "Ann"));
        assert!(!names("Annabel checked it", "Ann"));
        assert!(!names("anything", " "));
    }
}
