# The Suggestions tab (sentences worth checking).

suggest-default = 既定値
suggest-show-every-dismissed-suggestion-again = 除外したすべての候補を再表示
suggest-mark-as-claim = 言説として登録
suggest-enter-the-sentence-or-the = Enter：文全体、または記事で選択した部分
suggest-dismiss = 除外
suggest-delete-never-suggest-this-sentence = Delete：このプロジェクトではこの文を今後候補にしない
suggest-up-down-walk-enter-mark = Up/Down 移動 · Enter 登録 · Delete 除外
suggest-no-sentence-passes-the-threshold = しきい値を超える文はありません。
suggest-scoring-cancelled-open-the-suggestions = スコア計算をキャンセルしました。再開するには検証候補タブをもう一度開いてください
suggest-threshold = しきい値
suggest-summary = { $total ->
   *[other] { $total }文
}中{ $suggested }文を提案、完了{ $done }、除外{ $dismissed }
suggest-restore-dismissed = 除外した候補を戻す（{ $count }）
# The list's name for screen readers.
suggest-list-name = 提案された文
# Under a score: the sentence is already a claim.
suggest-done = 完了
# A row's name for screen readers; $score: "0.93".
suggest-row-name = 候補{ $number }、スコア{ $score }：{ $sentence }
suggest-row-name-done = 候補{ $number }、スコア{ $score }、完了：{ $sentence }
suggest-explained = 米国の政治討論（CLEF CheckThat! 2024）で学習したモデルが、検証に値すると判断した度合いの順に文を並べています。これは提案であり、判定ではありません。
suggest-not-english = この記事は英語ではないようです。モデルは英語の討論で学習しているため、ここでのスコアは目安にすぎません。順位の低い文にも、検証に値するものがあるかもしれません。
suggest-internal-error = 内部エラーのため、スコア計算を中止しました。
suggest-model-unreadable = 検証候補のモデルを読み込めませんでした：{ $error }
suggest-could-not-start = スコア計算を開始できませんでした：{ $error }
suggest-scoring = 記事の文のスコアを計算しています…
suggest-cancelled = スコア計算をキャンセルしました。別のタブを選んでから戻ると、もう一度開始します。
