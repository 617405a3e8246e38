# 競合タブのマージの競合：それぞれの場所（「言説 #3「物価が4%上昇」 › 判定」）と値。

## 競合の場所

conflict-claim = 言説 #{ $number }「{ $quote }」
conflict-claim-id = 言説（ID { $id }）
conflict-source = 情報源「{ $title }」
conflict-source-id = 情報源（ID { $id }）
conflict-link = 情報源「{ $title }」へのリンク
conflict-link-id = 情報源（ID { $id }）へのリンク
conflict-verdict = 判定「{ $label }」
conflict-verdict-id = 判定（ID { $id }）
conflict-item = { $what } { $id }
conflict-project-title = プロジェクト名
conflict-rating-scale = 判定基準
conflict-project = プロジェクト
conflict-field = { $name }
conflict-path = { $outer } › { $inner }

## 各側の見出し

conflict-side-by = { $side }（{ $who }）
conflict-side-when = { $side }（{ $when }）
conflict-side-by-when = { $side }（{ $who }、{ $when }）

## 値の表示

conflict-value-absent = （ありません：削除されたか、追加されていません）
conflict-value-empty = （空）
conflict-value-none = なし
conflict-value-yes = はい
conflict-value-no = いいえ
conflict-value-empty-list = （なし）
conflict-value-field = { $field }：{ $value }

## リストの要素

data-item-comments = コメント
data-item-previous-checks = 過去の検証
data-item-snapshots = スナップショット
data-item-corrections = 訂正
data-item-segments = 区間
data-item-conflicts = 競合
data-item-activity = 履歴
data-item-article-history = 以前の版

## プロジェクトのデータの項目

data-field-activity = 履歴
data-field-article = 記事
data-field-article-history = 記事の履歴
data-field-claims = 言説
data-field-conflicts = 競合
data-field-corrections = 訂正
data-field-dismissed-suggestions = 除外した検証候補
data-field-format-version = 形式のバージョン
data-field-organisation = 組織
data-field-organisation-url = 組織のURL
data-field-publish-approved-only = 承認済みだけを公開
data-field-report-language = レポートの言語
data-field-review-url = ファクトチェック記事のURL
data-field-reviewer = 検証者
data-field-scale = 判定基準
data-field-settings = 設定
data-field-sources = 情報源
data-field-title = タイトル
data-field-author = 筆者
data-field-date-published = 公開日
data-field-date-retrieved = 取得日
data-field-meta = 記事情報
data-field-outlet = 媒体
data-field-replaced-on = 差し替え日
data-field-segments = 区間
data-field-sha256 = SHA-256
data-field-text = 本文
data-field-url = URL
data-field-anchor = アンカー
data-field-approved = 承認
data-field-claim = 言説
data-field-claim-date = 発信日
data-field-claimant = 発信者
data-field-comments = コメント
data-field-conclusion = 結論
data-field-date = 日付
data-field-digest = ダイジェスト
data-field-end = 終了位置
data-field-excerpt = 抜粋
data-field-id = ID
data-field-key = キー
data-field-orphaned = 記事に見つからない
data-field-previous-checks = 過去の検証
data-field-published-on = 公開日
data-field-quote = 引用箇所
data-field-rationale = 判定理由
data-field-reviewed = 検証対象
data-field-source = 情報源
data-field-span = 範囲
data-field-stance = 関係
data-field-start = 開始位置
data-field-status = 状態
data-field-tags = タグ
data-field-verdict = 判定
data-field-when = 日時
data-field-who = 担当者
data-field-archive-url = アーカイブ版のURL
data-field-archived-on = アーカイブ日
data-field-date-accessed = 閲覧日
data-field-notes = メモ
data-field-publisher = 発行元
data-field-reliability = 信頼性
data-field-snapshots = スナップショット
data-field-color = 色
data-field-description = 説明
data-field-kind = 種類
data-field-label = 名前
data-field-name = 名称
data-field-value = 値
data-field-verdicts = 判定
data-field-change = 変更内容
data-field-event = 出来事
data-field-note = 注記
data-field-resolved = 解決済み
data-field-time = 日時
data-field-bytes = バイト数
data-field-captured = 取得日時
data-field-ext = 拡張子
data-field-file-name = ファイル名
data-field-prefix = 前の文字列
data-field-suffix = 後の文字列
data-field-snapshot = スナップショット
data-field-first-page = 最初のページ
data-field-last-page = 最後のページ
data-field-page = ページ
data-field-speaker = 話者
data-field-start-char = 開始文字
data-field-time-ms = 時刻（ミリ秒）
