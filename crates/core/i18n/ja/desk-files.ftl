# ［デスクを開始…］：プロジェクトのファイル（とスナップショット）をデスクのフォルダーにコピーするとき。

desk-copy-not-a-file = { $path } はファイルではありません
desk-copy-failed = { $path } をコピーできませんでした：{ $detail }
desk-copy-make-failed = { $path } を作成できませんでした：{ $detail }
desk-copy-read-failed = { $path } を読み込めませんでした：{ $detail }
desk-added-not-sent = プロジェクトは追加しましたが、まだ送信できていません：{ $reason }
