//! The Markdown report: the HTML report's content in CommonMark/GFM, for
//! code-hosting sites. User text is escaped so it cannot open links, tables,
//! emphasis or raw HTML of its own. A little over 400 lines only with its
//! escaping tests, which belong beside the escaping.

use std::fmt::Write as _;

use super::UtcTime;
use super::highlight::{self, Piece};
use super::report::{
    NumberedClaim, Report, non_empty, reliability_id, snapshot_kind_id, stance_id, web_url,
};
use super::words::Words;
use crate::i18n::Lang;
use crate::model::{Project, ScaleKind};

pub(crate) fn render(project: &Project, at: UtcTime, lang: Lang) -> String {
    let report = Report::new(project, lang);
    let w = &report.words;
    let mut out = String::new();
    header(&mut out, &report, at);
    summary(&mut out, &report);
    article(&mut out, &report);
    claims(&mut out, &report);
    corrections(&mut out, &report);
    sources(&mut out, &report);
    let generated = w.f("report-generated", &[("date", w.date(&at.date()).into())]);
    let _ = writeln!(out, "---\n\n*{}*", escape(&generated));
    out
}

/// A message with one `$date` argument, the date in the report's words.
fn dated(w: &Words, id: &str, date: &str) -> String {
    w.f(id, &[("date", w.date(date).into())])
}

/// User text for running Markdown: characters that open inline markup
/// (emphasis, links, code, raw HTML, tables, entities, GitHub's `$` maths) are backslash-escaped,
/// newlines become spaces so a field stays one line (and one table cell),
/// and a start that would open a block (heading, list) is escaped too.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.trim().chars() {
        match ch {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '$' => {
                out.push('\\');
                out.push(ch);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(ch),
        }
    }
    escape_block_start(out)
}

/// `- x`, `+ x`, `= x` and `1. x` open lists or underline headings at a line's start.
fn escape_block_start(s: String) -> String {
    if s.starts_with(['-', '+', '=']) {
        return format!("\\{s}");
    }
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    match s[digits..].chars().next() {
        Some('.' | ')') if digits > 0 => format!("{}\\{}", &s[..digits], &s[digits..]),
        _ => s,
    }
}

/// A link when `url` is http(s), else the escaped text alone.
fn link(text: &str, url: &str) -> String {
    match web_url(url) {
        // Angle brackets let the destination hold parentheses; the few
        // characters that could still end or break it are percent-encoded.
        Some(u) => format!("[{}](<{}>)", escape(text), encode_destination(u)),
        None => escape(text),
    }
}

fn encode_destination(url: &str) -> String {
    url.replace('<', "%3C")
        .replace('>', "%3E")
        .replace('\\', "%5C")
}

fn header(out: &mut String, report: &Report<'_>, at: UtcTime) {
    let p = report.project;
    let w = &report.words;
    let s = &p.settings;
    let publication = report.publication();
    let org = non_empty(&s.organisation).map_or_else(|| w.t("report-kind"), str::to_owned);
    let kind = w.t(if publication.is_draft() {
        "report-kind-draft"
    } else {
        "report-kind"
    });
    // The title is escaped alone: the heading's own words are the catalog's.
    let heading = w.f(
        "report-title",
        &[
            ("kind", kind.into()),
            ("title", escape(report.title()).into()),
        ],
    );
    let _ = writeln!(out, "# {heading}\n");
    if let Some(note) = publication.draft_note_in(w) {
        let _ = writeln!(
            out,
            "> **{}** {}\n",
            escape(&w.t("report-draft-mark")),
            escape(&note)
        );
    }
    let mut byline = Vec::new();
    if let Some(r) = non_empty(&s.reviewer) {
        byline.push(w.f("report-by", &[("name", escape(r).into())]));
    }
    byline.push(link(&org, &s.organisation_url));
    byline.push(match publication.published_line(w) {
        Some(day) => w.f("report-published", &[("date", escape(&day).into())]),
        None => escape(&dated(w, "report-draft-made", &at.date())),
    });
    byline.push(escape(&publication.count_line(report.claims.len(), w)));
    let _ = writeln!(out, "{}\n", byline.join(" · "));
    let m = &p.article.meta;
    let _ = writeln!(
        out,
        "| {} | |\n| --- | --- |",
        escape(&w.t("report-meta-article"))
    );
    for (label, value, is_date) in [
        ("report-meta-title", &m.title, false),
        ("report-meta-outlet", &m.outlet, false),
        ("report-meta-author", &m.author, false),
        ("report-meta-published", &m.date_published, true),
        ("report-meta-retrieved", &m.date_retrieved, true),
    ] {
        if let Some(v) = non_empty(value) {
            let v = if is_date { w.date(v) } else { v.to_owned() };
            let _ = writeln!(out, "| {} | {} |", escape(&w.t(label)), escape(&v));
        }
    }
    if let Some(url) = non_empty(&m.url) {
        let _ = writeln!(
            out,
            "| {} | {} |",
            escape(&w.t("report-meta-address")),
            link(url, url)
        );
    }
    if let Some(date) = p.article_changed_on() {
        let _ = writeln!(
            out,
            "| {} | {} |",
            escape(&w.t("report-meta-changed")),
            escape(&dated(w, "report-meta-changed-value", date))
        );
    }
    let _ = writeln!(
        out,
        "| {} | `{}` |\n",
        escape(&w.t("report-meta-sha256")),
        p.article.sha256.replace('`', "")
    );
}

fn summary(out: &mut String, report: &Report<'_>) {
    let p = report.project;
    let w = &report.words;
    let _ = writeln!(out, "## {}\n", escape(&w.t("report-summary")));
    if let Some(note) = report.left_out_note() {
        let _ = writeln!(out, "*{}*\n", escape(&note));
    }
    if report.conclusion_only() {
        let done = report.concluded_count();
        let total = report.claims.len();
        let counts = w.f(
            "report-conclusions-count",
            &[
                ("count", total.into()),
                ("done", done.into()),
                ("open", (total - done).into()),
            ],
        );
        let _ = writeln!(
            out,
            "{} {}\n",
            escape(&counts),
            escape(&w.t("report-conclusion-only"))
        );
        return;
    }
    let (counts, unrated) = report.verdict_counts();
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n| --- | ---: | --- |",
        escape(&w.t("report-col-verdict")),
        escape(&w.t("report-col-claims")),
        escape(&w.t("report-col-meaning"))
    );
    for (id, n) in counts {
        if let Some(v) = p.scale.verdict(id) {
            let _ = writeln!(
                out,
                "| **{}** | {n} | {} |",
                escape(&v.label),
                escape(&v.description)
            );
        }
    }
    if unrated > 0 {
        let _ = writeln!(
            out,
            "| {} | {unrated} | |",
            escape(&w.t("report-not-yet-rated"))
        );
    }
    let total = w.f(
        "report-total-and-scale",
        &[
            ("count", report.claims.len().into()),
            ("scale", escape(&p.scale.name).into()),
        ],
    );
    let _ = writeln!(out, "\n{total}\n");
}

fn article(out: &mut String, report: &Report<'_>) {
    let w = &report.words;
    let _ = writeln!(
        out,
        "## {}\n\n{}\n",
        escape(&w.t("report-article")),
        escape(&w.t("report-article-hint-markdown"))
    );
    let spans: Vec<(usize, usize)> = report
        .claims
        .iter()
        .map(|c| (c.claim.span.start, c.claim.span.end))
        .collect();
    for para in highlight::paragraphs(&report.project.article.text, &spans) {
        let _ = writeln!(out, "> {}\n>", paragraph(report, &para));
    }
    // Close the quote block: a lone ">" would otherwise swallow the next heading's blank line.
    out.truncate(out.trim_end_matches(['>', '\n']).len());
    out.push_str("\n\n");
}

/// One paragraph with claims in bold. Consecutive covered pieces form one
/// bold run, because `**a****b**` would not render as emphasis.
fn paragraph(report: &Report<'_>, pieces: &[Piece<'_>]) -> String {
    let mut out = String::new();
    let mut run = String::new();
    for piece in pieces {
        let mut text: String = piece
            .starts
            .iter()
            .map(|&i| marker(&report.claims[i]))
            .collect();
        text.push_str(&escape_inline(piece.text));
        if piece.covering.is_empty() {
            out.push_str(&bold(&run));
            run.clear();
            out.push_str(&text);
        } else {
            run.push_str(&text);
        }
    }
    out.push_str(&bold(&run));
    out
}

fn marker(c: &NumberedClaim<'_>) -> String {
    format!("[\\[{}\\]](#{}) ", c.number, c.anchor())
}

/// Like [`escape`] but keeps the surrounding spaces, which separate pieces.
fn escape_inline(text: &str) -> String {
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    if lead.len() == text.len() {
        return text.to_owned();
    }
    format!("{lead}{}{trail}", escape(text))
}

/// `**…**` around the run's words; emphasis cannot start or end on a space.
fn bold(run: &str) -> String {
    let core = run.trim();
    if core.is_empty() {
        return run.to_owned();
    }
    let lead = &run[..run.len() - run.trim_start().len()];
    let trail = &run[run.trim_end().len()..];
    format!("{lead}**{core}**{trail}")
}

fn claims(out: &mut String, report: &Report<'_>) {
    let w = &report.words;
    let _ = writeln!(out, "## {}\n", escape(&w.t("report-claims")));
    if report.claims.is_empty() {
        let _ = writeln!(out, "*{}*\n", escape(&w.t("report-no-claims")));
    }
    for c in &report.claims {
        claim(out, report, c);
    }
}

fn claim(out: &mut String, report: &Report<'_>, c: &NumberedClaim<'_>) {
    let kind = report.project.scale.kind;
    let w = &report.words;
    let t = |id: &str| escape(&w.t(id));
    let claim = c.claim;
    let _ = writeln!(out, "<a id=\"{}\"></a>\n", c.anchor());
    let _ = writeln!(out, "### {}. {}\n", c.number, escape(c.reviewed()));
    let _ = writeln!(out, "> {}\n", escape(&claim.span.quote));
    let (label, none) = match kind {
        ScaleKind::Ratings => (t("report-verdict"), t("report-not-rated-cell")),
        ScaleKind::ConclusionOnly => (t("report-conclusion"), t("report-no-conclusion-cell")),
    };
    let outcome = c
        .outcome(kind)
        .map_or(format!("*{none}*"), |o| format!("**{}**", escape(o)));
    let _ = writeln!(out, "| | |\n| --- | --- |\n| {label} | {outcome} |");
    if let Some(v) = c.verdict.and_then(|v| non_empty(&v.description)) {
        let _ = writeln!(out, "| {} | {} |", t("report-meaning"), escape(v));
    }
    if let Some(v) = non_empty(&claim.claimant) {
        let _ = writeln!(out, "| {} | {} |", t("report-claimant"), escape(v));
    }
    if let Some(v) = non_empty(&claim.claim_date) {
        let _ = writeln!(
            out,
            "| {} | {} |",
            t("report-claim-date"),
            escape(&w.date(v))
        );
    }
    let place = c.place(w);
    if !place.is_empty() {
        let label = if c.location.first_page.is_some() {
            t("report-page")
        } else {
            t("report-time")
        };
        let cell = match c.moment_link(report.project) {
            Some(url) => link(&place, &url),
            None => escape(&place),
        };
        let _ = writeln!(out, "| {label} | {cell} |");
    }
    let _ = writeln!(
        out,
        "| {} | {} |",
        t("report-status"),
        escape(&c.status_line(w))
    );
    if let Some(date) = c.modified {
        let see = w.f(
            "report-corrected-see",
            &[
                ("date", escape(&w.date(date)).into()),
                (
                    "corrections",
                    format!("[{}](#corrections)", t("report-corrections")).into(),
                ),
            ],
        );
        let _ = writeln!(out, "| {} | {see} |", t("report-corrected-label"));
    }
    let tags: Vec<String> = claim
        .tags
        .iter()
        .filter_map(|t| non_empty(t))
        .map(escape)
        .collect();
    if !tags.is_empty() {
        let _ = writeln!(out, "| {} | {} |", t("report-tags"), w.join(&tags));
    }
    let _ = writeln!(
        out,
        "\n**{}.** {}\n",
        t("report-why"),
        rationale(&claim.rationale, w)
    );
    for p in &claim.previous_checks {
        let by = super::report::previously_checked_by(p, w);
        let text =
            non_empty(&p.claim).map_or_else(|| w.t("report-previous-earlier"), str::to_owned);
        let _ = writeln!(out, "- {}: “{}”", escape(&by), link(&text, &p.url));
    }
    if !claim.previous_checks.is_empty() {
        out.push('\n');
    }
    evidence(out, c, w);
}

/// The corrections log (IFCN principle 5): what changed in a published
/// claim, when, and why. Left out while there is none.
fn corrections(out: &mut String, report: &Report<'_>) {
    let entries = report.corrections();
    if entries.is_empty() {
        return;
    }
    let w = &report.words;
    let t = |id: &str| escape(&w.t(id));
    let _ = writeln!(
        out,
        "<a id=\"corrections\"></a>\n\n## {}\n",
        t("report-corrections")
    );
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n| --- | --- | --- | --- |",
        t("report-col-date"),
        t("report-col-claim"),
        t("report-col-change"),
        t("report-col-note")
    );
    for e in entries {
        let k = e.correction;
        let claim = match e.claim {
            Some(c) => format!("[{}. {}](#{})", c.number, escape(c.reviewed()), c.anchor()),
            None => t("report-claim-gone"),
        };
        let _ = writeln!(
            out,
            "| {} | {claim} | {} | {} |",
            escape(&w.date(&k.date)),
            escape(&k.change),
            escape(&k.note)
        );
    }
    out.push('\n');
}

/// The rationale's paragraphs, each escaped, still separated by blank lines.
fn rationale(text: &str, w: &Words) -> String {
    let paras: Vec<String> = text
        .split("\n\n")
        .filter_map(non_empty)
        .map(escape)
        .collect();
    if paras.is_empty() {
        format!("*{}*", escape(&w.t("report-no-rationale")))
    } else {
        paras.join("\n\n")
    }
}

fn evidence(out: &mut String, c: &NumberedClaim<'_>, w: &Words) {
    let evidence = escape(&w.t("report-evidence"));
    if c.sources.is_empty() {
        let none = escape(&w.t("report-no-sources-cited"));
        let _ = writeln!(out, "**{evidence}.** *{none}*\n");
        return;
    }
    let _ = writeln!(out, "**{evidence}.**\n");
    for cited in &c.sources {
        let s = cited.source;
        let title = source_title(s, w);
        let stance = escape(&w.t(stance_id(cited.link.stance)));
        let mut line = format!("- *{stance}*: {}", link(&title, &s.url));
        if let Some(v) = non_empty(&s.publisher) {
            let _ = write!(line, ", {}", escape(v));
        }
        if let Some(d) = non_empty(&s.date_published) {
            let _ = write!(
                line,
                ", {}",
                escape(&dated(w, "report-source-published", d))
            );
        }
        if let Some(a) = non_empty(&s.archive_url) {
            let _ = write!(line, " ({})", link(&w.t("report-archived-copy-link"), a));
        }
        let _ = writeln!(out, "{line}");
        if let Some(a) = &cited.link.anchor {
            // The excerpt in its sentence, as the snapshot has it.
            let (before, quote, after) = a.sentence();
            let _ = writeln!(
                out,
                "  > {}{}{}",
                escape_inline(&before),
                bold(&escape_inline(quote)),
                escape_inline(&after)
            );
        } else if let Some(e) = non_empty(&cited.link.excerpt) {
            let _ = writeln!(out, "  > {}", escape(e));
        }
    }
    out.push('\n');
}

fn source_title(s: &crate::model::Source, w: &Words) -> String {
    non_empty(&s.title)
        .or(non_empty(&s.url))
        .map_or_else(|| w.t("report-untitled-source"), str::to_owned)
}

fn sources(out: &mut String, report: &Report<'_>) {
    let w = &report.words;
    let t = |id: &str| escape(&w.t(id));
    let _ = writeln!(out, "## {}\n", t("report-sources"));
    if report.project.sources.is_empty() {
        let _ = writeln!(out, "*{}*\n", t("report-no-sources"));
        return;
    }
    for (n, s) in report.project.sources.iter().enumerate() {
        let title = source_title(s, w);
        let mut line = format!("{}. {}", n + 1, link(&title, &s.url));
        for value in [&s.publisher, &s.author] {
            if let Some(v) = non_empty(value) {
                let _ = write!(line, ", {}", escape(v));
            }
        }
        if let Some(d) = non_empty(&s.date_published) {
            let _ = write!(line, ", {}", escape(&w.date(d)));
        }
        if let Some(d) = non_empty(&s.date_accessed) {
            let _ = write!(line, ", {}", escape(&dated(w, "report-source-accessed", d)));
        }
        if let Some(a) = non_empty(&s.archive_url) {
            let _ = write!(line, ". {} {}", t("report-archived-copy"), link(a, a));
            if let Some(on) = non_empty(&s.archived_on) {
                let _ = write!(line, " {}", escape(&dated(w, "report-captured", on)));
            }
        }
        for snap in &s.snapshots {
            let kind = w.t(snapshot_kind_id(&snap.ext));
            let text = w.f(
                "report-snapshot",
                &[
                    ("date", w.date(&snap.captured).into()),
                    ("kind", kind.into()),
                ],
            );
            let _ = write!(
                line,
                ". {} `{}`",
                escape(&text),
                snap.sha256.replace('`', "")
            );
        }
        let cited: Vec<String> = report
            .claims_citing(s.id)
            .into_iter()
            .map(|c| format!("[{}](#{})", c.number, c.anchor()))
            .collect();
        let reliability = w.f(
            "report-reliability",
            &[("reliability", w.t(reliability_id(s.reliability)).into())],
        );
        let _ = write!(line, ". {}", escape(&reliability));
        if !cited.is_empty() {
            let _ = write!(
                line,
                ". {} {}",
                escape(&w.count("report-cited-by", cited.len())),
                w.join(&cited)
            );
        }
        let _ = writeln!(out, "{line}.");
        if let Some(notes) = non_empty(&s.notes) {
            let _ = writeln!(out, "   {}", escape(notes));
        }
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_user_text_is_escaped() {
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(escape("[x](javascript:y)"), "\\[x\\](javascript:y)");
        assert_eq!(escape("<img onerror=x>"), "\\<img onerror=x\\>");
        assert_eq!(escape("- not a list"), "\\- not a list");
        assert_eq!(escape("1. not a list"), "1\\. not a list");
        assert_eq!(escape("2025 was"), "2025 was");
        assert_eq!(escape("line\nbreak"), "line break");
    }

    #[test]
    fn only_web_urls_become_links() {
        assert_eq!(link("x", "javascript:alert(1)"), "x");
        assert_eq!(link("x", "https://e.org/a(b)"), "[x](<https://e.org/a(b)>)");
        assert_eq!(
            link("x", "https://e.org/<p>"),
            "[x](<https://e.org/%3Cp%3E>)"
        );
    }

    #[test]
    fn adjacent_bold_pieces_form_one_run() {
        assert_eq!(bold(" a b "), " **a b** ");
        assert_eq!(bold("  "), "  ");
    }
}
