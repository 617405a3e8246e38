# The Sources tab, snapshots, the source viewer and Wayback archiving.

sources-sources = المصادر
sources-add-source = إضافة مصدر
sources-no-sources-yet-add-the = لا مصادر بعد. أضف الصفحات والمستندات والبيانات التي تحققت بالرجوع إليها.
sources-select-a-source-to-edit = حدّد مصدرًا لتحريره.
sources-reliability = الموثوقية
sources-cited-by = يستشهد به
sources-no-claim-yet = لا ادعاء بعد
sources-delete-source = حذف المصدر
sources-removes-it-from-every-claim = يُزيله من كل الادعاءات أيضًا؛ والتراجع يعيده
sources-snapshots = اللقطات
sources-no-snapshot-attach-the-saved = لا لقطة: أرفِق الصفحة المحفوظة كما رأيتها.
sources-view = عرض
sources-show-its-text-in-the = إظهار نصها في عارض المصادر
sources-add-snapshot = إضافة لقطة…
sources-attach-a-saved-web-page = إرفاق صفحة ويب محفوظة أو ملف PDF أو مستند Word أو ملف Markdown أو ملف نصي لقطةً لهذا المصدر
sources-show-excerpt-in-snapshot = إظهار المقتطف في اللقطة
sources-open-the-snapshot-at-the = فتح اللقطة عند المقتطف مميَّزًا
sources-take-excerpt-from-snapshot = أخذ المقتطف من اللقطة
sources-open-the-latest-snapshot-select = فتح أحدث لقطة؛ حدّد مقطعًا واضغط «استخدام كمقتطف»
sources-source-viewer = عارض المصادر
sources-use-as-excerpt = استخدام كمقتطف
sources-previous-page = الصفحة السابقة
sources-next-page = الصفحة التالية
sources-snapshot-text = نص اللقطة
sources-archive-all-sources-without-a = أرشفة كل المصادر التي ليست لها نسخة
sources-archive-service = خدمة الأرشفة
sources-an-existing-capture-is-used = تُستخدم نسخة ملتقطة موجودة إن وُجدت؛ وإلا يُطلب التقاط جديد (Save Page Now).
sources-start-archiving = بدء الأرشفة
sources-could-not-show-the-snapshot = تعذّر عرض اللقطة
sources-a-snapshot-is-already-being = تجري إضافة لقطة بالفعل
sources-could-not-attach-the-snapshot = تعذّر إرفاق اللقطة
sources-add-snapshot-2 = إضافة لقطة
sources-new-source-from-page = مصدر جديد من الصفحة
sources-the-snapshots-were-not-copied = لم تُنسخ اللقطات
sources-archiving-is-already-under-way = الأرشفة جارية بالفعل
sources-archive = أرشفة
sources-nothing-to-archive-only-sources = لا شيء للأرشفة: لا يمكن أرشفة إلا المصادر التي لها عنوان http(s)
sources-archiving-was-cancelled-nothing-changed = أُلغيت الأرشفة: لم يتغير شيء
sources-asking-the-archive-for-copies = جارٍ طلب النسخ من الأرشيف
sources-title = العنوان
sources-title-of-the-page-or = عنوان الصفحة أو المستند
sources-url = عنوان URL
sources-publisher = الناشر
sources-site-or-organisation = الموقع أو المؤسسة
sources-author = المؤلف
sources-author-s = المؤلف أو المؤلفون
sources-date-published = تاريخ النشر
sources-date-accessed = تاريخ الاطلاع
sources-archived-copy-url = عنوان URL للنسخة المؤرشفة
sources-no-archived-copy-yet-pages = لا نسخة مؤرشفة بعد: الصفحات تتغير، فأرشِف الأدلة.
sources-notes = ملاحظات
sources-how-this-source-was-found = كيف وُجد هذا المصدر، والتحفظات…
sources-archived-count = { $count ->
    [zero] لم يُؤرشَف أي مصدر
    [one] أُرشِف مصدر واحد
    [two] أُرشِف مصدران
    [few] أُرشِفت { $count } مصادر
    [many] أُرشِف { $count } مصدرًا
   *[other] أُرشِف { $count } مصدر
}
# $count archived, $failed could not be.
sources-archived-some-failed = أُرشِف { $count }، وأخفق { $failed }
sources-archive-needs-web = لا يمكن أرشفة إلا المصادر التي لها عنوان http(s)
sources-archive-hover = البحث عن نسخة للصفحة في Wayback Machine، أو طلب نسخة جديدة
sources-new-capture = التقاط جديد
sources-new-capture-hover = طلب التقاط الصفحة كما هي الآن من Wayback Machine، ليحل محل عنوان النسخة المؤرشفة
sources-captured-on = التُقطت في { $day }
sources-excerpt-anchored = مثبَّت في اللقطة
sources-excerpt-edited = عُدِّل منذ تثبيته
# $kind: what the snapshot is (web page, PDF…); $hash: the start of its SHA-256.
sources-snapshot-of = لقطة بتاريخ { $day } · { $kind } · SHA-256 { $hash }… { $file }
sources-excerpt-needs-claim = افتح العارض من مصدر مرتبط بادعاء لأخذ مقتطف
sources-excerpt-needs-selection = حدّد مقطعًا من النص أولًا
sources-excerpt-hover = جعل هذا المقطع مقتطف الادعاء من هذا المصدر
sources-characters-selected = { $count ->
    [zero] لم يُحدَّد أي حرف
    [one] حُدِّد حرف واحد
    [two] حُدِّد حرفان
    [few] حُدِّدت { $count } أحرف
    [many] حُدِّد { $count } حرفًا
   *[other] حُدِّد { $count } حرف
}
sources-page-of = الصفحة { $page } من { $pages }
sources-untitled = (مصدر بلا عنوان)
sources-cited-by-count = { $count ->
    [zero] لا يستشهد به أي ادعاء
    [one] يستشهد به ادعاء واحد
    [two] يستشهد به ادعاءان
    [few] يستشهد به { $count } ادعاءات
    [many] يستشهد به { $count } ادعاءً
   *[other] يستشهد به { $count } ادعاء
}
sources-without-copy = { $count ->
    [zero] لا مصادر بلا نسخة مؤرشفة.
    [one] مصدر واحد بلا نسخة مؤرشفة.
    [two] مصدران بلا نسخة مؤرشفة.
    [few] { $count } مصادر بلا نسخة مؤرشفة.
    [many] { $count } مصدرًا بلا نسخة مؤرشفة.
   *[other] { $count } مصدر بلا نسخة مؤرشفة.
}
# $skipped: sources that cannot be archived.
sources-without-copy-and-skipped = { $count ->
    [zero] لا مصادر بلا نسخة مؤرشفة (إضافةً إلى { $skipped } بلا عنوان ويب).
    [one] مصدر واحد بلا نسخة مؤرشفة (إضافةً إلى { $skipped } بلا عنوان ويب).
    [two] مصدران بلا نسخة مؤرشفة (إضافةً إلى { $skipped } بلا عنوان ويب).
    [few] { $count } مصادر بلا نسخة مؤرشفة (إضافةً إلى { $skipped } بلا عنوان ويب).
    [many] { $count } مصدرًا بلا نسخة مؤرشفة (إضافةً إلى { $skipped } بلا عنوان ويب).
   *[other] { $count } مصدر بلا نسخة مؤرشفة (إضافةً إلى { $skipped } بلا عنوان ويب).
}
sources-attaching = جارٍ إرفاق { $file }…
sources-attach-internal-error = توقف الإرفاق بسبب خطأ داخلي.
sources-source-deleted-meanwhile = حُذف المصدر في أثناء ذلك.
sources-attached = أُرفق { $file } لقطةً
sources-already-attached = { $file } لقطة لهذا المصدر بالفعل
sources-claim-deleted-meanwhile = حُذف الادعاء في أثناء ذلك.
sources-new-source-named = مصدر جديد من الصفحة: { $title }
sources-snapshot-needs-save = إضافة لقطة: لم يُحفظ المشروع بعد
sources-save-first-title = حفظ المشروع أولًا؟
sources-save-first-body = تُحفظ اللقطات في مجلد بجانب ملف المشروع، وهذا المشروع لم يُحفظ بعد. احفظه الآن وستُرفق اللقطة بعد ذلك مباشرة.
sources-snapshot-gone = لم يعد المصدر يدرج تلك اللقطة.
sources-snapshot-read-failed = فشلت قراءة اللقطة.
sources-archive-internal-error = توقفت الأرشفة بسبب خطأ داخلي. لم يتغير شيء.
sources-archiving = الأرشفة
# $done and $total are filled in as the archive answers: keep them.
sources-asking-the-archive-count = جارٍ طلب النسخ من الأرشيف: المصدر { $done } من { $total }
