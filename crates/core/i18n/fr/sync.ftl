# Ce qu'une synchronisation a apporté des autres (« Synchronisé : Ben a validé
# #3 et #7, a commenté #5 ») et les notes de la file de l'onglet Rédaction.

## Ce qui est arrivé

sync-person = { $who } { $deeds }
sync-someone = Quelqu'un
sync-claim = #{ $number }
sync-claims-count = { $count ->
    [one] { $count } affirmation
   *[other] { $count } affirmations
}
sync-approved = a validé { $claims }
sync-returned = a renvoyé { $claims }
sync-approval-withdrawn = a retiré la validation de { $claims }
sync-marked-ready = a soumis { $claims } à relecture
sync-verdict = a fixé le verdict de { $claims }
sync-corrected = a corrigé { $claims }
sync-commented = a commenté { $claims }
sync-resolved-comments = a résolu des commentaires sur { $claims }
sync-evidence = a modifié les preuves de { $claims }
sync-edited = a modifié { $claims }
sync-added = a ajouté { $claims }
sync-status = a changé le statut de { $claims }
sync-publication-recorded = a enregistré la publication
sync-changes = { $changes }
sync-project-changes = { $title } : { $changes }
sync-new-project = nouveau projet { $title }

## La file de l'onglet Rédaction

queue-verdict-by = verdict de { $name }
queue-verdict-before-activity = verdict donné avant le suivi de l'activité
queue-returned-by = renvoyée par { $name }
queue-comment = { $name } : { $text }
queue-item = #{ $number } : { $text } ({ $note })
queue-item-titled = { $title } #{ $number } : { $text } ({ $note })
