# تعذّر فتح فهرس المكتبة كما كان، فأُعيد بناؤه من قائمة ملفاته.
library-index-rebuilt = فهرس المكتبة { $why } وأُعيد بناؤه: { $summary }
library-index-missing = كان مفقودًا
library-index-other-version = أُنشئ بإصدار آخر من ClaimDesk
library-index-damaged = كان تالفًا ({ $detail })
library-rebuilt = { $count ->
    [zero] لم تُعَد إضافة أي ملف
    [one] أُعيدت إضافة ملف واحد
    [two] أُعيدت إضافة ملفين
    [few] أُعيدت إضافة { $count } ملفات
    [many] أُعيدت إضافة { $count } ملفًا
   *[other] أُعيدت إضافة { $count } ملف
}
library-rebuilt-dropped = { $count ->
    [zero] لم تُعَد إضافة أي ملف
    [one] أُعيدت إضافة ملف واحد
    [two] أُعيدت إضافة ملفين
    [few] أُعيدت إضافة { $count } ملفات
    [many] أُعيدت إضافة { $count } ملفًا
   *[other] أُعيدت إضافة { $count } ملف
}؛ { $dropped ->
    [zero] لم يُحذف أي ملف
    [one] تعذّرت قراءة ملف واحد فحُذف
    [two] تعذّرت قراءة ملفين فحُذفا
    [few] تعذّرت قراءة { $dropped } ملفات فحُذفت
    [many] تعذّرت قراءة { $dropped } ملفًا فحُذفت
   *[other] تعذّرت قراءة { $dropped } ملف فحُذفت
}: { $files }
