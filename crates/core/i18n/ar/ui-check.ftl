# The Check tab (the check before export) and the Conflicts tab.

check-check-before-export = الفحص قبل التصدير
check-export = تصدير:
check-nothing-to-fix-the-report = لا شيء يحتاج إلى إصلاح: التقرير جاهز للنشر.
check-publish-approved-claims-only = نشر الادعاءات المعتمدة فقط
check-reports-leave-out-claims-not = تستبعد التقارير الادعاءات غير المعتمدة بعد، وتذكر ذلك
check-record-publication = تسجيل النشر
check-mark-the-approved-claims-as = تسجيل الادعاءات المعتمدة منشورةً اليوم: بعد ذلك يتطلب تغيير تقييمها أو تعليلها ملاحظة تصحيح
check-show-this-claim = إظهار هذا الادعاء
check-merge-conflicts = تعارضات الدمج
check-no-conflicts-every-change-from = لا تعارضات: سُوّي كل تغيير جاء به الدمج.
check-both-copies-changed-these-differently = غيّرت النسختان هذه القيم تغييرًا مختلفًا. يحتفظ المشروع بنسختنا إلى أن تختار.
check-or-write-the-value = أو اكتب القيمة:
check-take-this-text = أخذ هذا النص
