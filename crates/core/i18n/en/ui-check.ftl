# The Check tab (the check before export) and the Conflicts tab.

check-check-before-export = Check before export
check-export = Export:
check-nothing-to-fix-the-report = Nothing to fix: the report is ready to publish.
check-publish-approved-claims-only = Publish approved claims only
check-reports-leave-out-claims-not = Reports leave out claims not yet approved, and say so
check-record-publication = Record publication
check-mark-the-approved-claims-as = Mark the approved claims as published today: from then on, changing their verdict or rationale needs a correction note
check-show-this-claim = Show this claim
check-merge-conflicts = Merge conflicts
check-no-conflicts-every-change-from = No conflicts: every change from the merge has been settled.
check-both-copies-changed-these-differently = Both copies changed these differently. The project holds ours until you choose.
check-or-write-the-value = Or write the value:
check-take-this-text = Take this text
