# Why a project or an article could not be opened, as the window shows it.
# The command line keeps these in English. $detail is a reader's own message
# (a parser's, the operating system's), which stays as it came.

## Opening a project

# $path: the file; $detail: the operating system's reason.
error-read = { $path } を読み込めませんでした：{ $detail }
# $size, $limit: megabytes.
error-project-too-large = ファイルのサイズは{ $size } MBで、プロジェクトの上限の{ $limit } MBを超えています。読み込んでいません
error-project-empty = ファイルが空です
error-project-binary = これはバイナリファイルで、ClaimDeskのプロジェクトではありません
# $line: the line of the first byte that is not UTF-8.
error-project-not-utf8 = ファイルがUTF-8のテキストではありません（最初の不正なバイトは{ $line }行目）
# $line, $column: where the file stops making sense; $detail: what the reader expected.
error-project-syntax = 有効なClaimDeskのプロジェクトではありません（{ $line }行目、{ $column }列目）：{ $detail }
error-project-cut-off = ファイルが途中で終わっています。切り詰められた可能性があります
error-project-too-deep = ファイルの入れ子が深すぎます
# $found: the file's format version; $max: the newest this ClaimDesk reads.
error-project-newer = このプロジェクトは新しいバージョンのClaimDeskで作成されています（形式バージョン{ $found }、このバージョンが読めるのは{ $max }まで）。開くにはClaimDeskを更新してください
# $problems: one line per problem (error-problem-*, joined by list-lines).
error-project-invalid =
    プロジェクトの内容に矛盾があります：
    - { $problems }
error-problem-sha256 = 記事の本文が保存されているSHA-256と一致しません（保存値 { $stored }、本文の値 { $actual }）。本文がClaimDeskの外で変更されています
# $claim: the claim's id in the file; $start, $end, $length: characters.
error-problem-span-out-of-range = 言説 #{ $number }（ID { $claim }）の範囲は{ $start }..{ $end }文字目ですが、記事は{ $length }文字しかありません
# $expected: the claim's quote; $found: the article's text there.
error-problem-quote = 言説 #{ $number }（ID { $claim }）の引用は「{ $expected }」ですが、記事の該当箇所は「{ $found }」です
# $id: the repeated id.
error-problem-duplicate-claim = 2つの言説が同じID { $id } を使っています
error-problem-duplicate-source = 2つの情報源が同じID { $id } を使っています
error-problem-duplicate-verdict = 判定基準の2つの判定が同じID { $id } を使っています
error-problem-duplicate-comment = 2つのコメントが同じID { $id } を使っています
error-problem-missing-source = 言説 #{ $number }（ID { $claim }）は情報源 { $source } にリンクしていますが、その情報源は一覧にありません
error-problem-missing-verdict = 言説 #{ $number }（ID { $claim }）の判定 { $verdict } は判定基準にありません
error-problem-verdict-without-scale = 言説 #{ $number }（ID { $claim }）に判定がありますが、このプロジェクトは判定基準ではなく結論を使っています

## Opening an article

# $size, $limit: megabytes.
error-article-too-large = ファイルのサイズは{ $size } MBです。開ける記事は{ $limit } MBまでです
error-article-empty = 記事が空です
error-article-binary = テキストではなくバイナリファイルのようです。.txt、.md、.html、.pdf、.srt、.vtt、.docx の記事を開いてください
# $detail: what the reader view said.
error-article-no-text = ページに記事の本文が見つかりませんでした：{ $detail }
error-article-not-utf8 = テキストがUTF-8ではありません（最初の不正なバイトは{ $line }行目）。UTF-8で保存してから開き直してください
