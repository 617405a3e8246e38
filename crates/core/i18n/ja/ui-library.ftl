# The Library tab ("Checked before") and its worker's messages.

library-checked-before = 過去の検証
library-the-library-is-off-there = ライブラリは無効です。保存先のデータフォルダーがありません。
library-select-a-claim-to-see = 言説を選択すると、その過去の検証が表示されます。
library-linked-as-previous-checks = 過去の検証としてリンク済み
library-unlink = リンク解除
library-search-the-library = ライブラリを検索
library-words-of-a-claim = 言説の語句
library-search = 検索
library-library-settings = ライブラリの設定
library-add-past-checks = 過去の検証を追加…
library-files = ファイル…
library-projects-ron-claimreview-json-jsonld = プロジェクト（.ron）、ClaimReview（.json、.jsonld、.html）、TSVリスト
library-a-folder = フォルダー…
library-every-project-claimreview-and-tsv = フォルダー内とその下にあるすべてのプロジェクト、ClaimReview、TSVファイル
library-add-earlier-fact-checks-to = 以前のファクトチェックをライブラリに追加（`claimdesk library add` と同じ）
library-add-projects-to-the-library = 保存時にプロジェクトをライブラリに追加
library-folder = フォルダー
library-use-folder = このフォルダーを使用
library-searching-the-library = ライブラリを検索しています…
library-keep-this-as-an-earlier = 選択した言説の過去の検証として残します。レポートで引用されます
library-the-library-is-off-there-2 = ライブラリは無効です。保存先のデータフォルダーがありません
library-past-checks-are-being-added = 過去の検証を追加しています
library-add-past-checks-2 = 過去の検証を追加
# $number: the selected claim's number.
library-earlier-checks-like = #{ $number } に似た過去の検証
library-unknown-organisation = 不明
library-empty = ライブラリは空です。下の「過去の検証を追加…」か `claimdesk library add PATH…`（プロジェクト、ClaimReviewファイル、フォルダー）で過去のファクトチェックを追加するか、下の「保存時にプロジェクトをライブラリに追加」をオンにしてプロジェクトを保存してください。
# $count: the library's entries (a number, written as the language writes numbers).
library-no-close-match-count = { $count ->
   *[other] ライブラリに近い一致はありません（{ $count }件中）。
}
library-no-close-match = ライブラリに近い一致はありません。
library-search-failed = ライブラリを検索できませんでした：{ $error }
library-strong-match = 強い一致
library-possible-match = 一致の可能性あり
library-weak-match = 弱い一致
library-link-to-claim = 言説 #{ $number } の過去の検証としてリンク
library-linked-to-claim = 言説 #{ $number } にリンク済み
library-no-verdict = 判定なし
# Scores: $strong, $possible and $floor are numbers such as 20.
library-score-hover = 一致の近さ：検索のスコアで、高いほど近い一致です。{ $strong }以上で強い一致、{ $possible }以上で一致の可能性あり。検索ボックスでは{ $floor }未満は表示しません。

# The library worker's messages.
library-could-not-start = ライブラリを起動できませんでした：{ $error }
library-could-not-open = ライブラリを開けませんでした：{ $error }
library-could-not-add = 過去の検証をライブラリに追加できませんでした：{ $error }
# $name: a file name.
library-added-file = { $count ->
   *[other] { $name } をライブラリに追加しました（言説{ $count }件）
}
library-file-unchanged = { $name } はライブラリに登録済みです
library-file-not-added = { $name } はライブラリに追加されませんでした：{ $why }
library-could-not-add-file = { $name } をライブラリに追加できませんでした：{ $error }
library-skipped = { $name } をスキップしました：{ $why }
library-not-read = 読み込めませんでした：{ $name }：{ $why }
library-ignored = { $count ->
   *[other] フォルダー内のほかの{ $count }件のファイルは、プロジェクト、ClaimReview、TSVのいずれでもありません
}
library-added-summary = { $files ->
   *[other] { $files }件のファイル
}から{ $added ->
   *[other] 過去の検証{ $added }件
}を追加しました。ライブラリの登録数は{ $entries }件です
# $summary: library-added-summary, then how many files were in it already.
library-unchanged = { $count ->
   *[other] { $summary }（{ $count }件のファイルはすでに登録済みで、変更はありません）
}
library-stopped = { $summary }。最後のファイルの前で停止しました。もう一度実行すると残りを追加します
library-past-checks-added = 過去の検証を追加しました
library-not-running = ライブラリが実行されていません。
library-items = { $count }件の項目
library-adding = 過去の検証を追加しています…
library-looking-in = { $what }を確認しています
# $done and $total are filled in as the files are read: keep them.
library-reading-file-of = ファイルを読み込んでいます（{ $total }件中{ $done }件目）
library-adding-note = キャンセルすると、読み込み中のファイルの後で停止します。追加済みのものは残ります。
