//! Bytes to text for imported articles. Articles saved years ago or by older
//! tools are often Windows-1252 or Latin-1; they are converted, not refused,
//! and the import says what was done.

use encoding_rs::{Encoding, UTF_8};

use super::ImportError;
use crate::i18n::Message;

/// Text decoded from a file, with a note when it was not plain UTF-8.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub note: Option<Message>,
}

/// Decodes article bytes: a byte-order mark wins, then valid UTF-8, then the
/// encoding the file declares (an HTML page's `<meta charset>`), then
/// chardetng's guess. Binary files (NUL bytes outside UTF-16) are refused.
pub fn decode_bytes(
    bytes: &[u8],
    declared: Option<&'static Encoding>,
) -> Result<Decoded, ImportError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if encoding != UTF_8 && text.contains('\0') {
            return Err(ImportError::Binary);
        }
        let note = if encoding == UTF_8 {
            had_errors.then(|| malformed_note(encoding))
        } else {
            Some(converted_note(encoding, had_errors))
        };
        return Ok(Decoded {
            text: text.into_owned(),
            note,
        });
    }
    // UTF-16 without a byte-order mark is not guessed: its NULs read as binary.
    if bytes.contains(&0) {
        return Err(ImportError::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            note: None,
        });
    }
    let encoding = match declared {
        // A page that claims UTF-8 but is not has lied about it: guess instead.
        Some(e) if e != UTF_8 && e.is_ascii_compatible() => e,
        _ => guess(bytes),
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let note = if encoding == UTF_8 {
        malformed_note(encoding)
    } else {
        converted_note(encoding, had_errors)
    };
    Ok(Decoded {
        text: text.into_owned(),
        note: Some(note),
    })
}

fn guess(bytes: &[u8]) -> &'static Encoding {
    // ISO-2022-JP is 7-bit: a file in it is valid UTF-8 and never gets here.
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    // No top-level domain to go by; UTF-8 allowed so a mostly-UTF-8 file is not mangled.
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

fn converted_note(encoding: &'static Encoding, had_errors: bool) -> Message {
    let id = if had_errors {
        "note-converted-lossy"
    } else {
        "note-converted"
    };
    Message::new(id).arg("encoding", encoding.name().to_ascii_lowercase())
}

fn malformed_note(encoding: &'static Encoding) -> Message {
    Message::new("note-malformed").arg("encoding", encoding.name())
}

/// The encoding an HTML page declares in its first 1024 bytes
/// (`<meta charset="…">` or `http-equiv` content `charset=…`), as the HTML
/// standard's prescan looks for it.
pub fn declared_html_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"charset") {
        let mut i = from + pos + b"charset".len();
        from = i;
        while lower.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        if lower.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while lower
            .get(i)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'')
        {
            i += 1;
        }
        let end = lower[i..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
            .map_or(lower.len(), |n| i + n);
        if let Some(encoding) = Encoding::for_label(&lower[i..end]) {
            // A page saved as UTF-16 cannot declare itself in ASCII: the standard reads UTF-8 then.
            return Some(if encoding.is_ascii_compatible() {
                encoding
            } else {
                UTF_8
            });
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through_without_a_note() {
        let d = decode_bytes("café 😀".as_bytes(), None).unwrap();
        assert_eq!(d.text, "café 😀");
        assert_eq!(d.note, None);
    }

    #[test]
    fn windows_1252_is_converted_with_a_note() {
        let bytes = b"Le caf\xe9 co\xfbte 2\x80 \x96 \x93cher\x94, dit-il. D\xe9j\xe0 vu.";
        let d = decode_bytes(bytes, None).unwrap();
        assert_eq!(d.text, "Le café coûte 2€ – “cher”, dit-il. Déjà vu.");
        assert_eq!(
            d.note.map(|n| n.to_string()).as_deref(),
            Some("Converted from windows-1252")
        );
    }

    #[test]
    fn utf16_with_a_bom_is_read() {
        let mut bytes = vec![0xff, 0xfe];
        for unit in "Grüße 日本".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let d = decode_bytes(&bytes, None).unwrap();
        assert_eq!(d.text, "Grüße 日本");
        assert_eq!(
            d.note.map(|n| n.to_string()).as_deref(),
            Some("Converted from utf-16le")
        );
    }

    #[test]
    fn nul_bytes_are_binary() {
        assert!(matches!(
            decode_bytes(b"abc\0def", None),
            Err(ImportError::Binary)
        ));
    }

    #[test]
    fn declared_charset_is_found_in_the_head() {
        let page = b"<html><head><meta charset=\"windows-1252\"><title>x</title>";
        assert_eq!(
            declared_html_encoding(page).map(Encoding::name),
            Some("windows-1252")
        );
        let old = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">";
        assert_eq!(
            declared_html_encoding(old).map(Encoding::name),
            Some("windows-1252")
        );
        assert_eq!(declared_html_encoding(b"<p>charset is a word</p>"), None);
    }
}
