# The Article tab (article and organisation) and the Scale tab.

project-project = Project
project-article = Article
project-publishing-organisation = Publishing organisation
project-project-activity = Project activity
project-nothing-yet-name-changes-and = Nothing yet: name changes and publications are listed here.
project-rating-scale = Rating scale
project-changing-the-scale-clears-verdicts = Changing the scale clears verdicts it no longer has; Undo restores them.
project-each-claim-gets-a-plain = Each claim gets a plain-language conclusion instead of a rating.
project-highlight-colour = Highlight colour
project-label = Label
project-remove-verdict = Remove verdict
project-down = Down
project-move-down = Move down
project-up = Up
project-move-up = Move up
project-description = Description
project-has-a-place-on-the = Has a place on the truth line (higher is truer)
project-add-verdict = Add verdict
project-project-title = Project title
project-name-of-this-fact-check = Name of this fact-check
project-headline = Headline
project-the-article-s-title = The article's title
project-outlet = Outlet
project-publication = Publication
project-author = Author
project-byline = Byline
project-article-url = Article URL
project-date-published = Date published
project-date-retrieved = Date retrieved
project-organisation = Organisation
project-who-publishes-the-fact-check = Who publishes the fact-check
project-organisation-url = Organisation URL
project-review-url = Review URL
project-reviewer = Reviewer
project-fact-checker-s-name = Fact-checker's name
project-scale-name = Scale name
# Under the article's fields; $sha256: the start of the text's SHA-256 digest.
project-article-size = { $characters ->
    [one] { $characters } character
   *[other] { $characters } characters
} · { $words ->
    [one] { $words } word
   *[other] { $words } words
} · SHA-256 { $sha256 }…
project-replace-with-preset = Replace with preset…
project-verdicts-from-a-scale = Verdicts from a scale
project-conclusion-only = Conclusion only
# A verdict without a label, by its place in the scale.
project-verdict-number = verdict { $number }
# Names for screen readers; $verdict: the label in quotes (quoted, list.ftl) or project-verdict-number.
project-colour-of = Colour of { $verdict }
project-remove-name = Remove { $verdict }
project-down-name = Down: move { $verdict } down
project-up-name = Up: move { $verdict } up
project-value = value
project-value-of = Value of { $verdict }
# The label of a verdict just added to the scale.
project-new-verdict = New verdict

# The project's report language (the Article tab).
project-report-language = Report language
project-report-language-window = Same as the window
