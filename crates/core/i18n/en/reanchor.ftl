# Replace with new version…: what became of the claims in the new text.
# `claimdesk reanchor` prints the English.

# $count claims in all, of which $kept stayed where they were, $moved were
# found elsewhere, $changed were found with other wording, $orphaned were
# not found.
reanchor-summary = { $count ->
    [one] { $count } claim
   *[other] { $count } claims
}: { $kept } kept, { $moved } moved, { $changed } wording changed, { $orphaned } not found
reanchor-kept = kept
reanchor-moved = moved
reanchor-changed = wording changed
reanchor-not-found = not found
# A claim to look at: its $number, its $outcome (above) and its $quote.
reanchor-claim = #{ $number } { $outcome } — “{ $quote }”
