# The Check tab (the check before export) and the Conflicts tab.

check-check-before-export = エクスポート前の確認
check-export = エクスポート：
check-nothing-to-fix-the-report = 修正するものはありません。レポートは公開できます。
check-publish-approved-claims-only = 承認済みの言説だけを公開
check-reports-leave-out-claims-not = 未承認の言説はレポートから除外され、その旨が記されます
check-record-publication = 公開を記録
check-mark-the-approved-claims-as = 承認済みの言説を本日公開したものとして記録します。以後、判定や判定理由の変更には訂正の説明が必要です
check-show-this-claim = この言説を表示
check-merge-conflicts = マージの競合
check-no-conflicts-every-change-from = 競合はありません。マージによる変更はすべて解決済みです。
check-both-copies-changed-these-differently = 両方のコピーでこれらが異なる内容に変更されました。選択するまで、プロジェクトにはこちら側の値が入っています。
check-or-write-the-value = または値を入力：
check-take-this-text = この内容を採用
