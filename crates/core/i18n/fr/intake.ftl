# Ouvrir un fichier d'article : les lignes de l'aperçu, les types de fichier
# et les notes sur ce qui a été fait.

## L'aperçu d'un article ouvert

preview-read-as = Lu comme
preview-title = Titre
preview-outlet = Média
preview-author = Auteur
preview-published = Publié
preview-url = URL
preview-characters = Caractères
preview-paragraphs = Paragraphes
preview-note = Note
preview-not-found = (introuvable)

## Comme quoi le fichier a été lu

article-format-text = texte
article-format-markdown = Markdown
article-format-web-page = page web
article-format-subrip = transcription SubRip
article-format-webvtt = transcription WebVTT
article-format-pdf = PDF
article-format-docx = document Word

## Notes sur ce qui a été fait

note-read-as-pdf = Le fichier contient un PDF : il a été lu comme tel
note-read-as-docx = Le fichier contient un document Word : il a été lu comme tel
note-converted = Converti depuis { $encoding }
note-converted-lossy = Converti depuis { $encoding } ; certains octets n'ont pas pu être lus et sont devenus �
note-malformed = Le fichier est presque entièrement en { $encoding }, mais certains octets ne le sont pas ; ils sont devenus �
note-pdf-pages = { $count ->
    [one] { $count } page lue
   *[other] { $count } pages lues
}
note-pdf-pages-dropped = { $count ->
    [one] { $count } page lue
   *[other] { $count } pages lues
} ; { $dropped ->
    [one] { $dropped } ligne répétée d'en-tête, de pied ou de numéro de page ignorée
   *[other] { $dropped } lignes répétées d'en-tête, de pied ou de numéro de page ignorées
}
note-pdf-damaged = { $count ->
    [one] { $count } page endommagée n'a pas pu être lue et a été ignorée
   *[other] { $count } pages endommagées n'ont pas pu être lues et ont été ignorées
}
note-pdf-empty-pages = { $count ->
    [one] { $count } page sans texte (images seules) ignorée
   *[other] { $count } pages sans texte (images seules) ignorées
}
note-docx-lists-tables = { $items ->
    [one] { $items } élément de liste
   *[other] { $items } éléments de liste
}, { $tables ->
    [one] { $tables } tableau
   *[other] { $tables } tableaux
} (une ligne par rangée, cellules séparées par |)
note-byline = La signature a été lue comme auteur, média et date, et retirée du texte
note-transcript-skipped = { $count ->
    [one] { $count } bloc sans code temporel lisible a été ignoré
   *[other] { $count } blocs sans code temporel lisible ont été ignorés
}
note-transcript-cues = { $count ->
    [one] { $count } ligne de transcription
   *[other] { $count } lignes de transcription
} avec codes temporels, { $speakers ->
    [0] aucun intervenant indiqué
    [one] { $speakers } intervenant
   *[other] { $speakers } intervenants
}
note-second-look = Le mode lecture n'a gardé que { $kept } des { $page } mots de la page : son plus grand bloc de paragraphes ({ $found } mots), qui prolonge le texte du mode lecture, a été gardé à la place
note-short-extraction = Seuls { $kept } mots sur { $page } ont été gardés comme article
note-second-look-taken = Seconde lecture faite : { $note }. Vérifiez le premier et le dernier paragraphe de l'article
