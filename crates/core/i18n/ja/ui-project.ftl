# The Article tab (article and organisation) and the Scale tab.

project-project = プロジェクト
project-article = 記事
project-publishing-organisation = 発行組織
project-project-activity = プロジェクトの履歴
project-nothing-yet-name-changes-and = まだありません。名前の変更と公開がここに表示されます。
project-rating-scale = 判定基準
project-changing-the-scale-clears-verdicts = 判定基準を変えると、新しい基準にない判定は消去されます。元に戻すと復元されます。
project-each-claim-gets-a-plain = 各言説には、判定の代わりに平易な言葉の結論を付けます。
project-highlight-colour = 強調表示の色
project-label = ラベル
project-remove-verdict = 判定を削除
project-down = 下へ
project-move-down = 下へ移動
project-up = 上へ
project-move-up = 上へ移動
project-description = 説明
project-has-a-place-on-the = 真実性の軸上に位置を持つ（大きいほど正確）
project-add-verdict = 判定を追加
project-project-title = プロジェクト名
project-name-of-this-fact-check = このファクトチェックの名前
project-headline = 見出し
project-the-article-s-title = 記事のタイトル
project-outlet = 媒体
project-publication = 掲載媒体名
project-author = 著者
project-byline = 署名（記事の筆者名）
project-article-url = 記事のURL
project-date-published = 公開日
project-date-retrieved = 取得日
project-organisation = 組織
project-who-publishes-the-fact-check = ファクトチェックを公開する組織
project-organisation-url = 組織のURL
project-review-url = ファクトチェック記事のURL
project-reviewer = 検証者
project-fact-checker-s-name = ファクトチェッカーの名前
project-scale-name = 判定基準の名前
# Under the article's fields; $sha256: the start of the text's SHA-256 digest.
project-article-size = { $characters ->
   *[other] { $characters }文字
} · { $words ->
   *[other] { $words }語
} · SHA-256 { $sha256 }…
project-replace-with-preset = プリセットで置き換え…
project-verdicts-from-a-scale = 判定基準による判定
project-conclusion-only = 結論のみ
# A verdict without a label, by its place in the scale.
project-verdict-number = 判定{ $number }
# Names for screen readers; $verdict: "“False”" or "verdict 3".
project-colour-of = { $verdict }の色
project-remove-name = { $verdict }を削除
project-down-name = 下へ：{ $verdict }を下へ移動
project-up-name = 上へ：{ $verdict }を上へ移動
project-value = 値
project-value-of = { $verdict }の値
# The label of a verdict just added to the scale.
project-new-verdict = 新しい判定

# The project's report language (the Article tab).
project-report-language = レポートの言語
project-report-language-window = ウィンドウと同じ
