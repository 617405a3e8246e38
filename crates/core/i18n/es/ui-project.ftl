# The Article tab (article and organisation) and the Scale tab.
# Spanish: docs/i18n/glossary-es.md (tú; infinitive for buttons and menu items).

project-project = Proyecto
project-article = Artículo
project-publishing-organisation = Organización que publica
project-project-activity = Actividad del proyecto
project-nothing-yet-name-changes-and = Aún nada: aquí aparecen los cambios de nombre y las publicaciones.
project-rating-scale = Escala de calificación
project-changing-the-scale-clears-verdicts = Cambiar la escala borra las calificaciones que ya no contiene; Deshacer las restaura.
project-each-claim-gets-a-plain = Cada afirmación recibe una conclusión en lenguaje sencillo en lugar de una calificación.
project-highlight-colour = Color de resaltado
project-label = Nombre
project-remove-verdict = Quitar calificación
project-down = Bajar
project-move-down = Mover hacia abajo
project-up = Subir
project-move-up = Mover hacia arriba
project-description = Descripción
project-has-a-place-on-the = Tiene un lugar en la escala de veracidad (más arriba, más verdadero)
project-add-verdict = Agregar calificación
project-project-title = Título del proyecto
project-name-of-this-fact-check = Nombre de esta verificación
project-headline = Titular
project-the-article-s-title = El título del artículo
project-outlet = Medio
project-publication = Publicación
project-author = Autor
project-byline = Firma
project-article-url = URL del artículo
project-date-published = Fecha de publicación
project-date-retrieved = Fecha de consulta
project-organisation = Organización
project-who-publishes-the-fact-check = Quién publica la verificación
project-organisation-url = URL de la organización
project-review-url = URL de la verificación
project-reviewer = Verificador
project-fact-checker-s-name = Nombre de quien verifica
project-scale-name = Nombre de la escala
# Under the article's fields; $sha256: the start of the text's SHA-256 digest.
project-article-size = { $characters ->
    [one] { $characters } carácter
   *[other] { $characters } caracteres
} · { $words ->
    [one] { $words } palabra
   *[other] { $words } palabras
} · SHA-256 { $sha256 }…
project-replace-with-preset = Reemplazar por una escala predefinida…
project-verdicts-from-a-scale = Calificaciones de una escala
project-conclusion-only = Solo conclusión
# A verdict without a label, by its place in the scale.
project-verdict-number = calificación { $number }
# Names for screen readers; $verdict: "“False”" or "verdict 3".
project-colour-of = Color de { $verdict }
project-remove-name = Quitar { $verdict }
project-down-name = Bajar: mover { $verdict } hacia abajo
project-up-name = Subir: mover { $verdict } hacia arriba
project-value = valor
project-value-of = Valor de { $verdict }
# The label of a verdict just added to the scale.
project-new-verdict = Nueva calificación

# The project's report language (the Article tab).
project-report-language = Idioma del informe
project-report-language-window = El mismo de la ventana
