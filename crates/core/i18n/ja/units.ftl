# 言説が情報源のどこにあるか：PDF のページ。

place-page = { $page }ページ
place-pages = { $first }–{ $last }ページ
place-with-speaker = { $place }・{ $speaker }
