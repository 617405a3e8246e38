# Why a project or an article could not be opened, as the window shows it.
# The command line keeps these in English. $detail is a reader's own message
# (a parser's, the operating system's), which stays as it came.
# Brazilian Portuguese: docs/i18n/glossary-pt-BR.md (você; infinitive for buttons and menu items).

## Opening a project

# $path: the file; $detail: the operating system's reason.
error-read = não foi possível ler { $path }: { $detail }
# $size, $limit: megabytes.
error-project-too-large = o arquivo tem { $size } MB, mais que os { $limit } MB permitidos para um projeto; ele não foi lido
error-project-empty = o arquivo está vazio
error-project-binary = este é um arquivo binário, não um projeto do ClaimDesk
# $line: the line of the first byte that is not UTF-8.
error-project-not-utf8 = o arquivo não é texto UTF-8 (primeiro byte inválido na linha { $line })
# $line, $column: where the file stops making sense; $detail: what the reader expected.
error-project-syntax = não é um projeto válido do ClaimDesk (linha { $line }, coluna { $column }): { $detail }
error-project-cut-off = o arquivo termina cedo demais: ele pode ter sido cortado
error-project-too-deep = o arquivo tem aninhamento profundo demais
# $found: the file's format version; $max: the newest this ClaimDesk reads.
error-project-newer = este projeto foi criado por uma versão mais nova do ClaimDesk (versão de formato { $found }; esta lê até a { $max }): atualize o ClaimDesk para abri-lo
# $problems: one line per problem (error-problem-*, joined by list-lines).
error-project-invalid =
    o projeto não é coerente:
    - { $problems }
error-problem-sha256 = o texto do artigo não corresponde ao SHA-256 guardado (guardado { $stored }, o texto tem { $actual }): o texto foi alterado fora do ClaimDesk
# $claim: the claim's id in the file; $start, $end, $length: characters.
error-problem-span-out-of-range = a alegação #{ $number } (id { $claim }) ocupa os caracteres { $start }..{ $end }, mas o artigo tem { $length } caracteres
# $expected: the claim's quote; $found: the article's text there.
error-problem-quote = a alegação #{ $number } (id { $claim }) cita “{ $expected }”, mas nesse ponto o artigo diz “{ $found }”
# $id: the repeated id.
error-problem-duplicate-claim = duas alegações têm o mesmo id { $id }
error-problem-duplicate-source = duas fontes têm o mesmo id { $id }
error-problem-duplicate-verdict = duas classificações da escala têm o mesmo id { $id }
error-problem-duplicate-comment = dois comentários têm o mesmo id { $id }
error-problem-missing-source = a alegação #{ $number } (id { $claim }) vincula a fonte { $source }, que não está na lista de fontes
error-problem-missing-verdict = a alegação #{ $number } (id { $claim }) tem a classificação { $verdict }, que não está na escala
error-problem-verdict-without-scale = a alegação #{ $number } (id { $claim }) tem uma classificação, mas o projeto usa conclusões em vez de escala

## Opening an article

# $size, $limit: megabytes.
error-article-too-large = o arquivo tem { $size } MB; só é possível abrir artigos de até { $limit } MB
error-article-empty = o artigo está vazio
error-article-binary = parece um arquivo binário, não texto: abra um artigo .txt, .md, .html, .pdf, .srt, .vtt ou .docx
# $detail: what the reader view said.
error-article-no-text = nenhum texto de artigo foi encontrado na página: { $detail }
error-article-not-utf8 = o texto não é UTF-8 (primeiro byte inválido na linha { $line }); salve-o como UTF-8 e abra-o de novo
