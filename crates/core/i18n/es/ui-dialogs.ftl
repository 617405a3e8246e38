# Dialogs: new project, pasted article, unsaved changes, the in-app file chooser, progress.
# Spanish: docs/i18n/glossary-es.md (tú; infinitive for buttons and menu items).

dialog-rating-scale = Escala de calificación
dialog-delete-this-claim = ¿Eliminar esta afirmación?
dialog-delete-claim = Eliminar afirmación
dialog-cancel = Cancelar
dialog-new-project = Nuevo proyecto
dialog-project-title = Título del proyecto
dialog-then-open-or-paste-the = Después abre o pega el artículo que vas a verificar (menú Archivo).
dialog-create = Crear
dialog-new-article-from-pasted-text = Nuevo artículo desde texto pegado
dialog-headline = Titular
dialog-article-text-paste-with-ctrl = Texto del artículo (pega con Ctrl+V)
dialog-create-project = Crear proyecto
dialog-save-your-changes = ¿Guardar los cambios?
dialog-this-project-has-changes-that = Este proyecto tiene cambios sin guardar. Se perderán si continúas sin guardar.
dialog-save-changes = Guardar cambios
dialog-don-t-save = No guardar
dialog-save-as = Guardar como…
dialog-recover-unsaved-work = ¿Recuperar el trabajo sin guardar?
dialog-restore-opens-it-as-unsaved = Restaurar lo abre como trabajo sin guardar; guárdalo para conservarlo.
dialog-restore = Restaurar
dialog-discard = Descartar
dialog-open-this-article = ¿Abrir este artículo?
dialog-replace-the-article-with-this = ¿Reemplazar el artículo por esta versión?
dialog-the-text-is-the-same = El texto es el mismo que el que se verificó.
dialog-claims-not-found-stay-in = Las afirmaciones que no se encuentren siguen en el proyecto con su cita anterior. El texto anterior se conserva en el historial del proyecto. Deshacer revierte el reemplazo.
dialog-replace = Reemplazar
dialog-keyboard-shortcuts = Atajos de teclado
dialog-ok = Aceptar
dialog-merge-the-changes-in = Fusionar los cambios
dialog-dismiss = Descartar
dialog-merge = Fusionar
dialog-overwrite = Sobrescribir
dialog-back = Atrás
dialog-folder = Carpeta
dialog-up = Subir
dialog-the-folder-that-holds-this = La carpeta que contiene esta
dialog-home = Carpeta personal
dialog-file-name = Nombre del archivo
dialog-show-hidden-files = Mostrar archivos ocultos
dialog-no-folders-or-matching-files = No hay carpetas ni archivos coincidentes aquí
dialog-use-the-reader-view-s = Usar el texto de la vista de lectura
# $name: the project's file name.
dialog-changed-on-disk-banner = { $name } cambió en el disco desde que lo abriste o guardaste.
dialog-changed-on-disk-heading = { $name } cambió en el disco
dialog-changed-on-disk-body = Alguien lo guardó después de que lo abrieras (otra ventana, un colega o un git pull). Si guardas ahora, sobrescribirás sus cambios.
dialog-merge-keeps-both = Fusionar conserva ambos: sus cambios y los tuyos, con cada campo que los dos cambiaron listado en Conflictos.
dialog-whole-page-kept = Se conserva todo el texto de la página ({ $words } palabras), menús y comentarios incluidos
dialog-use-extracted-article = Usar el artículo extraído
dialog-use-whole-page = Usar todo el texto de la página
# $problem: what is short about the extracted text.
dialog-check-whole-new-version = { $problem }: comprueba que sea toda la nueva versión
dialog-delete-claim-consequence = { $links ->
    [one] Su calificación, su justificación y { $links } vínculo a una fuente se van con ella. Deshacer (Ctrl+Z) la recupera.
   *[other] Su calificación, su justificación y { $links } vínculos a fuentes se van con ella. Deshacer (Ctrl+Z) la recupera.
}
# $name: the project; $when: the copy's time.
dialog-recover-body = { $claims ->
    [one] ClaimDesk se cerró antes de que se guardara “{ $name }”. Una copia de recuperación de { $when } contiene { $claims } afirmación.
   *[other] ClaimDesk se cerró antes de que se guardara “{ $name }”. Una copia de recuperación de { $when } contiene { $claims } afirmaciones.
}
dialog-no-such-file = No existe el archivo { $path }
dialog-no-such-folder = La carpeta { $path } no existe
dialog-not-a-folder = { $path } no es una carpeta
dialog-replace-existing = { $path } ya existe. ¿Reemplazarlo? Su versión anterior se conserva al lado como archivo .bak.
# Not plain "Save"/"Open": the toolbar behind the dialog has those names.
dialog-open-file = Abrir archivo
dialog-save-file = Guardar archivo
dialog-choose-this-folder = Elegir esta carpeta
# $problem: the folder and the system's reason.
dialog-cannot-read-folder = No se pudo leer { $problem }
