use std::fmt;

use crate::i18n::Message;
use crate::model::{
    Activity, Article, ArticleMeta, ArticleVersion, Claim, ClaimId, Conflict, Correction, Project,
    RatingScale, Settings, Source, SourceId,
};

/// A change to a project. Larger operations (deleting a source that claims
/// cite) are a [`Action::Batch`] of these, so each piece stays simple to invert.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    InsertClaim {
        index: usize,
        claim: Claim,
    },
    RemoveClaim(ClaimId),
    /// Replace the claim with the same id.
    UpdateClaim(Claim),
    /// Replace the claim with the same id by its approved self: the only
    /// way to Approved, built by `review` alone (see [`super::SignOff`]).
    SignOff(super::SignOff),
    InsertSource {
        index: usize,
        source: Source,
    },
    RemoveSource(SourceId),
    UpdateSource(Source),
    SetTitle(String),
    SetMeta(ArticleMeta),
    SetSettings(Settings),
    SetScale(RatingScale),
    /// Swap in another article with the claims re-anchored to it and the
    /// article's history; the inverse swaps the old ones back. Made by
    /// [`super::replace_article`].
    ReplaceArticle {
        article: Article,
        claims: Vec<Claim>,
        history: Vec<ArticleVersion>,
    },
    /// Swap in another corrections log (it only grows, through `review::correct`).
    SetCorrections(Vec<Correction>),
    /// Swap in another project activity list (it only grows: a name
    /// changed, publication recorded).
    SetActivity(Vec<Activity>),
    /// The project's list of unresolved merge conflicts; resolving one is a
    /// batch that writes the chosen value and sets the list without it.
    SetConflicts(Vec<Conflict>),
    /// The triage suggestions the user dismissed (`Project::dismissed_suggestions`).
    SetDismissedSuggestions(Vec<String>),
    /// The whole project at once: how a conflict in a field no other action
    /// reaches is resolved, so fields added later are covered too.
    SetProject(Box<Project>),
    Batch(Vec<Action>),
    /// An action with its own name in the Edit menu ("Undo approve claim");
    /// review steps are made of plain updates and need one. The name is a
    /// message of `history.ftl`, worded in the window's language.
    Named {
        label: Message,
        action: Box<Action>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    NoSuchClaim(ClaimId),
    NoSuchSource(SourceId),
    DuplicateClaim(ClaimId),
    DuplicateSource(SourceId),
    /// A review rule refused the change; nothing changed.
    Review(super::ReviewError),
}

impl From<super::ReviewError> for EditError {
    fn from(e: super::ReviewError) -> Self {
        Self::Review(e)
    }
}

impl EditError {
    /// The error as a message (`errors-edit.ftl`) for the window to word.
    pub fn words(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        // Ids as the file writes them, not numbers to group ("1,024").
        let (id, n) = match self {
            Self::NoSuchClaim(id) => ("edit-error-no-such-claim", id.0),
            Self::NoSuchSource(id) => ("edit-error-no-such-source", id.0),
            Self::DuplicateClaim(id) => ("edit-error-duplicate-claim", id.0),
            Self::DuplicateSource(id) => ("edit-error-duplicate-source", id.0),
            Self::Review(e) => return e.message(),
        };
        Message::new(id).arg("id", n.to_string())
    }
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.words().fmt(f)
    }
}

impl std::error::Error for EditError {}

/// What one action touched, so that typing in one field becomes one undo step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    ClaimField(ClaimId, &'static str),
    SourceField(SourceId, &'static str),
    Title,
    MetaField(&'static str),
    SettingsField(&'static str),
}

fn changed_claim_field(old: &Claim, new: &Claim) -> Option<&'static str> {
    let fields = [
        ("span", old.span != new.span),
        ("claim as reviewed", old.reviewed != new.reviewed),
        ("claimant", old.claimant != new.claimant),
        ("claim date", old.claim_date != new.claim_date),
        ("status", old.status != new.status),
        ("verdict", old.verdict != new.verdict),
        ("conclusion", old.conclusion != new.conclusion),
        ("rationale", old.rationale != new.rationale),
        ("tags", old.tags != new.tags),
        ("sources", old.sources != new.sources),
    ];
    match only_one(&fields) {
        // Typing an excerpt is text; linking, unlinking or a stance is one choice.
        Some("sources") if only_excerpt_typed(old, new) => Some("excerpt"),
        other => other,
    }
}

/// Whether the links are the same but for one excerpt's text.
fn only_excerpt_typed(old: &Claim, new: &Claim) -> bool {
    old.sources.len() == new.sources.len()
        && old
            .sources
            .iter()
            .zip(&new.sources)
            .filter(|(a, b)| a.source != b.source || a.stance != b.stance || a.excerpt != b.excerpt)
            .all(|(a, b)| a.source == b.source && a.stance == b.stance)
}

impl Target {
    /// Whether consecutive edits of this target are one undo step: typing
    /// in a text field is (until focus moves); a choice (verdict, status, a
    /// stance, linking a source) or a span is a step of its own.
    pub fn merges(&self) -> bool {
        match self {
            Self::ClaimField(_, field) => {
                !matches!(*field, "span" | "status" | "verdict" | "sources")
            }
            Self::SourceField(_, field) => *field != "reliability",
            Self::Title | Self::MetaField(_) => true,
            Self::SettingsField(field) => {
                !matches!(*field, "publish approved claims only" | "report language")
            }
        }
    }
}

fn changed_source_field(old: &Source, new: &Source) -> Option<&'static str> {
    let fields = [
        ("title", old.title != new.title),
        ("URL", old.url != new.url),
        ("publisher", old.publisher != new.publisher),
        ("author", old.author != new.author),
        ("date published", old.date_published != new.date_published),
        ("date accessed", old.date_accessed != new.date_accessed),
        (
            "archived URL",
            old.archive_url != new.archive_url || old.archived_on != new.archived_on,
        ),
        ("snapshots", old.snapshots != new.snapshots),
        ("reliability", old.reliability != new.reliability),
        ("notes", old.notes != new.notes),
    ];
    only_one(&fields)
}

fn changed_meta_field(old: &ArticleMeta, new: &ArticleMeta) -> Option<&'static str> {
    let fields = [
        ("article title", old.title != new.title),
        ("outlet", old.outlet != new.outlet),
        ("author", old.author != new.author),
        ("article URL", old.url != new.url),
        ("date published", old.date_published != new.date_published),
        ("date retrieved", old.date_retrieved != new.date_retrieved),
    ];
    only_one(&fields)
}

fn changed_settings_field(old: &Settings, new: &Settings) -> Option<&'static str> {
    let fields = [
        ("organisation", old.organisation != new.organisation),
        (
            "organisation URL",
            old.organisation_url != new.organisation_url,
        ),
        ("review URL", old.review_url != new.review_url),
        ("reviewer", old.reviewer != new.reviewer),
        (
            "publish approved claims only",
            old.publish_approved_only != new.publish_approved_only,
        ),
        (
            "report language",
            old.report_language != new.report_language,
        ),
    ];
    only_one(&fields)
}

fn only_one(fields: &[(&'static str, bool)]) -> Option<&'static str> {
    let mut changed = fields.iter().filter(|(_, c)| *c).map(|(n, _)| *n);
    match (changed.next(), changed.next()) {
        (Some(name), None) => Some(name),
        _ => None,
    }
}

/// The label of an edit that sets a choice rather than typing text.
/// "set verdict", "edit rationale": the undo step's name for one field
/// (named as `changed_*_field` name them).
fn set_or_edit(field: &str) -> Message {
    let id = match field {
        "span" => "history-edit-span",
        "claim as reviewed" => "history-edit-claim-reviewed",
        "claimant" => "history-edit-claimant",
        "claim date" => "history-edit-claim-date",
        "status" => "history-set-status",
        "verdict" => "history-set-verdict",
        "conclusion" => "history-edit-conclusion",
        "rationale" => "history-edit-rationale",
        "tags" => "history-edit-tags",
        "sources" => "history-edit-sources",
        "excerpt" => "history-edit-excerpt",
        "title" => "history-edit-source-title",
        "URL" => "history-edit-url",
        "publisher" => "history-edit-publisher",
        "author" => "history-edit-author",
        "date published" => "history-edit-date-published",
        "date accessed" => "history-edit-date-accessed",
        "archived URL" => "history-edit-archived-url",
        "snapshots" => "history-edit-snapshots",
        "reliability" => "history-set-reliability",
        "notes" => "history-edit-notes",
        "article title" => "history-edit-article-title",
        "outlet" => "history-edit-outlet",
        "article URL" => "history-edit-article-url",
        "date retrieved" => "history-edit-date-retrieved",
        "organisation" => "history-edit-organisation",
        "organisation URL" => "history-edit-organisation-url",
        "review URL" => "history-edit-review-url",
        "reviewer" => "history-edit-reviewer",
        "publish approved claims only" => "history-edit-publish-approved-only",
        "report language" => "history-set-report-language",
        other => return Message::new("history-edit-field").arg("field", other),
    };
    Message::new(id)
}

fn named(id: &'static str) -> Message {
    Message::new(id)
}

impl Action {
    /// What the change does, for the Edit menu ("Undo set verdict": a
    /// message, English through `to_string`), and which field it touched,
    /// judged against the project before the change.
    pub fn describe(&self, before: &Project) -> (Message, Option<Target>) {
        match self {
            Self::InsertClaim { .. } => (named("history-add-claim"), None),
            Self::RemoveClaim(_) => (named("history-delete-claim"), None),
            Self::UpdateClaim(new) => match before
                .claim(new.id)
                .and_then(|old| changed_claim_field(old, new))
            {
                Some(field) => (set_or_edit(field), Some(Target::ClaimField(new.id, field))),
                None => (named("history-edit-claim"), None),
            },
            Self::SignOff(_) => (named("history-approve-claim"), None),
            Self::InsertSource { .. } => (named("history-add-source"), None),
            Self::RemoveSource(_) => (named("history-delete-source"), None),
            Self::UpdateSource(new) => match before
                .source(new.id)
                .and_then(|old| changed_source_field(old, new))
            {
                Some(field) => (set_or_edit(field), Some(Target::SourceField(new.id, field))),
                None => (named("history-edit-source"), None),
            },
            Self::SetTitle(_) => (named("history-edit-project-title"), Some(Target::Title)),
            Self::SetMeta(new) => match changed_meta_field(&before.article.meta, new) {
                Some(field) => (set_or_edit(field), Some(Target::MetaField(field))),
                None => (named("history-edit-article-details"), None),
            },
            Self::SetSettings(new) => match changed_settings_field(&before.settings, new) {
                Some(field) => (set_or_edit(field), Some(Target::SettingsField(field))),
                None => (named("history-edit-settings"), None),
            },
            Self::SetScale(_) => (named("history-edit-scale"), None),
            Self::ReplaceArticle { .. } => (named("history-replace-article"), None),
            Self::SetCorrections(_) => (named("history-edit-corrections"), None),
            Self::SetActivity(_) => (named("history-note-activity"), None),
            Self::Named { label, .. } => (label.clone(), None),
            Self::SetConflicts(_) => (named("history-resolve-conflict"), None),
            Self::SetDismissedSuggestions(new) => {
                if new.len() > before.dismissed_suggestions.len() {
                    (named("history-dismiss-suggestion"), None)
                } else {
                    (named("history-restore-suggestions"), None)
                }
            }
            // Alone it is a merge; a conflict resolved through it is
            // labelled by the batch's last step.
            Self::SetProject(_) => (named("history-merge-changes"), None),
            Self::Batch(actions) => match actions.last() {
                Some(last) => (last.describe(before).0, None),
                None => (named("history-nothing"), None),
            },
        }
    }

    /// Applies the action and returns the action that undoes it. On error the
    /// project is unchanged.
    pub fn apply(self, project: &mut Project) -> Result<Action, EditError> {
        match self {
            Self::InsertClaim { index, claim } => {
                if project.claim(claim.id).is_some() {
                    return Err(EditError::DuplicateClaim(claim.id));
                }
                let id = claim.id;
                project
                    .claims
                    .insert(index.min(project.claims.len()), claim);
                Ok(Self::RemoveClaim(id))
            }
            Self::RemoveClaim(id) => {
                let index = project.claim_index(id).ok_or(EditError::NoSuchClaim(id))?;
                let claim = project.claims.remove(index);
                Ok(Self::InsertClaim { index, claim })
            }
            Self::UpdateClaim(claim) => {
                let index = project
                    .claim_index(claim.id)
                    .ok_or(EditError::NoSuchClaim(claim.id))?;
                Ok(Self::UpdateClaim(std::mem::replace(
                    &mut project.claims[index],
                    claim,
                )))
            }
            Self::SignOff(signed) => Self::UpdateClaim(signed.into_claim()).apply(project),
            Self::InsertSource { index, source } => {
                if project.source(source.id).is_some() {
                    return Err(EditError::DuplicateSource(source.id));
                }
                let id = source.id;
                project
                    .sources
                    .insert(index.min(project.sources.len()), source);
                Ok(Self::RemoveSource(id))
            }
            Self::RemoveSource(id) => {
                let index = project
                    .source_index(id)
                    .ok_or(EditError::NoSuchSource(id))?;
                let source = project.sources.remove(index);
                Ok(Self::InsertSource { index, source })
            }
            Self::UpdateSource(source) => {
                let index = project
                    .source_index(source.id)
                    .ok_or(EditError::NoSuchSource(source.id))?;
                Ok(Self::UpdateSource(std::mem::replace(
                    &mut project.sources[index],
                    source,
                )))
            }
            Self::SetTitle(title) => {
                Ok(Self::SetTitle(std::mem::replace(&mut project.title, title)))
            }
            Self::SetMeta(meta) => Ok(Self::SetMeta(std::mem::replace(
                &mut project.article.meta,
                meta,
            ))),
            Self::SetSettings(s) => Ok(Self::SetSettings(std::mem::replace(
                &mut project.settings,
                s,
            ))),
            Self::SetScale(scale) => {
                Ok(Self::SetScale(std::mem::replace(&mut project.scale, scale)))
            }
            Self::ReplaceArticle {
                article,
                claims,
                history,
            } => Ok(Self::ReplaceArticle {
                article: std::mem::replace(&mut project.article, article),
                claims: std::mem::replace(&mut project.claims, claims),
                history: std::mem::replace(&mut project.article_history, history),
            }),
            Self::SetCorrections(log) => Ok(Self::SetCorrections(std::mem::replace(
                &mut project.corrections,
                log,
            ))),
            Self::SetActivity(list) => Ok(Self::SetActivity(std::mem::replace(
                &mut project.activity,
                list,
            ))),
            Self::Named { label, action } => Ok(Self::Named {
                label,
                action: Box::new(action.apply(project)?),
            }),
            Self::SetConflicts(conflicts) => Ok(Self::SetConflicts(std::mem::replace(
                &mut project.conflicts,
                conflicts,
            ))),
            Self::SetDismissedSuggestions(list) => Ok(Self::SetDismissedSuggestions(
                std::mem::replace(&mut project.dismissed_suggestions, list),
            )),
            Self::SetProject(whole) => Ok(Self::SetProject(Box::new(std::mem::replace(
                project, *whole,
            )))),
            Self::Batch(actions) => {
                let mut inverses = Vec::with_capacity(actions.len());
                for action in actions {
                    match action.apply(project) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(e) => {
                            // Roll back what this batch already did, so an error changes nothing.
                            for inverse in inverses.into_iter().rev() {
                                let _ = inverse.apply(project);
                            }
                            return Err(e);
                        }
                    }
                }
                inverses.reverse();
                Ok(Self::Batch(inverses))
            }
        }
    }

    /// Deleting a source also unlinks it from every claim that cites it.
    pub fn delete_source(project: &Project, id: SourceId) -> Self {
        let mut actions: Vec<Action> = project
            .claims_citing(id)
            .map(|c| {
                let mut claim = c.clone();
                claim.sources.retain(|l| l.source != id);
                Self::UpdateClaim(claim)
            })
            .collect();
        actions.push(Self::RemoveSource(id));
        Self::Batch(actions)
    }

    /// A new scale clears the verdicts it no longer has, in the same undo step.
    pub fn set_scale(project: &Project, scale: RatingScale) -> Self {
        let mut actions: Vec<Action> = project
            .claims
            .iter()
            .filter(|c| {
                c.verdict.is_some_and(|v| {
                    scale.kind == crate::model::ScaleKind::ConclusionOnly
                        || scale.verdict(v).is_none()
                })
            })
            .map(|c| {
                Self::UpdateClaim(Claim {
                    verdict: None,
                    ..c.clone()
                })
            })
            .collect();
        actions.push(Self::SetScale(scale));
        Self::Batch(actions)
    }
}
