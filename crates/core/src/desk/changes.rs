//! What changed between two versions of a project, in words: who approved,
//! returned, commented on or set a verdict on which claims ("Ben approved #3
//! and #7, commented on #5"). A Sync's commit message says what this user
//! did; its summary says what came in from the others. Read from the claims'
//! and the project's activity, which every edit stamps with who and when.
//! The summary is a list of messages (`sync.ftl`) the window words in its
//! language; the commit message and `claimdesk sync` word it in English.

use std::collections::HashMap;
use std::path::Path;

use super::sync::Incoming;
use crate::i18n::{Message, Value};
use crate::model::{Activity, ClaimStatus, Event, Project};

/// One kind of step, as the summary names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Deed {
    Approved,
    Returned,
    ApprovalWithdrawn,
    MarkedReady,
    Verdict,
    Corrected,
    Commented,
    ResolvedComments,
    Evidence,
    Edited,
    Added,
    Status,
    PublicationRecorded,
}

impl Deed {
    fn of(event: &Event) -> Option<Self> {
        Some(match event {
            Event::Approved => Self::Approved,
            Event::Returned => Self::Returned,
            Event::ApprovalWithdrawn => Self::ApprovalWithdrawn,
            Event::Status(ClaimStatus::ReadyForReview) => Self::MarkedReady,
            Event::Status(_) => Self::Status,
            Event::Verdict(_) => Self::Verdict,
            Event::Correction => Self::Corrected,
            Event::Commented(_) => Self::Commented,
            Event::CommentResolved(_) | Event::CommentReopened(_) => Self::ResolvedComments,
            Event::SourceLinked(_)
            | Event::SourceUnlinked(_)
            | Event::StanceSet(..)
            | Event::ExcerptChanged(_) => Self::Evidence,
            Event::RationaleChanged | Event::ReviewedChanged | Event::SpanMoved => Self::Edited,
            Event::Created => Self::Added,
            Event::PublicationRecorded(_) => Self::PublicationRecorded,
            Event::NameChanged { .. } => return None,
        })
    }

    /// What the person did to `claims` ("approved #3 and #7").
    fn phrase(self, claims: Value) -> Message {
        let id = match self {
            Self::Approved => "sync-approved",
            Self::Returned => "sync-returned",
            Self::ApprovalWithdrawn => "sync-approval-withdrawn",
            Self::MarkedReady => "sync-marked-ready",
            Self::Verdict => "sync-verdict",
            Self::Corrected => "sync-corrected",
            Self::Commented => "sync-commented",
            Self::ResolvedComments => "sync-resolved-comments",
            Self::Evidence => "sync-evidence",
            Self::Edited => "sync-edited",
            Self::Added => "sync-added",
            Self::Status => "sync-status",
            Self::PublicationRecorded => return Message::new("sync-publication-recorded"),
        };
        Message::new(id).arg("claims", claims)
    }
}

/// One person's steps in one project: each deed with the claims (by their
/// number in the article) it touched, in the order they first appear.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PersonChanges {
    pub who: String,
    pub deeds: Vec<(Deed, Vec<usize>)>,
}

/// The activity entries `after` has that `before` had not, grouped by
/// person (in order of first appearance) and deed. `before` is `None` for a
/// project new to the desk: everything in it counts.
pub fn changes(before: Option<&Project>, after: &Project) -> Vec<PersonChanges> {
    let numbers: HashMap<_, _> = after
        .claims_in_order()
        .into_iter()
        .map(|(n, c)| (c.id, n))
        .collect();
    let mut found: Vec<(&Activity, Option<usize>)> = Vec::new();
    for claim in &after.claims {
        let old = before
            .and_then(|p| p.claim(claim.id))
            .map_or(&[][..], |c| c.activity.as_slice());
        for entry in new_entries(old, &claim.activity) {
            found.push((entry, numbers.get(&claim.id).copied()));
        }
    }
    let old = before.map_or(&[][..], |p| p.activity.as_slice());
    for entry in new_entries(old, &after.activity) {
        found.push((entry, None));
    }
    // In the order things happened, so a person's first deed comes first.
    found.sort_by(|a, b| a.0.when.cmp(&b.0.when));

    let mut people: Vec<PersonChanges> = Vec::new();
    for (entry, number) in found {
        let Some(deed) = Deed::of(&entry.event) else {
            continue;
        };
        let who = entry.who.trim();
        let i = match people.iter().position(|p| p.who == who) {
            Some(i) => i,
            None => {
                people.push(PersonChanges {
                    who: who.to_owned(),
                    deeds: Vec::new(),
                });
                people.len() - 1
            }
        };
        let deeds = &mut people[i].deeds;
        let j = match deeds.iter().position(|(d, _)| *d == deed) {
            Some(j) => j,
            None => {
                deeds.push((deed, Vec::new()));
                deeds.len() - 1
            }
        };
        if let Some(n) = number.filter(|n| !deeds[j].1.contains(n)) {
            deeds[j].1.push(n);
        }
    }
    for p in &mut people {
        for (_, numbers) in &mut p.deeds {
            numbers.sort_unstable();
        }
    }
    people
}

/// Entries of `new` beyond those of `old`: activity only grows, but a
/// merge may interleave two copies' entries, so each is looked up.
fn new_entries<'a>(old: &[Activity], new: &'a [Activity]) -> impl Iterator<Item = &'a Activity> {
    let shared = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let rest = &old[shared..];
    new[shared..].iter().filter(move |e| !rest.contains(e))
}

/// "#3", "#3 and #7", "#1, #2 and #5"; past eight claims, a count.
fn claim_list(numbers: &[usize]) -> Value {
    if numbers.len() > 8 {
        return Message::new("sync-claims-count")
            .arg("count", numbers.len())
            .into();
    }
    Value::And(
        numbers
            .iter()
            .map(|&n| Message::new("sync-claim").arg("number", n).into())
            .collect(),
    )
}

/// "Ben approved #3 and #7, commented on #5": one person's line.
pub fn person_message(person: &PersonChanges) -> Message {
    let deeds = person
        .deeds
        .iter()
        .map(|(deed, numbers)| deed.phrase(claim_list(numbers)).into())
        .collect();
    let who: Value = if person.who.is_empty() {
        Message::new("sync-someone").into()
    } else {
        person.who.as_str().into()
    };
    Message::new("sync-person")
        .arg("who", who)
        .arg("deeds", Value::Comma(deeds))
}

/// Everyone's lines: "Ben approved #3; Cleo commented on #5".
pub fn people_value(people: &[PersonChanges]) -> Value {
    Value::Sentences(people.iter().map(|p| person_message(p).into()).collect())
}

/// [`person_message`] in English.
pub fn person_sentence(person: &PersonChanges) -> String {
    person_message(person).to_string()
}

/// [`people_value`] in English, as a commit message says it.
pub fn sentence(people: &[PersonChanges]) -> String {
    people_value(people).to_string()
}

/// What came in, one message per project that changed: "Tokyo speech: Ben
/// approved #3 and #7, commented on #5" (its title only when more than one
/// project changed), "new project Tokyo speech".
pub fn incoming_lines(incoming: &[Incoming], titles: &dyn Fn(&Path) -> String) -> Vec<Message> {
    let changed: Vec<&Incoming> = incoming
        .iter()
        .filter(|i| i.new_project || !i.people.is_empty())
        .collect();
    let titled = changed.len() > 1;
    changed
        .into_iter()
        .map(|i| {
            if i.new_project {
                Message::new("sync-new-project").arg("title", titles(&i.path))
            } else if titled {
                Message::new("sync-project-changes")
                    .arg("title", titles(&i.path))
                    .arg("changes", people_value(&i.people))
            } else {
                Message::new("sync-changes").arg("changes", people_value(&i.people))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Claim, ClaimId, CommentId, ScalePreset, Span};

    fn did(who: &str, when: &str, event: Event) -> Activity {
        Activity {
            who: who.into(),
            when: when.into(),
            event,
        }
    }

    fn project(claims: usize) -> Project {
        let mut p = Project::new(
            "P",
            Article::new(Default::default(), "abcdefghijklmnopqrstuvwxyz".into()),
            ScalePreset::Short,
        );
        for i in 0..claims {
            let quote: String = p.article.text.chars().skip(i * 2).take(2).collect();
            p.claims.push(Claim::new(
                ClaimId(10 + i as u64),
                Span {
                    start: i * 2,
                    end: i * 2 + 2,
                    quote,
                },
            ));
        }
        p
    }

    #[test]
    fn a_summary_names_each_person_with_their_claims_by_number() {
        let before = project(8);
        let mut after = before.clone();
        let t = |s: u32| format!("2026-12-07T10:00:{s:02}Z");
        after.claims[2]
            .activity
            .push(did("Ben", &t(1), Event::Approved));
        after.claims[6]
            .activity
            .push(did("Ben", &t(2), Event::Approved));
        after.claims[4]
            .activity
            .push(did("Ben", &t(3), Event::Commented(CommentId(1))));
        after.claims[0]
            .activity
            .push(did("Cleo", &t(4), Event::Verdict(None)));
        let people = changes(Some(&before), &after);
        assert_eq!(
            sentence(&people),
            "Ben approved #3 and #7, commented on #5; Cleo set the verdict on #1"
        );
        assert!(changes(Some(&after), &after).is_empty());
    }

    #[test]
    fn entries_interleaved_by_a_merge_count_once() {
        let mut before = project(1);
        before.claims[0].activity = vec![
            did("Ann", "2026-12-07T09:00:00Z", Event::Created),
            did("Ann", "2026-12-07T09:10:00Z", Event::Verdict(None)),
        ];
        let mut after = before.clone();
        after.claims[0]
            .activity
            .insert(1, did("Ben", "2026-12-07T09:05:00Z", Event::Approved));
        let people = changes(Some(&before), &after);
        assert_eq!(sentence(&people), "Ben approved #1");
    }

    #[test]
    fn many_claims_are_counted() {
        assert_eq!(claim_list(&[1, 2, 3]).to_string(), "#1, #2 and #3");
        assert_eq!(
            claim_list(&(1..=12).collect::<Vec<_>>()).to_string(),
            "12 claims"
        );
    }
}
