# The rating-scale presets: each preset's name, and each verdict's label and
# what it means. A new project takes them in the window's language; a
# project keeps the words it was made with (they are stored in its file).
# Use the words fact-checkers publishing in the language use for their
# ratings (see the language's glossary).
# Spanish: docs/i18n/glossary-es.md (labels as Spanish-language fact-checkers publish them).

scale-preset-truth = Escala de veracidad de seis niveles
scale-preset-snopes = Escala al estilo de Snopes
scale-preset-short = Escala breve
scale-preset-conclusion-only = Solo conclusión (sin escala)

## Six-step truth scale

scale-truth-true = Verdadero
scale-truth-true-description = La afirmación es exacta y no le falta nada significativo.
scale-truth-mostly-true = Mayormente verdadero
scale-truth-mostly-true-description = La afirmación es exacta, pero necesita aclaraciones o información adicional.
scale-truth-half-true = Verdad a medias
scale-truth-half-true-description = La afirmación es parcialmente exacta, pero omite detalles importantes o saca las cosas de contexto.
scale-truth-mostly-false = Mayormente falso
scale-truth-mostly-false-description = La afirmación contiene algo de verdad, pero ignora hechos clave que darían una impresión distinta.
scale-truth-false = Falso
scale-truth-false-description = La afirmación no es exacta.
scale-truth-pants-on-fire = Falso y absurdo
scale-truth-pants-on-fire-description = La afirmación no es exacta y sostiene algo ridículo.

## Snopes-style scale

scale-snopes-true = Verdadero
scale-snopes-true-description = Se puede demostrar que los elementos principales de la afirmación son verdaderos.
scale-snopes-mostly-true = Mayormente verdadero
scale-snopes-mostly-true-description = Los elementos principales son verdaderos, pero algunos detalles son inexactos o faltan.
scale-snopes-mixture = Mixto
scale-snopes-mixture-description = La afirmación tiene elementos importantes tanto verdaderos como falsos.
scale-snopes-mostly-false = Mayormente falso
scale-snopes-mostly-false-description = Los elementos principales son falsos, aunque algunos detalles son exactos.
scale-snopes-false = Falso
scale-snopes-false-description = Se puede demostrar que los elementos principales de la afirmación son falsos.
scale-snopes-unproven = Sin pruebas
scale-snopes-unproven-description = No hay pruebas suficientes para establecer si la afirmación es verdadera o falsa.
scale-snopes-outdated = Desactualizado
scale-snopes-outdated-description = La afirmación fue exacta en su momento, pero ya no lo es.
scale-snopes-miscaptioned = Descripción falsa
scale-snopes-miscaptioned-description = Una foto o un video reales se presentan con una descripción falsa de lo que muestran.

## Short scale

scale-short-accurate = Correcto
scale-short-accurate-description = La afirmación es correcta.
scale-short-misleading = Engañoso
scale-short-misleading-description = La afirmación contiene hechos, pero da una impresión falsa.
scale-short-false = Falso
scale-short-false-description = La afirmación es errónea.
scale-short-unverifiable = No verificable
scale-short-unverifiable-description = Las pruebas disponibles no permiten zanjar la afirmación.
