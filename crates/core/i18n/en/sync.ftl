# What a Sync brought in from the others, in the status bar and the Desk tab
# ("Synced: Ben approved #3 and #7, commented on #5"), and the notes of the
# Desk tab's queue. Commit messages and `claimdesk sync` say the English.

## What came in

# One person's line: $who (a name, or sync-someone) and $deeds, the
# sync-* phrases below joined with list-comma.
sync-person = { $who } { $deeds }
sync-someone = Someone
# A claim by its number in the article.
sync-claim = #{ $number }
# Instead of the numbers, past eight claims.
sync-claims-count = { $count ->
    [one] { $count } claim
   *[other] { $count } claims
}
# $claims: "#3", "#3 and #7" (list-and) or sync-claims-count.
sync-approved = approved { $claims }
sync-returned = returned { $claims }
sync-approval-withdrawn = withdrew the approval of { $claims }
sync-marked-ready = marked { $claims } ready for review
sync-verdict = set the verdict on { $claims }
sync-corrected = corrected { $claims }
sync-commented = commented on { $claims }
sync-resolved-comments = resolved comments on { $claims }
sync-evidence = changed the evidence for { $claims }
sync-edited = edited { $claims }
sync-added = added { $claims }
sync-status = changed the status of { $claims }
sync-publication-recorded = recorded publication
# One project's changes: $changes, everyone's lines (list-sentences).
sync-changes = { $changes }
# The same when more than one project changed: $title is the project's.
sync-project-changes = { $title }: { $changes }
sync-new-project = new project { $title }

## The Desk tab's queue

# Waiting for your sign-off: who set the verdict.
queue-verdict-by = verdict by { $name }
queue-verdict-before-activity = verdict set before activity was kept
queue-returned-by = returned by { $name }
# An open comment: its author's $name and its $text (cut short).
queue-comment = { $name }: { $text }
# A row: the claim's $number, its $text, and $note (one of the above).
queue-item = #{ $number }: { $text } ({ $note })
# The same with the project's $title, when the desk has several.
queue-item-titled = { $title } #{ $number }: { $text } ({ $note })
