# Messages in the status bar and error dialogs: opening, saving, exporting, merging.

msg-that-passage-is-no-longer = That passage is no longer in the article
msg-undone = Undone
msg-could-not-undo = Could not undo
msg-redone = Redone
msg-could-not-redo = Could not redo
msg-new-project-open-or-paste = New project: open or paste the article to check (File menu)
msg-could-not-use-the-pasted = Could not use the pasted text
msg-restored-unsaved-work-save-it = Restored unsaved work: save it to keep it
msg-could-not-open-the-project = Could not open the project
msg-could-not-open-the-article = Could not open the article
msg-could-not-save = Could not save
msg-could-not-export = Could not export
msg-could-not-merge-the-changes = Could not merge the changes on disk
msg-merging-was-cancelled-nothing-changed = Merging was cancelled: nothing changed
msg-could-not-resolve-the-conflict = Could not resolve the conflict
msg-an-article-is-being-read = An article is being read already: wait for it or cancel it
msg-replace-with-new-version = Replace with new version
msg-reading-the-file-stopped-on = Reading the file stopped on an internal error. Nothing changed.
msg-annotations-are-being-imported-already = Annotations are being imported already: wait for it or cancel it
msg-could-not-import-annotations = Could not import annotations
msg-importing-annotations-was-cancelled-nothing = Importing annotations was cancelled: nothing changed
msg-could-not-start-re-anchoring = Could not start re-anchoring
msg-replacing-the-article-was-cancelled = Replacing the article was cancelled: nothing changed
msg-could-not-read-the-new = Could not read the new version
msg-a-file-chooser-is-already = A file chooser is already open
msg-claims = Claims
msg-no-article-yet = No article yet
msg-open-article = Open article…
msg-paste-article-text = Paste article text…
msg-dismiss-this-message = Dismiss this message

# File choosers' titles.
pick-open-project = Open a project
pick-open-article = Open an article
pick-new-version = The new version of the article
pick-annotations = Annotations to import (W3C, Hypothesis, ClaimReview)
pick-snapshot = A saved page, PDF, Word document or text file to attach
pick-past-checks = Past checks to add to the library (projects, ClaimReview, TSV)
pick-past-checks-folder = A folder of past checks to add to the library
pick-save-as = Save the project as
pick-export-to = Export to

# An error's text alone, when its title says the rest.
msg-error = { $error }
msg-merge-unreadable = Could not merge: the file on disk cannot be read
msg-merge-unreadable-body = { $error }

    Save as… keeps your work in another file.
msg-merging-file = Merging { $file }
msg-merging-heading = Merging the changes on disk…
msg-merging-note = Nothing changes until the merge is done.
msg-merge-internal-error = Merging stopped on an internal error. Nothing changed.
msg-merge-project-changed = The project changed while the merge ran. Nothing was merged: merge again.
msg-merged-and-saved = Merged the changes on disk and saved
msg-merged = Merged the changes on disk
msg-merged-with-conflicts = { $count ->
    [one] Merged the changes on disk: { $count } conflict to resolve (Conflicts tab)
   *[other] Merged the changes on disk: { $count } conflicts to resolve (Conflicts tab)
}
# $place: the conflict's field in words.
msg-resolved = Resolved { $place }
msg-opened = Opened { $path }
msg-opened-article = Opened the article: save it as a project to keep your work
msg-saved = Saved { $path }
# $format: "HTML report"; $approved of $total claims.
msg-exported-draft = { $total ->
    [one] Exported a DRAFT { $format } to { $path } ({ $approved } of { $total } claim approved; not published until you record publication)
   *[other] Exported a DRAFT { $format } to { $path } ({ $approved } of { $total } claims approved; not published until you record publication)
}
msg-exported = Exported { $format } to { $path }
msg-you-are = You are { $name }

# Progress dialogs. $done and $total are filled in as the work counts: keep them.
msg-reading-file = Reading { $file }
msg-reading-file-pages = Reading { $file }: page { $done } of { $total }
msg-anchoring-file = Anchoring { $file }: { $done } of { $total }
msg-reanchoring-file = Re-anchoring claims on { $file }: { $done } of { $total }
msg-importing-annotations = Importing annotations…
msg-import-internal-error = reading the file stopped on an internal error
msg-import-project-changed = The project changed while the annotations were read. Nothing was imported: import the file again.
msg-import-failed-body = { $path }: { $error }. Nothing changed.
msg-annotations-imported = Annotations imported
msg-reading-new-version = Reading the new version…
msg-opening-article = Opening the article…
msg-replacing-cancelled = Replacing the article was cancelled: nothing changed
msg-opening-cancelled = Opening the article was cancelled: nothing changed
msg-replace-project-changed-reading = The project changed while the new version was read. Nothing was replaced: try again.
msg-replacing-heading = Replacing with the new version…
msg-replacing-note = Nothing changes until you review the result.
msg-replace-project-changed = The project changed while the claims were re-anchored. Nothing was replaced: try again.
msg-reanchor-internal-error = Re-anchoring stopped on an internal error. Nothing was replaced.
# Typing while no field has the keyboard: the hint starts with the first message.
msg-lost-typing-start = Not typed into any field
msg-lost-typing = “{ $typed }”. Click a field (or press Tab to reach one), then type again.
msg-recovery-write-failed = Could not write the recovery copy: { $error }
msg-could-not-apply = Could not apply the change: { $error }
# The system file chooser's filters.
pick-filter-project = ClaimDesk project
pick-filter-article = Article
pick-filter-annotations = Annotations
pick-filter-past-checks = Past checks
pick-filter-all-files = All files

# Notes on an opened article file (shown after "Opened the article…").
note-no-title = No title found: the file name is used
note-title-first-line = The title is the document's first line
note-no-date = No publication date found in the page
note-markdown-html = HTML inside the Markdown was left out
note-read-as-web-page = The file holds a web page: it was read as one
