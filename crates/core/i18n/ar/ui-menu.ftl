# The window's menu bar, toolbar and keyboard-shortcut list.
# Ellipses (…) mean the entry asks something before it acts.
# Arabic: docs/i18n/glossary-ar.md (verbal nouns on menus and buttons, Western digits).

menu-file = ملف
menu-file-new-project = مشروع جديد…
menu-file-open-project = فتح مشروع…
menu-file-open-recent = المشاريع الأخيرة
menu-file-no-recent = لا توجد مشاريع أخيرة
menu-file-open-article = فتح مقال…
menu-file-paste-article = مقال جديد من نص ملصوق…
menu-file-import-annotations = استيراد تعليقات توضيحية…
menu-file-save = حفظ
menu-file-save-as = حفظ باسم…
menu-file-export = تصدير
# $format: the export format's name (HTML report, Markdown, CSV, …).
menu-file-export-format = { $format }…
menu-file-check-before-export = الفحص قبل التصدير…
menu-file-quit = إنهاء

menu-edit = تحرير
menu-edit-undo = تراجع
# $action: what the last change did, e.g. "typing in Rationale".
menu-edit-undo-action = تراجع عن { $action }
menu-edit-redo = إعادة
menu-edit-redo-action = إعادة { $action }
menu-edit-your-name = اسمك…

menu-claims = الادعاءات
menu-claims-mark = تمييز كادعاء
menu-claims-next = الادعاء التالي
menu-claims-previous = الادعاء السابق

menu-article = المقال
menu-article-replace = استبدال بنسخة جديدة…

menu-project = المشروع
menu-project-article-and-organisation = المقال والمؤسسة…
menu-project-sources = المصادر…
menu-project-archive-all = أرشفة كل المصادر التي ليست لها نسخة…
menu-project-scale = سلّم التقييم…

# The Language menu lists each language in itself (English, Español, 日本語 …).
menu-language = اللغة

menu-help = تعليمات
menu-help-shortcuts = اختصارات لوحة المفاتيح…

toolbar-mark-claim = تمييز كادعاء
# $shortcut: the key, e.g. Ctrl+M.
toolbar-mark-claim-hover = تمييز النص المحدد كادعاء ({ $shortcut })
hint-select-passage-first = حدّد مقطعًا من المقال أولًا
toolbar-previous = السابق
toolbar-previous-hover = الادعاء السابق ({ $shortcut })
toolbar-next = التالي
toolbar-next-hover = الادعاء التالي ({ $shortcut })
toolbar-undo = تراجع
toolbar-nothing-to-undo = لا شيء للتراجع عنه
toolbar-redo = إعادة
toolbar-nothing-to-redo = لا شيء لإعادته
toolbar-save = حفظ
toolbar-save-hover = حفظ ({ $shortcut })

shortcut-mark-claim = تمييز المقطع المحدد كادعاء
shortcut-next-previous-claim = الادعاء التالي / السابق
shortcut-next-previous-pane = اللوحة التالية / السابقة: قائمة الادعاءات، المقال، محرر الادعاء
shortcut-tab-keys = Tab / Shift+Tab
shortcut-next-previous-control = عنصر التحكم التالي / السابق في اللوحة
shortcut-enter-keys = Enter أو Space
shortcut-select-or-press = تحديد صف الادعاء الذي عليه التركيز؛ ضغط الزر الذي عليه التركيز
shortcut-shift-keys = Shift+الأسهم، Shift+Home/End
shortcut-select-text = تحديد نص في المقال (F6 أو النقر داخله أولًا)
shortcut-escape-key = Escape
shortcut-cancel-dialog = إلغاء مربع حوار
shortcut-undo-redo = تراجع / إعادة
shortcut-save-save-as = حفظ / حفظ باسم
shortcut-open-new = فتح / مشروع جديد
shortcut-suggestion-keys = Up/Down، Enter، Delete
shortcut-suggestions = تبويب الاقتراحات: التنقل، التمييز كادعاء، التجاهل

# The export formats, as the Export menu and its messages name them.
format-html = تقرير HTML
format-markdown = تقرير Markdown
format-csv = جدول CSV
format-claimreview = ClaimReview JSON-LD
format-annotations = تعليقات W3C التوضيحية (Web Annotations)

# File › Desk: working as a team on one shared git repository.
menu-file-desk = مكتب التحرير
menu-file-desk-sync = مزامنة
menu-file-desk-show = إظهار مكتب التحرير
menu-file-desk-join = الانضمام إلى مكتب تحرير…
menu-file-desk-start = إنشاء مكتب تحرير…
toolbar-sync = مزامنة
toolbar-sync-hover = إرسال تغييراتك إلى مكتب التحرير وجلب تغييرات الآخرين ({ $shortcut })
shortcut-sync = المزامنة مع مكتب التحرير
