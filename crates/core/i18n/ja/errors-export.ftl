# エクスポートが失敗した理由。$detail は書き出し側のメッセージをそのまま入れます。

export-error-template = レポートを作成できませんでした: { $detail }
export-error-json = JSON を書き出せませんでした: { $detail }
export-error-csv = CSV を書き出せませんでした: { $detail }
