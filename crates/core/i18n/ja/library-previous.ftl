# ライブラリタブで言説にリンクした過去の検証。

library-previous-by-on = { $organisation }、{ $date }
library-previous-verdict = { $by }：{ $verdict }
library-previous-line = { $by } —「{ $claim }」
