# Por qué no se pudieron fusionar dos versiones de un proyecto. $detail es el
# mensaje del lector, tal como llegó.


merge-error-unreadable = no se pudo leer un proyecto: { $detail }
merge-error-does-not-hold = el proyecto fusionado no es coherente: { $detail }
merge-error-item-does-not-hold = { $item } fusionado no es coherente: { $detail }

## Settling a conflict (the Conflicts tab)

resolve-error-already-resolved = ese conflicto ya se resolvió
resolve-error-claim-gone = la afirmación ya no está en el proyecto
resolve-error-source-gone = la fuente ya no está en el proyecto
resolve-error-article-needs-text = un artículo necesita un texto
resolve-error-cannot-take = no se puede tomar este valor: { $detail }
resolve-error-does-not-fit = el valor no cabe ahí: { $detail }
resolve-error-as-said = { $detail }
