# The window's frame: tabs, the status bar, the article's header, settings the Check tab links to.
# Spanish: docs/i18n/glossary-es.md (tú; infinitive for buttons and menu items).

tab-claim = Afirmación
tab-sources = Fuentes
tab-article = Artículo
tab-scale = Escala
tab-check = Comprobación
tab-library = Biblioteca
tab-suggestions = Sugerencias
# $count: fields a merge could not settle.
tab-conflicts = Conflictos ({ $count })

article-untitled = Artículo sin título
window-drop-hint = Suelta un proyecto (.ron) o un artículo para abrirlo

status-claims-count = { $count ->
    [one] { $count } afirmación
   *[other] { $count } afirmaciones
}
status-sources-count = { $count ->
    [one] { $count } fuente
   *[other] { $count } fuentes
}
# A chip counting claims without a verdict.
status-unrated = Sin calificar
# A chip counting claims without a conclusion (projects with no rating scale).
status-claims = Afirmaciones
# The × button's name for screen readers.
status-dismiss-name = × Descartar mensaje

setting-organisation = Organización
setting-review-url = URL de la verificación
setting-date-published = Fecha de publicación
setting-date-retrieved = Fecha de consulta
# The article's name for screen readers.
article-text-name = Texto del artículo
