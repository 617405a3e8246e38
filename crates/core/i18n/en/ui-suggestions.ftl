# The Suggestions tab (sentences worth checking).

suggest-default = Default
suggest-show-every-dismissed-suggestion-again = Show every dismissed suggestion again
suggest-mark-as-claim = Mark as claim
suggest-enter-the-sentence-or-the = Enter: the sentence, or the part of it selected in the article
suggest-dismiss = Dismiss
suggest-delete-never-suggest-this-sentence = Delete: never suggest this sentence again in this project
suggest-up-down-walk-enter-mark = Up/Down walk · Enter mark · Delete dismiss
suggest-no-sentence-passes-the-threshold = No sentence passes the threshold.
suggest-scoring-cancelled-open-the-suggestions = Scoring cancelled: open the Suggestions tab again to restart it
