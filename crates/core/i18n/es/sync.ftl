# Lo que trajo una sincronización de los demás ("Sincronizado: Ben aprobó #3
# y #7, comentó #5") y las notas de la cola de la pestaña Redacción.

## Lo que llegó

sync-person = { $who } { $deeds }
sync-someone = Alguien
sync-claim = #{ $number }
sync-claims-count = { $count ->
    [one] { $count } afirmación
   *[other] { $count } afirmaciones
}
sync-approved = aprobó { $claims }
sync-returned = devolvió { $claims }
sync-approval-withdrawn = retiró la aprobación de { $claims }
sync-marked-ready = envió { $claims } a revisión
sync-verdict = calificó { $claims }
sync-corrected = corrigió { $claims }
sync-commented = comentó { $claims }
sync-resolved-comments = resolvió comentarios de { $claims }
sync-evidence = cambió las pruebas de { $claims }
sync-edited = editó { $claims }
sync-added = agregó { $claims }
sync-status = cambió el estado de { $claims }
sync-publication-recorded = registró la publicación
sync-changes = { $changes }
sync-project-changes = { $title }: { $changes }
sync-new-project = nuevo proyecto { $title }

## La cola de la pestaña Redacción

queue-verdict-by = calificación de { $name }
queue-verdict-before-activity = calificada antes de que se registrara la actividad
queue-returned-by = devuelta por { $name }
queue-comment = { $name }: { $text }
queue-item = #{ $number }: { $text } ({ $note })
queue-item-titled = { $title } #{ $number }: { $text } ({ $note })
