//! Keyboard on the article: caret moves, Shift-selection, Escape and Copy.
//! In a right-to-left paragraph the arrow keys move the caret the way the
//! text reads, so Left goes forward.

use eframe::egui::{self, Key, Rect, Ui, vec2};

use super::{ArticleView, Selection};
use crate::model::Project;

impl ArticleView {
    pub(super) fn keyboard(&mut self, ui: &mut Ui, project: &Project) {
        let events = ui.input(|i| i.events.clone());
        for event in events {
            let egui::Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } = event
            else {
                continue;
            };
            let head = self.head();
            let rtl = self.paragraph_is_rtl(head);
            let (back, forward) = if rtl {
                (Key::ArrowRight, Key::ArrowLeft)
            } else {
                (Key::ArrowLeft, Key::ArrowRight)
            };
            let moved = match key {
                k if k == back => Some(head.saturating_sub(1)),
                k if k == forward => Some((head + 1).min(self.text.total_chars())),
                Key::ArrowUp => self.vertical(head, false),
                Key::ArrowDown => self.vertical(head, true),
                Key::Home => {
                    Some(self.text.paragraphs()[self.text.paragraph_of_char(head)].char_start)
                }
                Key::End => {
                    Some(self.text.paragraphs()[self.text.paragraph_of_char(head)].char_end)
                }
                Key::Escape => {
                    self.selection = None;
                    None
                }
                _ => None,
            };
            if !matches!(key, Key::ArrowUp | Key::ArrowDown) {
                self.column_x = None;
            }
            let Some(to) = moved else { continue };
            if modifiers.shift {
                let anchor = self.selection.map_or(head, |s| s.anchor);
                self.selection = Some(Selection { anchor, head: to });
            } else {
                self.selection = None;
                self.caret = to;
            }
            self.scroll_to_if_hidden(ui, to);
        }
        // The platform turns Ctrl+C into a Copy event.
        let copy = ui.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Copy)));
        if copy
            && let Some((s, e)) = self.selection.map(Selection::range)
            && let Some(text) = self.text.slice(&project.article.text, s, e)
        {
            ui.ctx().copy_text(text.to_owned());
        }
    }

    fn paragraph_is_rtl(&self, c: usize) -> bool {
        let p = self.text.paragraph_of_char(c);
        self.visible
            .iter()
            .find(|v| v.paragraph == p)
            .is_some_and(|v| v.laid.rtl())
    }

    fn scroll_to_if_hidden(&mut self, ui: &Ui, c: usize) {
        if let Some(pos) = self.boundary_screen_pos(c) {
            if !ui.clip_rect().shrink(8.0).contains(pos) {
                ui.scroll_to_rect(Rect::from_center_size(pos, vec2(2.0, 30.0)), None);
            }
        } else {
            self.scroll_to = Some(c);
        }
    }

    /// One row up or down inside the paragraph, crossing into the
    /// neighbouring paragraph at its edges.
    fn vertical(&mut self, c: usize, down: bool) -> Option<usize> {
        let p = self.text.paragraph_of_char(c);
        let para = self.text.paragraphs()[p];
        let v = self.visible.iter().find(|v| v.paragraph == p)?;
        if let Some((next, x)) = v.laid.vertical(c - para.char_start, down, self.column_x) {
            self.column_x = x;
            return Some(para.char_start + next);
        }
        let paragraphs = self.text.paragraphs();
        if down {
            paragraphs
                .get(p + 1)
                .map(|n| n.char_start.min(n.char_end))
                .or(Some(para.char_end))
        } else {
            p.checked_sub(1)
                .map(|i| paragraphs[i].char_end)
                .or(Some(para.char_start))
        }
    }
}
