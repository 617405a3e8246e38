# Reemplazar por una nueva versión…: qué pasó con las afirmaciones en el texto nuevo.

reanchor-summary = { $count ->
    [one] { $count } afirmación
   *[other] { $count } afirmaciones
} — en su sitio: { $kept }, en otro lugar: { $moved }, con otra redacción: { $changed }, no encontradas: { $orphaned }
reanchor-kept = en su sitio
reanchor-moved = en otro lugar
reanchor-changed = con otra redacción
reanchor-not-found = no encontrada
reanchor-claim = #{ $number } { $outcome } — “{ $quote }”
