# Why a Sync, starting a desk or joining one failed, as the window shows it.
# What git or the operating system said comes in $said or $detail as they
# said it; `claimdesk desk` and `claimdesk sync` print the English.

## git itself

# $install: one of git-install-* below, for this computer's system.
git-missing = ClaimDesk shares a desk through git, and git was not found on this computer. { $install }
git-install-windows = Install Git for Windows from https://git-scm.com/download/win (the default choices are fine), then try again.
git-install-macos = Install git: run `xcode-select --install` in Terminal, or get it from https://git-scm.com/download/mac, then try again.
git-install-other = Install git with your system's package manager (for example `sudo apt install git`), then try again.
# $doing: one of git-doing-* below; $said: git's own error line.
git-failed = git could not { $doing }: { $said }
git-failed-no-reason = git could not { $doing }, and it gave no reason
git-cancelled = cancelled

## What git was doing (after "git could not")

git-doing-start = start
git-doing-finish = finish
git-doing-list-remotes = list the remotes
git-doing-note-changes = note the changed files
git-doing-add-new = add the new project files
git-doing-commit = commit your changes
git-doing-record-merge = record the merge
git-doing-note-merged = note the merged project
git-doing-keep-yours = keep your copy
git-doing-find-branch = find the branch
git-doing-read-settings = read the git settings
git-doing-fetch = fetch
git-doing-read-address = read the desk's address
git-doing-make-repository = make the desk's repository
git-doing-find-repository = find the repository
git-doing-find-git-folder = find the repository's folder
git-doing-list-new = list the new files
git-doing-list-changed = list the changed files
git-doing-take-desk = take the desk's files
git-doing-list-incoming = list what came in
git-doing-drop-deleted = drop a deleted file
git-doing-merge = merge the desk's changes
git-doing-list-to-merge = list the files to merge
git-doing-list-desk = list the desk's files
git-doing-reach = reach the desk
# $remote: the desk's address as the user gave it.
git-doing-reach-at = reach the desk at { $remote }
# $file: a project file in the desk.
git-doing-read-file = read { $file }
# $key: a git setting's name (merge.claimdesk.driver).
git-doing-set = set { $key }

## The folders

# $path: a folder.
desk-error-not-a-folder = { $path } is not a folder
desk-error-not-in-a-desk = { $path } is not in a desk (join one first: File › Desk › Join a desk…, or `claimdesk desk join`)
desk-error-no-remote = { $path } has no shared repository to sync with (no remote called origin)
desk-error-not-on-a-branch = { $path } is not on a branch (a merge or a checkout of an old version is under way in it)
desk-error-not-empty = { $path } is not empty: choose a new or empty folder
desk-error-password-in-address = leave the password out of the desk's address: git asks your credential manager or uses your SSH key, and ClaimDesk never stores a password
# $detail: git-failed or git-missing.
desk-error-not-a-repository = not inside a git repository ({ $detail })
# $path: a file or folder; $detail: the operating system's reason.
desk-error-cannot-read = could not read { $path }: { $detail }
desk-error-cannot-make = could not make { $path }: { $detail }
desk-error-cannot-write = could not write { $path }: { $detail }

## A Sync

# $path: the project file in the desk; $detail: what went wrong with it.
sync-error-project = { $path }: { $detail }
sync-error-unreadable = could not be read
# $detail: a reader's own message, as it came.
sync-error-as-said = { $detail }
sync-error-cancelled = Sync was cancelled
# Why a Sync went offline when the desk could be reached.
sync-offline-pushed-first = others kept pushing first; try Sync again
