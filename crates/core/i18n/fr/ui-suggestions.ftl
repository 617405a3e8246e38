# The Suggestions tab (sentences worth checking).
# French: docs/i18n/glossary-fr.md (vous; infinitive for buttons and menu items;
# a no-break space U+00A0 before colons, semicolons, question and exclamation marks).

suggest-default = Par défaut
suggest-show-every-dismissed-suggestion-again = Réafficher toutes les suggestions écartées
suggest-mark-as-claim = Marquer comme affirmation
suggest-enter-the-sentence-or-the = Enter : la phrase, ou la partie sélectionnée dans l'article
suggest-dismiss = Écarter
suggest-delete-never-suggest-this-sentence = Delete : ne plus jamais suggérer cette phrase dans ce projet
suggest-up-down-walk-enter-mark = Up/Down parcourir · Enter marquer · Delete écarter
suggest-no-sentence-passes-the-threshold = Aucune phrase ne dépasse le seuil.
suggest-scoring-cancelled-open-the-suggestions = Calcul des scores annulé : rouvrez l'onglet Suggestions pour le relancer
suggest-threshold = Seuil
suggest-summary = Suggérées : { $suggested } sur { $total ->
    [one] { $total } phrase
   *[other] { $total } phrases
} ; traitées : { $done } ; écartées : { $dismissed }
suggest-restore-dismissed = Rétablir les écartées ({ $count })
# The list's name for screen readers.
suggest-list-name = Phrases suggérées
# Under a score: the sentence is already a claim.
suggest-done = traitée
# A row's name for screen readers; $score: "0.93".
suggest-row-name = Suggestion { $number }, score { $score } : { $sentence }
suggest-row-name-done = Suggestion { $number }, score { $score }, traitée : { $sentence }
suggest-explained = Phrases classées selon l'intérêt de les vérifier d'après un modèle entraîné sur des débats politiques américains (CLEF CheckThat! 2024). Une suggestion, pas un verdict.
suggest-not-english = Cet article ne semble pas être en anglais. Le modèle a été entraîné sur des débats en anglais : ses scores ne sont ici qu'une indication, et une phrase qu'il classe bas peut tout de même mériter une vérification.
suggest-internal-error = Le calcul des scores s'est arrêté sur une erreur interne.
suggest-model-unreadable = Impossible de lire le modèle de tri : { $error }
suggest-could-not-start = Impossible de lancer le calcul des scores : { $error }
suggest-scoring = Calcul des scores des phrases de l'article…
suggest-cancelled = Le calcul des scores a été annulé. Choisissez un autre onglet et revenez pour le relancer.
