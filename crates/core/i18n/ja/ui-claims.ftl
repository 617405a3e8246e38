# The claim list and the claim editor.

claims-search-claims = 言説を検索
claims-quote-claim-claimant-tag = 引用箇所、言説、発信者、タグ…
claims-verdict = 判定
claims-status = 状態
claims-all-statuses = すべての状態
claims-no-claim-selected = 言説が選択されていません
claims-delete = 削除…
claims-delete-this-claim-asks-first = この言説を削除（確認あり）
claims-show-in-article = 記事で表示
claims-not-found-in-the-current = 記事の現在の版に見つかりません。この引用箇所は以前の版のものです。
claims-approved = 承認済み
claims-correct = 訂正…
claims-sources = 情報源
claims-tags = タグ
claims-remove-tag = タグを削除
claims-add-tag = タグを追加
claims-type-a-tag-and-press = タグを入力して Enter を押してください
claims-show-in-sources = 情報源タブで表示
claims-unlink = リンク解除
claims-remove-this-source-from-the = この情報源を言説から外す
claims-open-link = リンクを開く
claims-archived-copy = アーカイブ版
claims-stance = 関係
claims-choose-a-stance = 関係を選択…
claims-link = リンク
claims-new-source = 新しい情報源
claims-add-a-source-to-the = 情報源をプロジェクトに追加して、ここにリンク
claims-claim-as-reviewed = 検証対象
claims-a-short-neutral-restatement = 言説を短く中立的に言い換えたもの
claims-claimant = 発信者
claims-who-made-the-claim = 言説を発信した人
claims-claim-date = 発信日
claims-conclusion = 結論
claims-what-the-evidence-shows-in = 証拠が示すことを平易な言葉で
claims-rationale = 判定理由
claims-why-this-verdict-what-the = この判定の理由：情報源が示すこと
claims-excerpt = 抜粋
claims-the-passage-of-the-source = 情報源のうち、言説に関わる一節
claims-none-yet = 言説はまだありません。
    記事の一節を選択して「言説として登録」（Ctrl+M）を押してください。
# The claim list's name for screen readers; $shown: "2 of 3 claims".
claims-list-name = 言説（{ $shown }を表示中）
claims-shown-of-total = { $total ->
   *[other] { $total }件中{ $shown }件
}
claims-all-verdicts = すべての判定
claims-unrated = 未判定
claims-no-conclusion = 結論なし
claims-concluded = 結論あり
claims-sources-count = { $count ->
   *[other] 情報源{ $count }件
}
claims-open-comments-count = { $count ->
   *[other] 未解決のコメント{ $count }件
}
claims-row-not-found = 現在の本文に見つかりません
claims-row-not-found-name = 現在の本文に見つかりません
# A claim row's name for screen readers; the status and counts follow.
claims-row-name = 言説{ $number }：{ $title } — { $verdict }
claims-editor-empty = 記事の強調表示か、一覧の言説をクリックしてください。

    言説を追加するには、一節を選択し（ドラッグ、または Shift+矢印キー）、「言説として登録」（Ctrl+M）を押してください。
claims-editor-heading = 言説 #{ $number }
# The chip of a claim in a project without a rating scale.
claims-conclusion-chip = 結論
# Where the quote sits in the article, in characters.
claims-characters-range = { $start }–{ $end }文字目
# $limit: what ClaimReview readers show in full.
claims-reviewed-too-long = { $count }文字：ClaimReviewのために{ $limit }文字未満にしてください
claims-reviewed-length = { $count }／{ $limit }文字
claims-published-locked = { $day }に公開済み：判定と判定理由は訂正によってのみ変更できます。
claims-no-verdict-yet = 判定はまだ選択されていません。
claims-untitled-source = （無題の情報源）
claims-link-a-source = 情報源をリンク…
