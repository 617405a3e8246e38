# Por qué falló una exportación. $detail es el mensaje del escritor, tal como llegó.

export-error-template = no se pudo generar el informe: { $detail }
export-error-json = no se pudo escribir el JSON: { $detail }
export-error-csv = no se pudo escribir el CSV: { $detail }
