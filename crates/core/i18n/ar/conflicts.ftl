# تعارضات الدمج في تبويب التعارضات: مكان كل تعارض («الادعاء #3 «ارتفعت الأسعار 4%» › التقييم»)
# وقيمه بالكلمات.

## مكان التعارض

conflict-claim = الادعاء #{ $number } «{ $quote }»
conflict-claim-id = ادعاء (المعرّف { $id })
conflict-source = المصدر «{ $title }»
conflict-source-id = مصدر (المعرّف { $id })
conflict-link = الربط بالمصدر «{ $title }»
conflict-link-id = الربط بمصدر (المعرّف { $id })
conflict-verdict = التقييم «{ $label }»
conflict-verdict-id = تقييم (المعرّف { $id })
conflict-item = { $what } { $id }
conflict-project-title = عنوان المشروع
conflict-rating-scale = سلّم التقييم
conflict-project = المشروع
conflict-field = { $name }
conflict-path = { $outer } › { $inner }

## ترويسة كل جانب

conflict-side-by = { $side } ({ $who })
conflict-side-when = { $side } ({ $when })
conflict-side-by-when = { $side } ({ $who }، { $when })

## قيمة الجانب بالكلمات

conflict-value-absent = (غير موجود: حُذف أو لم يُضَف قط)
conflict-value-empty = (فارغ)
conflict-value-none = لا شيء
conflict-value-yes = نعم
conflict-value-no = لا
conflict-value-empty-list = (لا شيء)
conflict-value-field = { $field }: { $value }

## عنصر من قائمة

data-item-comments = التعليق
data-item-previous-checks = التحقق السابق
data-item-snapshots = اللقطة
data-item-corrections = التصحيح
data-item-segments = المقطع
data-item-conflicts = التعارض
data-item-activity = النشاط
data-item-article-history = نسخة سابقة

## حقول بيانات المشروع

data-field-activity = النشاط
data-field-article = المقال
data-field-article-history = سجل المقال
data-field-claims = الادعاءات
data-field-conflicts = التعارضات
data-field-corrections = التصحيحات
data-field-dismissed-suggestions = الاقتراحات المتجاهَلة
data-field-format-version = إصدار الصيغة
data-field-organisation = المؤسسة
data-field-organisation-url = رابط المؤسسة
data-field-publish-approved-only = نشر المعتمد فقط
data-field-report-language = لغة التقرير
data-field-review-url = رابط التحقق
data-field-reviewer = المُراجِع
data-field-scale = السلّم
data-field-settings = الإعدادات
data-field-sources = المصادر
data-field-title = العنوان
data-field-author = الكاتب
data-field-date-published = تاريخ النشر
data-field-date-retrieved = تاريخ الاسترجاع
data-field-meta = البيانات
data-field-outlet = الوسيلة الإعلامية
data-field-replaced-on = تاريخ الاستبدال
data-field-segments = المقاطع
data-field-sha256 = SHA-256
data-field-text = النص
data-field-url = الرابط
data-field-anchor = التثبيت
data-field-approved = الاعتماد
data-field-claim = الادعاء
data-field-claim-date = تاريخ الادعاء
data-field-claimant = صاحب الادعاء
data-field-comments = التعليقات
data-field-conclusion = الخلاصة
data-field-date = التاريخ
data-field-digest = البصمة
data-field-end = النهاية
data-field-excerpt = المقتطف
data-field-id = المعرّف
data-field-key = المفتاح
data-field-orphaned = مفقود في المقال
data-field-previous-checks = التحققات السابقة
data-field-published-on = تاريخ النشر
data-field-quote = المقطع
data-field-rationale = التعليل
data-field-reviewed = نص الادعاء المُراجَع
data-field-source = المصدر
data-field-span = المقطع المميَّز
data-field-stance = الموقف
data-field-start = البداية
data-field-status = الحالة
data-field-tags = الوسوم
data-field-verdict = التقييم
data-field-when = التوقيت
data-field-who = مَن
data-field-archive-url = رابط النسخة المؤرشفة
data-field-archived-on = تاريخ الأرشفة
data-field-date-accessed = تاريخ الاطلاع
data-field-notes = الملاحظات
data-field-publisher = الناشر
data-field-reliability = الموثوقية
data-field-snapshots = اللقطات
data-field-color = اللون
data-field-description = الوصف
data-field-kind = النوع
data-field-label = التسمية
data-field-name = الاسم
data-field-value = القيمة
data-field-verdicts = التقييمات
data-field-change = التغيير
data-field-event = الحدث
data-field-note = الملاحظة
data-field-resolved = محلول
data-field-time = الوقت
data-field-bytes = البايتات
data-field-captured = تاريخ الالتقاط
data-field-ext = الامتداد
data-field-file-name = اسم الملف
data-field-prefix = النص السابق
data-field-suffix = النص اللاحق
data-field-snapshot = اللقطة
data-field-first-page = الصفحة الأولى
data-field-last-page = الصفحة الأخيرة
data-field-page = الصفحة
data-field-speaker = المتحدث
data-field-start-char = حرف البداية
data-field-time-ms = الوقت (ms)
