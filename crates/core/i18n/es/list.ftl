# Cómo se unen las listas que arma el programa: "#3, #5 y #7".
list-comma = { $head }, { $tail }
list-and = { $head } y { $tail }
list-sentences = { $head }; { $tail }
list-lines =
    { $head }
    - { $tail }
list-item = { $item }
quoted = “{ $text }”
quoted-claim = #{ $number } “{ $quote }”
