# O que uma sincronização trouxe dos outros ("Sincronizado: Ben aprovou #3
# e #7, comentou #5") e as notas da fila da guia Redação.

## O que chegou

sync-person = { $who } { $deeds }
sync-someone = Alguém
sync-claim = #{ $number }
sync-claims-count = { $count ->
    [one] { $count } alegação
   *[other] { $count } alegações
}
sync-approved = aprovou { $claims }
sync-returned = devolveu { $claims }
sync-approval-withdrawn = retirou a aprovação de { $claims }
sync-marked-ready = enviou { $claims } para revisão
sync-verdict = classificou { $claims }
sync-corrected = corrigiu { $claims }
sync-commented = comentou { $claims }
sync-resolved-comments = resolveu comentários de { $claims }
sync-evidence = mudou as evidências de { $claims }
sync-edited = editou { $claims }
sync-added = adicionou { $claims }
sync-status = mudou o status de { $claims }
sync-publication-recorded = registrou a publicação
sync-changes = { $changes }
sync-project-changes = { $title }: { $changes }
sync-new-project = novo projeto { $title }

## A fila da guia Redação

queue-verdict-by = classificação de { $name }
queue-verdict-before-activity = classificada antes do registro de atividades
queue-returned-by = devolvida por { $name }
queue-comment = { $name }: { $text }
queue-item = #{ $number }: { $text } ({ $note })
queue-item-titled = { $title } #{ $number }: { $text } ({ $note })
