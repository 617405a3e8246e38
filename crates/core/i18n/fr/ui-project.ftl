# The Article tab (article and organisation) and the Scale tab.
# French: docs/i18n/glossary-fr.md (vous; infinitive for buttons and menu items;
# a no-break space U+00A0 before colons, semicolons, question and exclamation marks).

project-project = Projet
project-article = Article
project-publishing-organisation = Organisation qui publie
project-project-activity = Activité du projet
project-nothing-yet-name-changes-and = Rien pour l'instant : les changements de nom et les publications apparaissent ici.
project-rating-scale = Échelle de verdicts
project-changing-the-scale-clears-verdicts = Changer d'échelle efface les verdicts qu'elle ne contient plus ; Annuler les rétablit.
project-each-claim-gets-a-plain = Chaque affirmation reçoit une conclusion en langage courant plutôt qu'un verdict.
project-highlight-colour = Couleur de surlignage
project-label = Libellé
project-remove-verdict = Retirer le verdict
project-down = Descendre
project-move-down = Déplacer vers le bas
project-up = Monter
project-move-up = Déplacer vers le haut
project-description = Description
project-has-a-place-on-the = A une place sur l'axe de la vérité (plus haut, plus vrai)
project-add-verdict = Ajouter un verdict
project-project-title = Titre du projet
project-name-of-this-fact-check = Nom de cette vérification
project-headline = Titre
project-the-article-s-title = Le titre de l'article
project-outlet = Média
project-publication = Publication
project-author = Auteur
project-byline = Signature
project-article-url = URL de l'article
project-date-published = Date de publication
project-date-retrieved = Date de consultation
project-organisation = Organisation
project-who-publishes-the-fact-check = Qui publie la vérification
project-organisation-url = URL de l'organisation
project-review-url = URL de la vérification
project-reviewer = Vérificateur
project-fact-checker-s-name = Nom du vérificateur
project-scale-name = Nom de l'échelle
# Under the article's fields; $sha256: the start of the text's SHA-256 digest.
project-article-size = { $characters ->
    [one] { $characters } caractère
   *[other] { $characters } caractères
} · { $words ->
    [one] { $words } mot
   *[other] { $words } mots
} · SHA-256 { $sha256 }…
project-replace-with-preset = Remplacer par une échelle prédéfinie…
project-verdicts-from-a-scale = Verdicts d'une échelle
project-conclusion-only = Conclusion seule
# A verdict without a label, by its place in the scale.
project-verdict-number = verdict { $number }
# Names for screen readers; $verdict: "“False”" or "verdict 3".
project-colour-of = Couleur de { $verdict }
project-remove-name = Retirer { $verdict }
project-down-name = Descendre : déplacer { $verdict } vers le bas
project-up-name = Monter : déplacer { $verdict } vers le haut
project-value = valeur
project-value-of = Valeur de { $verdict }
# The label of a verdict just added to the scale.
project-new-verdict = Nouveau verdict

# The project's report language (the Article tab).
project-report-language = Langue du rapport
project-report-language-window = Identique à la fenêtre
