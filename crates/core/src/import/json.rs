//! Reading untrusted JSON: the size is checked before reading, and what
//! `serde_json` refuses (truncation, nesting past its recursion limit,
//! invalid UTF-8) becomes a message.

use std::io::Read;
use std::path::Path;

use serde_json::Value;

use super::ImportError;

pub(super) fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>, ImportError> {
    let file = std::fs::File::open(path).map_err(|e| ImportError::Read(e.to_string()))?;
    let len = file
        .metadata()
        .map_err(|e| ImportError::Read(e.to_string()))?
        .len();
    if len > cap {
        return Err(ImportError::TooLarge(len));
    }
    // The length can change between the check and the read (a growing file).
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(cap + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ImportError::Read(e.to_string()))?;
    if bytes.len() as u64 > cap {
        return Err(ImportError::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

pub(super) fn parse(bytes: &[u8]) -> Result<Value, ImportError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace());
    match start.map(|i| bytes[i]) {
        Some(b'{' | b'[') => {}
        None => return Err(ImportError::NotJson("the file is empty".into())),
        Some(b'(') => {
            return Err(ImportError::NotJson(
                "this looks like a ClaimDesk project; open it with File › Open… instead".into(),
            ));
        }
        Some(_) => {
            return Err(ImportError::NotJson(
                "it does not start with { or [ (is it the right file?)".into(),
            ));
        }
    }
    serde_json::from_slice(bytes).map_err(|e| {
        if e.to_string().contains("recursion limit") {
            ImportError::TooDeep
        } else if e.is_eof() {
            ImportError::NotJson(format!(
                "the file ends too early, it may be truncated ({e})"
            ))
        } else {
            ImportError::NotJson(e.to_string())
        }
    })
}
