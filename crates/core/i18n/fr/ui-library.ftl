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
