//! The command line: `claimdesk [FILE]`, `claimdesk check`, `claimdesk export`,
//! `claimdesk new`, `claimdesk merge`, `claimdesk git-setup`, `claimdesk reanchor`,
//! `claimdesk suggest`, `claimdesk desk`, `claimdesk sync`, `claimdesk --screenshot`; one file
//! per subcommand.

mod archive;
mod check;
mod desk;
mod export;
mod git_setup;
mod import;
mod library;
mod merge;
mod new;
mod reanchor;
mod snapshot;
mod suggest;

pub use check::{summary, warnings};

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::export::Format;

#[derive(Parser, Debug)]
#[command(
    name = "claimdesk",
    version,
    about = "A desktop workbench for fact-checking"
)]
pub struct Cli {
    /// A project (.ron) or an article (.txt, .md, .html, .pdf, .srt, .vtt, .docx) to open.
    pub file: Option<PathBuf>,

    /// Render the window until its layout settles, save its pixels to this PNG and exit.
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,

    /// The right-hand tab to show first: claim, project, scale, check, library,
    /// suggestions or desk (e.g. `--screenshot OUT.png --tab suggestions`).
    #[arg(long, value_name = "TAB", value_parser = parse_tab)]
    pub tab: Option<crate::ui::Tab>,

    /// The library's folder for this window, instead of the one in the window's
    /// settings (e.g. `--screenshot OUT.png --tab library --library DIR`).
    #[arg(long, value_name = "DIR")]
    pub library: Option<PathBuf>,

    /// The window's language for this run, not remembered: en, es, pt-BR, fr,
    /// ar, ja, or en-XA (pseudo-translated English, for testing). Without it,
    /// the one chosen in the Language menu, else the system's.
    #[arg(long, value_name = "CODE", value_parser = parse_lang)]
    pub lang: Option<crate::i18n::Lang>,

    /// While there are unsaved changes, write a recovery copy this often.
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    pub autosave_seconds: u64,

    /// When a file cannot be read safely, also print what the reader said
    /// (a parser's panic message and where it happened), not only the reason.
    #[arg(long)]
    pub verbose: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Load and validate a project, and print a short summary.
    Check {
        /// The project file (.ron).
        project: PathBuf,
    },
    /// Write a report or markup for a project: to stdout, or to a file with -o.
    Export {
        /// The project file (.ron).
        project: PathBuf,
        /// html, md, csv, claimreview (schema.org JSON-LD) or annotations (W3C Web Annotations).
        #[arg(long, short = 'f', value_name = "FORMAT", value_parser = parse_format)]
        format: Format,
        /// Where to write; stdout when left out.
        #[arg(long, short = 'o', value_name = "OUT")]
        output: Option<PathBuf>,
        /// Export a report that is not published yet (marked DRAFT), even
        /// when the project publishes approved claims only.
        #[arg(long)]
        allow_draft: bool,
        /// The language of an HTML or Markdown report: en, es, pt-BR, fr, ar or ja.
        /// Without it, the project's report language, else English.
        #[arg(long, value_name = "CODE", value_parser = parse_lang)]
        lang: Option<crate::i18n::Lang>,
    },
    /// Make a project (six-step truth scale) from an article file (.txt, .md, .pdf, .srt, .vtt, .docx,
    /// .html) and print what was extracted.
    New {
        /// The article: text, Markdown, a saved web page, PDF, SubRip/WebVTT transcript or Word document.
        article: PathBuf,
        /// Where to write the project (.ron).
        #[arg(short, long, value_name = "PROJECT.ron")]
        output: PathBuf,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
        /// For a web page: keep the page's whole visible text, not the
        /// extracted article (when the extraction kept only a small part).
        #[arg(long)]
        whole_page: bool,
        /// For a web page: keep only the reader view's text, without what a
        /// second look added to it.
        #[arg(long, conflicts_with = "whole_page")]
        reader_view: bool,
        /// The language of the rating scale's words and of the reports: en, es,
        /// pt-BR, fr, ar or ja (English without it).
        #[arg(long, value_name = "CODE", value_parser = parse_lang)]
        lang: Option<crate::i18n::Lang>,
    },
    /// Three-way merge of project files by id, field by field: exit 0 merged
    /// cleanly, 1 merged with conflicts recorded in OUT, 2 unusable input
    /// (nothing written). Git's merge driver: `claimdesk merge %O %A %B -o %A`.
    Merge {
        /// The common ancestor (.ron).
        base: PathBuf,
        /// Our copy; written with the result unless -o is given.
        ours: PathBuf,
        /// Their copy.
        theirs: PathBuf,
        /// Where to write the merged project (default: OURS).
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// In a git repository: merge `*.ron` projects with `claimdesk merge`
    /// (adds `*.ron merge=claimdesk` to .gitattributes, sets the merge driver
    /// in the local git config) and print what was done.
    GitSetup {
        /// How git should run ClaimDesk (default: `claimdesk` from the PATH).
        #[arg(long, value_name = "PATH")]
        program: Option<PathBuf>,
    },
    /// Replace a project's article with its corrected version (.txt, .md, .pdf, .srt, .vtt, .docx,
    /// .html), re-anchor every claim, and print what moved, changed or was
    /// orphaned. The old text is kept in the project's history.
    Reanchor {
        /// The project file (.ron).
        project: PathBuf,
        /// The corrected article, in any format `new` reads.
        new_article: PathBuf,
        /// Where to write the project; the project file itself when left out.
        #[arg(short, long, value_name = "OUT.ron")]
        output: Option<PathBuf>,
        /// Print, for every claim, its id, outcome (kept, moved, changed,
        /// orphan), new start and end in code points, and similarity, as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Import annotations as claims: W3C Web Annotations (JSON-LD), a
    /// Hypothesis export or ClaimReview JSON-LD, each anchored in the
    /// project's article (those not found are kept as orphans). Prints what
    /// was anchored, moved and orphaned; annotations already in the project
    /// are not added twice. Exit 0 imported, 1 bad input (nothing written).
    Import {
        /// The project file (.ron).
        project: PathBuf,
        /// The annotations (.json, .jsonld).
        file: PathBuf,
        /// Where to write the project; the project file itself when left out.
        #[arg(short, long, value_name = "OUT.ron")]
        output: Option<PathBuf>,
    },
    /// A desk shared over git: start one, join one, or see what waits for you.
    #[command(subcommand)]
    Desk(desk::DeskCommand),
    /// Sync a desk: commit your changes, fetch and merge the others' with
    /// ClaimDesk's merge, push. PATH is a project in a desk folder or the
    /// folder itself; new project files are added. Exit 0 synced, 1 merged
    /// with conflicts to resolve (nothing pushed), 2 usage or not in a desk,
    /// 3 the remote could not be reached (the commit is kept).
    Sync {
        path: PathBuf,
        /// Commit as this name (default: the name the window keeps, else git's user.name).
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        /// Commit with this e-mail (default: the window's, else git's user.email).
        #[arg(long, value_name = "EMAIL")]
        email: Option<String>,
    },
    /// The library of past fact-checks: add, search, remove, stats.
    Library(library::LibraryArgs),
    /// Rank an article's sentences (a project or an article file) by how
    /// check-worthy the triage model finds them; print score, character
    /// offsets and sentence. With --sentences, score each line of FILE as one
    /// sentence and print `score<TAB>suggested<TAB>sentence` in input order.
    Suggest {
        /// A project (.ron) or an article (.txt, .md, .html); with
        /// --sentences, a UTF-8 file with one sentence per line.
        file: PathBuf,
        /// Print the N best sentences (default: every sentence that passes the
        /// window's default threshold).
        #[arg(long, value_name = "N")]
        top: Option<usize>,
        /// text (aligned, for reading) or tsv (rank, score, start, end, sentence).
        #[arg(long, value_enum, default_value = "text")]
        format: suggest::SuggestFormat,
        /// Score each line of FILE as one sentence.
        #[arg(long, conflicts_with = "top")]
        sentences: bool,
    },
    /// Attach a file (.html, .md, .txt) to a source as a snapshot: stored
    /// beside the project in NAME.evidence/SHA256.EXT, listed on the source.
    Snapshot {
        /// The project file (.ron); saved with the snapshot listed.
        project: PathBuf,
        /// The source's id (as in the project file).
        #[arg(long, value_name = "ID")]
        source: u64,
        /// The saved page, Markdown or text file.
        file: PathBuf,
    },
    /// Find or make a Wayback Machine copy of every source without an
    /// archived copy; print one line per source; save once at the end.
    /// Exit 0 all archived (or already), 1 some failed, 2 usage.
    Archive {
        /// The project file (.ron).
        project: PathBuf,
        /// The archive's base URL (https; http only on this machine).
        #[arg(long, value_name = "URL")]
        archive_endpoint: Option<String>,
        /// Look up existing captures only: request none, save nothing.
        #[arg(long)]
        dry_run: bool,
        /// Request a new capture even when the archive already has one.
        #[arg(long)]
        fresh: bool,
    },
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
        .map_err(|e: crate::export::UnknownFormat| e.to_string())
}

fn parse_lang(s: &str) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::from_code(s)
        .ok_or_else(|| "expected en, es, pt-BR, fr, ar, ja or en-XA".to_owned())
}

fn parse_tab(s: &str) -> Result<crate::ui::Tab, String> {
    use crate::ui::Tab;
    Ok(match s.to_ascii_lowercase().as_str() {
        "claim" => Tab::Claim,
        "sources" => Tab::Sources(None),
        "project" => Tab::Project,
        "scale" => Tab::Scale,
        "check" => Tab::Check,
        "library" => Tab::Library,
        "suggestions" => Tab::Suggestions,
        "desk" => Tab::Desk,
        _ => {
            return Err(
                "expected claim, sources, project, scale, check, library, suggestions or desk"
                    .into(),
            );
        }
    })
}

/// Exit codes: 0 sound, 1 bad file (or an output that cannot be written),
/// 2 usage error (clap's own).
pub fn run_command(command: Command) -> ExitCode {
    match command {
        Command::Check { project } => check::run(&project),
        Command::Export {
            project,
            format,
            output,
            allow_draft,
            lang,
        } => export::run(&project, format, output.as_deref(), allow_draft, lang),
        Command::New {
            article,
            output,
            force,
            whole_page,
            reader_view,
            lang,
        } => new::run(&article, &output, force, whole_page, reader_view, lang),
        Command::Merge {
            base,
            ours,
            theirs,
            output,
        } => merge::run(&base, &ours, &theirs, output.as_deref()),
        Command::GitSetup { program } => git_setup::run(Path::new("."), program.as_deref()),
        Command::Reanchor {
            project,
            new_article,
            output,
            json,
        } => reanchor::run(&project, &new_article, output.as_deref(), json),
        Command::Import {
            project,
            file,
            output,
        } => import::run(&project, &file, output.as_deref()),
        Command::Library(args) => library::run(args),
        Command::Desk(command) => desk::run(command),
        Command::Sync { path, name, email } => desk::sync(&path, name, email),
        Command::Suggest {
            file,
            top,
            format,
            sentences,
        } => suggest::run(&file, top, format, sentences),
        Command::Snapshot {
            project,
            source,
            file,
        } => snapshot::run(&project, source, &file),
        Command::Archive {
            project,
            archive_endpoint,
            dry_run,
            fresh,
        } => archive::run(&project, archive_endpoint.as_deref(), dry_run, fresh),
    }
}

pub(crate) fn fail(path: &Path, e: &dyn std::fmt::Display) -> ExitCode {
    eprintln!("claimdesk: {}: {e}", path.display());
    ExitCode::from(1)
}
