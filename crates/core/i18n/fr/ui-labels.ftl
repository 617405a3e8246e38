# The fixed choices of the model as the window shows them.
# French: docs/i18n/glossary-fr.md (vous; infinitive for buttons and menu items;
# a no-break space U+00A0 before colons, semicolons, question and exclamation marks).

# A claim's status in the workflow.
status-new = Nouvelle
status-in-progress = En cours
status-ready-for-review = Prête pour relecture
status-approved = Validée

# How a source bears on a claim.
stance-unset = Aucune position choisie
stance-supports = Confirme
stance-refutes = Contredit
stance-context = Contexte

# How far a source can be trusted.
reliability-credible = Fiable
reliability-mixed = Inégale
reliability-not-credible = Peu fiable
reliability-unknown = Inconnue

# Why a review step cannot be taken (the Approve button's reason, the status bar).
review-error-no-such-claim = l'affirmation n'existe plus
review-error-no-such-comment = le commentaire n'existe plus
review-error-no-name = Pour valider, il faut votre nom : indiquez-le dans Édition › Votre nom… afin que la validation dise qui l'a donnée
review-error-own-verdict = Vous avez vous-même donné ce verdict : une autre personne doit le valider
review-error-no-verdict = L'affirmation n'a pas encore de verdict (ni de conclusion) à valider
# $status: the claim's status, e.g. In progress.
review-error-not-ready = Seule une affirmation Prête pour relecture peut être validée ; celle-ci a le statut { $status }
review-error-empty-comment = Rédigez d'abord un commentaire
review-error-empty-note = Cette affirmation est publiée : modifier son verdict ou sa justification demande une note de correction
review-error-needs-correction-note = Cette affirmation est publiée : modifiez son verdict ou sa justification avec Corriger…, qui demande une note de correction
review-error-approve-by-sign-off = Une affirmation ne devient Validée que par la validation d'un relecteur (Valider)
review-error-nothing-to-correct = Rien n'a été modifié
