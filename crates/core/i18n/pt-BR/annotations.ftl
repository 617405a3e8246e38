# Arquivo › Importar anotações…: o que a importação fez.

annotations-format-w3c = W3C Web Annotations
annotations-format-hypothesis = exportação do Hypothesis
annotations-format-claimreview = ClaimReview
annotations-imported = { $count ->
    [one] { $count } alegação importada ({ $format }): { $outcomes }
   *[other] { $count } alegações importadas ({ $format }): { $outcomes }
}
annotations-anchored = { $count ->
    [one] { $count } ancorada
   *[other] { $count } ancoradas
}
annotations-moved = { $count ->
    [one] { $count } em outro lugar
   *[other] { $count } em outro lugar
}
annotations-orphaned = { $count ->
    [one] { $count } não encontrada
   *[other] { $count } não encontradas
}
annotations-already-present = { $count ->
    [one] { $count } já existia
   *[other] { $count } já existiam
}
annotations-skipped = { $count ->
    [one] { $count } ignorada
   *[other] { $count } ignoradas
}

## Uma linha por anotação a conferir

annotations-wording-differs = redação diferente: “{ $quote }”
annotations-not-found = não encontrada: “{ $quote }”
annotations-skipped-entry = ignorado: { $why }
annotations-unknown-verdict = a classificação “{ $verdict }” não está na escala do projeto: ficou sem classificação

## Por que uma entrada foi ignorada

annotations-skipped-reply = linha { $number }: uma resposta
annotations-skipped-page-note = linha { $number }: uma nota de página
annotations-skipped-no-quote = linha { $number }: sem citação do texto para ancorar
annotations-skipped-not-annotation = item { $number }: não é uma anotação
annotations-skipped-excerpt = item { $number }: um trecho de uma fonte, não uma alegação
annotations-skipped-item-no-quote = item { $number }: sem citação do texto para ancorar
annotations-skipped-no-claim-reviewed = ClaimReview { $number }: sem claimReviewed

## Por que não foi possível importar um arquivo

annotations-error-read = não foi possível ler o arquivo: { $detail }
annotations-error-too-large = o arquivo tem { $size } MB; arquivos de anotações com mais de { $limit } MB não são importados
annotations-error-not-json = não é um arquivo JSON de anotações: { $detail }
annotations-error-too-deep = o JSON tem níveis demais para ser de anotações (mais de 128)
annotations-error-too-many = o arquivo contém { $count } anotações; no máximo { $max } são importadas de uma vez
annotations-error-nothing = nenhuma anotação encontrada: esperavam-se W3C Web Annotations (JSON-LD), uma exportação do Hypothesis ou ClaimReview JSON-LD
