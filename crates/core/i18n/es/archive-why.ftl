# Por qué no se pudo llegar al Wayback Machine o entender su respuesta.
archive-why-host-not-found = no se encontró la dirección del archivo
archive-why-no-connection = sin conexión
archive-why-not-json = no es JSON: { $detail }
archive-why-names-no-capture = «{ $address }» no señala ninguna captura
archive-why-capture-without-url = una captura sin dirección
