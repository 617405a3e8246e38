//! The project as every report reads it: claims numbered in the order they
//! appear in the article, each with its verdict (or conclusion) and its
//! sources resolved, so the formats do not repeat those look-ups.

use super::words::Words;
use crate::i18n::Lang;
use crate::model::{
    Claim, ClaimId, ClaimStatus, Color, Correction, Location, Project, Reliability, ScaleKind,
    Settings, Source, SourceId, SourceLink, Stance, Verdict, VerdictId, is_web_url,
    segment::time_label,
};

pub(crate) struct Report<'p> {
    pub project: &'p Project,
    /// The claims the report shows: all of them, or with "publish approved
    /// claims only" the approved ones.
    pub claims: Vec<NumberedClaim<'p>>,
    /// Claims not approved yet, left out by "publish approved claims only".
    pub left_out: usize,
    /// The report's language.
    pub words: Words,
}

/// One entry of the corrections log with the claim it corrects, when the
/// report shows that claim.
pub(crate) struct CorrectionEntry<'r, 'p> {
    pub correction: &'p Correction,
    pub claim: Option<&'r NumberedClaim<'p>>,
}

pub(crate) struct NumberedClaim<'p> {
    /// 1-based position in the article, as readers see it.
    pub number: usize,
    pub claim: &'p Claim,
    pub verdict: Option<&'p Verdict>,
    pub sources: Vec<CitedSource<'p>>,
    /// The date of the claim's latest correction after publication.
    pub modified: Option<&'p str>,
    /// The verdict's colour; in a conclusion-only project one accent colour
    /// for every concluded claim. Open claims are grey.
    pub color: Color,
    /// Page(s) of a PDF or time code and speaker of a transcript; empty otherwise.
    pub location: Location,
}

/// Concluded claims of a conclusion-only project: there is no verdict colour to use.
pub(crate) const CONCLUDED: Color = Color([0x0b, 0x4f, 0x8a]);

pub(crate) struct CitedSource<'p> {
    pub link: &'p SourceLink,
    pub source: &'p Source,
}

impl NumberedClaim<'_> {
    /// The moment of the recording the claim was said, when the article's URL
    /// is a video page: `?t=751` on YouTube, `#t=751` on Vimeo or a media file.
    pub fn moment_link(&self, project: &Project) -> Option<String> {
        let seconds = self.location.seconds()?;
        crate::model::segment::video_link(web_url(&project.article.meta.url)?, seconds)
    }
}

impl<'p> Report<'p> {
    pub fn new(project: &'p Project, lang: Lang) -> Self {
        let mut claims: Vec<&Claim> = project.claims.iter().collect();
        if project.settings.publish_approved_only {
            claims.retain(|c| c.status == ClaimStatus::Approved);
        }
        let left_out = project.claims.len() - claims.len();
        claims.sort_by_key(|c| (c.span.start, c.span.end, c.id));
        let claims = claims
            .into_iter()
            .zip(1..)
            .map(|(claim, number)| NumberedClaim {
                number,
                claim,
                modified: project
                    .corrections
                    .iter()
                    .rev()
                    .find(|k| k.claim == claim.id)
                    .map(|k| k.date.as_str()),
                verdict: project.verdict_of(claim),
                color: claim_color(project, claim),
                location: project.article.location(claim.span.start, claim.span.end),
                sources: claim
                    .sources
                    .iter()
                    .filter_map(|link| {
                        project
                            .source(link.source)
                            .map(|source| CitedSource { link, source })
                    })
                    .collect(),
            })
            .collect();
        Self {
            project,
            claims,
            left_out,
            words: Words::new(lang),
        }
    }

    /// Claims per verdict in scale order, then the unrated count, over the
    /// claims the report shows.
    pub fn verdict_counts(&self) -> (Vec<(VerdictId, usize)>, usize) {
        let mut counts: Vec<(VerdictId, usize)> = self
            .project
            .scale
            .verdicts
            .iter()
            .map(|v| (v.id, 0))
            .collect();
        let mut unrated = 0;
        for c in &self.claims {
            match c
                .verdict
                .and_then(|v| counts.iter_mut().find(|(id, _)| *id == v.id))
            {
                Some((_, n)) => *n += 1,
                None => unrated += 1,
            }
        }
        (counts, unrated)
    }

    /// The corrections log, oldest first.
    pub fn corrections(&self) -> Vec<CorrectionEntry<'_, 'p>> {
        self.project
            .corrections
            .iter()
            .map(|correction| CorrectionEntry {
                correction,
                claim: self.claims.iter().find(|c| c.claim.id == correction.claim),
            })
            .collect()
    }

    /// "2 claims not yet approved are left out of this report." or nothing.
    pub fn left_out_note(&self) -> Option<String> {
        (self.left_out > 0).then(|| self.words.count("report-left-out", self.left_out))
    }

    /// Whether this report is published or a draft. Published means every
    /// claim it shows is approved and its publication recorded; until
    /// *Record publication* a report is a draft, whatever the date.
    pub fn publication(&self) -> Publication {
        let all = &self.project.claims;
        let approved = all.iter().filter(|c| c.approval_holds()).count();
        let published: Vec<&str> = self
            .claims
            .iter()
            .filter(|c| c.claim.approval_holds() || c.claim.status == ClaimStatus::Approved)
            .filter_map(|c| non_empty(&c.claim.published_on))
            .collect();
        if self.claims.is_empty() || published.len() < self.claims.len() {
            return Publication::Draft {
                approved,
                total: all.len(),
            };
        }
        let first = published.iter().min().copied().unwrap_or_default();
        let last = published.iter().max().copied().unwrap_or_default();
        Publication::Published {
            on: first.to_owned(),
            updated: (last != first).then(|| last.to_owned()),
        }
    }

    pub fn conclusion_only(&self) -> bool {
        self.project.scale.kind == ScaleKind::ConclusionOnly
    }

    /// Claims with a written conclusion, in a conclusion-only project.
    pub fn concluded_count(&self) -> usize {
        self.claims
            .iter()
            .filter(|c| c.outcome(ScaleKind::ConclusionOnly).is_some())
            .count()
    }

    /// The report's title: the project's, else the article's.
    pub fn title(&self) -> &'p str {
        let p = self.project;
        if p.title.trim().is_empty() {
            &p.article.meta.title
        } else {
            &p.title
        }
    }

    /// The claims citing a source, in reading order.
    pub fn claims_citing(&self, source: SourceId) -> Vec<&NumberedClaim<'p>> {
        self.claims
            .iter()
            .filter(|c| c.claim.sources.iter().any(|l| l.source == source))
            .collect()
    }
}

/// A report's state: [`Report::publication`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Publication {
    Draft { approved: usize, total: usize },
    Published { on: String, updated: Option<String> },
}

impl Publication {
    pub fn is_draft(&self) -> bool {
        matches!(self, Self::Draft { .. })
    }

    /// "Not published. 1 of 4 claims approved …" for a draft, in English
    /// (the command line's note).
    pub fn draft_note(&self) -> Option<String> {
        self.draft_note_in(&Words::new(Lang::En))
    }

    /// [`Self::draft_note`] in a report's language.
    pub(crate) fn draft_note_in(&self, w: &Words) -> Option<String> {
        match self {
            Self::Draft { approved, total } => Some(w.f(
                "report-draft-note",
                &[("approved", (*approved).into()), ("total", (*total).into())],
            )),
            Self::Published { .. } => None,
        }
    }

    /// "1 of 4 claims approved" or "4 claims reviewed".
    pub(crate) fn count_line(&self, shown: usize, w: &Words) -> String {
        match self {
            Self::Draft { approved, total } => w.f(
                "report-count-approved",
                &[("approved", (*approved).into()), ("total", (*total).into())],
            ),
            Self::Published { .. } => w.count("report-count-reviewed", shown),
        }
    }

    /// The day of publication, with the day of the latest correction when
    /// there was one; `None` for a draft.
    pub(crate) fn published_line(&self, w: &Words) -> Option<String> {
        match self {
            Self::Published { on, updated: None } => Some(w.date(on)),
            Self::Published {
                on,
                updated: Some(last),
            } => Some(w.f(
                "report-date-updated",
                &[("first", w.date(on).into()), ("last", w.date(last).into())],
            )),
            Self::Draft { .. } => None,
        }
    }
}

impl NumberedClaim<'_> {
    /// "Approved by Ana Ruiz on 2026-12-06", "Ready for review", or for a
    /// claim marked Approved whose content changed since (a file edited by
    /// hand) "Approved, but changed since the sign-off".
    pub fn status_line(&self, w: &Words) -> String {
        let claim = self.claim;
        if claim.status != ClaimStatus::Approved {
            return w.t(status_id(claim.status));
        }
        match &claim.approved {
            Some(a) if claim.approval_holds() => {
                let who = non_empty(&a.who);
                let day = a.when.get(..10).map(|d| w.date(d));
                match (who, day) {
                    (Some(who), Some(day)) => w.f(
                        "report-approved-by-on",
                        &[("who", who.into()), ("date", day.into())],
                    ),
                    (Some(who), None) => w.f("report-approved-by", &[("who", who.into())]),
                    (None, Some(day)) => w.f("report-approved-on", &[("date", day.into())]),
                    (None, None) => w.t("report-status-approved"),
                }
            }
            _ => w.t("report-approval-stale"),
        }
    }

    /// "p. 12", "pp. 12–13" or "00:12:31"; empty when the article has no
    /// pages or times.
    pub fn place(&self, w: &Words) -> String {
        let l = &self.location;
        match (l.first_page, l.last_page, l.time_ms) {
            (Some(a), Some(b), _) if b > a => w.f(
                "report-place-pages",
                &[("first", a.into()), ("last", b.into())],
            ),
            (Some(a), _, _) => w.f("report-place-page", &[("page", a.into())]),
            (None, _, Some(ms)) => time_label(ms),
            _ => String::new(),
        }
    }

    /// What the review concluded: the verdict's label, or in a conclusion-only
    /// project the written conclusion; `None` while the claim is open.
    pub fn outcome(&self, kind: ScaleKind) -> Option<&str> {
        match kind {
            ScaleKind::Ratings => self.verdict.map(|v| v.label.as_str()),
            ScaleKind::ConclusionOnly => non_empty(&self.claim.conclusion),
        }
    }

    /// The claim as reviewed, falling back on the quote when left empty.
    pub fn reviewed(&self) -> &str {
        non_empty(&self.claim.reviewed).unwrap_or(self.claim.span.quote.trim())
    }

    pub fn anchor(&self) -> String {
        claim_anchor(self.claim.id)
    }
}

fn claim_color(project: &Project, claim: &Claim) -> Color {
    match project.scale.kind {
        ScaleKind::Ratings => project
            .verdict_of(claim)
            .map_or(Color::NEUTRAL, |v| v.color),
        ScaleKind::ConclusionOnly if claim.conclusion.trim().is_empty() => Color::NEUTRAL,
        ScaleKind::ConclusionOnly => CONCLUDED,
    }
}

/// The fragment that names a claim in every format. It uses the claim's id,
/// not its number, so published links survive claims added later.
pub(crate) fn claim_anchor(id: ClaimId) -> String {
    format!("claim-{}", id.0)
}

/// The review page's URL for one claim, when the settings give a web URL.
pub(crate) fn claim_review_url(settings: &Settings, id: ClaimId) -> Option<String> {
    web_url(&settings.review_url)
        .map(|url| format!("{}#{}", without_fragment(url), claim_anchor(id)))
}

pub(crate) fn without_fragment(url: &str) -> &str {
    url.split_once('#').map_or(url, |(base, _)| base)
}

/// `url` trimmed, when it may become a link; `None` for anything else.
pub(crate) fn web_url(url: &str) -> Option<&str> {
    is_web_url(url).then(|| url.trim())
}

pub(crate) fn non_empty(s: &str) -> Option<&str> {
    let s = s.trim();
    (!s.is_empty()).then_some(s)
}

/// Black or white, whichever reads better on `bg` (WCAG relative luminance).
pub(crate) fn text_color_on(bg: Color) -> &'static str {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let [r, g, b] = bg.0;
    let l = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    // Contrast with black is (l+0.05)/0.05, with white 1.05/(l+0.05); equal at l≈0.179.
    if l > 0.179 { "#111111" } else { "#ffffff" }
}

/// "Previously checked by Example Checks (2021-03-02): False", for a
/// previous check linked from the library.
pub(crate) fn previously_checked_by(p: &crate::model::PreviousCheck, w: &Words) -> String {
    let organisation =
        non_empty(&p.organisation).map_or_else(|| w.t("report-previous-someone"), str::to_owned);
    let by = match non_empty(&p.date) {
        Some(date) => w.f(
            "report-previous-by-on",
            &[
                ("organisation", organisation.into()),
                ("date", w.date(date).into()),
            ],
        ),
        None => w.f(
            "report-previous-by",
            &[("organisation", organisation.into())],
        ),
    };
    match non_empty(&p.verdict) {
        Some(verdict) => w.f(
            "report-previous-verdict",
            &[("by", by.into()), ("verdict", verdict.into())],
        ),
        None => by,
    }
}

/// The message of a claim's review status.
pub(crate) fn status_id(status: ClaimStatus) -> &'static str {
    match status {
        ClaimStatus::New => "report-status-new",
        ClaimStatus::InProgress => "report-status-in-progress",
        ClaimStatus::ReadyForReview => "report-status-ready",
        ClaimStatus::Approved => "report-status-approved",
    }
}

/// The message of a source link's stance.
pub(crate) fn stance_id(stance: Stance) -> &'static str {
    match stance {
        Stance::Supports => "report-stance-supports",
        Stance::Refutes => "report-stance-refutes",
        Stance::Context => "report-stance-context",
        Stance::Unset => "report-stance-unset",
    }
}

/// The message of a source's reliability.
pub(crate) fn reliability_id(r: Reliability) -> &'static str {
    match r {
        Reliability::Credible => "report-reliability-credible",
        Reliability::Mixed => "report-reliability-mixed",
        Reliability::NotCredible => "report-reliability-not-credible",
        Reliability::Unknown => "report-reliability-unknown",
    }
}

/// The message of a snapshot's kind (its file's extension).
pub(crate) fn snapshot_kind_id(ext: &str) -> &'static str {
    match ext {
        "html" => "report-snapshot-web",
        "md" => "report-snapshot-markdown",
        "pdf" => "report-snapshot-pdf",
        "docx" => "report-snapshot-word",
        "srt" | "vtt" => "report-snapshot-transcript",
        _ => "report-snapshot-text",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn badge_text_contrasts_with_its_colour() {
        assert_eq!(text_color_on(Color([0xfd, 0xd8, 0x35])), "#111111");
        assert_eq!(text_color_on(Color([0x8e, 0x01, 0x52])), "#ffffff");
    }

    #[test]
    fn review_urls_get_the_claim_fragment() {
        let mut s = Settings::default();
        assert_eq!(claim_review_url(&s, ClaimId(3)), None);
        s.review_url = "https://checks.example/review#top".into();
        assert_eq!(
            claim_review_url(&s, ClaimId(3)).as_deref(),
            Some("https://checks.example/review#claim-3")
        );
        s.review_url = "javascript:alert(1)".into();
        assert_eq!(claim_review_url(&s, ClaimId(3)), None);
    }
}
