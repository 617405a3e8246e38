//! Who this user is outside the window: the name (and e-mail) the window
//! keeps with its settings, read by the command line so that `claimdesk
//! sync` commits as the same person the window does. Read only; a missing
//! or unreadable settings file is no name.

use std::collections::HashMap;

use super::APP_ID;

pub(super) const EMAIL_KEY: &str = "user_email";

/// The value the window stored under `key`, if any.
fn stored(key: &str) -> Option<String> {
    let file = eframe::storage_dir(APP_ID)?.join("app.ron");
    let text = std::fs::read_to_string(file).ok()?;
    let map: HashMap<String, String> = ron::from_str(&text).ok()?;
    let value: String = ron::from_str(map.get(key)?).ok()?;
    let value = value.trim().to_owned();
    (!value.is_empty()).then_some(value)
}

/// The user's name as the window keeps it.
pub fn stored_user_name() -> Option<String> {
    stored(super::review::USER_KEY)
}

/// The e-mail the window keeps for desk commits.
pub fn stored_user_email() -> Option<String> {
    stored(EMAIL_KEY)
}
