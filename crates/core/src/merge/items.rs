//! Claims and sources merged by id as typed values: the same rules as the
//! tree merge's lists with ids, but an element only becomes a data tree when
//! both sides changed it, so 10,000 untouched claims cost a comparison each
//! rather than three JSON trees (`merge` at `5mb_10k`, see BENCHMARKS.md).

use std::collections::HashMap;
use std::hash::Hash;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::MergeError;
use super::tree::TreeMerge;
use crate::i18n::Message;
use crate::model::FieldPath;

fn json<T: Serialize>(v: &T) -> Result<Value, MergeError> {
    serde_json::to_value(v).map_err(|e| {
        MergeError(Message::new("merge-error-unreadable").arg("detail", e.to_string()))
    })
}

/// Ours' order, with elements only theirs has placed after the element they
/// follow in theirs; each element merged field by field when both changed it.
pub fn merge_items<T, K>(
    merger: &mut TreeMerge,
    path: &FieldPath,
    b: &[T],
    o: &[T],
    t: &[T],
    key: impl Fn(&T) -> K,
) -> Result<Vec<T>, MergeError>
where
    T: Clone + PartialEq + Serialize + DeserializeOwned,
    K: Eq + Hash + Clone + Serialize,
{
    let index =
        |l: &[T]| -> HashMap<K, usize> { l.iter().enumerate().map(|(i, v)| (key(v), i)).collect() };
    let (bi, oi, ti) = (index(b), index(o), index(t));

    let mut after: HashMap<Option<K>, Vec<usize>> = HashMap::new();
    let mut last_shared: Option<K> = None;
    for (i, v) in t.iter().enumerate() {
        let k = key(v);
        if oi.contains_key(&k) {
            last_shared = Some(k);
        } else {
            after.entry(last_shared.clone()).or_default().push(i);
        }
    }
    let mut order: Vec<(Option<usize>, Option<usize>, K)> = Vec::with_capacity(o.len());
    let push_theirs = |anchor: Option<K>, order: &mut Vec<_>| {
        for &i in after.get(&anchor).into_iter().flatten() {
            order.push((None, Some(i), key(&t[i])));
        }
    };
    push_theirs(None, &mut order);
    for (i, v) in o.iter().enumerate() {
        let k = key(v);
        order.push((Some(i), ti.get(&k).copied(), k.clone()));
        push_theirs(Some(k), &mut order);
    }

    let mut out = Vec::with_capacity(order.len());
    for (opos, tpos, k) in order {
        let bv = bi.get(&k).map(|&i| &b[i]);
        let ov = opos.map(|i| &o[i]);
        let tv = tpos.map(|i| &t[i]);
        let merged = if ov == tv || tv == bv {
            ov.cloned()
        } else if ov == bv {
            tv.cloned()
        } else {
            let trees = |v: Option<&T>| v.map(json).transpose();
            let (bj, oj, tj) = (trees(bv)?, trees(ov)?, trees(tv)?);
            let item = path.push_item("id", &json(&k)?);
            match merger.element(&item, bj.as_ref(), oj.as_ref(), tj.as_ref()) {
                Some(v) => Some(serde_json::from_value(v).map_err(|e| {
                    MergeError(
                        Message::new("merge-error-item-does-not-hold")
                            .arg("item", item.to_string())
                            .arg("detail", e.to_string()),
                    )
                })?),
                None => None,
            }
        };
        out.extend(merged);
    }
    Ok(out)
}
