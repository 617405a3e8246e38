# Why a project or an article could not be opened, as the window shows it.
# The command line keeps these in English. $detail is a reader's own message
# (a parser's, the operating system's), which stays as it came.
# Spanish: docs/i18n/glossary-es.md (tú; infinitive for buttons and menu items).

## Opening a project

# $path: the file; $detail: the operating system's reason.
error-read = no se pudo leer { $path }: { $detail }
# $size, $limit: megabytes.
error-project-too-large = el archivo pesa { $size } MB, más que los { $limit } MB que puede tener un proyecto; no se leyó
error-project-empty = el archivo está vacío
error-project-binary = es un archivo binario, no un proyecto de ClaimDesk
# $line: the line of the first byte that is not UTF-8.
error-project-not-utf8 = el archivo no es texto UTF-8 (primer byte incorrecto en la línea { $line })
# $line, $column: where the file stops making sense; $detail: what the reader expected.
error-project-syntax = no es un proyecto de ClaimDesk válido (línea { $line }, columna { $column }): { $detail }
error-project-cut-off = el archivo termina antes de tiempo: puede que esté cortado
error-project-too-deep = el archivo tiene demasiados niveles de anidamiento
# $found: the file's format version; $max: the newest this ClaimDesk reads.
error-project-newer = este proyecto se creó con una versión más reciente de ClaimDesk (versión de formato { $found }; esta lee hasta la { $max }): actualiza ClaimDesk para abrirlo
# $problems: one line per problem (error-problem-*, joined by list-lines).
error-project-invalid =
    el proyecto no es coherente:
    - { $problems }
error-problem-sha256 = el texto del artículo no coincide con su SHA-256 guardado (guardado { $stored }, el texto tiene { $actual }): el texto se modificó fuera de ClaimDesk
# $claim: the claim's id in the file; $start, $end, $length: characters.
error-problem-span-out-of-range = la afirmación #{ $number } (id { $claim }) abarca los caracteres { $start }..{ $end }, pero el artículo tiene { $length } caracteres
# $expected: the claim's quote; $found: the article's text there.
error-problem-quote = la afirmación #{ $number } (id { $claim }) cita “{ $expected }”, pero en ese lugar el artículo dice “{ $found }”
# $id: the repeated id.
error-problem-duplicate-claim = dos afirmaciones tienen el mismo id { $id }
error-problem-duplicate-source = dos fuentes tienen el mismo id { $id }
error-problem-duplicate-verdict = dos calificaciones de la escala tienen el mismo id { $id }
error-problem-duplicate-comment = dos comentarios tienen el mismo id { $id }
error-problem-missing-source = la afirmación #{ $number } (id { $claim }) vincula la fuente { $source }, que no está en la lista de fuentes
error-problem-missing-verdict = la afirmación #{ $number } (id { $claim }) tiene la calificación { $verdict }, que no está en la escala
error-problem-verdict-without-scale = la afirmación #{ $number } (id { $claim }) tiene una calificación, pero el proyecto usa conclusiones en lugar de escala

## Opening an article

# $size, $limit: megabytes.
error-article-too-large = el archivo pesa { $size } MB; se pueden abrir artículos de hasta { $limit } MB
error-article-empty = el artículo está vacío
error-article-binary = parece un archivo binario, no texto: abre un artículo .txt, .md, .html, .pdf, .srt, .vtt o .docx
# $detail: what the reader view said.
error-article-no-text = no se encontró el texto del artículo en la página: { $detail }
error-article-not-utf8 = el texto no es UTF-8 (primer byte incorrecto en la línea { $line }); guárdalo como UTF-8 y vuelve a abrirlo
