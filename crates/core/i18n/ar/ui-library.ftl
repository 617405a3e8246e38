# The Library tab ("Checked before") and its worker's messages.

library-checked-before = سبق التحقق منه
library-the-library-is-off-there = المكتبة معطّلة: لا يوجد مجلد بيانات لحفظها فيه.
library-select-a-claim-to-see = حدّد ادعاءً لرؤية التحققات السابقة منه.
library-linked-as-previous-checks = مربوطة كتحققات سابقة
library-unlink = إلغاء الربط
library-search-the-library = البحث في المكتبة
library-words-of-a-claim = كلمات من ادعاء
library-search = بحث
library-library-settings = إعدادات المكتبة
library-add-past-checks = إضافة تحققات سابقة…
library-files = ملفات…
library-projects-ron-claimreview-json-jsonld = مشاريع (ron) أو ClaimReview (json، jsonld، html) أو قوائم TSV
library-a-folder = مجلد…
library-every-project-claimreview-and-tsv = كل ملفات المشاريع وClaimReview وTSV فيه وفي المجلدات التي تحته
library-add-earlier-fact-checks-to = إضافة تحققات سابقة إلى المكتبة، كما يفعل `claimdesk library add`
library-add-projects-to-the-library = إضافة المشاريع إلى المكتبة عند حفظها
library-folder = المجلد
library-use-folder = استخدام المجلد
library-searching-the-library = جارٍ البحث في المكتبة…
library-keep-this-as-an-earlier = الاحتفاظ بهذا تحققًا سابقًا من الادعاء المحدد؛ وتستشهد به التقارير
library-the-library-is-off-there-2 = المكتبة معطّلة: لا يوجد مجلد بيانات لحفظها فيه
library-past-checks-are-being-added = تجري إضافة تحققات سابقة بالفعل
library-add-past-checks-2 = إضافة تحققات سابقة
# $number: the selected claim's number.
library-earlier-checks-like = تحققات سابقة تشبه #{ $number }
library-unknown-organisation = جهة غير معروفة
library-empty = المكتبة فارغة. أضف تحققات سابقة عبر «إضافة تحققات سابقة…» أدناه أو `claimdesk library add PATH…` (مشاريع، ملفات ClaimReview، مجلدات)، أو احفظ مشروعًا هنا مع تفعيل «إضافة المشاريع إلى المكتبة عند حفظها» أدناه.
# $grouped: the count with thousands separated ("1,234"); $count chooses the form.
library-no-close-match-count = { $count ->
    [zero] لا يوجد تطابق قريب في المكتبة ({ $grouped } إدخال).
    [one] لا يوجد تطابق قريب في المكتبة (إدخال واحد).
    [two] لا يوجد تطابق قريب في المكتبة (إدخالان).
    [few] لا يوجد تطابق قريب في المكتبة ({ $grouped } إدخالات).
    [many] لا يوجد تطابق قريب في المكتبة ({ $grouped } إدخالًا).
   *[other] لا يوجد تطابق قريب في المكتبة ({ $grouped } إدخال).
}
library-no-close-match = لا يوجد تطابق قريب في المكتبة.
library-search-failed = تعذّر البحث في المكتبة: { $error }
library-strong-match = تطابق قوي
library-possible-match = تطابق محتمل
library-weak-match = تطابق ضعيف
library-link-to-claim = ربطه بالادعاء #{ $number } تحققًا سابقًا
library-linked-to-claim = مربوط بالادعاء #{ $number }
library-no-verdict = بلا تقييم
# Scores: $strong, $possible and $floor are numbers such as 20.
library-score-hover = مدى قرب التطابق: درجة البحث، والأعلى أقرب. قوي ابتداءً من { $strong }، ومحتمل ابتداءً من { $possible }؛ ولا يعرض مربع البحث ما دون { $floor }.
