# The published reports (HTML and Markdown): headings, labels, notes, counts
# and dates. What the desk typed (titles, verdict labels, rationales, names)
# is never translated; it comes in through variables.
# Markup (links, <time>, <strong>) is added around a variable by the
# program, so a translation may move a variable anywhere in its sentence.
# Arabic: docs/i18n/glossary-ar.md. Plurals in the six CLDR forms; Western digits.

## The page

# The masthead's label and the report's kind, also the organisation's name
# when none is set.
report-kind = تحقق
report-kind-draft = مسودة تحقق
# The page's title and the Markdown report's first heading.
# $kind: report-kind or report-kind-draft; $title: the project's title.
report-title = { $kind }: { $title }
# The word on the draft banner, before report-draft-note.
report-draft-mark = مسودة
# $approved claims of $total are approved; plural on $total.
report-draft-note = { $total ->
    [zero] غير منشور. لا ادعاءات معتمدة بعد؛ ولا شيء هنا تقييم منشور إلى أن يسجّل فريق التحرير النشر.
    [one] غير منشور. اعتمد محررٌ { $approved } من أصل ادعاء واحد؛ ولا شيء هنا تقييم منشور إلى أن يسجّل فريق التحرير النشر.
    [two] غير منشور. اعتمد محررٌ { $approved } من أصل ادعاءين؛ ولا شيء هنا تقييم منشور إلى أن يسجّل فريق التحرير النشر.
    [few] غير منشور. اعتمد محررٌ { $approved } من أصل { $total } ادعاءات؛ ولا شيء هنا تقييم منشور إلى أن يسجّل فريق التحرير النشر.
    [many] غير منشور. اعتمد محررٌ { $approved } من أصل { $total } ادعاءً؛ ولا شيء هنا تقييم منشور إلى أن يسجّل فريق التحرير النشر.
   *[other] غير منشور. اعتمد محررٌ { $approved } من أصل { $total } ادعاء؛ ولا شيء هنا تقييم منشور إلى أن يسجّل فريق التحرير النشر.
}
# The kicker and the byline's count, for a draft.
report-count-approved = { $total ->
    [zero] لا ادعاءات معتمدة
    [one] اعتُمد { $approved } من أصل ادعاء واحد
    [two] اعتُمد { $approved } من أصل ادعاءين
    [few] اعتُمد { $approved } من أصل { $total } ادعاءات
    [many] اعتُمد { $approved } من أصل { $total } ادعاءً
   *[other] اعتُمد { $approved } من أصل { $total } ادعاء
}
# The kicker and the byline's count, once published.
report-count-reviewed = { $count ->
    [zero] لا ادعاءات جرى التحقق منها
    [one] ادعاء واحد جرى التحقق منه
    [two] ادعاءان جرى التحقق منهما
    [few] { $count } ادعاءات جرى التحقق منها
    [many] { $count } ادعاءً جرى التحقق منه
   *[other] { $count } ادعاء جرى التحقق منه
}
# $name: the reviewer (shown in bold in HTML).
report-by = بقلم { $name }
# $date: report-date, or report-date-updated.
report-published = نُشر في { $date }
# A report corrected after its first publication. $first, $last: dates.
report-date-updated = { $first }، وحُدِّث في { $last }
# $date: the day the draft was made.
report-draft-made = غير منشور: أُعدّت المسودة في { $date }

## The article's details

report-meta-article = المقال
report-meta-title = العنوان
report-meta-outlet = الوسيلة الإعلامية
report-meta-author = المؤلف
report-meta-published = تاريخ النشر
report-meta-retrieved = تاريخ الاسترجاع
report-meta-address = الرابط
report-meta-sha256 = بصمة SHA-256 للنص
report-meta-changed = تغيّر
# $date: the day the article was replaced by a new version (a table cell).
report-meta-changed-value = تغيّر المقال بعد تحققنا، في { $date }
# The same, as a sentence (HTML, in bold, followed by report-changed-body).
report-changed = تغيّر المقال بعد تحققنا، في { $date }.
report-changed-body = يتبع هذا التقرير النسخة الحالية؛ والادعاءات التي لم تعد صياغتها موجودة فيها مُعلَّمة بأنه لم يُعثر عليها.

## Summary

report-summary = الملخص
# "Publish approved claims only" left $count claims out.
report-left-out = { $count ->
    [zero] لم يُستبعد أي ادعاء من هذا التقرير.
    [one] استُبعد من هذا التقرير ادعاء واحد لم يعتمده محرر بعد.
    [two] استُبعد من هذا التقرير ادعاءان لم يعتمدهما محرر بعد.
    [few] استُبعدت من هذا التقرير { $count } ادعاءات لم يعتمدها محرر بعد.
    [many] استُبعد من هذا التقرير { $count } ادعاءً لم يعتمده محرر بعد.
   *[other] استُبعد من هذا التقرير { $count } ادعاء لم يعتمده محرر بعد.
}
report-by-verdict = الادعاءات حسب التقييم
report-with-conclusion = الادعاءات التي لها خلاصة
report-concluded = بخلاصة
report-open = مفتوح
report-not-yet-rated = لم يُقيَّم بعد
report-total = { $count ->
    [zero] لا ادعاءات.
    [one] المجموع: ادعاء واحد.
    [two] المجموع: ادعاءان.
    [few] المجموع: { $count } ادعاءات.
    [many] المجموع: { $count } ادعاءً.
   *[other] المجموع: { $count } ادعاء.
}
# Markdown: the total and the scale's name in one line.
report-total-and-scale = { $count ->
    [zero] لا ادعاءات. سلّم التقييم: { $scale }.
    [one] المجموع: ادعاء واحد. سلّم التقييم: { $scale }.
    [two] المجموع: ادعاءان. سلّم التقييم: { $scale }.
    [few] المجموع: { $count } ادعاءات. سلّم التقييم: { $scale }.
    [many] المجموع: { $count } ادعاءً. سلّم التقييم: { $scale }.
   *[other] المجموع: { $count } ادعاء. سلّم التقييم: { $scale }.
}
# $scale: the rating scale's name, as the desk named it.
report-rating-scale = سلّم التقييم: { $scale }
report-how-we-conclude = كيف نصل إلى الخلاصة
report-conclusion-only = تعطي هذه المراجعة كل ادعاء خلاصة بلغة بسيطة بدلًا من تقييم.
# Markdown summary of a conclusion-only review: $count claims, $done with a
# conclusion, $open without.
report-conclusions-count = { $count ->
    [zero] لم يجرِ التحقق من أي ادعاء.
    [one] جرى التحقق من ادعاء واحد: { $done } بخلاصة، و{ $open } مفتوح.
    [two] جرى التحقق من ادعاءين: { $done } بخلاصة، و{ $open } مفتوح.
    [few] جرى التحقق من { $count } ادعاءات: { $done } بخلاصة، و{ $open } مفتوح.
    [many] جرى التحقق من { $count } ادعاءً: { $done } بخلاصة، و{ $open } مفتوح.
   *[other] جرى التحقق من { $count } ادعاء: { $done } بخلاصة، و{ $open } مفتوح.
}
report-col-verdict = التقييم
report-col-claims = الادعاءات
report-col-meaning = المعنى

## The article, annotated

report-article = المقال، مع تمييز الادعاءات
report-article-hint-ratings = كل مقطع مميَّز ادعاءٌ تحققنا منه، ملوَّن بلون تقييمه. ورقمه يقود إلى مراجعته أدناه.
report-article-hint-conclusions = كل مقطع مميَّز ادعاءٌ تحققنا منه. ورقمه يقود إلى مراجعته أدناه.
report-article-hint-markdown = الادعاءات بخط عريض؛ والرقم الذي يلي بداية الادعاء يقود إلى مراجعته.
# A claim's number in the article, on hover: $number, and $outcome (the
# verdict's label, the conclusion, or report-outcome-none).
report-ref-title = الادعاء { $number }: { $outcome }
report-outcome-none = لم يُقيَّم بعد
# A highlighted passage, on hover: the $count claims covering it, $numbers
# their numbers joined by report-list-separator.
report-mark-title = { $count ->
    [zero] الادعاء { $numbers }
    [one] الادعاء { $numbers }
    [two] الادعاءان { $numbers }
    [few] الادعاءات { $numbers }
    [many] الادعاءات { $numbers }
   *[other] الادعاءات { $numbers }
}
# Between the items of a short list (claim numbers, tags).
report-list-separator = {"، "}

## Claims reviewed

report-claims = الادعاءات التي جرى التحقق منها
report-no-claims = لم يُميَّز أي ادعاء في هذا المقال بعد.
# The label over a claim's text on its card.
report-claim = الادعاء
report-our-verdict = تقييمنا
report-our-conclusion = خلاصتنا
report-not-rated = لم يُقيَّم بعد.
report-no-conclusion = لا خلاصة بعد.
# Markdown: the same, inside a table.
report-not-rated-cell = لم يُقيَّم بعد
report-no-conclusion-cell = لا خلاصة بعد
report-verdict = التقييم
report-conclusion = الخلاصة
report-meaning = المعنى
report-claimant = صاحب الادعاء
report-claim-date = تاريخ الادعاء
report-page = الصفحة
report-time = التوقيت
report-why = لماذا
report-no-rationale = لم يُكتب تعليل بعد.
report-evidence = الأدلة
report-no-sources-cited = لا مصادر مستشهد بها.
report-tags = الوسوم
report-status = الحالة
# The claim's review status.
report-status-new = جديد
report-status-in-progress = قيد العمل
report-status-ready = جاهز للمراجعة
report-status-approved = معتمد
# An approval: by whom ($who) and on which day ($date), when known.
report-approved-by-on = اعتمده { $who } في { $date }
report-approved-by = اعتمده { $who }
report-approved-on = اعتُمد في { $date }
report-approval-stale = معتمد، لكنه تغيّر منذ الاعتماد
# $date: the day of the claim's latest correction (a link to the log).
report-corrected = صُحِّح في { $date }
# Markdown: the label of the row that says when the claim was corrected.
report-corrected-label = صُحِّح
# Markdown: $date, and $corrections a link named report-corrections.
report-corrected-see = { $date } (انظر { $corrections })
# Where the claim is in a PDF or a recording.
report-place-page = ص. { $page }
report-place-pages = ص. { $first }–{ $last }
# An earlier check found in the library, by $organisation, on $date.
report-previous-by = سبق التحقق منه لدى { $organisation }
report-previous-by-on = سبق التحقق منه لدى { $organisation } ({ $date })
report-previous-someone = مدقق حقائق آخر
# $by: report-previous-by(-on); $verdict: that check's verdict, as it wrote it.
report-previous-verdict = { $by }: { $verdict }
report-previous-earlier = تحقق سابق
# How a source bears on the claim.
report-stance-supports = تأييد
report-stance-refutes = نفي
report-stance-context = سياق
report-stance-unset = لم يُحدَّد الموقف

## Corrections

report-corrections = التصحيحات
report-corrections-hint = التغييرات التي طرأت على المراجعات بعد نشرها، مع سبب كل تغيير.
report-col-date = التاريخ
report-col-claim = الادعاء
report-col-change = ما الذي تغيّر
report-col-note = ملاحظة
report-claim-gone = ادعاء لم يعد في هذا التقرير

## Sources

report-sources = المصادر
report-no-sources = لا مصادر مسجَّلة.
report-untitled-source = مصدر بلا عنوان
# In a source's details: $date the day it was published, accessed.
report-source-published = نُشر في { $date }
report-source-accessed = اطُّلع عليه في { $date }
report-archived-copy = نسخة مؤرشفة:
report-archived-copy-link = نسخة مؤرشفة
# $date: the day the archived copy was captured.
report-captured = (التُقطت في { $date })
# A stored copy of the source: $date captured, $kind (report-snapshot-*).
report-snapshot = لقطة: { $date }، { $kind }، SHA-256
report-snapshot-web = صفحة ويب
report-snapshot-markdown = Markdown
report-snapshot-pdf = PDF
report-snapshot-word = مستند Word
report-snapshot-transcript = تفريغ نصي
report-snapshot-text = نص
# $reliability: report-reliability-*.
report-reliability = الموثوقية: { $reliability }
report-reliability-credible = موثوق
report-reliability-mixed = متفاوت
report-reliability-not-credible = غير موثوق
report-reliability-unknown = غير معروف
# Followed by the $count claims' numbers, each a link.
report-cited-by = { $count ->
    [zero] تستشهد به الادعاءات
    [one] يستشهد به الادعاء
    [two] يستشهد به الادعاءان
    [few] تستشهد به الادعاءات
    [many] تستشهد به الادعاءات
   *[other] تستشهد به الادعاءات
}

## Footer

report-generated = أُنشئ بواسطة ClaimDesk في { $date }.
report-generated-draft = أُنشئ بواسطة ClaimDesk في { $date } بوصفه مسودة.
report-footer-note = تتبع أرقام الادعاءات ترتيبها في المقال؛ وتُنشر مراجعة كل ادعاء أيضًا في هذه الصفحة بترميز ClaimReview من schema.org.

## Dates

# How this language writes a day in a report: "iso" (2025-10-28) or "long"
# (report-date-long). Arabic: long, as Arab fact-checkers date their checks
# ("2 مارس 2025"), with Western digits; the month in both the Egyptian/Gulf and
# the Levantine name ("مايو/أيار"), as Misbar and other pan-Arab outlets write it.
report-date-style = long
# $day: the day of the month (1–31); $month: report-month-N; $year.
report-date-long = { $day } { $month } { $year }
# A month without a day (a claim made "2025-10"): $month and $year.
report-date-month = { $month } { $year }
report-month-1 = يناير/كانون الثاني
report-month-2 = فبراير/شباط
report-month-3 = مارس/آذار
report-month-4 = أبريل/نيسان
report-month-5 = مايو/أيار
report-month-6 = يونيو/حزيران
report-month-7 = يوليو/تموز
report-month-8 = أغسطس/آب
report-month-9 = سبتمبر/أيلول
report-month-10 = أكتوبر/تشرين الأول
report-month-11 = نوفمبر/تشرين الثاني
report-month-12 = ديسمبر/كانون الأول
