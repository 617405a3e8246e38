# The claim list and the claim editor.
# Brazilian Portuguese: docs/i18n/glossary-pt-BR.md (você; infinitive for buttons and menu items).

claims-search-claims = Pesquisar alegações
claims-quote-claim-claimant-tag = citação, alegação, autor, marcador…
claims-verdict = Classificação
claims-status = Status
claims-all-statuses = Todos os status
claims-no-claim-selected = Nenhuma alegação selecionada
claims-delete = Excluir…
claims-delete-this-claim-asks-first = Excluir esta alegação (pede confirmação)
claims-show-in-article = Mostrar no artigo
claims-not-found-in-the-current = Não encontrada na versão atual do artigo: esta citação é de uma versão anterior.
claims-approved = Aprovada
claims-correct = Corrigir…
claims-sources = Fontes
claims-tags = Marcadores
claims-remove-tag = Remover marcador
claims-add-tag = adicionar marcador
claims-type-a-tag-and-press = Digite um marcador e pressione Enter
claims-show-in-sources = Mostrar em Fontes
claims-unlink = Desvincular
claims-remove-this-source-from-the = Remover esta fonte da alegação
claims-open-link = Abrir link
claims-archived-copy = Cópia arquivada
claims-stance = Posição
claims-choose-a-stance = Escolha uma posição…
claims-link = Vincular
claims-new-source = Nova fonte
claims-add-a-source-to-the = Adicionar uma fonte ao projeto e vinculá-la aqui
claims-claim-as-reviewed = Alegação analisada
claims-a-short-neutral-restatement = Uma reformulação curta e neutra
claims-claimant = Autor da alegação
claims-who-made-the-claim = Quem fez a alegação
claims-claim-date = Data da alegação
claims-conclusion = Conclusão
claims-what-the-evidence-shows-in = O que as evidências mostram, em palavras simples
claims-rationale = Justificativa
claims-why-this-verdict-what-the = Por que esta classificação: o que as fontes mostram
claims-excerpt = Trecho
claims-the-passage-of-the-source = O trecho da fonte que diz respeito à alegação
claims-none-yet = Ainda não há alegações.
    Selecione um trecho do artigo e pressione Marcar alegação (Ctrl+M).
# The claim list's name for screen readers; $shown: "2 of 3 claims".
claims-list-name = Alegações, { $shown } exibidas
claims-shown-of-total = { $total ->
    [one] { $shown } de { $total } alegação
   *[other] { $shown } de { $total } alegações
}
claims-all-verdicts = Todas as classificações
claims-unrated = Sem classificação
claims-no-conclusion = Sem conclusão
claims-concluded = Com conclusão
claims-sources-count = { $count ->
    [one] { $count } fonte
   *[other] { $count } fontes
}
claims-open-comments-count = { $count ->
    [one] { $count } comentário em aberto
   *[other] { $count } comentários em aberto
}
claims-row-not-found = Não encontrada no texto atual
claims-row-not-found-name = não encontrada no texto atual
# A claim row's name for screen readers; the status and counts follow.
claims-row-name = Alegação { $number }: { $title } — { $verdict }
claims-editor-empty = Clique em um destaque no artigo ou em uma alegação da lista.

    Para adicionar uma alegação, selecione um trecho (arrastando, ou com Shift+setas) e pressione Marcar alegação (Ctrl+M).
claims-editor-heading = Alegação nº { $number }
# The chip of a claim in a project without a rating scale.
claims-conclusion-chip = Conclusão
# Where the quote sits in the article, in characters.
claims-characters-range = caracteres { $start }–{ $end }
# $limit: what ClaimReview readers show in full.
claims-reviewed-too-long = { $count } caracteres: para o ClaimReview, fique abaixo de { $limit }
claims-reviewed-length = { $count } de { $limit } caracteres
claims-published-locked = Publicada em { $day }: a classificação e a justificativa só mudam por meio de uma correção.
claims-no-verdict-yet = Nenhuma classificação escolhida ainda.
claims-untitled-source = (fonte sem título)
claims-link-a-source = Vincular uma fonte…
