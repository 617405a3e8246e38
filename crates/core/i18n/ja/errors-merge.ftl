# プロジェクトの2つのバージョンをマージできなかった理由。$detail は読み込み側の
# メッセージをそのまま入れます。


merge-error-unreadable = プロジェクトを読み込めませんでした: { $detail }
merge-error-does-not-hold = マージしたプロジェクトに矛盾があります: { $detail }
merge-error-item-does-not-hold = マージした { $item } に矛盾があります: { $detail }

## Settling a conflict (the Conflicts tab)

resolve-error-already-resolved = その競合はすでに解決されています
resolve-error-claim-gone = その言説はもうプロジェクトにありません
resolve-error-source-gone = その情報源はもうプロジェクトにありません
resolve-error-article-needs-text = 記事には本文が必要です
resolve-error-cannot-take = この内容は採用できません: { $detail }
resolve-error-does-not-fit = この値はここに合いません: { $detail }
resolve-error-as-said = { $detail }
