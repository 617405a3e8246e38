# The window's menu bar, toolbar and keyboard-shortcut list.
# Ellipses (…) mean the entry asks something before it acts.

menu-file = File
menu-file-new-project = New project…
menu-file-open-project = Open project…
menu-file-open-recent = Open recent
menu-file-no-recent = No recent projects
menu-file-open-article = Open article…
menu-file-paste-article = New article from pasted text…
menu-file-import-annotations = Import annotations…
menu-file-save = Save
menu-file-save-as = Save as…
menu-file-export = Export
# $format: the export format's name (HTML report, Markdown, CSV, …).
menu-file-export-format = { $format }…
menu-file-check-before-export = Check before export…
menu-file-quit = Quit

menu-edit = Edit
menu-edit-undo = Undo
# $action: what the last change did, a message of history.ftl ("set verdict").
menu-edit-undo-action = Undo { $action }
menu-edit-redo = Redo
menu-edit-redo-action = Redo { $action }
menu-edit-your-name = Your name…

menu-claims = Claims
menu-claims-mark = Mark claim
menu-claims-next = Next claim
menu-claims-previous = Previous claim

menu-article = Article
menu-article-replace = Replace with new version…

menu-project = Project
menu-project-article-and-organisation = Article and organisation…
menu-project-sources = Sources…
menu-project-archive-all = Archive all sources without a copy…
menu-project-scale = Rating scale…

# The Language menu lists each language in itself (English, Español, 日本語 …).
menu-language = Language

menu-help = Help
menu-help-shortcuts = Keyboard shortcuts…

toolbar-mark-claim = Mark claim
# $shortcut: the key, e.g. Ctrl+M.
toolbar-mark-claim-hover = Mark the selected text as a claim ({ $shortcut })
hint-select-passage-first = Select a passage of the article first
toolbar-previous = Previous
toolbar-previous-hover = Previous claim ({ $shortcut })
toolbar-next = Next
toolbar-next-hover = Next claim ({ $shortcut })
toolbar-undo = Undo
toolbar-nothing-to-undo = Nothing to undo
toolbar-redo = Redo
toolbar-nothing-to-redo = Nothing to redo
toolbar-save = Save
toolbar-save-hover = Save ({ $shortcut })

shortcut-mark-claim = Mark the selected passage as a claim
shortcut-next-previous-claim = Next / previous claim
shortcut-next-previous-pane = Next / previous pane: claim list, article, editor
shortcut-tab-keys = Tab / Shift+Tab
shortcut-next-previous-control = Next / previous control in the pane
shortcut-enter-keys = Enter or Space
shortcut-select-or-press = Select the focused claim row; press the focused button
shortcut-shift-keys = Shift+arrows, Shift+Home/End
shortcut-select-text = Select text in the article (F6 or click into it first)
shortcut-escape-key = Escape
shortcut-cancel-dialog = Cancel a dialog
shortcut-undo-redo = Undo / redo
shortcut-save-save-as = Save / save as
shortcut-open-new = Open / new project
shortcut-suggestion-keys = Up/Down, Enter, Delete
shortcut-suggestions = Suggestions tab: walk, mark, dismiss

# The export formats, as the Export menu and its messages name them.
format-html = HTML report
format-markdown = Markdown report
format-csv = CSV table
format-claimreview = ClaimReview JSON-LD
format-annotations = W3C Web Annotations

# File › Desk: working as a team on one shared git repository.
menu-file-desk = Desk
menu-file-desk-sync = Sync
menu-file-desk-show = Show the desk
menu-file-desk-join = Join a desk…
menu-file-desk-start = Start a desk…
toolbar-sync = Sync
toolbar-sync-hover = Send your changes to the desk and bring in the others' ({ $shortcut })
shortcut-sync = Sync with the desk
