//! The merge never loses an edit: from a random project, two random
//! sequences of actions (as two people would make them in their copies),
//! every field either side changed ends up in the result or in a recorded
//! conflict; and when the two touched different fields, the merge is exactly
//! both sets of changes applied.

use std::collections::{BTreeMap, BTreeSet};

use claimdesk::merge::merge;
use claimdesk::model::{ClaimStatus, Event, FieldPath, Project, validate};
use claimdesk::sample_data::generated_project;
use proptest::prelude::*;
use serde_json::Value;

use super::random_actions::{Choices, Step, action, step};

/// `base` with one copy's `steps`; its new ids count up from `fresh`.
fn edited(base: &Project, steps: &[Step], mut fresh: u64) -> Project {
    let mut p = base.clone();
    let mut choices = Choices {
        fresh: Some(&mut fresh),
        merge: true,
    };
    for s in steps {
        if let Some(a) = action(&p, s, &mut choices) {
            a.apply(&mut p).unwrap();
        }
    }
    p
}

/// The project as leaves: `path -> value`, lists with ids expanded by id and
/// lists of plain values as sets, so that order does not count.
fn leaves(p: &Project) -> BTreeMap<String, Value> {
    fn walk(v: &Value, path: &FieldPath, out: &mut BTreeMap<String, Value>) {
        match v {
            Value::Object(m) if !m.is_empty() => {
                for (k, x) in m {
                    walk(x, &path.push_field(k), out);
                }
            }
            // An empty list says no more than an absent one.
            Value::Array(a) if a.is_empty() => {}
            Value::Array(a) => {
                let key = ["id", "source"].into_iter().find(|k| {
                    let ids: BTreeSet<String> = a
                        .iter()
                        .filter_map(|e| e.get(k))
                        .map(Value::to_string)
                        .collect();
                    ids.len() == a.len()
                });
                match key {
                    Some(key) => {
                        for e in a {
                            let item = path.push_item(key, &e[key]);
                            // The element itself: adding or deleting it changes this.
                            out.insert(item.to_string(), Value::Bool(true));
                            walk(e, &item, out);
                        }
                    }
                    None if a.iter().all(|e| !e.is_object() && !e.is_array()) => {
                        for e in a {
                            out.insert(format!("{path}{{{e}}}"), Value::Bool(true));
                        }
                    }
                    None => {
                        out.insert(path.to_string(), v.clone());
                    }
                }
            }
            _ => {
                out.insert(path.to_string(), v.clone());
            }
        }
    }
    let mut tree = serde_json::to_value(p).unwrap();
    tree.as_object_mut().unwrap().remove("conflicts");
    let mut out = BTreeMap::new();
    walk(&tree, &FieldPath::default(), &mut out);
    out
}

fn changed(base: &BTreeMap<String, Value>, side: &BTreeMap<String, Value>) -> BTreeSet<String> {
    base.keys()
        .chain(side.keys())
        .filter(|k| base.get(*k) != side.get(*k))
        .cloned()
        .collect()
}

/// One path lies inside the other (a claim and its verdict).
fn related(a: &str, b: &str) -> bool {
    let inside = |x: &str, y: &str| {
        x == y || (y.starts_with(x) && matches!(y.as_bytes()[x.len()], b'.' | b'[' | b'{'))
    };
    inside(a, b) || inside(b, a)
}

/// The changes reach each other through a reference: a source one side
/// deleted and the other linked, a scale one side changed and verdicts the other set.
fn entangled(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    let touches = |x: &BTreeSet<String>, y: &BTreeSet<String>| {
        let scale = x.iter().any(|k| k.starts_with("scale"));
        let verdicts = y.iter().any(|k| k.ends_with(".verdict"));
        let deleted_sources: Vec<&str> = x
            .iter()
            .filter(|k| k.starts_with("sources[id="))
            .filter_map(|k| k.split(']').next())
            .map(|k| &k["sources[id=".len()..])
            .collect();
        let links = deleted_sources.iter().any(|id| {
            y.iter()
                .any(|k| k.contains(&format!("sources[source={id}]")))
        });
        (scale && verdicts) || links
    };
    touches(a, b) || touches(b, a)
}

/// Claims whose merge added an `ApprovalWithdrawn` entry neither copy had.
fn withdrawn_approvals(ours: &Project, theirs: &Project, merged: &Project) -> Vec<u64> {
    let count = |p: &Project, id| {
        p.claim(id).map_or(0, |c| {
            c.activity
                .iter()
                .filter(|a| a.event == Event::ApprovalWithdrawn)
                .count()
        })
    };
    merged
        .claims
        .iter()
        .filter(|c| count(merged, c.id) > count(ours, c.id).max(count(theirs, c.id)))
        .map(|c| c.id.0)
        .collect()
}

/// Every element of `part` is in `whole` (lists appended to on both sides).
fn holds_all(whole: Option<&Value>, part: Option<&Value>) -> bool {
    match (whole, part) {
        (Some(Value::Array(w)), Some(Value::Array(p))) => p.iter().all(|e| w.contains(e)),
        (Some(Value::Array(_)), None) => true,
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn no_edit_is_lost_and_separate_edits_merge_as_both(
        seed in any::<u64>(),
        claims in 1..10usize,
        ours_steps in proptest::collection::vec(step("[a-z ]{1,5}"), 0..12),
        theirs_steps in proptest::collection::vec(step("[a-z ]{1,5}"), 0..12),
    ) {
        let base = generated_project(3_000, claims, seed);
        let ours = edited(&base, &ours_steps, 1 << 40);
        let theirs = edited(&base, &theirs_steps, 2 << 40);
        let out = merge(&base, &ours, &theirs);
        prop_assert!(out.is_ok(), "{:?}", out.err());
        let out = out.unwrap();
        prop_assert!(validate(&out.project).is_empty(), "{:?}", validate(&out.project));

        let (lb, lo, lt, lr) = (leaves(&base), leaves(&ours), leaves(&theirs), leaves(&out.project));
        let (co, ct) = (changed(&lb, &lo), changed(&lb, &lt));
        let in_conflict = |k: &str| out.conflicts.iter().any(|c| related(&c.path, k));

        // A sign-off that held in a copy never comes out Approved over
        // content it did not cover: it holds, or the claim waits for review.
        let withdrawn = withdrawn_approvals(&ours, &theirs, &out.project);
        for c in &out.project.claims {
            let held = [&ours, &theirs].iter().any(|p| p.claim(c.id).is_some_and(|x| x.approval_holds()));
            prop_assert!(!held || c.approval_holds() || c.status != ClaimStatus::Approved,
                "claim {:?} is Approved over content nobody signed off", c.id);
        }
        let by_withdrawal = |k: &str| {
            withdrawn.iter().any(|id| {
                ["status", "approved", "activity"]
                    .iter()
                    .any(|f| related(&format!("claims[id={id}].{f}"), k))
            })
        };

        for (side, changes, other) in [(&lo, &co, &ct), (&lt, &ct, &co)] {
            for k in changes {
                let kept = lr.get(k) == side.get(k);
                // Both changed one text: merged line by line.
                let merged_text = other.contains(k) && matches!(lr.get(k), Some(Value::String(_)));
                // Both appended to one list (activity): both tails kept.
                let merged_list = other.contains(k) && holds_all(lr.get(k), side.get(k));
                prop_assert!(kept || merged_text || merged_list || in_conflict(k) || by_withdrawal(k),
                    "{k}: side {:?}, result {:?}, conflicts {:?}", side.get(k), lr.get(k), out.conflicts);
            }
        }

        let separate = !co.iter().any(|a| ct.iter().any(|b| related(a, b))) && !entangled(&co, &ct);
        if separate {
            prop_assert!(out.conflicts.is_empty(), "{:?}", out.conflicts);
            let mut both = lo.clone();
            for k in &ct {
                match lt.get(k) {
                    Some(v) => both.insert(k.clone(), v.clone()),
                    None => both.remove(k),
                };
            }
            // A withdrawn approval is the one change neither copy made.
            let mut lr = lr.clone();
            for map in [&mut lr, &mut both] {
                map.retain(|k, _| !by_withdrawal(k));
            }
            prop_assert_eq!(&lr, &both);
        }
    }
}
