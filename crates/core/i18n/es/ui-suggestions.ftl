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
suggest-threshold = Umbral
suggest-summary = Sugeridas: { $suggested } de { $total ->
    [one] { $total } oración
   *[other] { $total } oraciones
}; hechas: { $done }; descartadas: { $dismissed }
suggest-restore-dismissed = Restaurar descartadas ({ $count })
# The list's name for screen readers.
suggest-list-name = Oraciones sugeridas
# Under a score: the sentence is already a claim.
suggest-done = hecha
# A row's name for screen readers; $score: "0.93".
suggest-row-name = Sugerencia { $number }, puntuación { $score }: { $sentence }
suggest-row-name-done = Sugerencia { $number }, puntuación { $score }, hecha: { $sentence }
suggest-explained = Oraciones ordenadas según cuánto merecen verificarse para un modelo entrenado con debates políticos de EE. UU. (CLEF CheckThat! 2024). Es una sugerencia, no una calificación.
suggest-not-english = Este artículo no parece estar en inglés. El modelo se entrenó con debates en inglés: aquí sus puntuaciones son solo orientativas, y una oración a la que da poca puntuación puede merecer una verificación.
suggest-internal-error = La puntuación se detuvo por un error interno.
suggest-model-unreadable = No se pudo leer el modelo de criba: { $error }
suggest-could-not-start = No se pudo iniciar la puntuación: { $error }
suggest-scoring = Puntuando las oraciones del artículo…
suggest-cancelled = Se canceló la puntuación. Elige otra pestaña y vuelve para empezar de nuevo.
