# The Desk tab and its dialogs: a team's projects in one shared git repository.
# Spanish: docs/i18n/glossary-es.md (tú; infinitive for buttons and menu items).

desk-not-in-a-desk = Este proyecto no está en una redacción.
desk-how-to-join = Archivo › Redacción › Unirse a una redacción… trae una redacción compartida a este equipo; Crear una redacción… crea una con este proyecto dentro.
desk-sync = Sincronizar
desk-refresh = Actualizar
desk-folder = Redacción: { $folder }
desk-reading = Leyendo la redacción…
desk-projects = Proyectos
# A project's claims by status; the conflicts part only when there are some.
desk-project-line = { $title }: { $new ->
    [one] { $new } nueva
   *[other] { $new } nuevas
}, { $progress } en curso, { $ready ->
    [one] { $ready } lista para revisión
   *[other] { $ready } listas para revisión
}, { $approved ->
    [one] { $approved } aprobada
   *[other] { $approved } aprobadas
}{ $conflicts ->
    [0] {""}
    [one] , { $conflicts } conflicto
   *[other] , { $conflicts } conflictos
}
desk-waiting-sign-off = Esperan tu visto bueno ({ $count })
desk-returned = Devueltas a ti ({ $count })
desk-comments-for-you = Comentarios abiertos para ti ({ $count })
desk-nothing = Nada.

desk-join-heading = Unirse a una redacción
desk-join-explained = El lugar compartido de tu redacción: una dirección web (https o ssh) que te dio tu editor, o una carpeta en una unidad compartida.
desk-the-desk = La redacción
desk-the-desk-hint = https://…, git@… o una carpeta
desk-your-copy = Tu copia (una carpeta nueva o vacía en este equipo)
desk-a-folder = una carpeta
desk-your-email = Tu correo electrónico (firma tus cambios)
desk-email-hint = nombre@example.org
desk-join = Unirse
desk-cancel = Cancelar
desk-start-heading = Crear una redacción
desk-start-explained = Una nueva redacción compartida en una carpeta a la que todos pueden acceder (una unidad compartida), con el proyecto abierto dentro.
desk-shared-folder = La carpeta compartida de la redacción (nueva o vacía)
desk-shared-folder-hint = una carpeta de la unidad compartida
desk-start = Crear la redacción
desk-name-first = Primero indica tu nombre (Edición › Tu nombre…): firma tus cambios.
desk-signed-as = Tus cambios se firman como { $name }.

# The desk's messages in the status bar and error dialogs.
desk-msg-name-first = Primero indica tu nombre: firma tus cambios en la redacción
desk-msg-could-not-sync = No se pudo sincronizar
desk-msg-not-in-desk = Este proyecto no está guardado en una carpeta de redacción. Archivo › Redacción › Crear una redacción… lo pone en una; Unirse a una redacción… trae una aquí.
desk-msg-sync-stopped = La sincronización se detuvo
desk-msg-not-saved = No se pudo guardar el proyecto, así que no se envió nada.
desk-msg-syncing = Sincronizando con la redacción…
desk-msg-sending = Enviando tus cambios y trayendo los de los demás
# $done and $total are filled in as the Sync goes: keep them.
desk-msg-sync-step = Sincronizando: paso { $done } de { $total }
desk-msg-sync-note = Tu trabajo está guardado. Cancelar se detiene antes de enviar nada más.
desk-msg-sync-cancelled = Se canceló la sincronización: tu trabajo está guardado y confirmado aquí; vuelve a sincronizar para enviarlo
desk-msg-sync-internal-error = La sincronización se detuvo por un error interno.
desk-msg-could-not-set-up = No se pudo configurar la redacción
desk-msg-setup-internal-error = Se detuvo por un error interno.
desk-msg-nothing-came-in = no llegó nada nuevo
# $came: what came in ("Ben approved #3 and #7"), or the message above.
desk-msg-synced = Sincronizado: { $came }
desk-msg-conflicts = Fusionado con conflictos por resolver (pestaña Conflictos); luego vuelve a sincronizar: no se envió nada. Llegó: { $came }
# $reason: why the desk could not be reached (git's words).
desk-msg-offline = No se pudo acceder a la redacción ({ $reason }). Tus cambios están confirmados aquí y se enviarán en la próxima sincronización.
desk-msg-joining = Uniéndose a la redacción…
desk-msg-could-not-start = No se pudo crear una redacción
desk-msg-save-first = Primero guarda el proyecto (Archivo › Guardar como…): la redacción empieza con él.
desk-msg-starting = Creando la redacción…
desk-msg-setup-note = Puede tardar un rato si la redacción es grande.
desk-msg-cancelled = Cancelado
desk-msg-joined-empty = Te uniste a la redacción en { $folder }: aún no tiene proyectos
desk-msg-save-then-open = La redacción está en { $folder }: guarda tu trabajo y luego abre sus proyectos desde la pestaña Redacción
