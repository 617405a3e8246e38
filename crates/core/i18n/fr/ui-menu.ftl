# The window's menu bar, toolbar and keyboard-shortcut list.
# Ellipses (…) mean the entry asks something before it acts.
# French: docs/i18n/glossary-fr.md (vous; infinitive for buttons and menu items;
# a no-break space U+00A0 before colons, semicolons, question and exclamation marks).

menu-file = Fichier
menu-file-new-project = Nouveau projet…
menu-file-open-project = Ouvrir un projet…
menu-file-open-recent = Ouvrir un projet récent
menu-file-no-recent = Aucun projet récent
menu-file-open-article = Ouvrir un article…
menu-file-paste-article = Nouvel article à partir d'un texte collé…
menu-file-import-annotations = Importer des annotations…
menu-file-save = Enregistrer
menu-file-save-as = Enregistrer sous…
menu-file-export = Exporter
# $format: the export format's name (HTML report, Markdown, CSV, …).
menu-file-export-format = { $format }…
menu-file-check-before-export = Contrôler avant l'export…
menu-file-quit = Quitter

menu-edit = Édition
menu-edit-undo = Annuler
# $action: what the last change did, e.g. "typing in Rationale".
menu-edit-undo-action = Annuler : { $action }
menu-edit-redo = Rétablir
menu-edit-redo-action = Rétablir : { $action }
menu-edit-your-name = Votre nom…

menu-claims = Affirmations
menu-claims-mark = Marquer une affirmation
menu-claims-next = Affirmation suivante
menu-claims-previous = Affirmation précédente

menu-article = Article
menu-article-replace = Remplacer par une nouvelle version…

menu-project = Projet
menu-project-article-and-organisation = Article et organisation…
menu-project-sources = Sources…
menu-project-archive-all = Archiver toutes les sources sans copie…
menu-project-scale = Échelle de verdicts…

# The Language menu lists each language in itself (English, Español, 日本語 …).
menu-language = Langue

menu-help = Aide
menu-help-shortcuts = Raccourcis clavier…

toolbar-mark-claim = Marquer une affirmation
# $shortcut: the key, e.g. Ctrl+M.
toolbar-mark-claim-hover = Marquer le texte sélectionné comme affirmation ({ $shortcut })
hint-select-passage-first = Sélectionnez d'abord un passage de l'article
toolbar-previous = Précédente
toolbar-previous-hover = Affirmation précédente ({ $shortcut })
toolbar-next = Suivante
toolbar-next-hover = Affirmation suivante ({ $shortcut })
toolbar-undo = Annuler
toolbar-nothing-to-undo = Rien à annuler
toolbar-redo = Rétablir
toolbar-nothing-to-redo = Rien à rétablir
toolbar-save = Enregistrer
toolbar-save-hover = Enregistrer ({ $shortcut })

shortcut-mark-claim = Marquer le passage sélectionné comme affirmation
shortcut-next-previous-claim = Affirmation suivante / précédente
shortcut-next-previous-pane = Panneau suivant / précédent : liste des affirmations, article, panneau d'édition
shortcut-tab-keys = Tab / Shift+Tab
shortcut-next-previous-control = Contrôle suivant / précédent du panneau
shortcut-enter-keys = Enter ou Space
shortcut-select-or-press = Sélectionner la ligne d'affirmation active ; appuyer sur le bouton actif
shortcut-shift-keys = Shift+flèches, Shift+Home/End
shortcut-select-text = Sélectionner du texte dans l'article (d'abord F6 ou un clic dedans)
shortcut-escape-key = Escape
shortcut-cancel-dialog = Annuler une boîte de dialogue
shortcut-undo-redo = Annuler / rétablir
shortcut-save-save-as = Enregistrer / enregistrer sous
shortcut-open-new = Ouvrir / nouveau projet
shortcut-suggestion-keys = Up/Down, Enter, Delete
shortcut-suggestions = Onglet Suggestions : parcourir, marquer, écarter

# The export formats, as the Export menu and its messages name them.
format-html = Rapport HTML
format-markdown = Rapport Markdown
format-csv = Tableau CSV
format-claimreview = ClaimReview JSON-LD
format-annotations = Annotations web W3C

# File › Desk: working as a team on one shared git repository.
menu-file-desk = Rédaction
menu-file-desk-sync = Synchroniser
menu-file-desk-show = Afficher la rédaction
menu-file-desk-join = Rejoindre une rédaction…
menu-file-desk-start = Créer une rédaction…
toolbar-sync = Synchroniser
toolbar-sync-hover = Envoyer vos modifications à la rédaction et récupérer celles des autres ({ $shortcut })
shortcut-sync = Synchroniser avec la rédaction
