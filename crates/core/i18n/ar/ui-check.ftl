# The Check tab (the check before export) and the Conflicts tab.

checktab-check-before-export = الفحص قبل التصدير
checktab-export = تصدير:
checktab-nothing-to-fix-the-report = لا شيء يحتاج إلى إصلاح: التقرير جاهز للنشر.
checktab-publish-approved-claims-only = نشر الادعاءات المعتمدة فقط
checktab-reports-leave-out-claims-not = تستبعد التقارير الادعاءات غير المعتمدة بعد، وتذكر ذلك
checktab-record-publication = تسجيل النشر
checktab-mark-the-approved-claims-as = تسجيل الادعاءات المعتمدة منشورةً اليوم: بعد ذلك يتطلب تغيير تقييمها أو تعليلها ملاحظة تصحيح
checktab-show-this-claim = إظهار هذا الادعاء
checktab-merge-conflicts = تعارضات الدمج
checktab-no-conflicts-every-change-from = لا تعارضات: سُوّي كل تغيير جاء به الدمج.
checktab-both-copies-changed-these-differently = غيّرت النسختان هذه القيم تغييرًا مختلفًا. يحتفظ المشروع بنسختنا إلى أن تختار.
checktab-or-write-the-value = أو اكتب القيمة:
checktab-take-this-text = أخذ هذا النص
checktab-approved-not-published = { $count ->
    [zero] لا ادعاءات معتمدة بانتظار تسجيل نشرها
    [one] ادعاء معتمد واحد لم يُسجَّل نشره بعد
    [two] ادعاءان معتمدان لم يُسجَّل نشرهما بعد
    [few] { $count } ادعاءات معتمدة لم يُسجَّل نشرها بعد
    [many] { $count } ادعاءً معتمدًا لم يُسجَّل نشره بعد
   *[other] { $count } ادعاء معتمد لم يُسجَّل نشره بعد
}
checktab-show-setting = إظهار هذا الإعداد
checktab-source = المصدر
checktab-show-source = إظهار هذا المصدر
checktab-sources = المصادر
checktab-show-sources = إظهار المصادر
checktab-article = المقال
checktab-open-article-tab = فتح تبويب المقال
checktab-claim-number = الادعاء #{ $number }
checktab-summary = { $count ->
    [zero] لا شيء قد يتعثر به القارئ (يعمل التصدير على أي حال):
    [one] أمر واحد قد يتعثر به القارئ (يعمل التصدير على أي حال):
    [two] أمران قد يتعثر بهما القارئ (يعمل التصدير على أي حال):
    [few] { $count } أمور قد يتعثر بها القارئ (يعمل التصدير على أي حال):
    [many] { $count } أمرًا قد يتعثر به القارئ (يعمل التصدير على أي حال):
   *[other] { $count } أمر قد يتعثر به القارئ (يعمل التصدير على أي حال):
}
# The warning list's name for screen readers.
checktab-warnings-count = { $count ->
    [zero] لا تنبيهات
    [one] تنبيه واحد
    [two] تنبيهان
    [few] { $count } تنبيهات
    [many] { $count } تنبيهًا
   *[other] { $count } تنبيه
}

# A merge conflict's three sides: the common ancestor, this copy, the other copy.
conflict-base = الأساس
conflict-ours = نسختنا
conflict-theirs = نسختهم
conflict-take-base = أخذ الأساس
conflict-take-ours = أخذ نسختنا
conflict-take-theirs = أخذ نسختهم
