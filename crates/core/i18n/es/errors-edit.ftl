# Por qué no se pudo hacer, deshacer o rehacer un cambio. $id: el id en el archivo.

edit-error-no-such-claim = la afirmación { $id } ya no existe
edit-error-no-such-source = la fuente { $id } ya no existe
edit-error-duplicate-claim = ya existe una afirmación con el id { $id }
edit-error-duplicate-source = ya existe una fuente con el id { $id }
