# El índice de la biblioteca no se pudo abrir y se rehízo a partir de su lista de archivos.
library-index-rebuilt = El índice de la biblioteca { $why } y se reconstruyó: { $summary }
library-index-missing = no estaba
library-index-other-version = se hizo con otra versión de ClaimDesk
library-index-damaged = estaba dañado ({ $detail })
library-rebuilt = { $count ->
    [one] { $count } archivo añadido de nuevo
   *[other] { $count } archivos añadidos de nuevo
}
library-rebuilt-dropped = { $count ->
    [one] { $count } archivo añadido de nuevo
   *[other] { $count } archivos añadidos de nuevo
}; { $dropped ->
    [one] { $dropped } no se pudo leer y se quitó
   *[other] { $dropped } no se pudieron leer y se quitaron
}: { $files }
