# The Library tab ("Checked before") and its worker's messages.

library-checked-before = Checked before
library-the-library-is-off-there = The library is off: there is no data folder to keep it in.
library-select-a-claim-to-see = Select a claim to see earlier checks of it.
library-linked-as-previous-checks = Linked as previous checks
library-unlink = Unlink
library-search-the-library = Search the library
library-words-of-a-claim = words of a claim
library-search = Search
library-library-settings = Library settings
library-add-past-checks = Add past checks…
library-files = Files…
library-projects-ron-claimreview-json-jsonld = Projects (.ron), ClaimReview (.json, .jsonld, .html) or TSV lists
library-a-folder = A folder…
library-every-project-claimreview-and-tsv = Every project, ClaimReview and TSV file in it and below
library-add-earlier-fact-checks-to = Add earlier fact-checks to the library, as `claimdesk library add` does
library-add-projects-to-the-library = Add projects to the library when saved
library-folder = Folder
library-use-folder = Use folder
library-searching-the-library = Searching the library…
library-keep-this-as-an-earlier = Keep this as an earlier check of the selected claim; reports cite it
library-the-library-is-off-there-2 = The library is off: there is no data folder to keep it in
library-past-checks-are-being-added = Past checks are being added already
library-add-past-checks-2 = Add past checks
# $number: the selected claim's number.
library-earlier-checks-like = Earlier checks like #{ $number }
library-unknown-organisation = Unknown
library-empty = The library is empty. Add past fact-checks with “Add past checks…” below or `claimdesk library add PATH…` (projects, ClaimReview files, folders), or save a project here with “Add projects to the library when saved” ticked below.
# $count: the library's entries (a number, written as the language writes numbers).
library-no-close-match-count = { $count ->
    [one] No close match in the library ({ $count } entry).
   *[other] No close match in the library ({ $count } entries).
}
library-no-close-match = No close match in the library.
library-search-failed = The library could not be searched: { $error }
library-strong-match = Strong match
library-possible-match = Possible match
library-weak-match = Weak match
library-link-to-claim = Link to claim #{ $number } as previous check
library-linked-to-claim = Linked to claim #{ $number }
library-no-verdict = No verdict
# Scores: $strong, $possible and $floor are numbers such as 20.
library-score-hover = How closely it matches: the search's score, higher is closer. Strong from { $strong }, possible from { $possible }; the search box lists none under { $floor }.

# The library worker's messages.
library-could-not-start = The library could not start: { $error }
library-could-not-open = The library could not be opened: { $error }
library-could-not-add = The library could not add the past checks: { $error }
# $name: a file name.
library-added-file = { $count ->
    [one] Added { $name } to the library ({ $count } claim)
   *[other] Added { $name } to the library ({ $count } claims)
}
library-file-unchanged = { $name } is in the library
library-file-not-added = { $name } was not added to the library: { $why }
library-could-not-add-file = The library could not add { $name }: { $error }
library-skipped = Skipped { $name }: { $why }
library-not-read = Not read: { $name }: { $why }
library-ignored = { $count ->
    [one] { $count } other file in the folders is not a project, ClaimReview or TSV file
   *[other] { $count } other files in the folders are not a project, ClaimReview or TSV file
}
library-added-summary = Added { $added ->
    [one] { $added } past check
   *[other] { $added } past checks
} from { $files ->
    [one] { $files } file
   *[other] { $files } files
}; the library holds { $entries }
# $summary: library-added-summary, then how many files were in it already.
library-unchanged = { $count ->
    [one] { $summary } ({ $count } file was already in it, unchanged)
   *[other] { $summary } ({ $count } files were already in it, unchanged)
}
# $summary: what was added (and unchanged), then that the adding stopped.
library-stopped = { $summary }. Stopped before the last files: run it again to add the rest
library-past-checks-added = Past checks added
library-not-running = The library is not running.
library-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
library-adding = Adding past checks…
library-looking-in = Looking in { $what }
# $done and $total are filled in as the files are read: keep them.
library-reading-file-of = Reading file { $done } of { $total }
library-adding-note = Cancel stops after the file being read; what was added stays.
