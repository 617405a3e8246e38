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
