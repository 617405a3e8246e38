//! The `claimdesk` binary: a subcommand, the window, or (started by itself
//! with a hidden first argument) a worker that reads one untrusted file in a
//! child process (`claimdesk::io::isolate`).
//!
//! On Windows the exe is a GUI-subsystem program, so no console window opens
//! behind the app started from the Start menu or a double-click; started with
//! arguments from a terminal it attaches to that terminal's console so
//! `claimdesk check …` still prints (`attach_parent_console`).

// Release and debug alike: the installed app and the CI build behave the same.
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;

use claimdesk::cli::{Cli, run_command};
use claimdesk::io::isolate;

fn main() -> ExitCode {
    let mut args = std::env::args();
    let first = args.nth(1);
    if first.as_deref() == Some(isolate::WORKER_ARG) {
        return ExitCode::from(isolate::run_worker(args.next().as_deref()));
    }
    #[cfg(windows)]
    if first.is_some() {
        attach_parent_console();
    }
    // PDFs and web pages from strangers are read in children of this binary.
    if let Ok(exe) = std::env::current_exe() {
        isolate::use_worker(exe);
    }
    let cli = Cli::parse();
    isolate::set_verbose(cli.verbose);
    match cli.command {
        Some(command) => {
            // `claimdesk check P.ron | head -1`: a closed output ends the
            // command quietly, as it ends any command-line tool, instead of a
            // panic on the next print.
            #[cfg(unix)]
            // SAFETY: restores the default action for one signal before any
            // other thread runs; no handler of ours is replaced.
            unsafe {
                libc::signal(libc::SIGPIPE, libc::SIG_DFL);
            }
            #[cfg(windows)]
            end_quietly_on_closed_output();
            run_command(command)
        }
        None => claimdesk::app::run_native(
            cli.file,
            cli.screenshot,
            cli.tab,
            cli.library,
            cli.lang,
            std::time::Duration::from_secs(cli.autosave_seconds),
        ),
    }
}

/// A GUI-subsystem program starts without a console, so what a subcommand
/// prints would be lost. When the program was started from a terminal
/// (cmd, PowerShell, Windows Terminal) and its output is not redirected, it
/// borrows that terminal's console. Redirected output (`> out.txt`, a pipe,
/// CI) already has its handles and is left alone; a double-click or the Start
/// menu has no parent console and the call fails harmlessly. Only with
/// arguments: a window started bare from a terminal stays detached, so
/// closing the terminal does not close the window.
#[cfg(windows)]
fn attach_parent_console() {
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_OUTPUT_HANDLE,
    };
    // SAFETY: GetStdHandle and AttachConsole take plain values and only read
    // or set this process's own standard handles.
    unsafe {
        let missing = |which| GetStdHandle(which).is_null();
        if missing(STD_OUTPUT_HANDLE) && missing(STD_ERROR_HANDLE) {
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}

/// Windows has no SIGPIPE: a print to a closed pipe (`claimdesk check P.ron |
/// Select-Object -First 1`) fails and `println!` panics with "failed
/// printing to stdout". That one panic ends the command quietly, as on Unix;
/// every other panic is reported as before.
#[cfg(windows)]
fn end_quietly_on_closed_output() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map_or("", String::as_str);
        // ERROR_BROKEN_PIPE, ERROR_NO_DATA (the reader closed), ERROR_PIPE_NOT_CONNECTED.
        let closed = ["os error 109)", "os error 232)", "os error 233)"]
            .iter()
            .any(|code| message.ends_with(code));
        if message.starts_with("failed printing to std") && closed {
            std::process::exit(0);
        }
        report(info);
    }));
}
