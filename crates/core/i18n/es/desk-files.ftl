# Crear una redacción…: copiar el archivo del proyecto (y sus capturas) a la carpeta de la redacción.

desk-copy-not-a-file = { $path } no es un archivo
desk-copy-failed = no se pudo copiar { $path }: { $detail }
desk-copy-make-failed = no se pudo crear { $path }: { $detail }
desk-copy-read-failed = no se pudo leer { $path }: { $detail }
desk-added-not-sent = el proyecto se agregó, pero todavía no se pudo enviar: { $reason }
