# The Check tab (the check before export) and the Conflicts tab.

checktab-check-before-export = エクスポート前の確認
checktab-export = エクスポート：
checktab-nothing-to-fix-the-report = 修正するものはありません。レポートは公開できます。
checktab-publish-approved-claims-only = 承認済みの言説だけを公開
checktab-reports-leave-out-claims-not = 未承認の言説はレポートから除外され、その旨が記されます
checktab-record-publication = 公開を記録
checktab-mark-the-approved-claims-as = 承認済みの言説を本日公開したものとして記録します。以後、判定や判定理由の変更には訂正の説明が必要です
checktab-show-this-claim = この言説を表示
checktab-merge-conflicts = マージの競合
checktab-no-conflicts-every-change-from = 競合はありません。マージによる変更はすべて解決済みです。
checktab-both-copies-changed-these-differently = 両方のコピーでこれらが異なる内容に変更されました。選択するまで、プロジェクトには自分側の値が入っています。
checktab-or-write-the-value = または値を入力：
checktab-take-this-text = この内容を採用
checktab-approved-not-published = { $count ->
   *[other] 公開を記録していない承認済みの言説が{ $count }件あります
}
checktab-show-setting = この設定を表示
checktab-source = 情報源
checktab-show-source = この情報源を表示
checktab-sources = 情報源
checktab-show-sources = 情報源を表示
checktab-article = 記事
checktab-open-article-tab = 記事タブを開く
checktab-claim-number = 言説 #{ $number }
checktab-summary = { $count ->
   *[other] 読者がつまずきかねない点が{ $count }件あります（エクスポートはできます）：
}
# The warning list's name for screen readers.
checktab-warnings-count = { $count ->
   *[other] 警告{ $count }件
}

# A merge conflict's three sides: the common ancestor, this copy, the other copy.
conflict-base = ベース
conflict-ours = 自分側
conflict-theirs = 相手側
conflict-take-base = ベースを採用
conflict-take-ours = 自分側を採用
conflict-take-theirs = 相手側を採用
