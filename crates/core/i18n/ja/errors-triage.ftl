# ClaimDesk に組み込まれた言説検出モデルを読み込めなかった理由。
# インストールが壊れている場合にのみ表示されます。

triage-error-cut-off = モデルファイルが途中で切れています
triage-error-not-a-model = ClaimDesk の検証候補モデルではありません
triage-error-unknown-shape = モデルファイルの形式が不明です
triage-error-embedding = モデルの埋め込みブロックがライブラリのものと合いません
triage-error-trailing-bytes = モデルファイルの末尾に余分なバイトがあります
