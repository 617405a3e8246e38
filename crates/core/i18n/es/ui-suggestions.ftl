# The Suggestions tab (sentences worth checking).
# Spanish: docs/i18n/glossary-es.md (tú; infinitive for buttons and menu items).

suggest-default = Predeterminado
suggest-show-every-dismissed-suggestion-again = Volver a mostrar todas las sugerencias descartadas
suggest-mark-as-claim = Marcar como afirmación
suggest-enter-the-sentence-or-the = Enter: la oración, o la parte seleccionada en el artículo
suggest-dismiss = Descartar
suggest-delete-never-suggest-this-sentence = Delete: no volver a sugerir esta oración en este proyecto
suggest-up-down-walk-enter-mark = Up/Down recorrer · Enter marcar · Delete descartar
suggest-no-sentence-passes-the-threshold = Ninguna oración supera el umbral.
suggest-scoring-cancelled-open-the-suggestions = Puntuación cancelada: vuelve a abrir la pestaña Sugerencias para reiniciarla
