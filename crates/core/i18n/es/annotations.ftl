# Archivo › Importar anotaciones…: lo que hizo la importación.

annotations-format-w3c = W3C Web Annotations
annotations-format-hypothesis = exportación de Hypothesis
annotations-format-claimreview = ClaimReview
annotations-imported = { $count ->
    [one] Se importó { $count } afirmación ({ $format }): { $outcomes }
   *[other] Se importaron { $count } afirmaciones ({ $format }): { $outcomes }
}
annotations-anchored = { $count ->
    [one] { $count } anclada
   *[other] { $count } ancladas
}
annotations-moved = { $count ->
    [one] { $count } en otro lugar
   *[other] { $count } en otro lugar
}
annotations-orphaned = { $count ->
    [one] { $count } no encontrada
   *[other] { $count } no encontradas
}
annotations-already-present = { $count ->
    [one] { $count } ya existía
   *[other] { $count } ya existían
}
annotations-skipped = { $count ->
    [one] { $count } omitida
   *[other] { $count } omitidas
}

## Una línea por anotación que revisar

annotations-wording-differs = redacción distinta: “{ $quote }”
annotations-not-found = no encontrada: “{ $quote }”
annotations-skipped-entry = se omitió: { $why }
annotations-unknown-verdict = la calificación “{ $verdict }” no está en la escala del proyecto: queda sin calificar

## Por qué se omitió una entrada

annotations-skipped-reply = fila { $number }: una respuesta
annotations-skipped-page-note = fila { $number }: una nota de página
annotations-skipped-no-quote = fila { $number }: sin una cita del texto que anclar
annotations-skipped-not-annotation = elemento { $number }: no es una anotación
annotations-skipped-excerpt = elemento { $number }: un fragmento de una fuente, no una afirmación
annotations-skipped-item-no-quote = elemento { $number }: sin una cita del texto que anclar
annotations-skipped-no-claim-reviewed = ClaimReview { $number }: sin claimReviewed

## Por qué no se pudo importar un archivo

annotations-error-read = no se pudo leer el archivo: { $detail }
annotations-error-too-large = el archivo ocupa { $size } MB; no se importan archivos de anotaciones de más de { $limit } MB
annotations-error-not-json = no es un archivo JSON de anotaciones: { $detail }
annotations-error-too-deep = el JSON tiene demasiados niveles para ser anotaciones (más de 128)
annotations-error-too-many = el archivo contiene { $count } anotaciones; se importan como mucho { $max } a la vez
annotations-error-nothing = no se encontraron anotaciones: se esperaban W3C Web Annotations (JSON-LD), una exportación de Hypothesis o ClaimReview JSON-LD
