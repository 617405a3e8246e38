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

# Why a review step cannot be taken (the Approve button's reason, the status bar).
review-error-no-such-claim = la afirmación ya no existe
review-error-no-such-comment = el comentario ya no existe
review-error-no-name = Para aprobar necesitas tu nombre: indícalo en Edición › Tu nombre… para que el visto bueno diga quién lo dio
review-error-own-verdict = Tú pusiste esta calificación: otra persona debe aprobarla
review-error-no-verdict = La afirmación aún no tiene calificación (ni conclusión) que aprobar
# $status: the claim's status, e.g. In progress.
review-error-not-ready = Solo se puede aprobar una afirmación Lista para revisión; el estado de esta es { $status }
review-error-empty-comment = Primero escribe un comentario
review-error-empty-note = Esta afirmación está publicada: cambiar su calificación o su justificación requiere una nota de corrección
review-error-needs-correction-note = Esta afirmación está publicada: cambia su calificación o su justificación con Corregir…, que pide una nota de corrección
review-error-approve-by-sign-off = Una afirmación solo pasa a Aprobada con el visto bueno de un revisor (Aprobar)
review-error-nothing-to-correct = No se cambió nada
