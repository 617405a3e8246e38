# 記事ファイルを開くとき：プレビューの各行、ファイルの種類、処理内容についての注記。

## 開いた記事のプレビュー

preview-read-as = 読み込み形式
preview-title = タイトル
preview-outlet = 媒体
preview-author = 筆者
preview-published = 公開日
preview-url = URL
preview-characters = 文字数
preview-paragraphs = 段落数
preview-note = 注記
preview-not-found = （見つかりません）

## ファイルを何として読み込んだか

article-format-text = テキスト
article-format-markdown = Markdown
article-format-web-page = ウェブページ
article-format-subrip = SubRip 文字起こし
article-format-webvtt = WebVTT 文字起こし
article-format-pdf = PDF
article-format-docx = Word 文書

## 処理内容についての注記

note-read-as-pdf = ファイルは PDF なので、PDF として読み込みました
note-read-as-docx = ファイルは Word 文書なので、Word 文書として読み込みました
note-converted = { $encoding } から変換しました
note-converted-lossy = { $encoding } から変換しました。読めなかった一部のバイトは � になっています
note-malformed = ファイルはほぼ { $encoding } ですが、そうでないバイトがあり、� になっています
note-pdf-pages = { $count }ページを読み込みました
note-pdf-pages-dropped = { $count }ページを読み込みました。繰り返されるヘッダー・フッター・ページ番号の{ $dropped }行は除きました
note-pdf-damaged = 破損した{ $count }ページは読めなかったため除きました
note-pdf-empty-pages = テキストのない{ $count }ページ（画像のみ）は除きました
note-docx-lists-tables = リスト項目{ $items }件、表{ $tables }件（1行が表の1行、セルは | で区切り）
note-byline = 署名を筆者・媒体・日付として読み取り、本文から除きました
note-transcript-skipped = 読める時刻のない{ $count }ブロックは除きました
note-transcript-cues = 時刻付きの行{ $count }行、{ $speakers ->
    [0] 話者の表示なし
   *[other] 話者{ $speakers }人
}
note-second-look = リーダービューはページの{ $page }語のうち{ $kept }語しか残さなかったため、その続きにあたるページ最大の段落のまとまり（{ $found }語）を代わりに残しました
note-short-extraction = 記事として残ったのは{ $page }語のうち{ $kept }語だけです
note-second-look-taken = 2回目の読み取りを行いました：{ $note }。記事の最初と最後の段落を確認してください
