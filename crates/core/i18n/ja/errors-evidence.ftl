# Wayback Machine への情報源のアーカイブ、またはスナップショットの添付・読み込み・
# コピーが失敗した理由。ネットワークやシステムの言葉は $why や $detail にそのまま入ります。


## Archiving (Wayback Machine)

archive-error-offline = アーカイブに接続できませんでした（{ $why }）。ネットワーク接続を確認して、もう一度お試しください
archive-error-rate-limited = アーカイブがリクエストを制限しています（HTTP 429）。数分待ってからもう一度お試しください
archive-error-refused = アーカイブがこのページの保存を拒否しました（HTTP { $code }）。サイトがアーカイブを拒んでいる可能性があります。代わりにスナップショットを添付してください
archive-error-unavailable = アーカイブでエラーが起きました（HTTP { $code }）。後でもう一度お試しください
archive-error-timed-out = アーカイブが時間内に応答しませんでした。混み合っている可能性があります。後でもう一度お試しください
archive-error-bad-answer = アーカイブの応答を解釈できませんでした: { $why }
archive-error-no-capture = アーカイブはリクエストを受け付けましたが、アーカイブ版はまだありません。数分後にもう一度お試しください
archive-error-cancelled = キャンセルしました
archive-error-endpoint = 「{ $address }」はアーカイブのアドレスとして使えません。https:// の URL を指定してください（http:// は 127.0.0.1、localhost、[::1] のみ）

## Snapshots

evidence-error-unsaved = 先にプロジェクトを保存してください。スナップショットはプロジェクトファイルの隣のフォルダーに保存されます
evidence-error-refused = { $path } は添付されませんでした: { $detail }
evidence-error-io = { $path }: { $detail }
evidence-error-missing = スナップショットファイル { $path } が見つかりません
evidence-error-bad-name = プロジェクトが指すスナップショットファイル「{ $name }」は SHA-256 ハッシュではありません。拒否しました
evidence-error-linked-folder = { $path } は別の場所へのリンクです。スナップショットはプロジェクトの隣の実際のフォルダーにのみ保存されます
evidence-error-altered = スナップショットファイル { $path } は添付後に変更されています（SHA-256 が一致しません）
