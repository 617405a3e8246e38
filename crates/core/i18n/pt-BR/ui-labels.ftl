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

# Why a review step cannot be taken (the Approve button's reason, the status bar).
review-error-no-such-claim = a alegação não existe mais
review-error-no-such-comment = o comentário não existe mais
review-error-no-name = Para aprovar é preciso seu nome: defina-o em Editar › Seu nome… para que o aval diga quem o deu
review-error-own-verdict = Você mesmo definiu esta classificação: outra pessoa precisa aprová-la
review-error-no-verdict = A alegação ainda não tem classificação (ou conclusão) para aprovar
# $status: the claim's status, e.g. In progress.
review-error-not-ready = Só uma alegação Pronta para revisão pode ser aprovada; o status desta é { $status }
review-error-empty-comment = Escreva primeiro um comentário
review-error-empty-note = Esta alegação está publicada: mudar a classificação ou a justificativa exige uma nota de correção
review-error-needs-correction-note = Esta alegação está publicada: mude a classificação ou a justificativa com Corrigir…, que pede uma nota de correção
review-error-approve-by-sign-off = Uma alegação só passa a Aprovada com o aval de um revisor (Aprovar)
review-error-nothing-to-correct = Nada foi alterado
