//! Word documents (`.docx`): the body's paragraphs, headings, list items and
//! table rows as lines of text, read with `zip` (deflate only) and
//! `quick-xml`. A DOCX is a zip archive, so every size is checked, declared
//! and actual, before and while it is inflated: a zip bomb, a huge or a
//! damaged file ends with a reason, in bounded time and memory.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::article_file::{ImportError, article_from_text};
use crate::i18n::Message;
use crate::model::{Article, ArticleMeta};

/// The body XML inflated at most to this; more is refused as a bomb.
pub const MAX_DOCX_XML: u64 = 64 * 1024 * 1024;
/// More entries than this is not a Word document.
const MAX_ENTRIES: usize = 20_000;

fn unreadable(why: impl Into<String>) -> ImportError {
    ImportError::Unreadable(why.into())
}

pub fn article_from_docx(bytes: &[u8], notes: &mut Vec<Message>) -> Result<Article, ImportError> {
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(unreadable(
            "this is not a Word document (.docx files are zip archives)",
        ));
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        unreadable(format!(
            "the Word document is damaged or cut off and could not be read ({e})"
        ))
    })?;
    if zip.len() > MAX_ENTRIES {
        return Err(unreadable(format!(
            "the file holds {} entries: not a Word document",
            zip.len()
        )));
    }
    let body = entry(&mut zip, "word/document.xml")?.ok_or_else(|| {
        unreadable("the file is a zip archive but not a Word document (no word/document.xml)")
    })?;
    let numbering = entry(&mut zip, "word/numbering.xml")?
        .map(|xml| list_formats(&xml))
        .unwrap_or_default();
    let core = entry(&mut zip, "docProps/core.xml")?.unwrap_or_default();
    let (lines, counts) = body_lines(&body, &numbering)?;
    if counts.tables > 0 || counts.list_items > 0 {
        notes.push(
            Message::new("note-docx-lists-tables")
                .arg("items", counts.list_items)
                .arg("tables", counts.tables),
        );
    }
    let checked = article_from_text(&lines.join("\n"))?;
    let meta = ArticleMeta {
        title: core_field(&core, b"title").unwrap_or_else(|| checked.meta.title.clone()),
        author: core_field(&core, b"creator").unwrap_or_default(),
        ..ArticleMeta::default()
    };
    Ok(Article::new(meta, checked.text))
}

/// An entry inflated, after checking its declared size and again while
/// reading (a lying header cannot make it larger than the cap).
fn entry(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, ImportError> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => {
            return Err(unreadable(format!(
                "the Word document is damaged: {name} cannot be read ({e})"
            )));
        }
    };
    let declared = file.size();
    if declared > MAX_DOCX_XML {
        return Err(bomb(declared));
    }
    let mut xml = Vec::with_capacity(declared.min(1 << 20) as usize);
    file.take(MAX_DOCX_XML + 1)
        .read_to_end(&mut xml)
        .map_err(|e| {
            unreadable(format!(
                "the Word document is damaged: {name} does not inflate ({e})"
            ))
        })?;
    if xml.len() as u64 > MAX_DOCX_XML {
        return Err(bomb(xml.len() as u64));
    }
    String::from_utf8(xml)
        .map(Some)
        .map_err(|_| unreadable(format!("the Word document is damaged: {name} is not UTF-8")))
}

fn bomb(size: u64) -> ImportError {
    unreadable(format!(
        "the Word document inflates to more than {} MB ({} MB or more): refused as a possible zip bomb",
        MAX_DOCX_XML / (1024 * 1024),
        size / (1024 * 1024)
    ))
}

#[derive(Default)]
struct Counts {
    tables: usize,
    list_items: usize,
}

/// `numId` → whether each level is a bullet (else numbered).
type ListFormats = HashMap<String, HashMap<String, bool>>;

fn attr(e: &BytesStart<'_>, local: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local)
            .then(|| {
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .ok()
                    .map(|v| v.into_owned())
            })
            .flatten()
    })
}

fn xml_error(e: impl std::fmt::Display) -> ImportError {
    unreadable(format!("the Word document's XML is damaged ({e})"))
}

/// The body as lines: one per paragraph, one per table row.
fn body_lines(xml: &str, lists: &ListFormats) -> Result<(Vec<String>, Counts), ImportError> {
    let mut reader = Reader::from_str(xml);
    let mut lines = Vec::new();
    let mut counts = Counts::default();
    let mut para = String::new();
    let mut in_text = false;
    // Cells of the rows being read, innermost table last.
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut list: Option<(String, String)> = None;
    let mut numbers: HashMap<(String, String), usize> = HashMap::new();
    loop {
        let event = reader.read_event().map_err(xml_error)?;
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                b"t" => in_text = true,
                b"p" => {
                    para.clear();
                    list = None;
                }
                b"tbl" => counts.tables += 1,
                b"tr" => rows.push(Vec::new()),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"tab" | b"br" | b"cr" => para.push(' '),
                b"numId" => {
                    let id = attr(&e, b"val").unwrap_or_default();
                    list = Some((id, list.map(|l| l.1).unwrap_or_else(|| "0".into())));
                }
                b"ilvl" => {
                    let lvl = attr(&e, b"val").unwrap_or_default();
                    list = Some((list.map(|l| l.0).unwrap_or_default(), lvl));
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" => {
                    let text = para.split_whitespace().collect::<Vec<_>>().join(" ");
                    let text = match list.take().filter(|(id, _)| id != "0") {
                        Some((id, lvl)) if !text.is_empty() => {
                            counts.list_items += 1;
                            let bullet = lists
                                .get(&id)
                                .and_then(|l| l.get(&lvl))
                                .copied()
                                .unwrap_or(true);
                            if bullet {
                                format!("• {text}")
                            } else {
                                let n = numbers.entry((id, lvl)).or_default();
                                *n += 1;
                                format!("{n}. {text}")
                            }
                        }
                        _ => text,
                    };
                    match rows.last_mut() {
                        Some(row) => row.push(text),
                        None if !text.is_empty() => lines.push(text),
                        None => {}
                    }
                    para.clear();
                }
                b"tc" => {
                    // Paragraphs of one cell are one cell.
                    if let Some(row) = rows.last_mut() {
                        let first = row
                            .iter()
                            .rposition(|c| c.starts_with('\u{1}'))
                            .map_or(0, |i| i + 1);
                        let cell = row
                            .drain(first..)
                            .filter(|c| !c.is_empty())
                            .collect::<Vec<_>>();
                        row.push(format!("\u{1}{}", cell.join(" ")));
                    }
                }
                b"tr" => {
                    if let Some(row) = rows.pop() {
                        let cells: Vec<&str> =
                            row.iter().map(|c| c.trim_start_matches('\u{1}')).collect();
                        let line = cells.join(" | ");
                        if cells.iter().any(|c| !c.is_empty()) {
                            match rows.last_mut() {
                                Some(outer) => outer.push(line),
                                None => lines.push(line),
                            }
                        }
                    }
                }
                _ => {}
            },
            // Only <w:t> holds text: deleted runs (w:delText) and field codes (w:instrText) are left out.
            Event::Text(t) if in_text => {
                para.push_str(&t.decode().map_err(xml_error)?);
            }
            Event::GeneralRef(r) if in_text => match r.resolve_char_ref().map_err(xml_error)? {
                Some(c) => para.push(c),
                None => para.push_str(match r.decode().map_err(xml_error)?.as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                }),
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok((lines, counts))
}

/// From numbering.xml: which list levels are bullets.
fn list_formats(xml: &str) -> ListFormats {
    let mut reader = Reader::from_str(xml);
    let mut abstracts: HashMap<String, HashMap<String, bool>> = HashMap::new();
    let mut nums: HashMap<String, String> = HashMap::new();
    let (mut abs, mut lvl, mut num) = (None::<String>, None::<String>, None::<String>);
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"abstractNum" => abs = attr(&e, b"abstractNumId"),
                b"lvl" => lvl = attr(&e, b"ilvl"),
                b"numFmt" => {
                    if let (Some(a), Some(l)) = (&abs, &lvl) {
                        let bullet = attr(&e, b"val").is_none_or(|v| v == "bullet");
                        abstracts
                            .entry(a.clone())
                            .or_default()
                            .insert(l.clone(), bullet);
                    }
                }
                b"num" => num = attr(&e, b"numId"),
                b"abstractNumId" => {
                    if let (Some(n), Some(a)) = (&num, attr(&e, b"val")) {
                        nums.insert(n.clone(), a);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    nums.into_iter()
        .filter_map(|(n, a)| abstracts.get(&a).map(|l| (n, l.clone())))
        .collect()
}

/// `dc:title` or `dc:creator` from docProps/core.xml.
fn core_field(xml: &str, local: &[u8]) -> Option<String> {
    let mut reader = Reader::from_str(xml);
    let mut inside = false;
    let mut out = String::new();
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) if e.local_name().as_ref() == local => inside = true,
            Event::End(e) if e.local_name().as_ref() == local => break,
            Event::Text(t) if inside => out.push_str(&t.decode().ok()?),
            Event::Eof => break,
            _ => {}
        }
    }
    let out = out.trim();
    (!out.is_empty()).then(|| out.to_owned())
}
