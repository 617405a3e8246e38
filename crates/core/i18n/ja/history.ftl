# 元に戻せる操作の名前。［編集］メニューとツールバーのヒントで
# 「元に戻す（{ $action }）」の { $action } に入ります。名詞句で書きます。

history-add-claim = 言説の追加
history-delete-claim = 言説の削除
history-edit-claim = 言説の編集
history-approve-claim = 言説の承認
history-add-source = 情報源の追加
history-delete-source = 情報源の削除
history-edit-source = 情報源の編集
history-edit-project-title = プロジェクト名の編集
history-edit-article-details = 記事情報の編集
history-edit-settings = 設定の編集
history-edit-scale = 判定基準の編集
history-replace-article = 記事の差し替え
history-edit-corrections = 訂正履歴の編集
history-note-activity = プロジェクトの履歴への記録
history-resolve-conflict = 競合の解決
history-dismiss-suggestion = 検証候補の除外
history-restore-suggestions = 検証候補の復元
history-merge-changes = 変更のマージ
history-nothing = なし
history-import-annotations = 注釈のインポート

## レビューの操作

history-mark-ready = レビューの依頼
history-return-claim = 言説の差し戻し
history-add-comment = コメントの追加
history-resolve-comment = コメントの解決
history-reopen-comment = コメントの再開
history-correct-claim = 言説の訂正
history-record-publication = 公開の記録
history-change-your-name = 名前の変更

## 言説の項目

history-edit-span = 引用箇所の変更
history-edit-claim-reviewed = 検証対象の編集
history-edit-claimant = 発信者の編集
history-edit-claim-date = 発信日の編集
history-set-status = 状態の変更
history-set-verdict = 判定の変更
history-edit-conclusion = 結論の編集
history-edit-rationale = 判定理由の編集
history-edit-tags = タグの編集
history-edit-sources = 情報源の変更
history-edit-excerpt = 抜粋の編集

## 情報源の項目

history-edit-source-title = タイトルの編集
history-edit-url = URLの編集
history-edit-publisher = 発行元の編集
history-edit-author = 筆者の編集
history-edit-date-published = 公開日の編集
history-edit-date-accessed = 閲覧日の編集
history-edit-archived-url = アーカイブ版URLの編集
history-edit-snapshots = スナップショットの変更
history-set-reliability = 信頼性の変更
history-edit-notes = メモの編集

## 記事またはプロジェクト設定の項目

history-edit-article-title = 記事タイトルの編集
history-edit-outlet = 媒体の編集
history-edit-article-url = 記事URLの編集
history-edit-date-retrieved = 取得日の編集
history-edit-organisation = 組織の編集
history-edit-organisation-url = 組織URLの編集
history-edit-review-url = ファクトチェック記事URLの編集
history-edit-reviewer = 検証者の編集
history-edit-publish-approved-only = 「承認済みの言説だけを公開」の変更
history-set-report-language = レポートの言語の変更
history-edit-field = { $field }の編集
