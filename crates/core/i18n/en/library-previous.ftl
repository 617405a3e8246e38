# An earlier check linked to a claim, in the Library tab: who checked it,
# when, with what verdict, and the claim as they wrote it.

# $organisation checked it on $date (as the check gives it).
library-previous-by-on = { $organisation }, { $date }
# $by (the above, or the organisation alone) and that check's $verdict.
library-previous-verdict = { $by }: { $verdict }
# $by (the above) and the $claim that check reviewed.
library-previous-line = { $by } — “{ $claim }”
