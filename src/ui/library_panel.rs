//! The Library tab: "Checked before", the library's best matches for the
//! selected claim (searched in the background by `app::library`), a search
//! box for the library itself, the claim's linked previous checks, and the
//! library's settings. Linking a match is an ordinary claim edit (undoable).

use crate::ui::i18n::{HasCtx, hover, styled, tr, tr_args, trw, words};
use eframe::egui::{self, Color32, RichText};

use super::{Command, theme};
use crate::edit::Action;
use crate::library::{Entry, Hit, Strength};
use crate::model::{Claim, ClaimId, Color, PreviousCheck, Project, RatingScale};

/// Where a list of matches stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Matches {
    /// Nothing asked yet.
    #[default]
    Idle,
    Searching,
    Ready(Vec<Hit>),
    Failed(String),
}

/// The view's state; `app::library` fills in the matches as they come.
#[derive(Debug, Default)]
pub struct LibraryPanel {
    /// The claim the "Checked before" list was searched for, and with what.
    pub claim: Option<(ClaimId, String)>,
    pub claim_matches: Matches,
    /// The search box.
    pub query: String,
    pub query_matches: Matches,
    /// The folder field, filled with the library's folder.
    pub folder: String,
    /// How many entries the library held at its last answer.
    pub entries: Option<u64>,
}

/// What the panel shows about the library itself.
pub struct LibraryInfo<'a> {
    /// `None` when the window has no library (tests, no data folder).
    pub dir: Option<&'a std::path::Path>,
    pub add_on_save: bool,
    /// The last message from the library (added a project, rebuilt the index).
    pub note: Option<&'a str>,
    /// Past checks are being added (Add past checks… waits for it).
    pub adding: bool,
}

pub fn previous_check(entry: &Entry) -> PreviousCheck {
    PreviousCheck {
        claim: entry.claim.clone(),
        verdict: entry.verdict.clone(),
        organisation: entry.organisation.clone(),
        date: entry.date.clone(),
        url: entry.url.clone(),
        key: entry.key.clone(),
    }
}

impl LibraryPanel {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        project: &Project,
        selected: Option<ClaimId>,
        info: &LibraryInfo<'_>,
        commands: &mut Vec<Command>,
    ) {
        let claim = selected.and_then(|id| project.claim(id));
        ui.label(styled(
            ui,
            RichText::new(tr(ui, "library-checked-before")).heading(),
        ));
        if info.dir.is_none() {
            ui.label(trw(ui, "library-the-library-is-off-there"));
        } else if let Some(claim) = claim {
            ui.label(styled(
                ui,
                RichText::new(tr_args(
                    ui,
                    "library-earlier-checks-like",
                    &[("number", project.claim_number(claim.id).unwrap_or(0).into())],
                ))
                .weak(),
            ));
            matches_ui(
                ui,
                "checked_before",
                &self.claim_matches,
                self.entries,
                Some((claim, project.claim_number(claim.id).unwrap_or(0))),
                &project.scale,
                commands,
            );
        } else {
            ui.label(styled(
                ui,
                RichText::new(tr(ui, "library-select-a-claim-to-see")).weak(),
            ));
        }
        if let Some(claim) = claim.filter(|c| !c.previous_checks.is_empty()) {
            ui.add_space(6.0);
            ui.label(styled(
                ui,
                RichText::new(tr(ui, "library-linked-as-previous-checks")).strong(),
            ));
            for (i, p) in claim.previous_checks.iter().enumerate() {
                ui.horizontal_wrapped(|ui| {
                    let line = tr_args(
                        ui,
                        "library-previous-line",
                        &[
                            ("by", by_line(ui, p).into()),
                            ("claim", p.claim.as_str().into()),
                        ],
                    );
                    ui.label(words(ui, line));
                    if ui.small_button(trw(ui, "library-unlink")).clicked() {
                        let mut c = claim.clone();
                        c.previous_checks.remove(i);
                        commands.push(Command::Edit(Action::UpdateClaim(c)));
                    }
                });
            }
        }
        ui.separator();
        ui.horizontal(|ui| {
            let label = ui.label(trw(ui, "library-search-the-library"));
            let hint = crate::ui::i18n::words_line(ui, tr(ui, "library-words-of-a-claim"));
            let field = super::bidi_edit::singleline_ui(ui, &mut self.query, |e| {
                e.desired_width(180.0).hint_text(hint)
            });
            let field = field.labelled_by(label.id);
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button(trw(ui, "library-search")).clicked() || enter)
                && !self.query.trim().is_empty()
            {
                commands.push(Command::SearchLibrary(self.query.trim().to_owned()));
            }
        });
        matches_ui(
            ui,
            "library_search",
            &self.query_matches,
            self.entries,
            claim.map(|c| (c, project.claim_number(c.id).unwrap_or(0))),
            &project.scale,
            commands,
        );
        ui.separator();
        ui.label(styled(
            ui,
            RichText::new(tr(ui, "library-library-settings")).strong(),
        ));
        if info.dir.is_some() {
            ui.add_enabled_ui(!info.adding, |ui| {
                ui.menu_button(trw(ui, "library-add-past-checks"), |ui| {
                    if ui
                        .button(trw(ui, "library-files"))
                        .on_hover_text(tr(ui, "library-projects-ron-claimreview-json-jsonld"))
                        .clicked()
                    {
                        commands.push(Command::AddPastChecksDialog { folder: false });
                        ui.close();
                    }
                    if ui
                        .button(trw(ui, "library-a-folder"))
                        .on_hover_text(tr(ui, "library-every-project-claimreview-and-tsv"))
                        .clicked()
                    {
                        commands.push(Command::AddPastChecksDialog { folder: true });
                        ui.close();
                    }
                })
                .response
                .on_hover_text(hover(ui, tr(ui, "library-add-earlier-fact-checks-to")));
            });
        }
        let mut add = info.add_on_save;
        if super::mirror::checkbox_ui(ui, &mut add, tr(ui, "library-add-projects-to-the-library"))
            .changed()
        {
            commands.push(Command::SetLibraryAddOnSave(add));
        }
        ui.horizontal(|ui| {
            let label = ui.label(trw(ui, "library-folder"));
            super::bidi_edit::singleline_ui(ui, &mut self.folder, |e| e.desired_width(220.0))
                .labelled_by(label.id);
            if ui.button(trw(ui, "library-use-folder")).clicked() && !self.folder.trim().is_empty()
            {
                commands.push(Command::SetLibraryFolder(self.folder.trim().into()));
            }
        });
        if let Some(note) = info.note {
            ui.label(styled(ui, RichText::new(note).weak()));
        }
    }
}

/// "Example Checks, 2021-03-02: False"
fn by_line(ui: &egui::Ui, p: &PreviousCheck) -> String {
    let organisation = if p.organisation.is_empty() {
        tr(ui, "library-unknown-organisation")
    } else {
        p.organisation.clone()
    };
    let by = if p.date.is_empty() {
        organisation
    } else {
        tr_args(
            ui,
            "library-previous-by-on",
            &[
                ("organisation", organisation.into()),
                ("date", crate::ui::i18n::date_short(ui, &p.date).into()),
            ],
        )
    };
    if p.verdict.is_empty() {
        by
    } else {
        tr_args(
            ui,
            "library-previous-verdict",
            &[("by", by.into()), ("verdict", p.verdict.as_str().into())],
        )
    }
}

/// What an empty library says: how to fill it.
pub fn empty_library(c: &impl HasCtx) -> String {
    tr(c, "library-empty")
}

/// What a library without a close match says ("… (1,234 entries)"): the
/// count is a Fluent number, written as the window's language writes numbers.
pub fn no_close_match(c: &impl HasCtx, entries: u64) -> String {
    tr_args(
        c,
        "library-no-close-match-count",
        &[("count", entries.into())],
    )
}

fn matches_ui(
    ui: &mut egui::Ui,
    salt: &str,
    matches: &Matches,
    entries: Option<u64>,
    claim: Option<(&Claim, usize)>,
    scale: &RatingScale,
    commands: &mut Vec<Command>,
) {
    match matches {
        Matches::Idle => {}
        Matches::Searching => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(trw(ui, "library-searching-the-library"));
            });
        }
        Matches::Failed(e) => {
            ui.colored_label(
                Color32::from_rgb(0xb0, 0x20, 0x20),
                tr_args(
                    ui,
                    "library-search-failed",
                    &[("error", e.to_string().into())],
                ),
            );
        }
        Matches::Ready(hits) if hits.is_empty() => {
            let text = match entries {
                Some(0) => empty_library(ui),
                Some(n) => no_close_match(ui, n),
                None => tr(ui, "library-no-close-match"),
            };
            ui.label(styled(ui, RichText::new(text).weak()));
        }
        Matches::Ready(hits) => {
            for (i, hit) in hits.iter().enumerate() {
                ui.push_id((salt, i), |ui| {
                    hit_ui(ui, hit, claim, scale, commands);
                });
            }
        }
    }
}

/// A match's verdict colour: the one it was checked with (a project's
/// scale), else the open project's colour for a verdict of the same name
/// (ClaimReview data carries a name, not a colour), else neutral grey.
fn chip_colour(e: &Entry, scale: &RatingScale) -> Color32 {
    Color::parse(&e.colour)
        .or_else(|| {
            let name = e.verdict.trim();
            scale
                .verdicts
                .iter()
                .find(|v| !name.is_empty() && v.label.trim().eq_ignore_ascii_case(name))
                .map(|v| v.color)
        })
        .map_or(Color32::from_gray(0x60), theme::color32)
}

/// "Strong match · 26.4": the match's strength in words, and its score.
pub fn strength_text(c: &impl HasCtx, score: f32) -> String {
    let id = match Strength::of(score) {
        Some(Strength::Strong) => "library-strong-match",
        Some(Strength::Possible) => "library-possible-match",
        Some(Strength::Weak) | None => "library-weak-match",
    };
    let score = crate::ui::i18n::decimal(c, f64::from(score), 1);
    format!("{} · {score}", tr(c, id))
}

/// "Link to claim #3 as previous check": the button names where the link goes.
pub fn link_label(c: &impl HasCtx, number: usize) -> String {
    tr_args(c, "library-link-to-claim", &[("number", number.into())])
}

fn hit_ui(
    ui: &mut egui::Ui,
    hit: &Hit,
    claim: Option<(&Claim, usize)>,
    scale: &RatingScale,
    commands: &mut Vec<Command>,
) {
    let e = &hit.entry;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            let colour = chip_colour(e, scale);
            let verdict = if e.verdict.is_empty() {
                tr(ui, "library-no-verdict")
            } else {
                e.verdict.clone()
            };
            theme::verdict_chip(ui, colour, &verdict);
            ui.label(words(ui, &e.claim));
        });
        let origin = std::path::Path::new(&e.origin)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let date = crate::ui::i18n::date_short(ui, &e.date);
        let whence: Vec<&str> = [e.organisation.as_str(), date.as_str(), origin.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        ui.horizontal_wrapped(|ui| {
            ui.label(styled(
                ui,
                RichText::new(strength_text(ui, hit.score)).small().strong(),
            ))
            .on_hover_text(hover(
                ui,
                tr_args(
                    ui,
                    "library-score-hover",
                    &[
                        ("strong", crate::library::STRONG_MATCH.into()),
                        ("possible", crate::library::POSSIBLE_MATCH.into()),
                        ("floor", crate::library::SEARCH_FLOOR.into()),
                    ],
                ),
            ));
            ui.label(styled(ui, RichText::new(whence.join(" · ")).weak().small()));
        });
        ui.horizontal_wrapped(|ui| {
            if let Some((claim, number)) = claim {
                if claim.previous_checks.iter().any(|p| p.key == e.key) {
                    ui.label(styled(
                        ui,
                        RichText::new(tr_args(
                            ui,
                            "library-linked-to-claim",
                            &[("number", number.into())],
                        ))
                        .small(),
                    ));
                } else if ui
                    .small_button(link_label(ui, number))
                    .on_hover_text(hover(ui, tr(ui, "library-keep-this-as-an-earlier")))
                    .clicked()
                {
                    let mut c = claim.clone();
                    c.previous_checks.push(previous_check(e));
                    commands.push(Command::Edit(Action::UpdateClaim(c)));
                }
            }
        });
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ScalePreset;

    #[test]
    fn a_claimreview_verdict_takes_the_colour_of_the_same_verdict_in_the_open_scale() {
        let scale = ScalePreset::TruthSixStep.scale();
        let mostly_false = scale
            .verdicts
            .iter()
            .find(|v| v.label == "Mostly false")
            .map(|v| theme::color32(v.color));
        let review = Entry {
            verdict: "mostly FALSE ".into(),
            ..Entry::default()
        };
        assert_eq!(Some(chip_colour(&review, &scale)), mostly_false);
        // A colour recorded with the entry wins; an unknown name stays grey.
        let own = Entry {
            verdict: "Mostly false".into(),
            colour: "#112233".into(),
            ..Entry::default()
        };
        assert_eq!(
            chip_colour(&own, &scale),
            Color32::from_rgb(0x11, 0x22, 0x33)
        );
        let unknown = Entry {
            verdict: "Satire".into(),
            ..Entry::default()
        };
        assert_eq!(chip_colour(&unknown, &scale), Color32::from_gray(0x60));
    }
}
