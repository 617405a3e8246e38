# The published reports (HTML and Markdown): headings, labels, notes, counts
# and dates. What the desk typed (titles, verdict labels, rationales, names)
# is never translated; it comes in through variables.
# Markup (links, <time>, <strong>) is added around a variable by the
# program, so a translation may move a variable anywhere in its sentence.
# French: docs/i18n/glossary-fr.md (a no-break space U+00A0 before colons,
# semicolons, question and exclamation marks).

## The page

# The masthead's label and the report's kind, also the organisation's name
# when none is set.
report-kind = Vérification
report-kind-draft = Vérification (brouillon)
# The page's title and the Markdown report's first heading.
# $kind: report-kind or report-kind-draft; $title: the project's title.
report-title = { $kind } : { $title }
# The word on the draft banner, before report-draft-note.
report-draft-mark = BROUILLON
# $approved claims of $total are approved; plural on $total.
report-draft-note = { $approved ->
    [one] Non publié. { $approved } affirmation sur { $total } validée par la rédaction ; rien ici n'est un verdict publié tant que la rédaction n'a pas enregistré la publication.
   *[other] Non publié. { $approved } affirmations sur { $total } validées par la rédaction ; rien ici n'est un verdict publié tant que la rédaction n'a pas enregistré la publication.
}
# The kicker and the byline's count, for a draft.
report-count-approved = { $approved ->
    [one] { $approved } affirmation validée sur { $total }
   *[other] { $approved } affirmations validées sur { $total }
}
# The kicker and the byline's count, once published.
report-count-reviewed = { $count ->
    [one] { $count } affirmation vérifiée
   *[other] { $count } affirmations vérifiées
}
# $name: the reviewer (shown in bold in HTML).
report-by = Par { $name }
# $date: report-date, or report-date-updated.
report-published = Publié le { $date }
# A report corrected after its first publication. $first, $last: dates.
report-date-updated = { $first }, mis à jour le { $last }
# $date: the day the draft was made.
report-draft-made = Non publié : brouillon créé le { $date }

## The article's details

report-meta-article = Article
report-meta-title = Titre
report-meta-outlet = Média
report-meta-author = Auteur
report-meta-published = Publié
report-meta-retrieved = Consulté
report-meta-address = Adresse
report-meta-sha256 = SHA-256 du texte
report-meta-changed = Modifié
# $date: the day the article was replaced by a new version (a table cell).
report-meta-changed-value = L'article a été modifié le { $date }, après notre vérification
# The same, as a sentence (HTML, in bold, followed by report-changed-body).
report-changed = L'article a été modifié le { $date }, après notre vérification.
report-changed-body = Ce rapport suit la version actuelle ; les affirmations dont le texte n'y figure plus sont signalées comme introuvables.

## Summary

report-summary = Résumé
# "Publish approved claims only" left $count claims out.
report-left-out = { $count ->
    [one] { $count } affirmation pas encore validée par la rédaction est exclue de ce rapport.
   *[other] { $count } affirmations pas encore validées par la rédaction sont exclues de ce rapport.
}
report-by-verdict = Affirmations par verdict
report-with-conclusion = Affirmations avec une conclusion
report-concluded = Conclues
report-open = En cours
report-not-yet-rated = Pas encore de verdict
report-total = { $count ->
    [one] { $count } affirmation au total.
   *[other] { $count } affirmations au total.
}
# Markdown: the total and the scale's name in one line.
report-total-and-scale = { $count ->
    [one] { $count } affirmation au total. Échelle de verdicts : { $scale }.
   *[other] { $count } affirmations au total. Échelle de verdicts : { $scale }.
}
# $scale: the rating scale's name, as the desk named it.
report-rating-scale = Échelle de verdicts : { $scale }
report-how-we-conclude = Comment nous concluons
report-conclusion-only = Cette vérification donne à chaque affirmation une conclusion en langage courant plutôt qu'un verdict.
# Markdown summary of a conclusion-only review: $count claims, $done with a
# conclusion, $open without.
report-conclusions-count = { $count ->
    [one] { $count } affirmation vérifiée : { $done } avec conclusion, { $open } sans conclusion.
   *[other] { $count } affirmations vérifiées : { $done } avec conclusion, { $open } sans conclusion.
}
report-col-verdict = Verdict
report-col-claims = Affirmations
report-col-meaning = Signification

## The article, annotated

report-article = L'article annoté
report-article-hint-ratings = Chaque passage surligné est une affirmation que nous avons vérifiée, colorée selon son verdict. Son numéro renvoie à la vérification plus bas.
report-article-hint-conclusions = Chaque passage surligné est une affirmation que nous avons vérifiée. Son numéro renvoie à la vérification plus bas.
report-article-hint-markdown = Les affirmations sont en gras ; le numéro placé après le début d'une affirmation renvoie à sa vérification.
# A claim's number in the article, on hover: $number, and $outcome (the
# verdict's label, the conclusion, or report-outcome-none).
report-ref-title = Affirmation { $number } : { $outcome }
report-outcome-none = pas encore de verdict
# A highlighted passage, on hover: the $count claims covering it, $numbers
# their numbers joined by report-list-separator.
report-mark-title = { $count ->
    [one] Affirmation { $numbers }
   *[other] Affirmations { $numbers }
}
# Between the items of a short list (claim numbers, tags).
report-list-separator = {", "}

## Claims reviewed

report-claims = Affirmations vérifiées
report-no-claims = Aucune affirmation n'a encore été marquée dans cet article.
# The label over a claim's text on its card.
report-claim = Affirmation
report-our-verdict = Notre verdict
report-our-conclusion = Notre conclusion
report-not-rated = Pas encore de verdict.
report-no-conclusion = Pas encore de conclusion.
# Markdown: the same, inside a table.
report-not-rated-cell = pas encore de verdict
report-no-conclusion-cell = pas encore de conclusion
report-verdict = Verdict
report-conclusion = Conclusion
report-meaning = Signification
report-claimant = Auteur de l'affirmation
report-claim-date = Date de l'affirmation
report-page = Page
report-time = Minutage
report-why = Pourquoi
report-no-rationale = Aucune justification rédigée pour l'instant.
report-evidence = Preuves
report-no-sources-cited = Aucune source citée.
report-tags = Étiquettes
report-status = Statut
# The claim's review status.
report-status-new = Nouvelle
report-status-in-progress = En cours
report-status-ready = Prête pour relecture
report-status-approved = Validée
# An approval: by whom ($who) and on which day ($date), when known.
report-approved-by-on = Validée par { $who } le { $date }
report-approved-by = Validée par { $who }
report-approved-on = Validée le { $date }
report-approval-stale = Validée, mais modifiée depuis la validation
# $date: the day of the claim's latest correction (a link to the log).
report-corrected = Corrigée le { $date }
# Markdown: the label of the row that says when the claim was corrected.
report-corrected-label = Corrigée
# Markdown: $date, and $corrections a link named report-corrections.
report-corrected-see = { $date } (voir { $corrections })
# Where the claim is in a PDF or a recording.
report-place-page = p. { $page }
report-place-pages = p. { $first }–{ $last }
# An earlier check found in the library, by $organisation, on $date.
report-previous-by = Déjà vérifiée par { $organisation }
report-previous-by-on = Déjà vérifiée par { $organisation } ({ $date })
report-previous-someone = un autre média de vérification
# $by: report-previous-by(-on); $verdict: that check's verdict, as it wrote it.
report-previous-verdict = { $by } : { $verdict }
report-previous-earlier = une vérification antérieure
# How a source bears on the claim.
report-stance-supports = Confirme
report-stance-refutes = Contredit
report-stance-context = Contexte
report-stance-unset = Position non choisie

## Corrections

report-corrections = Corrections
report-corrections-hint = Modifications apportées aux vérifications après leur publication, avec la raison de chacune.
report-col-date = Date
report-col-claim = Affirmation
report-col-change = Ce qui a changé
report-col-note = Note
report-claim-gone = Une affirmation qui ne figure plus dans ce rapport

## Sources

report-sources = Sources
report-no-sources = Aucune source enregistrée.
report-untitled-source = Source sans titre
# In a source's details: $date the day it was published, accessed.
report-source-published = publiée le { $date }
report-source-accessed = consultée le { $date }
report-archived-copy = Copie archivée :
report-archived-copy-link = copie archivée
# $date: the day the archived copy was captured.
report-captured = (capturée le { $date })
# A stored copy of the source: $date captured, $kind (report-snapshot-*).
report-snapshot = Capture : { $date }, { $kind }, SHA-256
report-snapshot-web = page web
report-snapshot-markdown = Markdown
report-snapshot-pdf = PDF
report-snapshot-word = document Word
report-snapshot-transcript = transcription
report-snapshot-text = texte
# $reliability: report-reliability-*.
report-reliability = Fiabilité : { $reliability }
report-reliability-credible = Fiable
report-reliability-mixed = Inégale
report-reliability-not-credible = Peu fiable
report-reliability-unknown = Inconnue
# Followed by the $count claims' numbers, each a link.
report-cited-by = { $count ->
    [one] Citée par l'affirmation
   *[other] Citée par les affirmations
}

## Footer

report-generated = Généré par ClaimDesk le { $date }.
report-generated-draft = Généré par ClaimDesk le { $date } comme brouillon.
report-footer-note = Les affirmations sont numérotées dans leur ordre d'apparition dans l'article ; la vérification de chacune est aussi publiée dans cette page au format ClaimReview de schema.org.

## Dates

# How this language writes a day in a report: "iso" (2025-10-28) or "long"
# (report-date-long). English reports keep ISO dates: unambiguous for
# readers on either side of the Atlantic.
# French: long dates, "28 octobre 2025", "1er novembre 2025", months in
# lower case.
report-date-style = long
# $day: the day of the month (1–31); $month: report-month-N; $year.
report-date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
# A month without a day (a claim made "2025-10"): $month and $year.
report-date-month = { $month } { $year }
report-month-1 = janvier
report-month-2 = février
report-month-3 = mars
report-month-4 = avril
report-month-5 = mai
report-month-6 = juin
report-month-7 = juillet
report-month-8 = août
report-month-9 = septembre
report-month-10 = octobre
report-month-11 = novembre
report-month-12 = décembre
