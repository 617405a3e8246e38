# Why a project or an article could not be opened, as the window shows it.
# The command line keeps these in English. $detail is a reader's own message
# (a parser's, the operating system's), which stays as it came.

## Opening a project

# $path: the file; $detail: the operating system's reason.
error-read = تعذّرت قراءة { $path }: { $detail }
# $size, $limit: megabytes.
error-project-too-large = حجم الملف { $size } ميغابايت، وهو أكبر من الحد المسموح به للمشروع ({ $limit } ميغابايت)؛ لم تجرِ قراءته
error-project-empty = الملف فارغ
error-project-binary = هذا ملف ثنائي، وليس مشروع ClaimDesk
# $line: the line of the first byte that is not UTF-8.
error-project-not-utf8 = الملف ليس نصًا بترميز UTF-8 (أول بايت غير صالح في السطر { $line })
# $line, $column: where the file stops making sense; $detail: what the reader expected.
error-project-syntax = ليس مشروع ClaimDesk صالحًا (السطر { $line }، العمود { $column }): { $detail }
error-project-cut-off = ينتهي الملف قبل أوانه: ربما اقتُطع جزء منه
error-project-too-deep = تداخل البنى في الملف أعمق من اللازم
# $found: the file's format version; $max: the newest this ClaimDesk reads.
error-project-newer = أُنشئ هذا المشروع بإصدار أحدث من ClaimDesk (إصدار الصيغة { $found }، وهذا الإصدار يقرأ حتى { $max }): حدِّث ClaimDesk لفتحه
# $problems: one line per problem (error-problem-*, joined by list-lines).
error-project-invalid =
    أجزاء المشروع لا تتسق فيما بينها:
    - { $problems }
error-problem-sha256 = نص المقال لا يطابق بصمة SHA-256 المحفوظة له (المحفوظة { $stored }، وبصمة النص { $actual }): عُدِّل النص خارج ClaimDesk
# $claim: the claim's id in the file; $start, $end, $length: characters.
error-problem-span-out-of-range = الادعاء #{ $number } (المعرّف { $claim }) يمتد على الأحرف { $start }..{ $end }، لكن عدد أحرف المقال { $length }
# $expected: the claim's quote; $found: the article's text there.
error-problem-quote = الادعاء #{ $number } (المعرّف { $claim }) يقتبس «{ $expected }»، لكن نص المقال في ذلك الموضع «{ $found }»
# $id: the repeated id.
error-problem-duplicate-claim = يشترك ادعاءان في المعرّف { $id }
error-problem-duplicate-source = يشترك مصدران في المعرّف { $id }
error-problem-duplicate-verdict = يشترك تقييمان من سلّم التقييم في المعرّف { $id }
error-problem-duplicate-comment = يشترك تعليقان في المعرّف { $id }
error-problem-missing-source = الادعاء #{ $number } (المعرّف { $claim }) مربوط بالمصدر { $source }، وهو غير موجود في قائمة المصادر
error-problem-missing-verdict = الادعاء #{ $number } (المعرّف { $claim }) تقييمه { $verdict }، وهو غير موجود في سلّم التقييم
error-problem-verdict-without-scale = للادعاء #{ $number } (المعرّف { $claim }) تقييم، لكن المشروع يستخدم الخلاصات بدلًا من سلّم تقييم

## Opening an article

# $size, $limit: megabytes.
error-article-too-large = حجم الملف { $size } ميغابايت؛ يمكن فتح المقالات التي لا يتجاوز حجمها { $limit } ميغابايت
error-article-empty = المقال فارغ
error-article-binary = يبدو هذا ملفًا ثنائيًا وليس نصًا: افتح مقالًا بصيغة txt أو md أو html أو pdf أو srt أو vtt أو docx
# $detail: what the reader view said.
error-article-no-text = لم يُعثر على نص مقال في الصفحة: { $detail }
error-article-not-utf8 = النص ليس بترميز UTF-8 (أول بايت غير صالح في السطر { $line })؛ احفظه بترميز UTF-8 وافتحه مجددًا
