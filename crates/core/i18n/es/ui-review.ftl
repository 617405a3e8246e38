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
