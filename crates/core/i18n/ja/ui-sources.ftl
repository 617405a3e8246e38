# The Sources tab, snapshots, the source viewer and Wayback archiving.

sources-sources = 情報源
sources-add-source = 情報源を追加
sources-no-sources-yet-add-the = 情報源はまだありません。照合したページ、文書、データを追加してください。
sources-select-a-source-to-edit = 編集する情報源を選択してください。
sources-reliability = 信頼性
sources-cited-by = 引用している言説
sources-no-claim-yet = まだ言説はありません
sources-delete-source = 情報源を削除
sources-removes-it-from-every-claim = すべての言説からも外れます。元に戻すと復元されます
sources-snapshots = スナップショット
sources-no-snapshot-attach-the-saved = スナップショットがありません。見たときのまま保存したページを添付してください。
sources-view = 表示
sources-show-its-text-in-the = 情報源ビューアーでテキストを表示
sources-add-snapshot = スナップショットを追加…
sources-attach-a-saved-web-page = 保存したWebページ、PDF、Word文書、Markdownまたはテキストファイルを、この情報源のスナップショットとして添付
sources-show-excerpt-in-snapshot = スナップショットで抜粋を表示
sources-open-the-snapshot-at-the = スナップショットを抜粋の位置で開き、強調表示
sources-take-excerpt-from-snapshot = スナップショットから抜粋
sources-open-the-latest-snapshot-select = 最新のスナップショットを開きます。一節を選択して「抜粋に使用」を押してください
sources-source-viewer = 情報源ビューアー
sources-use-as-excerpt = 抜粋に使用
sources-previous-page = 前のページ
sources-next-page = 次のページ
sources-snapshot-text = スナップショットのテキスト
sources-archive-all-sources-without-a = アーカイブ版のない情報源をすべてアーカイブ
sources-archive-service = アーカイブサービス
sources-an-existing-capture-is-used = 既存の取得版があればそれを使い、なければ新規取得を依頼します（Save Page Now）。
sources-start-archiving = アーカイブを開始
sources-could-not-show-the-snapshot = スナップショットを表示できませんでした
sources-a-snapshot-is-already-being = 別のスナップショットを添付しています
sources-could-not-attach-the-snapshot = スナップショットを添付できませんでした
sources-add-snapshot-2 = スナップショットを追加
sources-new-source-from-page = ページから新しい情報源
sources-the-snapshots-were-not-copied = スナップショットはコピーされませんでした
sources-archiving-is-already-under-way = すでにアーカイブを実行しています
sources-archive = アーカイブ
sources-nothing-to-archive-only-sources = アーカイブするものはありません。アーカイブできるのは http(s) のアドレスを持つ情報源だけです
sources-archiving-was-cancelled-nothing-changed = アーカイブをキャンセルしました。変更はありません
sources-asking-the-archive-for-copies = アーカイブにコピーを問い合わせています
sources-title = タイトル
sources-title-of-the-page-or = ページまたは文書のタイトル
sources-url = URL
sources-publisher = 発行元
sources-site-or-organisation = サイトまたは組織
sources-author = 著者
sources-author-s = 著者（複数可）
sources-date-published = 公開日
sources-date-accessed = 閲覧日
sources-archived-copy-url = アーカイブ版のURL
sources-no-archived-copy-yet-pages = アーカイブ版はまだありません。ページは変わるので、証拠をアーカイブしてください。
sources-notes = メモ
sources-how-this-source-was-found = この情報源の見つけ方、注意点など…
sources-archived-count = { $count ->
   *[other] 情報源{ $count }件をアーカイブしました
}
# $count archived, $failed could not be.
sources-archived-some-failed = { $count }件をアーカイブ、{ $failed }件は失敗しました
sources-archive-needs-web = アーカイブできるのは http(s) のアドレスを持つ情報源だけです
sources-archive-hover = Wayback Machineでページのコピーを探すか、新規取得を依頼
sources-new-capture = 新規取得
sources-new-capture-hover = 現在のページの取得をWayback Machineに依頼し、アーカイブ版のURLを置き換え
sources-captured-on = { $day }取得
sources-excerpt-anchored = スナップショットに固定済み
sources-excerpt-edited = 固定後に編集あり
# $kind: what the snapshot is (web page, PDF…); $hash: the start of its SHA-256.
sources-snapshot-of = { $day }のスナップショット · { $kind } · SHA-256 { $hash }… { $file }
sources-excerpt-needs-claim = 抜粋を取るには、言説の情報源からビューアーを開いてください
sources-excerpt-needs-selection = 先にテキストの一節を選択してください
sources-excerpt-hover = この一節を、この情報源からの言説の抜粋にする
sources-characters-selected = { $count ->
   *[other] { $count }文字を選択中
}
sources-page-of = { $pages }ページ中{ $page }ページ
sources-untitled = （無題の情報源）
sources-cited-by-count = { $count ->
   *[other] { $count }件の言説が引用
}
sources-without-copy = { $count ->
   *[other] アーカイブ版のない情報源が{ $count }件あります。
}
# $skipped: sources that cannot be archived.
sources-without-copy-and-skipped = { $count ->
   *[other] アーカイブ版のない情報源が{ $count }件あります（ほかに、Webアドレスのない情報源が{ $skipped }件）。
}
sources-attaching = { $file } を添付しています…
sources-attach-internal-error = 内部エラーのため、添付を中止しました。
sources-source-deleted-meanwhile = その間に情報源が削除されました。
sources-attached = { $file } をスナップショットとして添付しました
sources-already-attached = { $file } はすでにこの情報源のスナップショットです
sources-claim-deleted-meanwhile = その間に言説が削除されました。
sources-new-source-named = ページから新しい情報源：{ $title }
sources-snapshot-needs-save = スナップショットの追加：プロジェクトがまだ保存されていません
sources-save-first-title = 先にプロジェクトを保存しますか？
sources-save-first-body = スナップショットはプロジェクトファイルの隣のフォルダーに保存されますが、このプロジェクトはまだ保存されていません。今保存すると、すぐにスナップショットが添付されます。
sources-snapshot-gone = 情報源にそのスナップショットはもうありません。
sources-snapshot-read-failed = スナップショットを読み込めませんでした。
sources-archive-internal-error = 内部エラーのため、アーカイブを中止しました。変更はありません。
sources-archiving = アーカイブ中
# $done and $total are filled in as the archive answers: keep them.
sources-asking-the-archive-count = アーカイブにコピーを問い合わせています：{ $total }件中{ $done }件
