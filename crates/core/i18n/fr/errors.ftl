# Why a project or an article could not be opened, as the window shows it.
# The command line keeps these in English. $detail is a reader's own message
# (a parser's, the operating system's), which stays as it came.
# French: docs/i18n/glossary-fr.md (vous; infinitive for buttons and menu items;
# a no-break space U+00A0 before colons, semicolons, question and exclamation marks).

## Opening a project

# $path: the file; $detail: the operating system's reason.
error-read = impossible de lire { $path } : { $detail }
# $size, $limit: megabytes.
error-project-too-large = le fichier fait { $size } Mo, plus que les { $limit } Mo permis pour un projet ; il n'a pas été lu
error-project-empty = le fichier est vide
error-project-binary = c'est un fichier binaire, pas un projet ClaimDesk
# $line: the line of the first byte that is not UTF-8.
error-project-not-utf8 = le fichier n'est pas du texte UTF-8 (premier octet invalide à la ligne { $line })
# $line, $column: where the file stops making sense; $detail: what the reader expected.
error-project-syntax = ce n'est pas un projet ClaimDesk valide (ligne { $line }, colonne { $column }) : { $detail }
error-project-cut-off = le fichier se termine trop tôt : il a peut-être été tronqué
error-project-too-deep = le fichier est imbriqué trop profondément
# $found: the file's format version; $max: the newest this ClaimDesk reads.
error-project-newer = ce projet a été créé par une version plus récente de ClaimDesk (version de format { $found } ; celle-ci lit jusqu'à la { $max }) : mettez ClaimDesk à jour pour l'ouvrir
# $problems: one line per problem (error-problem-*, joined by list-lines).
error-project-invalid =
    le projet n'est pas cohérent :
    - { $problems }
error-problem-sha256 = le texte de l'article ne correspond pas à son SHA-256 enregistré (enregistré { $stored }, le texte donne { $actual }) : le texte a été modifié en dehors de ClaimDesk
# $claim: the claim's id in the file; $start, $end, $length: characters.
error-problem-span-out-of-range = l'affirmation #{ $number } (id { $claim }) couvre les caractères { $start }..{ $end }, mais l'article compte { $length } caractères
# $expected: the claim's quote; $found: the article's text there.
error-problem-quote = l'affirmation #{ $number } (id { $claim }) cite « { $expected } », mais à cet endroit l'article dit « { $found } »
# $id: the repeated id.
error-problem-duplicate-claim = deux affirmations ont le même identifiant { $id }
error-problem-duplicate-source = deux sources ont le même identifiant { $id }
error-problem-duplicate-verdict = deux verdicts de l'échelle ont le même identifiant { $id }
error-problem-duplicate-comment = deux commentaires ont le même identifiant { $id }
error-problem-missing-source = l'affirmation #{ $number } (id { $claim }) est liée à la source { $source }, absente de la liste des sources
error-problem-missing-verdict = l'affirmation #{ $number } (id { $claim }) a le verdict { $verdict }, absent de l'échelle
error-problem-verdict-without-scale = l'affirmation #{ $number } (id { $claim }) a un verdict, mais le projet utilise des conclusions plutôt qu'une échelle

## Opening an article

# $size, $limit: megabytes.
error-article-too-large = le fichier fait { $size } Mo ; les articles jusqu'à { $limit } Mo peuvent être ouverts
error-article-empty = l'article est vide
error-article-binary = cela ressemble à un fichier binaire, pas à du texte : ouvrez un article .txt, .md, .html, .pdf, .srt, .vtt ou .docx
# $detail: what the reader view said.
error-article-no-text = aucun texte d'article n'a été trouvé dans la page : { $detail }
error-article-not-utf8 = le texte n'est pas en UTF-8 (premier octet invalide à la ligne { $line }) ; enregistrez-le en UTF-8 et ouvrez-le à nouveau
