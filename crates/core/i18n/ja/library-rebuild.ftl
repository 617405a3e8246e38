# ライブラリの索引をそのまま開けなかったため、ファイルの一覧から作り直しました。
library-index-rebuilt = ライブラリの索引は{ $why }ため、作り直しました: { $summary }
library-index-missing = 見つからなかった
library-index-other-version = 別のバージョンの ClaimDesk で作られていた
library-index-damaged = 壊れていた（{ $detail }）
library-rebuilt = { $count } 件のファイルを再追加しました
library-rebuilt-dropped = { $count } 件のファイルを再追加しました。{ $dropped } 件は読み込めなかったため外しました: { $files }
