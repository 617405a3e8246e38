# Messages in the status bar and error dialogs: opening, saving, exporting, merging.
# Brazilian Portuguese: docs/i18n/glossary-pt-BR.md (você; infinitive for buttons and menu items).

msg-that-passage-is-no-longer = Esse trecho não está mais no artigo
msg-undone = Desfeito
msg-could-not-undo = Não foi possível desfazer
msg-redone = Refeito
msg-could-not-redo = Não foi possível refazer
msg-new-project-open-or-paste = Novo projeto: abra ou cole o artigo a checar (menu Arquivo)
msg-could-not-use-the-pasted = Não foi possível usar o texto colado
msg-restored-unsaved-work-save-it = Trabalho não salvo restaurado: salve-o para mantê-lo
msg-could-not-open-the-project = Não foi possível abrir o projeto
msg-could-not-open-the-article = Não foi possível abrir o artigo
msg-could-not-save = Não foi possível salvar
msg-could-not-export = Não foi possível exportar
msg-could-not-merge-the-changes = Não foi possível mesclar as alterações do disco
msg-merging-was-cancelled-nothing-changed = A mesclagem foi cancelada: nada mudou
msg-could-not-resolve-the-conflict = Não foi possível resolver o conflito
msg-an-article-is-being-read = Um artigo já está sendo lido: aguarde ou cancele a leitura
msg-replace-with-new-version = Substituir por nova versão
msg-reading-the-file-stopped-on = A leitura do arquivo parou por um erro interno. Nada mudou.
msg-annotations-are-being-imported-already = Anotações já estão sendo importadas: aguarde ou cancele a importação
msg-could-not-import-annotations = Não foi possível importar as anotações
msg-importing-annotations-was-cancelled-nothing = A importação de anotações foi cancelada: nada mudou
msg-could-not-start-re-anchoring = Não foi possível começar a reposicionar as alegações
msg-replacing-the-article-was-cancelled = A substituição do artigo foi cancelada: nada mudou
msg-could-not-read-the-new = Não foi possível ler a nova versão
msg-a-file-chooser-is-already = Um seletor de arquivos já está aberto
msg-claims = Alegações
msg-no-article-yet = Nenhum artigo ainda
msg-open-article = Abrir artigo…
msg-paste-article-text = Colar o texto do artigo…
msg-dismiss-this-message = Descartar esta mensagem

# File choosers' titles.
pick-open-project = Abrir um projeto
pick-open-article = Abrir um artigo
pick-new-version = A nova versão do artigo
pick-annotations = Anotações a importar (W3C, Hypothesis, ClaimReview)
pick-snapshot = Uma página salva, um PDF, um documento do Word ou um arquivo de texto para anexar
pick-past-checks = Checagens anteriores para adicionar à biblioteca (projetos, ClaimReview, TSV)
pick-past-checks-folder = Uma pasta de checagens anteriores para adicionar à biblioteca
pick-save-as = Salvar o projeto como
pick-export-to = Exportar para

# An error's text alone, when its title says the rest.
msg-error = { $error }
msg-merge-unreadable = Não foi possível mesclar: o arquivo no disco não pode ser lido
msg-merge-unreadable-body = { $error }

    Salvar como… mantém seu trabalho em outro arquivo.
msg-merging-file = Mesclando { $file }
msg-merging-heading = Mesclando as alterações do disco…
msg-merging-note = Nada muda até a mesclagem terminar.
msg-merge-internal-error = A mesclagem parou por um erro interno. Nada mudou.
msg-merge-project-changed = O projeto mudou durante a mesclagem. Nada foi mesclado: mescle de novo.
msg-merged-and-saved = Alterações do disco mescladas e salvas
msg-merged = Alterações do disco mescladas
msg-merged-with-conflicts = { $count ->
    [one] Alterações do disco mescladas: { $count } conflito a resolver (guia Conflitos)
   *[other] Alterações do disco mescladas: { $count } conflitos a resolver (guia Conflitos)
}
# $place: the conflict's field in words.
msg-resolved = Resolvido: { $place }
msg-opened = Aberto: { $path }
msg-opened-article = Artigo aberto: salve-o como projeto para manter seu trabalho
msg-saved = Salvo: { $path }
# $format: "HTML report"; $approved of $total claims.
msg-exported-draft = { $total ->
    [one] RASCUNHO exportado ({ $format }) para { $path }: { $approved } de { $total } alegação aprovada; não é publicado até você registrar a publicação
   *[other] RASCUNHO exportado ({ $format }) para { $path }: { $approved } de { $total } alegações aprovadas; não é publicado até você registrar a publicação
}
msg-exported = Exportado para { $path } ({ $format })
msg-you-are = Você assina como { $name }

# Progress dialogs. $done and $total are filled in as the work counts: keep them.
msg-reading-file = Lendo { $file }
msg-reading-file-pages = Lendo { $file }: página { $done } de { $total }
msg-anchoring-file = Ancorando { $file }: { $done } de { $total }
msg-reanchoring-file = Reposicionando as alegações em { $file }: { $done } de { $total }
msg-importing-annotations = Importando anotações…
msg-import-internal-error = a leitura do arquivo parou por um erro interno
msg-import-project-changed = O projeto mudou enquanto as anotações eram lidas. Nada foi importado: importe o arquivo de novo.
msg-import-failed-body = { $path }: { $error }. Nada mudou.
msg-annotations-imported = Anotações importadas
msg-reading-new-version = Lendo a nova versão…
msg-opening-article = Abrindo o artigo…
msg-replacing-cancelled = A substituição do artigo foi cancelada: nada mudou
msg-opening-cancelled = A abertura do artigo foi cancelada: nada mudou
msg-replace-project-changed-reading = O projeto mudou enquanto a nova versão era lida. Nada foi substituído: tente de novo.
msg-replacing-heading = Substituindo pela nova versão…
msg-replacing-note = Nada muda até você revisar o resultado.
msg-replace-project-changed = O projeto mudou enquanto as alegações eram reposicionadas. Nada foi substituído: tente de novo.
msg-reanchor-internal-error = O reposicionamento parou por um erro interno. Nada foi substituído.
# Typing while no field has the keyboard: the hint starts with the first message.
msg-lost-typing-start = Nada foi digitado em nenhum campo
msg-lost-typing = “{ $typed }”. Clique em um campo (ou pressione Tab para chegar a um) e digite de novo.
msg-recovery-write-failed = Não foi possível gravar a cópia de recuperação: { $error }
msg-could-not-apply = Não foi possível aplicar a alteração: { $error }
# The system file chooser's filters.
pick-filter-project = Projeto do ClaimDesk
pick-filter-article = Artigo
pick-filter-annotations = Anotações
pick-filter-past-checks = Checagens anteriores
pick-filter-all-files = Todos os arquivos

# Notes on an opened article file (shown after "Opened the article…").
note-no-title = Nenhum título encontrado: é usado o nome do arquivo
note-title-first-line = O título é a primeira linha do documento
note-no-date = Nenhuma data de publicação encontrada na página
note-markdown-html = O HTML dentro do Markdown foi deixado de fora
note-read-as-web-page = O arquivo contém uma página web: foi lido como tal
