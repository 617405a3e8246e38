//! Review and sign-off, driven through `Document` without a window: who may
//! approve, what sends a claim back, comments, corrections, and undo of each.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use claimdesk::edit::review::{self, Corrected};
use claimdesk::edit::{Action, Document, EditError, ReviewError};
use claimdesk::io::{parse_project, project_to_ron};
use claimdesk::model::{
    Claim, ClaimId, ClaimStatus, Event, SourceLink, Span, Stance, VerdictId, WarningKind,
};

/// A clock that moves one second a call, so entries made after a save are
/// later than it (times have one-second resolution).
fn ticking() -> String {
    static SECONDS: AtomicU64 = AtomicU64::new(0);
    let n = SECONDS.fetch_add(1, Ordering::Relaxed);
    format!(
        "2026-11-25T{:02}:{:02}:{:02}Z",
        10 + n / 3600,
        n / 60 % 60,
        n % 60
    )
}

fn sample_doc(user: &str) -> Document {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/projects/takaichi-trump-tokyo.ron"
    ))
    .unwrap();
    let mut d = Document::opened(parse_project(&bytes).unwrap(), PathBuf::from("s.ron"));
    d.set_clock(ticking);
    d.set_user(user);
    d
}

/// A fresh claim over the first words of the article, made by `user`.
fn new_claim(d: &mut Document) -> ClaimId {
    let id = d.project().next_claim_id();
    let quote: String = d.project().article.text.chars().take(5).collect();
    let claim = Claim::new(
        id,
        Span {
            start: 0,
            end: 5,
            quote,
        },
    );
    d.apply(Action::InsertClaim { index: 0, claim }).unwrap();
    id
}

fn claim(d: &Document, id: ClaimId) -> Claim {
    d.project().claim(id).unwrap().clone()
}

fn set_verdict(d: &mut Document, id: ClaimId, verdict: u64) -> Result<(), EditError> {
    let mut c = claim(d, id);
    c.verdict = Some(VerdictId(verdict));
    d.apply(Action::UpdateClaim(c))
}

fn events(d: &Document, id: ClaimId) -> Vec<(String, Event)> {
    claim(d, id)
        .activity
        .into_iter()
        .map(|a| (a.who, a.event))
        .collect()
}

/// Checker sets a verdict and marks it ready; returns the claim.
fn checked_by_ana(d: &mut Document) -> ClaimId {
    d.set_user("Ana");
    let id = new_claim(d);
    set_verdict(d, id, 2).unwrap();
    let a = review::mark_ready(d.project(), id, &d.actor()).unwrap();
    d.apply(a).unwrap();
    id
}

#[test]
fn new_claim_ids_are_random_and_numbers_follow_the_article() {
    let mut d = sample_doc("Ana");
    let before: Vec<_> = d.project().claims.iter().map(|c| c.id).collect();
    let id = new_claim(&mut d);
    // Existing ids are small; a new one is drawn from 2^64 values.
    assert!(before.iter().all(|b| b.0 < 1000));
    assert!(id.0 > 1 << 20, "{id:?} looks sequential");
    // The new claim starts the article, so it is #1 and the rest move down one.
    assert_eq!(d.project().claim_number(id), Some(1));
    let numbers: Vec<_> = d
        .project()
        .claims_in_order()
        .into_iter()
        .map(|(n, c)| (c.id, n))
        .collect();
    assert_eq!(numbers[0], (id, 1));
    assert!(
        numbers
            .iter()
            .all(|&(cid, n)| d.project().claim_number(cid) == Some(n))
    );
}

#[test]
fn activity_records_who_created_and_who_set_the_verdict() {
    let mut d = sample_doc("Ana");
    let id = checked_by_ana(&mut d);
    assert_eq!(
        events(&d, id),
        [
            ("Ana".to_owned(), Event::Created),
            ("Ana".to_owned(), Event::Verdict(Some(VerdictId(2)))),
            ("Ana".to_owned(), Event::Status(ClaimStatus::ReadyForReview)),
        ]
    );
    let when = &claim(&d, id).activity[0].when;
    assert!(when.starts_with("2026-11-25T1"), "{when}");
    assert_eq!(claim(&d, id).verdict_set_by(), Some("Ana"));
}

#[test]
fn trying_out_verdicts_is_one_activity_entry() {
    let mut d = sample_doc("Ana");
    let id = new_claim(&mut d);
    for v in [1, 3, 2] {
        set_verdict(&mut d, id, v).unwrap();
    }
    let verdicts: Vec<_> = events(&d, id)
        .into_iter()
        .filter(|(_, e)| matches!(e, Event::Verdict(_)))
        .collect();
    assert_eq!(
        verdicts,
        [("Ana".to_owned(), Event::Verdict(Some(VerdictId(2))))]
    );
}

#[test]
fn the_checker_cannot_approve_their_own_verdict_and_says_why() {
    let mut d = sample_doc("Ana");
    let id = checked_by_ana(&mut d);
    let err = review::approve(d.project(), id, &d.actor()).unwrap_err();
    assert_eq!(err, ReviewError::OwnVerdict);
    assert!(err.to_string().contains("second person"), "{err}");
    // Case and spaces do not make another person.
    d.set_user("  ana ");
    assert_eq!(
        review::approve(d.project(), id, &d.actor()),
        Err(ReviewError::OwnVerdict)
    );
    // No name, no sign-off.
    d.set_user("");
    let err = review::approve(d.project(), id, &d.actor()).unwrap_err();
    assert_eq!(err, ReviewError::NoName);
    assert!(err.to_string().contains("Your name"), "{err}");
}

#[test]
fn an_editor_approves_and_undo_takes_it_back() {
    let mut d = sample_doc("Ana");
    let id = checked_by_ana(&mut d);
    d.set_user("Ben");
    let before = d.project().clone();
    let a = review::approve(d.project(), id, &d.actor()).unwrap();
    d.apply(a).unwrap();
    assert_eq!(
        super::common::undo_name(&d).as_deref(),
        Some("approve claim")
    );
    let c = claim(&d, id);
    assert_eq!(c.status, ClaimStatus::Approved);
    assert_eq!(c.approval().map(|a| a.who.as_str()), Some("Ben"));
    d.undo().unwrap();
    assert_eq!(d.project(), &before);
    d.redo().unwrap();
    assert_eq!(claim(&d, id).status, ClaimStatus::Approved);
}

#[test]
fn only_a_claim_ready_for_review_with_a_verdict_can_be_approved() {
    let mut d = sample_doc("Ana");
    let id = new_claim(&mut d);
    d.set_user("Ben");
    assert_eq!(
        review::approve(d.project(), id, &d.actor()),
        Err(ReviewError::NotReady(ClaimStatus::New))
    );
    let a = review::mark_ready(d.project(), id, &d.actor()).unwrap();
    d.apply(a).unwrap();
    assert_eq!(
        review::approve(d.project(), id, &d.actor()),
        Err(ReviewError::NoVerdict)
    );
}

#[test]
fn approved_is_not_a_status_one_can_set_by_hand() {
    let mut d = sample_doc("Ana");
    let id = checked_by_ana(&mut d);
    let mut c = claim(&d, id);
    c.status = ClaimStatus::Approved;
    let before = d.project().clone();
    assert_eq!(
        d.apply(Action::UpdateClaim(c)),
        Err(EditError::Review(ReviewError::ApproveBySignOff))
    );
    assert_eq!(d.project(), &before);
}

#[test]
fn changing_an_approved_verdict_or_rationale_sends_it_back_to_review() {
    let mut d = sample_doc("Ana");
    let id = checked_by_ana(&mut d);
    d.set_user("Ben");
    let a = review::approve(d.project(), id, &d.actor()).unwrap();
    d.apply(a).unwrap();

    d.set_user("Ana");
    let mut c = claim(&d, id);
    c.rationale.push_str("More evidence.");
    d.apply(Action::UpdateClaim(c)).unwrap();
    assert_eq!(claim(&d, id).status, ClaimStatus::ReadyForReview);
    assert_eq!(
        events(&d, id).last(),
        Some(&("Ana".to_owned(), Event::Status(ClaimStatus::ReadyForReview)))
    );
    // A tag is not the verdict: an approved claim keeps its sign-off.
    d.set_user("Ben");
    let a = review::approve(d.project(), id, &d.actor()).unwrap();
    d.apply(a).unwrap();
    let mut c = claim(&d, id);
    c.tags.push("economy".into());
    d.apply(Action::UpdateClaim(c)).unwrap();
    assert_eq!(claim(&d, id).status, ClaimStatus::Approved);

    // The reviewer changing the verdict becomes its setter: now Ana may approve.
    set_verdict(&mut d, id, 3).unwrap();
    assert_eq!(claim(&d, id).status, ClaimStatus::ReadyForReview);
    assert_eq!(claim(&d, id).verdict_set_by(), Some("Ben"));
    d.set_user("Ana");
    assert!(review::approve(d.project(), id, &d.actor()).is_ok());
}

#[test]
fn return_with_a_comment_then_resolve_and_reopen() {
    let mut d = sample_doc("Ana");
    let id = checked_by_ana(&mut d);
    d.set_user("Ben");
    assert_eq!(
        review::return_with_comment(d.project(), id, "  ", &d.actor()),
        Err(ReviewError::EmptyComment)
    );
    let a = review::return_with_comment(d.project(), id, "Which statement?", &d.actor()).unwrap();
    d.apply(a).unwrap();
    assert_eq!(
        super::common::undo_name(&d).as_deref(),
        Some("return claim")
    );
    let c = claim(&d, id);
    assert_eq!(c.status, ClaimStatus::InProgress);
    assert_eq!(c.unresolved_comments(), 1);
    assert_eq!(c.comments[0].author, "Ben");
    assert_eq!(c.comments[0].text, "Which statement?");
    assert_eq!(c.activity.last().map(|a| &a.event), Some(&Event::Returned));

    d.set_user("Ana");
    let a = review::add_comment(d.project(), id, "The one of 28 October.", &d.actor()).unwrap();
    d.apply(a).unwrap();
    let first = claim(&d, id).comments[0].id;
    let a = review::set_comment_resolved(d.project(), id, first, true, &d.actor()).unwrap();
    d.apply(a).unwrap();
    assert_eq!(
        super::common::undo_name(&d).as_deref(),
        Some("resolve comment")
    );
    assert_eq!(claim(&d, id).unresolved_comments(), 1);
    let a = review::set_comment_resolved(d.project(), id, first, false, &d.actor()).unwrap();
    d.apply(a).unwrap();
    assert_eq!(claim(&d, id).unresolved_comments(), 2);
    d.undo().unwrap();
    d.undo().unwrap();
    assert_eq!(claim(&d, id).unresolved_comments(), 2);
    assert_eq!(super::common::undo_name(&d).as_deref(), Some("add comment"));
    // Comment ids differ from each other and from claim ids.
    let c = claim(&d, id);
    assert_ne!(c.comments[0].id, c.comments[1].id);
}

/// Ana checks, Ben approves, the desk records publication.
fn published(d: &mut Document) -> ClaimId {
    let id = checked_by_ana(d);
    d.set_user("Ben");
    let a = review::approve(d.project(), id, &d.actor()).unwrap();
    d.apply(a).unwrap();
    let a = review::record_publication(d.project(), "2026-11-25", &d.actor()).unwrap();
    d.apply(a).unwrap();
    assert_eq!(claim(d, id).published_on, "2026-11-25");
    id
}

#[test]
fn a_published_verdict_changes_only_with_a_correction_note() {
    let mut d = sample_doc("Ana");
    let id = published(&mut d);
    // Publishing again stamps nothing new: the sample has no other approved claim.
    assert!(review::record_publication(d.project(), "2026-11-26", &d.actor()).is_none());
    let before = d.project().clone();
    assert_eq!(
        set_verdict(&mut d, id, 3),
        Err(EditError::Review(ReviewError::NeedsCorrectionNote(id)))
    );
    assert_eq!(d.project(), &before);

    let c = claim(&d, id);
    let to = Corrected {
        verdict: Some(VerdictId(3)),
        conclusion: c.conclusion.clone(),
        rationale: c.rationale.clone() + " Revised.",
    };
    assert_eq!(
        review::correct(d.project(), id, to.clone(), " ", &d.actor()),
        Err(ReviewError::EmptyNote)
    );
    d.set_user("Cleo");
    let a = review::correct(
        d.project(),
        id,
        to,
        "A later statement changed the figure.",
        &d.actor(),
    )
    .unwrap();
    d.apply(a).unwrap();
    assert_eq!(
        super::common::undo_name(&d).as_deref(),
        Some("correct claim")
    );
    let c = claim(&d, id);
    assert_eq!(c.verdict, Some(VerdictId(3)));
    assert_eq!(c.status, ClaimStatus::ReadyForReview);
    assert_eq!(c.verdict_set_by(), Some("Cleo"));
    let log = &d.project().corrections;
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].claim, id);
    assert_eq!(log[0].date, "2026-11-25");
    assert_eq!(log[0].who, "Cleo");
    let scale = &d.project().scale;
    let (from, to) = (
        &scale.verdict(VerdictId(2)).unwrap().label,
        &scale.verdict(VerdictId(3)).unwrap().label,
    );
    assert_eq!(
        log[0].change,
        format!("Verdict: {from} → {to}; rationale revised")
    );
    assert_eq!(log[0].note, "A later statement changed the figure.");

    // One undo takes back the change and the log entry together.
    d.undo().unwrap();
    assert_eq!(d.project(), &before);
}

#[test]
fn the_review_trail_survives_save_and_reload() {
    let mut d = sample_doc("Ana");
    let id = published(&mut d);
    d.set_user("Ben");
    let a = review::add_comment(d.project(), id, "Fine.", &d.actor()).unwrap();
    d.apply(a).unwrap();
    let ron = project_to_ron(d.project()).unwrap();
    assert!(ron.contains("event: Approved"), "{ron}");
    assert!(ron.contains("published_on: \"2026-11-25\""));
    let back = parse_project(ron.as_bytes()).unwrap();
    assert_eq!(&back, d.project());
}

#[test]
fn a_replaced_article_records_moved_spans() {
    let mut d = sample_doc("Ana");
    let id = d.project().claims[0].id;
    let text = format!("Breaking. {}", d.project().article.text);
    let article = claimdesk::model::Article::new(d.project().article.meta.clone(), text);
    let (action, _report) = claimdesk::edit::replace_article(d.project(), article, "2026-11-25");
    d.apply(action).unwrap();
    assert_eq!(events(&d, id), [("Ana".to_owned(), Event::SpanMoved)]);
}

#[test]
fn every_review_step_is_one_undo_step() {
    let mut d = sample_doc("Ana");
    let id = checked_by_ana(&mut d);
    d.set_user("Ben");
    let steps: Vec<(&str, Action)> = vec![
        (
            "add comment",
            review::add_comment(d.project(), id, "Why?", &d.actor()).unwrap(),
        ),
        (
            "return claim",
            review::return_with_comment(d.project(), id, "Because.", &d.actor()).unwrap(),
        ),
    ];
    for (label, action) in steps {
        let before = d.project().clone();
        d.apply(action).unwrap();
        assert_eq!(super::common::undo_name(&d).as_deref(), Some(label));
        d.undo().unwrap();
        assert_eq!(d.project(), &before, "{label}");
    }
    // Marking a claim ready twice is refused rather than recorded twice.
    assert_eq!(
        review::mark_ready(d.project(), id, &d.actor()),
        Err(ReviewError::NotReady(ClaimStatus::ReadyForReview))
    );
}

#[test]
fn typing_a_conclusion_is_one_activity_entry() {
    let mut d = sample_doc("Ana");
    let scale = claimdesk::model::ScalePreset::ConclusionOnly.scale();
    d.apply(Action::set_scale(d.project(), scale)).unwrap();
    let id = new_claim(&mut d);
    for text in ["T", "Tr", "Tru", "True."] {
        let mut c = claim(&d, id);
        c.conclusion = text.to_owned();
        d.apply(Action::UpdateClaim(c)).unwrap();
    }
    assert_eq!(
        events(&d, id),
        [
            ("Ana".to_owned(), Event::Created),
            ("Ana".to_owned(), Event::Verdict(None)),
        ]
    );
    // Another person may approve the written conclusion; its writer may not.
    let a = review::mark_ready(d.project(), id, &d.actor()).unwrap();
    d.apply(a).unwrap();
    assert_eq!(
        review::approve(d.project(), id, &d.actor()),
        Err(ReviewError::OwnVerdict)
    );
    d.set_user("Ben");
    assert!(review::approve(d.project(), id, &d.actor()).is_ok());
}

#[test]
fn saved_activity_is_appended_to_never_rewritten() {
    let mut d = sample_doc("Ana");
    let id = new_claim(&mut d);
    set_verdict(&mut d, id, 1).unwrap();
    set_verdict(&mut d, id, 3).unwrap();
    let before_save = claim(&d, id).activity;
    assert_eq!(
        before_save.len(),
        2,
        "created, one verdict entry: {before_save:?}"
    );
    // What is saved may be a merge base in someone else's copy: new changes
    // append, so a three-way merge sees exactly what this side added.
    d.mark_saved(PathBuf::from("s.ron"));
    set_verdict(&mut d, id, 2).unwrap();
    let after = claim(&d, id).activity;
    assert_eq!(after.len(), 3);
    assert_eq!(after[..2], before_save[..]);
    assert_eq!(after[2].event, Event::Verdict(Some(VerdictId(2))));
}

#[test]
fn a_batch_is_recorded_not_refused() {
    // Taking another copy's side of a merge conflict may change a published
    // verdict: the batch is applied as it is, and the change is recorded.
    // What was approved changed, so the approval no longer holds.
    let mut d = sample_doc("Ana");
    let id = published(&mut d);
    let mut c = claim(&d, id);
    c.verdict = Some(VerdictId(5));
    d.apply(Action::Batch(vec![Action::UpdateClaim(c)]))
        .unwrap();
    let c = claim(&d, id);
    assert_eq!(c.verdict, Some(VerdictId(5)));
    assert_eq!(c.status, ClaimStatus::ReadyForReview);
    assert_eq!(c.approved, None);
    assert_eq!(c.published_on, "2026-11-25");
    let events: Vec<&Event> = c.activity.iter().rev().take(3).map(|a| &a.event).collect();
    assert_eq!(
        events,
        [
            &Event::Status(ClaimStatus::ReadyForReview),
            &Event::ApprovalWithdrawn,
            &Event::Verdict(Some(VerdictId(5))),
        ]
    );
}

#[test]
fn approved_comes_only_from_a_sign_off_however_the_update_is_wrapped() {
    let mut d = sample_doc("Ana");
    let other = checked_by_ana(&mut d);
    let before = d.project().clone();
    let mut c = claim(&d, other);
    c.status = ClaimStatus::Approved;
    let named = |action: Action| Action::Named {
        label: claimdesk::i18n::Message::new("history-import-annotations"),
        action: Box::new(action),
    };
    for wrapped in [
        Action::UpdateClaim(c.clone()),
        Action::Batch(vec![Action::UpdateClaim(c.clone())]),
        named(Action::UpdateClaim(c.clone())),
        named(Action::Batch(vec![named(Action::UpdateClaim(c.clone()))])),
    ] {
        assert_eq!(
            d.apply(wrapped),
            Err(EditError::Review(ReviewError::ApproveBySignOff))
        );
        assert_eq!(d.project(), &before, "a refused edit changes nothing");
    }
    // A second person's sign-off goes through.
    d.set_user("Ben");
    let approve = review::approve(d.project(), other, &d.actor()).unwrap();
    d.apply(approve).unwrap();
    assert_eq!(claim(&d, other).status, ClaimStatus::Approved);
}

/// Ana's claim with two sources (publishers differ), approved by Ben.
fn approved_with_sources(d: &mut Document) -> ClaimId {
    let id = checked_by_ana(d);
    let mut c = claim(d, id);
    let sources: Vec<_> = d.project().sources.iter().take(2).map(|s| s.id).collect();
    for (source, stance) in sources.into_iter().zip([Stance::Refutes, Stance::Context]) {
        c.sources.push(SourceLink {
            source,
            stance,
            excerpt: "As the source puts it.".into(),
            anchor: None,
        });
    }
    d.apply(Action::UpdateClaim(c)).unwrap();
    d.set_user("Ben");
    let a = review::approve(d.project(), id, &d.actor()).unwrap();
    d.apply(a).unwrap();
    let c = claim(d, id);
    assert_eq!(c.status, ClaimStatus::Approved);
    let approval = c.approved.clone().unwrap();
    assert_eq!(approval.who, "Ben");
    assert_eq!(approval.digest, c.approved_digest());
    id
}

#[test]
fn an_approval_covers_the_evidence_even_for_the_approver() {
    let mut d = sample_doc("Ana");
    let id = approved_with_sources(&mut d);
    // The approver flips a stance: the claim is no longer what was approved.
    let mut c = claim(&d, id);
    let first = c.sources[0].source;
    c.sources[0].stance = Stance::Supports;
    d.apply(Action::UpdateClaim(c)).unwrap();
    let c = claim(&d, id);
    assert_eq!(c.status, ClaimStatus::ReadyForReview);
    assert_eq!(c.approved, None);
    let last: Vec<(&str, &Event)> = c
        .activity
        .iter()
        .rev()
        .take(3)
        .map(|a| (a.who.as_str(), &a.event))
        .collect();
    assert_eq!(
        last,
        [
            ("Ben", &Event::Status(ClaimStatus::ReadyForReview)),
            ("Ben", &Event::ApprovalWithdrawn),
            ("Ben", &Event::StanceSet(first, Stance::Supports)),
        ]
    );
    // Undo gives the approval back, whole.
    d.undo().unwrap();
    assert!(claim(&d, id).approval_holds());

    // Unlinking a source, or editing an excerpt, the words reviewed or the
    // rationale: each withdraws the approval and is in the activity.
    type Edit = (fn(&mut Claim), fn(&Event) -> bool);
    let edits: [Edit; 4] = [
        (
            |c| drop(c.sources.remove(0)),
            |e| matches!(e, Event::SourceUnlinked(_)),
        ),
        (
            |c| c.sources[1].excerpt.push_str(" More."),
            |e| matches!(e, Event::ExcerptChanged(_)),
        ),
        (
            |c| c.reviewed.push_str(" (restated)"),
            |e| *e == Event::ReviewedChanged,
        ),
        (
            |c| c.rationale.push_str(" One more reason."),
            |e| *e == Event::RationaleChanged,
        ),
    ];
    for (edit, logged) in edits {
        let mut c = claim(&d, id);
        edit(&mut c);
        d.apply(Action::UpdateClaim(c)).unwrap();
        let c = claim(&d, id);
        assert_eq!(c.status, ClaimStatus::ReadyForReview);
        assert!(
            c.activity.iter().rev().take(3).any(|a| logged(&a.event)),
            "{:?}",
            c.activity
        );
        d.undo().unwrap();
        assert!(claim(&d, id).approval_holds());
    }
    // What a sign-off does not cover (tags) leaves it standing.
    let mut c = claim(&d, id);
    c.tags.push("economy".into());
    d.apply(Action::UpdateClaim(c)).unwrap();
    assert!(claim(&d, id).approval_holds());
}

#[test]
fn deleting_a_cited_source_withdraws_the_approval() {
    let mut d = sample_doc("Ana");
    let id = approved_with_sources(&mut d);
    let source = claim(&d, id).sources[0].source;
    let mut c = claim(&d, id);
    c.sources.retain(|l| l.source != source);
    // As the window deletes a source: a batch of the claims' updates and the removal.
    d.apply(Action::Batch(vec![
        Action::UpdateClaim(c),
        Action::RemoveSource(source),
    ]))
    .unwrap();
    assert_eq!(claim(&d, id).status, ClaimStatus::ReadyForReview);
}

#[test]
fn a_file_edited_after_approval_is_reported_by_check() {
    let mut d = sample_doc("Ana");
    let id = approved_with_sources(&mut d);
    let ron = project_to_ron(d.project()).unwrap();
    // A script rewrites an excerpt in the file; the status still says Approved.
    let edited = ron.replacen(
        "As the source puts it.",
        "As the source does not put it.",
        1,
    );
    assert_ne!(edited, ron);
    let project = parse_project(edited.as_bytes()).unwrap();
    let c = project.claim(id).unwrap();
    assert_eq!(c.status, ClaimStatus::Approved);
    assert!(!c.approval_holds());
    let warnings = claimdesk::export::check_report(&project);
    assert!(
        warnings
            .iter()
            .any(|w| w.claim == Some(id) && w.kind == WarningKind::ApprovalStale),
        "{warnings:?}"
    );
    // And the report does not call it approved.
    let md = claimdesk::export::export(&project, claimdesk::export::Format::Markdown).unwrap();
    assert!(
        md.contains("Approved, but changed since the sign-off"),
        "{md}"
    );
    // The untouched file reports no such thing, and names the approver.
    let project = parse_project(ron.as_bytes()).unwrap();
    assert!(
        !claimdesk::export::check_report(&project)
            .iter()
            .any(|w| w.kind == WarningKind::ApprovalStale)
    );
    let md = claimdesk::export::export(&project, claimdesk::export::Format::Markdown).unwrap();
    assert!(
        md.contains("| Status | Approved by Ben on 2026-11-25 |"),
        "{md}"
    );
}

#[test]
fn comments_publication_and_names_are_in_the_activity() {
    let mut d = sample_doc("Ana");
    let id = approved_with_sources(&mut d);
    let a = review::add_comment(d.project(), id, "Is the date right?", &d.actor()).unwrap();
    d.apply(a).unwrap();
    let comment = claim(&d, id).comments.last().unwrap().id;
    assert_eq!(
        claim(&d, id).activity.last().unwrap().event,
        Event::Commented(comment)
    );
    let a = review::set_comment_resolved(d.project(), id, comment, true, &d.actor()).unwrap();
    d.apply(a).unwrap();
    assert_eq!(
        claim(&d, id).activity.last().unwrap().event,
        Event::CommentResolved(comment)
    );
    let a = review::record_publication(d.project(), "2026-11-26", &d.actor()).unwrap();
    d.apply(a).unwrap();
    let last = d.project().activity.last().unwrap().clone();
    assert_eq!(last.who, "Ben");
    assert_eq!(last.event, Event::PublicationRecorded("2026-11-26".into()));
    let a = review::name_changed(d.project(), "Ben", "Ana", "2026-11-26T10:00:00Z").unwrap();
    d.apply(a).unwrap();
    assert_eq!(
        d.project().activity.last().unwrap().event,
        Event::NameChanged {
            from: "Ben".into(),
            to: "Ana".into()
        }
    );
    assert!(review::name_changed(d.project(), "Ana", " Ana ", "t").is_none());
}

#[test]
fn review_steps_say_what_an_editor_would() {
    let mut d = sample_doc("Ana");
    let id = new_claim(&mut d);
    let c = claim(&d, id);
    assert_eq!(
        review::ready_gaps(d.project(), &c),
        ["it has no verdict", "it cites no source"]
    );
    let mut c = claim(&d, id);
    c.verdict = Some(VerdictId(2));
    c.sources.push(SourceLink {
        source: d.project().sources[0].id,
        ..SourceLink::default()
    });
    d.apply(Action::UpdateClaim(c)).unwrap();
    let c = claim(&d, id);
    // A new link has no stance until one is chosen, and the check says so.
    assert_eq!(c.sources[0].stance, Stance::Unset);
    assert_eq!(
        review::ready_gaps(d.project(), &c),
        ["a linked source has no stance chosen"]
    );
    assert!(
        claimdesk::export::check_report(d.project())
            .iter()
            .any(|w| w.claim == Some(id) && matches!(w.kind, WarningKind::NoStance { .. }))
    );
    let a = review::add_comment(d.project(), id, "Which statement?", &d.actor()).unwrap();
    d.apply(a).unwrap();
    assert_eq!(
        review::approval_warnings(d.project(), &claim(&d, id)),
        ["Ana's comment is still open: “Which statement?”"]
    );
}

#[test]
fn a_comment_naming_a_claim_by_number_follows_it_through_renumbering() {
    use claimdesk::model::claim_ref::{Piece, pieces, plain};
    let mut d = sample_doc("Ana");
    let numbered = d.project().claims_in_order();
    let (_, second) = numbered[1];
    let (second_id, second_start) = (second.id, second.span.start);
    let first_id = numbered[0].1.id;
    let a = review::add_comment(
        d.project(),
        first_id,
        "Compare #2; C#2 and #99 and #2b are not claims.",
        &d.actor(),
    )
    .unwrap();
    d.apply(a).unwrap();
    let stored = claim(&d, first_id).comments.last().unwrap().text.clone();
    assert_eq!(
        stored,
        format!(
            "Compare [claim:{}]; C#2 and #99 and #2b are not claims.",
            second_id.0
        )
    );
    assert_eq!(
        plain(d.project(), &stored),
        "Compare #2; C#2 and #99 and #2b are not claims."
    );
    // A claim marked before it in the article: it is #3 now, and the comment says so.
    let id = d.project().next_claim_id();
    let quote: String = d
        .project()
        .article
        .text
        .chars()
        .skip(second_start - 1)
        .take(1)
        .collect();
    let claim_before = Claim::new(
        id,
        Span {
            start: second_start - 1,
            end: second_start,
            quote,
        },
    );
    d.apply(Action::InsertClaim {
        index: 0,
        claim: claim_before,
    })
    .unwrap();
    assert_eq!(d.project().claim_number(second_id), Some(3));
    assert_eq!(
        plain(d.project(), &stored),
        "Compare #3; C#2 and #99 and #2b are not claims."
    );
    assert_eq!(
        pieces(d.project(), &stored)[1],
        Piece::Claim(second_id, Some(3))
    );
    // Deleted: the comment says so instead of pointing elsewhere.
    d.apply(Action::RemoveClaim(second_id)).unwrap();
    assert!(plain(d.project(), &stored).starts_with("Compare #? (deleted claim);"));
}
