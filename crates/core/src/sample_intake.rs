//! Generated intake files of realistic size for benchmarks and tests: a PDF
//! report of N pages (base-14 Helvetica, running head, page-number foot,
//! hyphenated line ends), a SubRip transcript of N cues with speakers, and a
//! Word document of N paragraphs. Deterministic: same size, same bytes.

use std::fmt::Write as _;
use std::io::Write as _;

const WORDS: [&str; 24] = [
    "harbour",
    "cargo",
    "tonnes",
    "container",
    "passenger",
    "revenue",
    "expenditure",
    "breakwater",
    "emissions",
    "dredging",
    "employment",
    "apprentices",
    "investment",
    "forecast",
    "permit",
    "tribunal",
    "council",
    "budget",
    "schools",
    "lighting",
    "petition",
    "hospital",
    "nurses",
    "unemployment",
];

/// A tiny linear congruential generator: the same text on every machine.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        ((self.0 >> 33) % n as u64) as usize
    }

    fn sentence(&mut self) -> String {
        let len = 8 + self.next(10);
        let mut s = String::new();
        for i in 0..len {
            let w = WORDS[self.next(WORDS.len())];
            if i == 0 {
                let mut c = w.chars();
                if let Some(f) = c.next() {
                    s.extend(f.to_uppercase());
                    s.push_str(c.as_str());
                }
            } else {
                s.push(' ');
                s.push_str(w);
            }
        }
        s.push('.');
        s
    }
}

/// A PDF of `pages` pages, 46 lines of body text each in paragraphs of 6.
pub fn pdf_report(pages: usize) -> Vec<u8> {
    let mut rng = Lcg(7);
    let mut objects: Vec<Vec<u8>> = Vec::new();
    // 1 catalog, 2 pages, 3 font; then per page: page object, content stream.
    objects.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    let kids: Vec<String> = (0..pages).map(|i| format!("{} 0 R", 4 + 2 * i)).collect();
    objects.push(
        format!(
            "<< /Type /Pages /Kids [{}] /Count {pages} >>",
            kids.join(" ")
        )
        .into_bytes(),
    );
    objects.push(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    );
    for page in 1..=pages {
        let mut content = String::new();
        let _ = writeln!(
            content,
            "BT /F1 9 Tf 72 800 Td (National Audit Office: Report on Public Ports) Tj ET"
        );
        let mut y = 760.0;
        let mut line_in_para = 0;
        let mut words = String::new();
        for _ in 0..46 {
            while words.len() < 95 {
                words.push_str(&rng.sentence());
                words.push(' ');
            }
            let cut = words[..95].rfind(' ').unwrap_or(95);
            let (mut line, rest) = (
                words[..cut].to_owned(),
                words[cut..].trim_start().to_owned(),
            );
            words = rest;
            // Every fifth line ends in a hyphenated word, as justified text does.
            if line_in_para == 2
                && let Some(space) = words.find(' ')
            {
                let word = words[..space].to_owned();
                if word.len() > 6 && word.chars().all(char::is_alphabetic) {
                    let half = word.len() / 2;
                    line.push(' ');
                    line.push_str(&word[..half]);
                    line.push('-');
                    words = format!("{}{}", &word[half..], &words[space..]);
                }
            }
            let x = if line_in_para == 0 { 90 } else { 72 };
            let _ = writeln!(content, "BT /F1 10 Tf {x} {y} Td ({line}) Tj ET");
            y -= 14.0;
            line_in_para += 1;
            if line_in_para == 6 {
                line_in_para = 0;
                // A paragraph ends: finish the sentence, leave a gap.
                if let Some(dot) = words.find(". ") {
                    let _ = writeln!(content, "BT /F1 10 Tf 72 {y} Td ({}.) Tj ET", &words[..dot]);
                    words = words[dot + 2..].to_owned();
                    y -= 14.0;
                }
                y -= 4.0;
            }
        }
        let _ = writeln!(content, "BT /F1 9 Tf 290 40 Td (Page {page}) Tj ET");
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {} 0 R /Resources << /Font << /F1 3 0 R >> >> >>",
                4 + 2 * (page - 1) + 1
            )
            .into_bytes(),
        );
        let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        stream.extend_from_slice(content.as_bytes());
        stream.extend_from_slice(b"\nendstream");
        objects.push(stream);
    }
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::with_capacity(objects.len());
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(o);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// `hh:mm:ss` and milliseconds after `separator` (`,` in SubRip, `.` in WebVTT).
fn time_code(ms: u64, separator: char) -> String {
    format!(
        "{:02}:{:02}:{:02}{separator}{:03}",
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60,
        ms % 1000
    )
}

/// A SubRip transcript of `cues` cues, a new speaker every 8 cues.
pub fn srt_transcript(cues: usize) -> String {
    let mut rng = Lcg(11);
    let speakers = ["MODERATOR", "SENATOR OKAFOR", "GOVERNOR LINDQVIST"];
    let mut out = String::new();
    for i in 0..cues {
        let start = i as u64 * 3_000;
        let end = start + 2_800;
        let t = |ms| time_code(ms, ',');
        let _ = writeln!(out, "{}\n{} --> {}", i + 1, t(start), t(end));
        if i % 8 == 0 {
            let _ = write!(out, "{}: ", speakers[(i / 8) % 3]);
        }
        let _ = writeln!(out, "{}\n", rng.sentence());
    }
    out
}

/// A Word document of `paragraphs` paragraphs, with a list and a table every 50.
pub fn docx_document(paragraphs: usize) -> Vec<u8> {
    let mut rng = Lcg(13);
    let mut body = String::new();
    for i in 0..paragraphs {
        let text: Vec<String> = (0..4).map(|_| rng.sentence()).collect();
        if i % 50 == 49 {
            body.push_str("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Port</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2025</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
        }
        let list = if i % 50 < 3 {
            "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
        } else {
            ""
        };
        let _ = write!(
            body,
            "<w:p>{list}<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
            text.join(" ")
        );
    }
    let doc = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default();
        // Writing to memory cannot fail; a failure would only shorten the sample.
        if zip.start_file("word/document.xml", options).is_ok() {
            let _ = zip.write_all(doc.as_bytes());
        }
        let _ = zip.finish();
    }
    out.into_inner()
}

/// A WebVTT transcript of `cues` cues (3 s each), speakers marked with `<v Name>`.
pub fn vtt_transcript(cues: usize) -> String {
    let mut rng = Lcg(17);
    let speakers = ["Moderator", "Councillor Reyes", "Mayor Dupré"];
    let mut out = String::from("WEBVTT\n\n");
    for i in 0..cues {
        let start = i as u64 * 3_000;
        let end = start + 2_800;
        let t = |ms| time_code(ms, '.');
        let speaker = speakers[(i / 8) % 3];
        let _ = writeln!(
            out,
            "{} --> {}\n<v {speaker}>{}\n",
            t(start),
            t(end),
            rng.sentence()
        );
    }
    out
}

/// A saved news page of about `bytes` bytes, shaped like real ones: most of
/// it inline scripts and styles, then menus, an article of 40 paragraphs
/// (in one container, or with `split` in separately wrapped blocks after a
/// three-paragraph intro, which sends the extraction to its second look),
/// readers' comments and link lists.
pub fn saved_page(bytes: usize, split: bool) -> String {
    let mut rng = Lcg(19);
    let mut body = String::from("<header><nav><ul>");
    for i in 0..80 {
        let _ = write!(body, "<li><a href=\"/section/{i}\">Section {i}</a></li>");
    }
    body.push_str("</ul></nav></header><main><h1>Harbour budget under strain</h1>");
    body.push_str("<p class=\"byline\">By Ana Lima</p>");
    let paragraph = |rng: &mut Lcg| (0..4).map(|_| rng.sentence()).collect::<Vec<_>>().join(" ");
    if split {
        body.push_str("<div class=\"row\"><div class=\"col\"><div class=\"intro\">");
        // An intro written in long sentences, as ledes are: it outscores any one block.
        for _ in 0..3 {
            let lede = paragraph(&mut rng).replace(". ", ", and ");
            let _ = write!(body, "<p>{lede}</p>");
        }
        body.push_str("</div></div></div>");
        for i in 3..40 {
            let _ = write!(
                body,
                "<div class=\"blk blk-{i}\"><div class=\"blk__outer\"><div class=\"row\"><div class=\"col\"><div class=\"blk-{i}__in\"><p>{}</p></div></div></div></div></div>",
                paragraph(&mut rng)
            );
        }
    } else {
        body.push_str("<article>");
        for _ in 0..40 {
            let _ = write!(body, "<p>{}</p>", paragraph(&mut rng));
        }
        body.push_str("</article>");
    }
    body.push_str("<section id=\"comments\">");
    for i in 0..60 {
        let _ = write!(
            body,
            "<div class=\"comment\"><span>reader{i}</span><p>{}</p></div>",
            rng.sentence()
        );
    }
    body.push_str("</section><aside class=\"most-read\"><ol>");
    for i in 0..30 {
        let _ = write!(body, "<li><a href=\"/m/{i}\">{}</a></li>", rng.sentence());
    }
    body.push_str("</ol></aside></main><footer><p>© 2025 The Example</p></footer>");
    let mut head = String::from(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour budget under strain | The Example</title>\
         <meta property=\"og:site_name\" content=\"The Example\"><meta name=\"author\" content=\"Ana Lima\">\
         <meta property=\"article:published_time\" content=\"2025-04-01T08:00:00Z\"><style>",
    );
    let mut i = 0;
    while head.len() + body.len() < bytes * 3 / 10 {
        let _ = write!(
            head,
            ".c{i}{{margin:{}px;color:#{:06x}}}",
            i % 17,
            i * 7919 % 0xffffff
        );
        i += 1;
    }
    head.push_str("</style><script>window.__DATA__=[");
    while head.len() + body.len() + 40 < bytes {
        let _ = write!(head, "{{\"id\":{i},\"w\":\"{}\"}},", WORDS[i % WORDS.len()]);
        i += 1;
    }
    head.push_str("0];</script></head><body>");
    head.push_str(&body);
    head.push_str("</body></html>");
    head
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transcripts_use_each_formats_time_codes() {
        let srt = srt_transcript(2);
        assert!(srt.contains("2\n00:00:03,000 --> 00:00:05,800\n"), "{srt}");
        let vtt = vtt_transcript(2);
        assert!(vtt.starts_with("WEBVTT\n\n"));
        assert!(vtt.contains("00:00:03.000 --> 00:00:05.800\n"), "{vtt}");
        assert_eq!(time_code(3_723_004, ','), "01:02:03,004");
    }
}
