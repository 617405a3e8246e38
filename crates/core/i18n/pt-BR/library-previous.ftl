# Uma checagem anterior vinculada a uma alegação, na guia Biblioteca.

library-previous-by-on = { $organisation }, { $date }
library-previous-verdict = { $by }: { $verdict }
library-previous-line = { $by } — “{ $claim }”
