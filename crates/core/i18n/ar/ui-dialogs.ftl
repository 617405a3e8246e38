# Dialogs: new project, pasted article, unsaved changes, the in-app file chooser, progress.

dialog-rating-scale = سلّم التقييم
dialog-delete-this-claim = حذف هذا الادعاء؟
dialog-delete-claim = حذف الادعاء
dialog-cancel = إلغاء
dialog-new-project = مشروع جديد
dialog-project-title = عنوان المشروع
dialog-then-open-or-paste-the = ثم افتح المقال المراد التحقق منه أو الصقه (قائمة «ملف»).
dialog-create = إنشاء
dialog-new-article-from-pasted-text = مقال جديد من نص ملصوق
dialog-headline = العنوان الرئيسي
dialog-article-text-paste-with-ctrl = نص المقال (الصقه بـ Ctrl+V)
dialog-create-project = إنشاء المشروع
dialog-save-your-changes = حفظ التغييرات؟
dialog-this-project-has-changes-that = في هذا المشروع تغييرات غير محفوظة. ستضيع إن تابعت دون حفظ.
dialog-save-changes = حفظ التغييرات
dialog-don-t-save = عدم الحفظ
dialog-save-as = حفظ باسم…
dialog-recover-unsaved-work = استعادة العمل غير المحفوظ؟
dialog-restore-opens-it-as-unsaved = «استعادة» تفتحه عملًا غير محفوظ؛ احفظه للاحتفاظ به.
dialog-restore = استعادة
dialog-discard = إهمال
dialog-open-this-article = فتح هذا المقال؟
dialog-replace-the-article-with-this = استبدال المقال بهذه النسخة؟
dialog-the-text-is-the-same = النص مطابق للنص الذي جرى التحقق منه.
dialog-claims-not-found-stay-in = تبقى الادعاءات التي لم يُعثر عليها في المشروع بمقطعها القديم. ويُحفظ النص القديم في سجل المشروع. والتراجع يلغي الاستبدال.
dialog-replace = استبدال
dialog-keyboard-shortcuts = اختصارات لوحة المفاتيح
dialog-ok = موافق
dialog-merge-the-changes-in = دمج التغييرات الواردة
dialog-dismiss = تجاهل
dialog-merge = دمج
dialog-overwrite = الكتابة فوقه
dialog-back = رجوع
dialog-folder = المجلد
dialog-up = لأعلى
dialog-the-folder-that-holds-this = المجلد الذي يحتوي هذا المجلد
dialog-home = المجلد الرئيسي
dialog-file-name = اسم الملف
dialog-show-hidden-files = إظهار الملفات المخفية
dialog-no-folders-or-matching-files = لا مجلدات ولا ملفات مطابقة هنا
dialog-use-the-reader-view-s = استخدام نص عرض القراءة
# $name: the project's file name.
dialog-changed-on-disk-banner = تغيّر { $name } على القرص منذ أن فتحته أو حفظته.
dialog-changed-on-disk-heading = تغيّر { $name } على القرص
dialog-changed-on-disk-body = حفظه شخص آخر منذ أن فتحته (نافذة أخرى، أو زميل، أو git pull). الحفظ الآن سيكتب فوق تغييراته.
dialog-merge-keeps-both = الدمج يحتفظ بالتغييرات كلها: تغييراته وتغييراتك، ويُدرج كل حقل غيّره كلاكما تحت «التعارضات».
dialog-whole-page-kept = { $words ->
    [zero] يُحتفظ بنص الصفحة كاملًا ({ $words } كلمة)، بما فيه القوائم والتعليقات
    [one] يُحتفظ بنص الصفحة كاملًا (كلمة واحدة)، بما فيه القوائم والتعليقات
    [two] يُحتفظ بنص الصفحة كاملًا (كلمتان)، بما فيه القوائم والتعليقات
    [few] يُحتفظ بنص الصفحة كاملًا ({ $words } كلمات)، بما فيه القوائم والتعليقات
    [many] يُحتفظ بنص الصفحة كاملًا ({ $words } كلمةً)، بما فيه القوائم والتعليقات
   *[other] يُحتفظ بنص الصفحة كاملًا ({ $words } كلمة)، بما فيه القوائم والتعليقات
}
dialog-use-extracted-article = استخدام المقال المستخرَج
dialog-use-whole-page = استخدام نص الصفحة كاملًا
# $problem: what is short about the extracted text.
dialog-check-whole-new-version = { $problem }: تحقق من أن هذه هي النسخة الجديدة كاملة
dialog-delete-claim-consequence = { $links ->
    [zero] يُحذف معه تقييمه وتعليله. والتراجع (Ctrl+Z) يعيده.
    [one] يُحذف معه تقييمه وتعليله ورابط واحد إلى مصدر. والتراجع (Ctrl+Z) يعيده.
    [two] يُحذف معه تقييمه وتعليله ورابطان إلى مصدرين. والتراجع (Ctrl+Z) يعيده.
    [few] يُحذف معه تقييمه وتعليله و{ $links } روابط إلى مصادر. والتراجع (Ctrl+Z) يعيده.
    [many] يُحذف معه تقييمه وتعليله و{ $links } رابطًا إلى مصادر. والتراجع (Ctrl+Z) يعيده.
   *[other] يُحذف معه تقييمه وتعليله و{ $links } رابط إلى مصادر. والتراجع (Ctrl+Z) يعيده.
}
# $name: the project; $when: the copy's time.
dialog-recover-body = { $claims ->
    [zero] أُغلق ClaimDesk قبل حفظ «{ $name }». نسخة الاسترداد من { $when } لا تحتوي على أي ادعاء.
    [one] أُغلق ClaimDesk قبل حفظ «{ $name }». تحتوي نسخة الاسترداد من { $when } على ادعاء واحد.
    [two] أُغلق ClaimDesk قبل حفظ «{ $name }». تحتوي نسخة الاسترداد من { $when } على ادعاءين.
    [few] أُغلق ClaimDesk قبل حفظ «{ $name }». تحتوي نسخة الاسترداد من { $when } على { $claims } ادعاءات.
    [many] أُغلق ClaimDesk قبل حفظ «{ $name }». تحتوي نسخة الاسترداد من { $when } على { $claims } ادعاءً.
   *[other] أُغلق ClaimDesk قبل حفظ «{ $name }». تحتوي نسخة الاسترداد من { $when } على { $claims } ادعاء.
}
dialog-no-such-file = الملف { $path } غير موجود
dialog-no-such-folder = المجلد { $path } غير موجود
dialog-not-a-folder = { $path } ليس مجلدًا
dialog-replace-existing = { $path } موجود بالفعل. هل تريد استبداله؟ تُحفظ نسخته السابقة بجانبه في ملف بامتداد bak.
# Not plain "Save"/"Open": the toolbar behind the dialog has those names.
dialog-open-file = فتح الملف
dialog-save-file = حفظ الملف
dialog-choose-this-folder = اختيار هذا المجلد
# $problem: the folder and the system's reason.
dialog-cannot-read-folder = تعذّرت قراءة { $problem }
