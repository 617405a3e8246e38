//! The two Wayback Machine calls: `GET /wayback/available?url=U` (the
//! closest existing capture) and `GET /save/U` (Save Page Now, which answers
//! with the new capture's address in `Location` or `Content-Location`).
//! Every failure becomes an [`ArchiveError`] that says what to do.

use std::fmt;
use std::time::Duration;

use serde_json::Value;

use super::Endpoint;
use crate::i18n::Message;

/// A capture of a page in the archive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Capture {
    pub url: String,
    /// `YYYY-MM-DD`, from the capture's 14-digit timestamp.
    pub date: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArchiveError {
    /// No connection: no network, the name did not resolve, refused.
    Offline(Message),
    RateLimited,
    /// The archive would not capture the page (it or the site refused).
    Refused(u16),
    /// The archive itself failed (5xx).
    Unavailable(u16),
    TimedOut,
    /// The answer was not what the API documents.
    BadAnswer(Message),
    /// Save Page Now accepted the request but named no capture.
    NoCapture,
    Cancelled,
}

impl ArchiveError {
    /// The error as a message (`errors-evidence.ftl`) for the window to
    /// word; what the network library said stays as it said it.
    pub fn words(&self) -> Message {
        match self {
            Self::Offline(why) => Message::new("archive-error-offline").arg("why", why.clone()),
            Self::RateLimited => Message::new("archive-error-rate-limited"),
            Self::Refused(code) => {
                Message::new("archive-error-refused").arg("code", code.to_string())
            }
            Self::Unavailable(code) => {
                Message::new("archive-error-unavailable").arg("code", code.to_string())
            }
            Self::TimedOut => Message::new("archive-error-timed-out"),
            Self::BadAnswer(why) => {
                Message::new("archive-error-bad-answer").arg("why", why.clone())
            }
            Self::NoCapture => Message::new("archive-error-no-capture"),
            Self::Cancelled => Message::new("archive-error-cancelled"),
        }
    }
}

impl fmt::Display for ArchiveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.words().fmt(f)
    }
}

impl std::error::Error for ArchiveError {}

/// Answers larger than this are not read: the API's JSON is a few hundred bytes.
const MAX_ANSWER_BYTES: u64 = 1024 * 1024;

pub struct ArchiveClient {
    endpoint: Endpoint,
    agent: ureq::Agent,
}

impl ArchiveClient {
    /// A client with the default time limits: 15 s to connect, 30 s for an
    /// availability answer, 120 s for a capture (Save Page Now loads the page).
    pub fn new(endpoint: Endpoint) -> Self {
        Self::with_timeout(endpoint, Duration::from_secs(120))
    }

    /// A client whose every call gives up after `timeout`.
    pub fn with_timeout(endpoint: Endpoint, timeout: Duration) -> Self {
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .timeout_connect(Some(timeout.min(Duration::from_secs(15))))
            .http_status_as_error(false)
            // The capture's address is in the redirect itself.
            .max_redirects(0)
            .https_only(false)
            .user_agent(concat!("ClaimDesk/", env!("CARGO_PKG_VERSION")))
            .build();
        Self {
            endpoint,
            agent: config.into(),
        }
    }

    pub fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }

    /// The closest existing capture of `page`, if the archive has one.
    pub fn available(&self, page: &str) -> Result<Option<Capture>, ArchiveError> {
        let url = self
            .endpoint
            .join(&format!("/wayback/available?url={}", query_escape(page)));
        let mut response = self.agent.get(&url).call().map_err(transport)?;
        check_status(response.status().as_u16())?;
        let body = response
            .body_mut()
            .with_config()
            .limit(MAX_ANSWER_BYTES)
            .read_to_string()
            .map_err(transport)?;
        parse_available(&body, &self.endpoint)
    }

    /// Asks for a new capture of `page` (Save Page Now).
    pub fn save(&self, page: &str) -> Result<Capture, ArchiveError> {
        let url = self.endpoint.join(&format!("/save/{}", path_escape(page)));
        let response = self.agent.get(&url).call().map_err(transport)?;
        let status = response.status().as_u16();
        if status >= 400 {
            check_status(status)?;
        }
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        match header("location").or_else(|| header("content-location")) {
            Some(location) => capture_from_url(&absolute(&location, &self.endpoint))
                .ok_or_else(|| ArchiveError::BadAnswer(names_no_capture(&location))),
            // Some archives answer 200 with the page itself: ask again.
            None => self.available(page)?.ok_or(ArchiveError::NoCapture),
        }
    }
}

fn check_status(status: u16) -> Result<(), ArchiveError> {
    match status {
        200..=399 => Ok(()),
        429 => Err(ArchiveError::RateLimited),
        520 | 523 | 400..=499 => Err(ArchiveError::Refused(status)),
        _ => Err(ArchiveError::Unavailable(status)),
    }
}

fn transport(e: ureq::Error) -> ArchiveError {
    match e {
        ureq::Error::Timeout(_) => ArchiveError::TimedOut,
        ureq::Error::StatusCode(code) => check_status(code)
            .err()
            .unwrap_or(ArchiveError::Unavailable(code)),
        ureq::Error::HostNotFound => {
            ArchiveError::Offline(Message::new("archive-why-host-not-found"))
        }
        ureq::Error::ConnectionFailed => {
            ArchiveError::Offline(Message::new("archive-why-no-connection"))
        }
        ureq::Error::Io(io) => match io.kind() {
            std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => ArchiveError::TimedOut,
            _ => ArchiveError::Offline(as_said(io.to_string())),
        },
        other => ArchiveError::BadAnswer(as_said(other.to_string())),
    }
}

/// What the network library or the OS said, passed on as it said it.
fn as_said(detail: String) -> Message {
    Message::new("error-as-said").arg("detail", detail)
}

/// An answer pointing at an address that is not a capture.
fn names_no_capture(address: &str) -> Message {
    Message::new("archive-why-names-no-capture").arg("address", address)
}

/// Reads the availability API's JSON.
fn parse_available(body: &str, endpoint: &Endpoint) -> Result<Option<Capture>, ArchiveError> {
    let json: Value = serde_json::from_str(body).map_err(|e| {
        ArchiveError::BadAnswer(Message::new("archive-why-not-json").arg("detail", e.to_string()))
    })?;
    let closest = &json["archived_snapshots"]["closest"];
    if closest.is_null() || closest["available"] == Value::Bool(false) {
        return Ok(None);
    }
    let url = closest["url"]
        .as_str()
        .ok_or_else(|| ArchiveError::BadAnswer(Message::new("archive-why-capture-without-url")))?;
    let mut capture = capture_from_url(&absolute(url, endpoint))
        .ok_or_else(|| ArchiveError::BadAnswer(names_no_capture(url)))?;
    if let Some(ts) = closest["timestamp"].as_str().and_then(date_of_timestamp) {
        capture.date = ts;
    }
    Ok(Some(capture))
}

fn absolute(location: &str, endpoint: &Endpoint) -> String {
    if location.starts_with('/') {
        endpoint.join(location)
    } else {
        location.to_owned()
    }
}

/// A capture's address, `…/web/YYYYMMDDhhmmss/PAGE`, with its date. The
/// Internet Archive's own addresses are upgraded to https.
pub(super) fn capture_from_url(url: &str) -> Option<Capture> {
    let url = match url.strip_prefix("http://web.archive.org/") {
        Some(rest) => format!("https://web.archive.org/{rest}"),
        None => url.to_owned(),
    };
    if !crate::model::is_web_url(&url) {
        return None;
    }
    let (_, after) = url.split_once("/web/")?;
    let stamp: String = after.chars().take_while(char::is_ascii_digit).collect();
    let date = date_of_timestamp(&stamp)?;
    Some(Capture { url, date })
}

fn date_of_timestamp(stamp: &str) -> Option<String> {
    if stamp.len() < 8 || !stamp.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let date = format!("{}-{}-{}", &stamp[0..4], &stamp[4..6], &stamp[6..8]);
    crate::model::date::is_iso_date(&date).then_some(date)
}

/// Percent-encodes everything but unreserved characters, for a query value.
fn query_escape(s: &str) -> String {
    escape(s, |b| b.is_ascii_alphanumeric() || b"-._~".contains(&b))
}

/// Keeps a URL readable in a path (`/save/https://…`) but encodes what a
/// request line cannot carry.
fn path_escape(s: &str) -> String {
    escape(s, |b| {
        b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&b)
    })
}

fn escape(s: &str, keep: impl Fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if keep(b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captures_are_read_from_their_address() {
        let c = capture_from_url("http://web.archive.org/web/20251029123456/https://e.org/a");
        assert_eq!(
            c,
            Some(Capture {
                url: "https://web.archive.org/web/20251029123456/https://e.org/a".into(),
                date: "2025-10-29".into()
            })
        );
        assert_eq!(capture_from_url("https://e.org/web/2025/x"), None);
        assert_eq!(capture_from_url("javascript:/web/20251029123456/"), None);
    }

    #[test]
    fn availability_answers_are_parsed() {
        let e = Endpoint::default();
        let none = r#"{"url":"x","archived_snapshots":{}}"#;
        assert_eq!(parse_available(none, &e), Ok(None));
        let some = r#"{"archived_snapshots":{"closest":{"available":true,"status":"200","url":"http://web.archive.org/web/20130919044612/http://example.com/","timestamp":"20130919044612"}}}"#;
        assert_eq!(
            parse_available(some, &e).ok().flatten().map(|c| c.date),
            Some("2013-09-19".to_owned())
        );
        assert!(matches!(
            parse_available("<html>", &e),
            Err(ArchiveError::BadAnswer(_))
        ));
    }

    #[test]
    fn urls_are_escaped_for_the_request_line() {
        assert_eq!(
            query_escape("https://e.org/a?b=c&d"),
            "https%3A%2F%2Fe.org%2Fa%3Fb%3Dc%26d"
        );
        assert_eq!(path_escape("https://e.org/ä b"), "https://e.org/%C3%A4%20b");
    }
}
