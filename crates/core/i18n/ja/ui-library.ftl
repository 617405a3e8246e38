# The Library tab ("Checked before") and its worker's messages.

library-checked-before = 過去の検証
library-the-library-is-off-there = ライブラリは無効です。保存先のデータフォルダーがありません。
library-select-a-claim-to-see = 言説を選択すると、その過去の検証が表示されます。
library-linked-as-previous-checks = 過去の検証としてリンク済み
library-unlink = リンク解除
library-search-the-library = ライブラリを検索
library-words-of-a-claim = 言説の語句
library-search = 検索
library-library-settings = ライブラリの設定
library-add-past-checks = 過去の検証を追加…
library-files = ファイル…
library-projects-ron-claimreview-json-jsonld = プロジェクト（.ron）、ClaimReview（.json、.jsonld、.html）、TSVリスト
library-a-folder = フォルダー…
library-every-project-claimreview-and-tsv = フォルダー内とその下にあるすべてのプロジェクト、ClaimReview、TSVファイル
library-add-earlier-fact-checks-to = 以前のファクトチェックをライブラリに追加（`claimdesk library add` と同じ）
library-add-projects-to-the-library = 保存時にプロジェクトをライブラリに追加
library-folder = フォルダー
library-use-folder = このフォルダーを使用
library-searching-the-library = ライブラリを検索しています…
library-keep-this-as-an-earlier = 選択した言説の過去の検証として残します。レポートで引用されます
library-the-library-is-off-there-2 = ライブラリは無効です。保存先のデータフォルダーがありません
library-past-checks-are-being-added = 過去の検証を追加しています
library-add-past-checks-2 = 過去の検証を追加
