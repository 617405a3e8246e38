//! References to claims in comments that survive renumbering. Claims are
//! numbered in reading order (what a report's readers see), so a claim marked
//! earlier in the article renumbers every claim after it. A comment saying
//! "see #2" would then point at the wrong claim; so when a comment is added,
//! each `#N` that names a claim is stored as `[claim:ID]` (the claim's id,
//! which never changes) and shown as that claim's number at the time of
//! reading. A number that names no claim is left as typed.

use super::{ClaimId, Project};

/// One piece of a comment as shown: text, or a reference to a claim with
/// its current number (`None`: the claim was deleted since).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<'t> {
    Text(&'t str),
    Claim(ClaimId, Option<usize>),
}

const OPEN: &str = "[claim:";

/// `text` with each `#N` that names a claim now replaced by `[claim:ID]`.
pub fn link_claim_numbers(project: &Project, text: &str) -> String {
    let numbered = project.claims_in_order();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('#') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        // "#12b" or "C#2" are not claim numbers.
        let word_before = out.chars().next_back().is_some_and(char::is_alphanumeric);
        let word_after = after[digits..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        let claim = (digits > 0 && digits < 7 && !word_before && !word_after)
            .then(|| after[..digits].parse::<usize>().ok())
            .flatten()
            .and_then(|n| numbered.iter().find(|(k, _)| *k == n))
            .map(|(_, c)| c.id);
        match claim {
            Some(id) => {
                out.push_str(&format!("{OPEN}{}]", id.0));
                rest = &after[digits..];
            }
            None => {
                out.push('#');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The pieces of a stored comment, claim references resolved to numbers now.
pub fn pieces<'t>(project: &Project, text: &'t str) -> Vec<Piece<'t>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(OPEN) {
        let after = &rest[at + OPEN.len()..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let id = after[..digits].parse::<u64>().ok().map(ClaimId);
        match (id, after[digits..].starts_with(']')) {
            (Some(id), true) => {
                if at > 0 {
                    out.push(Piece::Text(&rest[..at]));
                }
                out.push(Piece::Claim(id, project.claim_number(id)));
                rest = &after[digits + 1..];
            }
            _ => {
                out.push(Piece::Text(&rest[..at + OPEN.len()]));
                rest = after;
            }
        }
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// A stored comment as plain text: "#3", or "#? (deleted claim)".
pub fn plain(project: &Project, text: &str) -> String {
    pieces(project, text)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => t.to_owned(),
            Piece::Claim(_, Some(n)) => format!("#{n}"),
            Piece::Claim(_, None) => "#? (deleted claim)".to_owned(),
        })
        .collect()
}
