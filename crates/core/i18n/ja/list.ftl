# プログラムが組み立てる列挙のつなぎ方：「#3、#5と#7」。
list-comma = { $head }、{ $tail }
list-and = { $head }と{ $tail }
list-sentences = { $head }。{ $tail }
list-lines =
    { $head }
    - { $tail }
list-item = { $item }
quoted = 「{ $text }」
quoted-claim = #{ $number }「{ $quote }」
