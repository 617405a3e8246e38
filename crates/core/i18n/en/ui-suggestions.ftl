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
suggest-threshold = Threshold
suggest-summary = { $suggested } of { $total ->
    [one] { $total } sentence
   *[other] { $total } sentences
} suggested, { $done } done, { $dismissed } dismissed
suggest-restore-dismissed = Restore dismissed ({ $count })
# The list's name for screen readers.
suggest-list-name = Suggested sentences
# Under a score: the sentence is already a claim.
suggest-done = done
# A row's name for screen readers; $score: "0.93".
suggest-row-name = Suggestion { $number }, score { $score }: { $sentence }
suggest-row-name-done = Suggestion { $number }, score { $score }, done: { $sentence }
suggest-explained = Sentences ranked by how check-worthy a model trained on US political debates (CLEF CheckThat! 2024) finds them. A suggestion, not a verdict.
suggest-not-english = This article does not look English. The model was trained on English debates: here its scores are a rough guide, and a sentence it ranks low may still be worth checking.
suggest-internal-error = Scoring stopped on an internal error.
suggest-model-unreadable = The triage model could not be read: { $error }
suggest-could-not-start = Could not start scoring: { $error }
suggest-scoring = Scoring the article's sentences…
suggest-cancelled = Scoring was cancelled. Choose another tab and come back to start again.
