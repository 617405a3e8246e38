# The published reports (HTML and Markdown): headings, labels, notes, counts
# and dates. What the desk typed (titles, verdict labels, rationales, names)
# is never translated; it comes in through variables.
# Markup (links, <time>, <strong>) is added around a variable by the
# program, so a translation may move a variable anywhere in its sentence.

## The page

# The masthead's label and the report's kind, also the organisation's name
# when none is set.
report-kind = Fact check
report-kind-draft = Draft fact check
# The page's title and the Markdown report's first heading.
# $kind: report-kind or report-kind-draft; $title: the project's title.
report-title = { $kind }: { $title }
# The word on the draft banner, before report-draft-note.
report-draft-mark = DRAFT
# $approved claims of $total are approved; plural on $total.
report-draft-note = { $total ->
    [one] Not published. { $approved } of { $total } claim approved by an editor; nothing here is a published verdict until the desk records publication.
   *[other] Not published. { $approved } of { $total } claims approved by an editor; nothing here is a published verdict until the desk records publication.
}
# The kicker and the byline's count, for a draft.
report-count-approved = { $total ->
    [one] { $approved } of { $total } claim approved
   *[other] { $approved } of { $total } claims approved
}
# The kicker and the byline's count, once published.
report-count-reviewed = { $count ->
    [one] { $count } claim reviewed
   *[other] { $count } claims reviewed
}
# $name: the reviewer (shown in bold in HTML).
report-by = By { $name }
# $date: report-date, or report-date-updated.
report-published = Published { $date }
# A report corrected after its first publication. $first, $last: dates.
report-date-updated = { $first }, updated { $last }
# $date: the day the draft was made.
report-draft-made = Not published: draft made { $date }

## The article's details

report-meta-article = Article
report-meta-title = Title
report-meta-outlet = Outlet
report-meta-author = Author
report-meta-published = Published
report-meta-retrieved = Retrieved
report-meta-address = Address
report-meta-sha256 = Text SHA-256
report-meta-changed = Changed
# $date: the day the article was replaced by a new version (a table cell).
report-meta-changed-value = The article was changed after our check on { $date }
# The same, as a sentence (HTML, in bold, followed by report-changed-body).
report-changed = The article was changed after our check on { $date }.
report-changed-body = This report follows the current version; claims whose wording is no longer in it are marked as not found.

## Summary

report-summary = Summary
# "Publish approved claims only" left $count claims out.
report-left-out = { $count ->
    [one] { $count } claim not yet approved by an editor is left out of this report.
   *[other] { $count } claims not yet approved by an editor are left out of this report.
}
report-by-verdict = Claims by verdict
report-with-conclusion = Claims with a conclusion
report-concluded = Concluded
report-open = Open
report-not-yet-rated = Not yet rated
report-total = { $count ->
    [one] { $count } claim in total.
   *[other] { $count } claims in total.
}
# Markdown: the total and the scale's name in one line.
report-total-and-scale = { $count ->
    [one] { $count } claim in total. Rating scale: { $scale }.
   *[other] { $count } claims in total. Rating scale: { $scale }.
}
# $scale: the rating scale's name, as the desk named it.
report-rating-scale = Rating scale: { $scale }
report-how-we-conclude = How we conclude
report-conclusion-only = This review gives each claim a plain-language conclusion instead of a rating.
# Markdown summary of a conclusion-only review: $count claims, $done with a
# conclusion, $open without.
report-conclusions-count = { $count ->
    [one] { $count } claim reviewed: { $done } with a conclusion, { $open } open.
   *[other] { $count } claims reviewed: { $done } with a conclusion, { $open } open.
}
report-col-verdict = Verdict
report-col-claims = Claims
report-col-meaning = Meaning

## The article, annotated

report-article = The article, annotated
report-article-hint-ratings = Each highlighted passage is a claim we checked, coloured by its verdict. Its number leads to the review below.
report-article-hint-conclusions = Each highlighted passage is a claim we checked. Its number leads to the review below.
report-article-hint-markdown = Claims are in bold; the number after a claim's start leads to its review.
# A claim's number in the article, on hover: $number, and $outcome (the
# verdict's label, the conclusion, or report-outcome-none).
report-ref-title = Claim { $number }: { $outcome }
report-outcome-none = not yet rated
# A highlighted passage, on hover: the $count claims covering it, $numbers
# their numbers joined by report-list-separator.
report-mark-title = { $count ->
    [one] Claim { $numbers }
   *[other] Claims { $numbers }
}
# Between the items of a short list (claim numbers, tags).
report-list-separator = {", "}

## Claims reviewed

report-claims = Claims reviewed
report-no-claims = No claims have been marked in this article yet.
# The label over a claim's text on its card.
report-claim = Claim
report-our-verdict = Our verdict
report-our-conclusion = Our conclusion
report-not-rated = Not yet rated.
report-no-conclusion = No conclusion yet.
# Markdown: the same, inside a table.
report-not-rated-cell = not yet rated
report-no-conclusion-cell = no conclusion yet
report-verdict = Verdict
report-conclusion = Conclusion
report-meaning = Meaning
report-claimant = Claimant
report-claim-date = Claim date
report-page = Page
report-time = Time
report-why = Why
report-no-rationale = No rationale written yet.
report-evidence = Evidence
report-no-sources-cited = No sources cited.
report-tags = Tags
report-status = Status
# The claim's review status.
report-status-new = New
report-status-in-progress = In progress
report-status-ready = Ready for review
report-status-approved = Approved
# An approval: by whom ($who) and on which day ($date), when known.
report-approved-by-on = Approved by { $who } on { $date }
report-approved-by = Approved by { $who }
report-approved-on = Approved on { $date }
report-approval-stale = Approved, but changed since the sign-off
# $date: the day of the claim's latest correction (a link to the log).
report-corrected = Corrected { $date }
# Markdown: the label of the row that says when the claim was corrected.
report-corrected-label = Corrected
# Markdown: $date, and $corrections a link named report-corrections.
report-corrected-see = { $date } (see { $corrections })
# Where the claim is in a PDF or a recording.
report-place-page = p. { $page }
report-place-pages = pp. { $first }–{ $last }
# An earlier check found in the library, by $organisation, on $date.
report-previous-by = Previously checked by { $organisation }
report-previous-by-on = Previously checked by { $organisation } ({ $date })
report-previous-someone = another fact-checker
# $by: report-previous-by(-on); $verdict: that check's verdict, as it wrote it.
report-previous-verdict = { $by }: { $verdict }
report-previous-earlier = an earlier check
# How a source bears on the claim.
report-stance-supports = Supports
report-stance-refutes = Refutes
report-stance-context = Context
report-stance-unset = Stance not chosen

## Corrections

report-corrections = Corrections
report-corrections-hint = Changes to reviews after they were published, with the reason for each.
report-col-date = Date
report-col-claim = Claim
report-col-change = What changed
report-col-note = Note
report-claim-gone = A claim no longer in this report

## Sources

report-sources = Sources
report-no-sources = No sources recorded.
report-untitled-source = Untitled source
# In a source's details: $date the day it was published, accessed.
report-source-published = published { $date }
report-source-accessed = accessed { $date }
report-archived-copy = Archived copy:
report-archived-copy-link = archived copy
# $date: the day the archived copy was captured.
report-captured = (captured { $date })
# A stored copy of the source: $date captured, $kind (report-snapshot-*).
report-snapshot = Snapshot: { $date }, { $kind }, SHA-256
report-snapshot-web = web page
report-snapshot-markdown = Markdown
report-snapshot-pdf = PDF
report-snapshot-word = Word document
report-snapshot-transcript = transcript
report-snapshot-text = text
# $reliability: report-reliability-*.
report-reliability = Reliability: { $reliability }
report-reliability-credible = Credible
report-reliability-mixed = Mixed
report-reliability-not-credible = Not credible
report-reliability-unknown = Unknown
# Followed by the $count claims' numbers, each a link.
report-cited-by = { $count ->
    [one] Cited by claim
   *[other] Cited by claims
}

## Footer

report-generated = Generated by ClaimDesk on { $date }.
report-generated-draft = Generated by ClaimDesk on { $date } as a draft.
report-footer-note = Claim numbers follow their order in the article; each claim's review is also published as schema.org ClaimReview markup in this page.

## Dates

# How this language writes a day in a report: "iso" (2025-10-28) or "long"
# (report-date-long). English reports keep ISO dates: unambiguous for
# readers on either side of the Atlantic.
report-date-style = iso
# $day: the day of the month (1–31); $month: report-month-N; $year.
report-date-long = { $day } { $month } { $year }
# A month without a day (a claim made "2025-10"): $month and $year.
report-date-month = { $month } { $year }
report-month-1 = January
report-month-2 = February
report-month-3 = March
report-month-4 = April
report-month-5 = May
report-month-6 = June
report-month-7 = July
report-month-8 = August
report-month-9 = September
report-month-10 = October
report-month-11 = November
report-month-12 = December
