# Remplacer par une nouvelle version… : ce que sont devenues les affirmations dans le nouveau texte.

reanchor-summary = { $count ->
    [one] { $count } affirmation
   *[other] { $count } affirmations
} — en place : { $kept }, déplacées : { $moved }, formulation modifiée : { $changed }, introuvables : { $orphaned }
reanchor-kept = en place
reanchor-moved = déplacée
reanchor-changed = formulation modifiée
reanchor-not-found = introuvable
reanchor-claim = #{ $number } { $outcome } — « { $quote } »
