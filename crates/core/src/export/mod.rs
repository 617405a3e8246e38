//! Publishing a project: reports for readers (HTML, Markdown), a table for
//! spreadsheets (CSV) and markup for machines (ClaimReview, Web Annotations).
//!
//! The window and the command line both go through [`export`] and
//! [`check_report`]; everything here is pure and needs no window.
//!
//! Every string a user typed or imported is untrusted: HTML goes through
//! askama's escaping, JSON through serde_json, CSV through the `csv` crate
//! with formula cells neutralised, and only http(s) URLs ever become links.

mod annotations;
mod check;
mod check_words;
mod claimreview;
mod csv;
mod highlight;
mod html;
mod markdown;
mod report;
mod words;

use std::fmt;
use std::str::FromStr;

use crate::i18n::Lang;
use crate::model::Project;

pub use crate::model::date::UtcTime;
pub use check::check_report;
pub use check_words::warning_text;
pub use report::Publication;

/// Whether a report of `project` would be published or a draft (the same
/// rule every format follows).
pub fn publication(project: &Project) -> Publication {
    report::Report::new(project, Lang::En).publication()
}

/// The language a report of `project` is written in: the project's report
/// language, else `window` (the window's language; English on the command
/// line). A code this build does not know gives English.
pub fn report_language(project: &Project, window: Lang) -> Lang {
    match project.settings.report_language.as_deref() {
        None => window,
        Some(code) => Lang::from_code(code).unwrap_or(Lang::En),
    }
}

/// What [`export`] can produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// A self-contained HTML page: inline CSS, no JavaScript, nothing fetched.
    Html,
    /// The same report as Markdown, for code-hosting sites.
    Markdown,
    /// One row per claim, for spreadsheets.
    Csv,
    /// schema.org ClaimReview JSON-LD, one per claim that has a verdict.
    ClaimReview,
    /// A W3C Web Annotation collection, one annotation per claim.
    Annotations,
}

impl Format {
    pub const ALL: [Self; 5] = [
        Self::Html,
        Self::Markdown,
        Self::Csv,
        Self::ClaimReview,
        Self::Annotations,
    ];

    /// The name used on the command line (`--format`).
    pub fn name(self) -> &'static str {
        match self {
            Self::Html => "html",
            Self::Markdown => "md",
            Self::Csv => "csv",
            Self::ClaimReview => "claimreview",
            Self::Annotations => "annotations",
        }
    }

    /// File extension without the dot, for a save dialog's default name.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Html => "html",
            Self::Markdown => "md",
            Self::Csv => "csv",
            Self::ClaimReview | Self::Annotations => "jsonld",
        }
    }

    /// A label for menus.
    pub fn label(self) -> &'static str {
        match self {
            Self::Html => "HTML report",
            Self::Markdown => "Markdown report",
            Self::Csv => "CSV table",
            Self::ClaimReview => "ClaimReview JSON-LD",
            Self::Annotations => "W3C Web Annotations",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A `--format` value that names no format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownFormat(pub String);

impl fmt::Display for UnknownFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
        write!(
            f,
            "unknown format {:?} (expected one of: {})",
            self.0,
            names.join(", ")
        )
    }
}

impl std::error::Error for UnknownFormat {}

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "html" | "htm" => Ok(Self::Html),
            "md" | "markdown" => Ok(Self::Markdown),
            "csv" => Ok(Self::Csv),
            "claimreview" | "jsonld" | "json-ld" => Ok(Self::ClaimReview),
            "annotations" | "annotation" | "w3c" => Ok(Self::Annotations),
            _ => Err(UnknownFormat(s.to_owned())),
        }
    }
}

/// Why an export failed. None of these is expected for a project that loaded;
/// they are the writers' own errors passed on instead of a panic.
#[derive(Debug)]
pub enum ExportError {
    Template(askama::Error),
    Json(serde_json::Error),
    Csv(String),
}

impl ExportError {
    /// The error as a message (`errors-export.ftl`) for the window to word;
    /// what the writer said stays as it said it.
    pub fn words(&self) -> crate::i18n::Message {
        let (id, detail) = match self {
            Self::Template(e) => ("export-error-template", e.to_string()),
            Self::Json(e) => ("export-error-json", e.to_string()),
            Self::Csv(e) => ("export-error-csv", e.clone()),
        };
        crate::i18n::Message::new(id).arg("detail", detail)
    }
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.words().fmt(f)
    }
}

impl std::error::Error for ExportError {}

impl From<askama::Error> for ExportError {
    fn from(e: askama::Error) -> Self {
        Self::Template(e)
    }
}

impl From<serde_json::Error> for ExportError {
    fn from(e: serde_json::Error) -> Self {
        Self::Json(e)
    }
}

/// Renders `project` in `format`, stamped with the current UTC time, in
/// the project's report language (English when it has none).
pub fn export(project: &Project, format: Format) -> Result<String, ExportError> {
    export_at(project, format, UtcTime::now())
}

/// Renders `project` in `format` as if exported at `at`: the publication date
/// and annotation timestamps come from it, so tests get stable output. The
/// language is the project's report language, English when it has none.
pub fn export_at(project: &Project, format: Format, at: UtcTime) -> Result<String, ExportError> {
    export_in(project, format, at, report_language(project, Lang::En))
}

/// Renders `project` in `format` as if exported at `at`, the HTML and
/// Markdown reports in `lang` (see [`report_language`]). CSV, ClaimReview
/// and W3C annotations are data and the same in every language.
pub fn export_in(
    project: &Project,
    format: Format,
    at: UtcTime,
    lang: Lang,
) -> Result<String, ExportError> {
    match format {
        Format::Html => html::render(project, at, lang),
        Format::Markdown => Ok(markdown::render(project, at, lang)),
        Format::Csv => csv::render(project),
        Format::ClaimReview => claimreview::render(project),
        Format::Annotations => annotations::render(project, at),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_parse_from_their_names() {
        for f in Format::ALL {
            assert_eq!(f.name().parse::<Format>(), Ok(f));
        }
        assert_eq!("Markdown".parse::<Format>(), Ok(Format::Markdown));
        assert!("pdf".parse::<Format>().is_err());
    }
}
