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
