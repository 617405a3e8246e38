# Une vérification antérieure liée à une affirmation, dans l'onglet Bibliothèque.

library-previous-by-on = { $organisation }, { $date }
library-previous-verdict = { $by } : { $verdict }
library-previous-line = { $by } — « { $claim } »
