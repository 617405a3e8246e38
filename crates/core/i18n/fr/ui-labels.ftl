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
