//! `claimdesk suggest`: ranked sentences of an article, and one score per line.

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_claimdesk");

const ARTICLE: &str = "Thank you all for being here tonight.\n\
Unemployment fell to 3.5 percent last year, the lowest in 50 years.\n\
We spent $2 trillion on the war in Iraq.\n\
I love this great country.\n";

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(BIN).args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn sentences_mode_scores_each_line_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lines.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let (code, out, err) = run(&["suggest", "--sentences", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4);
    for (line, input) in lines.iter().zip(ARTICLE.lines()) {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 3, "{line}");
        let score: f32 = fields[0].parse().unwrap();
        assert!((0.0..=1.0).contains(&score));
        assert!(fields[1] == "0" || fields[1] == "1");
        assert_eq!(fields[2], input);
    }
    assert_eq!(
        &lines[1].split('\t').nth(1),
        &Some("1"),
        "the unemployment claim is suggested"
    );
    assert_eq!(&lines[0].split('\t').nth(1), &Some("0"), "thanks are not");
}

#[test]
fn ranks_an_article_with_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("article.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let (code, out, err) = run(&[
        "suggest",
        file.to_str().unwrap(),
        "--top",
        "2",
        "--format",
        "tsv",
    ]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "rank\tscore\tstart\tend\tsentence");
    assert_eq!(lines.len(), 3, "header and the two best: {out}");
    let chars: Vec<char> = ARTICLE.chars().collect();
    let mut last = f32::INFINITY;
    for line in &lines[1..] {
        let f: Vec<&str> = line.split('\t').collect();
        let score: f32 = f[1].parse().unwrap();
        assert!(score <= last, "best first");
        last = score;
        let (start, end): (usize, usize) = (f[2].parse().unwrap(), f[3].parse().unwrap());
        assert_eq!(chars[start..end].iter().collect::<String>(), f[4]);
    }
    let (code, text, _) = run(&["suggest", file.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(text.contains("Unemployment fell"), "{text}");
    assert!(!text.contains("Thank you"), "below the threshold: {text}");
}

#[test]
fn exit_codes() {
    let (code, _, err) = run(&["suggest", "/nonexistent/article.txt"]);
    assert_eq!(code, 1, "{err}");
    let (code, _, _) = run(&["suggest", "--sentences", "/nonexistent/lines.txt"]);
    assert_eq!(code, 1);
    let (code, _, _) = run(&["suggest"]);
    assert_eq!(code, 2, "no file is a usage error");
    let (code, _, _) = run(&["suggest", "x.txt", "--format", "xml"]);
    assert_eq!(code, 2);
}

#[test]
fn an_unknown_start_tab_is_a_usage_error() {
    let (code, _, err) = run(&["--tab", "nowhere"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("suggestions"), "{err}");
}
