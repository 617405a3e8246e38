# The Library tab ("Checked before") and its worker's messages.
# Spanish: docs/i18n/glossary-es.md (tú; infinitive for buttons and menu items).

library-checked-before = Ya verificadas
library-the-library-is-off-there = La biblioteca está desactivada: no hay carpeta de datos donde guardarla.
library-select-a-claim-to-see = Selecciona una afirmación para ver verificaciones anteriores.
library-linked-as-previous-checks = Vinculadas como verificaciones anteriores
library-unlink = Desvincular
library-search-the-library = Buscar en la biblioteca
library-words-of-a-claim = palabras de una afirmación
library-search = Buscar
library-library-settings = Ajustes de la biblioteca
library-add-past-checks = Agregar verificaciones anteriores…
library-files = Archivos…
library-projects-ron-claimreview-json-jsonld = Proyectos (.ron), ClaimReview (.json, .jsonld, .html) o listas TSV
library-a-folder = Una carpeta…
library-every-project-claimreview-and-tsv = Todos los proyectos y archivos ClaimReview y TSV que contiene, subcarpetas incluidas
library-add-earlier-fact-checks-to = Agregar verificaciones anteriores a la biblioteca, como hace `claimdesk library add`
library-add-projects-to-the-library = Agregar los proyectos a la biblioteca al guardarlos
library-folder = Carpeta
library-use-folder = Usar carpeta
library-searching-the-library = Buscando en la biblioteca…
library-keep-this-as-an-earlier = Conservar como verificación anterior de la afirmación seleccionada; los informes la citan
library-the-library-is-off-there-2 = La biblioteca está desactivada: no hay carpeta de datos donde guardarla
library-past-checks-are-being-added = Ya se están agregando verificaciones anteriores
library-add-past-checks-2 = Agregar verificaciones anteriores
