# The library's index could not be opened as it was and was made again
# from its list of files (shown once, when the library opens).
# $why: library-index-missing, -other-version or -damaged; $summary:
# library-rebuilt or library-rebuilt-dropped.
library-index-rebuilt = The library's index { $why } and was rebuilt: { $summary }
library-index-missing = was missing
library-index-other-version = was made by another version of ClaimDesk
# $detail: what the search engine said, as it said it.
library-index-damaged = was damaged ({ $detail })
library-rebuilt = { $count ->
    [one] { $count } file added again
   *[other] { $count } files added again
}
# $dropped: how many files could not be read; $files: their paths and why.
library-rebuilt-dropped = { $count ->
    [one] { $count } file added again
   *[other] { $count } files added again
}; { $dropped ->
    [one] { $dropped } could not be read and was dropped
   *[other] { $dropped } could not be read and were dropped
}: { $files }
