//! Merge conflicts kept inside the project file, so a merged project always
//! opens: each names the field both sides changed differently (or an edit on
//! one side of something the other deleted), with the three values, until
//! someone picks one (`edit::resolve_conflict`).

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::RatingScale;

/// One side's value of a conflicting field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConflictValue {
    /// This side has no such thing: it deleted it, or never had it.
    #[default]
    Absent,
    /// A text field's value, as it is, so the file reads plainly.
    Text(String),
    /// Any other value (a verdict id, a status, a list, a whole claim) as JSON.
    Data(String),
}

impl ConflictValue {
    /// The value as it was in the project's data tree (`None`: absent).
    pub fn from_json(value: Option<&Value>) -> Self {
        match value {
            None => Self::Absent,
            Some(Value::String(s)) => Self::Text(s.clone()),
            Some(v) => Self::Data(v.to_string()),
        }
    }

    /// Back to the data tree; `Err` when a hand-edited file holds bad JSON.
    pub fn to_json(&self) -> Result<Option<Value>, String> {
        match self {
            Self::Absent => Ok(None),
            Self::Text(s) => Ok(Some(Value::String(s.clone()))),
            Self::Data(s) => serde_json::from_str(s)
                .map(Some)
                .map_err(|e| format!("the stored value {s:?} is not readable: {e}")),
        }
    }

    pub fn is_absent(&self) -> bool {
        matches!(self, Self::Absent)
    }

    /// A text value that can be edited by hand before it is taken.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Self::Text(s) => Some(s),
            _ => None,
        }
    }

    /// The value in words for a person: a verdict's label rather than its id,
    /// "none" rather than `null`, a claim as its fields, one per line.
    pub fn display(&self, field: &str, scale: &RatingScale) -> String {
        self.display_in(field, scale, &english)
    }

    /// [`Self::display`] with the words of a language (the window's): `word`
    /// gives each of the fixed words and field names.
    pub fn display_in(
        &self,
        field: &str,
        scale: &RatingScale,
        word: &dyn Fn(ValueWord<'_>) -> String,
    ) -> String {
        match self {
            Self::Absent => word(ValueWord::Absent),
            Self::Text(s) if s.is_empty() => word(ValueWord::Empty),
            Self::Text(s) => s.clone(),
            Self::Data(s) => match serde_json::from_str::<Value>(s) {
                Ok(v) => show(field, &v, scale, word),
                Err(_) => s.clone(),
            },
        }
    }
}

/// The fixed words a conflict's value is shown with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueWord<'a> {
    /// This side has no such thing.
    Absent,
    /// An empty text.
    Empty,
    /// `null`: no verdict, no date.
    Null,
    Yes,
    No,
    /// An empty list.
    EmptyList,
    /// One field of a whole thing (a claim) shown field by field: its name
    /// in the data (`claim_date`) and its value in words.
    Field {
        key: &'a str,
        value: &'a str,
    },
}

fn english(word: ValueWord<'_>) -> String {
    match word {
        ValueWord::Absent => "(not there: deleted, or never added)".to_owned(),
        ValueWord::Empty => "(empty)".to_owned(),
        ValueWord::Null => "none".to_owned(),
        ValueWord::Yes => "yes".to_owned(),
        ValueWord::No => "no".to_owned(),
        ValueWord::EmptyList => "(none)".to_owned(),
        ValueWord::Field { key, value } => format!("{}: {value}", field_words(key)),
    }
}

fn show(
    field: &str,
    value: &Value,
    scale: &RatingScale,
    word: &dyn Fn(ValueWord<'_>) -> String,
) -> String {
    match value {
        Value::Null => word(ValueWord::Null),
        Value::Bool(b) => word(if *b { ValueWord::Yes } else { ValueWord::No }),
        Value::Number(n) if field == "verdict" => n
            .as_u64()
            .and_then(|id| scale.verdict(super::VerdictId(id)))
            .map_or_else(|| n.to_string(), |v| v.label.clone()),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        Value::Array(items) if items.iter().all(|v| !v.is_object()) => {
            if items.is_empty() {
                word(ValueWord::EmptyList)
            } else {
                items
                    .iter()
                    .map(|v| show(field, v, scale, word))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        }
        Value::Array(items) => items
            .iter()
            .map(|v| show(field, v, scale, word))
            .collect::<Vec<_>>()
            .join("\n"),
        Value::Object(map) => map
            .iter()
            .filter(|(_, v)| !is_empty(v))
            .map(|(k, v)| {
                let value = show(k, v, scale, word);
                word(ValueWord::Field {
                    key: k,
                    value: &value,
                })
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// A field's name in words, as the claim editor and the Edit menu say it.
pub fn field_words(key: &str) -> String {
    match key {
        "reviewed" => "claim as reviewed".to_owned(),
        "url" => "URL".to_owned(),
        "archive_url" => "archived URL".to_owned(),
        "organisation_url" => "organisation URL".to_owned(),
        "review_url" => "review URL".to_owned(),
        "sha256" => "SHA-256".to_owned(),
        "meta" => "details".to_owned(),
        "text" => "text".to_owned(),
        other => other.replace('_', " "),
    }
}

/// One side of a conflict: its value, and who changed it when the project's
/// activity says so.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConflictSide {
    pub value: ConflictValue,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub who: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub when: String,
}

impl ConflictSide {
    pub fn of(value: ConflictValue) -> Self {
        Self {
            value,
            ..Self::default()
        }
    }
}

/// A field that two merged copies changed differently. The project holds
/// ours (the copy merged into) until the conflict is resolved.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Conflict {
    /// Where, in words: `claim #3 “Prices rose 4%” › verdict`.
    pub place: String,
    /// Where, for the program: `claims[id=17].verdict`; see [`FieldPath`].
    pub path: String,
    pub base: ConflictSide,
    pub ours: ConflictSide,
    pub theirs: ConflictSide,
}

impl Conflict {
    /// The last field name on the path ("verdict"), for showing values.
    pub fn field(&self) -> String {
        FieldPath::parse(&self.path)
            .ok()
            .and_then(|p| {
                p.0.iter().rev().find_map(|s| match s {
                    PathStep::Field(f) => Some(f.clone()),
                    PathStep::Item { .. } => None,
                })
            })
            .unwrap_or_default()
    }
}

/// One step into the project's data: a field, or the element of a list with
/// the given key (`id` for claims, sources, verdicts, comments; `source` for
/// a claim's source links).
#[derive(Clone, Debug, PartialEq)]
pub enum PathStep {
    Field(String),
    Item { key: String, id: Value },
}

/// A path into the project's data, written `claims[id=17].sources[source=3].stance`.
/// Ids are written as JSON, so string ids work as well as numbers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FieldPath(pub Vec<PathStep>);

impl FieldPath {
    pub fn parse(s: &str) -> Result<Self, String> {
        let bad = || format!("the conflict's path {s:?} is not readable");
        let mut steps = Vec::new();
        let mut rest = s;
        while !rest.is_empty() {
            rest = rest.strip_prefix('.').unwrap_or(rest);
            if let Some(item) = rest.strip_prefix('[') {
                let eq = item.find('=').ok_or_else(bad)?;
                let key = item[..eq].to_owned();
                let mut ids = serde_json::Deserializer::from_str(&item[eq + 1..]).into_iter();
                let id: Value = ids.next().ok_or_else(bad)?.map_err(|_| bad())?;
                let after = &item[eq + 1 + ids.byte_offset()..];
                rest = after.strip_prefix(']').ok_or_else(bad)?;
                steps.push(PathStep::Item { key, id });
            } else {
                let end = rest.find(['.', '[']).unwrap_or(rest.len());
                if end == 0 {
                    return Err(bad());
                }
                steps.push(PathStep::Field(rest[..end].to_owned()));
                rest = &rest[end..];
            }
        }
        Ok(Self(steps))
    }

    pub fn push_field(&self, name: &str) -> Self {
        let mut p = self.clone();
        p.0.push(PathStep::Field(name.to_owned()));
        p
    }

    pub fn push_item(&self, key: &str, id: &Value) -> Self {
        let mut p = self.clone();
        p.0.push(PathStep::Item {
            key: key.to_owned(),
            id: id.clone(),
        });
        p
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, step) in self.0.iter().enumerate() {
            match step {
                PathStep::Field(name) if i == 0 => write!(f, "{name}")?,
                PathStep::Field(name) => write!(f, ".{name}")?,
                PathStep::Item { key, id } => write!(f, "[{key}={id}]")?,
            }
        }
        Ok(())
    }
}

/// Reads the value at `path` in a data tree; `None` when it is not there.
pub fn value_at<'v>(root: &'v Value, path: &[PathStep]) -> Option<&'v Value> {
    let mut here = root;
    for step in path {
        here = match step {
            PathStep::Field(name) => here.get(name)?,
            PathStep::Item { key, id } => {
                here.as_array()?.iter().find(|e| e.get(key) == Some(id))?
            }
        };
    }
    Some(here)
}

/// Writes `value` at `path` (`None` removes it), creating the field or list
/// element when it is missing. `Err` when the way there does not exist.
pub fn set_value_at(
    root: &mut Value,
    path: &[PathStep],
    value: Option<Value>,
) -> Result<(), String> {
    let Some((last, way)) = path.split_last() else {
        return match value {
            Some(v) => {
                *root = v;
                Ok(())
            }
            None => Err("the whole project cannot be removed".to_owned()),
        };
    };
    let mut here = root;
    for step in way {
        here = match step {
            PathStep::Field(name) => here
                .get_mut(name)
                .ok_or_else(|| format!("there is no {name} any more"))?,
            PathStep::Item { key, id } => here
                .as_array_mut()
                .and_then(|a| a.iter_mut().find(|e| e.get(key) == Some(id)))
                .ok_or_else(|| format!("the item with {key} {id} is no longer there"))?,
        };
    }
    match last {
        PathStep::Field(name) => {
            let map = here
                .as_object_mut()
                .ok_or_else(|| format!("{name} is not a field here"))?;
            match value {
                Some(v) => {
                    map.insert(name.clone(), v);
                }
                None => {
                    map.remove(name);
                }
            }
        }
        PathStep::Item { key, id } => {
            let list = here
                .as_array_mut()
                .ok_or_else(|| "not a list here".to_owned())?;
            let at = list.iter().position(|e| e.get(key) == Some(id));
            match (at, value) {
                (Some(i), Some(v)) => list[i] = v,
                (Some(i), None) => {
                    list.remove(i);
                }
                (None, Some(v)) => list.push(v),
                (None, None) => {}
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_back_as_written() {
        for s in [
            "title",
            "article.meta.outlet",
            "claims[id=17].verdict",
            "claims[id=17].sources[source=3].stance",
            "claims[id=\"01H.]x\"].comments[id=18446744073709551615].text",
            "scale.verdicts[id=2]",
        ] {
            let p = FieldPath::parse(s).unwrap();
            assert_eq!(p.to_string(), s);
        }
        assert!(FieldPath::parse("claims[id=").is_err());
        assert!(FieldPath::parse("claims[id=3").is_err());
        assert!(FieldPath::parse("a..b").is_err());
    }

    #[test]
    fn values_are_set_and_removed_at_a_path() {
        let mut v = serde_json::json!({"claims": [{"id": 1, "verdict": null}, {"id": 2}]});
        let p = FieldPath::parse("claims[id=2].verdict").unwrap();
        set_value_at(&mut v, &p.0, Some(serde_json::json!(4))).unwrap();
        assert_eq!(value_at(&v, &p.0), Some(&serde_json::json!(4)));
        let e = FieldPath::parse("claims[id=1]").unwrap();
        set_value_at(&mut v, &e.0, None).unwrap();
        assert_eq!(v["claims"].as_array().unwrap().len(), 1);
        let gone = FieldPath::parse("claims[id=9].verdict").unwrap();
        assert!(set_value_at(&mut v, &gone.0, Some(Value::Null)).is_err());
    }

    #[test]
    fn values_are_shown_in_words() {
        let scale = crate::model::ScalePreset::TruthSixStep.scale();
        let first = &scale.verdicts[0];
        let v = ConflictValue::from_json(Some(&serde_json::json!(first.id.0)));
        assert_eq!(v.display("verdict", &scale), first.label);
        let none = ConflictValue::from_json(Some(&Value::Null));
        assert_eq!(none.display("verdict", &scale), "none");
        let text = ConflictValue::from_json(Some(&serde_json::json!("a\nb")));
        assert_eq!(text, ConflictValue::Text("a\nb".into()));
        assert_eq!(text.to_json().unwrap(), Some(serde_json::json!("a\nb")));
        let tags = ConflictValue::from_json(Some(&serde_json::json!(["x", "y"])));
        assert_eq!(tags.display("tags", &scale), "x, y");
        assert!(ConflictValue::Data("{".into()).to_json().is_err());
    }
}
