# Start a desk…: putting the open project's file (and its snapshots) into
# the desk's folder. $path: a file or folder; $detail: what the system said.

desk-copy-not-a-file = { $path } is not a file
desk-copy-failed = could not copy { $path }: { $detail }
desk-copy-make-failed = could not make { $path }: { $detail }
desk-copy-read-failed = could not read { $path }: { $detail }
# $reason: why the desk could not be reached (git's words).
desk-added-not-sent = the project was added, but could not be sent yet: { $reason }
