# The claim list and the claim editor.
# French: docs/i18n/glossary-fr.md (vous; infinitive for buttons and menu items;
# a no-break space U+00A0 before colons, semicolons, question and exclamation marks).

claims-search-claims = Rechercher des affirmations
claims-quote-claim-claimant-tag = citation, affirmation, auteur, étiquette…
claims-verdict = Verdict
claims-status = Statut
claims-all-statuses = Tous les statuts
claims-no-claim-selected = Aucune affirmation sélectionnée
claims-delete = Supprimer…
claims-delete-this-claim-asks-first = Supprimer cette affirmation (demande confirmation)
claims-show-in-article = Afficher dans l'article
claims-not-found-in-the-current = Introuvable dans la version actuelle de l'article : cette citation vient d'une version antérieure.
claims-approved = Validée
claims-correct = Corriger…
claims-sources = Sources
claims-tags = Étiquettes
claims-remove-tag = Retirer l'étiquette
claims-add-tag = ajouter une étiquette
claims-type-a-tag-and-press = Saisissez une étiquette et appuyez sur Enter
claims-show-in-sources = Afficher dans Sources
claims-unlink = Délier
claims-remove-this-source-from-the = Retirer cette source de l'affirmation
claims-open-link = Ouvrir le lien
claims-archived-copy = Copie archivée
claims-stance = Position
claims-choose-a-stance = Choisissez une position…
claims-link = Lier
claims-new-source = Nouvelle source
claims-add-a-source-to-the = Ajouter une source au projet et la lier ici
claims-claim-as-reviewed = Affirmation examinée
claims-a-short-neutral-restatement = Une reformulation courte et neutre
claims-claimant = Auteur de l'affirmation
claims-who-made-the-claim = Qui a fait l'affirmation
claims-claim-date = Date de l'affirmation
claims-conclusion = Conclusion
claims-what-the-evidence-shows-in = Ce que montrent les preuves, en termes simples
claims-rationale = Justification
claims-why-this-verdict-what-the = Pourquoi ce verdict : ce que montrent les sources
claims-excerpt = Extrait
claims-the-passage-of-the-source = Le passage de la source qui concerne l'affirmation
claims-none-yet = Aucune affirmation pour l'instant.
    Sélectionnez un passage de l'article et appuyez sur Marquer une affirmation (Ctrl+M).
# The claim list's name for screen readers; $shown: "2 of 3 claims".
claims-list-name = Affirmations, { $shown } affichées
claims-shown-of-total = { $shown ->
    [one] { $shown } affirmation sur { $total }
   *[other] { $shown } affirmations sur { $total }
}
claims-all-verdicts = Tous les verdicts
claims-unrated = Sans verdict
claims-no-conclusion = Sans conclusion
claims-concluded = Conclues
claims-sources-count = { $count ->
    [one] { $count } source
   *[other] { $count } sources
}
claims-open-comments-count = { $count ->
    [one] { $count } commentaire ouvert
   *[other] { $count } commentaires ouverts
}
claims-row-not-found = Introuvable dans le texte actuel
claims-row-not-found-name = introuvable dans le texte actuel
# A claim row's name for screen readers; the status and counts follow.
claims-row-name = Affirmation { $number } : { $title } — { $verdict }
claims-editor-empty = Cliquez sur un passage surligné dans l'article ou sur une affirmation de la liste.

    Pour ajouter une affirmation, sélectionnez un passage (en faisant glisser, ou avec Shift+flèches) et appuyez sur Marquer une affirmation (Ctrl+M).
claims-editor-heading = Affirmation nº { $number }
# The chip of a claim in a project without a rating scale.
claims-conclusion-chip = Conclusion
# Where the quote sits in the article, in characters.
claims-characters-range = caractères { $start }–{ $end }
# $limit: what ClaimReview readers show in full.
claims-reviewed-too-long = { $count } caractères : pour ClaimReview, restez sous { $limit }
claims-reviewed-length = { $count ->
    [one] { $count } caractère sur { $limit }
   *[other] { $count } caractères sur { $limit }
}
claims-published-locked = Publiée le { $day } : le verdict et la justification ne changent que par une correction.
claims-no-verdict-yet = Aucun verdict choisi pour l'instant.
claims-untitled-source = (source sans titre)
claims-link-a-source = Lier une source…
