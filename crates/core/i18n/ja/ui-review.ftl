# The review panel and its dialogs: ready for review, approve, return, comments, corrections, publication.

review-review-comments = レビューコメント
review-but-what-was-approved-has = …ただし、承認した内容（判定、判定理由、証拠）がその後変更されたため、この承認は無効です。もう一度レビューを依頼してください
review-mark-ready-for-review = レビューを依頼
review-approve = 承認
review-sign-off-this-claim-as = 自分の名前でこの言説を承認
review-new-comment = 新しいコメント
review-a-question-or-a-request = 担当ファクトチェッカーへの質問や依頼
review-add-comment = コメントを追加
review-return-with-comment = コメントを付けて差し戻し
review-send-the-claim-back-to = このコメントを理由として、言説を「作業中」に差し戻す
review-write-a-comment-first-only = 先にコメントを書いてください。差し戻せるのはレビュー中の言説だけです
review-nothing-recorded-yet = まだ記録はありません。
review-deleted-claim = #?（削除された言説）
review-cancel = キャンセル
review-your-name = 名前
review-first-and-last-name-as = 姓名（承認に記す名前）
review-save-name = 名前を保存
review-correct-a-published-claim = 公開済みの言説を訂正
review-verdict = 判定
review-none = なし
review-publish-correction = 訂正を公開
review-change-the-verdict-or-rationale = 先に判定か判定理由を変更し、訂正の説明を書いてください
review-no-approved-claim-is-waiting = 公開を待っている承認済みの言説はありません
review-conclusion = 結論
review-rationale = 判定理由
review-correction-note = 訂正の説明
review-what-was-wrong-and-what = 何が誤りで何を変更したか（読者向け）
# Who did something, when the entry has no name.
review-someone = 名前なし
review-source-deleted = 後に削除された情報源
review-source-named = 情報源「{ $title }」
# $who: a name; $time: "2025-10-29 09:40".
review-approved-by = { $time }に{ $who }が承認
review-published-on = { $day }に公開
# $reason: what keeps the approval off, e.g. "the claim has no verdict".
review-approve-is-off = 承認できません：{ $reason }
review-comments-heading = コメント（未解決{ $open }件／全{ $total }件）
review-reopen = 再開
review-resolve = 解決
review-activity-heading = 履歴（{ $count }）
review-go-to-claim = 言説{ $number }へ移動

# The claim's activity: "2025-10-29 09:40  Ana set the status to In progress".
# Japanese: "日時  名前：操作" with noun phrases.
activity-entry = { $time }  { $who }：{ $what }
activity-created = 言説を作成
activity-verdict-set = 判定を{ $verdict }に設定
activity-verdict-removed = 後に削除された判定
activity-conclusion-written = 結論を記入
activity-verdict-cleared = 判定を解除
activity-status-set = 状態を{ $status }に変更
activity-approved = 承認
activity-returned = コメントを付けて差し戻し
activity-span-moved = 引用箇所を移動
activity-corrected = 公開後に訂正
# $source: "source “Reuters report”".
activity-source-linked = { $source }をリンク
activity-source-unlinked = { $source }のリンクを解除
activity-stance-set = { $source }の関係を{ $stance }に設定
activity-excerpt-changed = { $source }の抜粋を変更
activity-rationale-edited = 判定理由を編集
activity-reviewed-edited = 検証対象を編集
activity-commented = コメント
activity-comment-resolved = コメントを解決
activity-comment-reopened = コメントを再開
activity-approval-withdrawn = 承認した内容を変更（承認は無効になりました）
activity-name-changed = このウィンドウでの名前を{ $from }から{ $to }に変更
activity-publication-recorded = { $day }に公開を記録
review-welcome = ClaimDeskへようこそ
review-your-name-heading = 名前
review-your-name-why = 名前は、言説に対して行った操作（判定、コメント、承認）とともに記録されます。言説を承認する編集者には名前が必要です。判定を設定した本人は、その判定を承認できません。
review-skip = スキップ
review-correction-why = この言説の検証結果は公開済みです。ここで判定や判定理由を変更してください。訂正の説明は、レポートの「訂正」欄に掲載されます。
# $claim: "#3 “Japan will double…”".
review-mark-ready-question = 言説{ $claim }のレビューを依頼しますか？
review-mark-ready-anyway = このままレビューを依頼
review-approve-question = 言説{ $claim }を承認しますか？
review-approve-anyway = このまま承認
# What a claim lacks, listed before Mark ready for review.
review-gap-no-verdict = 判定がありません
review-gap-no-conclusion = 結論がありません
review-gap-no-source = 情報源を引用していません
review-gap-stances-unset = { $count ->
   *[other] リンクした情報源のうち{ $count }件で関係が選択されていません
}
# Listed before Approve; $who: a name; $text: the comment.
review-comment-still-open = { $who }のコメントが未解決です：「{ $text }」
