# Why a file was not added to the library of past checks, as the Library tab
# and `claimdesk library add` say it. $detail is a reader's or the operating
# system's own message, as it came.

library-why-not-a-file = not a regular file (a pipe, a device or a socket): not read
# $limit: megabytes.
library-why-too-large = larger than { $limit } MB
library-why-not-utf8 = not UTF-8 text
library-why-lines-skipped = { $count ->
    [one] { $count } line without id or claim skipped
   *[other] { $count } lines without id or claim skipped
}
library-why-no-such-file = no such file or folder
# $depth: how deep the library looks into folders.
library-why-too-deep = a folder more than { $depth } folders deep: not searched
library-why-unknown-kind = not a project (.ron), ClaimReview (.json, .jsonld, .html) or TSV file; use --format tsv for a TSV list
library-why-no-claims = the project has no claims
library-why-no-claimreview = no ClaimReview in it
library-why-no-lines = no lines to add
library-why-as-said = { $detail }
