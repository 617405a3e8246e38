# Why archiving a source in the Wayback Machine, or attaching, reading or
# copying a snapshot failed. What the network or the operating system said
# comes in $why or $detail as it said it; the command line prints the English.

## Archiving (Wayback Machine)

# $why: why the archive could not be reached.
archive-error-offline = could not reach the archive ({ $why }): check the network connection and try again
archive-error-rate-limited = the archive is limiting requests (HTTP 429): wait a few minutes and try again
# $code: the HTTP status.
archive-error-refused = the archive refused to capture this page (HTTP { $code }): the site may block archiving; attach a snapshot instead
archive-error-unavailable = the archive failed (HTTP { $code }): try again later
archive-error-timed-out = the archive did not answer in time: it may be busy, try again later
# $why: what was wrong with the answer.
archive-error-bad-answer = the archive's answer was not understood: { $why }
archive-error-no-capture = the archive accepted the request but has no capture yet: try again in a few minutes
archive-error-cancelled = cancelled
# $address: the archive address the user set.
archive-error-endpoint = "{ $address }" is not a usable archive address: give an https:// URL (http:// only for 127.0.0.1, localhost or [::1])

## Snapshots

evidence-error-unsaved = save the project first: snapshots are kept in a folder beside the project file
# $path: the file; $detail: why the intake refused it.
evidence-error-refused = { $path } was not attached: { $detail }
# $detail: the operating system's reason.
evidence-error-io = { $path }: { $detail }
evidence-error-missing = the snapshot file { $path } is missing
# $name: the name the project gives.
evidence-error-bad-name = the project names a snapshot file "{ $name }", which is not a SHA-256 hash: refused
evidence-error-linked-folder = { $path } is a link to another place; snapshots are kept only in a real folder beside the project
evidence-error-altered = the snapshot file { $path } was changed after it was attached (its SHA-256 differs)
