//! egui views. Each view reads state and returns what the user asked for as
//! [`Command`]s; `app` applies them in one place.
