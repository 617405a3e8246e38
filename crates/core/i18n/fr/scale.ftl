# The rating-scale presets: each preset's name, and each verdict's label and
# what it means. A new project takes them in the window's language; a
# project keeps the words it was made with (they are stored in its file).
# Use the words fact-checkers publishing in the language use for their
# ratings (see the language's glossary).
# French: docs/i18n/glossary-fr.md (labels as French fact-checkers publish them).

scale-preset-truth = Échelle de véracité en six niveaux
scale-preset-snopes = Échelle à la Snopes
scale-preset-short = Échelle courte
scale-preset-conclusion-only = Conclusion seule (sans échelle)

## Six-step truth scale

scale-truth-true = Vrai
scale-truth-true-description = L'affirmation est exacte et rien d'important n'y manque.
scale-truth-mostly-true = Plutôt vrai
scale-truth-mostly-true-description = L'affirmation est exacte, mais demande des précisions ou des informations complémentaires.
scale-truth-half-true = À moitié vrai
scale-truth-half-true-description = L'affirmation est en partie exacte, mais omet des détails importants ou sort les faits de leur contexte.
scale-truth-mostly-false = Plutôt faux
scale-truth-mostly-false-description = L'affirmation contient une part de vérité, mais ignore des faits essentiels qui donneraient une autre impression.
scale-truth-false = Faux
scale-truth-false-description = L'affirmation n'est pas exacte.
scale-truth-pants-on-fire = Faux et absurde
scale-truth-pants-on-fire-description = L'affirmation n'est pas exacte et avance quelque chose de ridicule.

## Snopes-style scale

scale-snopes-true = Vrai
scale-snopes-true-description = Les éléments principaux de l'affirmation sont vrais, preuves à l'appui.
scale-snopes-mostly-true = Plutôt vrai
scale-snopes-mostly-true-description = Les éléments principaux sont vrais, mais certains détails sont inexacts ou manquent.
scale-snopes-mixture = Mitigé
scale-snopes-mixture-description = L'affirmation comporte des éléments importants à la fois vrais et faux.
scale-snopes-mostly-false = Plutôt faux
scale-snopes-mostly-false-description = Les éléments principaux sont faux, même si certains détails sont exacts.
scale-snopes-false = Faux
scale-snopes-false-description = Les éléments principaux de l'affirmation sont faux, preuves à l'appui.
scale-snopes-unproven = Non démontré
scale-snopes-unproven-description = Les preuves manquent pour établir si l'affirmation est vraie ou fausse.
scale-snopes-outdated = Dépassé
scale-snopes-outdated-description = L'affirmation a été exacte, mais ne l'est plus.
scale-snopes-miscaptioned = Légende erronée
scale-snopes-miscaptioned-description = Une vraie photo ou une vraie vidéo est présentée avec une description fausse de ce qu'elle montre.

## Short scale

scale-short-accurate = Exact
scale-short-accurate-description = L'affirmation est correcte.
scale-short-misleading = Trompeur
scale-short-misleading-description = L'affirmation contient des faits, mais donne une fausse impression.
scale-short-false = Faux
scale-short-false-description = L'affirmation est erronée.
scale-short-unverifiable = Invérifiable
scale-short-unverifiable-description = Les preuves disponibles ne permettent pas de trancher.
