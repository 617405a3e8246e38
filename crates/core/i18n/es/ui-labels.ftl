# The fixed choices of the model as the window shows them.
# Spanish: docs/i18n/glossary-es.md (tú; infinitive for buttons and menu items).

# A claim's status in the workflow.
status-new = Nueva
status-in-progress = En curso
status-ready-for-review = Lista para revisión
status-approved = Aprobada

# How a source bears on a claim.
stance-unset = Sin posición elegida
stance-supports = Respalda
stance-refutes = Refuta
stance-context = Contexto

# How far a source can be trusted.
reliability-credible = Fiable
reliability-mixed = Desigual
reliability-not-credible = No fiable
reliability-unknown = Desconocida
