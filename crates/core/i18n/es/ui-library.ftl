# The Library tab ("Checked before") and its worker's messages.
# Spanish: docs/i18n/glossary-es.md (tú; infinitive for buttons and menu items).

library-checked-before = Ya verificadas
library-the-library-is-off-there = La biblioteca está desactivada: no hay carpeta de datos donde guardarla.
library-select-a-claim-to-see = Selecciona una afirmación para ver verificaciones anteriores.
library-linked-as-previous-checks = Vinculadas como verificaciones anteriores
library-unlink = Desvincular
library-search-the-library = Buscar en la biblioteca
library-words-of-a-claim = palabras de una afirmación
library-search = Buscar
library-library-settings = Ajustes de la biblioteca
library-add-past-checks = Agregar verificaciones anteriores…
library-files = Archivos…
library-projects-ron-claimreview-json-jsonld = Proyectos (.ron), ClaimReview (.json, .jsonld, .html) o listas TSV
library-a-folder = Una carpeta…
library-every-project-claimreview-and-tsv = Todos los proyectos y archivos ClaimReview y TSV que contiene, subcarpetas incluidas
library-add-earlier-fact-checks-to = Agregar verificaciones anteriores a la biblioteca, como hace `claimdesk library add`
library-add-projects-to-the-library = Agregar los proyectos a la biblioteca al guardarlos
library-folder = Carpeta
library-use-folder = Usar carpeta
library-searching-the-library = Buscando en la biblioteca…
library-keep-this-as-an-earlier = Conservar como verificación anterior de la afirmación seleccionada; los informes la citan
library-the-library-is-off-there-2 = La biblioteca está desactivada: no hay carpeta de datos donde guardarla
library-past-checks-are-being-added = Ya se están agregando verificaciones anteriores
library-add-past-checks-2 = Agregar verificaciones anteriores
# $number: the selected claim's number.
library-earlier-checks-like = Verificaciones anteriores parecidas a la afirmación n.º { $number }
library-unknown-organisation = Desconocida
library-empty = La biblioteca está vacía. Agrega verificaciones anteriores con “Agregar verificaciones anteriores…”, aquí abajo, o con `claimdesk library add PATH…` (proyectos, archivos ClaimReview, carpetas), o guarda aquí un proyecto con “Agregar los proyectos a la biblioteca al guardarlos” marcado abajo.
# $count: the library's entries (a number, written as the language writes numbers).
library-no-close-match-count = { $count ->
    [one] Ninguna coincidencia cercana en la biblioteca ({ $count } entrada).
   *[other] Ninguna coincidencia cercana en la biblioteca ({ $count } entradas).
}
library-no-close-match = Ninguna coincidencia cercana en la biblioteca.
library-search-failed = No se pudo buscar en la biblioteca: { $error }
library-strong-match = Coincidencia fuerte
library-possible-match = Coincidencia posible
library-weak-match = Coincidencia débil
library-link-to-claim = Vincular a la afirmación n.º { $number } como verificación anterior
library-linked-to-claim = Vinculada a la afirmación n.º { $number }
library-no-verdict = Sin calificación
# Scores: $strong, $possible and $floor are numbers such as 20.
library-score-hover = Cuánto se parece: la puntuación de la búsqueda; cuanto más alta, más cercana. Fuerte desde { $strong }, posible desde { $possible }; el cuadro de búsqueda no muestra ninguna por debajo de { $floor }.

# The library worker's messages.
library-could-not-start = No se pudo iniciar la biblioteca: { $error }
library-could-not-open = No se pudo abrir la biblioteca: { $error }
library-could-not-add = La biblioteca no pudo agregar las verificaciones anteriores: { $error }
# $name: a file name.
library-added-file = { $count ->
    [one] { $name } agregado a la biblioteca ({ $count } afirmación)
   *[other] { $name } agregado a la biblioteca ({ $count } afirmaciones)
}
library-file-unchanged = { $name } ya está en la biblioteca
library-file-not-added = { $name } no se agregó a la biblioteca: { $why }
library-could-not-add-file = La biblioteca no pudo agregar { $name }: { $error }
library-skipped = Omitido { $name }: { $why }
library-not-read = No leído: { $name }: { $why }
library-ignored = { $count ->
    [one] { $count } archivo más de las carpetas no es un proyecto ni un archivo ClaimReview o TSV
   *[other] { $count } archivos más de las carpetas no son proyectos ni archivos ClaimReview o TSV
}
library-added-summary = { $added ->
    [one] Se agregó { $added } verificación anterior
   *[other] Se agregaron { $added } verificaciones anteriores
} desde { $files ->
    [one] { $files } archivo
   *[other] { $files } archivos
}; la biblioteca contiene { $entries }
# $summary: library-added-summary, then how many files were in it already.
library-unchanged = { $count ->
    [one] { $summary } ({ $count } archivo ya estaba en ella, sin cambios)
   *[other] { $summary } ({ $count } archivos ya estaban en ella, sin cambios)
}
library-stopped = { $summary }. Se detuvo antes de los últimos archivos: vuelve a ejecutarlo para agregar el resto
library-past-checks-added = Verificaciones anteriores agregadas
library-not-running = La biblioteca no está en marcha.
library-items = { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
}
library-adding = Agregando verificaciones anteriores…
library-looking-in = Buscando en { $what }
# $done and $total are filled in as the files are read: keep them.
library-reading-file-of = Leyendo el archivo { $done } de { $total }
library-adding-note = Cancelar se detiene después del archivo que se está leyendo; lo agregado se conserva.
