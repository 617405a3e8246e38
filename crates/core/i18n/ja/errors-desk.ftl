# 同期・デスクの開始・デスクへの参加が失敗した理由。
# git やシステムの言葉は $said や $detail にそのまま入ります。


## git itself

git-missing = ClaimDesk は git でデスクを共有しますが、このコンピューターに git が見つかりません。{ $install }
git-install-windows = https://git-scm.com/download/win から Git for Windows をインストールして（既定の選択のままで構いません）、もう一度お試しください。
git-install-macos = git をインストールしてください（ターミナルで `xcode-select --install` を実行するか、https://git-scm.com/download/mac から入手）。その後もう一度お試しください。
git-install-other = システムのパッケージマネージャーで git をインストールして（例: `sudo apt install git`）、もう一度お試しください。
git-failed = git で{ $doing }ができませんでした: { $said }
git-failed-no-reason = git で{ $doing }ができませんでした（理由の表示なし）
git-cancelled = キャンセルしました

## What git was doing (after "git could not")

git-doing-start = 起動
git-doing-finish = 終了
git-doing-list-remotes = リモートの一覧取得
git-doing-note-changes = 変更したファイルの登録
git-doing-add-new = 新しいプロジェクトの追加
git-doing-commit = 変更のコミット
git-doing-record-merge = マージの記録
git-doing-note-merged = マージしたプロジェクトの登録
git-doing-keep-yours = 自分のコピーの保持
git-doing-find-branch = ブランチの特定
git-doing-read-settings = git の設定の読み込み
git-doing-fetch = 変更の取得
git-doing-read-address = デスクのアドレスの読み込み
git-doing-make-repository = デスクのリポジトリの作成
git-doing-find-repository = リポジトリの特定
git-doing-find-git-folder = リポジトリのフォルダーの特定
git-doing-list-new = 新しいファイルの一覧取得
git-doing-list-changed = 変更したファイルの一覧取得
git-doing-take-desk = デスクのファイルの取り込み
git-doing-list-incoming = 届いた変更の一覧取得
git-doing-drop-deleted = 削除されたファイルの除去
git-doing-merge = デスクの変更のマージ
git-doing-list-to-merge = マージするファイルの一覧取得
git-doing-list-desk = デスクのファイルの一覧取得
git-doing-reach = デスクへの接続
git-doing-reach-at = { $remote } のデスクへの接続
git-doing-read-file = { $file } の読み込み
git-doing-set = { $key } の設定

## The folders

desk-error-not-a-folder = { $path } はフォルダーではありません
desk-error-not-in-a-desk = { $path } はデスクの中にありません（先に参加してください:「ファイル › デスク › デスクに参加…」または `claimdesk desk join`）
desk-error-no-remote = { $path } には同期先の共有リポジトリがありません（origin という名前のリモートがありません）
desk-error-not-on-a-branch = { $path } はブランチ上にありません（マージ中か、古いバージョンをチェックアウト中です）
desk-error-not-empty = { $path } は空ではありません。新しいフォルダーか空のフォルダーを選んでください
desk-error-password-in-address = デスクのアドレスにパスワードを含めないでください。git は資格情報マネージャーに問い合わせるか SSH キーを使います。ClaimDesk はパスワードを保存しません
desk-error-not-a-repository = git リポジトリの中ではありません（{ $detail }）
desk-error-cannot-read = { $path } を読み込めませんでした: { $detail }
desk-error-cannot-make = { $path } を作成できませんでした: { $detail }
desk-error-cannot-write = { $path } に書き込めませんでした: { $detail }

## A Sync

sync-error-project = { $path }: { $detail }
sync-error-unreadable = 読み込めませんでした
sync-error-as-said = { $detail }
sync-error-cancelled = 同期をキャンセルしました
# Why a Sync went offline when the desk could be reached.
sync-offline-pushed-first = ほかのメンバーが先に送信し続けました。もう一度同期してください
