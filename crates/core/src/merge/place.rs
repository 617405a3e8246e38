//! A conflict's path in words a user understands:
//! `claims[id=17].verdict` → `claim #3 “Prices rose 4%” › verdict`, as a
//! message the window words in its language; the project file keeps the
//! English (`Conflict::place`).

use serde_json::Value;

use crate::i18n::{Catalog, Lang, Message};
use crate::model::{FieldPath, PathStep, Project, field_words};

const QUOTE_CHARS: usize = 40;

fn excerpt(s: &str) -> String {
    let mut out: String = s.chars().take(QUOTE_CHARS).collect();
    if s.chars().nth(QUOTE_CHARS).is_some() {
        out.push('…');
    }
    out.replace('\n', " ")
}

fn id_is<T: serde::Serialize>(id: &T, key: &Value) -> bool {
    serde_json::to_value(id).is_ok_and(|v| &v == key)
}

/// The number users see: the claim's place in article order.
fn number(project: &Project, index: usize) -> usize {
    let key = |i: usize| {
        let s = &project.claims[i].span;
        (s.start, s.end, i)
    };
    let mine = key(index);
    1 + (0..project.claims.len()).filter(|&i| key(i) < mine).count()
}

/// Where a conflict is, in English: what the project file keeps in
/// `Conflict::place` and `claimdesk merge` prints.
pub fn words(project: &Project, path: &FieldPath) -> String {
    place(project, path).to_string()
}

/// Where a conflict is, as a message (`conflicts.ftl`) for the window to
/// word in its language: `claim #3 “Prices rose 4%” › verdict`.
pub fn place(project: &Project, path: &FieldPath) -> Message {
    let mut out: Vec<Message> = Vec::new();
    let steps = &path.0;
    let mut i = 0;
    while i < steps.len() {
        let next_item = match steps.get(i + 1) {
            Some(PathStep::Item { id, .. }) => Some(id),
            _ => None,
        };
        let word = match (&steps[i], next_item, i) {
            (PathStep::Field(f), Some(id), 0) if f == "claims" => {
                i += 1;
                match project.claims.iter().position(|c| id_is(&c.id, id)) {
                    Some(n) => Message::new("conflict-claim")
                        .arg("number", number(project, n))
                        .arg("quote", excerpt(&project.claims[n].span.quote)),
                    None => Message::new("conflict-claim-id").arg("id", id.to_string()),
                }
            }
            (PathStep::Field(f), Some(id), _) if f == "sources" => {
                i += 1;
                let title = project
                    .sources
                    .iter()
                    .find(|s| id_is(&s.id, id))
                    .map(|s| excerpt(&s.title));
                match (title, out.is_empty()) {
                    (Some(t), true) => Message::new("conflict-source").arg("title", t),
                    (Some(t), false) => Message::new("conflict-link").arg("title", t),
                    (None, true) => Message::new("conflict-source-id").arg("id", id.to_string()),
                    (None, false) => Message::new("conflict-link-id").arg("id", id.to_string()),
                }
            }
            (PathStep::Field(f), Some(id), _) if f == "verdicts" => {
                i += 1;
                match project.scale.verdicts.iter().find(|v| id_is(&v.id, id)) {
                    Some(v) => Message::new("conflict-verdict").arg("label", excerpt(&v.label)),
                    None => Message::new("conflict-verdict-id").arg("id", id.to_string()),
                }
            }
            (PathStep::Field(f), Some(id), _) => {
                i += 1;
                Message::new("conflict-item")
                    .arg("what", item_name(f))
                    .arg("id", id.to_string())
            }
            (PathStep::Field(f), None, 0) if f == "title" => Message::new("conflict-project-title"),
            (PathStep::Field(f), None, 0) if f == "scale" => Message::new("conflict-rating-scale"),
            (PathStep::Field(f), None, _) => field_name(f),
            (PathStep::Item { key, id }, _, _) => Message::new("conflict-item")
                .arg("what", key.as_str())
                .arg("id", id.to_string()),
        };
        out.push(word);
        i += 1;
    }
    let mut steps = out.into_iter();
    let first = steps
        .next()
        .unwrap_or_else(|| Message::new("conflict-project"));
    steps.fold(first, |outer, inner| {
        Message::new("conflict-path")
            .arg("outer", outer)
            .arg("inner", inner)
    })
}

/// A field of the project's data by its name there (`claim_date`): its
/// message in `conflicts.ftl` (`data-field-claim-date`, "claim date"), or, for a
/// field added since, its name in words.
pub fn field_name(key: &str) -> Message {
    let id = format!("data-field-{}", key.replace('_', "-"));
    if Catalog::get(Lang::En).has(&id) {
        Message::new(id)
    } else {
        Message::new("conflict-field").arg("name", field_words(key))
    }
}

/// One element of a list field (`comments[id=4]`): "comment".
fn item_name(list: &str) -> Message {
    let id = format!("data-item-{}", list.replace('_', "-"));
    if Catalog::get(Lang::En).has(&id) {
        Message::new(id)
    } else {
        Message::new("conflict-field").arg("name", field_words(list.trim_end_matches('s')))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_as_words() {
        let p = crate::sample_data::generated_project(5_000, 3, 1);
        let c = &p.claims[1];
        let path = FieldPath::parse(&format!("claims[id={}].verdict", c.id.0)).unwrap();
        assert!(
            words(&p, &path).starts_with("claim #2 “"),
            "{}",
            words(&p, &path)
        );
        assert!(words(&p, &path).ends_with(" › verdict"));
        let s = &p.sources[0];
        let path = FieldPath::parse(&format!("sources[id={}].archive_url", s.id.0)).unwrap();
        assert_eq!(
            words(&p, &path),
            format!("source “{}” › archived URL", s.title)
        );
        let path = FieldPath::parse("article.meta.outlet").unwrap();
        assert_eq!(words(&p, &path), "article › details › outlet");
        let path = FieldPath::parse("title").unwrap();
        assert_eq!(words(&p, &path), "project title");
    }

    /// English says every field as the file names it, so the place a
    /// merge stores reads as before.
    #[test]
    fn english_names_each_field_as_the_data_does() {
        let (english, _) = crate::i18n::check::messages("en");
        let mut seen = 0;
        for id in english.keys().filter(|id| id.starts_with("data-field-")) {
            let key = id["data-field-".len()..].replace('-', "_");
            assert_eq!(field_name(&key).to_string(), field_words(&key), "{id}");
            seen += 1;
        }
        assert!(seen > 50, "{seen} field names");
        assert_eq!(item_name("comments").to_string(), "comment");
    }
}
