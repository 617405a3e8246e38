# سبب تعذّر قراءة نموذج اكتشاف الادعاءات المضمَّن في ClaimDesk.
# لا تظهر هذه الرسائل إلا في تثبيت تالف.

triage-error-cut-off = ملف النموذج مقطوع
triage-error-not-a-model = ليس نموذج فرز من ClaimDesk
triage-error-unknown-shape = ملف النموذج ذو بنية غير معروفة
triage-error-embedding = كتلة المتجهات في النموذج لا تطابق كتلة المكتبة
triage-error-trailing-bytes = في ملف النموذج بايتات زائدة في آخره
