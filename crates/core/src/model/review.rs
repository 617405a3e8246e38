//! Who did what: comments on a claim, its activity (the steps an editor would
//! audit, not every keystroke), and the corrections log. Plain data; the
//! rules that write them live in `edit::review`.

use serde::{Deserialize, Serialize};

use super::{ClaimId, ClaimStatus, SourceId, Stance, VerdictId};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct CommentId(pub u64);

/// A random id that is not zero and not in `taken`. Two people adding claims
/// in their own copies of a project draw from 2^64 values, so their ids do
/// not collide when the copies are merged; sequential ids would.
pub fn random_id(taken: impl Fn(u64) -> bool) -> u64 {
    let mut fallback = fallback_seed();
    loop {
        // The OS generator does not fail on the platforms ClaimDesk runs on;
        // should it, a time-and-address seed still keeps copies apart.
        let id = getrandom::u64().unwrap_or_else(|_| {
            fallback = splitmix(fallback);
            fallback
        });
        if id != 0 && !taken(id) {
            return id;
        }
    }
}

fn fallback_seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let local = 0u8;
    nanos ^ (&raw const local as u64).rotate_left(32)
}

fn splitmix(state: u64) -> u64 {
    let mut z = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// One remark in a claim's thread.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Comment {
    pub id: CommentId,
    pub author: String,
    /// `YYYY-MM-DDTHH:MM:SSZ`.
    pub time: String,
    pub text: String,
    #[serde(skip_serializing_if = "is_false")]
    pub resolved: bool,
}

/// What happened to a claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Event {
    Created,
    /// The verdict was set to this (`None`: cleared). In a conclusion-only
    /// project, `Verdict(None)` marks a change of the written conclusion.
    Verdict(Option<VerdictId>),
    Status(ClaimStatus),
    Approved,
    /// Sent back to In progress with a comment (the comment is in the thread).
    Returned,
    /// The span moved or changed (a replaced article, or a new selection).
    SpanMoved,
    /// The verdict or rationale changed after publication; the note is in
    /// the project's corrections log.
    Correction,
    /// Format 6 on: the evidence and the words a sign-off covers, and the
    /// thread, so the Activity list shows what changed after an approval.
    SourceLinked(SourceId),
    SourceUnlinked(SourceId),
    StanceSet(SourceId, Stance),
    ExcerptChanged(SourceId),
    RationaleChanged,
    ReviewedChanged,
    Commented(CommentId),
    CommentResolved(CommentId),
    CommentReopened(CommentId),
    /// An approval no longer holds: what it covered changed (the entry
    /// before says what). The claim is Ready for review again.
    ApprovalWithdrawn,
    /// In the project's own activity: the user's name in the window changed.
    NameChanged {
        from: String,
        to: String,
    },
    /// In the project's own activity: publication recorded on this day.
    PublicationRecorded(String),
}

impl Event {
    pub fn label(&self) -> &'static str {
        match self {
            Self::Created => "created",
            Self::Verdict(_) => "verdict",
            Self::Status(_) => "status",
            Self::Approved => "approved",
            Self::Returned => "returned",
            Self::SpanMoved => "span moved",
            Self::Correction => "correction",
            Self::SourceLinked(_) => "source linked",
            Self::SourceUnlinked(_) => "source unlinked",
            Self::StanceSet(..) => "stance",
            Self::ExcerptChanged(_) => "excerpt",
            Self::RationaleChanged => "rationale",
            Self::ReviewedChanged => "claim as reviewed",
            Self::Commented(_) => "comment",
            Self::CommentResolved(_) => "comment resolved",
            Self::CommentReopened(_) => "comment reopened",
            Self::ApprovalWithdrawn => "approval withdrawn",
            Self::NameChanged { .. } => "name changed",
            Self::PublicationRecorded(_) => "publication recorded",
        }
    }
}

/// One line of a claim's history: who did what, when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    /// The user's name as set in the window; empty when none was given.
    #[serde(default)]
    pub who: String,
    /// `YYYY-MM-DDTHH:MM:SSZ`.
    #[serde(default)]
    pub when: String,
    pub event: Event,
}

/// An entry of the corrections log (IFCN principle 5): a published claim's
/// verdict or rationale changed, and why.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Correction {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub claim: ClaimId,
    pub who: String,
    /// What changed, in words written when it changed ("Verdict: False → Mostly false").
    pub change: String,
    pub note: String,
}

pub(crate) fn is_false(b: &bool) -> bool {
    !*b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_ids_avoid_zero_and_taken_values() {
        let a = random_id(|_| false);
        let b = random_id(|id| id == a);
        assert_ne!(a, 0);
        assert_ne!(a, b);
    }

    #[test]
    fn the_fallback_generator_spreads_values() {
        let s = fallback_seed();
        assert_ne!(splitmix(s), splitmix(splitmix(s)));
    }
}
