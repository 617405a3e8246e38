# The window's frame: tabs, the status bar, the article's header, settings the Check tab links to.
# Brazilian Portuguese: docs/i18n/glossary-pt-BR.md (você; infinitive for buttons and menu items).

tab-claim = Alegação
tab-sources = Fontes
tab-article = Artigo
tab-scale = Escala
tab-check = Verificação
tab-library = Biblioteca
tab-suggestions = Sugestões
# $count: fields a merge could not settle.
tab-conflicts = Conflitos ({ $count })

article-untitled = Artigo sem título
window-drop-hint = Solte um projeto (.ron) ou um artigo para abri-lo

status-claims-count = { $count ->
    [one] { $count } alegação
   *[other] { $count } alegações
}
status-sources-count = { $count ->
    [one] { $count } fonte
   *[other] { $count } fontes
}
# A chip counting claims without a verdict.
status-unrated = Sem classificação
# A chip counting claims without a conclusion (projects with no rating scale).
status-claims = Alegações
# The × button's name for screen readers.
status-dismiss-name = × Descartar mensagem

setting-organisation = Organização
setting-review-url = URL da checagem
setting-date-published = Data de publicação
setting-date-retrieved = Data de acesso
# The article's name for screen readers.
article-text-name = Texto do artigo
