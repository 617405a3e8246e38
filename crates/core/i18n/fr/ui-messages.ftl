# Messages in the status bar and error dialogs: opening, saving, exporting, merging.
# French: docs/i18n/glossary-fr.md (vous; infinitive for buttons and menu items;
# a no-break space U+00A0 before colons, semicolons, question and exclamation marks).

msg-that-passage-is-no-longer = Ce passage ne figure plus dans l'article
msg-undone = Annulé
msg-could-not-undo = Impossible d'annuler
msg-redone = Rétabli
msg-could-not-redo = Impossible de rétablir
msg-new-project-open-or-paste = Nouveau projet : ouvrez ou collez l'article à vérifier (menu Fichier)
msg-could-not-use-the-pasted = Impossible d'utiliser le texte collé
msg-restored-unsaved-work-save-it = Travail non enregistré restauré : enregistrez-le pour le conserver
msg-could-not-open-the-project = Impossible d'ouvrir le projet
msg-could-not-open-the-article = Impossible d'ouvrir l'article
msg-could-not-save = Impossible d'enregistrer
msg-could-not-export = Impossible d'exporter
msg-could-not-merge-the-changes = Impossible de fusionner les modifications présentes sur le disque
msg-merging-was-cancelled-nothing-changed = La fusion a été annulée : rien n'a changé
msg-could-not-resolve-the-conflict = Impossible de résoudre le conflit
msg-an-article-is-being-read = Un article est déjà en cours de lecture : attendez ou annulez
msg-replace-with-new-version = Remplacer par une nouvelle version
msg-reading-the-file-stopped-on = La lecture du fichier s'est arrêtée sur une erreur interne. Rien n'a changé.
msg-annotations-are-being-imported-already = Des annotations sont déjà en cours d'importation : attendez ou annulez
msg-could-not-import-annotations = Impossible d'importer les annotations
msg-importing-annotations-was-cancelled-nothing = L'importation des annotations a été annulée : rien n'a changé
msg-could-not-start-re-anchoring = Impossible de lancer le réancrage des affirmations
msg-replacing-the-article-was-cancelled = Le remplacement de l'article a été annulé : rien n'a changé
msg-could-not-read-the-new = Impossible de lire la nouvelle version
msg-a-file-chooser-is-already = Un sélecteur de fichiers est déjà ouvert
msg-claims = Affirmations
msg-no-article-yet = Pas encore d'article
msg-open-article = Ouvrir un article…
msg-paste-article-text = Coller le texte de l'article…
msg-dismiss-this-message = Ignorer ce message

# File choosers' titles.
pick-open-project = Ouvrir un projet
pick-open-article = Ouvrir un article
pick-new-version = La nouvelle version de l'article
pick-annotations = Annotations à importer (W3C, Hypothesis, ClaimReview)
pick-snapshot = Une page enregistrée, un PDF, un document Word ou un fichier texte à joindre
pick-past-checks = Vérifications passées à ajouter à la bibliothèque (projets, ClaimReview, TSV)
pick-past-checks-folder = Un dossier de vérifications passées à ajouter à la bibliothèque
pick-save-as = Enregistrer le projet sous
pick-export-to = Exporter vers

# An error's text alone, when its title says the rest.
msg-error = { $error }
msg-merge-unreadable = Fusion impossible : le fichier sur le disque est illisible
msg-merge-unreadable-body = { $error }

    Enregistrer sous… conserve votre travail dans un autre fichier.
msg-merging-file = Fusion de { $file }
msg-merging-heading = Fusion des modifications présentes sur le disque…
msg-merging-note = Rien ne change tant que la fusion n'est pas terminée.
msg-merge-internal-error = La fusion s'est arrêtée sur une erreur interne. Rien n'a changé.
msg-merge-project-changed = Le projet a changé pendant la fusion. Rien n'a été fusionné : fusionnez à nouveau.
msg-merged-and-saved = Modifications du disque fusionnées et enregistrées
msg-merged = Modifications du disque fusionnées
msg-merged-with-conflicts = { $count ->
    [one] Modifications du disque fusionnées : { $count } conflit à résoudre (onglet Conflits)
   *[other] Modifications du disque fusionnées : { $count } conflits à résoudre (onglet Conflits)
}
# $place: the conflict's field in words.
msg-resolved = Résolu : { $place }
msg-opened = Ouvert : { $path }
msg-opened-article = Article ouvert : enregistrez-le comme projet pour conserver votre travail
msg-saved = Enregistré : { $path }
# $format: "HTML report"; $approved of $total claims.
msg-exported-draft = { $approved ->
    [one] BROUILLON exporté ({ $format }) vers { $path } : { $approved } affirmation validée sur { $total } ; rien n'est publié tant que vous n'avez pas enregistré la publication
   *[other] BROUILLON exporté ({ $format }) vers { $path } : { $approved } affirmations validées sur { $total } ; rien n'est publié tant que vous n'avez pas enregistré la publication
}
msg-exported = Exporté vers { $path } ({ $format })
msg-you-are = Vous signez en tant que { $name }

# Progress dialogs. $done and $total are filled in as the work counts: keep them.
msg-reading-file = Lecture de { $file }
msg-reading-file-pages = Lecture de { $file } : page { $done } sur { $total }
msg-anchoring-file = Ancrage de { $file } : { $done } sur { $total }
msg-reanchoring-file = Réancrage des affirmations dans { $file } : { $done } sur { $total }
msg-importing-annotations = Importation des annotations…
msg-import-internal-error = la lecture du fichier s'est arrêtée sur une erreur interne
msg-import-project-changed = Le projet a changé pendant la lecture des annotations. Rien n'a été importé : importez le fichier à nouveau.
msg-import-failed-body = { $path } : { $error }. Rien n'a changé.
msg-annotations-imported = Annotations importées
msg-reading-new-version = Lecture de la nouvelle version…
msg-opening-article = Ouverture de l'article…
msg-replacing-cancelled = Le remplacement de l'article a été annulé : rien n'a changé
msg-opening-cancelled = L'ouverture de l'article a été annulée : rien n'a changé
msg-replace-project-changed-reading = Le projet a changé pendant la lecture de la nouvelle version. Rien n'a été remplacé : réessayez.
msg-replacing-heading = Remplacement par la nouvelle version…
msg-replacing-note = Rien ne change tant que vous n'avez pas examiné le résultat.
msg-replace-project-changed = Le projet a changé pendant le réancrage des affirmations. Rien n'a été remplacé : réessayez.
msg-reanchor-internal-error = Le réancrage s'est arrêté sur une erreur interne. Rien n'a été remplacé.
# Typing while no field has the keyboard: the hint starts with the first message.
msg-lost-typing-start = Saisie hors de tout champ
msg-lost-typing = « { $typed } ». Cliquez dans un champ (ou appuyez sur Tab pour en atteindre un), puis saisissez à nouveau.
msg-recovery-write-failed = Impossible d'écrire la copie de récupération : { $error }
msg-could-not-apply = Impossible d'appliquer la modification : { $error }
# The system file chooser's filters.
pick-filter-project = Projet ClaimDesk
pick-filter-article = Article
pick-filter-annotations = Annotations
pick-filter-past-checks = Vérifications passées
pick-filter-all-files = Tous les fichiers

# Notes on an opened article file (shown after "Opened the article…").
note-no-title = Aucun titre trouvé : le nom du fichier est utilisé
note-title-first-line = Le titre est la première ligne du document
note-no-date = Aucune date de publication trouvée dans la page
note-markdown-html = Le HTML contenu dans le Markdown a été ignoré
note-read-as-web-page = Le fichier contient une page web : il a été lu comme telle
