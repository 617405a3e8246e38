# Los nombres de los pasos que se pueden deshacer, en el menú Edición y en
# las descripciones de la barra de herramientas: "Deshacer: { $action }".

history-add-claim = Agregar afirmación
history-delete-claim = Eliminar afirmación
history-edit-claim = Editar afirmación
history-approve-claim = Aprobar afirmación
history-add-source = Agregar fuente
history-delete-source = Eliminar fuente
history-edit-source = Editar fuente
history-edit-project-title = Editar el título del proyecto
history-edit-article-details = Editar los datos del artículo
history-edit-settings = Editar los ajustes
history-edit-scale = Editar la escala de calificación
history-replace-article = Reemplazar el artículo
history-edit-corrections = Editar el registro de correcciones
history-note-activity = Anotar en la actividad del proyecto
history-resolve-conflict = Resolver conflicto
history-dismiss-suggestion = Descartar sugerencia
history-restore-suggestions = Restaurar sugerencias
history-merge-changes = Fusionar cambios
history-nothing = Nada
history-import-annotations = Importar anotaciones

## Pasos de la revisión

history-mark-ready = Marcar como lista para revisión
history-return-claim = Devolver afirmación
history-add-comment = Agregar comentario
history-resolve-comment = Resolver comentario
history-reopen-comment = Reabrir comentario
history-correct-claim = Corregir afirmación
history-record-publication = Registrar la publicación
history-change-your-name = Cambiar tu nombre

## Un campo de una afirmación

history-edit-span = Cambiar el pasaje marcado
history-edit-claim-reviewed = Editar la afirmación analizada
history-edit-claimant = Editar el autor de la afirmación
history-edit-claim-date = Editar la fecha de la afirmación
history-set-status = Cambiar el estado
history-set-verdict = Cambiar la calificación
history-edit-conclusion = Editar la conclusión
history-edit-rationale = Editar la justificación
history-edit-tags = Editar las etiquetas
history-edit-sources = Cambiar las fuentes
history-edit-excerpt = Editar el fragmento

## Un campo de una fuente

history-edit-source-title = Editar el título
history-edit-url = Editar la URL
history-edit-publisher = Editar «Publicado por»
history-edit-author = Editar el autor
history-edit-date-published = Editar la fecha de publicación
history-edit-date-accessed = Editar la fecha de consulta
history-edit-archived-url = Editar la URL archivada
history-edit-snapshots = Cambiar las capturas
history-set-reliability = Cambiar la fiabilidad
history-edit-notes = Editar las notas

## Un campo del artículo o de los ajustes del proyecto

history-edit-article-title = Editar el título del artículo
history-edit-outlet = Editar el medio
history-edit-article-url = Editar la URL del artículo
history-edit-date-retrieved = Editar la fecha de consulta del artículo
history-edit-organisation = Editar la organización
history-edit-organisation-url = Editar la URL de la organización
history-edit-review-url = Editar la URL de la verificación
history-edit-reviewer = Editar el verificador
history-edit-publish-approved-only = Cambiar «Publicar solo las afirmaciones aprobadas»
history-set-report-language = Cambiar el idioma del informe
history-edit-field = Editar { $field }
