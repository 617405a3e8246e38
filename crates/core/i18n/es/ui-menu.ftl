# The window's menu bar, toolbar and keyboard-shortcut list.
# Ellipses (…) mean the entry asks something before it acts.
# Spanish: docs/i18n/glossary-es.md (tú; infinitive for buttons and menu items).

menu-file = Archivo
menu-file-new-project = Nuevo proyecto…
menu-file-open-project = Abrir proyecto…
menu-file-open-recent = Abrir reciente
menu-file-no-recent = No hay proyectos recientes
menu-file-open-article = Abrir artículo…
menu-file-paste-article = Nuevo artículo desde texto pegado…
menu-file-import-annotations = Importar anotaciones…
menu-file-save = Guardar
menu-file-save-as = Guardar como…
menu-file-export = Exportar
# $format: the export format's name (HTML report, Markdown, CSV, …).
menu-file-export-format = { $format }…
menu-file-check-before-export = Comprobar antes de exportar…
menu-file-quit = Salir

menu-edit = Edición
menu-edit-undo = Deshacer
# $action: what the last change did, e.g. "typing in Rationale".
menu-edit-undo-action = Deshacer: { $action }
menu-edit-redo = Rehacer
menu-edit-redo-action = Rehacer: { $action }
menu-edit-your-name = Tu nombre…

menu-claims = Afirmaciones
menu-claims-mark = Marcar afirmación
menu-claims-next = Afirmación siguiente
menu-claims-previous = Afirmación anterior

menu-article = Artículo
menu-article-replace = Reemplazar por una nueva versión…

menu-project = Proyecto
menu-project-article-and-organisation = Artículo y organización…
menu-project-sources = Fuentes…
menu-project-archive-all = Archivar todas las fuentes sin copia…
menu-project-scale = Escala de calificación…

# The Language menu lists each language in itself (English, Español, 日本語 …).
menu-language = Idioma

menu-help = Ayuda
menu-help-shortcuts = Atajos de teclado…

toolbar-mark-claim = Marcar afirmación
# $shortcut: the key, e.g. Ctrl+M.
toolbar-mark-claim-hover = Marcar el texto seleccionado como afirmación ({ $shortcut })
hint-select-passage-first = Primero selecciona un pasaje del artículo
toolbar-previous = Anterior
toolbar-previous-hover = Afirmación anterior ({ $shortcut })
toolbar-next = Siguiente
toolbar-next-hover = Afirmación siguiente ({ $shortcut })
toolbar-undo = Deshacer
toolbar-nothing-to-undo = No hay nada que deshacer
toolbar-redo = Rehacer
toolbar-nothing-to-redo = No hay nada que rehacer
toolbar-save = Guardar
toolbar-save-hover = Guardar ({ $shortcut })

shortcut-mark-claim = Marcar el pasaje seleccionado como afirmación
shortcut-next-previous-claim = Afirmación siguiente / anterior
shortcut-next-previous-pane = Panel siguiente / anterior: lista de afirmaciones, artículo, panel de edición
shortcut-tab-keys = Tab / Shift+Tab
shortcut-next-previous-control = Control siguiente / anterior del panel
shortcut-enter-keys = Enter o Space
shortcut-select-or-press = Seleccionar la fila de afirmación enfocada; pulsar el botón enfocado
shortcut-shift-keys = Shift+flechas, Shift+Home/End
shortcut-select-text = Seleccionar texto en el artículo (primero F6 o haz clic en él)
shortcut-escape-key = Escape
shortcut-cancel-dialog = Cancelar un diálogo
shortcut-undo-redo = Deshacer / rehacer
shortcut-save-save-as = Guardar / guardar como
shortcut-open-new = Abrir / nuevo proyecto
shortcut-suggestion-keys = Up/Down, Enter, Delete
shortcut-suggestions = Pestaña Sugerencias: recorrer, marcar, descartar

# The export formats, as the Export menu and its messages name them.
format-html = Informe HTML
format-markdown = Informe Markdown
format-csv = Tabla CSV
format-claimreview = ClaimReview JSON-LD
format-annotations = Anotaciones web W3C

# File › Desk: working as a team on one shared git repository.
menu-file-desk = Redacción
menu-file-desk-sync = Sincronizar
menu-file-desk-show = Mostrar la redacción
menu-file-desk-join = Unirse a una redacción…
menu-file-desk-start = Crear una redacción…
toolbar-sync = Sincronizar
toolbar-sync-hover = Enviar tus cambios a la redacción y traer los de los demás ({ $shortcut })
shortcut-sync = Sincronizar con la redacción
