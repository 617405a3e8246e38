# The Library tab ("Checked before") and its worker's messages.
# French: docs/i18n/glossary-fr.md (vous; infinitive for buttons and menu items;
# a no-break space U+00A0 before colons, semicolons, question and exclamation marks).

library-checked-before = Déjà vérifiées
library-the-library-is-off-there = La bibliothèque est désactivée : il n'y a pas de dossier de données où la conserver.
library-select-a-claim-to-see = Sélectionnez une affirmation pour voir ses vérifications antérieures.
library-linked-as-previous-checks = Liées comme vérifications antérieures
library-unlink = Délier
library-search-the-library = Rechercher dans la bibliothèque
library-words-of-a-claim = mots d'une affirmation
library-search = Rechercher
library-library-settings = Réglages de la bibliothèque
library-add-past-checks = Ajouter des vérifications passées…
library-files = Fichiers…
library-projects-ron-claimreview-json-jsonld = Projets (.ron), ClaimReview (.json, .jsonld, .html) ou listes TSV
library-a-folder = Un dossier…
library-every-project-claimreview-and-tsv = Tous les projets et fichiers ClaimReview et TSV qu'il contient, sous-dossiers compris
library-add-earlier-fact-checks-to = Ajouter des vérifications antérieures à la bibliothèque, comme `claimdesk library add`
library-add-projects-to-the-library = Ajouter les projets à la bibliothèque à l'enregistrement
library-folder = Dossier
library-use-folder = Utiliser le dossier
library-searching-the-library = Recherche dans la bibliothèque…
library-keep-this-as-an-earlier = Garder comme vérification antérieure de l'affirmation sélectionnée ; les rapports la citent
library-the-library-is-off-there-2 = La bibliothèque est désactivée : il n'y a pas de dossier de données où la conserver
library-past-checks-are-being-added = Des vérifications passées sont déjà en cours d'ajout
library-add-past-checks-2 = Ajouter des vérifications passées
# $number: the selected claim's number.
library-earlier-checks-like = Vérifications antérieures proches de l'affirmation nº { $number }
library-unknown-organisation = Inconnue
library-empty = La bibliothèque est vide. Ajoutez des vérifications passées avec « Ajouter des vérifications passées… » ci-dessous ou avec `claimdesk library add PATH…` (projets, fichiers ClaimReview, dossiers), ou enregistrez ici un projet en cochant « Ajouter les projets à la bibliothèque à l'enregistrement » ci-dessous.
# $count: the library's entries (a number, written as the language writes numbers).
library-no-close-match-count = { $count ->
    [one] Aucune correspondance proche dans la bibliothèque ({ $count } entrée).
   *[other] Aucune correspondance proche dans la bibliothèque ({ $count } entrées).
}
library-no-close-match = Aucune correspondance proche dans la bibliothèque.
library-search-failed = Impossible de rechercher dans la bibliothèque : { $error }
library-strong-match = Correspondance forte
library-possible-match = Correspondance possible
library-weak-match = Correspondance faible
library-link-to-claim = Lier à l'affirmation nº { $number } comme vérification antérieure
library-linked-to-claim = Liée à l'affirmation nº { $number }
library-no-verdict = Sans verdict
# Scores: $strong, $possible and $floor are numbers such as 20.
library-score-hover = Degré de correspondance : le score de la recherche ; plus il est élevé, plus c'est proche. Forte à partir de { $strong }, possible à partir de { $possible } ; la zone de recherche n'affiche rien en dessous de { $floor }.

# The library worker's messages.
library-could-not-start = Impossible de démarrer la bibliothèque : { $error }
library-could-not-open = Impossible d'ouvrir la bibliothèque : { $error }
library-could-not-add = La bibliothèque n'a pas pu ajouter les vérifications passées : { $error }
# $name: a file name.
library-added-file = { $count ->
    [one] { $name } ajouté à la bibliothèque ({ $count } affirmation)
   *[other] { $name } ajouté à la bibliothèque ({ $count } affirmations)
}
library-file-unchanged = { $name } est déjà dans la bibliothèque
library-file-not-added = { $name } n'a pas été ajouté à la bibliothèque : { $why }
library-could-not-add-file = La bibliothèque n'a pas pu ajouter { $name } : { $error }
library-skipped = Ignoré { $name } : { $why }
library-not-read = Non lu : { $name } : { $why }
library-ignored = { $count ->
    [one] { $count } autre fichier des dossiers n'est ni un projet, ni un fichier ClaimReview ou TSV
   *[other] { $count } autres fichiers des dossiers ne sont ni des projets, ni des fichiers ClaimReview ou TSV
}
library-added-summary = { $added ->
    [one] { $added } vérification passée ajoutée
   *[other] { $added } vérifications passées ajoutées
} depuis { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
} ; la bibliothèque en contient { $entries }
# $summary: library-added-summary, then how many files were in it already.
library-unchanged = { $count ->
    [one] { $summary } ({ $count } fichier y était déjà, inchangé)
   *[other] { $summary } ({ $count } fichiers y étaient déjà, inchangés)
}
library-stopped = { $summary }. Arrêté avant les derniers fichiers : relancez pour ajouter le reste
library-past-checks-added = Vérifications passées ajoutées
library-not-running = La bibliothèque ne fonctionne pas.
library-items = { $count ->
    [one] { $count } élément
   *[other] { $count } éléments
}
library-adding = Ajout des vérifications passées…
library-looking-in = Recherche dans { $what }
# $done and $total are filled in as the files are read: keep them.
library-reading-file-of = Lecture du fichier { $done } sur { $total }
library-adding-note = Annuler arrête après le fichier en cours de lecture ; ce qui a été ajouté reste.
