# إنشاء مكتب تحرير…: نسخ ملف المشروع (ولقطاته) إلى مجلد مكتب التحرير.

desk-copy-not-a-file = { $path } ليس ملفًا
desk-copy-failed = تعذّر نسخ { $path }: { $detail }
desk-copy-make-failed = تعذّر إنشاء { $path }: { $detail }
desk-copy-read-failed = تعذّرت قراءة { $path }: { $detail }
desk-added-not-sent = أُضيف المشروع، لكن تعذّر إرساله حتى الآن: { $reason }
