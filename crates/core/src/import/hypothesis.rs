//! Hypothesis's annotation JSON (its API's `rows`, its client's export with
//! `annotations`, or a plain list): `target[].selector` holds a
//! TextQuoteSelector (`exact`, `prefix`, `suffix`), a TextPositionSelector
//! (in UTF-16 code units of the page's text) and a RangeSelector (XPath,
//! of no use outside the page). `text` is the note, `tags` a list. Replies
//! and page notes (no selector) are not claims and are left out.

use serde_json::Value;

use super::{Incoming, Parsed, Position, SourceFormat, each, has_type, offset, skipped, string};

/// The annotations, when `value` looks like Hypothesis's JSON.
pub(super) fn rows(value: &Value) -> Option<Vec<&Value>> {
    let list = match value {
        Value::Array(items) => items,
        Value::Object(map) => ["rows", "annotations"]
            .iter()
            .find_map(|k| map.get(*k).and_then(Value::as_array))?,
        _ => return None,
    };
    let looks_like = |v: &Value| {
        v.get("target").is_some() && (v.get("uri").is_some() || v.get("text").is_some())
    };
    (!list.is_empty() && list.iter().any(looks_like)).then(|| list.iter().collect())
}

pub(super) fn read(rows: &[&Value]) -> Parsed {
    let mut parsed = Parsed {
        format: SourceFormat::Hypothesis,
        items: Vec::new(),
        skipped: Vec::new(),
    };
    for (i, row) in rows.iter().enumerate() {
        let n = i + 1;
        let replies = row
            .get("references")
            .and_then(Value::as_array)
            .is_some_and(|r| !r.is_empty());
        if replies {
            parsed.skipped.push(skipped("annotations-skipped-reply", n));
            continue;
        }
        let selectors: Vec<&Value> = each(row.get("target"))
            .into_iter()
            .flat_map(|t| each(t.get("selector")))
            .collect();
        if selectors.is_empty() {
            parsed
                .skipped
                .push(skipped("annotations-skipped-page-note", n));
            continue;
        }
        let Some(quote) = selectors
            .iter()
            .find(|s| has_type(s, "TextQuoteSelector"))
            .filter(|q| !string(q, "exact").is_empty())
        else {
            parsed
                .skipped
                .push(skipped("annotations-skipped-no-quote", n));
            continue;
        };
        let position = selectors
            .iter()
            .find(|s| has_type(s, "TextPositionSelector"))
            .and_then(|p| match (offset(p.get("start")), offset(p.get("end"))) {
                (Some(start), Some(end)) if end >= start => Some(Position::Utf16(start)),
                _ => None,
            })
            .unwrap_or_default();
        let tags = each(row.get("tags"))
            .into_iter()
            .filter_map(Value::as_str)
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect();
        parsed.items.push(Incoming {
            quote: string(quote, "exact"),
            prefix: string(quote, "prefix"),
            suffix: string(quote, "suffix"),
            position,
            rationale: string(row, "text").trim().to_owned(),
            tags,
            ..Incoming::default()
        });
    }
    parsed
}
