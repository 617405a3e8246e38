# The fixed choices of the model as the window shows them.
# Brazilian Portuguese: docs/i18n/glossary-pt-BR.md (você; infinitive for buttons and menu items).

# A claim's status in the workflow.
status-new = Nova
status-in-progress = Em andamento
status-ready-for-review = Pronta para revisão
status-approved = Aprovada

# How a source bears on a claim.
stance-unset = Nenhuma posição escolhida
stance-supports = Sustenta
stance-refutes = Refuta
stance-context = Contexto

# How far a source can be trusted.
reliability-credible = Confiável
reliability-mixed = Variável
reliability-not-credible = Não confiável
reliability-unknown = Desconhecida
