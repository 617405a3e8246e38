# The Desk tab and its dialogs: a team's projects in one shared git repository.
# Japanese: "desk" is デスク, as in a newsroom; Sync is 同期.

desk-not-in-a-desk = このプロジェクトはデスクにありません。
desk-how-to-join = 「ファイル › デスク › デスクに参加…」で共有デスクをこのコンピューターに取り込みます。「デスクを開始…」では、このプロジェクトを入れたデスクを作成します。
desk-sync = 同期
desk-refresh = 更新
desk-folder = デスク：{ $folder }
desk-reading = デスクを読み込んでいます…
desk-projects = プロジェクト
# A project's claims by status; the conflicts part only when there are some.
desk-project-line = { $title }：新規{ $new }、作業中{ $progress }、レビュー待ち{ $ready }、承認済み{ $approved }{ $conflicts ->
    [0] {""}
   *[other] 、競合{ $conflicts }件
}
desk-waiting-sign-off = 自分の承認待ち（{ $count }）
desk-returned = 自分に差し戻された言説（{ $count }）
desk-comments-for-you = 自分宛ての未解決コメント（{ $count }）
desk-nothing = ありません。

desk-join-heading = デスクに参加
desk-join-explained = デスクの共有場所です。編集者から伝えられたWebアドレス（https または ssh）か、共有ドライブ上のフォルダーを指定します。
desk-the-desk = デスク
desk-the-desk-hint = https://…、git@…、またはフォルダー
desk-your-copy = 自分のコピー（このコンピューター上の新しいフォルダーか空のフォルダー）
desk-a-folder = フォルダー
desk-your-email = メールアドレス（変更の署名に使います）
desk-email-hint = name@example.org
desk-join = 参加
desk-cancel = キャンセル
desk-start-heading = デスクを開始
desk-start-explained = 全員がアクセスできるフォルダー（共有ドライブ）に、開いているプロジェクトを入れた新しい共有デスクを作成します。
desk-shared-folder = デスクの共有フォルダー（新しいフォルダーか空のフォルダー）
desk-shared-folder-hint = 共有ドライブ上のフォルダー
desk-start = デスクを開始
desk-name-first = 先に名前を設定してください（「編集 › 名前の設定…」）。変更の署名に使います。
desk-signed-as = 変更は{ $name }の名前で署名されます。

# The desk's messages in the status bar and error dialogs.
desk-msg-name-first = 先に名前を設定してください。デスクでの変更の署名に使います
desk-msg-could-not-sync = 同期できませんでした
desk-msg-not-in-desk = このプロジェクトはデスクのフォルダーに保存されていません。「ファイル › デスク › デスクを開始…」でデスクに入れるか、「デスクに参加…」でデスクを取り込んでください。
desk-msg-sync-stopped = 同期を中止しました
desk-msg-not-saved = プロジェクトを保存できなかったため、何も送信していません。
desk-msg-syncing = デスクと同期しています…
desk-msg-sending = 自分の変更を送信し、ほかの人の変更を取得しています
# $done and $total are filled in as the Sync goes: keep them.
desk-msg-sync-step = 同期中：{ $total }ステップ中{ $done }ステップ目
desk-msg-sync-note = 作業は保存されています。キャンセルすると、それ以上は何も送信しません。
desk-msg-sync-cancelled = 同期をキャンセルしました。作業はこのコンピューターに保存・コミットされています。送信するにはもう一度同期してください
desk-msg-sync-internal-error = 内部エラーのため、同期を中止しました。
desk-msg-could-not-set-up = デスクを設定できませんでした
desk-msg-setup-internal-error = 内部エラーのため中止しました。
desk-msg-nothing-came-in = 新しい変更はありません
# $came: what came in ("Ben approved #3 and #7"), or the message above.
desk-msg-synced = 同期しました：{ $came }
desk-msg-conflicts = 解決が必要な競合を含めてマージしました（競合タブ）。解決してからもう一度同期してください。何も送信していません。取り込んだ変更：{ $came }
# $reason: why the desk could not be reached (git's words).
desk-msg-offline = デスクに接続できませんでした（{ $reason }）。変更はこのコンピューターにコミットされており、次回の同期で送信されます。
desk-msg-joining = デスクに参加しています…
desk-msg-could-not-start = デスクを開始できませんでした
desk-msg-save-first = 先にプロジェクトを保存してください（「ファイル › 名前を付けて保存…」）。デスクはこのプロジェクトから始まります。
desk-msg-starting = デスクを開始しています…
desk-msg-setup-note = 大きなデスクでは時間がかかることがあります。
desk-msg-cancelled = キャンセルしました
desk-msg-joined-empty = { $folder } のデスクに参加しました。まだプロジェクトはありません
desk-msg-save-then-open = デスクは { $folder } にあります。作業を保存してから、デスクタブでプロジェクトを開いてください
