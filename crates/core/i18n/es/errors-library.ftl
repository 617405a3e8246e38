# Por qué un archivo no se añadió a la biblioteca de verificaciones anteriores.
# $detail es el mensaje del lector o del sistema, tal como llegó.

library-why-not-a-file = no es un archivo normal (una tubería, un dispositivo o un socket): no se leyó
library-why-too-large = mayor de { $limit } MB
library-why-not-utf8 = no es texto UTF-8
library-why-lines-skipped = { $count ->
    [one] se omitió { $count } línea sin id o sin afirmación
   *[other] se omitieron { $count } líneas sin id o sin afirmación
}
library-why-no-such-file = no existe ese archivo o carpeta
library-why-too-deep = una carpeta a más de { $depth } carpetas de profundidad: no se buscó
library-why-unknown-kind = no es un proyecto (.ron), un ClaimReview (.json, .jsonld, .html) ni un archivo TSV; use --format tsv para una lista TSV
library-why-no-claims = el proyecto no tiene afirmaciones
library-why-no-claimreview = no contiene ningún ClaimReview
library-why-no-lines = no hay líneas que añadir
library-why-as-said = { $detail }
