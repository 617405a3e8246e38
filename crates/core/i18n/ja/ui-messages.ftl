# Messages in the status bar and error dialogs: opening, saving, exporting, merging.

msg-that-passage-is-no-longer = その一節はもう記事にありません
msg-undone = 元に戻しました
msg-could-not-undo = 元に戻せませんでした
msg-redone = やり直しました
msg-could-not-redo = やり直せませんでした
msg-new-project-open-or-paste = 新規プロジェクトです。検証する記事を開くか貼り付けてください（「ファイル」メニュー）
msg-could-not-use-the-pasted = 貼り付けたテキストを使用できませんでした
msg-restored-unsaved-work-save-it = 保存されていない作業を復元しました。残すには保存してください
msg-could-not-open-the-project = プロジェクトを開けませんでした
msg-could-not-open-the-article = 記事を開けませんでした
msg-could-not-save = 保存できませんでした
msg-could-not-export = エクスポートできませんでした
msg-could-not-merge-the-changes = ディスク上の変更をマージできませんでした
msg-merging-was-cancelled-nothing-changed = マージをキャンセルしました。変更はありません
msg-could-not-resolve-the-conflict = 競合を解決できませんでした
msg-an-article-is-being-read = すでに記事を読み込んでいます。完了を待つか、キャンセルしてください
msg-replace-with-new-version = 新しい版に置き換え
msg-reading-the-file-stopped-on = 内部エラーのため、ファイルの読み込みを中止しました。変更はありません。
msg-annotations-are-being-imported-already = すでに注釈をインポートしています。完了を待つか、キャンセルしてください
msg-could-not-import-annotations = 注釈をインポートできませんでした
msg-importing-annotations-was-cancelled-nothing = 注釈のインポートをキャンセルしました。変更はありません
msg-could-not-start-re-anchoring = 新しい本文での言説の位置の再特定を開始できませんでした
msg-replacing-the-article-was-cancelled = 記事の置き換えをキャンセルしました。変更はありません
msg-could-not-read-the-new = 新しい版を読み込めませんでした
msg-a-file-chooser-is-already = ファイル選択ダイアログはすでに開いています
msg-claims = 言説
msg-no-article-yet = 記事はまだありません
msg-open-article = 記事を開く…
msg-paste-article-text = 記事のテキストを貼り付け…
msg-dismiss-this-message = このメッセージを閉じる

# File choosers' titles.
pick-open-project = プロジェクトを開く
pick-open-article = 記事を開く
pick-new-version = 記事の新しい版
pick-annotations = インポートする注釈（W3C、Hypothesis、ClaimReview）
pick-snapshot = 添付する保存済みページ、PDF、Word文書、テキストファイル
pick-past-checks = ライブラリに追加する過去の検証（プロジェクト、ClaimReview、TSV）
pick-past-checks-folder = ライブラリに追加する過去の検証のフォルダー
pick-save-as = プロジェクトに名前を付けて保存
pick-export-to = エクスポート先

# An error's text alone, when its title says the rest.
msg-error = { $error }
msg-merge-unreadable = マージできません：ディスク上のファイルを読み込めません
msg-merge-unreadable-body = { $error }

    「名前を付けて保存…」で、作業を別のファイルに保存できます。
msg-merging-file = { $file } をマージしています
msg-merging-heading = ディスク上の変更をマージしています…
msg-merging-note = マージが終わるまで何も変更されません。
msg-merge-internal-error = 内部エラーのため、マージを中止しました。変更はありません。
msg-merge-project-changed = マージ中にプロジェクトが変更されました。何もマージしていません。もう一度マージしてください。
msg-merged-and-saved = ディスク上の変更をマージして保存しました
msg-merged = ディスク上の変更をマージしました
msg-merged-with-conflicts = { $count ->
   *[other] ディスク上の変更をマージしました。解決が必要な競合が{ $count }件あります（競合タブ）
}
# $place: the conflict's field in words.
msg-resolved = { $place }を解決しました
msg-opened = { $path } を開きました
msg-opened-article = 記事を開きました。作業を残すにはプロジェクトとして保存してください
msg-saved = { $path } を保存しました
# $format: "HTML report"; $approved of $total claims.
msg-exported-draft = 下書きの{ $format }を { $path } にエクスポートしました（{ $total }件中{ $approved }件承認済み。公開を記録するまでは未公開です）
msg-exported = { $format }を { $path } にエクスポートしました
msg-you-are = 現在の名前：{ $name }

# Progress dialogs. $done and $total are filled in as the work counts: keep them.
msg-reading-file = { $file } を読み込んでいます
msg-reading-file-pages = { $file } を読み込んでいます：{ $total }ページ中{ $done }ページ
msg-anchoring-file = { $file } の位置を特定しています：{ $total }件中{ $done }件
msg-reanchoring-file = { $file } で言説の位置を再特定しています：{ $total }件中{ $done }件
msg-importing-annotations = 注釈をインポートしています…
msg-import-internal-error = 内部エラーのため、ファイルの読み込みを中止しました
msg-import-project-changed = 注釈の読み込み中にプロジェクトが変更されました。何もインポートしていません。もう一度ファイルをインポートしてください。
msg-import-failed-body = { $path }：{ $error }。変更はありません。
msg-annotations-imported = 注釈をインポートしました
msg-reading-new-version = 新しい版を読み込んでいます…
msg-opening-article = 記事を開いています…
msg-replacing-cancelled = 記事の置き換えをキャンセルしました。変更はありません
msg-opening-cancelled = 記事を開く操作をキャンセルしました。変更はありません
msg-replace-project-changed-reading = 新しい版の読み込み中にプロジェクトが変更されました。何も置き換えていません。もう一度お試しください。
msg-replacing-heading = 新しい版に置き換えています…
msg-replacing-note = 結果を確認するまで何も変更されません。
msg-replace-project-changed = 言説の位置の再特定中にプロジェクトが変更されました。何も置き換えていません。もう一度お試しください。
msg-reanchor-internal-error = 内部エラーのため、位置の再特定を中止しました。何も置き換えていません。
# Typing while no field has the keyboard: the hint starts with the first message.
msg-lost-typing-start = どのフィールドにも入力されていません
msg-lost-typing = 「{ $typed }」。フィールドをクリックしてから（Tab キーでも移動できます）、もう一度入力してください。
msg-recovery-write-failed = 復元用コピーを書き込めませんでした：{ $error }
msg-could-not-apply = 変更を適用できませんでした：{ $error }
# The system file chooser's filters.
pick-filter-project = ClaimDeskプロジェクト
pick-filter-article = 記事
pick-filter-annotations = 注釈
pick-filter-past-checks = 過去の検証
pick-filter-all-files = すべてのファイル

# Notes on an opened article file (shown after "Opened the article…").
note-no-title = タイトルが見つからないため、ファイル名を使います
note-title-first-line = タイトルは文書の1行目です
note-no-date = ページに公開日が見つかりません
note-markdown-html = Markdown 内の HTML は取り込みませんでした
note-read-as-web-page = ファイルはウェブページなので、ウェブページとして読み込みました
