# The Check tab (the check before export) and the Conflicts tab.

checktab-check-before-export = Check before export
checktab-export = Export:
checktab-nothing-to-fix-the-report = Nothing to fix: the report is ready to publish.
checktab-publish-approved-claims-only = Publish approved claims only
checktab-reports-leave-out-claims-not = Reports leave out claims not yet approved, and say so
checktab-record-publication = Record publication
checktab-mark-the-approved-claims-as = Mark the approved claims as published today: from then on, changing their verdict or rationale needs a correction note
checktab-show-this-claim = Show this claim
checktab-merge-conflicts = Merge conflicts
checktab-no-conflicts-every-change-from = No conflicts: every change from the merge has been settled.
checktab-both-copies-changed-these-differently = Both copies changed these differently. The project holds ours until you choose.
checktab-or-write-the-value = Or write the value:
checktab-take-this-text = Take this text
checktab-approved-not-published = { $count ->
    [one] { $count } approved claim not yet recorded as published
   *[other] { $count } approved claims not yet recorded as published
}
checktab-show-setting = Show this setting
checktab-source = Source
checktab-show-source = Show this source
checktab-sources = Sources
checktab-show-sources = Show the sources
checktab-article = Article
checktab-open-article-tab = Open the Article tab
checktab-claim-number = Claim #{ $number }
checktab-summary = { $count ->
    [one] { $count } thing a reader could trip on (export works anyway):
   *[other] { $count } things a reader could trip on (export works anyway):
}
# The warning list's name for screen readers.
checktab-warnings-count = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}

# A merge conflict's three sides: the common ancestor, this copy, the other copy.
conflict-base = Base
conflict-ours = Ours
conflict-theirs = Theirs
conflict-take-base = Take base
conflict-take-ours = Take ours
conflict-take-theirs = Take theirs
