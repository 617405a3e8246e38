# Why a project or an article could not be opened, as the window shows it.
# The command line keeps these in English. $detail is a reader's own message
# (a parser's, the operating system's), which stays as it came.

## Opening a project

# $path: the file; $detail: the operating system's reason.
error-read = could not read { $path }: { $detail }
# $size, $limit: megabytes.
error-project-too-large = the file is { $size } MB, larger than the { $limit } MB a project may be; it was not read
error-project-empty = the file is empty
error-project-binary = this is a binary file, not a ClaimDesk project
# $line: the line of the first byte that is not UTF-8.
error-project-not-utf8 = the file is not UTF-8 text (first bad byte on line { $line })
# $line, $column: where the file stops making sense; $detail: what the reader expected.
error-project-syntax = not a valid ClaimDesk project (line { $line }, column { $column }): { $detail }
error-project-cut-off = the file ends too early: it may have been cut off
error-project-too-deep = the file is nested too deeply
# $found: the file's format version; $max: the newest this ClaimDesk reads.
error-project-newer = this project was made by a newer ClaimDesk (format version { $found }; this one reads up to { $max }): update ClaimDesk to open it
# $problems: one line per problem (error-problem-*, joined by list-lines).
error-project-invalid =
    the project does not hold together:
    - { $problems }
error-problem-sha256 = the article text does not match its stored SHA-256 (stored { $stored }, text has { $actual }): the text was changed outside ClaimDesk
# $number: the claim's number in the article (as the claim list shows it);
# $claim: its id in the file; $start, $end, $length: characters.
error-problem-span-out-of-range = claim #{ $number } (id { $claim }) spans characters { $start }..{ $end }, but the article has { $length } characters
# $expected: the claim's quote; $found: the article's text there.
error-problem-quote = claim #{ $number } (id { $claim }) quotes "{ $expected }", but the article there reads "{ $found }"
# $id: the repeated id.
error-problem-duplicate-claim = two claims share the id { $id }
error-problem-duplicate-source = two sources share the id { $id }
error-problem-duplicate-verdict = two verdicts of the rating scale share the id { $id }
error-problem-duplicate-comment = two comments share the id { $id }
error-problem-missing-source = claim #{ $number } (id { $claim }) links source { $source }, which is not in the source list
error-problem-missing-verdict = claim #{ $number } (id { $claim }) has verdict { $verdict }, which is not in the rating scale
error-problem-verdict-without-scale = claim #{ $number } (id { $claim }) has a verdict, but the project uses conclusions instead of a scale

## Opening an article

# $size, $limit: megabytes.
error-article-too-large = the file is { $size } MB; articles up to { $limit } MB can be opened
error-article-empty = the article is empty
error-article-binary = this looks like a binary file, not text: open a .txt, .md, .html, .pdf, .srt, .vtt or .docx article
# $detail: what the reader view said.
error-article-no-text = no article text was found in the page: { $detail }
error-article-not-utf8 = the text is not UTF-8 (first bad byte on line { $line }); save it as UTF-8 and open it again
