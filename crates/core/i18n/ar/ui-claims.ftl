# The claim list and the claim editor.

claims-search-claims = البحث في الادعاءات
claims-quote-claim-claimant-tag = المقطع، الادعاء، صاحب الادعاء، الوسم…
claims-verdict = التقييم
claims-status = الحالة
claims-all-statuses = كل الحالات
claims-no-claim-selected = لم يُحدَّد أي ادعاء
claims-delete = حذف…
claims-delete-this-claim-asks-first = حذف هذا الادعاء (يُطلب التأكيد أولًا)
claims-show-in-article = إظهار في المقال
claims-not-found-in-the-current = لم يُعثر عليه في النسخة الحالية من المقال: هذا المقطع من نسخة سابقة.
claims-approved = معتمد
claims-correct = تصحيح…
claims-sources = المصادر
claims-tags = الوسوم
claims-remove-tag = إزالة الوسم
claims-add-tag = إضافة وسم
claims-type-a-tag-and-press = اكتب وسمًا واضغط Enter
claims-show-in-sources = إظهار في المصادر
claims-unlink = إلغاء الربط
claims-remove-this-source-from-the = إزالة هذا المصدر من الادعاء
claims-open-link = فتح الرابط
claims-archived-copy = النسخة المؤرشفة
claims-stance = الموقف
claims-choose-a-stance = اختر موقفًا…
claims-link = ربط
claims-new-source = مصدر جديد
claims-add-a-source-to-the = إضافة مصدر إلى المشروع وربطه هنا
claims-claim-as-reviewed = نص الادعاء المُراجَع
claims-a-short-neutral-restatement = إعادة صياغة قصيرة ومحايدة
claims-claimant = صاحب الادعاء
claims-who-made-the-claim = من أطلق الادعاء
claims-claim-date = تاريخ الادعاء
claims-conclusion = الخلاصة
claims-what-the-evidence-shows-in = ما تُظهره الأدلة، بكلمات بسيطة
claims-rationale = التعليل
claims-why-this-verdict-what-the = لماذا هذا التقييم: ما تُظهره المصادر
claims-excerpt = المقتطف
claims-the-passage-of-the-source = مقطع المصدر المتصل بالادعاء
claims-none-yet = لا ادعاءات بعد.
    حدّد مقطعًا في المقال واضغط «تمييز كادعاء» (Ctrl+M).
# The claim list's name for screen readers; $shown: "2 of 3 claims".
claims-list-name = الادعاءات، المعروض منها { $shown }
claims-shown-of-total = { $total ->
    [zero] { $shown } من أصل { $total } ادعاء
    [one] { $shown } من أصل ادعاء واحد
    [two] { $shown } من أصل ادعاءين
    [few] { $shown } من أصل { $total } ادعاءات
    [many] { $shown } من أصل { $total } ادعاءً
   *[other] { $shown } من أصل { $total } ادعاء
}
claims-all-verdicts = كل التقييمات
claims-unrated = بلا تقييم
claims-no-conclusion = بلا خلاصة
claims-concluded = بخلاصة
claims-sources-count = { $count ->
    [zero] لا مصادر
    [one] مصدر واحد
    [two] مصدران
    [few] { $count } مصادر
    [many] { $count } مصدرًا
   *[other] { $count } مصدر
}
claims-open-comments-count = { $count ->
    [zero] لا تعليقات مفتوحة
    [one] تعليق مفتوح واحد
    [two] تعليقان مفتوحان
    [few] { $count } تعليقات مفتوحة
    [many] { $count } تعليقًا مفتوحًا
   *[other] { $count } تعليق مفتوح
}
claims-row-not-found = لم يُعثر عليه في النص الحالي
claims-row-not-found-name = لم يُعثر عليه في النص الحالي
# A claim row's name for screen readers; the status and counts follow.
claims-row-name = الادعاء { $number }: { $title } — { $verdict }
claims-editor-empty = انقر على مقطع مميَّز في المقال أو على ادعاء في القائمة.

    لإضافة ادعاء، حدّد مقطعًا (بالسحب، أو Shift+مفاتيح الأسهم) واضغط «تمييز كادعاء» (Ctrl+M).
claims-editor-heading = الادعاء #{ $number }
# The chip of a claim in a project without a rating scale.
claims-conclusion-chip = الخلاصة
# Where the quote sits in the article, in characters.
claims-characters-range = الأحرف { $start }–{ $end }
# $limit: what ClaimReview readers show in full.
claims-reviewed-too-long = { $count ->
    [zero] { $count } حرف: اجعله أقل من { $limit } من أجل ClaimReview
    [one] حرف واحد: اجعله أقل من { $limit } من أجل ClaimReview
    [two] حرفان: اجعله أقل من { $limit } من أجل ClaimReview
    [few] { $count } أحرف: اجعله أقل من { $limit } من أجل ClaimReview
    [many] { $count } حرفًا: اجعله أقل من { $limit } من أجل ClaimReview
   *[other] { $count } حرف: اجعله أقل من { $limit } من أجل ClaimReview
}
claims-reviewed-length = { $limit ->
    [zero] { $count } من أصل { $limit } حرف
    [one] { $count } من أصل حرف واحد
    [two] { $count } من أصل حرفين
    [few] { $count } من أصل { $limit } أحرف
    [many] { $count } من أصل { $limit } حرفًا
   *[other] { $count } من أصل { $limit } حرف
}
claims-published-locked = نُشر في { $day }: لا يتغير التقييم والتعليل إلا بتصحيح.
claims-no-verdict-yet = لم يُختر تقييم بعد.
claims-untitled-source = (مصدر بلا عنوان)
claims-link-a-source = ربط مصدر…
