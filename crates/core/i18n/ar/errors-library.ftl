# سبب عدم إضافة ملف إلى مكتبة التحققات السابقة.
# $detail رسالة القارئ أو النظام كما وصلت.

library-why-not-a-file = ليس ملفًا عاديًا (أنبوب أو جهاز أو مقبس): لم يُقرأ
library-why-too-large = أكبر من { $limit } ميغابايت
library-why-not-utf8 = ليس نصًا بترميز UTF-8
library-why-lines-skipped = { $count ->
    [zero] لم يُتخطَّ أي سطر
    [one] تُخطّي سطر واحد بلا معرّف أو ادعاء
    [two] تُخطّي سطران بلا معرّف أو ادعاء
    [few] تُخطّيت { $count } أسطر بلا معرّف أو ادعاء
    [many] تُخطّي { $count } سطرًا بلا معرّف أو ادعاء
   *[other] تُخطّي { $count } سطر بلا معرّف أو ادعاء
}
library-why-no-such-file = لا يوجد ملف أو مجلد بهذا الاسم
library-why-too-deep = مجلد على عمق أكثر من { $depth } مجلدات: لم يُبحث فيه
library-why-unknown-kind = ليس مشروعًا (.ron) ولا ClaimReview (.json أو .jsonld أو .html) ولا ملف TSV؛ استخدم --format tsv لقائمة TSV
library-why-no-claims = لا ادعاءات في المشروع
library-why-no-claimreview = لا يحتوي على ClaimReview
library-why-no-lines = لا أسطر لإضافتها
library-why-as-said = { $detail }
