# Where a claim sits in its source, in the claim list and the Claim tab:
# a PDF's page, or pages; a transcript's time code reads the same in every
# language and is not here.

place-page = p. { $page }
place-pages = pp. { $first }–{ $last }
# A transcript's moment with its speaker: $place ("00:12:31") and $speaker.
place-with-speaker = { $place } · { $speaker }
