//! The status bar's message: transient messages ("Undone", "Saved …")
//! expire after a few seconds, errors stay until dismissed or replaced; and
//! typing that no text field receives is shown there instead of being lost.

use eframe::egui;

use super::ClaimDeskApp;

/// How long a transient (non-error) message stays in the status bar: five
/// seconds, and a little longer for a longer message (time to read it), at
/// most twelve. The clock is egui's input time, so tests step frames
/// instead of waiting.
pub fn transient_message_seconds(text: &str) -> f64 {
    (4.0 + 0.06 * text.chars().count() as f64).clamp(5.0, 12.0)
}

impl ClaimDeskApp {
    /// Starts the clock of a new message and clears a transient one whose
    /// time is up; asks for a frame when it will be, so it goes without input.
    pub(super) fn expire_message(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        let Some((text, is_error)) = &self.message else {
            self.message_clock = None;
            return;
        };
        // A message set directly (not through `info`) restarts the clock too.
        let since = match &self.message_clock {
            Some((since, seen)) if seen == text => *since,
            _ => {
                self.message_clock = Some((now, text.clone()));
                now
            }
        };
        if *is_error {
            return;
        }
        let left = transient_message_seconds(text) - (now - since);
        if left <= 0.0 {
            self.message = None;
            self.message_clock = None;
        } else {
            ctx.request_repaint_after_secs(left as f32);
        }
    }

    /// Text typed (or pasted) this frame while no text field has the focus
    /// goes nowhere in egui. Rather than lose it silently, the status bar
    /// shows it and says to click a field; the user can retype or paste it.
    /// Read before the views run, which may move the focus this frame.
    pub(super) fn catch_lost_typing(&mut self, ctx: &egui::Context) {
        if ctx.text_edit_focused() {
            self.lost_typing.clear();
            return;
        }
        let typed: String = ctx.input(|i| {
            i.events
                .iter()
                .filter_map(|e| match e {
                    egui::Event::Text(t) | egui::Event::Paste(t) => Some(t.as_str()),
                    _ => None,
                })
                .collect()
        });
        // Space alone presses a focused button; it is not lost typing.
        if typed.trim().is_empty() {
            return;
        }
        // The hint starts with this message (in the window's language).
        let start = self.tr("msg-lost-typing-start");
        let still_shown = self
            .message
            .as_ref()
            .is_some_and(|(t, _)| t.starts_with(&start));
        if !still_shown {
            self.lost_typing.clear();
        }
        self.lost_typing.push_str(&typed);
        let shown: String = {
            let chars: Vec<char> = self.lost_typing.chars().collect();
            let tail = chars.len().saturating_sub(40);
            let mut s: String = chars[tail..].iter().collect();
            if tail > 0 {
                s.insert(0, '…');
            }
            s
        };
        let hint = self.tr_args("msg-lost-typing", &[("typed", shown.into())]);
        self.info(format!("{start}: {hint}"));
    }
}
