# ملف › استيراد التعليقات التوضيحية…: ما فعله الاستيراد.

annotations-format-w3c = W3C Web Annotations
annotations-format-hypothesis = ملف تصدير Hypothesis
annotations-format-claimreview = ClaimReview
annotations-imported = { $count ->
    [zero] لم يُستورد أي ادعاء ({ $format }): { $outcomes }
    [one] استُورد ادعاء واحد ({ $format }): { $outcomes }
    [two] استُورد ادعاءان ({ $format }): { $outcomes }
    [few] استُوردت { $count } ادعاءات ({ $format }): { $outcomes }
    [many] استُورد { $count } ادعاءً ({ $format }): { $outcomes }
   *[other] استُورد { $count } ادعاء ({ $format }): { $outcomes }
}
annotations-anchored = في مكانه: { $count }
annotations-moved = في مكان آخر: { $count }
annotations-orphaned = مفقود: { $count }
annotations-already-present = موجود مسبقًا: { $count }
annotations-skipped = متروك: { $count }

## سطر لكل تعليق توضيحي ينبغي النظر فيه

annotations-wording-differs = صياغة مختلفة: «{ $quote }»
annotations-not-found = مفقود: «{ $quote }»
annotations-skipped-entry = تُرك: { $why }
annotations-unknown-verdict = التقييم «{ $verdict }» ليس في سلّم المشروع، فتُرك الادعاء بلا تقييم

## سبب ترك المدخل

annotations-skipped-reply = الصف { $number }: رد
annotations-skipped-page-note = الصف { $number }: ملاحظة على الصفحة
annotations-skipped-no-quote = الصف { $number }: لا اقتباس من النص لتثبيته
annotations-skipped-not-annotation = العنصر { $number }: ليس تعليقًا توضيحيًا
annotations-skipped-excerpt = العنصر { $number }: مقتطف من مصدر وليس ادعاءً
annotations-skipped-item-no-quote = العنصر { $number }: لا اقتباس من النص لتثبيته
annotations-skipped-no-claim-reviewed = ClaimReview { $number }: لا يوجد claimReviewed

## سبب تعذّر استيراد الملف

annotations-error-read = تعذّرت قراءة الملف: { $detail }
annotations-error-too-large = حجم الملف { $size } ميغابايت، ولا تُستورد ملفات التعليقات التوضيحية الأكبر من { $limit } ميغابايت
annotations-error-not-json = ليس ملف تعليقات توضيحية بصيغة JSON: { $detail }
annotations-error-too-deep = مستويات التداخل في JSON أكثر من أن تكون تعليقات توضيحية (أكثر من 128 مستوى)
annotations-error-too-many = يحتوي الملف على { $count } تعليق توضيحي، ولا يُستورد أكثر من { $max } دفعة واحدة
annotations-error-nothing = لم يُعثر على تعليقات توضيحية: المتوقع W3C Web Annotations (JSON-LD) أو ملف تصدير Hypothesis أو ClaimReview JSON-LD
