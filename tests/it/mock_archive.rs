//! A tiny HTTP server on 127.0.0.1 standing in for the Wayback Machine's
//! availability API and Save Page Now: no network in tests.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::thread;

/// What the mock answers: status, extra headers, body.
pub type Answer = (u16, Vec<(String, String)>, String);

pub struct MockArchive {
    pub base: String,
    /// Request lines received ("GET /save/https://… HTTP/1.1").
    pub requests: Arc<Mutex<Vec<String>>>,
}

impl MockArchive {
    /// Serves every request with `answer(path)` on its own connection.
    pub fn start(answer: impl Fn(&str) -> Answer + Send + Sync + 'static) -> Self {
        let answer = Arc::new(answer);
        let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        let port = listener.local_addr().map(|a| a.port()).unwrap_or(0);
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&requests);
        thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let (answer, seen) = (Arc::clone(&answer), Arc::clone(&seen));
                // Each connection on its own thread: a request that never
                // gets an answer must not hold up the next.
                thread::spawn(move || {
                    let mut reader = BufReader::new(match stream.try_clone() {
                        Ok(s) => s,
                        Err(_) => return,
                    });
                    let mut request_line = String::new();
                    if reader.read_line(&mut request_line).is_err() {
                        return;
                    }
                    loop {
                        let mut line = String::new();
                        match reader.read_line(&mut line) {
                            Ok(0) | Err(_) => break,
                            Ok(_) if line == "\r\n" || line == "\n" => break,
                            Ok(_) => {}
                        }
                    }
                    let request_line = request_line.trim_end().to_owned();
                    let path = request_line.split(' ').nth(1).unwrap_or("").to_owned();
                    if let Ok(mut r) = seen.lock() {
                        r.push(request_line);
                    }
                    let (status, headers, body) = answer(&path);
                    if status == 0 {
                        // Never answer: the client's timeout must fire.
                        thread::sleep(std::time::Duration::from_secs(30));
                        return;
                    }
                    let mut head = format!(
                        "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
                        body.len()
                    );
                    for (k, v) in headers {
                        head.push_str(&format!("{k}: {v}\r\n"));
                    }
                    head.push_str("\r\n");
                    let _ = stream.write_all(head.as_bytes());
                    let _ = stream.write_all(body.as_bytes());
                    let _ = stream.flush();
                });
            }
        });
        Self {
            base: format!("http://127.0.0.1:{port}"),
            requests,
        }
    }

    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().map(|r| r.clone()).unwrap_or_default()
    }
}

/// The availability API's JSON for a capture at `timestamp` (or none).
pub fn available(page: &str, timestamp: Option<&str>) -> Answer {
    let body = match timestamp {
        Some(ts) => format!(
            r#"{{"url":"{page}","archived_snapshots":{{"closest":{{"status":"200","available":true,"url":"http://web.archive.org/web/{ts}/{page}","timestamp":"{ts}"}}}}}}"#
        ),
        None => format!(r#"{{"url":"{page}","archived_snapshots":{{}}}}"#),
    };
    (200, vec![], body)
}

/// Save Page Now's answer: a redirect to the new capture.
pub fn saved(base: &str, page: &str, timestamp: &str) -> Answer {
    let _ = base;
    (
        302,
        vec![("Location".into(), format!("/web/{timestamp}/{page}"))],
        String::new(),
    )
}
