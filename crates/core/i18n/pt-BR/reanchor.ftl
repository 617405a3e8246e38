# Substituir pela nova versão…: o que aconteceu com as alegações no texto novo.

reanchor-summary = { $count ->
    [one] { $count } alegação
   *[other] { $count } alegações
} — no lugar: { $kept }, em outro lugar: { $moved }, com outra redação: { $changed }, não encontradas: { $orphaned }
reanchor-kept = no lugar
reanchor-moved = em outro lugar
reanchor-changed = com outra redação
reanchor-not-found = não encontrada
reanchor-claim = #{ $number } { $outcome } — “{ $quote }”
