# The Library tab ("Checked before") and its worker's messages.

library-checked-before = سبق التحقق منه
library-the-library-is-off-there = المكتبة معطّلة: لا يوجد مجلد بيانات لحفظها فيه.
library-select-a-claim-to-see = حدّد ادعاءً لرؤية التحققات السابقة منه.
library-linked-as-previous-checks = مربوطة كتحققات سابقة
library-unlink = إلغاء الربط
library-search-the-library = البحث في المكتبة
library-words-of-a-claim = كلمات من ادعاء
library-search = بحث
library-library-settings = إعدادات المكتبة
library-add-past-checks = إضافة تحققات سابقة…
library-files = ملفات…
library-projects-ron-claimreview-json-jsonld = مشاريع (ron) أو ClaimReview (json، jsonld، html) أو قوائم TSV
library-a-folder = مجلد…
library-every-project-claimreview-and-tsv = كل ملفات المشاريع وClaimReview وTSV فيه وفي المجلدات التي تحته
library-add-earlier-fact-checks-to = إضافة تحققات سابقة إلى المكتبة، كما يفعل `claimdesk library add`
library-add-projects-to-the-library = إضافة المشاريع إلى المكتبة عند حفظها
library-folder = المجلد
library-use-folder = استخدام المجلد
library-searching-the-library = جارٍ البحث في المكتبة…
library-keep-this-as-an-earlier = الاحتفاظ بهذا تحققًا سابقًا من الادعاء المحدد؛ وتستشهد به التقارير
library-the-library-is-off-there-2 = المكتبة معطّلة: لا يوجد مجلد بيانات لحفظها فيه
library-past-checks-are-being-added = تجري إضافة تحققات سابقة بالفعل
library-add-past-checks-2 = إضافة تحققات سابقة
# $number: the selected claim's number.
library-earlier-checks-like = تحققات سابقة تشبه #{ $number }
library-unknown-organisation = جهة غير معروفة
library-empty = المكتبة فارغة. أضف تحققات سابقة عبر «إضافة تحققات سابقة…» أدناه أو `claimdesk library add PATH…` (مشاريع، ملفات ClaimReview، مجلدات)، أو احفظ مشروعًا هنا مع تفعيل «إضافة المشاريع إلى المكتبة عند حفظها» أدناه.
# $count: the library's entries (a number, written as the language writes numbers).
library-no-close-match-count = { $count ->
    [zero] لا يوجد تطابق قريب في المكتبة ({ $count } إدخال).
    [one] لا يوجد تطابق قريب في المكتبة (إدخال واحد).
    [two] لا يوجد تطابق قريب في المكتبة (إدخالان).
    [few] لا يوجد تطابق قريب في المكتبة ({ $count } إدخالات).
    [many] لا يوجد تطابق قريب في المكتبة ({ $count } إدخالًا).
   *[other] لا يوجد تطابق قريب في المكتبة ({ $count } إدخال).
}
library-no-close-match = لا يوجد تطابق قريب في المكتبة.
library-search-failed = تعذّر البحث في المكتبة: { $error }
library-strong-match = تطابق قوي
library-possible-match = تطابق محتمل
library-weak-match = تطابق ضعيف
library-link-to-claim = ربطه بالادعاء #{ $number } تحققًا سابقًا
library-linked-to-claim = مربوط بالادعاء #{ $number }
library-no-verdict = بلا تقييم
# Scores: $strong, $possible and $floor are numbers such as 20.
library-score-hover = مدى قرب التطابق: درجة البحث، والأعلى أقرب. قوي ابتداءً من { $strong }، ومحتمل ابتداءً من { $possible }؛ ولا يعرض مربع البحث ما دون { $floor }.

# The library worker's messages.
library-could-not-start = تعذّر تشغيل المكتبة: { $error }
library-could-not-open = تعذّر فتح المكتبة: { $error }
library-could-not-add = تعذّر على المكتبة إضافة التحققات السابقة: { $error }
# $name: a file name.
library-added-file = { $count ->
    [zero] أُضيف { $name } إلى المكتبة (بلا ادعاءات)
    [one] أُضيف { $name } إلى المكتبة (ادعاء واحد)
    [two] أُضيف { $name } إلى المكتبة (ادعاءان)
    [few] أُضيف { $name } إلى المكتبة ({ $count } ادعاءات)
    [many] أُضيف { $name } إلى المكتبة ({ $count } ادعاءً)
   *[other] أُضيف { $name } إلى المكتبة ({ $count } ادعاء)
}
library-file-unchanged = { $name } موجود في المكتبة
library-file-not-added = لم يُضف { $name } إلى المكتبة: { $why }
library-could-not-add-file = تعذّر على المكتبة إضافة { $name }: { $error }
library-skipped = تُخطّي { $name }: { $why }
library-not-read = لم يُقرأ: { $name }: { $why }
library-ignored = { $count ->
    [zero] عدد الملفات الأخرى في المجلدات التي ليست مشاريع ولا ملفات ClaimReview أو TSV: { $count }
    [one] في المجلدات ملف آخر ليس مشروعًا ولا ملف ClaimReview أو TSV
    [two] في المجلدات ملفان آخران ليسا مشروعين ولا ملفَّي ClaimReview أو TSV
    [few] عدد الملفات الأخرى في المجلدات التي ليست مشاريع ولا ملفات ClaimReview أو TSV: { $count }
    [many] عدد الملفات الأخرى في المجلدات التي ليست مشاريع ولا ملفات ClaimReview أو TSV: { $count }
   *[other] عدد الملفات الأخرى في المجلدات التي ليست مشاريع ولا ملفات ClaimReview أو TSV: { $count }
}
library-added-summary = أُضيف { $added ->
    [zero] { $added } تحقق سابق
    [one] تحقق سابق واحد
    [two] تحققان سابقان
    [few] { $added } تحققات سابقة
    [many] { $added } تحققًا سابقًا
   *[other] { $added } تحقق سابق
} من { $files ->
    [zero] { $files } ملف
    [one] ملف واحد
    [two] ملفين
    [few] { $files } ملفات
    [many] { $files } ملفًا
   *[other] { $files } ملف
}؛ وعدد إدخالات المكتبة الآن { $entries }
# $summary: library-added-summary, then how many files were in it already.
library-unchanged = { $count ->
    [zero] { $summary } (لم يكن فيها أي ملف من قبل)
    [one] { $summary } (كان فيها ملف واحد من قبل، دون تغيير)
    [two] { $summary } (كان فيها ملفان من قبل، دون تغيير)
    [few] { $summary } (كانت فيها { $count } ملفات من قبل، دون تغيير)
    [many] { $summary } (كان فيها { $count } ملفًا من قبل، دون تغيير)
   *[other] { $summary } (كان فيها { $count } ملف من قبل، دون تغيير)
}
library-stopped = { $summary }. توقفت الإضافة قبل آخر الملفات: شغّلها مجددًا لإضافة الباقي
library-past-checks-added = أُضيفت التحققات السابقة
library-not-running = المكتبة لا تعمل.
library-items = { $count ->
    [zero] { $count } عنصر
    [one] عنصر واحد
    [two] عنصرين
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
}
library-adding = جارٍ إضافة التحققات السابقة…
library-looking-in = جارٍ البحث في { $what }
# $done and $total are filled in as the files are read: keep them.
library-reading-file-of = قراءة الملف { $done } من { $total }
library-adding-note = «إلغاء» يوقف العمل بعد الملف الجاري قراءته؛ ويبقى ما أُضيف.
