# Onde uma alegação está na fonte: a página de um PDF.

place-page = p. { $page }
place-pages = pp. { $first }–{ $last }
place-with-speaker = { $place } · { $speaker }
