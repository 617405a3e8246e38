# The fixed choices of the model as the window shows them.

# A claim's status in the workflow.
status-new = New
status-in-progress = In progress
status-ready-for-review = Ready for review
status-approved = Approved

# How a source bears on a claim.
stance-unset = No stance chosen
stance-supports = Supports
stance-refutes = Refutes
stance-context = Context

# How far a source can be trusted.
reliability-credible = Credible
reliability-mixed = Mixed
reliability-not-credible = Not credible
reliability-unknown = Unknown

# Why a review step cannot be taken (the Approve button's reason, the status bar).
review-error-no-such-claim = the claim no longer exists
review-error-no-such-comment = the comment no longer exists
review-error-no-name = Approving needs your name: set it with Edit › Your name… so the sign-off says who gave it
review-error-own-verdict = You set this verdict yourself: a second person must approve it
review-error-no-verdict = The claim has no verdict (or conclusion) to approve yet
# $status: the claim's status, e.g. In progress.
review-error-not-ready = Only a claim that is Ready for review can be approved; this one is { $status }
review-error-empty-comment = Write a comment first
review-error-empty-note = This claim is published: changing its verdict or rationale needs a correction note
review-error-needs-correction-note = This claim is published: change its verdict or rationale with Correct…, which asks for a correction note
review-error-approve-by-sign-off = A claim becomes Approved only by a reviewer's sign-off (Approve)
review-error-nothing-to-correct = Nothing was changed
