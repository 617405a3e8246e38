//! The archive's base URL: the Internet Archive by default, or an
//! organisation's own service. Only https is spoken, except http to this
//! machine (tests and local mirrors), so nothing goes out in the clear.

use std::fmt;

pub const DEFAULT_ENDPOINT: &str = "https://web.archive.org";

/// A checked base URL, without a trailing slash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint(String);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndpointError(pub String);

impl EndpointError {
    /// The error as a message (`errors-evidence.ftl`) for the window to word.
    pub fn words(&self) -> crate::i18n::Message {
        crate::i18n::Message::new("archive-error-endpoint").arg("address", self.0.as_str())
    }
}

impl fmt::Display for EndpointError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.words().fmt(f)
    }
}

impl std::error::Error for EndpointError {}

impl Endpoint {
    pub fn parse(url: &str) -> Result<Self, EndpointError> {
        let bad = || EndpointError(url.to_owned());
        let trimmed = url.trim().trim_end_matches('/');
        let lower = trimmed.to_ascii_lowercase();
        let (secure, rest) = if let Some(rest) = lower.strip_prefix("https://") {
            (true, rest)
        } else if let Some(rest) = lower.strip_prefix("http://") {
            (false, rest)
        } else {
            return Err(bad());
        };
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        if authority.is_empty()
            || authority.contains('@')
            || trimmed.contains(['?', '#'])
            || trimmed.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            return Err(bad());
        }
        if !secure && !is_loopback(authority) {
            return Err(bad());
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `path` (starting with `/`) on this endpoint.
    pub fn join(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }
}

impl Default for Endpoint {
    fn default() -> Self {
        Self(DEFAULT_ENDPOINT.to_owned())
    }
}

fn is_loopback(authority: &str) -> bool {
    let host = if let Some(rest) = authority.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        authority.split(':').next().unwrap_or("")
    };
    host == "localhost"
        || host == "::1"
        || host
            .parse::<std::net::Ipv4Addr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_loopback_http() {
        assert_eq!(
            Endpoint::parse("https://archive.example.org/").map(|e| e.0),
            Ok("https://archive.example.org".to_owned())
        );
        assert!(Endpoint::parse("http://127.0.0.1:8080").is_ok());
        assert!(Endpoint::parse("http://[::1]:9").is_ok());
        assert!(Endpoint::parse("http://localhost").is_ok());
        assert!(Endpoint::parse("http://web.archive.org").is_err());
        assert!(Endpoint::parse("http://127.0.0.1.evil.org").is_err());
        assert!(Endpoint::parse("ftp://x").is_err());
        assert!(Endpoint::parse("https://").is_err());
        assert!(Endpoint::parse("https://user:pw@host").is_err());
        assert!(Endpoint::parse("javascript:alert(1)").is_err());
    }
}
