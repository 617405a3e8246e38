# Dialogs: new project, pasted article, unsaved changes, the in-app file chooser, progress.

dialog-rating-scale = Rating scale
dialog-delete-this-claim = Delete this claim?
dialog-delete-claim = Delete claim
dialog-cancel = Cancel
dialog-new-project = New project
dialog-project-title = Project title
dialog-then-open-or-paste-the = Then open or paste the article to check (File menu).
dialog-create = Create
dialog-new-article-from-pasted-text = New article from pasted text
dialog-headline = Headline
dialog-article-text-paste-with-ctrl = Article text (paste with Ctrl+V)
dialog-create-project = Create project
dialog-save-your-changes = Save your changes?
dialog-this-project-has-changes-that = This project has changes that are not saved. They will be lost if you go on without saving.
dialog-save-changes = Save changes
dialog-don-t-save = Don't save
dialog-save-as = Save as…
dialog-recover-unsaved-work = Recover unsaved work?
dialog-restore-opens-it-as-unsaved = Restore opens it as unsaved work; save it to keep it.
dialog-restore = Restore
dialog-discard = Discard
dialog-open-this-article = Open this article?
dialog-replace-the-article-with-this = Replace the article with this version?
dialog-the-text-is-the-same = The text is the same as the one checked.
dialog-claims-not-found-stay-in = Claims not found stay in the project with their old quote. The old text is kept in the project's history. Undo reverses the replacement.
dialog-replace = Replace
dialog-keyboard-shortcuts = Keyboard shortcuts
dialog-ok = OK
dialog-merge-the-changes-in = Merge the changes in
dialog-dismiss = Dismiss
dialog-merge = Merge
dialog-overwrite = Overwrite
dialog-back = Back
dialog-folder = Folder
dialog-up = Up
dialog-the-folder-that-holds-this = The folder that holds this one
dialog-home = Home
dialog-file-name = File name
dialog-show-hidden-files = Show hidden files
dialog-no-folders-or-matching-files = No folders or matching files here
dialog-use-the-reader-view-s = Use the reader view's text
# $name: the project's file name.
dialog-changed-on-disk-banner = { $name } was changed on disk since you opened or saved it.
dialog-changed-on-disk-heading = { $name } changed on disk
dialog-changed-on-disk-body = Someone saved it since you opened it (another window, a colleague, or a git pull). Saving now would overwrite their changes.
dialog-merge-keeps-both = Merge keeps both: their changes and yours, with any field you both changed listed under Conflicts.
dialog-whole-page-kept = The whole page text is kept ({ $words } words), menus and comments included
dialog-use-extracted-article = Use the extracted article
dialog-use-whole-page = Use whole page text
# $problem: what is short about the extracted text.
dialog-check-whole-new-version = { $problem }: check that this is the whole new version
dialog-delete-claim-consequence = { $links ->
    [one] Its verdict, rationale and { $links } source link go with it. Undo (Ctrl+Z) brings it back.
   *[other] Its verdict, rationale and { $links } source links go with it. Undo (Ctrl+Z) brings it back.
}
# $name: the project; $when: the copy's time.
dialog-recover-body = { $claims ->
    [one] ClaimDesk was closed before “{ $name }” was saved. A recovery copy from { $when } holds { $claims } claim.
   *[other] ClaimDesk was closed before “{ $name }” was saved. A recovery copy from { $when } holds { $claims } claims.
}
dialog-no-such-file = There is no file { $path }
dialog-no-such-folder = The folder { $path } does not exist
dialog-not-a-folder = { $path } is not a folder
dialog-replace-existing = { $path } already exists. Replace it? Its previous version is kept as a .bak file beside it.
# Not plain "Save"/"Open": the toolbar behind the dialog has those names.
dialog-open-file = Open file
dialog-save-file = Save file
dialog-choose-this-folder = Choose this folder
# $problem: the folder and the system's reason.
dialog-cannot-read-folder = Could not read { $problem }
