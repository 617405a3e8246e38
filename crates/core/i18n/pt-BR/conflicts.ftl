# Conflitos de mesclagem na guia Conflitos: onde está cada um ("alegação #3
# “Os preços subiram 4%” › classificação") e seus valores.

## Onde está um conflito

conflict-claim = alegação #{ $number } “{ $quote }”
conflict-claim-id = alegação (id { $id })
conflict-source = fonte “{ $title }”
conflict-source-id = fonte (id { $id })
conflict-link = vínculo com a fonte “{ $title }”
conflict-link-id = vínculo com a fonte (id { $id })
conflict-verdict = classificação “{ $label }”
conflict-verdict-id = classificação (id { $id })
conflict-item = { $what } { $id }
conflict-project-title = título do projeto
conflict-rating-scale = escala de classificação
conflict-project = projeto
conflict-field = { $name }
conflict-path = { $outer } › { $inner }

## O cabeçalho de cada lado

conflict-side-by = { $side } ({ $who })
conflict-side-when = { $side } ({ $when })
conflict-side-by-when = { $side } ({ $who }, { $when })

## O valor de um lado em palavras

conflict-value-absent = (não está: foi excluído ou nunca foi adicionado)
conflict-value-empty = (vazio)
conflict-value-none = nenhum
conflict-value-yes = sim
conflict-value-no = não
conflict-value-empty-list = (nenhum)
conflict-value-field = { $field }: { $value }

## Um elemento de uma lista

data-item-comments = comentário
data-item-previous-checks = checagem anterior
data-item-snapshots = captura
data-item-corrections = correção
data-item-segments = segmento
data-item-conflicts = conflito
data-item-activity = atividade
data-item-article-history = versão anterior

## Os campos dos dados do projeto

data-field-activity = atividade
data-field-article = artigo
data-field-article-history = histórico do artigo
data-field-claims = alegações
data-field-conflicts = conflitos
data-field-corrections = correções
data-field-dismissed-suggestions = sugestões descartadas
data-field-format-version = versão do formato
data-field-organisation = organização
data-field-organisation-url = URL da organização
data-field-publish-approved-only = publicar somente as aprovadas
data-field-report-language = idioma do relatório
data-field-review-url = URL da checagem
data-field-reviewer = checador
data-field-scale = escala
data-field-settings = configurações
data-field-sources = fontes
data-field-title = título
data-field-author = autor
data-field-date-published = data de publicação
data-field-date-retrieved = data de acesso
data-field-meta = dados
data-field-outlet = veículo
data-field-replaced-on = substituído em
data-field-segments = segmentos
data-field-sha256 = SHA-256
data-field-text = texto
data-field-url = URL
data-field-anchor = ancoragem
data-field-approved = aprovação
data-field-claim = alegação
data-field-claim-date = data da alegação
data-field-claimant = autor da alegação
data-field-comments = comentários
data-field-conclusion = conclusão
data-field-date = data
data-field-digest = resumo criptográfico
data-field-end = fim
data-field-excerpt = trecho
data-field-id = id
data-field-key = chave
data-field-orphaned = não encontrada no artigo
data-field-previous-checks = checagens anteriores
data-field-published-on = publicada em
data-field-quote = citação
data-field-rationale = justificativa
data-field-reviewed = alegação analisada
data-field-source = fonte
data-field-span = trecho marcado
data-field-stance = posição
data-field-start = início
data-field-status = status
data-field-tags = marcadores
data-field-verdict = classificação
data-field-when = quando
data-field-who = quem
data-field-archive-url = URL arquivada
data-field-archived-on = arquivada em
data-field-date-accessed = data de acesso
data-field-notes = notas
data-field-publisher = publicado por
data-field-reliability = confiabilidade
data-field-snapshots = capturas
data-field-color = cor
data-field-description = descrição
data-field-kind = tipo
data-field-label = rótulo
data-field-name = nome
data-field-value = valor
data-field-verdicts = classificações
data-field-change = alteração
data-field-event = evento
data-field-note = nota
data-field-resolved = resolvido
data-field-time = hora
data-field-bytes = bytes
data-field-captured = capturada em
data-field-ext = extensão
data-field-file-name = nome do arquivo
data-field-prefix = texto anterior
data-field-suffix = texto seguinte
data-field-snapshot = captura
data-field-first-page = primeira página
data-field-last-page = última página
data-field-page = página
data-field-speaker = locutor
data-field-start-char = caractere inicial
data-field-time-ms = tempo (ms)
