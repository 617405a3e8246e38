# Où se trouve une affirmation dans sa source : la page d'un PDF.

place-page = p. { $page }
place-pages = p. { $first }–{ $last }
place-with-speaker = { $place } · { $speaker }
