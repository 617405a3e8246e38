# Les noms des étapes que l'on peut annuler, dans le menu Édition et les
# infobulles de la barre d'outils : « Annuler : { $action } ».

history-add-claim = Ajouter une affirmation
history-delete-claim = Supprimer une affirmation
history-edit-claim = Modifier l'affirmation
history-approve-claim = Valider l'affirmation
history-add-source = Ajouter une source
history-delete-source = Supprimer une source
history-edit-source = Modifier la source
history-edit-project-title = Modifier le titre du projet
history-edit-article-details = Modifier les informations de l'article
history-edit-settings = Modifier les réglages
history-edit-scale = Modifier l'échelle de verdicts
history-replace-article = Remplacer l'article
history-edit-corrections = Modifier le journal des corrections
history-note-activity = Noter dans l'activité du projet
history-resolve-conflict = Résoudre le conflit
history-dismiss-suggestion = Écarter la suggestion
history-restore-suggestions = Rétablir les suggestions
history-merge-changes = Fusionner les modifications
history-nothing = Rien
history-import-annotations = Importer des annotations

## Étapes de la relecture

history-mark-ready = Marquer prête pour relecture
history-return-claim = Renvoyer l'affirmation
history-add-comment = Ajouter un commentaire
history-resolve-comment = Résoudre le commentaire
history-reopen-comment = Rouvrir le commentaire
history-correct-claim = Corriger l'affirmation
history-record-publication = Enregistrer la publication
history-change-your-name = Changer votre nom

## Un champ d'une affirmation

history-edit-span = Déplacer le passage marqué
history-edit-claim-reviewed = Modifier l'affirmation examinée
history-edit-claimant = Modifier l'auteur de l'affirmation
history-edit-claim-date = Modifier la date de l'affirmation
history-set-status = Changer le statut
history-set-verdict = Changer le verdict
history-edit-conclusion = Modifier la conclusion
history-edit-rationale = Modifier la justification
history-edit-tags = Modifier les étiquettes
history-edit-sources = Modifier les sources
history-edit-excerpt = Modifier l'extrait

## Un champ d'une source

history-edit-source-title = Modifier le titre
history-edit-url = Modifier l'URL
history-edit-publisher = Modifier l'éditeur
history-edit-author = Modifier l'auteur
history-edit-date-published = Modifier la date de publication
history-edit-date-accessed = Modifier la date de consultation
history-edit-archived-url = Modifier l'URL archivée
history-edit-snapshots = Modifier les captures
history-set-reliability = Changer la fiabilité
history-edit-notes = Modifier les notes

## Un champ de l'article ou des réglages du projet

history-edit-article-title = Modifier le titre de l'article
history-edit-outlet = Modifier le média
history-edit-article-url = Modifier l'URL de l'article
history-edit-date-retrieved = Modifier la date de consultation de l'article
history-edit-organisation = Modifier l'organisation
history-edit-organisation-url = Modifier l'URL de l'organisation
history-edit-review-url = Modifier l'URL de la vérification
history-edit-reviewer = Modifier le vérificateur
history-edit-publish-approved-only = Changer « Publier uniquement les affirmations validées »
history-set-report-language = Changer la langue du rapport
history-edit-field = Modifier { $field }
