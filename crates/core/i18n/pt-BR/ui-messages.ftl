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
