# سبب تعذّر دمج نسختين من مشروع. $detail رسالة القارئ كما وصلت.


merge-error-unreadable = تعذّرت قراءة مشروع: { $detail }
merge-error-does-not-hold = المشروع المدموج غير متماسك: { $detail }
merge-error-item-does-not-hold = { $item } المدموج غير متماسك: { $detail }

## Settling a conflict (the Conflicts tab)

resolve-error-already-resolved = سبق حلّ هذا التعارض
resolve-error-claim-gone = لم يعد الادعاء في المشروع
resolve-error-source-gone = لم يعد المصدر في المشروع
resolve-error-article-needs-text = يحتاج المقال إلى نص
resolve-error-cannot-take = لا يمكن أخذ هذه القيمة: { $detail }
resolve-error-does-not-fit = القيمة لا تناسب هذا الموضع: { $detail }
resolve-error-as-said = { $detail }
