# The published reports (HTML and Markdown): headings, labels, notes, counts
# and dates. What the desk typed (titles, verdict labels, rationales, names)
# is never translated; it comes in through variables.
# Markup (links, <time>, <strong>) is added around a variable by the
# program, so a translation may move a variable anywhere in its sentence.
# Spanish: docs/i18n/glossary-es.md (a report speaks to readers: no tú, no usted).

## The page

# The masthead's label and the report's kind, also the organisation's name
# when none is set.
report-kind = Verificación
report-kind-draft = Borrador de verificación
# The page's title and the Markdown report's first heading.
# $kind: report-kind or report-kind-draft; $title: the project's title.
report-title = { $kind }: { $title }
# The word on the draft banner, before report-draft-note.
report-draft-mark = BORRADOR
# $approved claims of $total are approved; plural on $total.
report-draft-note = { $total ->
    [one] Sin publicar. { $approved } de { $total } afirmación aprobada por un editor; nada de lo que aparece aquí es una calificación publicada hasta que la redacción registre la publicación.
   *[other] Sin publicar. { $approved } de { $total } afirmaciones aprobadas por un editor; nada de lo que aparece aquí es una calificación publicada hasta que la redacción registre la publicación.
}
# The kicker and the byline's count, for a draft.
report-count-approved = { $total ->
    [one] { $approved } de { $total } afirmación aprobada
   *[other] { $approved } de { $total } afirmaciones aprobadas
}
# The kicker and the byline's count, once published.
report-count-reviewed = { $count ->
    [one] { $count } afirmación verificada
   *[other] { $count } afirmaciones verificadas
}
# $name: the reviewer (shown in bold in HTML).
report-by = Por { $name }
# $date: report-date, or report-date-updated.
report-published = Publicado el { $date }
# A report corrected after its first publication. $first, $last: dates.
report-date-updated = { $first }, actualizado el { $last }
# $date: the day the draft was made.
report-draft-made = Sin publicar: borrador creado el { $date }

## The article's details

report-meta-article = Artículo
report-meta-title = Título
report-meta-outlet = Medio
report-meta-author = Autor
report-meta-published = Publicado
report-meta-retrieved = Consultado
report-meta-address = Dirección
report-meta-sha256 = SHA-256 del texto
report-meta-changed = Modificado
# $date: the day the article was replaced by a new version (a table cell).
report-meta-changed-value = El artículo cambió el { $date }, después de nuestra verificación
# The same, as a sentence (HTML, in bold, followed by report-changed-body).
report-changed = El artículo cambió el { $date }, después de nuestra verificación.
report-changed-body = Este informe sigue la versión actual; las afirmaciones cuyo texto ya no figura en ella se marcan como no encontradas.

## Summary

report-summary = Resumen
# "Publish approved claims only" left $count claims out.
report-left-out = { $count ->
    [one] { $count } afirmación aún no aprobada por un editor queda fuera de este informe.
   *[other] { $count } afirmaciones aún no aprobadas por un editor quedan fuera de este informe.
}
report-by-verdict = Afirmaciones por calificación
report-with-conclusion = Afirmaciones con conclusión
report-concluded = Con conclusión
report-open = Abiertas
report-not-yet-rated = Aún sin calificar
report-total = { $count ->
    [one] { $count } afirmación en total.
   *[other] { $count } afirmaciones en total.
}
# Markdown: the total and the scale's name in one line.
report-total-and-scale = { $count ->
    [one] { $count } afirmación en total. Escala de calificación: { $scale }.
   *[other] { $count } afirmaciones en total. Escala de calificación: { $scale }.
}
# $scale: the rating scale's name, as the desk named it.
report-rating-scale = Escala de calificación: { $scale }
report-how-we-conclude = Cómo llegamos a una conclusión
report-conclusion-only = Esta verificación da a cada afirmación una conclusión en lenguaje sencillo en lugar de una calificación.
# Markdown summary of a conclusion-only review: $count claims, $done with a
# conclusion, $open without.
report-conclusions-count = { $count ->
    [one] { $count } afirmación verificada: { $done } con conclusión, { $open } sin conclusión.
   *[other] { $count } afirmaciones verificadas: { $done } con conclusión, { $open } sin conclusión.
}
report-col-verdict = Calificación
report-col-claims = Afirmaciones
report-col-meaning = Significado

## The article, annotated

report-article = El artículo, anotado
report-article-hint-ratings = Cada pasaje resaltado es una afirmación que verificamos, coloreada según su calificación. Su número lleva a la verificación más abajo.
report-article-hint-conclusions = Cada pasaje resaltado es una afirmación que verificamos. Su número lleva a la verificación más abajo.
report-article-hint-markdown = Las afirmaciones están en negrita; el número tras el inicio de cada afirmación lleva a su verificación.
# A claim's number in the article, on hover: $number, and $outcome (the
# verdict's label, the conclusion, or report-outcome-none).
report-ref-title = Afirmación { $number }: { $outcome }
report-outcome-none = aún sin calificar
# A highlighted passage, on hover: the $count claims covering it, $numbers
# their numbers joined by report-list-separator.
report-mark-title = { $count ->
    [one] Afirmación { $numbers }
   *[other] Afirmaciones { $numbers }
}
# Between the items of a short list (claim numbers, tags).
report-list-separator = {", "}

## Claims reviewed

report-claims = Afirmaciones verificadas
report-no-claims = Aún no se ha marcado ninguna afirmación en este artículo.
# The label over a claim's text on its card.
report-claim = Afirmación
report-our-verdict = Nuestra calificación
report-our-conclusion = Nuestra conclusión
report-not-rated = Aún sin calificar.
report-no-conclusion = Aún sin conclusión.
# Markdown: the same, inside a table.
report-not-rated-cell = aún sin calificar
report-no-conclusion-cell = aún sin conclusión
report-verdict = Calificación
report-conclusion = Conclusión
report-meaning = Significado
report-claimant = Autor de la afirmación
report-claim-date = Fecha de la afirmación
report-page = Página
report-time = Momento
report-why = Por qué
report-no-rationale = Aún no se ha escrito la justificación.
report-evidence = Pruebas
report-no-sources-cited = No se citan fuentes.
report-tags = Etiquetas
report-status = Estado
# The claim's review status.
report-status-new = Nueva
report-status-in-progress = En curso
report-status-ready = Lista para revisión
report-status-approved = Aprobada
# An approval: by whom ($who) and on which day ($date), when known.
report-approved-by-on = Aprobada por { $who } el { $date }
report-approved-by = Aprobada por { $who }
report-approved-on = Aprobada el { $date }
report-approval-stale = Aprobada, pero modificada después del visto bueno
# $date: the day of the claim's latest correction (a link to the log).
report-corrected = Corregida el { $date }
# Markdown: the label of the row that says when the claim was corrected.
report-corrected-label = Corregida
# Markdown: $date, and $corrections a link named report-corrections.
report-corrected-see = { $date } (ver { $corrections })
# Where the claim is in a PDF or a recording.
report-place-page = pág. { $page }
report-place-pages = págs. { $first }–{ $last }
# An earlier check found in the library, by $organisation, on $date.
report-previous-by = Verificada antes por { $organisation }
report-previous-by-on = Verificada antes por { $organisation } ({ $date })
report-previous-someone = otro verificador
# $by: report-previous-by(-on); $verdict: that check's verdict, as it wrote it.
report-previous-verdict = { $by }: { $verdict }
report-previous-earlier = una verificación anterior
# How a source bears on the claim.
report-stance-supports = Respalda
report-stance-refutes = Refuta
report-stance-context = Contexto
report-stance-unset = Posición sin elegir

## Corrections

report-corrections = Correcciones
report-corrections-hint = Cambios en las verificaciones después de publicadas, con el motivo de cada uno.
report-col-date = Fecha
report-col-claim = Afirmación
report-col-change = Qué cambió
report-col-note = Nota
report-claim-gone = Una afirmación que ya no está en este informe

## Sources

report-sources = Fuentes
report-no-sources = No hay fuentes registradas.
report-untitled-source = Fuente sin título
# In a source's details: $date the day it was published, accessed.
report-source-published = publicada el { $date }
report-source-accessed = consultada el { $date }
report-archived-copy = Copia archivada:
report-archived-copy-link = copia archivada
# $date: the day the archived copy was captured.
report-captured = (capturada el { $date })
# A stored copy of the source: $date captured, $kind (report-snapshot-*).
report-snapshot = Captura: { $date }, { $kind }, SHA-256
report-snapshot-web = página web
report-snapshot-markdown = Markdown
report-snapshot-pdf = PDF
report-snapshot-word = documento de Word
report-snapshot-transcript = transcripción
report-snapshot-text = texto
# $reliability: report-reliability-*.
report-reliability = Fiabilidad: { $reliability }
report-reliability-credible = Fiable
report-reliability-mixed = Desigual
report-reliability-not-credible = No fiable
report-reliability-unknown = Desconocida
# Followed by the $count claims' numbers, each a link.
report-cited-by = { $count ->
    [one] Citada por la afirmación
   *[other] Citada por las afirmaciones
}

## Footer

report-generated = Generado con ClaimDesk el { $date }.
report-generated-draft = Generado con ClaimDesk el { $date } como borrador.
report-footer-note = Los números de las afirmaciones siguen su orden en el artículo; la verificación de cada afirmación también se publica en esta página con el marcado ClaimReview de schema.org.

## Dates

# How this language writes a day in a report: "iso" (2025-10-28) or "long"
# (report-date-long). English reports keep ISO dates: unambiguous for
# readers on either side of the Atlantic.
# Spanish: long dates, "28 de octubre de 2025", months in lower case.
report-date-style = long
# $day: the day of the month (1–31); $month: report-month-N; $year.
report-date-long = { $day } de { $month } de { $year }
# A month without a day (a claim made "2025-10"): $month and $year.
report-date-month = { $month } de { $year }
report-month-1 = enero
report-month-2 = febrero
report-month-3 = marzo
report-month-4 = abril
report-month-5 = mayo
report-month-6 = junio
report-month-7 = julio
report-month-8 = agosto
report-month-9 = septiembre
report-month-10 = octubre
report-month-11 = noviembre
report-month-12 = diciembre
