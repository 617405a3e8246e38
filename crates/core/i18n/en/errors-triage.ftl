# Why the claim-finding model built into ClaimDesk could not be read (the
# Suggestions tab, `claimdesk suggest`). Only a damaged installation shows these.

triage-error-cut-off = the model file is cut off
triage-error-not-a-model = not a ClaimDesk triage model
triage-error-unknown-shape = the model file has an unknown shape
triage-error-embedding = the model's embedding block does not fit the library's
triage-error-trailing-bytes = the model file has trailing bytes
