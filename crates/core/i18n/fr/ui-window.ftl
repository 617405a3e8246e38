# The window's frame: tabs, the status bar, the article's header, settings the Check tab links to.
# French: docs/i18n/glossary-fr.md (vous; infinitive for buttons and menu items;
# a no-break space U+00A0 before colons, semicolons, question and exclamation marks).

tab-claim = Affirmation
tab-sources = Sources
tab-article = Article
tab-scale = Échelle
tab-check = Contrôle
tab-library = Bibliothèque
tab-suggestions = Suggestions
# $count: fields a merge could not settle.
tab-conflicts = Conflits ({ $count })

article-untitled = Article sans titre
window-drop-hint = Déposez un projet (.ron) ou un article pour l'ouvrir

status-claims-count = { $count ->
    [one] { $count } affirmation
   *[other] { $count } affirmations
}
status-sources-count = { $count ->
    [one] { $count } source
   *[other] { $count } sources
}
# A chip counting claims without a verdict.
status-unrated = Sans verdict
# A chip counting claims without a conclusion (projects with no rating scale).
status-claims = Affirmations
# The × button's name for screen readers.
status-dismiss-name = × Ignorer le message

setting-organisation = Organisation
setting-review-url = URL de la vérification
setting-date-published = Date de publication
setting-date-retrieved = Date de consultation
# The article's name for screen readers.
article-text-name = Texte de l'article
