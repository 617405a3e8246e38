//! The article view lays out only what is on screen: the number of
//! paragraphs laid out per frame stays bounded however long the article is.

use claimdesk::model::{Article, ArticleMeta, Claim, ClaimId, Project, ScalePreset, Span};
use claimdesk::ui::Command;

/// An article of about `bytes` bytes in paragraphs of a few sentences, with
/// one claim every `bytes / claims` bytes.
fn generated_project(bytes: usize, claims: usize) -> Project {
    let sentences = [
        "The ministry said the figures were revised in March after an audit. ",
        "Officials in Kraków and Łódź disputed the estimate, citing older data. ",
        "東京の会議では予算について議論された。 ",
        "Critics called the claim “misleading” and asked for the source. ",
    ];
    let mut text = String::new();
    let mut i = 0;
    while text.len() < bytes {
        for _ in 0..4 {
            text.push_str(sentences[i % sentences.len()]);
            i += 1;
        }
        text.push('\n');
    }
    let text = text.trim_end().to_owned();
    let chars: Vec<char> = text.chars().collect();
    let step = chars.len() / claims;
    let mut project = Project::new(
        "Long",
        Article::new(ArticleMeta::default(), text),
        ScalePreset::TruthSixStep,
    );
    for n in 0..claims {
        let start = n * step;
        let end = (start + 40).min(chars.len());
        let quote: String = chars[start..end].iter().collect();
        let mut claim = Claim::new(ClaimId(n as u64 + 1), Span { start, end, quote });
        claim.verdict = project.scale.verdicts.get(n % 6).map(|v| v.id);
        project.claims.push(claim);
    }
    project
}

fn laid_out_per_frame(project: Project) -> (usize, claimdesk::app::ClaimDeskApp) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.ron");
    claimdesk::io::save_project(&project, &path).unwrap();
    let mut h = crate::window::harness_any_script(&path, &path);
    h.run_steps(3);
    let first = h.state().article_view.paragraphs_laid_out;
    // Jump to a claim in the middle: the view scrolls there and still lays out a screenful.
    let middle = ClaimId(project.claims.len() as u64 / 2);
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::JumpToClaim(middle));
    h.run_steps(3);
    let after_jump = h.state().article_view.paragraphs_laid_out;
    assert!(
        h.state().article_view.painted_claims().contains(&middle),
        "the claim jumped to is drawn"
    );
    (first.max(after_jump), h.into_state())
}

#[test]
fn paragraphs_laid_out_per_frame_do_not_grow_with_the_article() {
    let (small, _) = laid_out_per_frame(generated_project(20_000, 40));
    let (large, _) = laid_out_per_frame(generated_project(2_000_000, 4_000));
    assert!(small > 0 && large > 0);
    // A 1360×860 window shows a few dozen paragraphs at most.
    assert!(large <= 40, "laid out {large} paragraphs in one frame");
    assert!(
        large <= small + 2,
        "small article: {small}, large article: {large}"
    );
}

#[test]
fn an_all_arabic_article_also_lays_out_only_a_screenful() {
    let project = claimdesk::sample_data::generated_arabic_project(2_000_000, 4_000, 2025);
    assert!(claimdesk::model::bidi::starts_rtl(&project.article.text));
    let (large, _) = laid_out_per_frame(project);
    assert!(
        large > 0 && large <= 40,
        "laid out {large} paragraphs in one frame"
    );
}
