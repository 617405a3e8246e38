# The window's frame: tabs, the status bar, the article's header, settings the Check tab links to.

tab-claim = Claim
tab-sources = Sources
tab-article = Article
tab-scale = Scale
tab-check = Check
tab-library = Library
tab-suggestions = Suggestions
# $count: fields a merge could not settle.
tab-conflicts = Conflicts ({ $count })

article-untitled = Untitled article
window-drop-hint = Drop a project (.ron) or an article to open it

status-claims-count = { $count ->
    [one] { $count } claim
   *[other] { $count } claims
}
status-sources-count = { $count ->
    [one] { $count } source
   *[other] { $count } sources
}
# A chip counting claims without a verdict.
status-unrated = Unrated
# A chip counting claims without a conclusion (projects with no rating scale).
status-claims = Claims
# The × button's name for screen readers.
status-dismiss-name = × Dismiss message

setting-organisation = Organisation
setting-review-url = Review URL
setting-date-published = Date published
setting-date-retrieved = Date retrieved
# The article's name for screen readers.
article-text-name = Article text
tab-desk = Desk
# The window's title for a project never saved.
window-untitled = Untitled
