# Messages in the status bar and error dialogs: opening, saving, exporting, merging.

msg-that-passage-is-no-longer = لم يعد ذلك المقطع موجودًا في المقال
msg-undone = تم التراجع
msg-could-not-undo = تعذّر التراجع
msg-redone = تمت الإعادة
msg-could-not-redo = تعذّرت الإعادة
msg-new-project-open-or-paste = مشروع جديد: افتح المقال المراد التحقق منه أو الصقه (قائمة «ملف»)
msg-could-not-use-the-pasted = تعذّر استخدام النص الملصوق
msg-restored-unsaved-work-save-it = استُعيد العمل غير المحفوظ: احفظه للاحتفاظ به
msg-could-not-open-the-project = تعذّر فتح المشروع
msg-could-not-open-the-article = تعذّر فتح المقال
msg-could-not-save = تعذّر الحفظ
msg-could-not-export = تعذّر التصدير
msg-could-not-merge-the-changes = تعذّر دمج التغييرات الموجودة على القرص
msg-merging-was-cancelled-nothing-changed = أُلغي الدمج: لم يتغير شيء
msg-could-not-resolve-the-conflict = تعذّر حل التعارض
msg-an-article-is-being-read = تجري قراءة مقال بالفعل: انتظر انتهاءها أو ألغِها
msg-replace-with-new-version = استبدال بنسخة جديدة
msg-reading-the-file-stopped-on = توقفت قراءة الملف بسبب خطأ داخلي. لم يتغير شيء.
msg-annotations-are-being-imported-already = يجري استيراد تعليقات توضيحية بالفعل: انتظر انتهاءه أو ألغِه
msg-could-not-import-annotations = تعذّر استيراد التعليقات التوضيحية
msg-importing-annotations-was-cancelled-nothing = أُلغي استيراد التعليقات التوضيحية: لم يتغير شيء
msg-could-not-start-re-anchoring = تعذّر بدء إعادة تثبيت الادعاءات في النص الجديد
msg-replacing-the-article-was-cancelled = أُلغي استبدال المقال: لم يتغير شيء
msg-could-not-read-the-new = تعذّرت قراءة النسخة الجديدة
msg-a-file-chooser-is-already = نافذة اختيار ملف مفتوحة بالفعل
msg-claims = الادعاءات
msg-no-article-yet = لا مقال بعد
msg-open-article = فتح مقال…
msg-paste-article-text = لصق نص مقال…
msg-dismiss-this-message = إغلاق هذه الرسالة

# File choosers' titles.
pick-open-project = فتح مشروع
pick-open-article = فتح مقال
pick-new-version = النسخة الجديدة من المقال
pick-annotations = تعليقات توضيحية للاستيراد (W3C، Hypothesis، ClaimReview)
pick-snapshot = صفحة محفوظة أو ملف PDF أو مستند Word أو ملف نصي لإرفاقه
pick-past-checks = تحققات سابقة لإضافتها إلى المكتبة (مشاريع، ClaimReview، TSV)
pick-past-checks-folder = مجلد تحققات سابقة لإضافته إلى المكتبة
pick-save-as = حفظ المشروع باسم
pick-export-to = تصدير إلى

# An error's text alone, when its title says the rest.
msg-error = { $error }
msg-merge-unreadable = تعذّر الدمج: لا يمكن قراءة الملف الموجود على القرص
msg-merge-unreadable-body = { $error }

    «حفظ باسم…» يحفظ عملك في ملف آخر.
msg-merging-file = دمج { $file }
msg-merging-heading = جارٍ دمج التغييرات الموجودة على القرص…
msg-merging-note = لن يتغير شيء حتى ينتهي الدمج.
msg-merge-internal-error = توقف الدمج بسبب خطأ داخلي. لم يتغير شيء.
msg-merge-project-changed = تغيّر المشروع أثناء الدمج. لم يُدمج شيء: أعد الدمج.
msg-merged-and-saved = دُمجت التغييرات الموجودة على القرص وحُفظت
msg-merged = دُمجت التغييرات الموجودة على القرص
msg-merged-with-conflicts = { $count ->
    [zero] دُمجت التغييرات الموجودة على القرص: لا تعارضات يجب حلها
    [one] دُمجت التغييرات الموجودة على القرص: تعارض واحد يجب حله (تبويب «التعارضات»)
    [two] دُمجت التغييرات الموجودة على القرص: تعارضان يجب حلهما (تبويب «التعارضات»)
    [few] دُمجت التغييرات الموجودة على القرص: { $count } تعارضات يجب حلها (تبويب «التعارضات»)
    [many] دُمجت التغييرات الموجودة على القرص: { $count } تعارضًا يجب حله (تبويب «التعارضات»)
   *[other] دُمجت التغييرات الموجودة على القرص: { $count } تعارض يجب حله (تبويب «التعارضات»)
}
# $place: the conflict's field in words.
msg-resolved = حُلّ تعارض { $place }
msg-opened = فُتح { $path }
msg-opened-article = فُتح المقال: احفظه مشروعًا للاحتفاظ بعملك
msg-saved = حُفظ { $path }
# $format: "HTML report"; $approved of $total claims.
msg-exported-draft = { $total ->
    [zero] صُدِّر { $format } بوصفه مسودة إلى { $path } (اعتُمد { $approved } من أصل { $total } ادعاء؛ لا يُعدّ منشورًا حتى تسجّل النشر)
    [one] صُدِّر { $format } بوصفه مسودة إلى { $path } (اعتُمد { $approved } من أصل ادعاء واحد؛ لا يُعدّ منشورًا حتى تسجّل النشر)
    [two] صُدِّر { $format } بوصفه مسودة إلى { $path } (اعتُمد { $approved } من أصل ادعاءين؛ لا يُعدّ منشورًا حتى تسجّل النشر)
    [few] صُدِّر { $format } بوصفه مسودة إلى { $path } (اعتُمد { $approved } من أصل { $total } ادعاءات؛ لا يُعدّ منشورًا حتى تسجّل النشر)
    [many] صُدِّر { $format } بوصفه مسودة إلى { $path } (اعتُمد { $approved } من أصل { $total } ادعاءً؛ لا يُعدّ منشورًا حتى تسجّل النشر)
   *[other] صُدِّر { $format } بوصفه مسودة إلى { $path } (اعتُمد { $approved } من أصل { $total } ادعاء؛ لا يُعدّ منشورًا حتى تسجّل النشر)
}
msg-exported = صُدِّر { $format } إلى { $path }
msg-you-are = أنت { $name }

# Progress dialogs. $done and $total are filled in as the work counts: keep them.
msg-reading-file = قراءة { $file }
msg-reading-file-pages = قراءة { $file }: الصفحة { $done } من { $total }
msg-anchoring-file = تثبيت { $file }: { $done } من { $total }
msg-reanchoring-file = إعادة تثبيت الادعاءات في { $file }: { $done } من { $total }
msg-importing-annotations = جارٍ استيراد التعليقات التوضيحية…
msg-import-internal-error = توقفت قراءة الملف بسبب خطأ داخلي
msg-import-project-changed = تغيّر المشروع أثناء قراءة التعليقات التوضيحية. لم يُستورد شيء: استورد الملف مجددًا.
msg-import-failed-body = { $path }: { $error }. لم يتغير شيء.
msg-annotations-imported = استُوردت التعليقات التوضيحية
msg-reading-new-version = جارٍ قراءة النسخة الجديدة…
msg-opening-article = جارٍ فتح المقال…
msg-replacing-cancelled = أُلغي استبدال المقال: لم يتغير شيء
msg-opening-cancelled = أُلغي فتح المقال: لم يتغير شيء
msg-replace-project-changed-reading = تغيّر المشروع أثناء قراءة النسخة الجديدة. لم يُستبدل شيء: حاول مجددًا.
msg-replacing-heading = جارٍ الاستبدال بالنسخة الجديدة…
msg-replacing-note = لن يتغير شيء حتى تراجع النتيجة.
msg-replace-project-changed = تغيّر المشروع أثناء إعادة تثبيت الادعاءات. لم يُستبدل شيء: حاول مجددًا.
msg-reanchor-internal-error = توقفت إعادة التثبيت بسبب خطأ داخلي. لم يُستبدل شيء.
# Typing while no field has the keyboard: the hint starts with the first message.
msg-lost-typing-start = لم يُكتب في أي حقل
msg-lost-typing = «{ $typed }». انقر على حقل (أو اضغط Tab للوصول إلى حقل)، ثم اكتب مجددًا.
msg-recovery-write-failed = تعذّرت كتابة نسخة الاسترداد: { $error }
msg-could-not-apply = تعذّر تطبيق التغيير: { $error }
# The system file chooser's filters.
pick-filter-project = مشروع ClaimDesk
pick-filter-article = مقال
pick-filter-annotations = تعليقات توضيحية
pick-filter-past-checks = تحققات سابقة
pick-filter-all-files = كل الملفات

# Notes on an opened article file (shown after "Opened the article…").
note-no-title = لم يُعثر على عنوان، فاستُخدم اسم الملف
note-title-first-line = العنوان هو السطر الأول من المستند
note-no-date = لم يُعثر على تاريخ النشر في الصفحة
note-markdown-html = أُهمِلت شيفرة HTML الموجودة داخل Markdown
note-read-as-web-page = يحتوي الملف على صفحة ويب، فقُرئ على أنه صفحة ويب
