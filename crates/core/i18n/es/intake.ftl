# Abrir un archivo de artículo: las filas de la vista previa, los tipos de
# archivo y las notas sobre lo que se hizo.

## La vista previa de un artículo abierto

preview-read-as = Leído como
preview-title = Título
preview-outlet = Medio
preview-author = Autor
preview-published = Publicado
preview-url = URL
preview-characters = Caracteres
preview-paragraphs = Párrafos
preview-note = Nota
preview-not-found = (no encontrado)

## Como qué se leyó el archivo

article-format-text = texto
article-format-markdown = Markdown
article-format-web-page = página web
article-format-subrip = transcripción SubRip
article-format-webvtt = transcripción WebVTT
article-format-pdf = PDF
article-format-docx = documento de Word

## Notas sobre lo que se hizo

note-read-as-pdf = El archivo contiene un PDF: se leyó como tal
note-read-as-docx = El archivo contiene un documento de Word: se leyó como tal
note-converted = Convertido desde { $encoding }
note-converted-lossy = Convertido desde { $encoding }; algunos bytes no se pudieron leer y se sustituyeron por �
note-malformed = El archivo está casi todo en { $encoding }, pero tiene bytes que no lo están; se sustituyeron por �
note-pdf-pages = { $count ->
    [one] { $count } página leída
   *[other] { $count } páginas leídas
}
note-pdf-pages-dropped = { $count ->
    [one] { $count } página leída
   *[other] { $count } páginas leídas
}; { $dropped ->
    [one] se omitió { $dropped } línea repetida de encabezado, pie o número de página
   *[other] se omitieron { $dropped } líneas repetidas de encabezado, pie o número de página
}
note-pdf-damaged = { $count ->
    [one] { $count } página dañada no se pudo leer y se omitió
   *[other] { $count } páginas dañadas no se pudieron leer y se omitieron
}
note-pdf-empty-pages = { $count ->
    [one] Se omitió { $count } página sin texto (solo imágenes)
   *[other] Se omitieron { $count } páginas sin texto (solo imágenes)
}
note-docx-lists-tables = { $items ->
    [one] { $items } elemento de lista
   *[other] { $items } elementos de lista
}, { $tables ->
    [one] { $tables } tabla
   *[other] { $tables } tablas
} (una línea por fila, celdas separadas por |)
note-byline = La firma se leyó como autor, medio y fecha, y se quitó del texto
note-transcript-skipped = { $count ->
    [one] Se omitió { $count } bloque sin un código de tiempo legible
   *[other] Se omitieron { $count } bloques sin un código de tiempo legible
}
note-transcript-cues = { $count ->
    [one] { $count } línea de la transcripción
   *[other] { $count } líneas de la transcripción
} con códigos de tiempo, { $speakers ->
    [0] sin hablantes indicados
    [one] { $speakers } hablante
   *[other] { $speakers } hablantes
}
note-second-look = La vista de lectura solo conservó { $kept } de las { $page } palabras de la página: se conservó en su lugar su mayor bloque de párrafos ({ $found } palabras), que continúa el texto de la vista de lectura
note-short-extraction = Solo se conservaron { $kept } de { $page } palabras como artículo
note-second-look-taken = Se hizo una segunda lectura: { $note }. Comprueba el primer y el último párrafo del artículo
