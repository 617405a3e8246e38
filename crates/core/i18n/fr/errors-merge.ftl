# Pourquoi deux versions d'un projet n'ont pas pu être fusionnées. $detail est
# le message du lecteur, tel quel.


merge-error-unreadable = impossible de lire un projet : { $detail }
merge-error-does-not-hold = le projet fusionné n'est pas cohérent : { $detail }
merge-error-item-does-not-hold = { $item } fusionné n'est pas cohérent : { $detail }

## Settling a conflict (the Conflicts tab)

resolve-error-already-resolved = ce conflit est déjà résolu
resolve-error-claim-gone = l'affirmation n'est plus dans le projet
resolve-error-source-gone = la source n'est plus dans le projet
resolve-error-article-needs-text = un article doit avoir un texte
resolve-error-cannot-take = impossible de prendre cette valeur : { $detail }
resolve-error-does-not-fit = la valeur ne convient pas à cet endroit : { $detail }
resolve-error-as-said = { $detail }
