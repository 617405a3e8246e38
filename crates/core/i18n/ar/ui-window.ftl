# The window's frame: tabs, the status bar, the article's header, settings the Check tab links to.

tab-claim = الادعاء
tab-sources = المصادر
tab-article = المقال
tab-scale = السلّم
tab-check = الفحص
tab-library = المكتبة
tab-suggestions = الاقتراحات
# $count: fields a merge could not settle.
tab-conflicts = التعارضات ({ $count })

article-untitled = مقال بلا عنوان
window-drop-hint = أفلِت مشروعًا (ملف ron) أو مقالًا لفتحه

status-claims-count = { $count ->
    [zero] لا ادعاءات
    [one] ادعاء واحد
    [two] ادعاءان
    [few] { $count } ادعاءات
    [many] { $count } ادعاءً
   *[other] { $count } ادعاء
}
status-sources-count = { $count ->
    [zero] لا مصادر
    [one] مصدر واحد
    [two] مصدران
    [few] { $count } مصادر
    [many] { $count } مصدرًا
   *[other] { $count } مصدر
}
# A chip counting claims without a verdict.
status-unrated = بلا تقييم
# A chip counting claims without a conclusion (projects with no rating scale).
status-claims = الادعاءات
# The × button's name for screen readers.
status-dismiss-name = × إغلاق الرسالة

setting-organisation = المؤسسة
setting-review-url = عنوان URL للتحقق
setting-date-published = تاريخ النشر
setting-date-retrieved = تاريخ الاسترجاع
# The article's name for screen readers.
article-text-name = نص المقال
tab-desk = مكتب التحرير
# The window's title for a project never saved.
window-untitled = بلا عنوان
