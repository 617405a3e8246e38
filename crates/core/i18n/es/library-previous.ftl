# Una verificación anterior vinculada a una afirmación, en la pestaña Biblioteca.

library-previous-by-on = { $organisation }, { $date }
library-previous-verdict = { $by }: { $verdict }
library-previous-line = { $by } — “{ $claim }”
