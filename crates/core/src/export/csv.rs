//! One row per claim for spreadsheets (RFC 4180 through the `csv` crate).

use super::ExportError;
use super::report::{NumberedClaim, Report};
use crate::model::{Project, ScaleKind};

const HEADER: [&str; 14] = [
    "id",
    "start",
    "end",
    "quote",
    "claim reviewed",
    "claimant",
    "claim date",
    "status",
    "verdict",
    "verdict value",
    "rationale",
    "number of sources",
    "source URLs",
    "location",
];

pub(crate) fn render(project: &Project) -> Result<String, ExportError> {
    let report = Report::new(project, crate::i18n::Lang::En);
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    let err = |e: ::csv::Error| ExportError::Csv(e.to_string());
    writer.write_record(HEADER).map_err(err)?;
    for c in &report.claims {
        writer
            .write_record(row(project.scale.kind, c))
            .map_err(err)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| ExportError::Csv(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| ExportError::Csv(e.to_string()))
}

fn row(kind: ScaleKind, c: &NumberedClaim<'_>) -> Vec<String> {
    let claim = c.claim;
    let urls: Vec<&str> = c
        .sources
        .iter()
        .map(|s| s.source.url.trim())
        .filter(|u| !u.is_empty())
        .collect();
    // Numbers are ours and safe; every text cell is the user's and is neutralised.
    vec![
        claim.id.0.to_string(),
        claim.span.start.to_string(),
        claim.span.end.to_string(),
        cell(&claim.span.quote),
        cell(&claim.reviewed),
        cell(&claim.claimant),
        cell(&claim.claim_date),
        claim.status.label().to_owned(),
        cell(c.outcome(kind).unwrap_or("")),
        c.verdict
            .and_then(|v| v.value)
            .map_or_else(String::new, |v| v.to_string()),
        cell(&claim.rationale),
        c.sources.len().to_string(),
        cell(&urls.join("\n")),
        cell(&c.location.label()),
    ]
}

/// A text cell a spreadsheet will not run: cells opening with `=`, `+`, `-`,
/// `@`, a tab or a carriage return are read as formulas by Excel, LibreOffice
/// and Google Sheets, so they get a leading apostrophe (OWASP's advice).
pub(crate) fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn formula_cells_are_neutralised() {
        for evil in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=x", "\r=x"] {
            assert_eq!(cell(evil), format!("'{evil}"));
        }
        assert_eq!(cell("plain = fine"), "plain = fine");
        assert_eq!(cell(""), "");
    }
}
