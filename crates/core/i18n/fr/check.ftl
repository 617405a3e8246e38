# The check before export (the Check tab): what a reader of the published
# report would trip over. `claimdesk check` on the command line stays English.
# Titles and values in quotes are the desk's own text.
# French: docs/i18n/glossary-fr.md (vous; infinitive for buttons and menu items;
# a no-break space U+00A0 before colons, semicolons, question and exclamation marks).

check-no-verdict = pas encore de verdict
check-no-source = a un verdict mais ne cite aucune source
# $count: how many different publishers the claim's sources come from.
check-too-few-sources = { $count ->
    [one] sources issues de { $count } seul éditeur ; deux sources indépendantes sont attendues
   *[other] sources issues de { $count } éditeurs ; deux sources indépendantes sont attendues
}
# $title: the source's title (or its address).
check-not-archived = la source « { $title } » n'a pas de copie archivée
# $file: the snapshot's file name.
check-snapshot-missing = une capture de la source « { $title } » manque dans le dossier des preuves ({ $file })
check-snapshot-altered = une capture de la source « { $title } » a été modifiée après avoir été jointe ({ $file })
check-excerpt-not-in-snapshot = l'extrait de la source « { $title } » ne correspond plus à sa capture
# $count: characters in the claim as reviewed; $max: the limit (75).
check-reviewed-too-long = l'affirmation examinée compte { $count } caractères ; ClaimReview en demande moins de { $max }
# $status: the claim's status (check-status-*).
check-not-approved = pas encore validée ({ $status })
check-status-new = Nouvelle
check-status-in-progress = En cours
check-status-ready = Prête pour relecture
check-status-approved = Validée
check-approval-stale = marquée Validée, mais ce qui a été validé a changé depuis (ou aucune validation n'est enregistrée) : une nouvelle relecture est nécessaire
check-no-stance = aucune position choisie pour la source « { $title } »
check-unresolved-comments = { $count ->
    [one] { $count } commentaire non résolu
   *[other] { $count } commentaires non résolus
}
check-no-organisation = aucune organisation n'est indiquée : les rapports et ClaimReview ont besoin d'un auteur
check-no-review-url = aucune URL http(s) de la vérification n'est indiquée : ClaimReview exige l'URL de la vérification publiée
# A date field whose text is not a date: $field (check-field-*), $value as
# typed, $problem (check-date-*).
check-bad-date = la { $field } « { $value } » n'est pas une date : { $problem }
check-field-article-published = date de publication de l'article
check-field-article-retrieved = date de consultation de l'article
check-field-claim-date = date de l'affirmation
# $title: the source's title (or its address).
check-field-source-published = date de publication de la source « { $title } »
check-field-source-accessed = date de consultation de la source « { $title } »
check-date-not-iso = utilisez la forme AAAA-MM-JJ (ou AAAA-MM, ou AAAA)
check-date-no-such-date = cette date n'existe pas dans le calendrier
