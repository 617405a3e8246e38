# The Sources tab, snapshots, the source viewer and Wayback archiving.
# Spanish: docs/i18n/glossary-es.md (tú; infinitive for buttons and menu items).

sources-sources = Fuentes
sources-add-source = Agregar fuente
sources-no-sources-yet-add-the = Aún no hay fuentes. Agrega las páginas, documentos y datos con los que contrastaste.
sources-select-a-source-to-edit = Selecciona una fuente para editarla.
sources-reliability = Fiabilidad
sources-cited-by = Citada por
sources-no-claim-yet = ninguna afirmación aún
sources-delete-source = Eliminar fuente
sources-removes-it-from-every-claim = También la quita de todas las afirmaciones; Deshacer la recupera
sources-snapshots = Capturas
sources-no-snapshot-attach-the-saved = Sin captura: adjunta la página guardada tal como la viste.
sources-view = Ver
sources-show-its-text-in-the = Mostrar su texto en el visor de fuentes
sources-add-snapshot = Agregar captura…
sources-attach-a-saved-web-page = Adjuntar una página web guardada, un PDF, un documento de Word o un archivo Markdown o de texto como captura de esta fuente
sources-show-excerpt-in-snapshot = Mostrar el fragmento en la captura
sources-open-the-snapshot-at-the = Abrir la captura en el fragmento, resaltado
sources-take-excerpt-from-snapshot = Tomar el fragmento de la captura
sources-open-the-latest-snapshot-select = Abrir la última captura; selecciona un pasaje y pulsa Usar como fragmento
sources-source-viewer = Visor de fuentes
sources-use-as-excerpt = Usar como fragmento
sources-previous-page = Página anterior
sources-next-page = Página siguiente
sources-snapshot-text = Texto de la captura
sources-archive-all-sources-without-a = Archivar todas las fuentes sin copia
sources-archive-service = Servicio de archivo
sources-an-existing-capture-is-used = Se usa una copia existente; si no hay, se pide una nueva (Save Page Now).
sources-start-archiving = Empezar a archivar
sources-could-not-show-the-snapshot = No se pudo mostrar la captura
sources-a-snapshot-is-already-being = Ya se está adjuntando una captura
sources-could-not-attach-the-snapshot = No se pudo adjuntar la captura
sources-add-snapshot-2 = Agregar captura
sources-new-source-from-page = Nueva fuente desde una página
sources-the-snapshots-were-not-copied = Las capturas no se copiaron
sources-archiving-is-already-under-way = Ya se está archivando
sources-archive = Archivar
sources-nothing-to-archive-only-sources = Nada que archivar: solo se pueden archivar fuentes con una dirección http(s)
sources-archiving-was-cancelled-nothing-changed = Se canceló el archivado: nada cambió
sources-asking-the-archive-for-copies = Pidiendo copias al archivo
sources-title = Título
sources-title-of-the-page-or = Título de la página o del documento
sources-url = URL
sources-publisher = Publicado por
sources-site-or-organisation = Sitio u organización
sources-author = Autor
sources-author-s = Autor(es)
sources-date-published = Fecha de publicación
sources-date-accessed = Fecha de consulta
sources-archived-copy-url = URL de la copia archivada
sources-no-archived-copy-yet-pages = Aún no hay copia archivada: las páginas cambian, archiva las pruebas.
sources-notes = Notas
sources-how-this-source-was-found = Cómo se encontró esta fuente, salvedades…
sources-archived-count = { $count ->
    [one] { $count } fuente archivada
   *[other] { $count } fuentes archivadas
}
# $count archived, $failed could not be.
sources-archived-some-failed = Archivadas: { $count }; fallidas: { $failed }
sources-archive-needs-web = Solo se pueden archivar fuentes con una dirección http(s)
sources-archive-hover = Buscar una copia de la página en la Wayback Machine o pedir una nueva
sources-new-capture = Nueva captura
sources-new-capture-hover = Pedir a la Wayback Machine que capture la página tal como está ahora, en lugar de la URL de la copia archivada
sources-captured-on = capturada el { $day }
sources-excerpt-anchored = anclado en la captura
sources-excerpt-edited = editado después de anclarlo
# $kind: what the snapshot is (web page, PDF…); $hash: the start of its SHA-256.
sources-snapshot-of = Captura del { $day } · { $kind } · SHA-256 { $hash }… { $file }
sources-excerpt-needs-claim = Abre el visor desde la fuente de una afirmación para tomar un fragmento
sources-excerpt-needs-selection = Primero selecciona un pasaje del texto
sources-excerpt-hover = Usar este pasaje como fragmento de esta fuente para la afirmación
sources-characters-selected = { $count ->
    [one] { $count } carácter seleccionado
   *[other] { $count } caracteres seleccionados
}
sources-page-of = Página { $page } de { $pages }
sources-untitled = (fuente sin título)
sources-cited-by-count = { $count ->
    [one] citada por { $count } afirmación
   *[other] citada por { $count } afirmaciones
}
sources-without-copy = { $count ->
    [one] { $count } fuente sin copia archivada.
   *[other] { $count } fuentes sin copia archivada.
}
# $skipped: sources that cannot be archived.
sources-without-copy-and-skipped = { $count ->
    [one] { $count } fuente sin copia archivada (otras { $skipped } no tienen dirección web).
   *[other] { $count } fuentes sin copia archivada (otras { $skipped } no tienen dirección web).
}
sources-attaching = Adjuntando { $file }…
sources-attach-internal-error = La operación de adjuntar se detuvo por un error interno.
sources-source-deleted-meanwhile = Mientras tanto, la fuente se eliminó.
sources-attached = { $file } adjuntado como captura
sources-already-attached = { $file } ya es una captura de esta fuente
sources-claim-deleted-meanwhile = Mientras tanto, la afirmación se eliminó.
sources-new-source-named = Nueva fuente desde la página: { $title }
sources-snapshot-needs-save = Agregar captura: el proyecto aún no se guardó
sources-save-first-title = ¿Guardar antes el proyecto?
sources-save-first-body = Las capturas se guardan en una carpeta junto al archivo del proyecto, y este proyecto aún no se guardó. Guárdalo ahora y la captura se adjuntará justo después.
sources-snapshot-gone = La fuente ya no incluye esa captura.
sources-snapshot-read-failed = No se pudo leer la captura.
sources-archive-internal-error = El archivado se detuvo por un error interno. Nada cambió.
sources-archiving = Archivando
# $done and $total are filled in as the archive answers: keep them.
sources-asking-the-archive-count = Pidiendo copias al archivo: { $done } de { $total } fuentes
