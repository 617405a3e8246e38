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
