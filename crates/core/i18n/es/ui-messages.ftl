# Messages in the status bar and error dialogs: opening, saving, exporting, merging.
# Spanish: docs/i18n/glossary-es.md (tú; infinitive for buttons and menu items).

msg-that-passage-is-no-longer = Ese pasaje ya no está en el artículo
msg-undone = Deshecho
msg-could-not-undo = No se pudo deshacer
msg-redone = Rehecho
msg-could-not-redo = No se pudo rehacer
msg-new-project-open-or-paste = Nuevo proyecto: abre o pega el artículo que vas a verificar (menú Archivo)
msg-could-not-use-the-pasted = No se pudo usar el texto pegado
msg-restored-unsaved-work-save-it = Trabajo sin guardar restaurado: guárdalo para conservarlo
msg-could-not-open-the-project = No se pudo abrir el proyecto
msg-could-not-open-the-article = No se pudo abrir el artículo
msg-could-not-save = No se pudo guardar
msg-could-not-export = No se pudo exportar
msg-could-not-merge-the-changes = No se pudieron fusionar los cambios del disco
msg-merging-was-cancelled-nothing-changed = Se canceló la fusión: nada cambió
msg-could-not-resolve-the-conflict = No se pudo resolver el conflicto
msg-an-article-is-being-read = Ya se está leyendo un artículo: espera a que termine o cancélalo
msg-replace-with-new-version = Reemplazar por una nueva versión
msg-reading-the-file-stopped-on = La lectura del archivo se detuvo por un error interno. Nada cambió.
msg-annotations-are-being-imported-already = Ya se están importando anotaciones: espera a que termine o cancélalo
msg-could-not-import-annotations = No se pudieron importar las anotaciones
msg-importing-annotations-was-cancelled-nothing = Se canceló la importación de anotaciones: nada cambió
msg-could-not-start-re-anchoring = No se pudo empezar a reubicar las afirmaciones
msg-replacing-the-article-was-cancelled = Se canceló el reemplazo del artículo: nada cambió
msg-could-not-read-the-new = No se pudo leer la nueva versión
msg-a-file-chooser-is-already = Ya hay un selector de archivos abierto
msg-claims = Afirmaciones
msg-no-article-yet = Aún no hay artículo
msg-open-article = Abrir artículo…
msg-paste-article-text = Pegar el texto del artículo…
msg-dismiss-this-message = Descartar este mensaje

# File choosers' titles.
pick-open-project = Abrir un proyecto
pick-open-article = Abrir un artículo
pick-new-version = La nueva versión del artículo
pick-annotations = Anotaciones para importar (W3C, Hypothesis, ClaimReview)
pick-snapshot = Una página guardada, un PDF, un documento de Word o un archivo de texto para adjuntar
pick-past-checks = Verificaciones anteriores para agregar a la biblioteca (proyectos, ClaimReview, TSV)
pick-past-checks-folder = Una carpeta de verificaciones anteriores para agregar a la biblioteca
pick-save-as = Guardar el proyecto como
pick-export-to = Exportar a

# An error's text alone, when its title says the rest.
msg-error = { $error }
msg-merge-unreadable = No se pudo fusionar: el archivo del disco no se puede leer
msg-merge-unreadable-body = { $error }

    Guardar como… conserva tu trabajo en otro archivo.
msg-merging-file = Fusionando { $file }
msg-merging-heading = Fusionando los cambios del disco…
msg-merging-note = Nada cambia hasta que termine la fusión.
msg-merge-internal-error = La fusión se detuvo por un error interno. Nada cambió.
msg-merge-project-changed = El proyecto cambió durante la fusión. No se fusionó nada: vuelve a fusionar.
msg-merged-and-saved = Cambios del disco fusionados y guardados
msg-merged = Cambios del disco fusionados
msg-merged-with-conflicts = { $count ->
    [one] Cambios del disco fusionados: { $count } conflicto por resolver (pestaña Conflictos)
   *[other] Cambios del disco fusionados: { $count } conflictos por resolver (pestaña Conflictos)
}
# $place: the conflict's field in words.
msg-resolved = Resuelto: { $place }
msg-opened = Abierto: { $path }
msg-opened-article = Artículo abierto: guárdalo como proyecto para conservar tu trabajo
msg-saved = Guardado: { $path }
# $format: "HTML report"; $approved of $total claims.
msg-exported-draft = { $total ->
    [one] BORRADOR exportado ({ $format }) a { $path }: { $approved } de { $total } afirmación aprobada; no se publica hasta que registres la publicación
   *[other] BORRADOR exportado ({ $format }) a { $path }: { $approved } de { $total } afirmaciones aprobadas; no se publica hasta que registres la publicación
}
msg-exported = Exportado a { $path } ({ $format })
msg-you-are = Firmas como { $name }

# Progress dialogs. $done and $total are filled in as the work counts: keep them.
msg-reading-file = Leyendo { $file }
msg-reading-file-pages = Leyendo { $file }: página { $done } de { $total }
msg-anchoring-file = Anclando { $file }: { $done } de { $total }
msg-reanchoring-file = Reubicando las afirmaciones en { $file }: { $done } de { $total }
msg-importing-annotations = Importando anotaciones…
msg-import-internal-error = la lectura del archivo se detuvo por un error interno
msg-import-project-changed = El proyecto cambió mientras se leían las anotaciones. No se importó nada: vuelve a importar el archivo.
msg-import-failed-body = { $path }: { $error }. Nada cambió.
msg-annotations-imported = Anotaciones importadas
msg-reading-new-version = Leyendo la nueva versión…
msg-opening-article = Abriendo el artículo…
msg-replacing-cancelled = Se canceló el reemplazo del artículo: nada cambió
msg-opening-cancelled = Se canceló la apertura del artículo: nada cambió
msg-replace-project-changed-reading = El proyecto cambió mientras se leía la nueva versión. No se reemplazó nada: inténtalo de nuevo.
msg-replacing-heading = Reemplazando por la nueva versión…
msg-replacing-note = Nada cambia hasta que revises el resultado.
msg-replace-project-changed = El proyecto cambió mientras se reubicaban las afirmaciones. No se reemplazó nada: inténtalo de nuevo.
msg-reanchor-internal-error = La reubicación se detuvo por un error interno. No se reemplazó nada.
# Typing while no field has the keyboard: the hint starts with the first message.
msg-lost-typing-start = No se escribió en ningún campo
msg-lost-typing = “{ $typed }”. Haz clic en un campo (o pulsa Tab para llegar a uno) y vuelve a escribir.
msg-recovery-write-failed = No se pudo escribir la copia de recuperación: { $error }
msg-could-not-apply = No se pudo aplicar el cambio: { $error }
# The system file chooser's filters.
pick-filter-project = Proyecto de ClaimDesk
pick-filter-article = Artículo
pick-filter-annotations = Anotaciones
pick-filter-past-checks = Verificaciones anteriores
pick-filter-all-files = Todos los archivos

# Notes on an opened article file (shown after "Opened the article…").
note-no-title = No se encontró título: se usa el nombre del archivo
note-title-first-line = El título es la primera línea del documento
note-no-date = No se encontró la fecha de publicación en la página
note-markdown-html = Se omitió el HTML incluido en el Markdown
note-read-as-web-page = El archivo contiene una página web: se leyó como tal
