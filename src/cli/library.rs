//! `claimdesk library add|search|remove|stats`: the library of past
//! fact-checks from the command line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Subcommand, ValueEnum};

use crate::library::{AddFormat, Hit, Library, Outcome, default_dir, eval};

#[derive(Args, Debug)]
pub struct LibraryArgs {
    /// The library's folder (default: $XDG_DATA_HOME/claimdesk/library; %LOCALAPPDATA%\ClaimDesk\library on Windows).
    #[arg(long, global = true, value_name = "DIR")]
    pub library: Option<PathBuf>,
    #[command(subcommand)]
    pub action: LibraryAction,
}

#[derive(Subcommand, Debug)]
pub enum LibraryAction {
    /// Add project files, ClaimReview files (JSON, JSON-LD, web pages) and
    /// folders (searched recursively); a changed file's entries are replaced.
    Add {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// auto (by extension) or tsv (`id<TAB>claim<TAB>title` lines).
        #[arg(long, value_enum, default_value_t = AddFormatArg::Auto)]
        format: AddFormatArg,
    },
    /// Search the library: rank, score, verdict, claim reviewed, where from.
    Search {
        /// What to look for.
        #[arg(required_unless_present = "queries", conflicts_with = "queries")]
        text: Option<String>,
        /// Read one query per line as `id<TAB>text` and print
        /// `query_id<TAB>rank<TAB>doc_key<TAB>score` lines.
        #[arg(long, value_name = "FILE")]
        queries: Option<PathBuf>,
        /// How many results per query (1 to 1000).
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..=1000))]
        top: u16,
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Remove the entries of files (or of every file under a folder).
    Remove {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Where the library is, how many files and entries it holds.
    Stats,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum AddFormatArg {
    Auto,
    Tsv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Text,
    Tsv,
}

pub fn run(args: LibraryArgs) -> ExitCode {
    let Some(dir) = args.library.or_else(default_dir) else {
        eprintln!(
            "claimdesk: no library folder: no home or data folder is set (HOME, XDG_DATA_HOME; LOCALAPPDATA on Windows); give --library DIR"
        );
        return ExitCode::from(2);
    };
    let mut library = match Library::open(&dir) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("claimdesk: library {}: {e}", dir.display());
            return ExitCode::from(1);
        }
    };
    if let Some(notice) = library.take_notice() {
        eprintln!("claimdesk: {notice}");
    }
    match args.action {
        LibraryAction::Add { paths, format } => add(&mut library, &paths, format),
        LibraryAction::Search {
            text,
            queries,
            top,
            format,
        } => match (text, queries) {
            (_, Some(file)) => search_many(&library, &file, usize::from(top)),
            (Some(text), None) => search_one(&library, &text, usize::from(top), format),
            (None, None) => ExitCode::from(2),
        },
        LibraryAction::Remove { paths } => remove(&mut library, &paths),
        LibraryAction::Stats => {
            let s = library.stats();
            println!("library: {}", s.dir.display());
            println!("files: {}", s.files);
            for (format, files, entries) in s.by_format {
                println!("  {}: {files} file(s), {entries} entries", format.label());
            }
            println!("entries: {}", s.entries);
            println!("index: {:.1} MB", s.index_bytes as f64 / 1e6);
            ExitCode::SUCCESS
        }
    }
}

fn add(library: &mut Library, paths: &[PathBuf], format: AddFormatArg) -> ExitCode {
    let wanted = match format {
        AddFormatArg::Auto => AddFormat::Auto,
        AddFormatArg::Tsv => AddFormat::Tsv,
    };
    let report = match library.add_paths(paths, wanted) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("claimdesk: could not write the library: {e}");
            return ExitCode::from(1);
        }
    };
    for (path, outcome) in &report.files {
        let path = path.display();
        match outcome {
            Outcome::Added(n) => println!("added {path}: {n} entries"),
            Outcome::Updated(n) => println!("updated {path}: {n} entries"),
            Outcome::Unchanged(n) => println!("unchanged {path}: {n} entries"),
            Outcome::Skipped(why) => println!("skipped {path}: {why}"),
            Outcome::Failed(why) => eprintln!("claimdesk: skipped {path}: {why}"),
        }
    }
    if report.ignored > 0 {
        println!("ignored {} other file(s) in the folders", report.ignored);
    }
    println!(
        "{} entries added; the library holds {}",
        report.entries_added(),
        library.stats().entries
    );
    if report.failed() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn search_one(library: &Library, text: &str, top: usize, format: OutputFormat) -> ExitCode {
    let hits = match library.search(text, top) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("claimdesk: search failed: {e}");
            return ExitCode::from(1);
        }
    };
    if hits.is_empty() && format == OutputFormat::Text {
        println!("nothing found");
    }
    for (i, Hit { score, entry: e }) in hits.iter().enumerate() {
        let rank = i + 1;
        match format {
            OutputFormat::Tsv => println!(
                "{rank}\t{score:.4}\t{}\t{}\t{}\t{}",
                one_line(&e.verdict),
                one_line(&e.claim),
                one_line(&e.key),
                one_line(&e.origin)
            ),
            OutputFormat::Text => {
                let verdict = if e.verdict.is_empty() {
                    "(no verdict)"
                } else {
                    &e.verdict
                };
                println!("{rank:>3}. {score:.3}  {verdict}  “{}”", one_line(&e.claim));
                let whence: Vec<&str> = [e.organisation.as_str(), e.date.as_str(), e.key.as_str()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect();
                println!("      {}", whence.join(" · "));
            }
        }
    }
    ExitCode::SUCCESS
}

fn search_many(library: &Library, file: &Path, top: usize) -> ExitCode {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => return super::fail(file, &e),
    };
    let mut out = String::new();
    for (id, query) in eval::read_queries(&text) {
        match library.search(&query, top) {
            Ok(hits) => {
                for (i, h) in hits.iter().enumerate() {
                    out.push_str(&format!(
                        "{id}\t{}\t{}\t{:.4}\n",
                        i + 1,
                        h.entry.key,
                        h.score
                    ));
                }
            }
            Err(e) => {
                eprintln!("claimdesk: query {id}: {e}");
                return ExitCode::from(1);
            }
        }
    }
    print!("{out}");
    ExitCode::SUCCESS
}

fn remove(library: &mut Library, paths: &[PathBuf]) -> ExitCode {
    let report = match library.remove_paths(paths) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("claimdesk: could not write the library: {e}");
            return ExitCode::from(1);
        }
    };
    for (path, entries) in &report.removed {
        println!("removed {path}: {entries} entries");
    }
    for path in &report.not_found {
        eprintln!("claimdesk: {} is not in the library", path.display());
    }
    if report.not_found.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
