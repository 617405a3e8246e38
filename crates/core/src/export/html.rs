//! The HTML report: one self-contained page rendered by askama, whose
//! escaping covers every user-typed string (templates/export/report.html).
//! Over 400 lines because each part of the page has its own plain struct for
//! the template; splitting them from the code that fills them would not help.

use askama::Template;

use super::highlight::{self, Piece};
use super::report::{
    CONCLUDED, CitedSource, NumberedClaim, Publication, Report, claim_anchor, non_empty,
    text_color_on, web_url,
};
use super::{ExportError, UtcTime, claimreview};
use crate::model::{Color, Project, ScaleKind, Source, Stance};

#[derive(Template)]
#[template(path = "export/report.html")]
struct Page<'a> {
    title: &'a str,
    organisation: Link<'a>,
    reviewer: Option<&'a str>,
    /// The day of publication (or "…, updated …"); `None` for a draft.
    published: Option<String>,
    /// "DRAFT: not published. 1 of 4 claims approved …" until publication is recorded.
    draft: Option<String>,
    /// "4 claims reviewed", or for a draft "1 of 4 claims approved".
    count_line: String,
    /// The day this file was made.
    generated: String,
    meta: Vec<(&'static str, Link<'a>, bool)>,
    conclusion_only: bool,
    bars: Vec<Bar<'a>>,
    scale_name: &'a str,
    scale: Vec<ScaleEntry<'a>>,
    paragraphs: Vec<Vec<HtmlPiece<'a>>>,
    cards: Vec<Card<'a>>,
    sources: Vec<SourceEntry<'a>>,
    json_ld: String,
    /// When the article was replaced by a corrected version after the check began.
    changed_on: Option<&'a str>,
    /// "3 claims not yet approved … are left out of this report."
    left_out: Option<String>,
    corrections: Vec<CorrectionRow<'a>>,
}

struct CorrectionRow<'a> {
    date: &'a str,
    /// The corrected claim's number, reviewed text and anchor, when the report shows it.
    claim: Option<(usize, &'a str, String)>,
    change: &'a str,
    note: &'a str,
}

/// Text that becomes a link only when its target is an http(s) URL.
struct Link<'a> {
    text: &'a str,
    href: Option<&'a str>,
}

impl<'a> Link<'a> {
    fn new(text: &'a str, url: &'a str) -> Self {
        Self {
            text,
            href: web_url(url),
        }
    }

    fn plain(text: &'a str) -> Self {
        Self { text, href: None }
    }
}

struct Bar<'a> {
    label: &'a str,
    count: usize,
    percent: usize,
    color: Color,
}

struct ScaleEntry<'a> {
    label: &'a str,
    description: &'a str,
    color: Color,
    fg: &'static str,
}

struct HtmlPiece<'a> {
    refs: Vec<Ref<'a>>,
    text: &'a str,
    mark: Option<Mark>,
}

struct Ref<'a> {
    number: usize,
    anchor: String,
    outcome: &'a str,
    color: Color,
    fg: &'static str,
}

struct Mark {
    style: String,
    title: String,
}

struct Card<'a> {
    number: usize,
    anchor: String,
    color: Color,
    fg: &'static str,
    /// The verdict colour thinned for a background.
    wash: String,
    reviewed: &'a str,
    who: String,
    /// "p. 12" or "00:12:31", linked to the video's moment when there is one.
    place: String,
    place_link: Option<String>,
    quote: &'a str,
    outcome: Option<&'a str>,
    /// The coloured badge in the card's corner: ratings only, a long
    /// conclusion does not fit a badge.
    badge: Option<&'a str>,
    description: &'a str,
    rationale: Vec<&'a str>,
    sources: Vec<CardSource<'a>>,
    /// "Approved by Ana Ruiz on 2026-12-06", "Ready for review", …
    status: String,
    tags: Vec<&'a str>,
    modified: Option<&'a str>,
    /// "Previously checked by …", from the library.
    previous: Vec<PreviousLine<'a>>,
}

struct PreviousLine<'a> {
    by: String,
    claim: Link<'a>,
}

struct CardSource<'a> {
    number: usize,
    anchor: String,
    title: Link<'a>,
    details: String,
    stance: &'static str,
    stance_class: &'static str,
    excerpt: Option<&'a str>,
    /// An excerpt anchored in a snapshot, with its sentence: (before, quote, after).
    context: Option<(String, &'a str, String)>,
    archive: Option<Link<'a>>,
}

struct SourceEntry<'a> {
    anchor: String,
    title: Link<'a>,
    details: String,
    url: Option<Link<'a>>,
    archive: Option<Link<'a>>,
    archived_on: Option<&'a str>,
    /// (captured, kind, SHA-256) of each snapshot.
    snapshots: Vec<(&'a str, &'static str, &'a str)>,
    reliability: &'static str,
    notes: &'a str,
    cited_by: Vec<(usize, String)>,
}

pub(crate) fn render(project: &Project, at: UtcTime) -> Result<String, ExportError> {
    let report = Report::new(project);
    let publication = report.publication();
    let settings = &project.settings;
    let page = Page {
        title: report.title(),
        organisation: Link::new(
            non_empty(&settings.organisation).unwrap_or("Fact check"),
            &settings.organisation_url,
        ),
        reviewer: non_empty(&settings.reviewer),
        published: match &publication {
            Publication::Published { on, updated } => Some(match updated {
                Some(last) => format!("{on}, updated {last}"),
                None => on.clone(),
            }),
            Publication::Draft { .. } => None,
        },
        draft: publication.draft_note(),
        count_line: publication.count_line(report.claims.len()),
        generated: at.date(),
        meta: meta_rows(project),
        conclusion_only: report.conclusion_only(),
        bars: bars(&report),
        scale_name: &project.scale.name,
        scale: scale_entries(project),
        paragraphs: article_paragraphs(&report),
        cards: report.claims.iter().map(|c| card(&report, c)).collect(),
        sources: project
            .sources
            .iter()
            .map(|s| source_entry(&report, s))
            .collect(),
        json_ld: script_safe(&claimreview::render(project)?),
        changed_on: project.article_changed_on(),
        left_out: report.left_out_note(),
        corrections: report
            .corrections()
            .into_iter()
            .map(|e| CorrectionRow {
                date: &e.correction.date,
                claim: e.claim.map(|c| (c.number, c.reviewed(), c.anchor())),
                change: &e.correction.change,
                note: &e.correction.note,
            })
            .collect(),
    };
    Ok(page.render()?)
}

/// JSON inside `<script>` ends at the first `</script`, whatever JSON thinks;
/// `<`, `>` and `&` only occur inside JSON strings, where `\u` escapes mean the same.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

fn meta_rows(project: &Project) -> Vec<(&'static str, Link<'_>, bool)> {
    let m = &project.article.meta;
    let text_rows = [
        ("Article", &m.title),
        ("Outlet", &m.outlet),
        ("Author", &m.author),
        ("Published", &m.date_published),
        ("Retrieved", &m.date_retrieved),
    ];
    let mut rows: Vec<(&'static str, Link<'_>, bool)> = text_rows
        .into_iter()
        .filter_map(|(label, v)| non_empty(v).map(|v| (label, Link::plain(v), false)))
        .collect();
    if let Some(url) = non_empty(&m.url) {
        rows.push(("Address", Link::new(url, url), false));
    }
    rows.push(("Text SHA-256", Link::plain(&project.article.sha256), true));
    rows
}

fn bars<'a>(report: &Report<'a>) -> Vec<Bar<'a>> {
    let total = report.claims.len().max(1);
    let bar = |label, count: usize, color| Bar {
        label,
        count,
        percent: count * 100 / total,
        color,
    };
    if report.conclusion_only() {
        let done = report.concluded_count();
        let open = report.claims.len() - done;
        return vec![
            bar("Concluded", done, CONCLUDED),
            bar("Open", open, Color::NEUTRAL),
        ];
    }
    let (counts, unrated) = report.verdict_counts();
    let mut bars: Vec<Bar<'a>> = counts
        .into_iter()
        .filter_map(|(id, n)| {
            report
                .project
                .scale
                .verdict(id)
                .map(|v| bar(&v.label, n, v.color))
        })
        .collect();
    if unrated > 0 {
        bars.push(bar("Not yet rated", unrated, Color::NEUTRAL));
    }
    bars
}

fn scale_entries(project: &Project) -> Vec<ScaleEntry<'_>> {
    project
        .scale
        .verdicts
        .iter()
        .map(|v| ScaleEntry {
            label: &v.label,
            description: &v.description,
            color: v.color,
            fg: text_color_on(v.color),
        })
        .collect()
}

fn article_paragraphs<'a>(report: &'a Report<'a>) -> Vec<Vec<HtmlPiece<'a>>> {
    let spans: Vec<(usize, usize)> = report
        .claims
        .iter()
        .map(|c| (c.claim.span.start, c.claim.span.end))
        .collect();
    highlight::paragraphs(&report.project.article.text, &spans)
        .into_iter()
        .map(|para| para.into_iter().map(|p| html_piece(report, p)).collect())
        .collect()
}

fn html_piece<'a>(report: &'a Report<'a>, piece: Piece<'a>) -> HtmlPiece<'a> {
    let kind = report.project.scale.kind;
    let refs = piece
        .starts
        .iter()
        .map(|&i| {
            let c = &report.claims[i];
            Ref {
                number: c.number,
                anchor: c.anchor(),
                outcome: c.outcome(kind).unwrap_or("not yet rated"),
                color: c.color,
                fg: text_color_on(c.color),
            }
        })
        .collect();
    let covering: Vec<&NumberedClaim<'_>> =
        piece.covering.iter().map(|&i| &report.claims[i]).collect();
    HtmlPiece {
        refs,
        text: piece.text,
        mark: (!covering.is_empty()).then(|| mark(&covering)),
    }
}

/// The innermost claim tints the background; every covering claim adds a
/// coloured underline, so overlapping claims stay visible as stripes. The
/// underlines are background layers: inset box-shadows leave a dark seam.
fn mark(covering: &[&NumberedClaim<'_>]) -> Mark {
    let innermost = covering[covering.len() - 1];
    let mut layers: Vec<String> = covering
        .iter()
        .rev()
        .zip(1..)
        .map(|(c, depth)| {
            let color = c.color;
            format!(
                "linear-gradient({color},{color}) 0 100%/100% {}px no-repeat",
                depth * 3
            )
        })
        .collect();
    layers.push(format!("{}40", innermost.color));
    let numbers: Vec<String> = covering.iter().map(|c| c.number.to_string()).collect();
    let noun = if covering.len() == 1 {
        "Claim"
    } else {
        "Claims"
    };
    Mark {
        style: format!("background:{}", layers.join(",")),
        title: format!("{noun} {}", numbers.join(", ")),
    }
}

fn card<'a>(report: &Report<'a>, c: &'a NumberedClaim<'a>) -> Card<'a> {
    let kind = report.project.scale.kind;
    let claim = c.claim;
    let who = [non_empty(&claim.claimant), non_empty(&claim.claim_date)]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let outcome = c.outcome(kind);
    Card {
        number: c.number,
        anchor: c.anchor(),
        color: c.color,
        fg: text_color_on(c.color),
        wash: format!("{}1f", c.color),
        reviewed: c.reviewed(),
        who,
        place: c.location.label(),
        place_link: c.moment_link(report.project),
        quote: &claim.span.quote,
        outcome,
        badge: outcome.filter(|_| kind == ScaleKind::Ratings),
        description: c.verdict.map_or("", |v| v.description.as_str()),
        rationale: paragraphs_of(&claim.rationale),
        sources: c.sources.iter().map(|s| card_source(report, s)).collect(),
        status: c.status_line(),
        tags: claim.tags.iter().filter_map(|t| non_empty(t)).collect(),
        modified: c.modified,
        previous: claim
            .previous_checks
            .iter()
            .map(|p| PreviousLine {
                by: super::report::previously_checked_by(p),
                claim: Link::new(&p.claim, &p.url),
            })
            .collect(),
    }
}

/// Blank lines separate paragraphs; single newlines stay as line breaks (CSS pre-line).
fn paragraphs_of(text: &str) -> Vec<&str> {
    text.split("\n\n").filter_map(non_empty).collect()
}

fn card_source<'a>(report: &Report<'a>, cited: &'a CitedSource<'a>) -> CardSource<'a> {
    let s = cited.source;
    let (stance, stance_class) = match cited.link.stance {
        Stance::Supports => ("Supports", "supports"),
        Stance::Refutes => ("Refutes", "refutes"),
        Stance::Context => ("Context", "context"),
        Stance::Unset => ("Stance not chosen", "unset"),
    };
    CardSource {
        number: source_number(report, s),
        anchor: source_anchor(s),
        title: source_title(s),
        details: source_details(s),
        stance,
        stance_class,
        excerpt: non_empty(&cited.link.excerpt),
        context: cited.link.anchor.as_ref().map(|a| a.sentence()),
        archive: archive_link(s),
    }
}

fn source_entry<'a>(report: &Report<'a>, s: &'a Source) -> SourceEntry<'a> {
    SourceEntry {
        anchor: source_anchor(s),
        title: source_title(s),
        details: source_details(s),
        // The title already links to the page; the address is printed for readers of paper copies.
        url: non_empty(&s.url).map(|u| Link::new(u, u)),
        archive: archive_link(s),
        archived_on: non_empty(&s.archived_on),
        snapshots: s
            .snapshots
            .iter()
            .map(|n| (n.captured.as_str(), n.kind_label(), n.sha256.as_str()))
            .collect(),
        reliability: s.reliability.label(),
        notes: s.notes.trim(),
        cited_by: report
            .claims_citing(s.id)
            .into_iter()
            .map(|c| (c.number, claim_anchor(c.claim.id)))
            .collect(),
    }
}

fn source_number(report: &Report<'_>, s: &Source) -> usize {
    report.project.source_index(s.id).map_or(0, |i| i + 1)
}

fn source_anchor(s: &Source) -> String {
    format!("source-{}", s.id.0)
}

fn source_title(s: &Source) -> Link<'_> {
    let text = non_empty(&s.title)
        .or_else(|| non_empty(&s.url))
        .unwrap_or("Untitled source");
    Link::new(text, &s.url)
}

/// Publisher, author and dates in citation order, whichever are known.
fn source_details(s: &Source) -> String {
    let published = non_empty(&s.date_published).map(|d| format!("published {d}"));
    let accessed = non_empty(&s.date_accessed).map(|d| format!("accessed {d}"));
    [
        non_empty(&s.publisher).map(str::to_owned),
        non_empty(&s.author).map(str::to_owned),
        published,
        accessed,
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ")
}

fn archive_link(s: &Source) -> Option<Link<'_>> {
    non_empty(&s.archive_url).map(|u| Link::new(u, u))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_safe_json_cannot_close_its_script() {
        let out = script_safe(r#"{"a":"</script><!-- & >"}"#);
        assert!(!out.contains('<') && !out.contains('>') && !out.contains('&'));
        let back: serde_json::Value = serde_json::from_str(&out).unwrap_or_default();
        assert_eq!(back["a"], "</script><!-- & >");
    }
}
