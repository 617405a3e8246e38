# The review panel and its dialogs: ready for review, approve, return, comments, corrections, publication.
# Brazilian Portuguese: docs/i18n/glossary-pt-BR.md (você; infinitive for buttons and menu items).

review-review-comments = Comentários da revisão
review-but-what-was-approved-has = …mas o que foi aprovado mudou desde então (classificação, justificativa ou evidências): esta aprovação não vale mais; marque-a de novo como pronta para revisão
review-mark-ready-for-review = Marcar como pronta para revisão
review-approve = Aprovar
review-sign-off-this-claim-as = Dar o aval a esta alegação em seu nome
review-new-comment = Novo comentário
review-a-question-or-a-request = Uma pergunta ou um pedido para o checador
review-add-comment = Adicionar comentário
review-return-with-comment = Devolver com comentário
review-send-the-claim-back-to = Devolver a alegação ao status Em andamento, com este comentário explicando o motivo
review-write-a-comment-first-only = Escreva primeiro um comentário; só uma alegação em revisão pode ser devolvida
review-nothing-recorded-yet = Nada registrado ainda.
review-deleted-claim = #? (alegação excluída)
review-cancel = Cancelar
review-your-name = Seu nome
review-first-and-last-name-as = Nome e sobrenome, como a redação assina
review-save-name = Salvar nome
review-correct-a-published-claim = Corrigir uma alegação publicada
review-verdict = Classificação
review-none = Nenhuma
review-publish-correction = Publicar correção
review-change-the-verdict-or-rationale = Mude primeiro a classificação ou a justificativa e escreva uma nota
review-no-approved-claim-is-waiting = Nenhuma alegação aprovada aguarda publicação
review-conclusion = Conclusão
review-rationale = Justificativa
review-correction-note = Nota de correção
review-what-was-wrong-and-what = O que estava errado e o que mudou, para os leitores
