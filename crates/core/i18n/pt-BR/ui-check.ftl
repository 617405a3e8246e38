# The Check tab (the check before export) and the Conflicts tab.
# Brazilian Portuguese: docs/i18n/glossary-pt-BR.md (você; infinitive for buttons and menu items).

checktab-check-before-export = Verificar antes de exportar
checktab-export = Exportar:
checktab-nothing-to-fix-the-report = Nada a corrigir: o relatório está pronto para publicação.
checktab-publish-approved-claims-only = Publicar somente as alegações aprovadas
checktab-reports-leave-out-claims-not = Os relatórios deixam de fora as alegações ainda não aprovadas, e avisam isso
checktab-record-publication = Registrar publicação
checktab-mark-the-approved-claims-as = Marcar as alegações aprovadas como publicadas hoje: a partir daí, mudar a classificação ou a justificativa delas exige uma nota de correção
checktab-show-this-claim = Mostrar esta alegação
checktab-merge-conflicts = Conflitos de mesclagem
checktab-no-conflicts-every-change-from = Nenhum conflito: todas as mudanças da mesclagem foram resolvidas.
checktab-both-copies-changed-these-differently = As duas cópias mudaram isto de formas diferentes. O projeto mantém a nossa até você escolher.
checktab-or-write-the-value = Ou digite o valor:
checktab-take-this-text = Usar este texto
checktab-approved-not-published = { $count ->
    [one] { $count } alegação aprovada ainda não registrada como publicada
   *[other] { $count } alegações aprovadas ainda não registradas como publicadas
}
checktab-show-setting = Mostrar esta configuração
checktab-source = Fonte
checktab-show-source = Mostrar esta fonte
checktab-sources = Fontes
checktab-show-sources = Mostrar as fontes
checktab-article = Artigo
checktab-open-article-tab = Abrir a guia Artigo
checktab-claim-number = Alegação nº { $number }
checktab-summary = { $count ->
    [one] { $count } ponto em que um leitor poderia tropeçar (a exportação funciona mesmo assim):
   *[other] { $count } pontos em que um leitor poderia tropeçar (a exportação funciona mesmo assim):
}
# The warning list's name for screen readers.
checktab-warnings-count = { $count ->
    [one] { $count } aviso
   *[other] { $count } avisos
}

# A merge conflict's three sides: the common ancestor, this copy, the other copy.
conflict-base = Base
conflict-ours = A nossa
conflict-theirs = A deles
conflict-take-base = Usar a base
conflict-take-ours = Usar a nossa
conflict-take-theirs = Usar a deles
