//! Files a user creates get the mode any editor gives them (0666 less the
//! umask), a replaced file keeps its own, and the temporary files a killed
//! save leaves behind are cleaned up by a later save once they are a day old.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, SystemTime};

use claimdesk::io::{load_project, save_project};

fn sample_path() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/projects/takaichi-trump-tokyo.ron"
    ))
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// `claimdesk new` in a child process with a chosen umask: the umask is
/// process-wide, so it cannot be changed inside the test binary's threads.
fn new_project_with_umask(umask: &str, out: &Path) {
    let article = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/intake");
    let article = fs::read_dir(&article)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .expect("a text or Markdown fixture");
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" new \"$1\" -o \"$2\""))
        .arg(env!("CARGO_BIN_EXE_claimdesk"))
        .arg(&article)
        .arg(out)
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn a_new_project_follows_the_umask() {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("shared.ron");
    new_project_with_umask("022", &shared);
    assert_eq!(mode(&shared), 0o644);
    let private = dir.path().join("private.ron");
    new_project_with_umask("077", &private);
    assert_eq!(mode(&private), 0o600);
    let group = dir.path().join("group.ron");
    new_project_with_umask("002", &group);
    assert_eq!(mode(&group), 0o664);
}

#[test]
fn a_saved_project_keeps_its_own_mode() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("p.ron");
    let project = load_project(sample_path()).unwrap();
    save_project(&project, &target).unwrap();
    fs::set_permissions(&target, fs::Permissions::from_mode(0o640)).unwrap();
    save_project(&project, &target).unwrap();
    assert_eq!(mode(&target), 0o640);
    fs::set_permissions(&target, fs::Permissions::from_mode(0o604)).unwrap();
    save_project(&project, &target).unwrap();
    assert_eq!(mode(&target), 0o604);
}

fn age(path: &Path, by: Duration) {
    let file = fs::File::options().write(true).open(path).unwrap();
    file.set_modified(SystemTime::now() - by).unwrap();
}

#[test]
fn leftovers_of_a_killed_save_older_than_a_day_are_removed_on_save() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("p.ron");
    let stale = dir.path().join(".claimdesk-AbC123.tmp");
    let fresh = dir.path().join(".claimdesk-XyZ789.tmp");
    let not_ours = dir.path().join(".other-AbC123.tmp");
    let our_folder = dir.path().join(".claimdesk-dir.tmp");
    for file in [&stale, &fresh, &not_ours] {
        fs::write(file, "half a project").unwrap();
    }
    fs::create_dir(&our_folder).unwrap();
    age(&stale, Duration::from_secs(25 * 3600));
    age(&not_ours, Duration::from_secs(25 * 3600));
    // Within a day: perhaps another window saving right now.
    age(&fresh, Duration::from_secs(23 * 3600));

    save_project(&load_project(sample_path()).unwrap(), &target).unwrap();

    assert!(!stale.exists(), "the day-old leftover is removed");
    assert!(fresh.exists(), "a recent temporary file is left alone");
    assert!(not_ours.exists(), "files of other programs are left alone");
    assert!(our_folder.is_dir(), "folders are left alone");
    assert!(target.exists());
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert_eq!(
        names.len(),
        3,
        "the save left no temporary file of its own: {names:?}"
    );
}
