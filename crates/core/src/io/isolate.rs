//! Files from strangers read in a child process. The PDF and web-page
//! parsers are not ours (lopdf and pdf-extract recurse without a depth limit
//! and inflate streams without a cap; the reader view is quadratic in nesting
//! depth), so, as browsers and mail clients do, their reading runs in a child:
//! the same `claimdesk` binary started again with [`WORKER_ARG`], under a
//! memory limit, a time limit and a large stack of its own, the article sent
//! back over a pipe. A crash, an abort, a limit reached or a timeout there is
//! a clear error here, and nothing else changes. The memory limit is
//! setrlimit in the child on Unix, and on Windows a job object the parent puts
//! the child in (`job_limit.rs`).
//!
//! The binary registers itself with [`use_worker`] when it starts. Without a
//! worker (a library user, in-process tests) the reading runs in this process
//! as before.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::article_file::{ImportError, MAX_ARTICLE_BYTES};
use super::import::{ArticleFormat, ImportedArticle};

/// The hidden first argument that makes `claimdesk` a reading worker.
pub const WORKER_ARG: &str = "__read-untrusted";
/// The child's address space: room for a long PDF, not for a decompression bomb.
pub const MEMORY_LIMIT: u64 = 1 << 30;
/// The child is stopped after this long.
pub const TIME_LIMIT: Duration = Duration::from_secs(60);
/// The reading thread's stack in the child: deep enough for real documents;
/// a file that nests without end still exhausts it, in the child only.
const STACK_BYTES: usize = 256 << 20;
/// What of the child's error output is kept to tell why it stopped.
const STDERR_KEPT: usize = 64 * 1024;

static WORKER: OnceLock<PathBuf> = OnceLock::new();
static VERBOSE: AtomicBool = AtomicBool::new(false);

/// With `claimdesk --verbose`: what a child wrote to its error output (a
/// parser's panic message and where it happened) is passed on to ours. Without
/// it the user sees only the one-line reason.
pub fn set_verbose(on: bool) {
    VERBOSE.store(on, Ordering::Relaxed);
}

/// Reads untrusted formats in children of `exe` from now on (the running
/// `claimdesk` binary). Only the first call counts.
pub fn use_worker(exe: PathBuf) {
    let _ = WORKER.set(exe);
}

/// Whether `format` is read in a child when a worker is registered.
pub(super) fn isolated(format: ArticleFormat) -> Option<&'static PathBuf> {
    matches!(format, ArticleFormat::Pdf | ArticleFormat::Html)
        .then(|| WORKER.get())
        .flatten()
}

/// One line the child writes to its standard output, as JSON.
#[derive(Serialize, Deserialize)]
enum Message {
    Progress(usize, usize),
    Done(Box<ImportedArticle>),
    Failed(Failure),
}

/// An [`ImportError`] as it crosses the pipe: the same kind, so callers
/// that match on it see what an in-process reading would give.
#[derive(Serialize, Deserialize)]
enum Failure {
    TooLarge(u64),
    Empty,
    Binary,
    NoArticle(String),
    Other(String),
}

impl From<ImportError> for Failure {
    fn from(e: ImportError) -> Self {
        match e {
            ImportError::TooLarge { size } => Self::TooLarge(size),
            ImportError::Empty => Self::Empty,
            ImportError::Binary => Self::Binary,
            ImportError::NoArticle(why) => Self::NoArticle(why),
            other => Self::Other(other.to_string()),
        }
    }
}

impl From<Failure> for ImportError {
    fn from(f: Failure) -> Self {
        match f {
            Failure::TooLarge(size) => Self::TooLarge { size },
            Failure::Empty => Self::Empty,
            Failure::Binary => Self::Binary,
            Failure::NoArticle(why) => Self::NoArticle(why),
            Failure::Other(why) => Self::Unreadable(why),
        }
    }
}

/// Reads `bytes` as `format` in a child of `worker`, passing its progress on;
/// `progress` returning false stops the child.
pub(super) fn read_in_child(
    worker: &PathBuf,
    bytes: &[u8],
    format: ArticleFormat,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<ImportedArticle, ImportError> {
    let format_arg =
        serde_json::to_string(&format).map_err(|e| ImportError::Unreadable(e.to_string()))?;
    let mut child = Command::new(worker)
        .arg(WORKER_ARG)
        .arg(format_arg)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| ImportError::Unreadable(format!("the reader could not be started: {e}")))?;
    // Windows has no setrlimit: the parent caps the child through a job
    // object, held until this function returns (dropping it ends the child).
    #[cfg(windows)]
    let job = super::job_limit::MemoryJob::confine(&child, MEMORY_LIMIT);
    #[cfg(windows)]
    if job.is_none() && VERBOSE.load(Ordering::Relaxed) {
        eprintln!(
            "claimdesk: the file reader runs without its memory limit: {}",
            std::io::Error::last_os_error()
        );
    }
    let (Some(mut stdin), Some(stdout), Some(mut stderr)) =
        (child.stdin.take(), child.stdout.take(), child.stderr.take())
    else {
        stop(&mut child);
        return Err(ImportError::Unreadable(
            "the reader could not be started".into(),
        ));
    };
    let input = bytes.to_vec();
    // A child that dies early closes the pipe: the write then fails, which says nothing new.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let errors = std::thread::spawn(move || {
        let mut kept = Vec::new();
        let _ = (&mut stderr)
            .take(STDERR_KEPT as u64)
            .read_to_end(&mut kept);
        // Drain the rest so the child never blocks on a full pipe.
        let _ = std::io::copy(&mut stderr, &mut std::io::sink());
        String::from_utf8_lossy(&kept).into_owned()
    });
    let (send, messages) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let Ok(message) = serde_json::from_str::<Message>(&line) else {
                break;
            };
            if send.send(message).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + TIME_LIMIT;
    // Cancel is asked through `progress`: between messages the last count is passed again.
    let mut last = (0, 0);
    let outcome = loop {
        match messages.recv_timeout(Duration::from_millis(50)) {
            Ok(Message::Progress(done, total)) => {
                last = (done, total);
                if !progress(done, total) {
                    stop(&mut child);
                    break Err(ImportError::Unreadable("the import was cancelled".into()));
                }
            }
            Ok(Message::Done(imported)) => break Ok(*imported),
            Ok(Message::Failed(failure)) => break Err(failure.into()),
            Err(RecvTimeoutError::Timeout) => {
                if Instant::now() > deadline {
                    stop(&mut child);
                    break Err(unsafe_file(
                        format,
                        &format!(
                            "reading it took longer than {} s, the limit",
                            TIME_LIMIT.as_secs()
                        ),
                    ));
                }
                if !progress(last.0, last.1) {
                    stop(&mut child);
                    break Err(ImportError::Unreadable("the import was cancelled".into()));
                }
            }
            Err(RecvTimeoutError::Disconnected) => {
                let status = child.wait();
                let stderr = errors.join().unwrap_or_default();
                pass_on_details(&stderr);
                stop(&mut child);
                let _ = writer.join();
                let _ = reader.join();
                return Err(unsafe_file(format, &why_it_stopped(status.ok(), &stderr)));
            }
        }
    };
    stop(&mut child);
    let _ = writer.join();
    let _ = reader.join();
    pass_on_details(&errors.join().unwrap_or_default());
    outcome
}

/// The child's error output on ours, only with `--verbose`.
fn pass_on_details(stderr: &str) {
    if VERBOSE.load(Ordering::Relaxed) && !stderr.trim().is_empty() {
        eprintln!(
            "claimdesk: details from the file reader:\n{}",
            stderr.trim_end()
        );
    }
}

fn stop(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
}

fn unsafe_file(format: ArticleFormat, why: &str) -> ImportError {
    let what = match format {
        ArticleFormat::Pdf => "this PDF",
        ArticleFormat::Html => "this web page",
        _ => "this file",
    };
    ImportError::Unreadable(format!("{what} could not be read safely: {why}"))
}

/// The reason a child stopped without an answer, in the user's words.
fn why_it_stopped(status: Option<ExitStatus>, stderr: &str) -> String {
    if stderr.contains("overflowed its stack") {
        return "it nests or draws itself without end".into();
    }
    if stderr.contains("memory allocation of") || stderr.contains("capacity overflow") {
        return format!(
            "it needs more than {} MB of memory to read",
            MEMORY_LIMIT >> 20
        );
    }
    match status {
        Some(s) if s.success() => "the reader stopped without an answer".into(),
        Some(s) => format!("the reader stopped ({s})"),
        None => "the reader stopped".into(),
    }
}

/// The child's side: reads the article from standard input as the format
/// named in `format_arg`, and writes progress and the result to standard
/// output. Returns the process's exit code.
pub fn run_worker(format_arg: Option<&str>) -> u8 {
    limit_memory(MEMORY_LIMIT);
    // A parser's panic is an answer (Failed), never text on the user's
    // terminal: its details go to the pipe the parent keeps, shown only with
    // `--verbose`.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("panic in the file reader: {info}");
    }));
    let Some(format) = format_arg.and_then(|a| serde_json::from_str::<ArticleFormat>(a).ok())
    else {
        return 2;
    };
    let mut bytes = Vec::new();
    let cap = MAX_ARTICLE_BYTES + 1;
    if std::io::stdin().take(cap).read_to_end(&mut bytes).is_err() {
        return 1;
    }
    let reading = std::thread::Builder::new()
        .name("untrusted".into())
        .stack_size(STACK_BYTES)
        .spawn(move || {
            let mut out = std::io::stdout().lock();
            let mut report = |done: usize, total: usize| {
                write_message(&mut out, &Message::Progress(done, total))
            };
            let result = super::import::import_bytes_here(&bytes, format, &mut report);
            let message = match result {
                Ok(imported) => Message::Done(Box::new(imported)),
                Err(e) => Message::Failed(e.into()),
            };
            write_message(&mut std::io::stdout().lock(), &message);
        });
    match reading.map(|t| t.join()) {
        Ok(Ok(())) => 0,
        _ => 1,
    }
}

/// Writes one message line; false when the parent has gone (then stop).
fn write_message(out: &mut impl Write, message: &Message) -> bool {
    let Ok(line) = serde_json::to_string(message) else {
        return false;
    };
    writeln!(out, "{line}").and_then(|()| out.flush()).is_ok()
}

#[cfg(unix)]
fn limit_memory(bytes: u64) {
    let limit = libc::rlimit {
        rlim_cur: bytes as libc::rlim_t,
        rlim_max: bytes as libc::rlim_t,
    };
    // SAFETY: setrlimit reads the struct passed by reference and changes only
    // this process's own limit; a failure leaves the limit as it was.
    unsafe {
        libc::setrlimit(libc::RLIMIT_AS, &limit);
    }
}

/// On Windows the parent sets the limit (`job_limit.rs`): it holds the job,
/// so the child also ends if the parent dies. Elsewhere without setrlimit
/// there is only the time limit.
#[cfg(not(unix))]
fn limit_memory(_bytes: u64) {}
