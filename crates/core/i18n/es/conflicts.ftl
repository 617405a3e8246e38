# Conflictos de fusión en la pestaña Conflictos: dónde está cada uno
# ("afirmación #3 “Los precios subieron un 4%” › calificación") y sus valores.

## Dónde está un conflicto

conflict-claim = afirmación #{ $number } “{ $quote }”
conflict-claim-id = afirmación (id { $id })
conflict-source = fuente “{ $title }”
conflict-source-id = fuente (id { $id })
conflict-link = vínculo con la fuente “{ $title }”
conflict-link-id = vínculo con la fuente (id { $id })
conflict-verdict = calificación “{ $label }”
conflict-verdict-id = calificación (id { $id })
conflict-item = { $what } { $id }
conflict-project-title = título del proyecto
conflict-rating-scale = escala de calificación
conflict-project = proyecto
conflict-field = { $name }
conflict-path = { $outer } › { $inner }

## El encabezado de cada lado

conflict-side-by = { $side } ({ $who })
conflict-side-when = { $side } ({ $when })
conflict-side-by-when = { $side } ({ $who }, { $when })

## El valor de un lado en palabras

conflict-value-absent = (no está: se eliminó o nunca se agregó)
conflict-value-empty = (vacío)
conflict-value-none = ninguno
conflict-value-yes = sí
conflict-value-no = no
conflict-value-empty-list = (ninguno)
conflict-value-field = { $field }: { $value }

## Un elemento de una lista

data-item-comments = comentario
data-item-previous-checks = verificación anterior
data-item-snapshots = captura
data-item-corrections = corrección
data-item-segments = segmento
data-item-conflicts = conflicto
data-item-activity = actividad
data-item-article-history = versión anterior

## Los campos de los datos del proyecto

data-field-activity = actividad
data-field-article = artículo
data-field-article-history = historial del artículo
data-field-claims = afirmaciones
data-field-conflicts = conflictos
data-field-corrections = correcciones
data-field-dismissed-suggestions = sugerencias descartadas
data-field-format-version = versión del formato
data-field-organisation = organización
data-field-organisation-url = URL de la organización
data-field-publish-approved-only = publicar solo las aprobadas
data-field-report-language = idioma del informe
data-field-review-url = URL de la verificación
data-field-reviewer = verificador
data-field-scale = escala
data-field-settings = ajustes
data-field-sources = fuentes
data-field-title = título
data-field-author = autor
data-field-date-published = fecha de publicación
data-field-date-retrieved = fecha de consulta
data-field-meta = datos
data-field-outlet = medio
data-field-replaced-on = reemplazado el
data-field-segments = segmentos
data-field-sha256 = SHA-256
data-field-text = texto
data-field-url = URL
data-field-anchor = anclaje
data-field-approved = aprobación
data-field-claim = afirmación
data-field-claim-date = fecha de la afirmación
data-field-claimant = autor de la afirmación
data-field-comments = comentarios
data-field-conclusion = conclusión
data-field-date = fecha
data-field-digest = huella
data-field-end = fin
data-field-excerpt = fragmento
data-field-id = id
data-field-key = clave
data-field-orphaned = no encontrada en el artículo
data-field-previous-checks = verificaciones anteriores
data-field-published-on = publicada el
data-field-quote = cita
data-field-rationale = justificación
data-field-reviewed = afirmación analizada
data-field-source = fuente
data-field-span = pasaje
data-field-stance = posición
data-field-start = inicio
data-field-status = estado
data-field-tags = etiquetas
data-field-verdict = calificación
data-field-when = cuándo
data-field-who = quién
data-field-archive-url = URL archivada
data-field-archived-on = archivada el
data-field-date-accessed = fecha de consulta
data-field-notes = notas
data-field-publisher = publicado por
data-field-reliability = fiabilidad
data-field-snapshots = capturas
data-field-color = color
data-field-description = descripción
data-field-kind = tipo
data-field-label = nombre
data-field-name = nombre
data-field-value = valor
data-field-verdicts = calificaciones
data-field-change = cambio
data-field-event = evento
data-field-note = nota
data-field-resolved = resuelto
data-field-time = hora
data-field-bytes = bytes
data-field-captured = capturada el
data-field-ext = extensión
data-field-file-name = nombre del archivo
data-field-prefix = texto anterior
data-field-suffix = texto posterior
data-field-snapshot = captura
data-field-first-page = primera página
data-field-last-page = última página
data-field-page = página
data-field-speaker = hablante
data-field-start-char = carácter inicial
data-field-time-ms = tiempo (ms)
