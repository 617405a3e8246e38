# Fichier › Importer des annotations… : ce qu'a fait l'import.

annotations-format-w3c = W3C Web Annotations
annotations-format-hypothesis = export Hypothesis
annotations-format-claimreview = ClaimReview
annotations-imported = { $count ->
    [one] { $count } affirmation importée ({ $format }) : { $outcomes }
   *[other] { $count } affirmations importées ({ $format }) : { $outcomes }
}
annotations-anchored = { $count ->
    [one] { $count } ancrée
   *[other] { $count } ancrées
}
annotations-moved = { $count ->
    [one] { $count } déplacée
   *[other] { $count } déplacées
}
annotations-orphaned = { $count ->
    [one] { $count } introuvable
   *[other] { $count } introuvables
}
annotations-already-present = { $count ->
    [one] { $count } déjà présente
   *[other] { $count } déjà présentes
}
annotations-skipped = { $count ->
    [one] { $count } ignorée
   *[other] { $count } ignorées
}

## Une ligne par annotation à regarder

annotations-wording-differs = formulation différente : « { $quote } »
annotations-not-found = introuvable : « { $quote } »
annotations-skipped-entry = ignoré : { $why }
annotations-unknown-verdict = le verdict « { $verdict } » n'est pas dans l'échelle du projet : laissé sans verdict

## Pourquoi une entrée a été ignorée

annotations-skipped-reply = ligne { $number } : une réponse
annotations-skipped-page-note = ligne { $number } : une note de page
annotations-skipped-no-quote = ligne { $number } : aucune citation du texte à ancrer
annotations-skipped-not-annotation = élément { $number } : pas une annotation
annotations-skipped-excerpt = élément { $number } : un extrait d'une source, pas une affirmation
annotations-skipped-item-no-quote = élément { $number } : aucune citation du texte à ancrer
annotations-skipped-no-claim-reviewed = ClaimReview { $number } : pas de claimReviewed

## Pourquoi un fichier n'a pas pu être importé

annotations-error-read = impossible de lire le fichier : { $detail }
annotations-error-too-large = le fichier fait { $size } Mo ; les fichiers d'annotations de plus de { $limit } Mo ne sont pas importés
annotations-error-not-json = pas un fichier JSON d'annotations : { $detail }
annotations-error-too-deep = le JSON est trop profondément imbriqué pour des annotations (plus de 128 niveaux)
annotations-error-too-many = le fichier contient { $count } annotations ; { $max } au plus sont importées à la fois
annotations-error-nothing = aucune annotation trouvée : W3C Web Annotations (JSON-LD), un export Hypothesis ou du ClaimReview JSON-LD étaient attendus
