# The check before export (the Check tab): what a reader of the published
# report would trip over. `claimdesk check` on the command line stays English.
# Titles and values in quotes are the desk's own text.

check-no-verdict = no verdict yet
check-no-source = has a verdict but cites no source
# $count: how many different publishers the claim's sources come from.
check-too-few-sources = { $count ->
    [one] sources from { $count } publisher; two independent sources are expected
   *[other] sources from { $count } publishers; two independent sources are expected
}
# $title: the source's title (or its address).
check-not-archived = source "{ $title }" has no archived copy
# $file: the snapshot's file name.
check-snapshot-missing = a snapshot of source "{ $title }" is missing from the evidence folder ({ $file })
check-snapshot-altered = a snapshot of source "{ $title }" was altered after it was attached ({ $file })
check-excerpt-not-in-snapshot = the excerpt from source "{ $title }" no longer matches its snapshot
# $count: characters in the claim as reviewed; $max: the limit (75).
check-reviewed-too-long = the claim as reviewed is { $count } characters long; ClaimReview wants under { $max }
# $status: the claim's status (check-status-*).
check-not-approved = not approved yet ({ $status })
check-status-new = New
check-status-in-progress = In progress
check-status-ready = Ready for review
check-status-approved = Approved
check-approval-stale = marked Approved, but what was approved changed since the sign-off (or none is recorded): it needs a new review
check-no-stance = no stance chosen for the source "{ $title }"
check-unresolved-comments = { $count ->
    [one] { $count } unresolved comment
   *[other] { $count } unresolved comments
}
check-no-organisation = no organisation is set: reports and ClaimReview need an author
check-no-review-url = no http(s) review URL is set: ClaimReview requires the URL of the published review
# A date field whose text is not a date: $field (check-field-*), $value as
# typed, $problem (check-date-*).
check-bad-date = the { $field } "{ $value }" is not a date: { $problem }
check-field-article-published = article's publication date
check-field-article-retrieved = article's retrieval date
check-field-claim-date = claim date
# $title: the source's title (or its address).
check-field-source-published = source "{ $title }"'s publication date
check-field-source-accessed = source "{ $title }"'s access date
check-date-not-iso = use the form YYYY-MM-DD (or YYYY-MM, or YYYY)
check-date-no-such-date = there is no such date in the calendar
