# ［新しい版に差し替え…］：新しい本文で言説がどうなったか。

reanchor-summary = { $count }件の言説：元の位置 { $kept }件、別の位置 { $moved }件、文言変更 { $changed }件、見つからない { $orphaned }件
reanchor-kept = 元の位置
reanchor-moved = 別の位置
reanchor-changed = 文言変更
reanchor-not-found = 見つからない
reanchor-claim = #{ $number } { $outcome } —「{ $quote }」
