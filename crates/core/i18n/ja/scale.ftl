# The rating-scale presets: each preset's name, and each verdict's label and
# what it means. A new project takes them in the window's language; a
# project keeps the words it was made with (they are stored in its file).
# Japanese labels: docs/i18n/glossary-ja.md (FIJ, JFC, InFact); descriptions in the
# plain style FIJ and JFC write their definitions in.

scale-preset-truth = 6段階の真実性判定
scale-preset-snopes = Snopes型の判定基準
scale-preset-short = 簡易判定基準
scale-preset-conclusion-only = 結論のみ（判定基準なし）

## Six-step truth scale

scale-truth-true = 正確
scale-truth-true-description = 発言は正確で、重要な要素が欠けていない。
scale-truth-mostly-true = ほぼ正確
scale-truth-mostly-true-description = 発言は正確だが、説明や追加の情報が必要である。
scale-truth-half-true = 半分正確
scale-truth-half-true-description = 発言は部分的に正確だが、重要な詳細を欠くか、文脈を無視している。
scale-truth-mostly-false = ほぼ誤り
scale-truth-mostly-false-description = 発言には事実の要素が含まれるが、異なる印象を与えうる重要な事実を無視している。
scale-truth-false = 誤り
scale-truth-false-description = 発言は正確ではない。
scale-truth-pants-on-fire = 虚偽
scale-truth-pants-on-fire-description = 発言は正確ではなく、荒唐無稽な主張をしている。

## Snopes-style scale

scale-snopes-true = 正確
scale-snopes-true-description = 言説の主要な要素が事実であると証明できる。
scale-snopes-mostly-true = ほぼ正確
scale-snopes-mostly-true-description = 主要な要素は事実だが、一部の詳細が不正確か欠けている。
scale-snopes-mixture = 不正確
scale-snopes-mixture-description = 言説には、事実である重要な要素と誤りである重要な要素が混じっている。
scale-snopes-mostly-false = ほぼ誤り
scale-snopes-mostly-false-description = 主要な要素は誤りだが、一部の詳細は正確である。
scale-snopes-false = 誤り
scale-snopes-false-description = 言説の主要な要素が誤りであると証明できる。
scale-snopes-unproven = 根拠不明
scale-snopes-unproven-description = 言説が事実か誤りかを判断できるだけの証拠がない。
scale-snopes-outdated = 情報が古い
scale-snopes-outdated-description = かつては正確だったが、現在はそうではない。
scale-snopes-miscaptioned = 説明の誤り
scale-snopes-miscaptioned-description = 本物の写真や動画が、写っている内容についての誤った説明とともに示されている。

## Short scale

scale-short-accurate = 正確
scale-short-accurate-description = 言説は正しい。
scale-short-misleading = ミスリード
scale-short-misleading-description = 言説は事実を含むが、誤った印象を与える。
scale-short-false = 誤り
scale-short-false-description = 言説は誤りである。
scale-short-unverifiable = 判定留保
scale-short-unverifiable-description = 入手できる証拠では、言説の真偽を判断できない。
