# The check before export (the Check tab): what a reader of the published
# report would trip over. `claimdesk check` on the command line stays English.
# Titles and values in quotes are the desk's own text.

check-no-verdict = 判定がまだありません
check-no-source = 判定はありますが、情報源を引用していません
# $count: how many different publishers the claim's sources come from.
check-too-few-sources = { $count ->
   *[other] 情報源の発行元が{ $count }件しかありません。独立した情報源が2つ必要です
}
# $title: the source's title (or its address).
check-not-archived = 情報源「{ $title }」にアーカイブ版がありません
# $file: the snapshot's file name.
check-snapshot-missing = 情報源「{ $title }」のスナップショットが証拠フォルダーにありません（{ $file }）
check-snapshot-altered = 情報源「{ $title }」のスナップショットが添付後に変更されています（{ $file }）
check-excerpt-not-in-snapshot = 情報源「{ $title }」の抜粋が、スナップショットと一致しなくなりました
# $count: characters in the claim as reviewed; $max: the limit (75).
check-reviewed-too-long = 検証対象が{ $count }文字あります。ClaimReviewでは{ $max }文字未満が求められます
# $status: the claim's status (check-status-*).
check-not-approved = まだ承認されていません（{ $status }）
check-status-new = 新規
check-status-in-progress = 作業中
check-status-ready = レビュー待ち
check-status-approved = 承認済み
check-approval-stale = 承認済みですが、承認した内容がその後変更されています（または承認の記録がありません）。もう一度レビューが必要です
check-no-stance = 情報源「{ $title }」の関係が選択されていません
check-unresolved-comments = { $count ->
   *[other] 未解決のコメントが{ $count }件あります
}
check-no-organisation = 組織が設定されていません。レポートとClaimReviewには発行者（author）が必要です
check-no-review-url = http(s) のファクトチェック記事URLが設定されていません。ClaimReviewには公開した記事のURLが必要です
# A date field whose text is not a date: $field (check-field-*), $value as
# typed, $problem (check-date-*).
check-bad-date = { $field }「{ $value }」は日付ではありません：{ $problem }
check-field-article-published = 記事の公開日
check-field-article-retrieved = 記事の取得日
check-field-claim-date = 発信日
# $title: the source's title (or its address).
check-field-source-published = 情報源「{ $title }」の公開日
check-field-source-accessed = 情報源「{ $title }」の閲覧日
check-date-not-iso = YYYY-MM-DD の形式で入力してください（YYYY-MM、YYYY も可）
check-date-no-such-date = 暦にない日付です
