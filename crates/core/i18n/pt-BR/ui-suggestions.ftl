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
suggest-threshold = Limite
suggest-summary = Sugeridas: { $suggested } de { $total ->
    [one] { $total } frase
   *[other] { $total } frases
}; feitas: { $done }; descartadas: { $dismissed }
suggest-restore-dismissed = Restaurar descartadas ({ $count })
# The list's name for screen readers.
suggest-list-name = Frases sugeridas
# Under a score: the sentence is already a claim.
suggest-done = feita
# A row's name for screen readers; $score: "0.93".
suggest-row-name = Sugestão { $number }, pontuação { $score }: { $sentence }
suggest-row-name-done = Sugestão { $number }, pontuação { $score }, feita: { $sentence }
suggest-explained = Frases ordenadas pelo quanto merecem ser checadas, segundo um modelo treinado com debates políticos dos EUA (CLEF CheckThat! 2024). É uma sugestão, não uma classificação.
suggest-not-english = Este artigo não parece estar em inglês. O modelo foi treinado com debates em inglês: aqui as pontuações são só uma indicação aproximada, e uma frase com pontuação baixa ainda pode merecer checagem.
suggest-internal-error = A pontuação parou por um erro interno.
suggest-model-unreadable = Não foi possível ler o modelo de triagem: { $error }
suggest-could-not-start = Não foi possível iniciar a pontuação: { $error }
suggest-scoring = Pontuando as frases do artigo…
suggest-cancelled = A pontuação foi cancelada. Escolha outra guia e volte para começar de novo.
