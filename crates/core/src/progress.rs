//! How far a long task has got, and the way to stop it. The task (reading a
//! PDF, re-anchoring claims, scoring sentences, archiving sources) counts
//! into it on its own thread; whoever waits — the window's progress dialog,
//! a command line — reads it and may ask it to stop. Plain atomics, so it is
//! shared by reference or in an `Arc` without locks.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

#[derive(Debug, Default)]
pub struct Progress {
    /// Units of work in all (pages, claims, bytes, sources); 0 while unknown.
    total: AtomicUsize,
    done: AtomicUsize,
    cancel: AtomicBool,
}

impl Progress {
    /// A task whose size is not known yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// A task of `total` units.
    pub fn with_total(total: usize) -> Self {
        let p = Self::new();
        p.set_total(total);
        p
    }

    pub fn set_total(&self, total: usize) {
        self.total.store(total, Ordering::Relaxed);
    }

    pub fn set_done(&self, done: usize) {
        self.done.store(done, Ordering::Relaxed);
    }

    /// One more unit done.
    pub fn step(&self) {
        self.done.fetch_add(1, Ordering::Relaxed);
    }

    pub fn total(&self) -> usize {
        self.total.load(Ordering::Relaxed)
    }

    pub fn done(&self) -> usize {
        self.done.load(Ordering::Relaxed)
    }

    /// Asks the task to stop; it notices at its next check.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// For tasks that report through a callback: records `done` of `total`
    /// and answers whether to go on.
    pub fn report(&self, done: usize, total: usize) -> bool {
        self.set_total(total);
        self.set_done(done);
        !self.is_cancelled()
    }

    /// 0..=1 for a progress bar; 0 while the total is unknown.
    pub fn fraction(&self) -> f32 {
        match self.total() {
            0 => 0.0,
            total => (self.done() as f32 / total as f32).min(1.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_cancels() {
        let p = Progress::new();
        assert_eq!(p.fraction(), 0.0);
        assert!(p.report(1, 4));
        assert_eq!(p.fraction(), 0.25);
        p.step();
        assert_eq!(p.done(), 2);
        p.set_done(9);
        assert_eq!(p.fraction(), 1.0, "never past the end");
        p.cancel();
        assert!(p.is_cancelled());
        assert!(!p.report(3, 4));
    }
}
