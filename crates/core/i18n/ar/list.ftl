# كيف تُربط القوائم التي يركّبها البرنامج: «#3 و#5 و#7».
list-comma = { $head }، { $tail }
list-and = { $head } و{ $tail }
list-sentences = { $head }؛ { $tail }
list-lines =
    { $head }
    - { $tail }
list-item = { $item }
quoted = «{ $text }»
quoted-claim = #{ $number } «{ $quote }»
