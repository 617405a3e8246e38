# The check before export (the Check tab): what a reader of the published
# report would trip over. `claimdesk check` on the command line stays English.
# Titles and values in quotes are the desk's own text.
# Brazilian Portuguese: docs/i18n/glossary-pt-BR.md (você; infinitive for buttons and menu items).

check-no-verdict = ainda sem classificação
check-no-source = tem classificação, mas não cita nenhuma fonte
# $count: how many different publishers the claim's sources come from.
check-too-few-sources = { $count ->
    [one] fontes de { $count } só veículo ou organização; esperam-se duas fontes independentes
   *[other] fontes de { $count } veículos ou organizações; esperam-se duas fontes independentes
}
# $title: the source's title (or its address).
check-not-archived = a fonte “{ $title }” não tem cópia arquivada
# $file: the snapshot's file name.
check-snapshot-missing = uma captura da fonte “{ $title }” não está na pasta de evidências ({ $file })
check-snapshot-altered = uma captura da fonte “{ $title }” foi alterada depois de anexada ({ $file })
check-excerpt-not-in-snapshot = o trecho da fonte “{ $title }” não corresponde mais à sua captura
# $count: characters in the claim as reviewed; $max: the limit (75).
check-reviewed-too-long = a alegação analisada tem { $count } caracteres; o ClaimReview pede menos de { $max }
# $status: the claim's status (check-status-*).
check-not-approved = ainda não aprovada ({ $status })
check-status-new = Nova
check-status-in-progress = Em andamento
check-status-ready = Pronta para revisão
check-status-approved = Aprovada
check-approval-stale = marcada como Aprovada, mas o que foi aprovado mudou depois do aval (ou nenhum foi registrado): precisa de nova revisão
check-no-stance = nenhuma posição escolhida para a fonte “{ $title }”
check-unresolved-comments = { $count ->
    [one] { $count } comentário não resolvido
   *[other] { $count } comentários não resolvidos
}
check-no-organisation = nenhuma organização definida: os relatórios e o ClaimReview precisam de um autor
check-no-review-url = nenhuma URL http(s) da checagem definida: o ClaimReview exige a URL da checagem publicada
# A date field whose text is not a date: $field (check-field-*), $value as
# typed, $problem (check-date-*).
check-bad-date = a { $field } “{ $value }” não é uma data: { $problem }
check-field-article-published = data de publicação do artigo
check-field-article-retrieved = data de acesso ao artigo
check-field-claim-date = data da alegação
# $title: the source's title (or its address).
check-field-source-published = data de publicação da fonte “{ $title }”
check-field-source-accessed = data de acesso à fonte “{ $title }”
check-date-not-iso = use o formato AAAA-MM-DD (ou AAAA-MM, ou AAAA)
check-date-no-such-date = essa data não existe no calendário
