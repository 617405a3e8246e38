//! The three-way merge, rule by rule, on the sample project: one-sided and
//! identical changes, conflicts, additions and deletions by id, dangling
//! references, text merged by line, a replaced article, and resolving.

use super::common::shipped_sample as sample;
use claimdesk::edit::{Action, Document, Resolution, replace_article, resolve_conflict};
use claimdesk::merge::merge;
use claimdesk::model::{
    Activity, Approval, Article, Claim, ClaimId, ClaimStatus, ConflictValue, Event, Project,
    Source, SourceLink, Span, Stance, validate,
};

const TODAY: &str = "2026-11-25";

/// `base` changed by `actions`.
fn edited(base: &Project, actions: impl IntoIterator<Item = Action>) -> Project {
    let mut p = base.clone();
    for a in actions {
        a.apply(&mut p).unwrap();
    }
    p
}

fn claim_at(p: &Project, i: usize) -> Claim {
    p.claims[i].clone()
}

fn update(p: &Project, i: usize, f: impl FnOnce(&mut Claim)) -> Action {
    let mut c = claim_at(p, i);
    f(&mut c);
    Action::UpdateClaim(c)
}

/// A claim over `quote` (its first occurrence) with this id.
fn new_claim(p: &Project, id: u64, quote: &str) -> Claim {
    let text = &p.article.text;
    let byte = text.find(quote).unwrap();
    let start = text[..byte].chars().count();
    Claim::new(
        ClaimId(id),
        Span {
            start,
            end: start + quote.chars().count(),
            quote: quote.into(),
        },
    )
}

/// Inserted where the window puts a new claim: in article order.
fn insert(p: &Project, c: Claim) -> Action {
    let index = p
        .claims
        .partition_point(|o| (o.span.start, o.span.end) <= (c.span.start, c.span.end));
    Action::InsertClaim { index, claim: c }
}

#[test]
fn changes_to_different_fields_and_claims_all_arrive() {
    let base = sample();
    let ours = edited(
        &base,
        [
            update(&base, 0, |c| c.rationale = "Ours".into()),
            Action::SetTitle("Our title".into()),
        ],
    );
    let theirs = edited(
        &base,
        [
            update(&base, 0, |c| c.claimant = "Theirs".into()),
            update(&base, 3, |c| c.tags.push("late".into())),
            Action::SetSettings(claimdesk::model::Settings {
                reviewer: "T. Heirs".into(),
                ..base.settings.clone()
            }),
        ],
    );
    let out = merge(&base, &ours, &theirs).unwrap();
    assert!(out.conflicts.is_empty(), "{:?}", out.conflicts);
    let p = out.project;
    assert_eq!(p.claims[0].rationale, "Ours");
    assert_eq!(p.claims[0].claimant, "Theirs");
    assert!(p.claims[3].tags.contains(&"late".to_owned()));
    assert_eq!(p.title, "Our title");
    assert_eq!(p.settings.reviewer, "T. Heirs");
    assert!(validate(&p).is_empty());
}

#[test]
fn the_same_change_on_both_sides_is_taken_once() {
    let base = sample();
    let change = update(&base, 2, |c| c.tags.push("same".into()));
    let ours = edited(&base, [change.clone()]);
    let theirs = edited(&base, [change]);
    let out = merge(&base, &ours, &theirs).unwrap();
    assert!(out.conflicts.is_empty());
    assert_eq!(out.project, ours);
}

#[test]
fn different_changes_to_one_field_conflict_keep_ours_and_resolve_either_way() {
    let base = sample();
    let verdicts: Vec<_> = base.scale.verdicts.iter().map(|v| v.id).collect();
    let ours = edited(&base, [update(&base, 1, |c| c.verdict = Some(verdicts[0]))]);
    let theirs = edited(&base, [update(&base, 1, |c| c.verdict = Some(verdicts[4]))]);
    let out = merge(&base, &ours, &theirs).unwrap();
    assert_eq!(out.conflicts.len(), 1);
    let c = &out.conflicts[0];
    let id = base.claims[1].id.0;
    assert_eq!(c.path, format!("claims[id={id}].verdict"));
    assert!(c.place.starts_with("claim #2 “"), "{}", c.place);
    assert!(c.place.ends_with("› verdict"), "{}", c.place);
    let scale = &base.scale;
    assert_eq!(
        c.ours.value.display("verdict", scale),
        scale.verdicts[0].label
    );
    assert_eq!(
        c.theirs.value.display("verdict", scale),
        scale.verdicts[4].label
    );
    assert_eq!(out.project.claims[1].verdict, Some(verdicts[0]));
    assert_eq!(out.project.conflicts, out.conflicts);

    let mut doc = Document::new_unsaved(out.project.clone());
    let take = resolve_conflict(doc.project(), 0, &Resolution::Theirs, TODAY).unwrap();
    doc.apply(take).unwrap();
    assert_eq!(doc.project().claims[1].verdict, Some(verdicts[4]));
    assert!(doc.project().conflicts.is_empty());
    assert_eq!(
        super::common::undo_name(&doc).as_deref(),
        Some("resolve conflict")
    );
    doc.undo().unwrap();
    assert_eq!(doc.project(), &out.project);
    let take = resolve_conflict(doc.project(), 0, &Resolution::Base, TODAY).unwrap();
    doc.apply(take).unwrap();
    assert_eq!(doc.project().claims[1].verdict, base.claims[1].verdict);
}

#[test]
fn a_text_edited_by_hand_resolves_a_text_conflict() {
    let base = sample();
    let ours = edited(&base, [update(&base, 0, |c| c.reviewed = "Ours".into())]);
    let theirs = edited(&base, [update(&base, 0, |c| c.reviewed = "Theirs".into())]);
    let out = merge(&base, &ours, &theirs).unwrap();
    let c = &out.project.conflicts[0];
    assert_eq!(c.ours.value, ConflictValue::Text("Ours".into()));
    assert!(c.place.ends_with("› claim as reviewed"), "{}", c.place);
    let mut p = out.project.clone();
    resolve_conflict(&p, 0, &Resolution::Edited("Both, reworded".into()), TODAY)
        .unwrap()
        .apply(&mut p)
        .unwrap();
    assert_eq!(p.claims[0].reviewed, "Both, reworded");
    assert!(p.conflicts.is_empty());
}

#[test]
fn claims_added_on_both_sides_are_kept_in_article_order() {
    let base = sample();
    let ours = edited(&base, [insert(&base, new_claim(&base, 900, "Tokyo"))]);
    let theirs = edited(&base, [insert(&base, new_claim(&base, 901, "golf"))]);
    let out = merge(&base, &ours, &theirs).unwrap();
    assert!(out.conflicts.is_empty());
    let p = out.project;
    assert_eq!(p.claims.len(), base.claims.len() + 2);
    assert!(p.claim(ClaimId(900)).is_some() && p.claim(ClaimId(901)).is_some());
    assert!(
        p.claims
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start)
    );
}

#[test]
fn additions_under_the_same_id_are_both_kept() {
    // Sequential ids from before random ids: both sides call their new claim next_claim_id().
    let base = sample();
    let id = base.next_claim_id().0;
    let ours = edited(&base, [insert(&base, new_claim(&base, id, "Tokyo"))]);
    let theirs = edited(&base, [insert(&base, new_claim(&base, id, "golf"))]);
    let out = merge(&base, &ours, &theirs).unwrap();
    assert!(out.conflicts.is_empty());
    let quotes: Vec<&str> = out
        .project
        .claims
        .iter()
        .map(|c| c.span.quote.as_str())
        .collect();
    assert!(quotes.contains(&"Tokyo") && quotes.contains(&"golf"));
    assert!(validate(&out.project).is_empty());
}

#[test]
fn deleted_on_one_side_and_untouched_on_the_other_is_gone() {
    let base = sample();
    let gone = base.claims[4].id;
    let ours = edited(&base, [Action::RemoveClaim(gone)]);
    let theirs = edited(&base, [update(&base, 0, |c| c.claimant = "x".into())]);
    let out = merge(&base, &ours, &theirs).unwrap();
    assert!(out.conflicts.is_empty());
    assert!(out.project.claim(gone).is_none());
    assert_eq!(out.project.claims[0].claimant, "x");
    // The other way round as well.
    let out = merge(&base, &theirs, &ours).unwrap();
    assert!(out.project.claim(gone).is_none());
}

#[test]
fn edited_on_one_side_and_deleted_on_the_other_is_a_conflict_that_keeps_the_claim() {
    let base = sample();
    let id = base.claims[4].id;
    let ours = edited(&base, [Action::RemoveClaim(id)]);
    let theirs = edited(&base, [update(&base, 4, |c| c.rationale = "Kept".into())]);
    let out = merge(&base, &ours, &theirs).unwrap();
    assert_eq!(out.conflicts.len(), 1);
    let c = &out.conflicts[0];
    assert_eq!(c.path, format!("claims[id={}]", id.0));
    assert!(c.ours.value.is_absent());
    assert_eq!(out.project.claim(id).unwrap().rationale, "Kept");
    // Taking ours deletes it.
    let mut p = out.project.clone();
    resolve_conflict(&p, 0, &Resolution::Ours, TODAY)
        .unwrap()
        .apply(&mut p)
        .unwrap();
    assert!(p.claim(id).is_none());
    assert!(validate(&p).is_empty());
}

#[test]
fn a_source_deleted_on_one_side_but_newly_cited_on_the_other_comes_back_as_a_conflict() {
    let base = sample();
    let source = base.sources[0].id;
    let uncited = base
        .claims
        .iter()
        .position(|c| c.sources.iter().all(|l| l.source != source))
        .unwrap();
    let ours = edited(&base, [Action::delete_source(&base, source)]);
    let theirs = edited(
        &base,
        [update(&base, uncited, |c| {
            c.sources.push(SourceLink {
                source,
                stance: Stance::Refutes,
                excerpt: String::new(),
                anchor: None,
            })
        })],
    );
    let out = merge(&base, &ours, &theirs).unwrap();
    assert!(validate(&out.project).is_empty());
    assert!(out.project.source(source).is_some());
    let c = out
        .conflicts
        .iter()
        .position(|c| c.path == format!("sources[id={}]", source.0))
        .expect("a conflict on the source");
    assert!(out.conflicts[c].place.starts_with("source “"));
    // Taking ours deletes the source and its links, as deleting it does.
    let mut p = out.project.clone();
    resolve_conflict(&p, c, &Resolution::Ours, TODAY)
        .unwrap()
        .apply(&mut p)
        .unwrap();
    assert!(p.source(source).is_none());
    assert!(validate(&p).is_empty());
}

#[test]
fn sources_added_on_both_sides_under_one_id_keep_their_links() {
    let base = sample();
    let id = base.next_source_id();
    let add = |title: &str, claim: usize| {
        let mut p = edited(
            &base,
            [Action::InsertSource {
                index: 0,
                source: Source {
                    id,
                    title: title.into(),
                    ..Source::default()
                },
            }],
        );
        let link = update(&p, claim, |c| {
            c.sources.push(SourceLink {
                source: id,
                stance: Stance::Context,
                excerpt: String::new(),
                anchor: None,
            })
        });
        link.apply(&mut p).unwrap();
        p
    };
    let out = merge(&base, &add("Ours", 0), &add("Theirs", 1)).unwrap();
    assert!(out.conflicts.is_empty(), "{:?}", out.conflicts);
    let p = &out.project;
    let title_of = |claim: usize| {
        let link = p.claims[claim].sources.last().unwrap().source;
        p.source(link).unwrap().title.clone()
    };
    assert_eq!((title_of(0), title_of(1)), ("Ours".into(), "Theirs".into()));
}

#[test]
fn tags_merge_as_sets_and_rationales_line_by_line() {
    let base = edited(
        &sample(),
        [update(&sample(), 0, |c| {
            c.tags = vec!["a".into(), "b".into()];
            c.rationale = "First line.\nSecond line.\nThird line.".into();
        })],
    );
    let ours = edited(
        &base,
        [update(&base, 0, |c| {
            c.tags = vec!["b".into(), "c".into()];
            c.rationale = "First line, ours.\nSecond line.\nThird line.".into();
        })],
    );
    let theirs = edited(
        &base,
        [update(&base, 0, |c| {
            c.tags.push("d".into());
            c.rationale = "First line.\nSecond line.\nThird line, theirs.".into();
        })],
    );
    let out = merge(&base, &ours, &theirs).unwrap();
    assert!(out.conflicts.is_empty());
    let c = &out.project.claims[0];
    assert_eq!(c.tags, ["b", "c", "d"]);
    assert_eq!(
        c.rationale,
        "First line, ours.\nSecond line.\nThird line, theirs."
    );
}

#[test]
fn claims_added_beside_a_corrected_article_are_re_anchored_into_it() {
    let base = sample();
    let new_text = format!("Correction appended at the top.\n\n{}", base.article.text);
    let (replace, _) = replace_article(
        &base,
        Article::new(base.article.meta.clone(), new_text.clone()),
        TODAY,
    );
    let theirs = edited(&base, [replace]);
    let added = new_claim(&base, 900, "golf");
    let ours = edited(
        &base,
        [
            insert(&base, added.clone()),
            update(&base, 0, |c| c.rationale = "Ours".into()),
        ],
    );
    for (o, t) in [(&ours, &theirs), (&theirs, &ours)] {
        let out = merge(&base, o, t).unwrap();
        assert!(out.conflicts.is_empty(), "{:?}", out.conflicts);
        let p = &out.project;
        assert_eq!(p.article.text, new_text);
        assert_eq!(p.article_history.len(), 1);
        let moved = p.claim(ClaimId(900)).unwrap();
        assert_eq!(moved.span.quote, "golf");
        assert!(moved.span.start > added.span.start);
        assert!(!moved.orphaned);
        assert_eq!(p.claim(base.claims[0].id).unwrap().rationale, "Ours");
        assert!(validate(p).is_empty(), "{:?}", validate(p));
    }
}

#[test]
fn two_different_corrections_of_the_article_conflict() {
    let base = sample();
    let replaced = |prefix: &str| {
        let text = format!("{prefix}\n\n{}", base.article.text);
        let (a, _) = replace_article(&base, Article::new(base.article.meta.clone(), text), TODAY);
        edited(&base, [a])
    };
    let (ours, theirs) = (replaced("Ours."), replaced("Theirs, longer."));
    let out = merge(&base, &ours, &theirs).unwrap();
    let c = out
        .conflicts
        .iter()
        .position(|c| c.path == "article.text")
        .expect("a conflict on the text");
    assert_eq!(out.project.article.text, ours.article.text);
    assert!(validate(&out.project).is_empty());
    let mut p = out.project.clone();
    resolve_conflict(&p, c, &Resolution::Theirs, TODAY)
        .unwrap()
        .apply(&mut p)
        .unwrap();
    assert_eq!(p.article.text, theirs.article.text);
    assert!(validate(&p).is_empty());
    assert_eq!(p.claims[0].span.quote, base.claims[0].span.quote);
}

#[test]
fn unresolved_conflicts_are_carried_and_a_resolution_on_one_side_sticks() {
    let base = sample();
    let ours = edited(&base, [update(&base, 0, |c| c.claimant = "O".into())]);
    let theirs = edited(&base, [update(&base, 0, |c| c.claimant = "T".into())]);
    let conflicted = merge(&base, &ours, &theirs).unwrap().project;
    assert_eq!(conflicted.conflicts.len(), 1);
    // Someone else edits the conflicted file; the conflict stays.
    let other = edited(&conflicted, [Action::SetTitle("Other".into())]);
    let out = merge(&conflicted, &conflicted, &other).unwrap();
    assert_eq!(out.project.conflicts.len(), 1);
    assert!(out.conflicts.is_empty());
    // We resolve it; merging their unrelated edit does not bring it back.
    let mut resolved = conflicted.clone();
    resolve_conflict(&resolved, 0, &Resolution::Ours, TODAY)
        .unwrap()
        .apply(&mut resolved)
        .unwrap();
    let out = merge(&conflicted, &resolved, &other).unwrap();
    assert!(out.project.conflicts.is_empty());
    assert_eq!(out.project.title, "Other");
}

#[test]
fn a_value_that_would_break_the_project_is_refused() {
    let base = sample();
    let ours = edited(&base, [update(&base, 0, |c| c.verdict = None)]);
    let theirs = edited(
        &base,
        [update(&base, 0, |c| {
            c.verdict = Some(base.scale.verdicts[1].id)
        })],
    );
    let out = merge(&base, &ours, &theirs).unwrap();
    let mut p = out.project;
    // The scale loses the verdict theirs chose after the merge.
    let mut scale = p.scale.clone();
    scale.verdicts.retain(|v| v.id != base.scale.verdicts[1].id);
    Action::set_scale(&p, scale).apply(&mut p).unwrap();
    let e = resolve_conflict(&p, 0, &Resolution::Theirs, TODAY).unwrap_err();
    assert!(e.to_string().contains("cannot be taken"), "{e}");
    assert!(resolve_conflict(&p, 5, &Resolution::Ours, TODAY).is_err());
}

/// Claim 0 signed off by Ann in `p`: Approved, with the digest of what she saw.
fn signed_off(p: &Project) -> Action {
    update(p, 0, |c| {
        c.status = ClaimStatus::Approved;
        c.activity.push(Activity {
            who: "Ann".into(),
            when: "2026-11-25T10:00:00Z".into(),
            event: Event::Approved,
        });
        c.approved = Some(Approval {
            who: "Ann".into(),
            when: "2026-11-25T10:00:00Z".into(),
            digest: c.approved_digest(),
        });
    })
}

#[test]
fn an_approval_against_a_verdict_changed_in_the_other_copy_comes_out_ready_for_review() {
    let base = sample();
    let ours = edited(&base, [signed_off(&base)]);
    assert!(ours.claims[0].approval_holds());
    let other = base
        .scale
        .verdicts
        .iter()
        .map(|v| v.id)
        .find(|&v| Some(v) != base.claims[0].verdict)
        .unwrap();
    let theirs = edited(
        &base,
        [update(&base, 0, |c| {
            c.verdict = Some(other);
            c.activity.push(Activity {
                who: "Ben".into(),
                when: "2026-11-25T11:00:00Z".into(),
                event: Event::Verdict(Some(other)),
            });
        })],
    );
    // Either way round: never Approved over a verdict nobody signed off.
    for (o, t) in [(&ours, &theirs), (&theirs, &ours)] {
        let out = merge(&base, o, t).unwrap();
        let c = &out.project.claims[0];
        assert_eq!(c.status, ClaimStatus::ReadyForReview);
        assert_eq!(c.verdict, Some(other));
        assert_eq!(c.approved, None);
        let events: Vec<&Event> = c.activity.iter().map(|a| &a.event).collect();
        assert!(events.contains(&&Event::Approved), "{events:?}");
        assert!(events.contains(&&Event::Verdict(Some(other))), "{events:?}");
        let last = c.activity.last().unwrap();
        assert_eq!(last.event, Event::ApprovalWithdrawn);
        assert_eq!(
            (last.who.as_str(), last.when.as_str()),
            ("Ben", "2026-11-25T11:00:00Z")
        );
        assert!(validate(&out.project).is_empty());
    }
}

#[test]
fn an_approval_beside_an_untouched_claim_content_stays() {
    let base = sample();
    let ours = edited(&base, [signed_off(&base)]);
    let theirs = edited(&base, [update(&base, 0, |c| c.tags.push("late".into()))]);
    let c = &merge(&base, &ours, &theirs).unwrap().project.claims[0];
    assert_eq!(c.status, ClaimStatus::Approved);
    assert!(c.approval_holds());
}
