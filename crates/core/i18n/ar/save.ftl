# سبب تعذّر حفظ المشروع.

save-error-serialize = تعذّرت كتابة المشروع: { $detail }
save-error-io = تعذّر حفظ { $path } ({ $step }): { $detail }
save-step-following-link = عند تتبّع الرابط
save-step-temporary-file = عند إنشاء ملف مؤقت
save-step-writing = عند الكتابة
save-step-flushing = عند الحفظ على القرص
save-step-backup = عند الاحتفاظ بالنسخة السابقة بامتداد bak
save-step-replacing = عند استبدال الملف
save-step-recovery-folder = عند إنشاء مجلد الاستعادة
save-step-reading-back = عند إعادة قراءة ما كُتب
