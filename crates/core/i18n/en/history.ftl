# The names of undo steps, in the Edit menu and the toolbar's tooltips:
# "Undo { $action }" (menu-edit-undo-action) with one of these as $action.
# Lower case in English because they follow "Undo"/"Redo"; a language that
# words them as nouns or in brackets does so here.

history-add-claim = add claim
history-delete-claim = delete claim
history-edit-claim = edit claim
history-approve-claim = approve claim
history-add-source = add source
history-delete-source = delete source
history-edit-source = edit source
history-edit-project-title = edit project title
history-edit-article-details = edit article details
history-edit-settings = edit settings
history-edit-scale = edit rating scale
history-replace-article = replace article
history-edit-corrections = edit corrections log
history-note-activity = note in the project's activity
history-resolve-conflict = resolve conflict
history-dismiss-suggestion = dismiss suggestion
history-restore-suggestions = restore suggestions
history-merge-changes = merge changes
history-nothing = nothing
history-import-annotations = import annotations

## Review steps

history-mark-ready = mark ready for review
history-return-claim = return claim
history-add-comment = add comment
history-resolve-comment = resolve comment
history-reopen-comment = reopen comment
history-correct-claim = correct claim
history-record-publication = record publication
history-change-your-name = change your name

## One field of a claim

history-edit-span = edit span
history-edit-claim-reviewed = edit claim as reviewed
history-edit-claimant = edit claimant
history-edit-claim-date = edit claim date
history-set-status = set status
history-set-verdict = set verdict
history-edit-conclusion = edit conclusion
history-edit-rationale = edit rationale
history-edit-tags = edit tags
history-edit-sources = edit sources
history-edit-excerpt = edit excerpt

## One field of a source

history-edit-source-title = edit title
history-edit-url = edit URL
history-edit-publisher = edit publisher
history-edit-author = edit author
history-edit-date-published = edit date published
history-edit-date-accessed = edit date accessed
history-edit-archived-url = edit archived URL
history-edit-snapshots = edit snapshots
history-set-reliability = set reliability
history-edit-notes = edit notes

## One field of the article or the project's settings

history-edit-article-title = edit article title
history-edit-outlet = edit outlet
history-edit-article-url = edit article URL
history-edit-date-retrieved = edit date retrieved
history-edit-organisation = edit organisation
history-edit-organisation-url = edit organisation URL
history-edit-review-url = edit review URL
history-edit-reviewer = edit reviewer
history-edit-publish-approved-only = edit publish approved claims only
history-set-report-language = set report language
# A field without a name of its own: $field, its name in the data.
history-edit-field = edit { $field }
