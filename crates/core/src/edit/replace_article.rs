//! "Article > Replace with new version…": a corrected article replaces the
//! old one in one undoable step, the claims re-anchored and the old text kept.

use super::Action;
use crate::model::{
    AnchorResult, Article, ArticleMeta, ArticleVersion, Project, ReanchorReport, reanchor,
    reanchor_with_progress, reanchored_claims,
};
use crate::progress::Progress;

/// The step that replaces `project`'s article with `new_article`, and what
/// became of each claim. Nothing changes until the caller applies the action
/// (`Document::apply`), so the report can be shown first.
///
/// The metadata the user already has is kept; empty fields are filled from
/// the new article's, and `date_retrieved` becomes `today` (`YYYY-MM-DD`).
/// The old article goes to the end of `article_history`, dated `today`. An
/// unchanged text still makes a step (the metadata may differ), but moves
/// no claim and adds no history.
pub fn replace_article(
    project: &Project,
    new_article: Article,
    today: &str,
) -> (Action, ReanchorReport) {
    let results = reanchor(&project.article.text, &new_article.text, &project.claims);
    replaced(project, new_article, today, results)
}

/// [`replace_article`] counting re-anchored claims into `progress` (for a
/// progress bar); `None` when it was cancelled first.
pub fn replace_article_with_progress(
    project: &Project,
    new_article: Article,
    today: &str,
    progress: &Progress,
) -> Option<(Action, ReanchorReport)> {
    let old = &project.article.text;
    let results = reanchor_with_progress(old, &new_article.text, &project.claims, progress)?;
    Some(replaced(project, new_article, today, results))
}

fn replaced(
    project: &Project,
    new_article: Article,
    today: &str,
    results: Vec<AnchorResult>,
) -> (Action, ReanchorReport) {
    let old = &project.article;
    let text_unchanged = old.text == new_article.text;
    let claims = reanchored_claims(&project.claims, &results);
    let mut history = project.article_history.clone();
    if !text_unchanged {
        history.push(ArticleVersion::of(old.clone(), today));
    }
    let meta = merged_meta(&old.meta, &new_article.meta, today);
    // The new version's pages or time codes come with its text.
    let mut article = Article::new(meta, new_article.text);
    article.segments = new_article.segments;
    let report = ReanchorReport {
        results,
        text_unchanged,
    };
    (
        Action::ReplaceArticle {
            article,
            claims,
            history,
        },
        report,
    )
}

fn merged_meta(old: &ArticleMeta, new: &ArticleMeta, today: &str) -> ArticleMeta {
    let pick = |o: &String, n: &String| {
        if o.trim().is_empty() {
            n.clone()
        } else {
            o.clone()
        }
    };
    ArticleMeta {
        title: pick(&old.title, &new.title),
        outlet: pick(&old.outlet, &new.outlet),
        author: pick(&old.author, &new.author),
        url: pick(&old.url, &new.url),
        date_published: pick(&old.date_published, &new.date_published),
        date_retrieved: today.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AnchorOutcome, Claim, ClaimId, ScalePreset, Span, validate};

    fn project() -> Project {
        let text = "Prices rose 4% in March.\nThe bank blamed energy costs.\nWages grew 2%.";
        let mut p = Project::new(
            "T",
            Article::new(
                ArticleMeta {
                    title: "Prices".into(),
                    ..ArticleMeta::default()
                },
                text.into(),
            ),
            ScalePreset::TruthSixStep,
        );
        for (id, quote) in [
            (1, "Prices rose 4%"),
            (2, "blamed energy costs"),
            (3, "Wages grew 2%"),
        ] {
            let start = text[..text.find(quote).unwrap()].chars().count();
            p.claims.push(Claim::new(
                ClaimId(id),
                Span {
                    start,
                    end: start + quote.chars().count(),
                    quote: quote.into(),
                },
            ));
        }
        p
    }

    #[test]
    fn a_new_version_keeps_its_pages() {
        let before = project();
        let mut new = Article::new(
            ArticleMeta::default(),
            "Prices rose 4% in March.\nWages grew 2%.".into(),
        );
        new.segments = vec![
            crate::model::Segment {
                start_char: 0,
                page: Some(1),
                ..Default::default()
            },
            crate::model::Segment {
                start_char: 25,
                page: Some(2),
                ..Default::default()
            },
        ];
        let (action, _) = replace_article(&before, new.clone(), "2025-11-02");
        let mut project = before.clone();
        let inverse = action.apply(&mut project).unwrap();
        assert_eq!(project.article.segments, new.segments);
        inverse.apply(&mut project).unwrap();
        assert_eq!(project, before);
    }

    #[test]
    fn apply_then_inverse_restores_the_project_exactly() {
        let before = project();
        let new_text = "Correction: Prices rose 4% in March.\nWages grew 2%.";
        let new = Article::new(
            ArticleMeta {
                url: "https://news.example/p".into(),
                title: "Other".into(),
                ..ArticleMeta::default()
            },
            new_text.into(),
        );
        let (action, report) = replace_article(&before, new, "2025-11-02");
        assert_eq!(
            (report.kept(), report.moved(), report.orphaned()),
            (0, 2, 1)
        );
        assert!(matches!(report.results[1].outcome, AnchorOutcome::Orphan));

        let mut project = before.clone();
        let inverse = action.clone().apply(&mut project).unwrap();
        assert_eq!(project.article.text, new_text);
        assert_eq!(project.article.meta.title, "Prices");
        assert_eq!(project.article.meta.url, "https://news.example/p");
        assert_eq!(project.article.meta.date_retrieved, "2025-11-02");
        assert_eq!(project.article_history.len(), 1);
        assert_eq!(project.article_history[0].text, before.article.text);
        assert_eq!(project.article_changed_on(), Some("2025-11-02"));
        assert!(project.claims[1].orphaned);
        assert_eq!(project.claims[1].span, before.claims[1].span);
        assert!(validate(&project).is_empty(), "{:?}", validate(&project));

        let redo = inverse.apply(&mut project).unwrap();
        assert_eq!(project, before);
        redo.apply(&mut project).unwrap();
        assert_eq!(project.article.text, new_text);
    }
}
