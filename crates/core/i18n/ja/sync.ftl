# 同期でほかの人から届いた変更（「同期しました：Benが#3と#7を承認、#5にコメント」）と、
# デスクタブの作業待ちリストの注記。

## 届いた変更

sync-person = { $who }が{ $deeds }
sync-someone = 誰か
sync-claim = #{ $number }
sync-claims-count = { $count }件の言説
sync-approved = { $claims }を承認
sync-returned = { $claims }を差し戻し
sync-approval-withdrawn = { $claims }の承認を取り消し
sync-marked-ready = { $claims }のレビューを依頼
sync-verdict = { $claims }の判定を設定
sync-corrected = { $claims }を訂正
sync-commented = { $claims }にコメント
sync-resolved-comments = { $claims }のコメントを解決
sync-evidence = { $claims }の証拠を変更
sync-edited = { $claims }を編集
sync-added = { $claims }を追加
sync-status = { $claims }の状態を変更
sync-publication-recorded = 公開を記録
sync-changes = { $changes }
sync-project-changes = { $title }：{ $changes }
sync-new-project = 新しいプロジェクト「{ $title }」

## デスクタブの作業待ちリスト

queue-verdict-by = { $name }が判定
queue-verdict-before-activity = 履歴の記録を始める前の判定
queue-returned-by = { $name }が差し戻し
queue-comment = { $name }：{ $text }
queue-item = #{ $number }：{ $text }（{ $note }）
queue-item-titled = { $title } #{ $number }：{ $text }（{ $note }）
