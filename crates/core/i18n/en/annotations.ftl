# File › Import annotations…: what the import did, in the status bar and the
# dialog listing what to look at. `claimdesk import` prints the English.

annotations-format-w3c = W3C Web Annotations
annotations-format-hypothesis = Hypothesis export
annotations-format-claimreview = ClaimReview
# $count claims from a file of $format (above); $outcomes: the counts below,
# joined with list-comma.
annotations-imported = { $count ->
    [one] Imported { $count } claim ({ $format }): { $outcomes }
   *[other] Imported { $count } claims ({ $format }): { $outcomes }
}
# Found where the annotation said.
annotations-anchored = { $count } anchored
# Found elsewhere, or with other wording.
annotations-moved = { $count } moved
# Not found: imported as claims to place by hand.
annotations-orphaned = { $count } orphaned
annotations-already-present = { $count } already present
annotations-skipped = { $count } skipped

## One line per annotation to look at: $quote, cut short

annotations-wording-differs = wording differs: "{ $quote }"
annotations-not-found = orphaned: "{ $quote }"
# An entry of the file left out: $why, one of the annotations-skipped-* below.
annotations-skipped-entry = skipped { $why }
# A verdict the project's rating scale has no match for.
annotations-unknown-verdict = verdict "{ $verdict }" is not on the project's scale: left unrated

## Why an entry was left out: $number, its place in the file

annotations-skipped-reply = row { $number }: a reply
annotations-skipped-page-note = row { $number }: a page note
annotations-skipped-no-quote = row { $number }: no quote of the text to anchor
annotations-skipped-not-annotation = item { $number }: not an annotation
annotations-skipped-excerpt = item { $number }: an excerpt of a source, not a claim
annotations-skipped-item-no-quote = item { $number }: no quote of the text to anchor
annotations-skipped-no-claim-reviewed = ClaimReview { $number }: no claimReviewed

## Why a file could not be imported

# $detail: what the reader said.
annotations-error-read = could not read the file: { $detail }
# $size and $limit in megabytes.
annotations-error-too-large = the file is { $size } MB; annotation files over { $limit } MB are not imported
annotations-error-not-json = not a JSON annotation file: { $detail }
annotations-error-too-deep = the JSON is nested too deeply to be annotations (more than 128 levels)
annotations-error-too-many = the file holds { $count } annotations; at most { $max } are imported at once
annotations-error-nothing = no annotations found: expected W3C Web Annotations (JSON-LD), a Hypothesis export or ClaimReview JSON-LD
