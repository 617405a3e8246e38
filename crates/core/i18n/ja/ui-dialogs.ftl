# Dialogs: new project, pasted article, unsaved changes, the in-app file chooser, progress.

dialog-rating-scale = 判定基準
dialog-delete-this-claim = この言説を削除しますか？
dialog-delete-claim = 言説を削除
dialog-cancel = キャンセル
dialog-new-project = 新規プロジェクト
dialog-project-title = プロジェクト名
dialog-then-open-or-paste-the = 次に、検証する記事を開くか貼り付けてください（「ファイル」メニュー）。
dialog-create = 作成
dialog-new-article-from-pasted-text = 貼り付けたテキストから新規記事
dialog-headline = 見出し
dialog-article-text-paste-with-ctrl = 記事の本文（Ctrl+V で貼り付け）
dialog-create-project = プロジェクトを作成
dialog-save-your-changes = 変更を保存しますか？
dialog-this-project-has-changes-that = このプロジェクトには保存されていない変更があります。保存せずに続けると、変更は失われます。
dialog-save-changes = 変更を保存
dialog-don-t-save = 保存しない
dialog-save-as = 名前を付けて保存…
dialog-recover-unsaved-work = 保存されていない作業を復元しますか？
dialog-restore-opens-it-as-unsaved = 「復元」を選ぶと、未保存の作業として開きます。残すには保存してください。
dialog-restore = 復元
dialog-discard = 破棄
dialog-open-this-article = この記事を開きますか？
dialog-replace-the-article-with-this = 記事をこの版に置き換えますか？
dialog-the-text-is-the-same = 本文は検証したものと同じです。
dialog-claims-not-found-stay-in = 見つからない言説は、元の引用箇所とともにプロジェクトに残ります。元の本文はプロジェクトの履歴に保存されます。元に戻すと置き換えを取り消せます。
dialog-replace = 置き換え
dialog-keyboard-shortcuts = キーボードショートカット
dialog-ok = OK
dialog-merge-the-changes-in = 変更をマージ
dialog-dismiss = 閉じる
dialog-merge = マージ
dialog-overwrite = 上書き
dialog-back = 戻る
dialog-folder = フォルダー
dialog-up = 上へ
dialog-the-folder-that-holds-this = 1つ上のフォルダー
dialog-home = ホーム
dialog-file-name = ファイル名
dialog-show-hidden-files = 隠しファイルを表示
dialog-no-folders-or-matching-files = フォルダーや該当するファイルはありません
dialog-use-the-reader-view-s = リーダービューのテキストを使用
# $name: the project's file name.
dialog-changed-on-disk-banner = { $name } は、開いたか保存した後にディスク上で変更されました。
dialog-changed-on-disk-heading = { $name } がディスク上で変更されました
dialog-changed-on-disk-body = 開いた後に誰かが保存しました（別のウィンドウ、同僚、git pull など）。今保存すると、その変更を上書きします。
dialog-merge-keeps-both = マージすると、相手の変更と自分の変更の両方が残ります。双方が変更したフィールドは「競合」に一覧表示されます。
dialog-whole-page-kept = ページ全体のテキスト（{ $words }語）を、メニューやコメントも含めて残しています
dialog-use-extracted-article = 抽出した記事を使用
dialog-use-whole-page = ページ全体のテキストを使用
# $problem: what is short about the extracted text.
dialog-check-whole-new-version = { $problem }：新しい版の全体であることを確認してください
dialog-delete-claim-consequence = { $links ->
   *[other] 判定、判定理由、{ $links }件の情報源リンクも一緒に削除されます。元に戻す（Ctrl+Z）で復元できます。
}
# $name: the project; $when: the copy's time.
dialog-recover-body = { $claims ->
   *[other] 「{ $name }」が保存される前にClaimDeskが終了しました。{ $when }の復元用コピーには言説が{ $claims }件あります。
}
dialog-no-such-file = ファイル { $path } はありません
dialog-no-such-folder = フォルダー { $path } は存在しません
dialog-not-a-folder = { $path } はフォルダーではありません
dialog-replace-existing = { $path } はすでに存在します。置き換えますか？以前の版は .bak ファイルとして同じ場所に残ります。
# Not plain "Save"/"Open": the toolbar behind the dialog has those names.
dialog-open-file = ファイルを開く
dialog-save-file = ファイルを保存
dialog-choose-this-folder = このフォルダーを選択
# $problem: the folder and the system's reason.
dialog-cannot-read-folder = { $problem } を読み込めませんでした
