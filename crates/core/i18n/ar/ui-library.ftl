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
library-projects-ron-claimreview-json-jsonld = مشاريع (.ron) أو ClaimReview (.json، .jsonld، .html) أو قوائم TSV
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
