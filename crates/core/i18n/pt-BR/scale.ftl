# The rating-scale presets: each preset's name, and each verdict's label and
# what it means. A new project takes them in the window's language; a
# project keeps the words it was made with (they are stored in its file).
# Use the words fact-checkers publishing in the language use for their
# ratings (see the language's glossary).
# Brazilian Portuguese: docs/i18n/glossary-pt-BR.md (labels as Brazilian fact-checkers publish them).

scale-preset-truth = Escala de veracidade de seis níveis
scale-preset-snopes = Escala no estilo Snopes
scale-preset-short = Escala curta
scale-preset-conclusion-only = Somente conclusão (sem escala)

## Six-step truth scale

scale-truth-true = Verdadeiro
scale-truth-true-description = A afirmação é exata e não falta nada significativo.
scale-truth-mostly-true = Quase verdadeiro
scale-truth-mostly-true-description = A afirmação é exata, mas precisa de esclarecimentos ou de informações adicionais.
scale-truth-half-true = Meia-verdade
scale-truth-half-true-description = A afirmação é parcialmente exata, mas omite detalhes importantes ou tira as coisas de contexto.
scale-truth-mostly-false = Quase falso
scale-truth-mostly-false-description = A afirmação contém um elemento de verdade, mas ignora fatos essenciais que dariam uma impressão diferente.
scale-truth-false = Falso
scale-truth-false-description = A afirmação não é exata.
scale-truth-pants-on-fire = Falso e absurdo
scale-truth-pants-on-fire-description = A afirmação não é exata e sustenta algo ridículo.

## Snopes-style scale

scale-snopes-true = Verdadeiro
scale-snopes-true-description = Os elementos principais da alegação são comprovadamente verdadeiros.
scale-snopes-mostly-true = Quase verdadeiro
scale-snopes-mostly-true-description = Os elementos principais são verdadeiros, mas alguns detalhes são imprecisos ou estão ausentes.
scale-snopes-mixture = Misto
scale-snopes-mixture-description = A alegação tem elementos importantes tanto verdadeiros quanto falsos.
scale-snopes-mostly-false = Quase falso
scale-snopes-mostly-false-description = Os elementos principais são falsos, embora alguns detalhes sejam exatos.
scale-snopes-false = Falso
scale-snopes-false-description = Os elementos principais da alegação são comprovadamente falsos.
scale-snopes-unproven = Não comprovado
scale-snopes-unproven-description = Não há evidências suficientes para estabelecer se a alegação é verdadeira ou falsa.
scale-snopes-outdated = Desatualizado
scale-snopes-outdated-description = A alegação já foi exata, mas não é mais.
scale-snopes-miscaptioned = Legenda falsa
scale-snopes-miscaptioned-description = Uma foto ou um vídeo reais são apresentados com uma descrição falsa do que mostram.

## Short scale

scale-short-accurate = Correto
scale-short-accurate-description = A alegação está correta.
scale-short-misleading = Enganoso
scale-short-misleading-description = A alegação contém fatos, mas dá uma impressão falsa.
scale-short-false = Falso
scale-short-false-description = A alegação está errada.
scale-short-unverifiable = Não verificável
scale-short-unverifiable-description = As evidências disponíveis não permitem decidir sobre a alegação.
