//! W3C Web Annotations (JSON-LD): an `AnnotationCollection` (its pages'
//! items), an `AnnotationPage`, a list, or one `Annotation`. The bodies our
//! exporter writes come back by purpose: assessing → verdict, describing →
//! the claim as reviewed, commenting → rationale, tagging → tags. Our
//! excerpt annotations (a passage of a source, linked to a claim's
//! annotation) are not claims and are left out.

use std::collections::HashSet;

use serde_json::Value;

use super::{
    Incoming, Parsed, Position, Rating, SourceFormat, each, has_type, offset, skipped, string,
};

/// Pages followed at most in a collection whose pages are embedded.
const MAX_PAGES: usize = 10_000;

/// The annotations, when `value` is W3C Web Annotation JSON-LD.
pub(super) fn annotations(value: &Value) -> Option<Vec<&Value>> {
    if has_type(value, "AnnotationCollection") {
        let mut items = Vec::new();
        let mut page = value.get("first");
        let mut pages = 0;
        while let Some(p) = page.filter(|p| p.is_object()) {
            items.extend(each(p.get("items")));
            page = p.get("next");
            pages += 1;
            if pages >= MAX_PAGES {
                break;
            }
        }
        // Not standard, but seen: items on the collection itself.
        items.extend(each(value.get("items")));
        return Some(items);
    }
    if has_type(value, "AnnotationPage") {
        return Some(each(value.get("items")));
    }
    if has_type(value, "Annotation") {
        return Some(vec![value]);
    }
    let list = value.as_array()?;
    (!list.is_empty() && list.iter().all(|v| has_type(v, "Annotation")))
        .then(|| list.iter().collect())
}

pub(super) fn read(items: &[&Value]) -> Parsed {
    let ids: HashSet<&str> = items
        .iter()
        .filter_map(|a| a.get("id").and_then(Value::as_str))
        .collect();
    let mut parsed = Parsed {
        format: SourceFormat::WebAnnotation,
        items: Vec::new(),
        skipped: Vec::new(),
    };
    for (i, a) in items.iter().enumerate() {
        let n = i + 1;
        if !a.is_object() {
            parsed
                .skipped
                .push(skipped("annotations-skipped-not-annotation", n));
            continue;
        }
        let bodies = each(a.get("body"));
        let links_annotation = bodies.iter().any(|b| {
            b.get("purpose").and_then(Value::as_str) == Some("linking")
                && b.get("source")
                    .and_then(Value::as_str)
                    .is_some_and(|s| ids.contains(s))
        });
        if links_annotation {
            parsed
                .skipped
                .push(skipped("annotations-skipped-excerpt", n));
            continue;
        }
        match incoming(a, &bodies) {
            Some(incoming) => parsed.items.push(incoming),
            None => parsed
                .skipped
                .push(skipped("annotations-skipped-item-no-quote", n)),
        }
    }
    parsed
}

fn incoming(a: &Value, bodies: &[&Value]) -> Option<Incoming> {
    let mut out = Incoming::default();
    let selectors: Vec<&Value> = each(a.get("target"))
        .into_iter()
        .flat_map(|t| each(t.get("selector")))
        .collect();
    let quote = selectors
        .iter()
        .find(|s| has_type(s, "TextQuoteSelector"))
        .copied()
        // Only a page or a moment, refined by the quote.
        .or_else(|| {
            selectors
                .iter()
                .filter_map(|s| s.get("refinedBy"))
                .find(|r| has_type(r, "TextQuoteSelector"))
        })?;
    out.quote = string(quote, "exact");
    if out.quote.is_empty() {
        return None;
    }
    out.prefix = string(quote, "prefix");
    out.suffix = string(quote, "suffix");
    if let Some(p) = selectors
        .iter()
        .find(|s| has_type(s, "TextPositionSelector"))
    {
        let (start, end) = (offset(p.get("start")), offset(p.get("end")));
        // A position that cannot hold the quote is no position.
        if let (Some(start), Some(end)) = (start, end)
            && end >= start
        {
            out.position = Position::Chars(start);
        }
    }
    let mut comments = Vec::new();
    for body in bodies {
        let text = match body {
            Value::String(s) => s.clone(),
            _ => string(body, "value"),
        };
        if text.trim().is_empty() {
            continue;
        }
        let purpose = body.get("purpose").and_then(Value::as_str).unwrap_or("");
        match purpose {
            "assessing" => {
                out.rating = Some(Rating {
                    label: text.trim().to_owned(),
                    ..Rating::default()
                });
            }
            "describing" => out.reviewed = text.trim().to_owned(),
            "tagging" => out.tags.push(text.trim().to_owned()),
            "linking" => {}
            _ => comments.push(text),
        }
    }
    if let Some(Value::String(v)) = a.get("bodyValue")
        && !v.trim().is_empty()
    {
        comments.push(v.clone());
    }
    out.rationale = comments.join("\n\n");
    Some(out)
}
