# ［ファイル］›［注釈をインポート…］：インポートの結果。

annotations-format-w3c = W3C Web Annotations
annotations-format-hypothesis = Hypothesis のエクスポート
annotations-format-claimreview = ClaimReview
annotations-imported = { $count }件の言説をインポートしました（{ $format }）：{ $outcomes }
annotations-anchored = 元の位置 { $count }件
annotations-moved = 別の位置 { $count }件
annotations-orphaned = 見つからない { $count }件
annotations-already-present = 既存 { $count }件
annotations-skipped = スキップ { $count }件

## 確認が必要な注釈（1件につき1行）

annotations-wording-differs = 文言が異なる：「{ $quote }」
annotations-not-found = 見つからない：「{ $quote }」
annotations-skipped-entry = スキップ：{ $why }
annotations-unknown-verdict = 判定「{ $verdict }」はプロジェクトの判定基準にないため、未判定のままです

## 項目をスキップした理由

annotations-skipped-reply = { $number }行目：返信
annotations-skipped-page-note = { $number }行目：ページへのメモ
annotations-skipped-no-quote = { $number }行目：位置を特定する本文の引用がありません
annotations-skipped-not-annotation = { $number }番目の項目：注釈ではありません
annotations-skipped-excerpt = { $number }番目の項目：言説ではなく情報源の抜粋です
annotations-skipped-item-no-quote = { $number }番目の項目：位置を特定する本文の引用がありません
annotations-skipped-no-claim-reviewed = ClaimReview { $number }：claimReviewed がありません

## ファイルをインポートできなかった理由

annotations-error-read = ファイルを読み込めませんでした：{ $detail }
annotations-error-too-large = ファイルは{ $size } MBです。{ $limit } MBを超える注釈ファイルはインポートしません
annotations-error-not-json = 注釈の JSON ファイルではありません：{ $detail }
annotations-error-too-deep = JSON の入れ子が深すぎて注釈とは見なせません（128階層超）
annotations-error-too-many = ファイルには{ $count }件の注釈があります。一度にインポートできるのは最大{ $max }件です
annotations-error-nothing = 注釈が見つかりません。W3C Web Annotations（JSON-LD）、Hypothesis のエクスポート、ClaimReview JSON-LD のいずれかが必要です
