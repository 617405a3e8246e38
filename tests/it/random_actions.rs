//! Random edits for the property tests: a `Step` is an action described by
//! numbers, made valid against the project it is applied to. The undo test
//! replays one user's steps through `Document::apply`; the merge test makes
//! two copies' steps and merges them. What differs between them is a choice
//! each passes in (`Choices`), not a second generator.

use claimdesk::edit::Action;
use claimdesk::model::{
    Activity, Approval, Claim, ClaimId, ClaimStatus, Event, Project, ScalePreset, Source, SourceId,
    SourceLink, Span, Stance,
};
use proptest::prelude::*;

#[derive(Debug, Clone)]
pub struct Step {
    kind: u8,
    a: usize,
    b: usize,
    text: String,
    /// End the undo step after this one.
    pub seal: bool,
}

/// Steps whose typed text matches `text` (a proptest regex).
pub fn step(text: &'static str) -> impl Strategy<Value = Step> {
    (0..15u8, any::<usize>(), any::<usize>(), text, any::<bool>()).prop_map(
        |(kind, a, b, text, seal)| Step {
            kind,
            a,
            b,
            text,
            seal,
        },
    )
}

pub struct Choices<'a> {
    /// Where new claim and source ids come from: each copy of a merge counts
    /// from its own start (random ids never collide); `None` takes the
    /// project's next ids, as one copy does.
    pub fresh: Option<&'a mut u64>,
    /// New claims in article order with at least one character, and any
    /// status, Approved too (a merge sees copies as they are); else any index
    /// and any span, empty ones too, and only statuses a user may set
    /// (`Document::apply` refuses Approved without a sign-off).
    pub merge: bool,
}

/// The action `s` stands for in `p`, or `None` when there is nothing to act on.
pub fn action(p: &Project, s: &Step, choices: &mut Choices) -> Option<Action> {
    let claim = || (!p.claims.is_empty()).then(|| p.claims[s.a % p.claims.len()].clone());
    let source = || (!p.sources.is_empty()).then(|| p.sources[s.a % p.sources.len()].clone());
    let fresh = choices.fresh.as_deref_mut().map(|n| {
        *n += 1;
        *n
    });
    Some(match s.kind {
        0 => {
            let n = p.article.text.chars().count();
            let (start, end) = if choices.merge {
                let start = s.a % n;
                (start, (start + 1 + s.b % 30).min(n))
            } else {
                let (x, y) = (s.a % (n + 1), s.b % (n + 1));
                (x.min(y), x.max(y))
            };
            let quote = p
                .article
                .text
                .chars()
                .skip(start)
                .take(end - start)
                .collect();
            let index = if choices.merge {
                p.claims
                    .partition_point(|c| (c.span.start, c.span.end) <= (start, end))
            } else {
                s.b
            };
            let id = fresh.map_or_else(|| p.next_claim_id(), ClaimId);
            Action::InsertClaim {
                index,
                claim: Claim::new(id, Span { start, end, quote }),
            }
        }
        1 => Action::RemoveClaim(claim()?.id),
        2 => {
            let mut c = claim()?;
            c.verdict = match s.b % (p.scale.verdicts.len() + 1) {
                0 => None,
                i => Some(p.scale.verdicts[i - 1].id),
            };
            Action::UpdateClaim(c)
        }
        3 => {
            let mut c = claim()?;
            c.rationale.push_str(&s.text);
            Action::UpdateClaim(c)
        }
        4 => {
            let mut c = claim()?;
            let src = source()?;
            if c.sources.iter().any(|l| l.source == src.id) {
                c.sources.retain(|l| l.source != src.id);
            } else {
                c.sources.push(SourceLink {
                    source: src.id,
                    stance: Stance::ALL[s.b % 3],
                    excerpt: s.text.clone(),
                    anchor: None,
                });
            }
            Action::UpdateClaim(c)
        }
        5 => Action::InsertSource {
            index: if choices.merge {
                s.b % (p.sources.len() + 1)
            } else {
                s.b
            },
            source: Source {
                id: fresh.map_or_else(|| p.next_source_id(), SourceId),
                title: s.text.clone(),
                ..Source::default()
            },
        },
        6 => {
            let mut src = source()?;
            src.notes.push_str(&s.text);
            Action::UpdateSource(src)
        }
        7 => Action::delete_source(p, source()?.id),
        8 => {
            let mut meta = p.article.meta.clone();
            meta.outlet.push_str(&s.text);
            Action::SetMeta(meta)
        }
        9 => {
            let mut settings = p.settings.clone();
            if s.b.is_multiple_of(3) {
                // The report language: one of the codes, or back to the window's.
                settings.report_language = ["en", "es", "ar"]
                    .get(s.b / 3 % 4)
                    .map(|code| (*code).to_owned());
            } else {
                settings.organisation.push_str(&s.text);
            }
            Action::SetSettings(settings)
        }
        10 => Action::set_scale(p, ScalePreset::ALL[s.b % ScalePreset::ALL.len()].scale()),
        11 => Action::SetTitle(format!("{}{}", p.title, s.text)),
        12 => {
            let mut list = p.dismissed_suggestions.clone();
            list.push(s.text.clone());
            Action::SetDismissedSuggestions(list)
        }
        // A sign-off as `review::approve` makes it (merge only: the undo
        // test's copies go through `Document::apply`, which builds its own).
        14 if choices.merge => {
            let mut c = claim()?;
            c.status = ClaimStatus::Approved;
            let signed = |who: &str| (who.to_owned(), format!("2026-11-25T10:00:{:02}Z", s.b % 60));
            let (who, when) = signed(&s.text);
            c.activity.push(Activity {
                who: who.clone(),
                when: when.clone(),
                event: Event::Approved,
            });
            c.approved = Some(Approval {
                who,
                when,
                digest: c.approved_digest(),
            });
            Action::UpdateClaim(c)
        }
        _ => {
            let mut c = claim()?;
            c.tags.push(s.text.clone());
            let statuses = if choices.merge {
                &ClaimStatus::ALL[..]
            } else {
                &ClaimStatus::SETTABLE[..]
            };
            c.status = statuses[s.b % statuses.len()];
            Action::UpdateClaim(c)
        }
    })
}
