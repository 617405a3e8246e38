# The check before export (the Check tab): what a reader of the published
# report would trip over. `claimdesk check` on the command line stays English.
# Titles and values in quotes are the desk's own text.
# Spanish: docs/i18n/glossary-es.md (tú; infinitive for buttons and menu items).

check-no-verdict = aún sin calificación
check-no-source = tiene calificación pero no cita ninguna fuente
# $count: how many different publishers the claim's sources come from.
check-too-few-sources = { $count ->
    [one] fuentes de { $count } solo editor; se esperan dos fuentes independientes
   *[other] fuentes de { $count } editores; se esperan dos fuentes independientes
}
# $title: the source's title (or its address).
check-not-archived = la fuente “{ $title }” no tiene copia archivada
# $file: the snapshot's file name.
check-snapshot-missing = falta en la carpeta de pruebas una captura de la fuente “{ $title }” ({ $file })
check-snapshot-altered = una captura de la fuente “{ $title }” se modificó después de adjuntarla ({ $file })
check-excerpt-not-in-snapshot = el fragmento de la fuente “{ $title }” ya no coincide con su captura
# $count: characters in the claim as reviewed; $max: the limit (75).
check-reviewed-too-long = la afirmación analizada tiene { $count } caracteres; ClaimReview pide menos de { $max }
# $status: the claim's status (check-status-*).
check-not-approved = aún no aprobada ({ $status })
check-status-new = Nueva
check-status-in-progress = En curso
check-status-ready = Lista para revisión
check-status-approved = Aprobada
check-approval-stale = marcada como Aprobada, pero lo aprobado cambió después del visto bueno (o no consta ninguno): necesita una nueva revisión
check-no-stance = no se eligió la posición de la fuente “{ $title }”
check-unresolved-comments = { $count ->
    [one] { $count } comentario sin resolver
   *[other] { $count } comentarios sin resolver
}
check-no-organisation = no hay organización: los informes y ClaimReview necesitan un autor
check-no-review-url = no hay URL http(s) de la verificación: ClaimReview requiere la URL de la verificación publicada
# A date field whose text is not a date: $field (check-field-*), $value as
# typed, $problem (check-date-*).
check-bad-date = la { $field } “{ $value }” no es una fecha: { $problem }
check-field-article-published = fecha de publicación del artículo
check-field-article-retrieved = fecha de consulta del artículo
check-field-claim-date = fecha de la afirmación
# $title: the source's title (or its address).
check-field-source-published = fecha de publicación de la fuente “{ $title }”
check-field-source-accessed = fecha de consulta de la fuente “{ $title }”
check-date-not-iso = usa el formato AAAA-MM-DD (o AAAA-MM, o AAAA)
check-date-no-such-date = esa fecha no existe en el calendario
