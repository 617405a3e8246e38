//! Before the field-by-field merge, all three copies are brought onto one
//! article text. When only one side replaced the article with a corrected
//! version, the base's and the other side's claims are re-anchored into the
//! new text (the same re-anchoring as Article > Replace), so their spans are
//! comparable with the replacing side's and the other side's new claims land
//! in the new text. When both replaced it with different texts, ours is kept,
//! theirs' claims are re-anchored into it, and the text is a conflict.

use std::collections::{HashMap, HashSet};

use crate::model::{ClaimId, Project, Span, reanchor, reanchored_claims};

/// Both sides replaced the article with different texts.
pub struct ArticleConflict {
    pub base: String,
    pub ours: String,
    pub theirs: String,
}

/// Rewrites `base`, `ours` and `theirs` in place so that all three hold the
/// same article text (and history).
pub fn align(
    base: &mut Project,
    ours: &mut Project,
    theirs: &mut Project,
) -> Option<ArticleConflict> {
    let (bt, ot, tt) = (&base.article.text, &ours.article.text, &theirs.article.text);
    if ot == tt {
        return None;
    }
    if ot == bt {
        move_onto(theirs, base);
        move_onto(theirs, ours);
        return None;
    }
    if tt == bt {
        move_onto(ours, base);
        move_onto(ours, theirs);
        return None;
    }
    let conflict = ArticleConflict {
        base: base.article.text.clone(),
        ours: ours.article.text.clone(),
        theirs: theirs.article.text.clone(),
    };
    // Claims theirs left where its own replacement put them follow the base
    // onto our text, so a double re-anchoring does not show up as an edit.
    let auto: HashMap<ClaimId, Span> =
        reanchor(&base.article.text, &theirs.article.text, &base.claims)
            .into_iter()
            .filter_map(|r| r.new_span().cloned().map(|s| (r.claim, s)))
            .collect();
    move_onto(ours, base);
    let rebased_base: HashMap<ClaimId, (Span, bool)> = base
        .claims
        .iter()
        .map(|c| (c.id, (c.span.clone(), c.orphaned)))
        .collect();
    let untouched: HashSet<ClaimId> = theirs
        .claims
        .iter()
        .filter(|c| auto.get(&c.id) == Some(&c.span) && !c.orphaned)
        .map(|c| c.id)
        .collect();
    move_onto(ours, theirs);
    for claim in &mut theirs.claims {
        if untouched.contains(&claim.id)
            && let Some((span, orphaned)) = rebased_base.get(&claim.id)
        {
            claim.span = span.clone();
            claim.orphaned = *orphaned;
        }
    }
    Some(conflict)
}

/// `other`'s claims re-anchored into `target`'s article text, which (with
/// its SHA-256 and history) `other` takes; `other`'s article details stay.
fn move_onto(target: &Project, other: &mut Project) {
    let results = reanchor(&other.article.text, &target.article.text, &other.claims);
    other.claims = reanchored_claims(&other.claims, &results);
    other.article.text = target.article.text.clone();
    other.article.sha256 = target.article.sha256.clone();
    other.article_history = target.article_history.clone();
}
