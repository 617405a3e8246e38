# Os nomes dos passos que podem ser desfeitos, no menu Editar e nas dicas da
# barra de ferramentas: "Desfazer: { $action }".

history-add-claim = Adicionar alegação
history-delete-claim = Excluir alegação
history-edit-claim = Editar alegação
history-approve-claim = Aprovar alegação
history-add-source = Adicionar fonte
history-delete-source = Excluir fonte
history-edit-source = Editar fonte
history-edit-project-title = Editar o título do projeto
history-edit-article-details = Editar os dados do artigo
history-edit-settings = Editar as configurações
history-edit-scale = Editar a escala de classificação
history-replace-article = Substituir o artigo
history-edit-corrections = Editar o registro de correções
history-note-activity = Anotar na atividade do projeto
history-resolve-conflict = Resolver conflito
history-dismiss-suggestion = Descartar sugestão
history-restore-suggestions = Restaurar sugestões
history-merge-changes = Mesclar alterações
history-nothing = Nada
history-import-annotations = Importar anotações

## Passos da revisão

history-mark-ready = Marcar como pronta para revisão
history-return-claim = Devolver alegação
history-add-comment = Adicionar comentário
history-resolve-comment = Resolver comentário
history-reopen-comment = Reabrir comentário
history-correct-claim = Corrigir alegação
history-record-publication = Registrar publicação
history-change-your-name = Mudar seu nome

## Um campo de uma alegação

history-edit-span = Mudar o trecho marcado
history-edit-claim-reviewed = Editar a alegação analisada
history-edit-claimant = Editar o autor da alegação
history-edit-claim-date = Editar a data da alegação
history-set-status = Mudar o status
history-set-verdict = Mudar a classificação
history-edit-conclusion = Editar a conclusão
history-edit-rationale = Editar a justificativa
history-edit-tags = Editar os marcadores
history-edit-sources = Mudar as fontes
history-edit-excerpt = Editar o trecho da fonte

## Um campo de uma fonte

history-edit-source-title = Editar o título
history-edit-url = Editar a URL
history-edit-publisher = Editar "Publicado por"
history-edit-author = Editar o autor
history-edit-date-published = Editar a data de publicação
history-edit-date-accessed = Editar a data de acesso
history-edit-archived-url = Editar a URL arquivada
history-edit-snapshots = Mudar as capturas
history-set-reliability = Mudar a confiabilidade
history-edit-notes = Editar as notas

## Um campo do artigo ou das configurações do projeto

history-edit-article-title = Editar o título do artigo
history-edit-outlet = Editar o veículo
history-edit-article-url = Editar a URL do artigo
history-edit-date-retrieved = Editar a data de acesso do artigo
history-edit-organisation = Editar a organização
history-edit-organisation-url = Editar a URL da organização
history-edit-review-url = Editar a URL da checagem
history-edit-reviewer = Editar o checador
history-edit-publish-approved-only = Mudar "Publicar somente as alegações aprovadas"
history-set-report-language = Mudar o idioma do relatório
history-edit-field = Editar { $field }
