# The Article tab (article and organisation) and the Scale tab.

project-project = المشروع
project-article = المقال
project-publishing-organisation = المؤسسة الناشرة
project-project-activity = نشاط المشروع
project-nothing-yet-name-changes-and = لا شيء بعد: تُدرج هنا تغييرات الاسم وعمليات النشر.
project-rating-scale = سلّم التقييم
project-changing-the-scale-clears-verdicts = تغيير السلّم يمحو التقييمات التي لم تعد فيه؛ والتراجع يعيدها.
project-each-claim-gets-a-plain = يحصل كل ادعاء على خلاصة بلغة بسيطة بدلًا من تقييم.
project-highlight-colour = لون التمييز
project-label = التسمية
project-remove-verdict = إزالة التقييم
project-down = لأسفل
project-move-down = نقل لأسفل
project-up = لأعلى
project-move-up = نقل لأعلى
project-description = الوصف
project-has-a-place-on-the = له موضع على خط الصحة (الأعلى أصدق)
project-add-verdict = إضافة تقييم
project-project-title = عنوان المشروع
project-name-of-this-fact-check = اسم هذا التحقق
project-headline = العنوان الرئيسي
project-the-article-s-title = عنوان المقال
project-outlet = الوسيلة الإعلامية
project-publication = اسم المطبوعة
project-author = المؤلف
project-byline = التوقيع
project-article-url = عنوان URL للمقال
project-date-published = تاريخ النشر
project-date-retrieved = تاريخ الاسترجاع
project-organisation = المؤسسة
project-who-publishes-the-fact-check = الجهة التي تنشر التحقق
project-organisation-url = عنوان URL للمؤسسة
project-review-url = عنوان URL للتحقق
project-reviewer = المُراجِع
project-fact-checker-s-name = اسم مدقق الحقائق
project-scale-name = اسم السلّم
# Under the article's fields; $sha256: the start of the text's SHA-256 digest.
project-article-size = { $characters ->
    [zero] { $characters } حرف
    [one] حرف واحد
    [two] حرفان
    [few] { $characters } أحرف
    [many] { $characters } حرفًا
   *[other] { $characters } حرف
} · { $words ->
    [zero] { $words } كلمة
    [one] كلمة واحدة
    [two] كلمتان
    [few] { $words } كلمات
    [many] { $words } كلمةً
   *[other] { $words } كلمة
} · SHA-256 { $sha256 }…
project-replace-with-preset = استبدال بسلّم جاهز…
project-verdicts-from-a-scale = تقييمات من سلّم
project-conclusion-only = خلاصة فقط
# A verdict without a label, by its place in the scale.
project-verdict-number = التقييم { $number }
# Names for screen readers; $verdict: "“False”" or "verdict 3".
project-colour-of = لون { $verdict }
project-remove-name = إزالة { $verdict }
project-down-name = لأسفل: نقل { $verdict } لأسفل
project-up-name = لأعلى: نقل { $verdict } لأعلى
project-value = القيمة
project-value-of = قيمة { $verdict }
# The label of a verdict just added to the scale.
project-new-verdict = تقييم جديد

# The project's report language (the Article tab).
project-report-language = لغة التقرير
project-report-language-window = لغة النافذة نفسها
