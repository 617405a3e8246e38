# The Check tab (the check before export) and the Conflicts tab.
# Spanish: docs/i18n/glossary-es.md (tú; infinitive for buttons and menu items).

checktab-check-before-export = Comprobar antes de exportar
checktab-export = Exportar:
checktab-nothing-to-fix-the-report = Nada que corregir: el informe está listo para publicarse.
checktab-publish-approved-claims-only = Publicar solo las afirmaciones aprobadas
checktab-reports-leave-out-claims-not = Los informes omiten las afirmaciones aún no aprobadas, y lo indican
checktab-record-publication = Registrar la publicación
checktab-mark-the-approved-claims-as = Marcar las afirmaciones aprobadas como publicadas hoy: a partir de entonces, cambiar su calificación o su justificación requiere una nota de corrección
checktab-show-this-claim = Mostrar esta afirmación
checktab-merge-conflicts = Conflictos de fusión
checktab-no-conflicts-every-change-from = No hay conflictos: todos los cambios de la fusión están resueltos.
checktab-both-copies-changed-these-differently = Las dos copias cambiaron esto de forma distinta. El proyecto conserva la nuestra hasta que elijas.
checktab-or-write-the-value = O escribe el valor:
checktab-take-this-text = Usar este texto
checktab-approved-not-published = { $count ->
    [one] { $count } afirmación aprobada aún no registrada como publicada
   *[other] { $count } afirmaciones aprobadas aún no registradas como publicadas
}
checktab-show-setting = Mostrar este ajuste
checktab-source = Fuente
checktab-show-source = Mostrar esta fuente
checktab-sources = Fuentes
checktab-show-sources = Mostrar las fuentes
checktab-article = Artículo
checktab-open-article-tab = Abrir la pestaña Artículo
checktab-claim-number = Afirmación n.º { $number }
checktab-summary = { $count ->
    [one] { $count } cosa con la que un lector podría tropezar (la exportación funciona de todos modos):
   *[other] { $count } cosas con las que un lector podría tropezar (la exportación funciona de todos modos):
}
# The warning list's name for screen readers.
checktab-warnings-count = { $count ->
    [one] { $count } aviso
   *[other] { $count } avisos
}

# A merge conflict's three sides: the common ancestor, this copy, the other copy.
conflict-base = Base
conflict-ours = La nuestra
conflict-theirs = La suya
conflict-take-base = Usar la base
conflict-take-ours = Usar la nuestra
conflict-take-theirs = Usar la suya
