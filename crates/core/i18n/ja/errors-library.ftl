# 過去の検証ライブラリにファイルを追加しなかった理由。
# $detail は読み込み側やシステムのメッセージをそのまま入れます。

library-why-not-a-file = 通常のファイルではありません（パイプ、デバイス、ソケット）。読み込みませんでした
library-why-too-large = { $limit } MB を超えています
library-why-not-utf8 = UTF-8 のテキストではありません
library-why-lines-skipped = { $count } 行（ID または言説のない行）をスキップしました
library-why-no-such-file = そのファイルまたはフォルダーはありません
library-why-too-deep = { $depth } 階層より深いフォルダーです。検索しませんでした
library-why-unknown-kind = プロジェクト（.ron）、ClaimReview（.json、.jsonld、.html）、TSV のいずれでもありません。TSV の一覧には --format tsv を使ってください
library-why-no-claims = プロジェクトに言説がありません
library-why-no-claimreview = ClaimReview が含まれていません
library-why-no-lines = 追加する行がありません
library-why-as-said = { $detail }
