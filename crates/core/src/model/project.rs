use serde::{Deserialize, Serialize};

use super::{
    Activity, Article, ArticleVersion, Claim, ClaimId, CommentId, Conflict, Correction,
    RatingScale, ScalePreset, Source, SourceId, Verdict, VerdictId, random_id,
};

/// The version of the project file this build writes. Files with a newer
/// version are refused rather than half-read.
pub const FORMAT_VERSION: u32 = 7;

/// Who publishes the fact-check: goes into reports and ClaimReview markup.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub organisation: String,
    pub organisation_url: String,
    /// Where the finished review is (or will be) published.
    pub review_url: String,
    pub reviewer: String,
    /// Reports leave out claims not yet approved (and say so).
    #[serde(skip_serializing_if = "super::review::is_false")]
    pub publish_approved_only: bool,
    /// The language reports are written in, as a language code (`"es"`,
    /// `"pt-BR"`); `None` means the window's language when the report is
    /// made (format 7). Written only when set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_language: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    pub format_version: u32,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub settings: Settings,
    pub scale: RatingScale,
    #[serde(default)]
    pub claims: Vec<Claim>,
    #[serde(default)]
    pub sources: Vec<Source>,
    pub article: Article,
    /// Earlier texts of the article, oldest first. Written only when there
    /// are some, so files from before it read and write the same.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub article_history: Vec<ArticleVersion>,
    /// The corrections log, oldest first: changes to published claims.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
    /// Fields a merge could not settle, until someone picks a value. Written
    /// only when there are some.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    /// Triage suggestions the user dismissed, by sentence text (whitespace
    /// runs made one space: `triage::dismissal_key`), so they do not come
    /// back. Written only when there are some.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dismissed_suggestions: Vec<String>,
    /// What happened to the project as a whole (a user's name changed,
    /// publication recorded), oldest first (format 6). Claims keep their own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activity: Vec<Activity>,
}

impl Project {
    pub fn new(title: impl Into<String>, article: Article, preset: ScalePreset) -> Self {
        Self {
            format_version: FORMAT_VERSION,
            title: title.into(),
            settings: Settings::default(),
            scale: preset.scale(),
            claims: Vec::new(),
            sources: Vec::new(),
            article,
            article_history: Vec::new(),
            corrections: Vec::new(),
            conflicts: Vec::new(),
            dismissed_suggestions: Vec::new(),
            activity: Vec::new(),
        }
    }

    pub fn claim(&self, id: ClaimId) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }

    pub fn claim_index(&self, id: ClaimId) -> Option<usize> {
        self.claims.iter().position(|c| c.id == id)
    }

    pub fn source(&self, id: SourceId) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn source_index(&self, id: SourceId) -> Option<usize> {
        self.sources.iter().position(|s| s.id == id)
    }

    /// A fresh claim id: random, so claims added in two copies of the
    /// project keep apart when the copies are merged.
    pub fn next_claim_id(&self) -> ClaimId {
        ClaimId(random_id(|id| self.claim(ClaimId(id)).is_some()))
    }

    /// A fresh source id, random for the same reason as claim ids.
    pub fn next_source_id(&self) -> SourceId {
        SourceId(random_id(|id| self.source(SourceId(id)).is_some()))
    }

    /// A comment id unused anywhere in the project.
    pub fn next_comment_id(&self) -> CommentId {
        CommentId(random_id(|id| {
            self.claims
                .iter()
                .any(|c| c.comments.iter().any(|m| m.id.0 == id))
        }))
    }

    /// Claims in article order, each with the number readers see (#1, #2,
    /// …): position in the text, not the id, which is random.
    pub fn claims_in_order(&self) -> Vec<(usize, &Claim)> {
        let mut claims: Vec<&Claim> = self.claims.iter().collect();
        claims.sort_by_key(|c| (c.span.start, c.span.end, c.id));
        (1..).zip(claims).collect()
    }

    /// The number readers see for one claim (see [`Self::claims_in_order`]).
    pub fn claim_number(&self, id: ClaimId) -> Option<usize> {
        let claim = self.claim(id)?;
        let key = (claim.span.start, claim.span.end, claim.id);
        Some(
            1 + self
                .claims
                .iter()
                .filter(|c| (c.span.start, c.span.end, c.id) < key)
                .count(),
        )
    }

    /// The day the article was last replaced by a new version, if ever: what
    /// a report means by "the article was changed after our check on DATE".
    pub fn article_changed_on(&self) -> Option<&str> {
        self.article_history.last().map(|v| v.replaced_on.as_str())
    }

    /// Claims whose quote a new version of the article no longer holds.
    pub fn orphaned_claims(&self) -> impl Iterator<Item = &Claim> {
        self.claims.iter().filter(|c| c.orphaned)
    }

    pub fn verdict_of(&self, claim: &Claim) -> Option<&Verdict> {
        claim.verdict.and_then(|v| self.scale.verdict(v))
    }

    /// Claims per verdict in scale order, then the unrated count.
    pub fn verdict_counts(&self) -> (Vec<(VerdictId, usize)>, usize) {
        let mut counts: Vec<(VerdictId, usize)> =
            self.scale.verdicts.iter().map(|v| (v.id, 0)).collect();
        let mut unrated = 0;
        for claim in &self.claims {
            match claim
                .verdict
                .and_then(|v| counts.iter_mut().find(|(id, _)| *id == v))
            {
                Some((_, n)) => *n += 1,
                None => unrated += 1,
            }
        }
        (counts, unrated)
    }

    /// Claims that cite a source, in claim order.
    pub fn claims_citing(&self, source: SourceId) -> impl Iterator<Item = &Claim> {
        self.claims
            .iter()
            .filter(move |c| c.sources.iter().any(|l| l.source == source))
    }
}
