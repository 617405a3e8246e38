# Dialogs: new project, pasted article, unsaved changes, the in-app file chooser, progress.
# French: docs/i18n/glossary-fr.md (vous; infinitive for buttons and menu items;
# a no-break space U+00A0 before colons, semicolons, question and exclamation marks).

dialog-rating-scale = Échelle de verdicts
dialog-delete-this-claim = Supprimer cette affirmation ?
dialog-delete-claim = Supprimer l'affirmation
dialog-cancel = Annuler
dialog-new-project = Nouveau projet
dialog-project-title = Titre du projet
dialog-then-open-or-paste-the = Ouvrez ou collez ensuite l'article à vérifier (menu Fichier).
dialog-create = Créer
dialog-new-article-from-pasted-text = Nouvel article à partir d'un texte collé
dialog-headline = Titre
dialog-article-text-paste-with-ctrl = Texte de l'article (collez avec Ctrl+V)
dialog-create-project = Créer le projet
dialog-save-your-changes = Enregistrer les modifications ?
dialog-this-project-has-changes-that = Ce projet contient des modifications non enregistrées. Elles seront perdues si vous continuez sans enregistrer.
dialog-save-changes = Enregistrer les modifications
dialog-don-t-save = Ne pas enregistrer
dialog-save-as = Enregistrer sous…
dialog-recover-unsaved-work = Récupérer le travail non enregistré ?
dialog-restore-opens-it-as-unsaved = Restaurer l'ouvre comme travail non enregistré ; enregistrez-le pour le conserver.
dialog-restore = Restaurer
dialog-discard = Abandonner
dialog-open-this-article = Ouvrir cet article ?
dialog-replace-the-article-with-this = Remplacer l'article par cette version ?
dialog-the-text-is-the-same = Le texte est identique à celui qui a été vérifié.
dialog-claims-not-found-stay-in = Les affirmations introuvables restent dans le projet avec leur ancienne citation. L'ancien texte est conservé dans l'historique du projet. Annuler revient sur le remplacement.
dialog-replace = Remplacer
dialog-keyboard-shortcuts = Raccourcis clavier
dialog-ok = OK
dialog-merge-the-changes-in = Fusionner les modifications
dialog-dismiss = Ignorer
dialog-merge = Fusionner
dialog-overwrite = Écraser
dialog-back = Retour
dialog-folder = Dossier
dialog-up = Dossier parent
dialog-the-folder-that-holds-this = Le dossier qui contient celui-ci
dialog-home = Dossier personnel
dialog-file-name = Nom du fichier
dialog-show-hidden-files = Afficher les fichiers cachés
dialog-no-folders-or-matching-files = Aucun dossier ni fichier correspondant ici
dialog-use-the-reader-view-s = Utiliser le texte du mode lecture
# $name: the project's file name.
dialog-changed-on-disk-banner = { $name } a été modifié sur le disque depuis que vous l'avez ouvert ou enregistré.
dialog-changed-on-disk-heading = { $name } a été modifié sur le disque
dialog-changed-on-disk-body = Quelqu'un l'a enregistré depuis que vous l'avez ouvert (une autre fenêtre, un collègue ou un git pull). Enregistrer maintenant écraserait ses modifications.
dialog-merge-keeps-both = Fusionner garde les deux : ses modifications et les vôtres, chaque champ modifié des deux côtés étant listé sous Conflits.
dialog-whole-page-kept = Tout le texte de la page est conservé ({ $words } mots), menus et commentaires compris
dialog-use-extracted-article = Utiliser l'article extrait
dialog-use-whole-page = Utiliser tout le texte de la page
# $problem: what is short about the extracted text.
dialog-check-whole-new-version = { $problem } : vérifiez qu'il s'agit bien de toute la nouvelle version
dialog-delete-claim-consequence = { $links ->
    [one] Son verdict, sa justification et { $links } lien vers une source disparaissent avec elle. Annuler (Ctrl+Z) la rétablit.
   *[other] Son verdict, sa justification et { $links } liens vers des sources disparaissent avec elle. Annuler (Ctrl+Z) la rétablit.
}
# $name: the project; $when: the copy's time.
dialog-recover-body = { $claims ->
    [one] ClaimDesk a été fermé avant l'enregistrement de « { $name } ». Une copie de récupération du { $when } contient { $claims } affirmation.
   *[other] ClaimDesk a été fermé avant l'enregistrement de « { $name } ». Une copie de récupération du { $when } contient { $claims } affirmations.
}
dialog-no-such-file = Le fichier { $path } n'existe pas
dialog-no-such-folder = Le dossier { $path } n'existe pas
dialog-not-a-folder = { $path } n'est pas un dossier
dialog-replace-existing = { $path } existe déjà. Le remplacer ? Sa version précédente est conservée à côté, en fichier .bak.
# Not plain "Save"/"Open": the toolbar behind the dialog has those names.
dialog-open-file = Ouvrir le fichier
dialog-save-file = Enregistrer le fichier
dialog-choose-this-folder = Choisir ce dossier
# $problem: the folder and the system's reason.
dialog-cannot-read-folder = Impossible de lire { $problem }
