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
# Who did something, when the entry has no name.
review-someone = Alguém
review-source-deleted = uma fonte já excluída
review-source-named = a fonte “{ $title }”
# $who: a name; $time: "2025-10-29 09:40".
review-approved-by = Aprovada por { $who } em { $time }
review-published-on = Publicada em { $day }
# $reason: what keeps the approval off, e.g. "the claim has no verdict".
review-approve-is-off = Não é possível aprovar: { $reason }
review-comments-heading = Comentários (em aberto: { $open } de { $total })
review-reopen = Reabrir
review-resolve = Resolver
review-activity-heading = Atividade ({ $count })
review-go-to-claim = Ir para a alegação { $number }

# The claim's activity: "2025-10-29 09:40  Ana set the status to In progress".
activity-entry = { $time }  { $who } { $what }
activity-created = criou a alegação
activity-verdict-set = mudou a classificação para { $verdict }
activity-verdict-removed = uma classificação já removida
activity-conclusion-written = escreveu a conclusão
activity-verdict-cleared = removeu a classificação
activity-status-set = mudou o status para { $status }
activity-approved = aprovou a alegação
activity-returned = devolveu a alegação com um comentário
activity-span-moved = moveu o trecho da alegação
activity-corrected = corrigiu a alegação depois da publicação
# $source: "source “Reuters report”".
activity-source-linked = vinculou { $source }
activity-source-unlinked = desvinculou { $source }
activity-stance-set = definiu a posição { $stance } para { $source }
activity-excerpt-changed = alterou o trecho para { $source }
activity-rationale-edited = editou a justificativa
activity-reviewed-edited = editou a alegação analisada
activity-commented = comentou
activity-comment-resolved = resolveu um comentário
activity-comment-reopened = reabriu um comentário
activity-approval-withdrawn = alterou o que foi aprovado: a aprovação não vale mais
activity-name-changed = mudou o nome nesta janela de { $from } para { $to }
activity-publication-recorded = registrou a publicação em { $day }
review-welcome = Boas-vindas ao ClaimDesk
review-your-name-heading = Seu nome
review-your-name-why = Seu nome acompanha o que você faz em uma alegação: classificações, comentários, aprovações. Um editor que aprova uma alegação precisa de um; o checador que definiu a classificação não pode aprová-la.
review-skip = Pular
review-correction-why = A checagem desta alegação já foi publicada. Mude aqui a classificação ou a justificativa; a nota de correção é publicada na seção Correções dos relatórios.
# $claim: "#3 “Japan will double…”".
review-mark-ready-question = Marcar a alegação { $claim } como pronta para revisão?
review-mark-ready-anyway = Marcar como pronta mesmo assim
review-approve-question = Aprovar a alegação { $claim }?
review-approve-anyway = Aprovar mesmo assim
