# L'index de la bibliothèque n'a pas pu être ouvert et a été refait à partir de sa liste de fichiers.
library-index-rebuilt = L'index de la bibliothèque { $why } et a été reconstruit : { $summary }
library-index-missing = était absent
library-index-other-version = avait été fait par une autre version de ClaimDesk
library-index-damaged = était endommagé ({ $detail })
library-rebuilt = { $count ->
    [one] { $count } fichier ajouté de nouveau
   *[other] { $count } fichiers ajoutés de nouveau
}
library-rebuilt-dropped = { $count ->
    [one] { $count } fichier ajouté de nouveau
   *[other] { $count } fichiers ajoutés de nouveau
} ; { $dropped ->
    [one] { $dropped } n'a pas pu être lu et a été retiré
   *[other] { $dropped } n'ont pas pu être lus et ont été retirés
} : { $files }
