# Pourquoi un fichier n'a pas été ajouté à la bibliothèque des vérifications passées.
# $detail est le message du lecteur ou du système, tel quel.

library-why-not-a-file = pas un fichier ordinaire (un tube, un périphérique ou un socket) : non lu
library-why-too-large = plus de { $limit } Mo
library-why-not-utf8 = pas du texte UTF-8
library-why-lines-skipped = { $count ->
    [one] { $count } ligne sans identifiant ni affirmation ignorée
   *[other] { $count } lignes sans identifiant ni affirmation ignorées
}
library-why-no-such-file = fichier ou dossier introuvable
library-why-too-deep = un dossier à plus de { $depth } niveaux de profondeur : non parcouru
library-why-unknown-kind = ni un projet (.ron), ni un ClaimReview (.json, .jsonld, .html), ni un fichier TSV ; utilisez --format tsv pour une liste TSV
library-why-no-claims = le projet n'a aucune affirmation
library-why-no-claimreview = aucun ClaimReview dedans
library-why-no-lines = aucune ligne à ajouter
library-why-as-said = { $detail }
