# The Suggestions tab (sentences worth checking).
# Brazilian Portuguese: docs/i18n/glossary-pt-BR.md (você; infinitive for buttons and menu items).

suggest-default = Padrão
suggest-show-every-dismissed-suggestion-again = Mostrar novamente todas as sugestões descartadas
suggest-mark-as-claim = Marcar como alegação
suggest-enter-the-sentence-or-the = Enter: a frase, ou a parte dela selecionada no artigo
suggest-dismiss = Descartar
suggest-delete-never-suggest-this-sentence = Delete: nunca mais sugerir esta frase neste projeto
suggest-up-down-walk-enter-mark = Up/Down percorrer · Enter marcar · Delete descartar
suggest-no-sentence-passes-the-threshold = Nenhuma frase passa do limite.
suggest-scoring-cancelled-open-the-suggestions = Pontuação cancelada: abra a guia Sugestões de novo para reiniciá-la
