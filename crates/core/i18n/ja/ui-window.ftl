# The window's frame: tabs, the status bar, the article's header, settings the Check tab links to.

tab-claim = 言説
tab-sources = 情報源
tab-article = 記事
tab-scale = 判定基準
tab-check = 確認
tab-library = ライブラリ
tab-suggestions = 検証候補
# $count: fields a merge could not settle.
tab-conflicts = 競合（{ $count }）

article-untitled = 無題の記事
window-drop-hint = プロジェクト（.ron）または記事をドロップすると開きます

status-claims-count = { $count ->
   *[other] 言説{ $count }件
}
status-sources-count = { $count ->
   *[other] 情報源{ $count }件
}
# A chip counting claims without a verdict.
status-unrated = 未判定
# A chip counting claims without a conclusion (projects with no rating scale).
status-claims = 言説
# The × button's name for screen readers.
status-dismiss-name = × メッセージを閉じる

setting-organisation = 組織
setting-review-url = ファクトチェック記事のURL
setting-date-published = 公開日
setting-date-retrieved = 取得日
# The article's name for screen readers.
article-text-name = 記事の本文
tab-desk = デスク
# The window's title for a project never saved.
window-untitled = 無題
