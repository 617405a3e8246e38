# The window's menu bar, toolbar and keyboard-shortcut list.
# Ellipses (…) mean the entry asks something before it acts.
# Brazilian Portuguese: docs/i18n/glossary-pt-BR.md (você; infinitive for buttons and menu items).

menu-file = Arquivo
menu-file-new-project = Novo projeto…
menu-file-open-project = Abrir projeto…
menu-file-open-recent = Abrir recente
menu-file-no-recent = Nenhum projeto recente
menu-file-open-article = Abrir artigo…
menu-file-paste-article = Novo artigo a partir de texto colado…
menu-file-import-annotations = Importar anotações…
menu-file-save = Salvar
menu-file-save-as = Salvar como…
menu-file-export = Exportar
# $format: the export format's name (HTML report, Markdown, CSV, …).
menu-file-export-format = { $format }…
menu-file-check-before-export = Verificar antes de exportar…
menu-file-quit = Sair

menu-edit = Editar
menu-edit-undo = Desfazer
# $action: what the last change did, e.g. "typing in Rationale".
menu-edit-undo-action = Desfazer: { $action }
menu-edit-redo = Refazer
menu-edit-redo-action = Refazer: { $action }
menu-edit-your-name = Seu nome…

menu-claims = Alegações
menu-claims-mark = Marcar alegação
menu-claims-next = Próxima alegação
menu-claims-previous = Alegação anterior

menu-article = Artigo
menu-article-replace = Substituir por nova versão…

menu-project = Projeto
menu-project-article-and-organisation = Artigo e organização…
menu-project-sources = Fontes…
menu-project-archive-all = Arquivar todas as fontes sem cópia…
menu-project-scale = Escala de classificação…

# The Language menu lists each language in itself (English, Español, 日本語 …).
menu-language = Idioma

menu-help = Ajuda
menu-help-shortcuts = Atalhos de teclado…

toolbar-mark-claim = Marcar alegação
# $shortcut: the key, e.g. Ctrl+M.
toolbar-mark-claim-hover = Marcar o texto selecionado como alegação ({ $shortcut })
hint-select-passage-first = Selecione primeiro um trecho do artigo
toolbar-previous = Anterior
toolbar-previous-hover = Alegação anterior ({ $shortcut })
toolbar-next = Próxima
toolbar-next-hover = Próxima alegação ({ $shortcut })
toolbar-undo = Desfazer
toolbar-nothing-to-undo = Nada para desfazer
toolbar-redo = Refazer
toolbar-nothing-to-redo = Nada para refazer
toolbar-save = Salvar
toolbar-save-hover = Salvar ({ $shortcut })

shortcut-mark-claim = Marcar o trecho selecionado como alegação
shortcut-next-previous-claim = Alegação seguinte / anterior
shortcut-next-previous-pane = Painel seguinte / anterior: lista de alegações, artigo, painel de edição
shortcut-tab-keys = Tab / Shift+Tab
shortcut-next-previous-control = Controle seguinte / anterior no painel
shortcut-enter-keys = Enter ou Space
shortcut-select-or-press = Selecionar a linha de alegação em foco; pressionar o botão em foco
shortcut-shift-keys = Shift+setas, Shift+Home/End
shortcut-select-text = Selecionar texto no artigo (primeiro F6 ou clique nele)
shortcut-escape-key = Escape
shortcut-cancel-dialog = Cancelar uma caixa de diálogo
shortcut-undo-redo = Desfazer / refazer
shortcut-save-save-as = Salvar / salvar como
shortcut-open-new = Abrir / novo projeto
shortcut-suggestion-keys = Up/Down, Enter, Delete
shortcut-suggestions = Guia Sugestões: percorrer, marcar, descartar

# The export formats, as the Export menu and its messages name them.
format-html = Relatório HTML
format-markdown = Relatório Markdown
format-csv = Tabela CSV
format-claimreview = ClaimReview JSON-LD
format-annotations = Anotações da Web W3C

# File › Desk: working as a team on one shared git repository.
menu-file-desk = Redação
menu-file-desk-sync = Sincronizar
menu-file-desk-show = Mostrar a redação
menu-file-desk-join = Entrar em uma redação…
menu-file-desk-start = Criar uma redação…
toolbar-sync = Sincronizar
toolbar-sync-hover = Enviar suas alterações para a redação e trazer as dos outros ({ $shortcut })
shortcut-sync = Sincronizar com a redação
