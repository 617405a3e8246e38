# Dialogs: new project, pasted article, unsaved changes, the in-app file chooser, progress.
# Brazilian Portuguese: docs/i18n/glossary-pt-BR.md (você; infinitive for buttons and menu items).

dialog-rating-scale = Escala de classificação
dialog-delete-this-claim = Excluir esta alegação?
dialog-delete-claim = Excluir alegação
dialog-cancel = Cancelar
dialog-new-project = Novo projeto
dialog-project-title = Título do projeto
dialog-then-open-or-paste-the = Depois abra ou cole o artigo a checar (menu Arquivo).
dialog-create = Criar
dialog-new-article-from-pasted-text = Novo artigo a partir de texto colado
dialog-headline = Título
dialog-article-text-paste-with-ctrl = Texto do artigo (cole com Ctrl+V)
dialog-create-project = Criar projeto
dialog-save-your-changes = Salvar as alterações?
dialog-this-project-has-changes-that = Este projeto tem alterações não salvas. Elas serão perdidas se você continuar sem salvar.
dialog-save-changes = Salvar alterações
dialog-don-t-save = Não salvar
dialog-save-as = Salvar como…
dialog-recover-unsaved-work = Recuperar o trabalho não salvo?
dialog-restore-opens-it-as-unsaved = Restaurar o abre como trabalho não salvo; salve-o para mantê-lo.
dialog-restore = Restaurar
dialog-discard = Descartar
dialog-open-this-article = Abrir este artigo?
dialog-replace-the-article-with-this = Substituir o artigo por esta versão?
dialog-the-text-is-the-same = O texto é o mesmo que foi checado.
dialog-claims-not-found-stay-in = As alegações não encontradas continuam no projeto com a citação antiga. O texto antigo fica guardado no histórico do projeto. Desfazer reverte a substituição.
dialog-replace = Substituir
dialog-keyboard-shortcuts = Atalhos de teclado
dialog-ok = OK
dialog-merge-the-changes-in = Mesclar as alterações
dialog-dismiss = Descartar
dialog-merge = Mesclar
dialog-overwrite = Substituir
dialog-back = Voltar
dialog-folder = Pasta
dialog-up = Pasta acima
dialog-the-folder-that-holds-this = A pasta que contém esta
dialog-home = Pasta pessoal
dialog-file-name = Nome do arquivo
dialog-show-hidden-files = Mostrar arquivos ocultos
dialog-no-folders-or-matching-files = Não há pastas nem arquivos correspondentes aqui
dialog-use-the-reader-view-s = Usar o texto do modo de leitura
# $name: the project's file name.
dialog-changed-on-disk-banner = { $name } foi alterado no disco desde que você o abriu ou salvou.
dialog-changed-on-disk-heading = { $name } foi alterado no disco
dialog-changed-on-disk-body = Alguém o salvou depois que você o abriu (outra janela, um colega ou um git pull). Salvar agora sobrescreveria as alterações dessa pessoa.
dialog-merge-keeps-both = Mesclar mantém as duas versões: as alterações dessa pessoa e as suas, com cada campo que as duas mudaram listado em Conflitos.
dialog-whole-page-kept = Todo o texto da página é mantido ({ $words } palavras), incluindo menus e comentários
dialog-use-extracted-article = Usar o artigo extraído
dialog-use-whole-page = Usar todo o texto da página
# $problem: what is short about the extracted text.
dialog-check-whole-new-version = { $problem }: confira se esta é a nova versão completa
dialog-delete-claim-consequence = { $links ->
    [one] A classificação, a justificativa e { $links } vínculo com fonte vão junto. Desfazer (Ctrl+Z) a traz de volta.
   *[other] A classificação, a justificativa e { $links } vínculos com fontes vão junto. Desfazer (Ctrl+Z) a traz de volta.
}
# $name: the project; $when: the copy's time.
dialog-recover-body = { $claims ->
    [one] O ClaimDesk foi fechado antes de “{ $name }” ser salvo. Uma cópia de recuperação de { $when } contém { $claims } alegação.
   *[other] O ClaimDesk foi fechado antes de “{ $name }” ser salvo. Uma cópia de recuperação de { $when } contém { $claims } alegações.
}
dialog-no-such-file = O arquivo { $path } não existe
dialog-no-such-folder = A pasta { $path } não existe
dialog-not-a-folder = { $path } não é uma pasta
dialog-replace-existing = { $path } já existe. Substituí-lo? A versão anterior fica guardada ao lado como arquivo .bak.
# Not plain "Save"/"Open": the toolbar behind the dialog has those names.
dialog-open-file = Abrir arquivo
dialog-save-file = Salvar arquivo
dialog-choose-this-folder = Escolher esta pasta
# $problem: the folder and the system's reason.
dialog-cannot-read-folder = Não foi possível ler { $problem }
