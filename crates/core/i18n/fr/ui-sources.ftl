# The Sources tab, snapshots, the source viewer and Wayback archiving.
# French: docs/i18n/glossary-fr.md (vous; infinitive for buttons and menu items;
# a no-break space U+00A0 before colons, semicolons, question and exclamation marks).

sources-sources = Sources
sources-add-source = Ajouter une source
sources-no-sources-yet-add-the = Aucune source pour l'instant. Ajoutez les pages, documents et données auxquels vous avez confronté l'affirmation.
sources-select-a-source-to-edit = Sélectionnez une source pour la modifier.
sources-reliability = Fiabilité
sources-cited-by = Citée par
sources-no-claim-yet = aucune affirmation pour l'instant
sources-delete-source = Supprimer la source
sources-removes-it-from-every-claim = La retire aussi de toutes les affirmations ; Annuler la rétablit
sources-snapshots = Captures
sources-no-snapshot-attach-the-saved = Aucune capture : joignez la page enregistrée telle que vous l'avez vue.
sources-view = Afficher
sources-show-its-text-in-the = Afficher son texte dans la visionneuse de sources
sources-add-snapshot = Ajouter une capture…
sources-attach-a-saved-web-page = Joindre une page web enregistrée, un PDF, un document Word ou un fichier Markdown ou texte comme capture de cette source
sources-show-excerpt-in-snapshot = Afficher l'extrait dans la capture
sources-open-the-snapshot-at-the = Ouvrir la capture à l'extrait, surligné
sources-take-excerpt-from-snapshot = Prendre l'extrait dans la capture
sources-open-the-latest-snapshot-select = Ouvrir la dernière capture ; sélectionnez un passage et appuyez sur Utiliser comme extrait
sources-source-viewer = Visionneuse de sources
sources-use-as-excerpt = Utiliser comme extrait
sources-previous-page = Page précédente
sources-next-page = Page suivante
sources-snapshot-text = Texte de la capture
sources-archive-all-sources-without-a = Archiver toutes les sources sans copie
sources-archive-service = Service d'archivage
sources-an-existing-capture-is-used = Une copie existante est utilisée ; sinon, une nouvelle est demandée (Save Page Now).
sources-start-archiving = Lancer l'archivage
sources-could-not-show-the-snapshot = Impossible d'afficher la capture
sources-a-snapshot-is-already-being = Une capture est déjà en cours d'ajout
sources-could-not-attach-the-snapshot = Impossible de joindre la capture
sources-add-snapshot-2 = Ajouter une capture
sources-new-source-from-page = Nouvelle source à partir d'une page
sources-the-snapshots-were-not-copied = Les captures n'ont pas été copiées
sources-archiving-is-already-under-way = L'archivage est déjà en cours
sources-archive = Archiver
sources-nothing-to-archive-only-sources = Rien à archiver : seules les sources avec une adresse http(s) peuvent être archivées
sources-archiving-was-cancelled-nothing-changed = L'archivage a été annulé : rien n'a changé
sources-asking-the-archive-for-copies = Demande de copies à l'archive
sources-title = Titre
sources-title-of-the-page-or = Titre de la page ou du document
sources-url = URL
sources-publisher = Éditeur
sources-site-or-organisation = Site ou organisation
sources-author = Auteur
sources-author-s = Auteur(s)
sources-date-published = Date de publication
sources-date-accessed = Date de consultation
sources-archived-copy-url = URL de la copie archivée
sources-no-archived-copy-yet-pages = Pas encore de copie archivée : les pages changent, archivez les preuves.
sources-notes = Notes
sources-how-this-source-was-found = Comment cette source a été trouvée, réserves…
sources-archived-count = { $count ->
    [one] { $count } source archivée
   *[other] { $count } sources archivées
}
# $count archived, $failed could not be.
sources-archived-some-failed = Archivées : { $count } ; échecs : { $failed }
sources-archive-needs-web = Seules les sources avec une adresse http(s) peuvent être archivées
sources-archive-hover = Chercher une copie de la page dans la Wayback Machine, ou en demander une nouvelle
sources-new-capture = Nouvelle capture
sources-new-capture-hover = Demander à la Wayback Machine de capturer la page telle qu'elle est maintenant, à la place de l'URL de la copie archivée
sources-captured-on = capturée le { $day }
sources-excerpt-anchored = ancré dans la capture
sources-excerpt-edited = modifié depuis son ancrage
# $kind: what the snapshot is (web page, PDF…); $hash: the start of its SHA-256.
sources-snapshot-of = Capture du { $day } · { $kind } · SHA-256 { $hash }… { $file }
sources-excerpt-needs-claim = Ouvrez la visionneuse depuis la source d'une affirmation pour prendre un extrait
sources-excerpt-needs-selection = Sélectionnez d'abord un passage du texte
sources-excerpt-hover = Utiliser ce passage comme extrait de cette source pour l'affirmation
sources-characters-selected = { $count ->
    [one] { $count } caractère sélectionné
   *[other] { $count } caractères sélectionnés
}
sources-page-of = Page { $page } sur { $pages }
sources-untitled = (source sans titre)
sources-cited-by-count = { $count ->
    [one] citée par { $count } affirmation
   *[other] citée par { $count } affirmations
}
sources-without-copy = { $count ->
    [one] { $count } source sans copie archivée.
   *[other] { $count } sources sans copie archivée.
}
# $skipped: sources that cannot be archived.
sources-without-copy-and-skipped = { $count ->
    [one] { $count } source sans copie archivée ({ $skipped } autres n'ont pas d'adresse web).
   *[other] { $count } sources sans copie archivée ({ $skipped } autres n'ont pas d'adresse web).
}
sources-attaching = Ajout de { $file }…
sources-attach-internal-error = L'ajout s'est arrêté sur une erreur interne.
sources-source-deleted-meanwhile = Entre-temps, la source a été supprimée.
sources-attached = { $file } joint comme capture
sources-already-attached = { $file } est déjà une capture de cette source
sources-claim-deleted-meanwhile = Entre-temps, l'affirmation a été supprimée.
sources-new-source-named = Nouvelle source à partir de la page : { $title }
sources-snapshot-needs-save = Ajouter une capture : le projet n'est pas encore enregistré
sources-save-first-title = Enregistrer d'abord le projet ?
sources-save-first-body = Les captures sont conservées dans un dossier à côté du fichier du projet, et ce projet n'a pas encore été enregistré. Enregistrez-le maintenant et la capture sera jointe juste après.
sources-snapshot-gone = La source ne comporte plus cette capture.
sources-snapshot-read-failed = La lecture de la capture a échoué.
sources-archive-internal-error = L'archivage s'est arrêté sur une erreur interne. Rien n'a changé.
sources-archiving = Archivage
# $done and $total are filled in as the archive answers: keep them.
sources-asking-the-archive-count = Demande de copies à l'archive : { $done } sources sur { $total }
