# Why the Wayback Machine could not be reached or understood: the part in
# brackets of archive-error-offline ($why) and after archive-error-bad-answer.
archive-why-host-not-found = the archive's address was not found
archive-why-no-connection = no connection
# $detail: what the JSON reader said, as it said it.
archive-why-not-json = not JSON: { $detail }
# $address: the address the archive answered with.
archive-why-names-no-capture = "{ $address }" names no capture
archive-why-capture-without-url = a capture without a url
