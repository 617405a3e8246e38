# Por qué no se pudo leer el modelo de detección de afirmaciones incluido en ClaimDesk.
# Solo una instalación dañada muestra estos mensajes.

triage-error-cut-off = el archivo del modelo está cortado
triage-error-not-a-model = no es un modelo de criba de ClaimDesk
triage-error-unknown-shape = el archivo del modelo tiene una forma desconocida
triage-error-embedding = el bloque de vectores del modelo no encaja con el de la biblioteca
triage-error-trailing-bytes = el archivo del modelo tiene bytes de más al final
