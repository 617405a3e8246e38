//! Over 400 lines: one unit test per rule sits below the rules.
//!
//! The generic three-way merge of data trees (the project as JSON values),
//! so that every field, including ones added to the format later, merges by
//! the same rules:
//!
//! - a value changed on one side only takes that change; the same change on
//!   both sides is taken once;
//! - objects merge field by field;
//! - lists whose elements all carry a unique `id` (claims, sources, verdicts,
//!   comments) or `source` (a claim's source links) merge element by element:
//!   added on either side kept, deleted on one side and untouched on the other
//!   removed, edited on one side and deleted on the other a conflict (the
//!   edited element stays until it is resolved);
//! - other lists: appended to on both sides (activity, history) keeps both
//!   appendices; lists of plain values (tags) merge as sets;
//! - text changed on both sides merges line by line when the changes touch
//!   different lines;
//! - anything else changed differently on both sides is a conflict, and the
//!   result keeps ours.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};
use similar::TextMerge;

use crate::model::{FieldPath, PathStep};

/// Fields whose parts must not be taken from different sides: a span's start
/// from one copy and its end from the other would point anywhere.
const ATOMIC_FIELDS: &[&str] = &["span"];

/// Who changed a side's value and when, read from the nearest enclosing
/// element's `activity` (the newest entry beyond the base's).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Signature {
    pub who: String,
    pub when: String,
}

/// A field both sides changed differently.
#[derive(Clone, Debug)]
pub struct RawConflict {
    pub path: FieldPath,
    pub base: Option<Value>,
    pub ours: Option<Value>,
    pub theirs: Option<Value>,
    pub ours_by: Signature,
    pub theirs_by: Signature,
}

#[derive(Default)]
pub struct TreeMerge {
    pub conflicts: Vec<RawConflict>,
}

#[derive(Clone, Default)]
struct Signatures {
    ours: Signature,
    theirs: Signature,
}

impl TreeMerge {
    /// Merges the three trees; conflicts are collected in `self.conflicts`.
    pub fn merge(&mut self, base: &Value, ours: &Value, theirs: &Value) -> Value {
        self.value(
            &FieldPath::default(),
            Some(base),
            Some(ours),
            Some(theirs),
            &Signatures::default(),
            false,
        )
        .unwrap_or(Value::Null)
    }

    /// One element of a list with ids (see `items`), each side's value
    /// `None` where that side does not have it.
    pub fn element(
        &mut self,
        path: &FieldPath,
        b: Option<&Value>,
        o: Option<&Value>,
        t: Option<&Value>,
    ) -> Option<Value> {
        let sigs = Signatures {
            ours: signature(b, o).unwrap_or_default(),
            theirs: signature(b, t).unwrap_or_default(),
        };
        self.value(path, b, o, t, &sigs, true)
    }

    /// `element`: the value is a list element, where absent means deleted;
    /// in a conflict between an edit and a deletion the edit is kept.
    fn value(
        &mut self,
        path: &FieldPath,
        b: Option<&Value>,
        o: Option<&Value>,
        t: Option<&Value>,
        sigs: &Signatures,
        element: bool,
    ) -> Option<Value> {
        if o == t || t == b {
            return o.cloned();
        }
        if o == b {
            return t.cloned();
        }
        match (o, t) {
            (Some(Value::Object(om)), Some(Value::Object(tm)))
                if !is_atomic(path, om) && !is_atomic(path, tm) =>
            {
                let bm = b.and_then(Value::as_object);
                Some(Value::Object(self.object(path, bm, om, tm, sigs)))
            }
            (Some(Value::Array(oa)), Some(Value::Array(ta))) if b.is_none_or(Value::is_array) => {
                let ba = b.and_then(Value::as_array).map_or(&[][..], Vec::as_slice);
                match self.list(path, ba, oa, ta, sigs) {
                    Some(merged) => Some(Value::Array(merged)),
                    None => self.conflict(path, b, o, t, sigs, element),
                }
            }
            (Some(Value::String(os)), Some(Value::String(ts))) => {
                match b
                    .and_then(Value::as_str)
                    .and_then(|bs| merge_lines(bs, os, ts))
                {
                    Some(merged) => Some(Value::String(merged)),
                    None => self.conflict(path, b, o, t, sigs, element),
                }
            }
            _ => self.conflict(path, b, o, t, sigs, element),
        }
    }

    fn conflict(
        &mut self,
        path: &FieldPath,
        b: Option<&Value>,
        o: Option<&Value>,
        t: Option<&Value>,
        sigs: &Signatures,
        element: bool,
    ) -> Option<Value> {
        self.conflicts.push(RawConflict {
            path: path.clone(),
            base: b.cloned(),
            ours: o.cloned(),
            theirs: t.cloned(),
            ours_by: sigs.ours.clone(),
            theirs_by: sigs.theirs.clone(),
        });
        // Nothing is lost: an element deleted on our side but edited on
        // theirs stays until the conflict is resolved.
        if element && o.is_none() {
            t.cloned()
        } else {
            o.cloned()
        }
    }

    fn object(
        &mut self,
        path: &FieldPath,
        b: Option<&Map<String, Value>>,
        o: &Map<String, Value>,
        t: &Map<String, Value>,
        sigs: &Signatures,
    ) -> Map<String, Value> {
        let mut out = Map::new();
        let keys = o.keys().chain(t.keys().filter(|k| !o.contains_key(*k)));
        for key in keys {
            let merged = self.value(
                &path.push_field(key),
                b.and_then(|m| m.get(key)),
                o.get(key),
                t.get(key),
                sigs,
                false,
            );
            if let Some(v) = merged {
                out.insert(key.clone(), v);
            }
        }
        out
    }

    /// `None` when the list cannot be merged element-wise: the caller records
    /// a conflict on the whole list.
    fn list(
        &mut self,
        path: &FieldPath,
        b: &[Value],
        o: &[Value],
        t: &[Value],
        sigs: &Signatures,
    ) -> Option<Vec<Value>> {
        if let Some(key) = list_key(b, o, t) {
            return Some(self.keyed_list(path, key, b, o, t, sigs));
        }
        if o.starts_with(b) && t.starts_with(b) {
            let mut out = o.to_vec();
            let ours_new = &o[b.len()..];
            out.extend(
                t[b.len()..]
                    .iter()
                    .filter(|v| !ours_new.contains(v))
                    .cloned(),
            );
            return Some(out);
        }
        if [b, o, t].iter().all(|l| l.iter().all(is_plain)) {
            return Some(set_merge(b, o, t));
        }
        None
    }

    fn keyed_list(
        &mut self,
        path: &FieldPath,
        key: &str,
        b: &[Value],
        o: &[Value],
        t: &[Value],
        sigs: &Signatures,
    ) -> Vec<Value> {
        let id = |v: &Value| v.get(key).map(Value::to_string).unwrap_or_default();
        let index = |l: &[Value]| -> HashMap<String, usize> {
            l.iter().enumerate().map(|(i, v)| (id(v), i)).collect()
        };
        let (bi, oi, ti) = (index(b), index(o), index(t));

        // Order: ours, with elements only theirs has placed after the element
        // they follow in theirs.
        let mut after: HashMap<Option<String>, Vec<usize>> = HashMap::new();
        let mut last_shared: Option<String> = None;
        for (i, v) in t.iter().enumerate() {
            let k = id(v);
            if oi.contains_key(&k) {
                last_shared = Some(k);
            } else {
                after.entry(last_shared.clone()).or_default().push(i);
            }
        }
        let mut order: Vec<(String, Option<usize>, Option<usize>)> = Vec::with_capacity(o.len());
        let push_theirs = |anchor: Option<String>, order: &mut Vec<_>| {
            for &i in after.get(&anchor).into_iter().flatten() {
                order.push((id(&t[i]), None, Some(i)));
            }
        };
        push_theirs(None, &mut order);
        for (i, v) in o.iter().enumerate() {
            let k = id(v);
            let tpos = ti.get(&k).copied();
            order.push((k.clone(), Some(i), tpos));
            push_theirs(Some(k), &mut order);
        }

        let mut out = Vec::with_capacity(order.len());
        for (k, opos, tpos) in order {
            let bv = bi.get(&k).map(|&i| &b[i]);
            let ov = opos.map(|i| &o[i]);
            let tv = tpos.map(|i| &t[i]);
            let item_path = match ov.or(tv).and_then(|v| v.get(key)) {
                Some(id) => path.push_item(key, id),
                None => continue,
            };
            let item_sigs = Signatures {
                ours: signature(bv, ov).unwrap_or_else(|| sigs.ours.clone()),
                theirs: signature(bv, tv).unwrap_or_else(|| sigs.theirs.clone()),
            };
            if let Some(v) = self.value(&item_path, bv, ov, tv, &item_sigs, true) {
                out.push(v);
            }
        }
        out
    }
}

/// The newest activity entry a side added to an element beyond the base's.
fn signature(base: Option<&Value>, side: Option<&Value>) -> Option<Signature> {
    let activity = side?.get("activity")?.as_array()?;
    let known = base
        .and_then(|b| b.get("activity"))
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    let last = activity.get(known..)?.last()?;
    let text = |k: &str| last.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
    Some(Signature {
        who: text("who"),
        when: text("when"),
    })
}

/// A span, or an enum variant with data (`{"Verdict": 3}`): taken whole.
fn is_atomic(path: &FieldPath, map: &Map<String, Value>) -> bool {
    let named_atomic = matches!(
        path.0.last(),
        Some(PathStep::Field(name)) if ATOMIC_FIELDS.contains(&name.as_str())
    );
    let variant = map.len() == 1
        && map
            .keys()
            .next()
            .is_some_and(|k| k.starts_with(|c: char| c.is_ascii_uppercase()));
    named_atomic || variant
}

/// The key that identifies the elements of these lists, if one does: every
/// element is an object with a unique `id` (or, for source links, `source`).
fn list_key(b: &[Value], o: &[Value], t: &[Value]) -> Option<&'static str> {
    ["id", "source"].into_iter().find(|key| {
        let all = || b.iter().chain(o).chain(t);
        all().next().is_some()
            && all().all(|v| {
                v.get(key)
                    .is_some_and(|id| !id.is_object() && !id.is_array())
            })
            && [b, o, t].iter().all(|l| {
                let mut seen = HashSet::with_capacity(l.len());
                l.iter()
                    .all(|v| seen.insert(v.get(key).map(Value::to_string)))
            })
    })
}

fn is_plain(v: &Value) -> bool {
    !v.is_array() && !v.is_object()
}

/// Ours, without what theirs removed, then what theirs added.
fn set_merge(b: &[Value], o: &[Value], t: &[Value]) -> Vec<Value> {
    let removed = |v: &&Value| b.contains(v) && !t.contains(v);
    let mut out: Vec<Value> = o.iter().filter(|v| !removed(v)).cloned().collect();
    for v in t {
        if !b.contains(v) && !out.contains(v) {
            out.push(v.clone());
        }
    }
    out
}

/// A text both sides changed, merged line by line when their changes touch
/// different lines; `None` when they overlap.
fn merge_lines(base: &str, ours: &str, theirs: &str) -> Option<String> {
    if !(base.contains('\n') || ours.contains('\n') || theirs.contains('\n')) {
        return None;
    }
    let merge = TextMerge::from_lines(base, ours, theirs);
    (!merge.is_conflicted()).then(|| merge.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(b: Value, o: Value, t: Value) -> (Value, Vec<String>) {
        let mut m = TreeMerge::default();
        let v = m.merge(&b, &o, &t);
        (v, m.conflicts.iter().map(|c| c.path.to_string()).collect())
    }

    #[test]
    fn one_sided_and_identical_changes_merge() {
        let b = json!({"a": 1, "b": 1, "c": 1});
        let o = json!({"a": 2, "b": 1, "c": 3});
        let t = json!({"a": 1, "b": 5, "c": 3});
        assert_eq!(run(b, o, t), (json!({"a": 2, "b": 5, "c": 3}), vec![]));
    }

    #[test]
    fn different_changes_conflict_and_keep_ours() {
        let (v, c) = run(json!({"a": 1}), json!({"a": 2}), json!({"a": 3}));
        assert_eq!((v, c), (json!({"a": 2}), vec!["a".to_owned()]));
    }

    #[test]
    fn lists_with_ids_merge_by_id() {
        let b = json!([{"id": 1, "x": 0}, {"id": 2, "x": 0}, {"id": 3, "x": 0}]);
        // Ours: edits 1, deletes 2, adds 4 at the end. Theirs: deletes 3, adds 5 after 1.
        let o = json!([{"id": 1, "x": 1}, {"id": 3, "x": 0}, {"id": 4, "x": 0}]);
        let t = json!([{"id": 1, "x": 0}, {"id": 5, "x": 0}, {"id": 2, "x": 0}]);
        let (v, c) = run(b, o, t);
        assert!(c.is_empty());
        assert_eq!(
            v,
            json!([{"id": 1, "x": 1}, {"id": 5, "x": 0}, {"id": 4, "x": 0}])
        );
    }

    #[test]
    fn edit_against_delete_conflicts_and_keeps_the_edit() {
        let b = json!([{"id": 1, "x": 0}]);
        let (v, c) = run(b.clone(), json!([]), json!([{"id": 1, "x": 9}]));
        assert_eq!((v, c), (json!([{"id": 1, "x": 9}]), vec!["[id=1]".into()]));
        let (v, c) = run(b, json!([{"id": 1, "x": 9}]), json!([]));
        assert_eq!((v, c), (json!([{"id": 1, "x": 9}]), vec!["[id=1]".into()]));
    }

    #[test]
    fn appended_lists_keep_both_tails_and_plain_lists_merge_as_sets() {
        let (v, c) = run(json!(["a"]), json!(["a", "b"]), json!(["a", "c"]));
        assert_eq!((v, c.len()), (json!(["a", "b", "c"]), 0));
        let (v, c) = run(json!(["x", "y"]), json!(["y", "z"]), json!(["x", "y", "w"]));
        assert_eq!((v, c.len()), (json!(["y", "z", "w"]), 0));
        let log = |n: &[i32]| json!(n.iter().map(|i| json!({"n": i})).collect::<Vec<_>>());
        let (v, c) = run(log(&[1, 2]), log(&[1]), log(&[2, 1, 3]));
        assert_eq!((v, c), (log(&[1]), vec![String::new()]));
    }

    #[test]
    fn spans_and_enum_variants_are_taken_whole() {
        let b = json!({"span": {"start": 0, "end": 4}, "e": {"Verdict": 1}});
        let o = json!({"span": {"start": 1, "end": 4}, "e": {"Verdict": 2}});
        let t = json!({"span": {"start": 0, "end": 5}, "e": {"Status": "New"}});
        let (v, c) = run(b, o.clone(), t);
        assert_eq!((v, c), (o, vec!["e".to_owned(), "span".to_owned()]));
    }

    #[test]
    fn text_merges_line_by_line_when_lines_differ() {
        let b = json!({"r": "one\ntwo\nthree\n"});
        let o = json!({"r": "ONE\ntwo\nthree\n"});
        let t = json!({"r": "one\ntwo\nTHREE\n"});
        assert_eq!(run(b, o, t), (json!({"r": "ONE\ntwo\nTHREE\n"}), vec![]));
        let (_, c) = run(json!("a\nb"), json!("a\nc"), json!("a\nd"));
        assert_eq!(c.len(), 1);
    }

    #[test]
    fn who_and_when_come_from_the_newest_activity() {
        let b = json!([{"id": 1, "v": 0, "activity": [{"who": "A", "when": "1"}]}]);
        let o = json!([{"id": 1, "v": 1, "activity": [{"who": "A", "when": "1"}, {"who": "O", "when": "2"}]}]);
        let t = json!([{"id": 1, "v": 2, "activity": [{"who": "A", "when": "1"}, {"who": "T", "when": "3"}]}]);
        let mut m = TreeMerge::default();
        m.merge(&b, &o, &t);
        let c = &m.conflicts[0];
        assert_eq!(c.path.to_string(), "[id=1].v");
        assert_eq!(
            (c.ours_by.who.as_str(), c.theirs_by.when.as_str()),
            ("O", "3")
        );
    }
}
