# How lists and values the program puts together are joined: "#3, #5 and #7",
# "Ben approved #3; Cleo commented on #5". $head is everything before, $tail
# the next item.
list-comma = { $head }, { $tail }
list-and = { $head } and { $tail }
# Whole sentences or clauses, one after another.
list-sentences = { $head }; { $tail }
# A number or a value on its own (written as the language writes numbers).
# Items one a line, after a dash (a project's problems).
list-lines =
    { $head }
    - { $tail }
list-item = { $item }
# A text of the desk's own (a verdict's label, a quote) in quotes.
quoted = “{ $text }”
# A claim by its number and its quote: "#3 “Prices rose 4%”".
quoted-claim = #{ $number } “{ $quote }”
