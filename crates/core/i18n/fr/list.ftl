# Comment se joignent les listes que le programme compose : « #3, #5 et #7 ».
list-comma = { $head }, { $tail }
list-and = { $head } et { $tail }
list-sentences = { $head } ; { $tail }
list-lines =
    { $head }
    - { $tail }
list-item = { $item }
quoted = « { $text } »
quoted-claim = #{ $number } « { $quote } »
