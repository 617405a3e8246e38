# Como se unem as listas montadas pelo programa: "#3, #5 e #7".
list-comma = { $head }, { $tail }
list-and = { $head } e { $tail }
list-sentences = { $head }; { $tail }
list-lines =
    { $head }
    - { $tail }
list-item = { $item }
quoted = “{ $text }”
quoted-claim = #{ $number } “{ $quote }”
