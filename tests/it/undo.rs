//! Every kind of change can be undone and redone, with the label the Edit menu shows.

use std::path::PathBuf;

use super::common::shipped_sample as sample;
use super::random_actions::{Choices, action, step};
use claimdesk::edit::{Action, Document};
use claimdesk::model::{
    Claim, ClaimId, ClaimStatus, Event, Reliability, ScalePreset, Source, SourceId, SourceLink,
    Span, Stance, VerdictId,
};
use proptest::prelude::*;

fn doc() -> Document {
    Document::opened(sample(), PathBuf::from("sample.ron"))
}

/// Applies `action`, checks the label, undoes and redoes it, and returns the document.
fn round(mut d: Document, action: Action, label: &str) -> Document {
    let before = d.project().clone();
    let was_dirty = d.is_dirty();
    d.apply(action).unwrap();
    let after = d.project().clone();
    assert_ne!(before, after, "the action changed nothing");
    assert_eq!(super::common::undo_name(&d).as_deref(), Some(label));
    assert!(d.is_dirty());
    assert!(d.undo().unwrap());
    assert_eq!(d.project(), &before);
    assert_eq!(
        d.redo_label().map(ToString::to_string).as_deref(),
        Some(label)
    );
    assert_eq!(d.is_dirty(), was_dirty, "undone back to the state before");
    assert!(d.redo().unwrap());
    assert_eq!(d.project(), &after);
    assert_eq!(super::common::undo_name(&d).as_deref(), Some(label));
    assert_eq!(d.redo_label().map(ToString::to_string).as_deref(), None);
    d
}

fn claim(d: &Document, id: u64) -> Claim {
    d.project().claim(ClaimId(id)).unwrap().clone()
}

#[test]
fn add_claim() {
    let d = doc();
    let id = d.project().next_claim_id();
    let text = &d.project().article.text;
    let quote: String = text.chars().take(3).collect();
    let c = Claim::new(
        id,
        Span {
            start: 0,
            end: 3,
            quote,
        },
    );
    let d = round(d, Action::InsertClaim { index: 0, claim: c }, "add claim");
    assert_eq!(d.project().claims[0].id, id);
}

#[test]
fn delete_claim_restores_it_in_place() {
    let d = doc();
    let d = round(d, Action::RemoveClaim(ClaimId(5)), "delete claim");
    assert!(d.project().claim(ClaimId(5)).is_none());
}

#[test]
fn set_verdict() {
    let d = doc();
    let mut c = claim(&d, 2);
    assert_eq!(c.verdict, None);
    c.verdict = Some(VerdictId(3));
    round(d, Action::UpdateClaim(c), "set verdict");
}

#[test]
fn set_status() {
    let d = doc();
    let mut c = claim(&d, 2);
    c.status = ClaimStatus::ReadyForReview;
    round(d, Action::UpdateClaim(c), "set status");
}

#[test]
fn typing_a_rationale_is_one_step_until_sealed() {
    let mut d = doc();
    let original = claim(&d, 1);
    let mut c = original.clone();
    for word in [" One", " two", " three"] {
        c.rationale.push_str(word);
        d.apply(Action::UpdateClaim(c.clone())).unwrap();
    }
    assert_eq!(
        super::common::undo_name(&d).as_deref(),
        Some("edit rationale")
    );
    let typed = claim(&d, 1);
    assert!(typed.rationale.ends_with(" One two three"));

    // Another field of the same claim starts a new step.
    c.claimant = "Someone else".into();
    d.apply(Action::UpdateClaim(c.clone())).unwrap();
    assert_eq!(
        super::common::undo_name(&d).as_deref(),
        Some("edit claimant")
    );
    // Back to the rationale: new step again.
    c.rationale.push_str(" four");
    d.apply(Action::UpdateClaim(c.clone())).unwrap();
    // After seal() the same field starts a new step too.
    d.seal();
    c.rationale.push_str(" five");
    d.apply(Action::UpdateClaim(c.clone())).unwrap();

    assert!(d.undo().unwrap()); // " five"
    assert!(claim(&d, 1).rationale.ends_with(" four"));
    assert!(d.undo().unwrap()); // " four"
    assert_eq!(claim(&d, 1).claimant, "Someone else");
    assert!(d.undo().unwrap()); // claimant
    assert_eq!(claim(&d, 1), typed);
    assert_eq!(
        super::common::undo_name(&d).as_deref(),
        Some("edit rationale")
    );
    assert!(d.undo().unwrap()); // the three words at once
    assert_eq!(claim(&d, 1), original);
    assert!(!d.undo().unwrap(), "nothing left to undo");
    assert!(!d.is_dirty());

    for _ in 0..4 {
        assert!(d.redo().unwrap());
    }
    // The claim as typed, with the activity entries the edits added.
    let redone = claim(&d, 1);
    assert_eq!(
        Claim {
            activity: c.activity.clone(),
            ..redone.clone()
        },
        c
    );
    assert!(
        redone
            .activity
            .iter()
            .any(|a| a.event == Event::RationaleChanged)
    );
    assert!(!d.redo().unwrap());
}

#[test]
fn the_same_field_of_another_claim_is_a_new_step() {
    let mut d = doc();
    let mut a = claim(&d, 1);
    let mut b = claim(&d, 2);
    a.rationale.push('!');
    b.rationale.push('!');
    d.apply(Action::UpdateClaim(a)).unwrap();
    d.apply(Action::UpdateClaim(b)).unwrap();
    assert!(d.undo().unwrap());
    assert!(claim(&d, 1).rationale.ends_with('!'));
    assert!(!claim(&d, 2).rationale.ends_with('!'));
}

#[test]
fn link_and_unlink_a_source() {
    let d = doc();
    let mut c = claim(&d, 7);
    c.sources.push(SourceLink {
        source: SourceId(2),
        stance: Stance::Context,
        excerpt: "background".into(),
        anchor: None,
    });
    let d = round(d, Action::UpdateClaim(c), "edit sources");
    let mut c = claim(&d, 7);
    c.sources.retain(|l| l.source != SourceId(2));
    round(d, Action::UpdateClaim(c), "edit sources");
}

#[test]
fn add_edit_and_delete_a_source() {
    let d = doc();
    let id = d.project().next_source_id();
    let source = Source {
        id,
        title: "A new source".into(),
        url: "https://example.org/".into(),
        reliability: Reliability::Mixed,
        ..Source::default()
    };
    let d = round(d, Action::InsertSource { index: 1, source }, "add source");
    assert_eq!(d.project().sources[1].id, id);

    let mut s = d.project().source(id).unwrap().clone();
    s.title = "A renamed source".into();
    let d = round(d, Action::UpdateSource(s.clone()), "edit title");
    s.reliability = Reliability::Credible;
    round(d, Action::UpdateSource(s), "set reliability");
}

#[test]
fn deleting_a_cited_source_restores_its_links_on_undo() {
    let mut d = doc();
    // Source 1 (Sanae Takaichi) is cited by claims 3 and 4.
    let citing: Vec<ClaimId> = d
        .project()
        .claims_citing(SourceId(1))
        .map(|c| c.id)
        .collect();
    assert_eq!(citing, [ClaimId(3), ClaimId(4)]);
    let before = d.project().clone();
    let action = Action::delete_source(d.project(), SourceId(1));
    d.apply(action).unwrap();
    assert_eq!(
        super::common::undo_name(&d).as_deref(),
        Some("delete source")
    );
    assert!(d.project().source(SourceId(1)).is_none());
    assert_eq!(d.project().claims_citing(SourceId(1)).count(), 0);
    assert!(claimdesk::model::validate(d.project()).is_empty());
    assert!(d.undo().unwrap());
    assert_eq!(d.project(), &before);
    assert_eq!(
        d.redo_label().map(ToString::to_string).as_deref(),
        Some("delete source")
    );
    assert!(d.redo().unwrap());
    assert!(d.project().source(SourceId(1)).is_none());
    assert!(claimdesk::model::validate(d.project()).is_empty());
}

#[test]
fn article_metadata() {
    let d = doc();
    let mut meta = d.project().article.meta.clone();
    meta.outlet = "Some outlet".into();
    let d = round(d, Action::SetMeta(meta.clone()), "edit outlet");
    meta.author = "Someone".into();
    meta.url = "https://example.org/a".into();
    round(d, Action::SetMeta(meta), "edit article details");
}

#[test]
fn project_title_and_settings() {
    let d = doc();
    let d = round(
        d,
        Action::SetTitle("New title".into()),
        "edit project title",
    );
    let mut settings = d.project().settings.clone();
    settings.reviewer = "A. Reviewer".into();
    let d = round(d, Action::SetSettings(settings), "edit reviewer");
    let mut settings = d.project().settings.clone();
    settings.report_language = Some("es".into());
    round(d, Action::SetSettings(settings), "set report language");
}

#[test]
fn dismissed_suggestions() {
    let d = doc();
    let d = round(
        d,
        Action::SetDismissedSuggestions(vec!["We spent $5 billion.".into()]),
        "dismiss suggestion",
    );
    round(
        d,
        Action::SetDismissedSuggestions(Vec::new()),
        "restore suggestions",
    );
}

#[test]
fn scale_change_clears_verdicts_and_undo_restores_them() {
    let mut d = doc();
    let before = d.project().clone();
    let rated = before.claims.iter().filter(|c| c.verdict.is_some()).count();
    assert_eq!(rated, 10);
    let action = Action::set_scale(d.project(), ScalePreset::ConclusionOnly.scale());
    d.apply(action).unwrap();
    assert_eq!(
        super::common::undo_name(&d).as_deref(),
        Some("edit rating scale")
    );
    assert!(d.project().claims.iter().all(|c| c.verdict.is_none()));
    assert!(claimdesk::model::validate(d.project()).is_empty());
    assert!(d.undo().unwrap());
    assert_eq!(d.project(), &before);
    assert!(d.redo().unwrap());
    assert!(d.project().claims.iter().all(|c| c.verdict.is_none()));

    // A scale that keeps some ids keeps those verdicts.
    let mut d = doc();
    let mut short = ScalePreset::Short.scale(); // ids 1..=4
    short.name = "Short".into();
    let action = Action::set_scale(d.project(), short);
    d.apply(action).unwrap();
    let kept = d
        .project()
        .claims
        .iter()
        .filter(|c| c.verdict.is_some())
        .count();
    assert_eq!(kept, 10, "the sample uses verdicts 1, 2 and 4 only");
    assert!(d.undo().unwrap());
    assert_eq!(d.project(), &before);
}

#[test]
fn failed_action_changes_nothing() {
    let mut d = doc();
    let before = d.project().clone();
    let err = d
        .apply(Action::Batch(vec![
            Action::SetTitle("changed".into()),
            Action::RemoveClaim(ClaimId(999)),
        ]))
        .unwrap_err();
    assert_eq!(err.to_string(), "claim 999 no longer exists");
    assert_eq!(d.project(), &before);
    assert_eq!(super::common::undo_name(&d).as_deref(), None);
    assert!(!d.is_dirty());
    let c = claim(&d, 1);
    let err = d
        .apply(Action::InsertClaim { index: 0, claim: c })
        .unwrap_err();
    assert_eq!(err.to_string(), "a claim with id 1 already exists");
}

#[test]
fn dirty_mark_follows_the_saved_state() {
    assert!(
        !Document::new_unsaved(sample()).is_dirty(),
        "nothing typed yet, nothing to lose"
    );
    let mut d = Document::recovered(sample(), None);
    assert!(
        d.is_dirty(),
        "imported or recovered work is not saved anywhere"
    );
    d.mark_saved(PathBuf::from("x.ron"));
    assert!(!d.is_dirty());

    let mut c = claim(&d, 1);
    c.rationale.push('a');
    d.apply(Action::UpdateClaim(c.clone())).unwrap();
    assert!(d.is_dirty());
    d.mark_saved(PathBuf::from("x.ron"));
    assert!(!d.is_dirty());
    // Typing on after a save is a new step, so undo returns to the saved text.
    c.rationale.push('b');
    d.apply(Action::UpdateClaim(c.clone())).unwrap();
    assert!(d.is_dirty());
    assert!(d.undo().unwrap());
    assert!(!d.is_dirty(), "undone back to the saved state");
    assert!(claim(&d, 1).rationale.ends_with('a'));
    assert!(d.undo().unwrap());
    assert!(d.is_dirty(), "undone past the saved state");
    assert!(d.redo().unwrap());
    assert!(!d.is_dirty());
    assert!(d.redo().unwrap());
    assert!(d.is_dirty());
    assert!(d.undo().unwrap());
    // A new edit from the saved state, then undone: clean again.
    d.apply(Action::SetTitle("other".into())).unwrap();
    assert!(d.is_dirty());
    assert!(d.undo().unwrap());
    assert!(!d.is_dirty());
}

#[test]
fn dirty_after_the_oldest_steps_fall_off_the_history() {
    let mut d = doc();
    for i in 0..1005 {
        d.apply(Action::SetTitle(format!("title {i}"))).unwrap();
        d.seal();
    }
    while d.undo().unwrap() {}
    // The first edits can no longer be undone: the project is not the file.
    assert_ne!(d.project().title, sample().title);
    assert!(d.is_dirty());
}

// ---- random action sequences ----

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn undo_all_returns_to_start_and_redo_all_to_end(
        steps in proptest::collection::vec(step("\\PC{0,6}"), 0..40)
    ) {
        let start = sample();
        let mut d = Document::opened(start.clone(), PathBuf::from("s.ron"));
        for s in &steps {
            let mut choices = Choices { fresh: None, merge: false };
            if let Some(action) = action(d.project(), s, &mut choices) {
                d.apply(action).unwrap();
                prop_assert!(claimdesk::model::validate(d.project()).is_empty());
            }
            if s.seal {
                d.seal();
            }
        }
        let end = d.project().clone();
        let mut undone = 0;
        while d.undo().unwrap() {
            undone += 1;
        }
        prop_assert_eq!(d.project(), &start);
        prop_assert!(!d.is_dirty());
        let mut redone = 0;
        while d.redo().unwrap() {
            redone += 1;
        }
        prop_assert_eq!(undone, redone);
        prop_assert_eq!(d.project(), &end);
        prop_assert_eq!(d.is_dirty(), undone > 0);
    }
}

#[test]
fn a_stance_and_an_unlink_are_two_steps_and_typing_an_excerpt_is_one() {
    let mut d = doc();
    let id = d.project().claims[0].id;
    let mut c = claim(&d, id.0);
    assert!(
        c.sources.len() >= 2,
        "the sample's first claim cites two sources"
    );
    let original = c.clone();
    // A stance, then an unlink, with nothing in between that seals.
    c.sources[0].stance = Stance::Context;
    d.apply(Action::UpdateClaim(c.clone())).unwrap();
    c.sources.remove(1);
    d.apply(Action::UpdateClaim(c.clone())).unwrap();
    d.undo().unwrap();
    let after_one = claim(&d, id.0);
    assert_eq!(
        after_one.sources.len(),
        original.sources.len(),
        "the unlink is undone"
    );
    assert_eq!(
        after_one.sources[0].stance,
        Stance::Context,
        "the stance stays"
    );
    d.undo().unwrap();
    assert_eq!(claim(&d, id.0).sources, original.sources);

    // Typing an excerpt, keystroke by keystroke, is one step.
    let mut c = claim(&d, id.0);
    for word in ["The", " leaders", " met."] {
        c.sources[0].excerpt.push_str(word);
        d.apply(Action::UpdateClaim(c.clone())).unwrap();
    }
    assert_eq!(
        super::common::undo_name(&d).as_deref(),
        Some("edit excerpt")
    );
    d.undo().unwrap();
    assert_eq!(claim(&d, id.0).sources, original.sources);
}
