# أسماء الخطوات التي يمكن التراجع عنها، في قائمة «تحرير» وتلميحات شريط
# الأدوات: «تراجع عن { $action }». مصادر (أسماء أفعال) كما في قوائم البرامج.

history-add-claim = إضافة ادعاء
history-delete-claim = حذف ادعاء
history-edit-claim = تحرير الادعاء
history-approve-claim = اعتماد الادعاء
history-add-source = إضافة مصدر
history-delete-source = حذف مصدر
history-edit-source = تحرير المصدر
history-edit-project-title = تحرير عنوان المشروع
history-edit-article-details = تحرير بيانات المقال
history-edit-settings = تحرير الإعدادات
history-edit-scale = تحرير سلّم التقييم
history-replace-article = استبدال المقال
history-edit-corrections = تحرير سجل التصحيحات
history-note-activity = تدوين في نشاط المشروع
history-resolve-conflict = حل التعارض
history-dismiss-suggestion = تجاهل الاقتراح
history-restore-suggestions = استعادة الاقتراحات
history-merge-changes = دمج التغييرات
history-nothing = لا شيء
history-import-annotations = استيراد التعليقات التوضيحية

## خطوات المراجعة

history-mark-ready = الإرسال للمراجعة
history-return-claim = إعادة الادعاء
history-add-comment = إضافة تعليق
history-resolve-comment = حل التعليق
history-reopen-comment = إعادة فتح التعليق
history-correct-claim = تصحيح الادعاء
history-record-publication = تسجيل النشر
history-change-your-name = تغيير اسمك

## حقل من حقول الادعاء

history-edit-span = تغيير المقطع المميَّز
history-edit-claim-reviewed = تحرير نص الادعاء المُراجَع
history-edit-claimant = تحرير صاحب الادعاء
history-edit-claim-date = تحرير تاريخ الادعاء
history-set-status = تغيير الحالة
history-set-verdict = تغيير التقييم
history-edit-conclusion = تحرير الخلاصة
history-edit-rationale = تحرير التعليل
history-edit-tags = تحرير الوسوم
history-edit-sources = تغيير المصادر
history-edit-excerpt = تحرير المقتطف

## حقل من حقول المصدر

history-edit-source-title = تحرير العنوان
history-edit-url = تحرير الرابط
history-edit-publisher = تحرير الناشر
history-edit-author = تحرير الكاتب
history-edit-date-published = تحرير تاريخ النشر
history-edit-date-accessed = تحرير تاريخ الاطلاع
history-edit-archived-url = تحرير رابط النسخة المؤرشفة
history-edit-snapshots = تغيير اللقطات
history-set-reliability = تغيير الموثوقية
history-edit-notes = تحرير الملاحظات

## حقل من حقول المقال أو إعدادات المشروع

history-edit-article-title = تحرير عنوان المقال
history-edit-outlet = تحرير الوسيلة الإعلامية
history-edit-article-url = تحرير رابط المقال
history-edit-date-retrieved = تحرير تاريخ الاسترجاع
history-edit-organisation = تحرير المؤسسة
history-edit-organisation-url = تحرير رابط المؤسسة
history-edit-review-url = تحرير رابط التحقق
history-edit-reviewer = تحرير المُراجِع
history-edit-publish-approved-only = تغيير «نشر الادعاءات المعتمدة فقط»
history-set-report-language = تغيير لغة التقرير
history-edit-field = تحرير { $field }
