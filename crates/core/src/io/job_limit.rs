//! The reader child's memory limit on Windows, where there is no setrlimit: a
//! job object with a per-process memory cap, which the parent creates and puts
//! the child in right after starting it (before the file's bytes are sent, so
//! the parsing always runs under the cap). The job is also killed when its
//! last handle closes, so a parent that crashes or is killed takes its reader
//! with it instead of leaving it to run to its time limit.

use std::os::windows::io::AsRawHandle;
use std::process::Child;

use windows_sys::Win32::Foundation::{CloseHandle, HANDLE};
use windows_sys::Win32::System::JobObjects::{
    AssignProcessToJobObject, CreateJobObjectW, JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE,
    JOB_OBJECT_LIMIT_PROCESS_MEMORY, JOBOBJECT_EXTENDED_LIMIT_INFORMATION,
    JobObjectExtendedLimitInformation, SetInformationJobObject,
};

/// An anonymous job holding one child; closing it (on drop) ends the child.
pub(super) struct MemoryJob(HANDLE);

impl MemoryJob {
    /// Puts `child` in a new job that caps its committed memory at `bytes`.
    /// `None` when Windows refuses (the reading then runs without the cap,
    /// still in its own process and under the time limit).
    pub(super) fn confine(child: &Child, bytes: u64) -> Option<Self> {
        // SAFETY: the calls take plain values or pointers to locals that live
        // through the call; the handle is owned by `job` from here on and
        // closed exactly once, in Drop.
        unsafe {
            let handle = CreateJobObjectW(std::ptr::null(), std::ptr::null());
            if handle.is_null() {
                return None;
            }
            let job = Self(handle);
            let mut limits: JOBOBJECT_EXTENDED_LIMIT_INFORMATION = std::mem::zeroed();
            limits.BasicLimitInformation.LimitFlags =
                JOB_OBJECT_LIMIT_PROCESS_MEMORY | JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
            limits.ProcessMemoryLimit = usize::try_from(bytes).unwrap_or(usize::MAX);
            let set = SetInformationJobObject(
                job.0,
                JobObjectExtendedLimitInformation,
                (&raw const limits).cast(),
                size_of::<JOBOBJECT_EXTENDED_LIMIT_INFORMATION>() as u32,
            );
            if set == 0 || AssignProcessToJobObject(job.0, child.as_raw_handle()) == 0 {
                return None;
            }
            Some(job)
        }
    }
}

impl Drop for MemoryJob {
    fn drop(&mut self) {
        // SAFETY: the handle came from CreateJobObjectW and is closed only here.
        unsafe {
            CloseHandle(self.0);
        }
    }
}
