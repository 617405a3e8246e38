//! Annotations anchored in the project's article and made into claims: one
//! named batch of insertions (one undo step), and a report of what was
//! anchored where it said, moved, orphaned, already there or left out.

use std::collections::HashSet;

use super::{Incoming, Parsed, Position, Rating, SourceFormat};
use crate::edit::{Action, Actor};
use crate::i18n::{Message, Value};
use crate::model::{
    Activity, AnchorOutcome, Claim, ClaimId, Event, Project, RatingScale, ScaleKind, Span,
    TextAnchorer, VerdictId,
};
use crate::progress::Progress;

/// The undo label of an import (a message of `history.ftl`).
pub const UNDO_LABEL: &str = "history-import-annotations";

/// What importing would do: `action` is `None` when nothing is new.
#[derive(Clone, Debug)]
pub struct ImportPlan {
    pub action: Option<Action>,
    pub report: ImportReport,
}

/// An annotation worth a line in the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    /// Found with other wording, or not found.
    pub outcome: ListedOutcome,
    pub quote: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListedOutcome {
    WordingDiffers,
    Orphaned,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportReport {
    pub format: SourceFormat,
    /// Found where the annotation said (or, without a position, found).
    pub anchored: usize,
    /// Found elsewhere than the annotation said, or with other wording.
    pub moved: usize,
    /// Not found: imported as orphans with their quote.
    pub orphaned: usize,
    /// The same span and claim as a claim the project has: not imported again.
    pub already_present: usize,
    /// Orphans and changed wording, in file order.
    pub listed: Vec<Listed>,
    /// Entries of the file that are not claims, and why.
    pub skipped: Vec<Message>,
    /// Verdicts the project's scale has no match for (the claims stay unrated).
    pub unknown_verdicts: Vec<String>,
}

impl ImportReport {
    pub fn empty(format: SourceFormat) -> Self {
        Self {
            format,
            anchored: 0,
            moved: 0,
            orphaned: 0,
            already_present: 0,
            listed: Vec::new(),
            skipped: Vec::new(),
            unknown_verdicts: Vec::new(),
        }
    }

    pub fn imported(&self) -> usize {
        self.anchored + self.moved + self.orphaned
    }

    /// "Imported 12 claims (Hypothesis export): 9 anchored, 2 moved, 1
    /// orphaned", in English.
    pub fn summary(&self) -> String {
        self.summary_message().to_string()
    }

    /// [`Self::summary`] as a message (`annotations.ftl`) for the window.
    pub fn summary_message(&self) -> Message {
        let mut parts: Vec<Value> = vec![
            Message::new("annotations-anchored")
                .arg("count", self.anchored)
                .into(),
            Message::new("annotations-moved")
                .arg("count", self.moved)
                .into(),
            Message::new("annotations-orphaned")
                .arg("count", self.orphaned)
                .into(),
        ];
        if self.already_present > 0 {
            parts.push(
                Message::new("annotations-already-present")
                    .arg("count", self.already_present)
                    .into(),
            );
        }
        if !self.skipped.is_empty() {
            parts.push(
                Message::new("annotations-skipped")
                    .arg("count", self.skipped.len())
                    .into(),
            );
        }
        Message::new("annotations-imported")
            .arg("count", self.imported())
            .arg("format", self.format.name())
            .arg("outcomes", Value::Comma(parts))
    }

    /// One line per orphan, changed wording, skipped entry and unknown
    /// verdict, in English.
    pub fn details(&self) -> Vec<String> {
        self.detail_messages()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// [`Self::details`] as messages for the window.
    pub fn detail_messages(&self) -> Vec<Message> {
        let mut lines: Vec<Message> = self
            .listed
            .iter()
            .map(|l| {
                let id = match l.outcome {
                    ListedOutcome::WordingDiffers => "annotations-wording-differs",
                    ListedOutcome::Orphaned => "annotations-not-found",
                };
                Message::new(id).arg("quote", short(&l.quote))
            })
            .collect();
        lines.extend(
            self.skipped
                .iter()
                .map(|s| Message::new("annotations-skipped-entry").arg("why", s.clone())),
        );
        lines.extend(
            self.unknown_verdicts
                .iter()
                .map(|v| Message::new("annotations-unknown-verdict").arg("verdict", v.as_str())),
        );
        lines
    }
}

fn short(quote: &str) -> String {
    const MAX: usize = 80;
    let quote = quote.trim();
    match quote.char_indices().nth(MAX) {
        Some((b, _)) => format!("{}…", &quote[..b]),
        None => quote.to_owned(),
    }
}

/// The claim text a duplicate is recognised by: the restatement, else the quote.
fn claim_text(reviewed: &str, quote: &str) -> String {
    let r = reviewed.trim();
    if r.is_empty() { quote.trim() } else { r }.to_owned()
}

fn key(claim: &Claim) -> (usize, usize, String) {
    (
        claim.span.start,
        claim.span.end,
        claim_text(&claim.reviewed, &claim.span.quote),
    )
}

/// Anchors `parsed`'s annotations in `project`'s article and makes the claims.
pub fn plan(project: &Project, parsed: Parsed, actor: &Actor) -> ImportPlan {
    let progress = Progress::new();
    let format = parsed.format;
    // Never cancelled, so never `None`; an empty plan all the same.
    plan_with_progress(project, parsed, actor, &progress).unwrap_or_else(|| ImportPlan {
        action: None,
        report: ImportReport::empty(format),
    })
}

/// [`plan`], counting annotations into `progress` (its total is the number
/// of annotations); `None` when it was cancelled before it finished.
pub fn plan_with_progress(
    project: &Project,
    parsed: Parsed,
    actor: &Actor,
    progress: &Progress,
) -> Option<ImportPlan> {
    progress.set_total(parsed.items.len());
    let text = &project.article.text;
    let anchorer = TextAnchorer::new(text);
    let mut report = ImportReport {
        skipped: parsed.skipped,
        ..ImportReport::empty(parsed.format)
    };
    let mut seen: HashSet<(usize, usize, String)> = project.claims.iter().map(key).collect();
    let mut ids: HashSet<ClaimId> = HashSet::new();
    // Where the claims are as the batch inserts them, to keep them in span order.
    let mut order: Vec<(usize, usize)> = project
        .claims
        .iter()
        .map(|c| (c.span.start, c.span.end))
        .collect();
    let mut inserts = Vec::new();
    for incoming in parsed.items {
        if progress.is_cancelled() {
            return None;
        }
        progress.step();
        let start = match incoming.position {
            Position::Unknown => None,
            Position::Chars(c) => Some(c),
            // Past the text, or inside a character: a hint that does not hold.
            Position::Utf16(u) => Some(anchorer.char_of_utf16(u).unwrap_or(usize::MAX)),
        };
        let outcome = anchorer.anchor(&incoming.selector(start));
        let quote_chars = incoming.quote.chars().count();
        let (span, orphaned) = match &outcome {
            AnchorOutcome::Kept => {
                let at = start.unwrap_or(0);
                (
                    Span {
                        start: at,
                        end: at + quote_chars,
                        quote: incoming.quote.clone(),
                    },
                    false,
                )
            }
            AnchorOutcome::Moved { span } | AnchorOutcome::Changed { span, .. } => {
                (span.clone(), false)
            }
            AnchorOutcome::Orphan => {
                let at = start.unwrap_or(0).min(anchorer.len());
                (
                    Span {
                        start: at,
                        end: at + quote_chars,
                        quote: incoming.quote.clone(),
                    },
                    true,
                )
            }
        };
        let claim = make_claim(project, &incoming, span, orphaned, actor, &mut ids);
        if !seen.insert(key(&claim)) {
            report.already_present += 1;
            continue;
        }
        match &outcome {
            AnchorOutcome::Kept => report.anchored += 1,
            AnchorOutcome::Moved { .. } if start.is_none() => report.anchored += 1,
            AnchorOutcome::Moved { .. } => report.moved += 1,
            AnchorOutcome::Changed { .. } => {
                report.moved += 1;
                report.listed.push(Listed {
                    outcome: ListedOutcome::WordingDiffers,
                    quote: incoming.quote.clone(),
                });
            }
            AnchorOutcome::Orphan => {
                report.orphaned += 1;
                report.listed.push(Listed {
                    outcome: ListedOutcome::Orphaned,
                    quote: incoming.quote.clone(),
                });
            }
        }
        if let Some(rating) = &incoming.rating
            && project.scale.kind == ScaleKind::Ratings
            && claim.verdict.is_none()
            && !rating.label.is_empty()
            && !report.unknown_verdicts.contains(&rating.label)
        {
            report.unknown_verdicts.push(rating.label.clone());
        }
        let at = (claim.span.start, claim.span.end);
        let index = order.partition_point(|&s| s <= at);
        order.insert(index, at);
        inserts.push(Action::InsertClaim { index, claim });
    }
    let action = (!inserts.is_empty()).then(|| Action::Named {
        label: crate::i18n::Message::new(UNDO_LABEL),
        action: Box::new(Action::Batch(inserts)),
    });
    Some(ImportPlan { action, report })
}

fn make_claim(
    project: &Project,
    incoming: &Incoming,
    span: Span,
    orphaned: bool,
    actor: &Actor,
    ids: &mut HashSet<ClaimId>,
) -> Claim {
    let id = loop {
        let id = project.next_claim_id();
        if ids.insert(id) {
            break id;
        }
    };
    let location = (!orphaned).then(|| project.article.location(span.start, span.end));
    let mut claim = Claim::new(id, span);
    if !incoming.reviewed.trim().is_empty() {
        claim.reviewed = incoming.reviewed.trim().to_owned();
    }
    claim.orphaned = orphaned;
    claim.rationale = incoming.rationale.clone();
    claim.tags = incoming.tags.clone();
    claim.claimant = incoming.claimant.clone();
    if claim.claimant.is_empty()
        && let Some(speaker) = location.and_then(|l| l.speaker)
    {
        claim.claimant = speaker;
    }
    claim.claim_date = if incoming.claim_date.is_empty() {
        project.article.meta.date_published.clone()
    } else {
        incoming.claim_date.clone()
    };
    if let Some(rating) = &incoming.rating {
        match project.scale.kind {
            ScaleKind::Ratings => claim.verdict = verdict_for(&project.scale, rating),
            ScaleKind::ConclusionOnly => claim.conclusion = rating.label.clone(),
        }
    }
    claim.activity.push(Activity {
        who: actor.name.clone(),
        when: actor.time.clone(),
        event: Event::Created,
    });
    claim
}

/// The project's verdict for a rating: by label (ignoring case), else by
/// value. A ClaimReview's values may be shifted to start at 1 (as our
/// exporter does for scales with 0 or negative values): when its worst and
/// best say so, the shift is undone.
pub(crate) fn verdict_for(scale: &RatingScale, rating: &Rating) -> Option<VerdictId> {
    let label = rating.label.trim();
    if !label.is_empty()
        && let Some(v) = scale
            .verdicts
            .iter()
            .find(|v| v.label.trim().to_lowercase() == label.to_lowercase())
    {
        return Some(v.id);
    }
    let value = rating.value.filter(|v| v.fract() == 0.0 && v.abs() < 1e9)? as i64;
    let values = scale.verdicts.iter().filter_map(|v| v.value.map(i64::from));
    let (min, max) = values.fold((i64::MAX, i64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let shift = if min >= 1 || min > max { 0 } else { 1 - min };
    let as_f64 = |v: i64| Some(v as f64);
    let shifted =
        shift != 0 && rating.worst == as_f64(min + shift) && rating.best == as_f64(max + shift);
    let wanted = if shifted { value - shift } else { value };
    scale
        .verdicts
        .iter()
        .find(|v| v.value.map(i64::from) == Some(wanted))
        .map(|v| v.id)
}
