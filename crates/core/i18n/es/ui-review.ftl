# The review panel and its dialogs: ready for review, approve, return, comments, corrections, publication.
# Spanish: docs/i18n/glossary-es.md (tú; infinitive for buttons and menu items).

review-review-comments = Comentarios de revisión
review-but-what-was-approved-has = …pero lo aprobado ha cambiado desde entonces (calificación, justificación o pruebas): esta aprobación ya no vale; vuelve a marcarla como lista para revisión
review-mark-ready-for-review = Marcar como lista para revisión
review-approve = Aprobar
review-sign-off-this-claim-as = Dar el visto bueno a esta afirmación con tu nombre
review-new-comment = Nuevo comentario
review-a-question-or-a-request = Una pregunta o una solicitud para quien verifica
review-add-comment = Agregar comentario
review-return-with-comment = Devolver con comentario
review-send-the-claim-back-to = Devolver la afirmación al estado En curso, con este comentario que explica por qué
review-write-a-comment-first-only = Primero escribe un comentario; solo se puede devolver una afirmación en revisión
review-nothing-recorded-yet = Aún no hay nada registrado.
review-deleted-claim = #? (afirmación eliminada)
review-cancel = Cancelar
review-your-name = Tu nombre
review-first-and-last-name-as = Nombre y apellido, tal como firma la redacción
review-save-name = Guardar nombre
review-correct-a-published-claim = Corregir una afirmación publicada
review-verdict = Calificación
review-none = Ninguna
review-publish-correction = Publicar corrección
review-change-the-verdict-or-rationale = Primero cambia la calificación o la justificación y escribe una nota
review-no-approved-claim-is-waiting = Ninguna afirmación aprobada está esperando publicación
review-conclusion = Conclusión
review-rationale = Justificación
review-correction-note = Nota de corrección
review-what-was-wrong-and-what = Qué estaba mal y qué cambió, para los lectores
# Who did something, when the entry has no name.
review-someone = Alguien
review-source-deleted = una fuente ya eliminada
review-source-named = la fuente “{ $title }”
# $who: a name; $time: "2025-10-29 09:40".
review-approved-by = Aprobada por { $who } el { $time }
review-published-on = Publicada el { $day }
# $reason: what keeps the approval off, e.g. "the claim has no verdict".
review-approve-is-off = No se puede aprobar: { $reason }
review-comments-heading = Comentarios (abiertos: { $open } de { $total })
review-reopen = Reabrir
review-resolve = Resolver
review-activity-heading = Actividad ({ $count })
review-go-to-claim = Ir a la afirmación { $number }

# The claim's activity: "2025-10-29 09:40  Ana set the status to In progress".
activity-entry = { $time }  { $who } { $what }
activity-created = creó la afirmación
activity-verdict-set = cambió la calificación a { $verdict }
activity-verdict-removed = una calificación ya eliminada
activity-conclusion-written = escribió la conclusión
activity-verdict-cleared = quitó la calificación
activity-status-set = cambió el estado a { $status }
activity-approved = la aprobó
activity-returned = la devolvió con un comentario
activity-span-moved = movió su pasaje
activity-corrected = la corrigió después de publicada
# $source: "source “Reuters report”".
activity-source-linked = vinculó { $source }
activity-source-unlinked = desvinculó { $source }
activity-stance-set = cambió la posición de { $source } a { $stance }
activity-excerpt-changed = cambió el fragmento de { $source }
activity-rationale-edited = editó la justificación
activity-reviewed-edited = editó la afirmación analizada
activity-commented = comentó
activity-comment-resolved = resolvió un comentario
activity-comment-reopened = reabrió un comentario
activity-approval-withdrawn = cambió lo aprobado: la aprobación ya no vale
activity-name-changed = cambió el nombre en esta ventana de { $from } a { $to }
activity-publication-recorded = registró la publicación el { $day }
review-welcome = Te damos la bienvenida a ClaimDesk
review-your-name-heading = Tu nombre
review-your-name-why = Tu nombre acompaña lo que haces con una afirmación: calificaciones, comentarios, aprobaciones. Un editor que aprueba una afirmación necesita uno; quien puso la calificación no puede aprobarla.
review-skip = Omitir
review-correction-why = La verificación de esta afirmación ya se publicó. Cambia aquí su calificación o su justificación; la nota de corrección se publica en la sección Correcciones de los informes.
# $claim: "#3 “Japan will double…”".
review-mark-ready-question = ¿Marcar la afirmación { $claim } como lista para revisión?
review-mark-ready-anyway = Marcar como lista de todos modos
review-approve-question = ¿Aprobar la afirmación { $claim }?
review-approve-anyway = Aprobar de todos modos
