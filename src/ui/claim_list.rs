//! Every claim in article order, filtered by verdict, status and text. Rows
//! are virtualised: 10,000 claims draw as fast as ten.

use crate::ui::i18n::{hover, styled, tr, tr_args};
use std::sync::Arc;

use crate::i18n::Catalog;
use eframe::egui::{self, Align2, CornerRadius, FontId, RichText, ScrollArea, Sense, Ui, vec2};

use super::mirror::combo_box_ui;
use super::{Command, theme};

use crate::model::bidi;
use crate::model::{Claim, ClaimId, ClaimStatus, Project, ScaleKind, VerdictId};

const ROW_HEIGHT: f32 = 52.0;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum VerdictFilter {
    #[default]
    All,
    Unrated,
    Verdict(VerdictId),
}

#[derive(Default)]
pub struct ClaimList {
    pub search: String,
    pub verdict: VerdictFilter,
    pub status: Option<ClaimStatus>,
    /// Indices into `Project::claims` that pass the filters, in article order.
    rows: Vec<usize>,
    /// For each index into `Project::claims`, the number readers see (#1 …).
    numbers: Vec<usize>,
    rows_key: Option<(u64, String, VerdictFilter, Option<ClaimStatus>)>,
    scroll_to_selected: bool,
    /// Focus the selected row (else the first shown) when next drawn: F6.
    focus_request: bool,
    /// The row last focused by a click: it shows the selection, not a focus
    /// ring, which is for focus moved by the keyboard.
    clicked_row: Option<ClaimId>,
}

/// The id of a claim's row in the list, stable across frames and filters.
pub fn row_id(claim: ClaimId) -> egui::Id {
    egui::Id::unique(("claim_row", claim))
}

fn matches_search(claim: &Claim, needle: &str) -> bool {
    needle.is_empty()
        || [
            &claim.span.quote,
            &claim.reviewed,
            &claim.claimant,
            &claim.rationale,
        ]
        .iter()
        .any(|s| s.to_lowercase().contains(needle))
        || claim.tags.iter().any(|t| t.to_lowercase().contains(needle))
}

impl ClaimList {
    /// The filtered claims in article order (recomputed only when the project or filters change).
    pub fn rows(&mut self, project: &Project, revision: u64) -> &[usize] {
        let key = (revision, self.search.clone(), self.verdict, self.status);
        if self.rows_key.as_ref() != Some(&key) {
            let needle = self.search.trim().to_lowercase();
            // One sort of every claim gives both the numbers (which count
            // every claim, not only those that pass the filters) and, filtered,
            // the rows in the same order.
            let mut all: Vec<usize> = (0..project.claims.len()).collect();
            all.sort_by_key(|&i| {
                let c = &project.claims[i];
                (c.span.start, c.span.end, c.id)
            });
            self.numbers = vec![0; all.len()];
            for (n, &i) in (1..).zip(&all) {
                self.numbers[i] = n;
            }
            let rows: Vec<usize> = all
                .into_iter()
                .filter(|&i| {
                    let c = &project.claims[i];
                    (match self.verdict {
                        VerdictFilter::All => true,
                        VerdictFilter::Unrated => project.verdict_of(c).is_none(),
                        VerdictFilter::Verdict(v) => c.verdict == Some(v),
                    }) && self.status.is_none_or(|s| c.status == s)
                        && matches_search(c, &needle)
                })
                .collect();
            self.rows = rows;
            self.rows_key = Some(key);
        }
        &self.rows
    }

    /// The claim after (or before) `current` in list order, wrapping around.
    pub fn step(
        &mut self,
        project: &Project,
        revision: u64,
        current: Option<ClaimId>,
        forward: bool,
    ) -> Option<ClaimId> {
        let rows = self.rows(project, revision).to_vec();
        if rows.is_empty() {
            return None;
        }
        let pos = current.and_then(|id| rows.iter().position(|&i| project.claims[i].id == id));
        let next = match (pos, forward) {
            (None, true) => 0,
            (None, false) => rows.len() - 1,
            (Some(p), true) => (p + 1) % rows.len(),
            (Some(p), false) => (p + rows.len() - 1) % rows.len(),
        };
        self.scroll_to_selected = true;
        Some(project.claims[rows[next]].id)
    }

    /// Puts the keyboard focus on the selected row (else the first) when the
    /// list is next drawn.
    pub fn request_focus(&mut self) {
        self.focus_request = true;
        self.scroll_to_selected = true;
    }

    pub fn ui(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        revision: u64,
        selected: Option<ClaimId>,
        commands: &mut Vec<Command>,
    ) {
        self.filters_ui(ui, project);
        let rows = self.rows(project, revision).to_vec();
        ui.label(styled(
            ui,
            RichText::new(of_claims(ui, rows.len(), project.claims.len()))
                .small()
                .weak(),
        ));
        if project.claims.is_empty() || rows.is_empty() {
            // Nothing to focus in the list: the search field is its first control.
            if std::mem::take(&mut self.focus_request) {
                ui.memory_mut(|m| m.request_focus(egui::Id::unique("claim_search")));
            }
        }
        if project.claims.is_empty() {
            ui.add_space(12.0);
            ui.label(styled(ui, RichText::new(tr(ui, "claims-none-yet")).weak()));
            return;
        }
        let mut scroll = ScrollArea::vertical()
            .id_salt("claim_list")
            .auto_shrink(false);
        if std::mem::take(&mut self.scroll_to_selected)
            && let Some(pos) =
                selected.and_then(|id| rows.iter().position(|&i| project.claims[i].id == id))
        {
            let spacing = ui.spacing().item_spacing.y;
            let y = pos as f32 * (ROW_HEIGHT + spacing);
            scroll = scroll.vertical_scroll_offset((y - 2.0 * ROW_HEIGHT).max(0.0));
        }
        let list_name = tr_args(
            ui,
            "claims-list-name",
            &[(
                "shown",
                of_claims(ui, rows.len(), project.claims.len()).into(),
            )],
        );
        // F6: the selected row when it is drawn, else the first row drawn.
        let focus_on = std::mem::take(&mut self.focus_request).then(|| {
            selected
                .filter(|id| rows.iter().any(|&i| project.claims[i].id == *id))
                .or_else(|| rows.first().map(|&i| project.claims[i].id))
        });
        let focus_on = focus_on.flatten();
        scroll.show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
            let list = egui::UiBuilder::new()
                .accessibility_role(egui::accesskit::Role::List)
                .accessibility_label(list_name);
            ui.scope_builder(list, |ui| {
                let mut drawn_focus = false;
                for &i in &rows[range.clone()] {
                    let claim = &project.claims[i];
                    let number = self.numbers.get(i).copied().unwrap_or_default();
                    let ring = self.clicked_row != Some(claim.id);
                    let r = row_ui(ui, project, claim, number, selected == Some(claim.id), ring);
                    if focus_on == Some(claim.id) {
                        r.request_focus();
                        drawn_focus = true;
                    }
                    if r.clicked() {
                        let by_pointer = r.ctx.input(|i| i.pointer.any_click());
                        self.clicked_row = by_pointer.then_some(claim.id);
                        commands.push(Command::JumpToClaim(claim.id));
                    }
                    if r.gained_focus() && !r.clicked() && !r.is_pointer_button_down_on() {
                        self.clicked_row = None;
                    }
                }
                // The row was scrolled out of the drawn range: focus it next frame.
                if focus_on.is_some() && !drawn_focus {
                    self.focus_request = true;
                    ui.ctx().request_repaint();
                }
            });
        });
    }

    fn filters_ui(&mut self, ui: &mut Ui, project: &Project) {
        let l = ui.label(styled(
            ui,
            RichText::new(tr(ui, "claims-search-claims"))
                .small()
                .strong(),
        ));
        let hint = crate::ui::i18n::words_line(ui, tr(ui, "claims-quote-claim-claimant-tag"));
        let id = egui::Id::unique("claim_search");
        super::bidi_edit::singleline_with_id_ui(ui, id, &mut self.search, |e| {
            e.hint_text(hint).desired_width(f32::INFINITY)
        })
        .labelled_by(l.id);
        let all_verdicts = tr(ui, "claims-all-verdicts");
        let unrated = tr(ui, "claims-unrated");
        let verdict_label = tr(ui, "claims-verdict");
        let status_label = tr(ui, "claims-status");
        let all_statuses = tr(ui, "claims-all-statuses");
        let verdict_text = match self.verdict {
            VerdictFilter::All => all_verdicts.clone(),
            VerdictFilter::Unrated => unrated.clone(),
            VerdictFilter::Verdict(v) => project
                .scale
                .verdict(v)
                .map_or("?".into(), |v| v.label.clone()),
        };
        let status_text = self
            .status
            .map_or(all_statuses.clone(), |s| super::labels::status(ui, s));
        super::mirror::columns_ui(ui, 2, |cols| {
            let l = cols[0].label(styled(
                &cols[0],
                RichText::new(verdict_label).small().strong(),
            ));
            let shown = crate::ui::i18n::words_line(&cols[0], verdict_text);
            let width = Some(cols[0].available_width());
            combo_box_ui(&mut cols[0], "verdict_filter", shown, width, |ui| {
                ui.selectable_value(
                    &mut self.verdict,
                    VerdictFilter::All,
                    crate::ui::i18n::words_line(ui, all_verdicts),
                );
                if project.scale.kind == ScaleKind::Ratings {
                    for v in &project.scale.verdicts {
                        ui.selectable_value(
                            &mut self.verdict,
                            VerdictFilter::Verdict(v.id),
                            &v.label,
                        );
                    }
                }
                ui.selectable_value(
                    &mut self.verdict,
                    VerdictFilter::Unrated,
                    crate::ui::i18n::words_line(ui, unrated),
                );
            })
            .response
            .labelled_by(l.id);
            let l = cols[1].label(styled(
                &cols[1],
                RichText::new(status_label).small().strong(),
            ));
            let shown = crate::ui::i18n::words_line(&cols[1], status_text);
            let width = Some(cols[1].available_width());
            combo_box_ui(&mut cols[1], "status_filter", shown, width, |ui| {
                ui.selectable_value(
                    &mut self.status,
                    None,
                    crate::ui::i18n::words_line(ui, all_statuses),
                );
                for s in ClaimStatus::ALL {
                    let label = super::labels::status(ui, s);
                    ui.selectable_value(
                        &mut self.status,
                        Some(s),
                        crate::ui::i18n::words_line(ui, label),
                    );
                }
            })
            .response
            .labelled_by(l.id);
        });
    }
}

/// "2 of 3 claims", "1 of 1 claim".
fn of_claims(ui: &Ui, shown: usize, total: usize) -> String {
    tr_args(
        ui,
        "claims-shown-of-total",
        &[("shown", shown.into()), ("total", total.into())],
    )
}

fn verdict_label(catalog: &Catalog, project: &Project, claim: &Claim) -> String {
    match project.scale.kind {
        ScaleKind::ConclusionOnly if claim.conclusion.trim().is_empty() => {
            catalog.text("claims-no-conclusion")
        }
        ScaleKind::ConclusionOnly => catalog.text("claims-concluded"),
        ScaleKind::Ratings => project
            .verdict_of(claim)
            .map_or_else(|| catalog.text("claims-unrated"), |v| v.label.clone()),
    }
}

/// What a row says, worked out once for the painted row and its accessible name.
struct RowText {
    /// The claim as reviewed (else its quote), on one line.
    title: String,
    verdict: String,
    orphaned: bool,
    /// Where it is ("p. 3", "00:01:12"), "" when the article has no places.
    place: String,
    status: String,
    sources: usize,
    open_comments: usize,
    catalog: Arc<Catalog>,
}

impl RowText {
    fn new(ui: &Ui, project: &Project, claim: &Claim) -> Self {
        let catalog = super::i18n::catalog(ui);
        let title = if claim.reviewed.trim().is_empty() {
            &claim.span.quote
        } else {
            &claim.reviewed
        };
        Self {
            title: title.replace('\n', " "),
            verdict: verdict_label(&catalog, project, claim),
            orphaned: claim.orphaned,
            place: super::labels::place(
                &catalog,
                &project.article.location(claim.span.start, claim.span.end),
                false,
            ),
            status: super::labels::status(ui, claim.status),
            sources: claim.sources.len(),
            open_comments: claim.unresolved_comments(),
            catalog,
        }
    }

    fn place_prefix(&self) -> String {
        if self.place.is_empty() {
            String::new()
        } else {
            format!("{} · ", self.place)
        }
    }

    fn sources_text(&self) -> String {
        self.catalog
            .format("claims-sources-count", &[("count", self.sources.into())])
    }

    fn comments_text(&self) -> String {
        match self.open_comments {
            0 => String::new(),
            n => self
                .catalog
                .format("claims-open-comments-count", &[("count", n.into())]),
        }
    }

    /// In reading order: number, claim, verdict, status, sources, comments.
    fn accessible_name(&self, number: usize) -> String {
        let detail = if self.orphaned {
            self.catalog.text("claims-row-not-found-name")
        } else {
            format!(
                "{}{}, {}",
                self.place_prefix(),
                self.status,
                self.sources_text()
            )
        };
        let comments = match self.open_comments {
            0 => String::new(),
            _ => format!(", {}", self.comments_text()),
        };
        let head = self.catalog.format(
            "claims-row-name",
            &[
                ("number", number.into()),
                ("title", self.title.as_str().into()),
                ("verdict", self.verdict.as_str().into()),
            ],
        );
        format!("{head}, {detail}{comments}")
    }

    /// The line beside the verdict chip. Comments come before the sources:
    /// an open question matters more, and the row may be cut.
    fn detail(&self) -> String {
        if self.orphaned {
            return self.catalog.text("claims-row-not-found");
        }
        let comments = match self.open_comments {
            0 => String::new(),
            _ => format!(" · {}", self.comments_text()),
        };
        format!(
            "{}{}{comments} · {}",
            self.place_prefix(),
            self.status,
            self.sources_text()
        )
    }
}

/// One painted row: colour bar, claim text and its verdict and status.
fn row_ui(
    ui: &mut Ui,
    project: &Project,
    claim: &Claim,
    number: usize,
    selected: bool,
    focus_ring: bool,
) -> egui::Response {
    let (_, rect) = ui.allocate_space(vec2(ui.available_width(), ROW_HEIGHT));
    let response = ui.interact(rect, row_id(claim.id), Sense::click());
    let text = RowText::new(ui, project, claim);
    response.widget_info(|| {
        egui::WidgetInfo::selected(
            egui::Role::ListItem,
            true,
            selected,
            text.accessible_name(number),
        )
    });
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    let bg = if selected {
        visuals.selection.bg_fill.gamma_multiply(0.35)
    } else if response.hovered() {
        visuals.widgets.hovered.weak_bg_fill
    } else {
        visuals.extreme_bg_color
    };
    painter.rect_filled(rect, CornerRadius::same(4), bg);
    if focus_ring && response.has_focus() {
        painter.rect_stroke(
            rect.shrink(1.0),
            CornerRadius::same(4),
            egui::Stroke::new(2.0, theme::FOCUS_RING),
            egui::StrokeKind::Inside,
        );
    }
    let color = theme::verdict_color(project, claim);
    // Mirrored for a right-to-left window: the bar, number and chip at the right.
    let m = super::mirror::RowMirror::new(ui, rect);
    painter.rect_filled(
        m.rect(egui::Rect::from_min_size(
            rect.min,
            vec2(5.0, rect.height()),
        )),
        m.corners(CornerRadius {
            nw: 4,
            sw: 4,
            ne: 0,
            se: 0,
        }),
        color,
    );
    let text_color = visuals.text_color();
    let left = rect.left() + 12.0;
    let max_w = rect.width() - 18.0;
    let title = &text.title;
    let mut cut = if m.on() || crate::model::bidi::starts_rtl(title) {
        rtl_title_ui(&painter, number, title, m, text_color)
    } else {
        let full = format!("#{number}  {title}");
        let font = FontId::proportional(13.5);
        let (shown, cut) = fit_words(&painter, &full, &font, max_w);
        painter.text(
            egui::pos2(left, rect.top() + 6.0),
            Align2::LEFT_TOP,
            shown.as_ref(),
            font,
            text_color,
        );
        cut
    };
    let chip_font = FontId::proportional(11.5);
    let chip = super::mirror::painted_line(
        ui,
        text.verdict.clone(),
        chip_font.clone(),
        theme::text_on(color),
    );
    let chip_rect = egui::Rect::from_min_size(
        egui::pos2(left, rect.top() + 28.0),
        chip.size() + vec2(12.0, 3.0),
    );
    let chip_rect = m.rect(chip_rect);
    painter.rect_filled(chip_rect, CornerRadius::same(7), color);
    painter.galley(chip_rect.min + vec2(6.0, 1.5), chip, theme::text_on(color));
    // The detail is cut between its parts, or else between words, never
    // inside a word; the whole row is then on hover.
    let detail = text.detail();
    let detail_left = m.rect(chip_rect).right() + 8.0;
    let (shown, detail_cut) = fit_words(
        &painter,
        &detail,
        &chip_font,
        rect.right() - 6.0 - detail_left,
    );
    cut |= detail_cut;
    let detail_galley =
        super::mirror::painted_line(ui, shown.to_string(), chip_font, visuals.weak_text_color());
    let at = m
        .align(Align2::LEFT_CENTER)
        .anchor_size(
            m.pos(egui::pos2(detail_left, chip_rect.center().y)),
            detail_galley.size(),
        )
        .min;
    painter.galley(at, detail_galley, visuals.weak_text_color());
    if cut {
        return response.on_hover_text(hover(
            ui,
            format!("#{number}  {}\n{} · {detail}", text.title, text.verdict),
        ));
    }
    response
}

/// The most of `text` that fits in `room` on one line: whole parts (split at
/// " · ") if at least one fits, else whole words, else characters, with "…"
/// when something was left out; and whether it was. Remembered per text and
/// width, as rows are drawn every frame.
pub fn fit_words(
    painter: &egui::Painter,
    text: &str,
    font: &FontId,
    room: f32,
) -> (Arc<str>, bool) {
    let key = egui::Id::unique(("fit_words", text, font.size.to_bits(), room.to_bits()));
    if let Some(hit) = painter.ctx().data(|d| d.get_temp::<(Arc<str>, bool)>(key)) {
        return hit;
    }
    let width = |t: &str| {
        painter
            .layout_no_wrap(t.to_owned(), font.clone(), egui::Color32::WHITE)
            .size()
            .x
    };
    let fitted: (Arc<str>, bool) = if width(text) <= room {
        (text.into(), false)
    } else {
        let ends = |sep: &str| -> Vec<usize> {
            text.match_indices(sep)
                .map(|(i, _)| i)
                .filter(|&i| i > 0)
                .collect()
        };
        let elided = |end: usize| format!("{}…", text[..end].trim_end_matches([' ', '·']));
        // The longest cut at one of `ends` that fits, found by bisection.
        let longest = |ends: &[usize]| -> Option<String> {
            let (mut lo, mut hi) = (0, ends.len());
            while lo < hi {
                let mid = (lo + hi).div_ceil(2);
                if width(&elided(ends[mid - 1])) <= room {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            (lo > 0).then(|| elided(ends[lo - 1]))
        };
        let chars: Vec<usize> = text.char_indices().map(|(i, _)| i).skip(1).collect();
        let shown = longest(&ends(" · "))
            .or_else(|| longest(&ends(" ")))
            .or_else(|| longest(&chars))
            .unwrap_or_else(|| "…".to_owned());
        (shown.into(), true)
    };
    painter
        .ctx()
        .data_mut(|d| d.insert_temp(key, fitted.clone()));
    fitted
}

/// A right-to-left title, or any title in a mirrored window: the number at
/// the left (at the right when mirrored), the text right-aligned in visual
/// word order, cut at the end of its reading when too long.
fn rtl_title_ui(
    painter: &egui::Painter,
    number: usize,
    title: &str,
    m: super::mirror::RowMirror,
    color: egui::Color32,
) -> bool {
    let font = FontId::proportional(13.5);
    let number = painter.layout_no_wrap(format!("#{number}"), font.clone(), color);
    let rect = m.row();
    let left = rect.left() + 12.0;
    let room = rect.right() - 8.0 - (left + number.size().x + 12.0);
    let number_at = egui::pos2(m.x(left), rect.top() + 6.0);
    let number_rect = m
        .align(Align2::LEFT_TOP)
        .anchor_size(number_at, number.size());
    painter.galley(number_rect.min, number, color);
    // What fits is worked out once per title and width, then remembered:
    // rows are drawn every frame.
    let key = egui::Id::unique(("rtl_title", title, room.to_bits()));
    let visual = painter
        .ctx()
        .data(|d| d.get_temp::<Arc<str>>(key))
        .unwrap_or_else(|| {
            let fitted: Arc<str> = fit_rtl(painter, title, &font, room).into();
            painter
                .ctx()
                .data_mut(|d| d.insert_temp(key, fitted.clone()));
            fitted
        });
    let galley = painter.layout_no_wrap(visual.to_string(), font, color);
    // The text ends where the number's space begins when mirrored.
    let right = if m.on() {
        number_rect.left() - 12.0
    } else {
        rect.right() - 8.0
    };
    let x = (right - galley.size().x).max(if m.on() { rect.left() + 8.0 } else { left });
    painter.galley(egui::pos2(x, rect.top() + 6.0), galley, color);
    visual.contains('…') && !title.contains('…')
}

/// The visual-order text of the most words of `title` that fit in `room`,
/// with an ellipsis when some were left out (found by bisection).
fn fit_rtl(painter: &egui::Painter, title: &str, font: &FontId, room: f32) -> String {
    let words: Vec<&str> = title.split(' ').collect();
    let text = |n: usize| {
        if n >= words.len() {
            bidi::visual_words(title)
        } else {
            bidi::visual_words(&format!("{}…", words[..n].join(" ")))
        }
    };
    let width = |t: &str| {
        painter
            .layout_no_wrap(t.to_owned(), font.clone(), egui::Color32::WHITE)
            .size()
            .x
    };
    let full = text(words.len());
    if width(&full) <= room {
        return full;
    }
    let (mut fits, mut too_many) = (1, words.len());
    while too_many - fits > 1 {
        let mid = (fits + too_many) / 2;
        if width(&text(mid)) <= room {
            fits = mid;
        } else {
            too_many = mid;
        }
    }
    text(fits)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `f` with a painter of a laid-out frame.
    fn with_painter(f: impl FnOnce(&egui::Painter)) {
        let ctx = egui::Context::default();
        let mut f = Some(f);
        let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
            if let Some(f) = f.take() {
                f(ui.painter());
            }
        });
        out.textures_delta.clear();
    }

    fn width(p: &egui::Painter, t: &str, font: &FontId) -> f32 {
        p.layout_no_wrap(t.to_owned(), font.clone(), egui::Color32::WHITE)
            .size()
            .x
    }

    #[test]
    fn rows_are_cut_between_parts_then_words_never_inside_a_word() {
        with_painter(|p| {
            let font = FontId::proportional(11.5);
            let detail = "In progress · 1 open comment · 1 source";
            let (all, cut) = fit_words(p, detail, &font, 1000.0);
            assert_eq!((all.as_ref(), cut), (detail, false));
            // Room for all but the last letters: the last part goes, not "1 sourc".
            let room = width(p, "In progress · 1 open comment · 1 sourc", &font);
            let (shown, cut) = fit_words(p, detail, &font, room);
            assert!(cut);
            assert_eq!(shown.as_ref(), "In progress · 1 open comment…");
            // A title with no parts is cut after a whole word.
            let title = "#3  The mayor said the bridge cost four million";
            let room = width(p, "#3  The mayor said the bri", &font);
            let (shown, _) = fit_words(p, title, &font, room);
            assert_eq!(shown.as_ref(), "#3  The mayor said the…");
            assert!(width(p, &shown, &font) <= room);
        });
    }
}
