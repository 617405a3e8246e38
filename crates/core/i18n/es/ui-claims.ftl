# The claim list and the claim editor.
# Spanish: docs/i18n/glossary-es.md (tú; infinitive for buttons and menu items).

claims-search-claims = Buscar afirmaciones
claims-quote-claim-claimant-tag = cita, afirmación, autor, etiqueta…
claims-verdict = Calificación
claims-status = Estado
claims-all-statuses = Todos los estados
claims-no-claim-selected = Ninguna afirmación seleccionada
claims-delete = Eliminar…
claims-delete-this-claim-asks-first = Eliminar esta afirmación (pide confirmación)
claims-show-in-article = Mostrar en el artículo
claims-not-found-in-the-current = No se encuentra en la versión actual del artículo: esta cita es de una versión anterior.
claims-approved = Aprobada
claims-correct = Corregir…
claims-sources = Fuentes
claims-tags = Etiquetas
claims-remove-tag = Quitar etiqueta
claims-add-tag = agregar etiqueta
claims-type-a-tag-and-press = Escribe una etiqueta y pulsa Enter
claims-show-in-sources = Mostrar en Fuentes
claims-unlink = Desvincular
claims-remove-this-source-from-the = Quitar esta fuente de la afirmación
claims-open-link = Abrir enlace
claims-archived-copy = Copia archivada
claims-stance = Posición
claims-choose-a-stance = Elige una posición…
claims-link = Vincular
claims-new-source = Nueva fuente
claims-add-a-source-to-the = Agregar una fuente al proyecto y vincularla aquí
claims-claim-as-reviewed = Afirmación analizada
claims-a-short-neutral-restatement = Una reformulación breve y neutral
claims-claimant = Autor de la afirmación
claims-who-made-the-claim = Quién hizo la afirmación
claims-claim-date = Fecha de la afirmación
claims-conclusion = Conclusión
claims-what-the-evidence-shows-in = Lo que muestran las pruebas, en palabras sencillas
claims-rationale = Justificación
claims-why-this-verdict-what-the = Por qué esta calificación: lo que muestran las fuentes
claims-excerpt = Fragmento
claims-the-passage-of-the-source = El pasaje de la fuente que concierne a la afirmación
claims-none-yet = Aún no hay afirmaciones.
    Selecciona un pasaje del artículo y pulsa Marcar afirmación (Ctrl+M).
# The claim list's name for screen readers; $shown: "2 of 3 claims".
claims-list-name = Afirmaciones, { $shown } mostradas
claims-shown-of-total = { $total ->
    [one] { $shown } de { $total } afirmación
   *[other] { $shown } de { $total } afirmaciones
}
claims-all-verdicts = Todas las calificaciones
claims-unrated = Sin calificar
claims-no-conclusion = Sin conclusión
claims-concluded = Con conclusión
claims-sources-count = { $count ->
    [one] { $count } fuente
   *[other] { $count } fuentes
}
claims-open-comments-count = { $count ->
    [one] { $count } comentario abierto
   *[other] { $count } comentarios abiertos
}
claims-row-not-found = No se encuentra en el texto actual
claims-row-not-found-name = no se encuentra en el texto actual
# A claim row's name for screen readers; the status and counts follow.
claims-row-name = Afirmación { $number }: { $title } — { $verdict }
claims-editor-empty = Haz clic en un resaltado del artículo o en una afirmación de la lista.

    Para agregar una afirmación, selecciona un pasaje (arrastrando, o con Shift+flechas) y pulsa Marcar afirmación (Ctrl+M).
claims-editor-heading = Afirmación n.º { $number }
# The chip of a claim in a project without a rating scale.
claims-conclusion-chip = Conclusión
# Where the quote sits in the article, in characters.
claims-characters-range = caracteres { $start }–{ $end }
# $limit: what ClaimReview readers show in full.
claims-reviewed-too-long = { $count } caracteres: para ClaimReview, no pases de { $limit }
claims-reviewed-length = { $count } de { $limit } caracteres
claims-published-locked = Publicada el { $day }: la calificación y la justificación solo cambian mediante una corrección.
claims-no-verdict-yet = Aún no se eligió ninguna calificación.
claims-untitled-source = (fuente sin título)
claims-link-a-source = Vincular una fuente…
