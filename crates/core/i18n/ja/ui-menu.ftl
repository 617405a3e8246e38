# The window's menu bar, toolbar and keyboard-shortcut list.
# Ellipses (…) mean the entry asks something before it acts.
# Japanese: docs/i18n/glossary-ja.md (noun-form menu items, です／ます in messages).

menu-file = ファイル
menu-file-new-project = 新規プロジェクト…
menu-file-open-project = プロジェクトを開く…
menu-file-open-recent = 最近使ったプロジェクト
menu-file-no-recent = 最近使ったプロジェクトはありません
menu-file-open-article = 記事を開く…
menu-file-paste-article = 貼り付けたテキストから新規記事…
menu-file-import-annotations = 注釈をインポート…
menu-file-save = 保存
menu-file-save-as = 名前を付けて保存…
menu-file-export = エクスポート
# $format: the export format's name (HTML report, Markdown, CSV, …).
menu-file-export-format = { $format }…
menu-file-check-before-export = エクスポート前の確認…
menu-file-quit = 終了

menu-edit = 編集
menu-edit-undo = 元に戻す
# $action: what the last change did, e.g. "typing in Rationale".
menu-edit-undo-action = 元に戻す（{ $action }）
menu-edit-redo = やり直し
menu-edit-redo-action = やり直し（{ $action }）
menu-edit-your-name = 名前の設定…

menu-claims = 言説
menu-claims-mark = 言説として登録
menu-claims-next = 次の言説
menu-claims-previous = 前の言説

menu-article = 記事
menu-article-replace = 新しい版に置き換え…

menu-project = プロジェクト
menu-project-article-and-organisation = 記事と組織…
menu-project-sources = 情報源…
menu-project-archive-all = アーカイブ版のない情報源をすべてアーカイブ…
menu-project-scale = 判定基準…

# The Language menu lists each language in itself (English, Español, 日本語 …).
menu-language = 言語

menu-help = ヘルプ
menu-help-shortcuts = キーボードショートカット…

toolbar-mark-claim = 言説として登録
# $shortcut: the key, e.g. Ctrl+M.
toolbar-mark-claim-hover = 選択したテキストを言説として登録（{ $shortcut }）
hint-select-passage-first = 先に記事の一節を選択してください
toolbar-previous = 前へ
toolbar-previous-hover = 前の言説（{ $shortcut }）
toolbar-next = 次へ
toolbar-next-hover = 次の言説（{ $shortcut }）
toolbar-undo = 元に戻す
toolbar-nothing-to-undo = 元に戻す操作はありません
toolbar-redo = やり直し
toolbar-nothing-to-redo = やり直す操作はありません
toolbar-save = 保存
toolbar-save-hover = 保存（{ $shortcut }）

shortcut-mark-claim = 選択した一節を言説として登録
shortcut-next-previous-claim = 次／前の言説
shortcut-next-previous-pane = 次／前のペイン：言説一覧、記事、エディター
shortcut-tab-keys = Tab / Shift+Tab
shortcut-next-previous-control = ペイン内の次／前のコントロール
shortcut-enter-keys = Enter または Space
shortcut-select-or-press = フォーカスのある言説の行を選択、フォーカスのあるボタンを押す
shortcut-shift-keys = Shift+矢印キー、Shift+Home/End
shortcut-select-text = 記事のテキストを選択（先に F6 を押すか記事内をクリック）
shortcut-escape-key = Escape
shortcut-cancel-dialog = ダイアログをキャンセル
shortcut-undo-redo = 元に戻す／やり直し
shortcut-save-save-as = 保存／名前を付けて保存
shortcut-open-new = 開く／新規プロジェクト
shortcut-suggestion-keys = Up/Down、Enter、Delete
shortcut-suggestions = 検証候補タブ：移動、登録、除外

# The export formats, as the Export menu and its messages name them.
format-html = HTMLレポート
format-markdown = Markdownレポート
format-csv = CSV表
format-claimreview = ClaimReview JSON-LD
format-annotations = W3C Web Annotation（注釈）

# File › Desk: working as a team on one shared git repository.
menu-file-desk = デスク
menu-file-desk-sync = 同期
menu-file-desk-show = デスクを表示
menu-file-desk-join = デスクに参加…
menu-file-desk-start = デスクを開始…
toolbar-sync = 同期
toolbar-sync-hover = 自分の変更をデスクに送り、ほかの人の変更を取り込む（{ $shortcut }）
shortcut-sync = デスクと同期
