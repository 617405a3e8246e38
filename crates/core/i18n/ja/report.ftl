# The published reports (HTML and Markdown): headings, labels, notes, counts
# and dates. What the desk typed (titles, verdict labels, rationales, names)
# is never translated; it comes in through variables.
# Markup (links, <time>, <strong>) is added around a variable by the
# program, so a translation may move a variable anywhere in its sentence.
# Japanese: docs/i18n/glossary-ja.md. One plural form (CLDR other).

## The page

# The masthead's label and the report's kind, also the organisation's name
# when none is set.
report-kind = ファクトチェック
report-kind-draft = ファクトチェック（下書き）
# The page's title and the Markdown report's first heading.
# $kind: report-kind or report-kind-draft; $title: the project's title.
report-title = { $kind }：{ $title }
# The word on the draft banner, before report-draft-note.
report-draft-mark = 下書き
# $approved claims of $total are approved; plural on $total.
report-draft-note = { $total ->
   *[other] 未公開です。編集者が承認した言説は{ $total }件中{ $approved }件です。デスクが公開を記録するまで、ここにある判定はいずれも公開された判定ではありません。
}
# The kicker and the byline's count, for a draft.
report-count-approved = { $total ->
   *[other] { $total }件中{ $approved }件を承認
}
# The kicker and the byline's count, once published.
report-count-reviewed = { $count ->
   *[other] 検証した言説{ $count }件
}
# $name: the reviewer (shown in bold in HTML).
report-by = 検証：{ $name }
# $date: report-date, or report-date-updated.
report-published = 公開日：{ $date }
# A report corrected after its first publication. $first, $last: dates.
report-date-updated = { $first }（{ $last }更新）
# $date: the day the draft was made.
report-draft-made = 未公開：{ $date }に作成した下書き

## The article's details

report-meta-article = 記事
report-meta-title = タイトル
report-meta-outlet = 媒体
report-meta-author = 著者
report-meta-published = 公開日
report-meta-retrieved = 取得日
report-meta-address = URL
report-meta-sha256 = 本文のSHA-256
report-meta-changed = 変更
# $date: the day the article was replaced by a new version (a table cell).
report-meta-changed-value = 検証後、{ $date }に記事が変更されました
# The same, as a sentence (HTML, in bold, followed by report-changed-body).
report-changed = 検証後、{ $date }に記事が変更されました。
report-changed-body = このレポートは現在の版に基づいています。文言が現在の版にない言説は「見つからない」と表示しています。

## Summary

report-summary = 概要
# "Publish approved claims only" left $count claims out.
report-left-out = { $count ->
   *[other] 編集者の承認を得ていない言説{ $count }件は、このレポートから除外しています。
}
report-by-verdict = 判定別の言説
report-with-conclusion = 結論のある言説
report-concluded = 結論あり
report-open = 結論未定
report-not-yet-rated = 未判定
report-total = { $count ->
   *[other] 言説は合計{ $count }件です。
}
# Markdown: the total and the scale's name in one line.
report-total-and-scale = { $count ->
   *[other] 言説は合計{ $count }件です。判定基準：{ $scale }。
}
# $scale: the rating scale's name, as the desk named it.
report-rating-scale = 判定基準：{ $scale }
report-how-we-conclude = 結論の出し方
report-conclusion-only = この検証では、各言説に判定ではなく、平易な言葉の結論を付けています。
# Markdown summary of a conclusion-only review: $count claims, $done with a
# conclusion, $open without.
report-conclusions-count = { $count ->
   *[other] 検証した言説は{ $count }件です（結論あり{ $done }件、結論未定{ $open }件）。
}
report-col-verdict = 判定
report-col-claims = 言説
report-col-meaning = 意味

## The article, annotated

report-article = 記事（注釈付き）
report-article-hint-ratings = 強調表示された一節は、私たちが検証した言説で、判定の色で示しています。番号から下の検証結果に移動できます。
report-article-hint-conclusions = 強調表示された一節は、私たちが検証した言説です。番号から下の検証結果に移動できます。
report-article-hint-markdown = 言説は太字で示しています。言説の冒頭の後にある番号から、その検証結果に移動できます。
# A claim's number in the article, on hover: $number, and $outcome (the
# verdict's label, the conclusion, or report-outcome-none).
report-ref-title = 言説{ $number }：{ $outcome }
report-outcome-none = 未判定
# A highlighted passage, on hover: the $count claims covering it, $numbers
# their numbers joined by report-list-separator.
report-mark-title = { $count ->
   *[other] 言説{ $numbers }
}
# Between the items of a short list (claim numbers, tags).
report-list-separator = {"、"}

## Claims reviewed

report-claims = 検証した言説
report-no-claims = この記事にはまだ言説が登録されていません。
# The label over a claim's text on its card.
report-claim = 言説
report-our-verdict = 判定
report-our-conclusion = 結論
report-not-rated = 未判定です。
report-no-conclusion = 結論はまだありません。
# Markdown: the same, inside a table.
report-not-rated-cell = 未判定
report-no-conclusion-cell = 結論なし
report-verdict = 判定
report-conclusion = 結論
report-meaning = 意味
report-claimant = 発信者
report-claim-date = 発信日
report-page = ページ
report-time = 再生位置
report-why = 判定理由
report-no-rationale = 判定理由はまだ書かれていません。
report-evidence = 証拠
report-no-sources-cited = 引用した情報源はありません。
report-tags = タグ
report-status = 状態
# The claim's review status.
report-status-new = 新規
report-status-in-progress = 作業中
report-status-ready = レビュー待ち
report-status-approved = 承認済み
# An approval: by whom ($who) and on which day ($date), when known.
report-approved-by-on = { $date }に{ $who }が承認
report-approved-by = { $who }が承認
report-approved-on = { $date }に承認
report-approval-stale = 承認済み（承認後に変更あり）
# $date: the day of the claim's latest correction (a link to the log).
report-corrected = { $date }に訂正
# Markdown: the label of the row that says when the claim was corrected.
report-corrected-label = 訂正日
# Markdown: $date, and $corrections a link named report-corrections.
report-corrected-see = { $date }（{ $corrections }を参照）
# Where the claim is in a PDF or a recording.
report-place-page = { $page }ページ
report-place-pages = { $first }–{ $last }ページ
# An earlier check found in the library, by $organisation, on $date.
report-previous-by = { $organisation }による過去の検証
report-previous-by-on = { $organisation }による過去の検証（{ $date }）
report-previous-someone = 別のファクトチェッカー
# $by: report-previous-by(-on); $verdict: that check's verdict, as it wrote it.
report-previous-verdict = { $by }：{ $verdict }
report-previous-earlier = 過去の検証
# How a source bears on the claim.
report-stance-supports = 裏付け
report-stance-refutes = 反証
report-stance-context = 文脈
report-stance-unset = 関係未選択

## Corrections

report-corrections = 訂正
report-corrections-hint = 公開後に検証結果を変更した箇所と、それぞれの理由です。
report-col-date = 日付
report-col-claim = 言説
report-col-change = 変更内容
report-col-note = 説明
report-claim-gone = このレポートにはもうない言説

## Sources

report-sources = 情報源
report-no-sources = 記録された情報源はありません。
report-untitled-source = 無題の情報源
# In a source's details: $date the day it was published, accessed.
report-source-published = { $date }公開
report-source-accessed = { $date }閲覧
report-archived-copy = アーカイブ版：
report-archived-copy-link = アーカイブ版
# $date: the day the archived copy was captured.
report-captured = （{ $date }取得）
# A stored copy of the source: $date captured, $kind (report-snapshot-*).
report-snapshot = スナップショット：{ $date }、{ $kind }、SHA-256
report-snapshot-web = Webページ
report-snapshot-markdown = Markdown
report-snapshot-pdf = PDF
report-snapshot-word = Word文書
report-snapshot-transcript = 書き起こし
report-snapshot-text = テキスト
# $reliability: report-reliability-*.
report-reliability = 信頼性：{ $reliability }
report-reliability-credible = 信頼できる
report-reliability-mixed = 一部信頼できる
report-reliability-not-credible = 信頼できない
report-reliability-unknown = 不明
# Followed by the $count claims' numbers, each a link.
report-cited-by = { $count ->
   *[other] 引用している言説
}

## Footer

report-generated = このレポートは{ $date }にClaimDeskで作成しました。
report-generated-draft = このレポートは{ $date }にClaimDeskで下書きとして作成しました。
report-footer-note = 言説の番号は記事中の順序です。各言説の検証結果は、schema.orgのClaimReviewマークアップとしてもこのページに掲載しています。

## Dates

# How this language writes a day in a report: "iso" (2025-10-28) or "long"
# (report-date-long). Japanese: long, as JFC, FIJ and Japanese newspapers
# date their articles (2025年10月28日).
report-date-style = long
# $day: the day of the month (1–31); $month: report-month-N; $year.
report-date-long = { $year }年{ $month }{ $day }日
# A month without a day (a claim made "2025-10"): $month and $year.
report-date-month = { $year }年{ $month }
report-month-1 = 1月
report-month-2 = 2月
report-month-3 = 3月
report-month-4 = 4月
report-month-5 = 5月
report-month-6 = 6月
report-month-7 = 7月
report-month-8 = 8月
report-month-9 = 9月
report-month-10 = 10月
report-month-11 = 11月
report-month-12 = 12月
