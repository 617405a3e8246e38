# Merge conflicts in the Conflicts tab: where each is ("claim #3 “Prices rose
# 4%” › verdict") and its values in words. The project file and
# `claimdesk merge` keep the English.

## Where a conflict is

# $number: the claim's number in the article; $quote: its quote, cut short.
conflict-claim = claim #{ $number } “{ $quote }”
# A claim, source or verdict no longer in the project: $id, its id in the file.
conflict-claim-id = claim (id { $id })
conflict-source = source “{ $title }”
conflict-source-id = source (id { $id })
# A claim's link to a source.
conflict-link = link to source “{ $title }”
conflict-link-id = link to source (id { $id })
conflict-verdict = verdict “{ $label }”
conflict-verdict-id = verdict (id { $id })
# One element of a list: $what (a data-item-* name) and its $id in the file.
conflict-item = { $what } { $id }
conflict-project-title = project title
conflict-rating-scale = rating scale
conflict-project = project
# A field that has no message of its own: $name, its name in the data.
conflict-field = { $name }
# A step inside another: "claim #3 “…” › verdict".
conflict-path = { $outer } › { $inner }

## Each side's heading: $side (Base, Ours, Theirs), $who changed it, $when

conflict-side-by = { $side } ({ $who })
conflict-side-when = { $side } ({ $when })
conflict-side-by-when = { $side } ({ $who }, { $when })

## A side's value in words

conflict-value-absent = (not there: deleted, or never added)
conflict-value-empty = (empty)
# No value (no verdict, no date).
conflict-value-none = none
conflict-value-yes = yes
conflict-value-no = no
# An empty list.
conflict-value-empty-list = (none)
# One field of a whole claim or source shown field by field.
conflict-value-field = { $field }: { $value }

## One element of a list, by the list's name in the data

data-item-comments = comment
data-item-previous-checks = previous check
data-item-snapshots = snapshot
data-item-corrections = correction
data-item-segments = segment
data-item-conflicts = conflict
data-item-activity = activity
data-item-article-history = article history

## The fields of the project's data, by their names there (English says
## each as the file names it, underscores as spaces)

data-field-activity = activity
data-field-article = article
data-field-article-history = article history
data-field-claims = claims
data-field-conflicts = conflicts
data-field-corrections = corrections
data-field-dismissed-suggestions = dismissed suggestions
data-field-format-version = format version
data-field-organisation = organisation
data-field-organisation-url = organisation URL
data-field-publish-approved-only = publish approved only
data-field-report-language = report language
data-field-review-url = review URL
data-field-reviewer = reviewer
data-field-scale = scale
data-field-settings = settings
data-field-sources = sources
data-field-title = title
data-field-author = author
data-field-date-published = date published
data-field-date-retrieved = date retrieved
data-field-meta = details
data-field-outlet = outlet
data-field-replaced-on = replaced on
data-field-segments = segments
data-field-sha256 = SHA-256
data-field-text = text
data-field-url = URL
data-field-anchor = anchor
data-field-approved = approved
data-field-claim = claim
data-field-claim-date = claim date
data-field-claimant = claimant
data-field-comments = comments
data-field-conclusion = conclusion
data-field-date = date
data-field-digest = digest
data-field-end = end
data-field-excerpt = excerpt
data-field-id = id
data-field-key = key
data-field-orphaned = orphaned
data-field-previous-checks = previous checks
data-field-published-on = published on
data-field-quote = quote
data-field-rationale = rationale
data-field-reviewed = claim as reviewed
data-field-source = source
data-field-span = span
data-field-stance = stance
data-field-start = start
data-field-status = status
data-field-tags = tags
data-field-verdict = verdict
data-field-when = when
data-field-who = who
data-field-archive-url = archived URL
data-field-archived-on = archived on
data-field-date-accessed = date accessed
data-field-notes = notes
data-field-publisher = publisher
data-field-reliability = reliability
data-field-snapshots = snapshots
data-field-color = color
data-field-description = description
data-field-kind = kind
data-field-label = label
data-field-name = name
data-field-value = value
data-field-verdicts = verdicts
data-field-change = change
data-field-event = event
data-field-note = note
data-field-resolved = resolved
data-field-time = time
data-field-bytes = bytes
data-field-captured = captured
data-field-ext = ext
data-field-file-name = file name
data-field-prefix = prefix
data-field-suffix = suffix
data-field-snapshot = snapshot
data-field-first-page = first page
data-field-last-page = last page
data-field-page = page
data-field-speaker = speaker
data-field-start-char = start char
data-field-time-ms = time ms
