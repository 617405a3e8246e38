# Por qué falló archivar una fuente en la Wayback Machine, o adjuntar, leer o
# copiar una captura. Lo que dijo la red o el sistema llega en $why o $detail.


## Archiving (Wayback Machine)

archive-error-offline = no se pudo llegar al archivo ({ $why }): compruebe la conexión de red y vuelva a intentarlo
archive-error-rate-limited = el archivo está limitando las solicitudes (HTTP 429): espere unos minutos y vuelva a intentarlo
archive-error-refused = el archivo se negó a archivar esta página (HTTP { $code }): puede que el sitio bloquee el archivado; adjunte una captura en su lugar
archive-error-unavailable = el archivo falló (HTTP { $code }): vuelva a intentarlo más tarde
archive-error-timed-out = el archivo no respondió a tiempo: puede estar ocupado, vuelva a intentarlo más tarde
archive-error-bad-answer = no se entendió la respuesta del archivo: { $why }
archive-error-no-capture = el archivo aceptó la solicitud pero aún no tiene una copia archivada: vuelva a intentarlo en unos minutos
archive-error-cancelled = cancelado
archive-error-endpoint = “{ $address }” no es una dirección de archivo utilizable: indique una URL https:// (http:// solo para 127.0.0.1, localhost o [::1])

## Snapshots

evidence-error-unsaved = guarde primero el proyecto: las capturas se guardan en una carpeta junto al archivo del proyecto
evidence-error-refused = { $path } no se adjuntó: { $detail }
evidence-error-io = { $path }: { $detail }
evidence-error-missing = falta el archivo de captura { $path }
evidence-error-bad-name = el proyecto nombra un archivo de captura “{ $name }”, que no es un hash SHA-256: rechazado
evidence-error-linked-folder = { $path } es un enlace a otro lugar; las capturas solo se guardan en una carpeta real junto al proyecto
evidence-error-altered = el archivo de captura { $path } cambió después de adjuntarse (su SHA-256 es distinto)
