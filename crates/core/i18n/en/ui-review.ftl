# The review panel and its dialogs: ready for review, approve, return, comments, corrections, publication.

review-review-comments = Review comments
review-but-what-was-approved-has = …but what was approved has changed since (verdict, rationale or evidence): this approval no longer holds; mark it ready for review again
review-mark-ready-for-review = Mark ready for review
review-approve = Approve
review-sign-off-this-claim-as = Sign off this claim as yourself
review-new-comment = New comment
review-a-question-or-a-request = A question or a request for the checker
review-add-comment = Add comment
review-return-with-comment = Return with comment
review-send-the-claim-back-to = Send the claim back to In progress, with this comment saying why
review-write-a-comment-first-only = Write a comment first; only a claim under review can be returned
review-nothing-recorded-yet = Nothing recorded yet.
review-deleted-claim = #? (deleted claim)
review-cancel = Cancel
review-your-name = Your name
review-first-and-last-name-as = First and last name, as the desk signs off
review-save-name = Save name
review-correct-a-published-claim = Correct a published claim
review-verdict = Verdict
review-none = None
review-publish-correction = Publish correction
review-change-the-verdict-or-rationale = Change the verdict or rationale and write a note first
review-no-approved-claim-is-waiting = No approved claim is waiting to be published
review-conclusion = Conclusion
review-rationale = Rationale
review-correction-note = Correction note
review-what-was-wrong-and-what = What was wrong and what changed, for readers
# Who did something, when the entry has no name.
review-someone = Someone
review-source-deleted = a source since deleted
review-source-named = source “{ $title }”
# $who: a name; $time: "2025-10-29 09:40".
review-approved-by = Approved by { $who } on { $time }
review-published-on = Published { $day }
# $reason: what keeps the approval off, e.g. "the claim has no verdict".
review-approve-is-off = Approve is off: { $reason }
review-comments-heading = Comments ({ $open } open of { $total })
review-reopen = Reopen
review-resolve = Resolve
review-activity-heading = Activity ({ $count })
review-go-to-claim = Go to claim { $number }

# The claim's activity: "2025-10-29 09:40  Ana set the status to In progress".
activity-entry = { $time }  { $who } { $what }
activity-created = created the claim
activity-verdict-set = set the verdict to { $verdict }
activity-verdict-removed = a verdict since removed
activity-conclusion-written = wrote the conclusion
activity-verdict-cleared = cleared the verdict
activity-status-set = set the status to { $status }
activity-approved = approved it
activity-returned = returned it with a comment
activity-span-moved = moved its passage
activity-corrected = corrected it after publication
# $source: "source “Reuters report”".
activity-source-linked = linked { $source }
activity-source-unlinked = unlinked { $source }
activity-stance-set = set the stance of { $source } to { $stance }
activity-excerpt-changed = changed the excerpt from { $source }
activity-rationale-edited = edited the rationale
activity-reviewed-edited = edited the claim as reviewed
activity-commented = commented
activity-comment-resolved = resolved a comment
activity-comment-reopened = reopened a comment
activity-approval-withdrawn = changed what was approved: the approval no longer holds
activity-name-changed = changed the name in this window from { $from } to { $to }
activity-publication-recorded = recorded publication on { $day }
review-welcome = Welcome to ClaimDesk
review-your-name-heading = Your name
review-your-name-why = Your name goes with what you do to a claim: verdicts, comments, approvals. An editor approving a claim needs one; the checker who set a verdict cannot approve it.
review-skip = Skip
review-correction-why = This claim's review has been published. Change its verdict or rationale here; the correction note is published in the reports' Corrections section.
# $claim: "#3 “Japan will double…”".
review-mark-ready-question = Mark claim { $claim } ready for review?
review-mark-ready-anyway = Mark ready anyway
review-approve-question = Approve claim { $claim }?
review-approve-anyway = Approve anyway
# What a claim lacks, listed before Mark ready for review.
review-gap-no-verdict = it has no verdict
review-gap-no-conclusion = it has no conclusion
review-gap-no-source = it cites no source
review-gap-stances-unset = { $count ->
    [one] a linked source has no stance chosen
   *[other] { $count } linked sources have no stance chosen
}
# Listed before Approve; $who: a name; $text: the comment.
review-comment-still-open = { $who }'s comment is still open: “{ $text }”
