//! The source viewer: a snapshot's readable text in a window beside the
//! claim. Selecting a passage and pressing "Use as excerpt" anchors the
//! claim–source link's excerpt in the snapshot; an anchored excerpt opens
//! the viewer at it, highlighted. The text is shown as plain text only:
//! nothing in a page is run, followed or fetched. One page of the text
//! ([`SnapshotText`]) is laid out at a time, so a 5 MB page keeps frames short.
//! A page with Arabic or Hebrew in it is laid out by the run table, as the
//! article view and the editing fields are (`bidi_edit`), so it reads in
//! reading order; its paragraphs are not indented.

use crate::ui::i18n::{hover, styled, tr, tr_args, trw, trw_args};
use std::sync::Arc;

use eframe::egui::{self, Color32, RichText, ScrollArea, TextEdit, Ui, text::LayoutJob};

use super::Command;
use crate::edit::Action;
use crate::evidence::SnapshotText;
use crate::model::{ClaimId, ExcerptAnchor, Project, SourceId, SourceLink};

/// (page, highlight in the page, wrap width): what a cached layout was made for.
type LayoutKey = (usize, Option<(usize, usize)>, u32);

/// What the viewer shows and the selection it keeps: egui drops a
/// TextEdit's selection when focus moves to a button, so the last
/// non-empty one is remembered here.
pub struct SourceViewer {
    pub source: SourceId,
    pub snapshot: String,
    /// The claim an excerpt is taken for, if any.
    pub claim: Option<ClaimId>,
    pub text: Arc<SnapshotText>,
    /// The page shown.
    pub page: usize,
    /// Code-point range (in the whole text) to highlight and scroll to.
    pub highlight: Option<(usize, usize)>,
    /// The last non-empty selection, in code points of the whole text.
    pub selection: Option<(usize, usize)>,
    scroll_pending: bool,
    /// (page, highlight, wrap width) the cached layout was made for.
    layout_key: Option<LayoutKey>,
    galley: Option<Arc<egui::Galley>>,
}

impl SourceViewer {
    pub fn new(
        source: SourceId,
        snapshot: String,
        claim: Option<ClaimId>,
        text: Arc<SnapshotText>,
        highlight: Option<(usize, usize)>,
    ) -> Self {
        Self {
            source,
            snapshot,
            claim,
            page: highlight.map_or(0, |(s, _)| text.page_of(s)),
            text,
            highlight,
            selection: None,
            scroll_pending: highlight.is_some(),
            layout_key: None,
            galley: None,
        }
    }

    /// The anchor "Use as excerpt" sets, for the kept selection (indexes
    /// the whole text: made on the click, not every frame).
    pub fn selected_anchor(&self) -> Option<ExcerptAnchor> {
        let (start, end) = self.selection?;
        let anchor = ExcerptAnchor::new(&self.snapshot, &self.text.text, start, end)?;
        (!anchor.span.quote.trim().is_empty()).then_some(anchor)
    }

    /// Draws the viewer; returns false once it is closed.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        project: &Project,
        commands: &mut Vec<Command>,
    ) -> bool {
        let mut open = true;
        let title = project
            .source(self.source)
            .map(|s| {
                if s.title.trim().is_empty() {
                    s.url.clone()
                } else {
                    s.title.clone()
                }
            })
            .unwrap_or_default();
        // Over the article column, so the claim list and the claim editor
        // stay in view while a passage is chosen: the list's width in from
        // the side where reading starts (mirrored, where its right edge goes).
        let size = egui::vec2(560.0, 620.0);
        let x = if crate::ui::i18n::is_rtl(ctx) {
            ctx.content_rect().right() - 310.0
        } else {
            310.0
        };
        super::mirror::window_ui(
            ctx,
            &tr(ctx, "sources-source-viewer"),
            Some(&mut open),
            |w| {
                w.default_pos([x.max(0.0), 70.0])
                    .default_size(size)
                    .resizable(true)
            },
            |ui| self.body_ui(ui, project, &title, commands),
        );
        open
    }

    fn body_ui(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        title: &str,
        commands: &mut Vec<Command>,
    ) {
        ui.label(styled(ui, RichText::new(title).strong()));
        if let Some(snap) = project
            .source(self.source)
            .and_then(|s| s.snapshot(&self.snapshot))
        {
            ui.label(styled(
                ui,
                RichText::new(tr_args(
                    ui,
                    "sources-snapshot-of",
                    &[
                        (
                            "day",
                            crate::ui::i18n::date_short(ui, &snap.captured).into(),
                        ),
                        ("kind", snap.kind_label().into()),
                        ("hash", snap.short_hash().into()),
                        ("file", snap.file_name.as_str().into()),
                    ],
                ))
                .small()
                .weak(),
            ));
        }
        let claim = self.claim.and_then(|id| project.claim(id));
        ui.horizontal(|ui| {
            let selected = self.selection.is_some_and(|(s, e)| s < e);
            let can = claim.is_some() && selected;
            let hint = tr(
                ui,
                match (claim, selected) {
                    (None, _) => "sources-excerpt-needs-claim",
                    (_, false) => "sources-excerpt-needs-selection",
                    _ => "sources-excerpt-hover",
                },
            );
            let button = ui.add_enabled(can, egui::Button::new(trw(ui, "sources-use-as-excerpt")));
            if button
                .on_hover_text(hover(ui, &hint))
                .on_disabled_hover_text(hover(ui, &hint))
                .clicked()
                && let (Some(claim), Some(anchor)) = (claim, self.selected_anchor())
            {
                let mut claim = claim.clone();
                match claim.sources.iter_mut().find(|l| l.source == self.source) {
                    Some(link) => {
                        link.excerpt = anchor.span.quote.clone();
                        link.anchor = Some(anchor.clone());
                    }
                    None => claim.sources.push(SourceLink {
                        source: self.source,
                        excerpt: anchor.span.quote.clone(),
                        anchor: Some(anchor.clone()),
                        ..SourceLink::default()
                    }),
                }
                self.highlight = Some((anchor.span.start, anchor.span.end));
                commands.push(Command::Edit(Action::UpdateClaim(claim)));
            }
            if let Some((s, e)) = self.selection {
                ui.label(styled(
                    ui,
                    RichText::new(tr_args(
                        ui,
                        "sources-characters-selected",
                        &[("count", (e - s).into())],
                    ))
                    .small()
                    .weak(),
                ));
            }
        });
        if self.text.pages() > 1 {
            self.pager_ui(ui);
        }
        ui.separator();
        self.text_ui(ui);
    }

    fn pager_ui(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    self.page > 0,
                    egui::Button::new(trw(ui, "sources-previous-page")),
                )
                .clicked()
            {
                self.page -= 1;
            }
            ui.label(trw_args(
                ui,
                "sources-page-of",
                &[
                    ("page", (self.page + 1).into()),
                    ("pages", self.text.pages().into()),
                ],
            ));
            if ui
                .add_enabled(
                    self.page + 1 < self.text.pages(),
                    egui::Button::new(trw(ui, "sources-next-page")),
                )
                .clicked()
            {
                self.page += 1;
            }
        });
    }

    fn text_ui(&mut self, ui: &mut Ui) {
        let (page_start, page_text) = self.text.page(self.page);
        let page_chars = page_text.chars().count();
        // The highlight in this page's own character offsets.
        let highlight = self.highlight.and_then(|(s, e)| {
            let (s, e) = (s.max(page_start), e.min(page_start + page_chars));
            (s < e).then(|| (s - page_start, e - page_start))
        });
        let page = self.page;
        let key_cell = &mut self.layout_key;
        let galley_cell = &mut self.galley;
        let mut layouter = |ui: &Ui, buf: &dyn egui::TextBuffer, wrap: f32| {
            let key = (page, highlight, wrap.round() as u32);
            if let (Some(k), Some(g)) = (*key_cell, galley_cell.as_ref())
                && k == key
            {
                return Arc::clone(g);
            }
            let galley = ui.fonts_mut(|f| f.layout_job(job(buf.as_str(), highlight, wrap, ui)));
            *key_cell = Some(key);
            *galley_cell = Some(Arc::clone(&galley));
            galley
        };
        let mut text: &str = page_text;
        let label = ui.label(styled(
            ui,
            RichText::new(tr(ui, "sources-snapshot-text"))
                .small()
                .strong(),
        ));
        let output = ScrollArea::vertical()
            .id_salt("source_viewer_text")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let out = if crate::model::bidi::needs_bidi(text) {
                    // Arabic or Hebrew: in reading order, as in the article view.
                    let id = ui.make_persistent_id(("source_viewer_edit", page));
                    let mark = highlight.map(|(start, end)| super::bidi_edit::Mark {
                        start,
                        end,
                        background: MARK_BACKGROUND,
                        color: Color32::BLACK,
                    });
                    super::bidi_edit::show_text_ui(ui, id, &mut text, &text_format(ui), mark, |e| {
                        e.desired_width(f32::INFINITY)
                    })
                } else {
                    TextEdit::multiline(&mut text)
                        .id_salt(("source_viewer_edit", page))
                        .desired_width(f32::INFINITY)
                        .layouter(&mut layouter)
                        .show(ui)
                };
                out.response.response.clone().labelled_by(label.id);
                if self.scroll_pending
                    && let Some((start, _)) = highlight
                {
                    let rect = out
                        .galley
                        .pos_from_cursor(egui::text::CCursor::new(start))
                        .translate(out.galley_pos.to_vec2());
                    ui.scroll_to_rect(rect.expand(40.0), Some(egui::Align::Center));
                    self.scroll_pending = false;
                }
                out
            })
            .inner;
        if let Some(range) = output.cursor_range
            && !range.is_empty()
        {
            let r = range.as_sorted_char_range();
            self.selection = Some((page_start + r.start.0, page_start + r.end.0));
        }
    }
}

/// The anchored excerpt's background.
const MARK_BACKGROUND: Color32 = Color32::from_rgb(255, 236, 140);

/// The article view's reading font and line height, in the text colour.
fn text_format(ui: &Ui) -> egui::TextFormat {
    egui::TextFormat {
        font_id: crate::ui::article_view::article_font(),
        line_height: Some(crate::ui::article_view::line_height()),
        color: ui.visuals().text_color(),
        ..Default::default()
    }
}

/// The article view's reading font, and each paragraph's first line
/// indented: snapshot text has one newline between paragraphs, and without
/// the indent they ran together. The very same font and size, because the
/// glyphs the article view has rasterised are then reused: at any other size
/// the viewer's first frame rasterised a page's worth of new glyphs (14–18 ms
/// of a 15–20 ms frame, BENCHMARKS.md "evidence").
fn job(text: &str, highlight: Option<(usize, usize)>, wrap: f32, ui: &Ui) -> LayoutJob {
    const INDENT: f32 = 18.0;
    let base = text_format(ui);
    let marked = egui::TextFormat {
        background: MARK_BACKGROUND,
        color: Color32::BLACK,
        ..base.clone()
    };
    let mut job = LayoutJob::default();
    job.wrap.max_width = wrap;
    let byte = |c| crate::model::text::byte_of_char(text, c);
    let (hl_start, hl_end) = match highlight.and_then(|(s, e)| Some((byte(s)?, byte(e)?))) {
        Some((a, b)) if a < b => (a, b),
        _ => (usize::MAX, usize::MAX),
    };
    // Cut at every paragraph start and at the highlight's ends.
    let mut cuts: Vec<usize> = text.match_indices('\n').map(|(i, _)| i + 1).collect();
    cuts.extend([0, text.len()]);
    cuts.extend([hl_start, hl_end].into_iter().filter(|&b| b <= text.len()));
    cuts.sort_unstable();
    cuts.dedup();
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if a >= b {
            continue;
        }
        let paragraph_start = a > 0 && text.as_bytes().get(a - 1) == Some(&b'\n');
        let format = if a >= hl_start && b <= hl_end {
            marked.clone()
        } else {
            base.clone()
        };
        job.append(
            &text[a..b],
            if paragraph_start { INDENT } else { 0.0 },
            format,
        );
    }
    job
}
