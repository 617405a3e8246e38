# Dónde está una afirmación en su fuente: la página de un PDF.

place-page = pág. { $page }
place-pages = págs. { $first }–{ $last }
place-with-speaker = { $place } · { $speaker }
