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
