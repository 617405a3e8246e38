//! F6 and Shift+F6 move the keyboard focus between the window's panes (the
//! claim list, the article, the editor), as desktop apps do, so that Tab
//! need not walk through the menus and the toolbar first.

use eframe::egui;

use super::ClaimDeskApp;

/// The panes F6 cycles through, in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    ClaimList,
    Article,
    Editor,
}

const ORDER: [Pane; 3] = [Pane::ClaimList, Pane::Article, Pane::Editor];

#[derive(Default)]
pub struct Panes {
    /// Where each pane was drawn last frame, in `ORDER`.
    pub rects: [Option<egui::Rect>; 3],
    /// The pane to focus when it is drawn next.
    pub request: Option<Pane>,
}

impl Panes {
    pub fn set_rect(&mut self, pane: Pane, rect: egui::Rect) {
        self.rects[index(pane)] = Some(rect);
    }

    /// The pane holding the focused widget, if one does.
    fn focused(&self, ctx: &egui::Context) -> Option<Pane> {
        let id = ctx.memory(|m| m.focused())?;
        let at = ctx.read_response(id)?.rect.center();
        ORDER
            .into_iter()
            .zip(self.rects)
            .find_map(|(pane, rect)| rect.is_some_and(|r| r.contains(at)).then_some(pane))
    }

    /// Wants `pane` focused? Clears the request when it does.
    pub fn take(&mut self, pane: Pane) -> bool {
        if self.request == Some(pane) {
            self.request = None;
            true
        } else {
            false
        }
    }
}

fn index(pane: Pane) -> usize {
    ORDER.iter().position(|&p| p == pane).unwrap_or_default()
}

impl ClaimDeskApp {
    /// F6 (`forward`) or Shift+F6: the next or previous pane after the one
    /// with the focus; from the menus, the toolbar or nowhere, the first or last.
    pub(super) fn cycle_pane(&mut self, ctx: &egui::Context, forward: bool) {
        let n = ORDER.len();
        let next = match (self.panes.focused(ctx), forward) {
            (Some(p), true) => (index(p) + 1) % n,
            (Some(p), false) => (index(p) + n - 1) % n,
            (None, true) => 0,
            (None, false) => n - 1,
        };
        let pane = ORDER[next];
        // The article pane is a placeholder while there is no article.
        let pane = if pane == Pane::Article && self.project().article.text.is_empty() {
            ORDER[if forward {
                (next + 1) % n
            } else {
                (next + n - 1) % n
            }]
        } else {
            pane
        };
        self.panes.request = Some(pane);
        ctx.request_repaint();
    }

    /// The pane that has the keyboard focus, for tests and the status bar.
    pub fn focused_pane(&self, ctx: &egui::Context) -> Option<Pane> {
        self.panes.focused(ctx)
    }
}
