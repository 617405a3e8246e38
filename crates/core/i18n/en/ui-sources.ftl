# The Sources tab, snapshots, the source viewer and Wayback archiving.

sources-sources = Sources
sources-add-source = Add source
sources-no-sources-yet-add-the = No sources yet. Add the pages, documents and data you checked against.
sources-select-a-source-to-edit = Select a source to edit it.
sources-reliability = Reliability
sources-cited-by = Cited by
sources-no-claim-yet = no claim yet
sources-delete-source = Delete source
sources-removes-it-from-every-claim = Removes it from every claim too; Undo brings it back
sources-snapshots = Snapshots
sources-no-snapshot-attach-the-saved = No snapshot: attach the saved page as you saw it.
sources-view = View
sources-show-its-text-in-the = Show its text in the source viewer
sources-add-snapshot = Add snapshot…
sources-attach-a-saved-web-page = Attach a saved web page, PDF, Word document, Markdown or text file as this source's snapshot
sources-show-excerpt-in-snapshot = Show excerpt in snapshot
sources-open-the-snapshot-at-the = Open the snapshot at the excerpt, highlighted
sources-take-excerpt-from-snapshot = Take excerpt from snapshot
sources-open-the-latest-snapshot-select = Open the latest snapshot; select a passage and press Use as excerpt
sources-source-viewer = Source viewer
sources-use-as-excerpt = Use as excerpt
sources-previous-page = Previous page
sources-next-page = Next page
sources-snapshot-text = Snapshot text
sources-archive-all-sources-without-a = Archive all sources without a copy
sources-archive-service = Archive service
sources-an-existing-capture-is-used = An existing capture is used; otherwise a new one is requested (Save Page Now).
sources-start-archiving = Start archiving
sources-could-not-show-the-snapshot = Could not show the snapshot
sources-a-snapshot-is-already-being = A snapshot is already being attached
sources-could-not-attach-the-snapshot = Could not attach the snapshot
sources-add-snapshot-2 = Add snapshot
sources-new-source-from-page = New source from page
sources-the-snapshots-were-not-copied = The snapshots were not copied
sources-archiving-is-already-under-way = Archiving is already under way
sources-archive = Archive
sources-nothing-to-archive-only-sources = Nothing to archive: only sources with an http(s) address can be archived
sources-archiving-was-cancelled-nothing-changed = Archiving was cancelled: nothing changed
sources-asking-the-archive-for-copies = Asking the archive for copies
sources-title = Title
sources-title-of-the-page-or = Title of the page or document
sources-url = URL
sources-publisher = Publisher
sources-site-or-organisation = Site or organisation
sources-author = Author
sources-author-s = Author(s)
sources-date-published = Date published
sources-date-accessed = Date accessed
sources-archived-copy-url = Archived copy URL
sources-no-archived-copy-yet-pages = No archived copy yet: pages change, archive the evidence.
sources-notes = Notes
sources-how-this-source-was-found = How this source was found, caveats…
sources-archived-count = { $count ->
    [one] Archived { $count } source
   *[other] Archived { $count } sources
}
# $count archived, $failed could not be.
sources-archived-some-failed = Archived { $count }, { $failed } failed
sources-archive-needs-web = Only sources with an http(s) address can be archived
sources-archive-hover = Find a Wayback Machine copy of the page, or ask for a new one
sources-new-capture = New capture
sources-new-capture-hover = Ask the Wayback Machine to capture the page as it is now, replacing the archived copy URL
sources-captured-on = captured { $day }
sources-excerpt-anchored = anchored in the snapshot
sources-excerpt-edited = edited since it was anchored
# $kind: what the snapshot is (web page, PDF…); $hash: the start of its SHA-256.
sources-snapshot-of = Snapshot of { $day } · { $kind } · SHA-256 { $hash }… { $file }
sources-excerpt-needs-claim = Open the viewer from a claim's source to take an excerpt
sources-excerpt-needs-selection = Select a passage of the text first
sources-excerpt-hover = Set this passage as the claim's excerpt from this source
sources-characters-selected = { $count ->
    [one] { $count } character selected
   *[other] { $count } characters selected
}
sources-page-of = Page { $page } of { $pages }
sources-untitled = (untitled source)
sources-cited-by-count = { $count ->
    [one] cited by { $count } claim
   *[other] cited by { $count } claims
}
sources-without-copy = { $count ->
    [one] { $count } source without an archived copy.
   *[other] { $count } sources without an archived copy.
}
# $skipped: sources that cannot be archived.
sources-without-copy-and-skipped = { $count ->
    [one] { $count } source without an archived copy ({ $skipped } more have no web address).
   *[other] { $count } sources without an archived copy ({ $skipped } more have no web address).
}
sources-attaching = Attaching { $file }…
sources-attach-internal-error = Attaching stopped on an internal error.
sources-source-deleted-meanwhile = The source was deleted meanwhile.
sources-attached = Attached { $file } as a snapshot
sources-already-attached = { $file } is already a snapshot of this source
sources-claim-deleted-meanwhile = The claim was deleted meanwhile.
sources-new-source-named = New source from the page: { $title }
sources-snapshot-needs-save = Add snapshot: the project is not saved yet
sources-save-first-title = Save the project first?
sources-save-first-body = Snapshots are kept in a folder beside the project file, and this project has not been saved yet. Save it now and the snapshot is attached right after.
sources-snapshot-gone = The source no longer lists that snapshot.
sources-snapshot-read-failed = Reading the snapshot failed.
sources-archive-internal-error = Archiving stopped on an internal error. Nothing changed.
sources-archiving = Archiving
# $done and $total are filled in as the archive answers: keep them.
sources-asking-the-archive-count = Asking the archive for copies: { $done } of { $total } sources
