//! `intake-bench-extract MODE PAGE...`: one JSON line per page with the
//! extracted text and author. MODE `intake` is ClaimDesk's intake as
//! shipped by the checkout this is built in (`import_article`: decoding, the
//! reader view, the second look); MODE `reader` is the reader view alone,
//! the same steps as `crates/core/src/io/html_import.rs` up to the second
//! look (decode, drop declared ads, dom_smoothie in formatted mode, one
//! paragraph per line).

use std::path::Path;

use dom_smoothie::{Config, Readability, TextMode};
use serde_json::json;

/// As in `html_import.rs`.
const AD_SELECTORS: &str = ".ad, .ads, .advert, .advertisement, .ad-slot, .ad-container, \
    .ad-wrapper, .adsbygoogle, .sponsored, [id^=\"ad-\"], [id^=\"google_ads\"], \
    [data-ad-slot], [aria-label=\"Advertisement\"]";

fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().expect("MODE: intake or reader");
    for page in args {
        let path = Path::new(&page);
        let out = match mode.as_str() {
            "intake" => intake(path),
            "reader" => reader(path),
            other => panic!("unknown mode {other}"),
        };
        let line = match out {
            Ok((text, author, notes)) => {
                json!({"page": page, "text": text, "author": author, "notes": notes})
            }
            Err(e) => json!({"page": page, "text": "", "author": "", "error": e}),
        };
        println!("{line}");
    }
}

type Extracted = (String, String, Vec<String>);

fn intake(path: &Path) -> Result<Extracted, String> {
    let imported = claimdesk_core::io::import_article(path).map_err(|e| e.to_string())?;
    Ok((
        imported.article.text,
        imported.article.meta.author,
        imported.notes,
    ))
}

fn reader(path: &Path) -> Result<Extracted, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let decoded = claimdesk_core::io::decode_bytes(&bytes, None).map_err(|e| e.to_string())?;
    let html = decoded
        .text
        .strip_prefix('\u{feff}')
        .unwrap_or(&decoded.text);
    let doc = dom_query::Document::from(html);
    if let Some(ads) = doc.try_select(AD_SELECTORS) {
        ads.remove();
    }
    let config = Config {
        text_mode: TextMode::Formatted,
        max_elements_to_parse: 400_000,
        ..Config::default()
    };
    let mut readability =
        Readability::with_document(doc, None, Some(config)).map_err(|e| e.to_string())?;
    let article = readability.parse().map_err(|e| e.to_string())?;
    let text = article
        .text_content
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let author = article.byline.unwrap_or_default();
    Ok((text, author.trim().to_owned(), Vec::new()))
}
