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
