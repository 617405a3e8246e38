//! A conflict's path in words a user understands:
//! `claims[id=17].verdict` → `claim #3 “Prices rose 4%” › verdict`.

use serde_json::Value;

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

pub fn words(project: &Project, path: &FieldPath) -> String {
    let mut out: Vec<String> = Vec::new();
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
                    Some(n) => format!(
                        "claim #{} “{}”",
                        number(project, n),
                        excerpt(&project.claims[n].span.quote)
                    ),
                    None => format!("claim (id {id})"),
                }
            }
            (PathStep::Field(f), Some(id), _) if f == "sources" => {
                i += 1;
                let title = project
                    .sources
                    .iter()
                    .find(|s| id_is(&s.id, id))
                    .map(|s| excerpt(&s.title));
                let what = if out.is_empty() {
                    "source"
                } else {
                    "link to source"
                };
                match title {
                    Some(t) => format!("{what} “{t}”"),
                    None => format!("{what} (id {id})"),
                }
            }
            (PathStep::Field(f), Some(id), _) if f == "verdicts" => {
                i += 1;
                match project.scale.verdicts.iter().find(|v| id_is(&v.id, id)) {
                    Some(v) => format!("verdict “{}”", excerpt(&v.label)),
                    None => format!("verdict (id {id})"),
                }
            }
            (PathStep::Field(f), Some(id), _) => {
                i += 1;
                format!("{} {id}", field_words(f.trim_end_matches('s')))
            }
            (PathStep::Field(f), None, 0) if f == "title" => "project title".to_owned(),
            (PathStep::Field(f), None, 0) if f == "scale" => "rating scale".to_owned(),
            (PathStep::Field(f), None, _) => field_words(f),
            (PathStep::Item { key, id }, _, _) => format!("{key} {id}"),
        };
        out.push(word);
        i += 1;
    }
    out.join(" › ")
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
}
