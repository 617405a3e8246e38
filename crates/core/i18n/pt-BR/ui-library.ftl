# The Library tab ("Checked before") and its worker's messages.
# Brazilian Portuguese: docs/i18n/glossary-pt-BR.md (você; infinitive for buttons and menu items).

library-checked-before = Já checadas
library-the-library-is-off-there = A biblioteca está desativada: não há pasta de dados para guardá-la.
library-select-a-claim-to-see = Selecione uma alegação para ver checagens anteriores dela.
library-linked-as-previous-checks = Vinculadas como checagens anteriores
library-unlink = Desvincular
library-search-the-library = Pesquisar na biblioteca
library-words-of-a-claim = palavras de uma alegação
library-search = Pesquisar
library-library-settings = Configurações da biblioteca
library-add-past-checks = Adicionar checagens anteriores…
library-files = Arquivos…
library-projects-ron-claimreview-json-jsonld = Projetos (.ron), ClaimReview (.json, .jsonld, .html) ou listas TSV
library-a-folder = Uma pasta…
library-every-project-claimreview-and-tsv = Todos os projetos e arquivos ClaimReview e TSV nela, inclusive nas subpastas
library-add-earlier-fact-checks-to = Adicionar checagens anteriores à biblioteca, como faz `claimdesk library add`
library-add-projects-to-the-library = Adicionar os projetos à biblioteca ao salvá-los
library-folder = Pasta
library-use-folder = Usar pasta
library-searching-the-library = Pesquisando na biblioteca…
library-keep-this-as-an-earlier = Manter como checagem anterior da alegação selecionada; os relatórios a citam
library-the-library-is-off-there-2 = A biblioteca está desativada: não há pasta de dados para guardá-la
library-past-checks-are-being-added = Checagens anteriores já estão sendo adicionadas
library-add-past-checks-2 = Adicionar checagens anteriores
# $number: the selected claim's number.
library-earlier-checks-like = Checagens anteriores parecidas com a alegação nº { $number }
library-unknown-organisation = Desconhecida
library-empty = A biblioteca está vazia. Adicione checagens anteriores com “Adicionar checagens anteriores…”, aqui embaixo, ou com `claimdesk library add PATH…` (projetos, arquivos ClaimReview, pastas), ou salve um projeto aqui com “Adicionar os projetos à biblioteca ao salvá-los” marcado abaixo.
# $count: the library's entries (a number, written as the language writes numbers).
library-no-close-match-count = { $count ->
    [one] Nenhuma correspondência próxima na biblioteca ({ $count } entrada).
   *[other] Nenhuma correspondência próxima na biblioteca ({ $count } entradas).
}
library-no-close-match = Nenhuma correspondência próxima na biblioteca.
library-search-failed = Não foi possível pesquisar na biblioteca: { $error }
library-strong-match = Correspondência forte
library-possible-match = Correspondência possível
library-weak-match = Correspondência fraca
library-link-to-claim = Vincular à alegação nº { $number } como checagem anterior
library-linked-to-claim = Vinculada à alegação nº { $number }
library-no-verdict = Sem classificação
# Scores: $strong, $possible and $floor are numbers such as 20.
library-score-hover = Quão próxima é a correspondência: a pontuação da busca; quanto mais alta, mais próxima. Forte a partir de { $strong }, possível a partir de { $possible }; a caixa de pesquisa não lista nenhuma abaixo de { $floor }.

# The library worker's messages.
library-could-not-start = Não foi possível iniciar a biblioteca: { $error }
library-could-not-open = Não foi possível abrir a biblioteca: { $error }
library-could-not-add = A biblioteca não conseguiu adicionar as checagens anteriores: { $error }
# $name: a file name.
library-added-file = { $count ->
    [one] { $name } adicionado à biblioteca ({ $count } alegação)
   *[other] { $name } adicionado à biblioteca ({ $count } alegações)
}
library-file-unchanged = { $name } já está na biblioteca
library-file-not-added = { $name } não foi adicionado à biblioteca: { $why }
library-could-not-add-file = A biblioteca não conseguiu adicionar { $name }: { $error }
library-skipped = Ignorado { $name }: { $why }
library-not-read = Não lido: { $name }: { $why }
library-ignored = { $count ->
    [one] { $count } outro arquivo nas pastas não é um projeto nem um arquivo ClaimReview ou TSV
   *[other] { $count } outros arquivos nas pastas não são projetos nem arquivos ClaimReview ou TSV
}
library-added-summary = { $added ->
    [0] Nenhuma checagem anterior adicionada
    [one] { $added } checagem anterior adicionada
   *[other] { $added } checagens anteriores adicionadas
} de { $files ->
    [one] { $files } arquivo
   *[other] { $files } arquivos
}; a biblioteca contém { $entries }
# $summary: library-added-summary, then how many files were in it already.
library-unchanged = { $count ->
    [one] { $summary } ({ $count } arquivo já estava nela, sem alterações)
   *[other] { $summary } ({ $count } arquivos já estavam nela, sem alterações)
}
library-stopped = { $summary }. Parou antes dos últimos arquivos: execute de novo para adicionar o restante
library-past-checks-added = Checagens anteriores adicionadas
library-not-running = A biblioteca não está em execução.
library-items = { $count ->
    [one] { $count } item
   *[other] { $count } itens
}
library-adding = Adicionando checagens anteriores…
library-looking-in = Procurando em { $what }
# $done and $total are filled in as the files are read: keep them.
library-reading-file-of = Lendo o arquivo { $done } de { $total }
library-adding-note = Cancelar para depois do arquivo em leitura; o que foi adicionado permanece.
