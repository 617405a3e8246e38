# プロジェクトを保存できなかった理由。

save-error-serialize = プロジェクトを書き出せませんでした：{ $detail }
save-error-io = { $path } を保存できませんでした（{ $step }）：{ $detail }
save-step-following-link = リンクをたどるとき
save-step-temporary-file = 一時ファイルを作るとき
save-step-writing = 書き込み中
save-step-flushing = ディスクへの書き出し中
save-step-backup = 以前の版を .bak として残すとき
save-step-replacing = ファイルを置き換えるとき
save-step-recovery-folder = 復元用フォルダーを作るとき
save-step-reading-back = 書き込んだ内容を読み直すとき
