# The claim list and the claim editor.

claims-search-claims = Search claims
claims-quote-claim-claimant-tag = quote, claim, claimant, tag…
claims-verdict = Verdict
claims-status = Status
claims-all-statuses = All statuses
claims-no-claim-selected = No claim selected
claims-delete = Delete…
claims-delete-this-claim-asks-first = Delete this claim (asks first)
claims-show-in-article = Show in article
claims-not-found-in-the-current = Not found in the current version of the article: this quote is from an earlier version.
claims-approved = Approved
claims-correct = Correct…
claims-sources = Sources
claims-tags = Tags
claims-remove-tag = Remove tag
claims-add-tag = add tag
claims-type-a-tag-and-press = Type a tag and press Enter
claims-show-in-sources = Show in Sources
claims-unlink = Unlink
claims-remove-this-source-from-the = Remove this source from the claim
claims-open-link = Open link
claims-archived-copy = Archived copy
claims-stance = Stance
claims-choose-a-stance = Choose a stance…
claims-link = Link
claims-new-source = New source
claims-add-a-source-to-the = Add a source to the project and link it here
claims-claim-as-reviewed = Claim as reviewed
claims-a-short-neutral-restatement = A short, neutral restatement
claims-claimant = Claimant
claims-who-made-the-claim = Who made the claim
claims-claim-date = Claim date
claims-conclusion = Conclusion
claims-what-the-evidence-shows-in = What the evidence shows, in plain words
claims-rationale = Rationale
claims-why-this-verdict-what-the = Why this verdict: what the sources show
claims-excerpt = Excerpt
claims-the-passage-of-the-source = The passage of the source that bears on the claim
claims-none-yet = No claims yet.
    Select a passage in the article and press Mark claim (Ctrl+M).
# The claim list's name for screen readers; $shown: "2 of 3 claims".
claims-list-name = Claims, { $shown } shown
claims-shown-of-total = { $total ->
    [one] { $shown } of { $total } claim
   *[other] { $shown } of { $total } claims
}
claims-all-verdicts = All verdicts
claims-unrated = Unrated
claims-no-conclusion = No conclusion
claims-concluded = Concluded
claims-sources-count = { $count ->
    [one] { $count } source
   *[other] { $count } sources
}
claims-open-comments-count = { $count ->
    [one] { $count } open comment
   *[other] { $count } open comments
}
claims-row-not-found = Not found in the current text
claims-row-not-found-name = not found in the current text
# A claim row's name for screen readers; the status and counts follow.
claims-row-name = Claim { $number }: { $title } — { $verdict }
claims-editor-empty = Click a highlight in the article or a claim in the list.

    To add a claim, select a passage (drag, or Shift+arrow keys) and press Mark claim (Ctrl+M).
claims-editor-heading = Claim #{ $number }
# The chip of a claim in a project without a rating scale.
claims-conclusion-chip = Conclusion
# Where the quote sits in the article, in characters.
claims-characters-range = characters { $start }–{ $end }
# $limit: what ClaimReview readers show in full.
claims-reviewed-too-long = { $count } characters: keep it under { $limit } for ClaimReview
claims-reviewed-length = { $count } of { $limit } characters
claims-published-locked = Published { $day }: verdict and rationale change only by a correction.
claims-no-verdict-yet = No verdict chosen yet.
claims-untitled-source = (untitled source)
claims-link-a-source = Link a source…
