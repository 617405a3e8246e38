//! Resolving a merge conflict: the chosen value is written at the conflict's
//! path and the conflict dropped, in one undoable step. The value is written
//! through the project's data tree, so any field, including ones added to the
//! format later, can be resolved; claims, sources, the scale, the settings
//! and the article use their own actions so that the step stays small.

use std::fmt;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{Action, replace_article};
use crate::i18n::Message;
use crate::model::{
    Article, Claim, ClaimStatus, FieldPath, PathStep, Project, Source, set_value_at, validate,
};

/// Which value a conflict is settled with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolution {
    Base,
    Ours,
    Theirs,
    /// A text typed by the user (text fields only).
    Edited(String),
}

/// Why a conflict could not be settled: a message of `errors-merge.ftl`,
/// with what a reader said as it said it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolveError(pub Message);

impl ResolveError {
    /// The error as a message for the window to word.
    pub fn words(&self) -> Message {
        self.0.clone()
    }
}

impl fmt::Display for ResolveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for ResolveError {}

/// A reason given by a reader or a check below (their own words).
fn err(e: impl fmt::Display) -> ResolveError {
    ResolveError(Message::new("resolve-error-as-said").arg("detail", e.to_string()))
}

/// A reason of `errors-merge.ftl`.
fn refused(id: &'static str) -> ResolveError {
    ResolveError(Message::new(id))
}

/// The step that settles conflict number `index` of `project` with `choice`.
/// Nothing changes until the caller applies it; a value that would leave the
/// project unsound (a verdict the scale no longer has, say) is refused with
/// the reason. `today` dates an article replaced by taking a side's text.
pub fn resolve_conflict(
    project: &Project,
    index: usize,
    choice: &Resolution,
    today: &str,
) -> Result<Action, ResolveError> {
    let conflict = project
        .conflicts
        .get(index)
        .ok_or_else(|| refused("resolve-error-already-resolved"))?;
    let value = match choice {
        Resolution::Base => conflict.base.value.to_json(),
        Resolution::Ours => conflict.ours.value.to_json(),
        Resolution::Theirs => conflict.theirs.value.to_json(),
        Resolution::Edited(text) => Ok(Some(Value::String(text.clone()))),
    }
    .map_err(err)?;
    let path = FieldPath::parse(&conflict.path).map_err(err)?;
    let write = write_action(project, &path.0, value, today)?;
    let mut rest = project.conflicts.clone();
    rest.remove(index);
    let action = Action::Batch(vec![write, Action::SetConflicts(rest)]);

    let mut trial = project.clone();
    action.clone().apply(&mut trial).map_err(err)?;
    match validate(&trial).first() {
        None => Ok(action),
        Some(problem) => Err(ResolveError(
            Message::new("resolve-error-cannot-take").arg("detail", problem.to_string()),
        )),
    }
}

/// The action that replaces `old` with `new`; a claim the taken copy had
/// approved comes over with that copy's sign-off.
fn update(old: &Claim, new: Claim) -> Action {
    if new.status == ClaimStatus::Approved && old.status != ClaimStatus::Approved {
        Action::SignOff(super::review::carry_approval(new))
    } else {
        Action::UpdateClaim(new)
    }
}

/// The action that writes `value` at `path`.
fn write_action(
    project: &Project,
    path: &[PathStep],
    value: Option<Value>,
    today: &str,
) -> Result<Action, ResolveError> {
    let field = |i: usize| match path.get(i) {
        Some(PathStep::Field(name)) => Some(name.as_str()),
        _ => None,
    };
    match (field(0), path.get(1)) {
        (Some("claims"), Some(PathStep::Item { key, id })) if key == "id" => {
            let found = project
                .claims
                .iter()
                .find(|c| json(&c.id).ok().as_ref() == Some(id));
            match (found, &path[2..], value) {
                (Some(c), [], None) => Ok(Action::RemoveClaim(c.id)),
                (None, [], None) => Ok(Action::Batch(Vec::new())),
                (found, [], Some(v)) => {
                    let claim: Claim = from_json(v)?;
                    Ok(match found {
                        Some(old) => update(old, claim),
                        None => Action::InsertClaim {
                            index: project.claims.partition_point(|c| {
                                (c.span.start, c.span.end) <= (claim.span.start, claim.span.end)
                            }),
                            claim,
                        },
                    })
                }
                (Some(c), rest, v) => Ok(update(c, edited(c, rest, v)?)),
                (None, _, _) => Err(refused("resolve-error-claim-gone")),
            }
        }
        (Some("sources"), Some(PathStep::Item { key, id })) if key == "id" => {
            let found = project
                .sources
                .iter()
                .find(|s| json(&s.id).ok().as_ref() == Some(id));
            match (found, &path[2..], value) {
                // Unlinks it from every claim too, as deleting it by hand does.
                (Some(s), [], None) => Ok(Action::delete_source(project, s.id)),
                (None, [], None) => Ok(Action::Batch(Vec::new())),
                (found, [], Some(v)) => {
                    let source: Source = from_json(v)?;
                    Ok(match found {
                        Some(_) => Action::UpdateSource(source),
                        None => Action::InsertSource {
                            index: project.sources.len(),
                            source,
                        },
                    })
                }
                (Some(s), rest, v) => Ok(Action::UpdateSource(edited(s, rest, v)?)),
                (None, _, _) => Err(refused("resolve-error-source-gone")),
            }
        }
        (Some("scale"), _) => {
            let scale = edited(&project.scale, &path[1..], value)?;
            // Clears verdicts the scale no longer has, as a scale edit does.
            Ok(Action::set_scale(project, scale))
        }
        (Some("settings"), _) => Ok(Action::SetSettings(edited(
            &project.settings,
            &path[1..],
            value,
        )?)),
        (Some("title"), None) => Ok(Action::SetTitle(from_json(
            value.unwrap_or(Value::String(String::new())),
        )?)),
        (Some("article"), Some(PathStep::Field(f))) if f == "meta" => Ok(Action::SetMeta(edited(
            &project.article.meta,
            &path[2..],
            value,
        )?)),
        (Some("article"), Some(PathStep::Field(f))) if f == "text" && path.len() == 2 => {
            let Some(Value::String(text)) = value else {
                return Err(refused("resolve-error-article-needs-text"));
            };
            // Taking another text re-anchors every claim, as replacing it does.
            let new = Article::new(project.article.meta.clone(), text);
            Ok(replace_article(project, new, today).0)
        }
        _ => Ok(Action::SetProject(Box::new(edited(project, path, value)?))),
    }
}

fn json<T: Serialize>(v: &T) -> Result<Value, ResolveError> {
    serde_json::to_value(v).map_err(err)
}

fn from_json<T: DeserializeOwned>(v: Value) -> Result<T, ResolveError> {
    serde_json::from_value(v).map_err(|e| {
        ResolveError(Message::new("resolve-error-does-not-fit").arg("detail", e.to_string()))
    })
}

/// `item` with `value` written at `path` inside it.
fn edited<T: Serialize + DeserializeOwned>(
    item: &T,
    path: &[PathStep],
    value: Option<Value>,
) -> Result<T, ResolveError> {
    let mut tree = json(item)?;
    set_value_at(&mut tree, path, value).map_err(err)?;
    from_json(tree)
}
