# سبب فشل أرشفة مصدر في Wayback Machine، أو إرفاق لقطة أو قراءتها أو نسخها.
# ما قالته الشبكة أو النظام يصل في $why أو $detail كما قيل.


## Archiving (Wayback Machine)

archive-error-offline = تعذّر الوصول إلى الأرشيف ({ $why }): تحقّق من الاتصال بالشبكة وحاول مجددًا
archive-error-rate-limited = الأرشيف يحدّ من الطلبات (HTTP 429): انتظر بضع دقائق وحاول مجددًا
archive-error-refused = رفض الأرشيف أرشفة هذه الصفحة (HTTP { $code }): قد يمنع الموقع الأرشفة؛ أرفق لقطة بدلًا من ذلك
archive-error-unavailable = أخفق الأرشيف (HTTP { $code }): حاول لاحقًا
archive-error-timed-out = لم يُجب الأرشيف في الوقت المحدد: قد يكون مشغولًا، حاول لاحقًا
archive-error-bad-answer = تعذّر فهم ردّ الأرشيف: { $why }
archive-error-no-capture = قبِل الأرشيف الطلب لكن لا نسخة مؤرشفة بعد: حاول مجددًا بعد بضع دقائق
archive-error-cancelled = أُلغي
archive-error-endpoint = «{ $address }» ليس عنوان أرشيف صالحًا: أدخل عنوان URL يبدأ بـ https:// (و http:// فقط لـ 127.0.0.1 أو localhost أو [::1])

## Snapshots

evidence-error-unsaved = احفظ المشروع أولًا: تُحفظ اللقطات في مجلد بجوار ملف المشروع
evidence-error-refused = لم يُرفق { $path }: { $detail }
evidence-error-io = { $path }: { $detail }
evidence-error-missing = ملف اللقطة { $path } مفقود
evidence-error-bad-name = يسمّي المشروع ملف لقطة «{ $name }» وهو ليس بصمة SHA-256: مرفوض
evidence-error-linked-folder = { $path } رابط إلى مكان آخر؛ لا تُحفظ اللقطات إلا في مجلد حقيقي بجوار المشروع
evidence-error-altered = تغيّر ملف اللقطة { $path } بعد إرفاقه (بصمة SHA-256 مختلفة)
