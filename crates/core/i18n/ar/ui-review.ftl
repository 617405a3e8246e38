# The review panel and its dialogs: ready for review, approve, return, comments, corrections, publication.

review-review-comments = تعليقات المراجعة
review-but-what-was-approved-has = …لكن ما اعتُمد تغيّر منذ ذلك الحين (التقييم أو التعليل أو الأدلة): لم يعد هذا الاعتماد ساريًا؛ أرسِل الادعاء للمراجعة مجددًا
review-mark-ready-for-review = إرسال للمراجعة
review-approve = اعتماد
review-sign-off-this-claim-as = اعتماد هذا الادعاء باسمك
review-new-comment = تعليق جديد
review-a-question-or-a-request = سؤال أو طلب إلى مدقق الحقائق
review-add-comment = إضافة تعليق
review-return-with-comment = إعادة مع تعليق
review-send-the-claim-back-to = إعادة الادعاء إلى «قيد العمل» مع هذا التعليق لبيان السبب
review-write-a-comment-first-only = اكتب تعليقًا أولًا؛ لا يُعاد إلا ادعاء قيد المراجعة
review-nothing-recorded-yet = لم يُسجَّل شيء بعد.
review-deleted-claim = #? (ادعاء محذوف)
review-cancel = إلغاء
review-your-name = اسمك
review-first-and-last-name-as = الاسم الأول واسم العائلة، كما يظهر في الاعتمادات
review-save-name = حفظ الاسم
review-correct-a-published-claim = تصحيح ادعاء منشور
review-verdict = التقييم
review-none = بلا تقييم
review-publish-correction = نشر التصحيح
review-change-the-verdict-or-rationale = غيّر التقييم أو التعليل واكتب ملاحظة أولًا
review-no-approved-claim-is-waiting = لا يوجد ادعاء معتمد بانتظار النشر
review-conclusion = الخلاصة
review-rationale = التعليل
review-correction-note = ملاحظة التصحيح
review-what-was-wrong-and-what = ما كان خطأً وما الذي تغيّر، للقرّاء
# Who did something, when the entry has no name.
review-someone = شخص ما
review-source-deleted = مصدر حُذف لاحقًا
review-source-named = المصدر «{ $title }»
# $who: a name; $time: "2025-10-29 09:40".
review-approved-by = اعتمده { $who } في { $time }
review-published-on = نُشر في { $day }
# $reason: what keeps the approval off, e.g. "the claim has no verdict".
review-approve-is-off = الاعتماد غير متاح: { $reason }
review-comments-heading = التعليقات (المفتوح منها { $open } من أصل { $total })
review-reopen = إعادة فتح
review-resolve = حل
review-activity-heading = النشاط ({ $count })
review-go-to-claim = الانتقال إلى الادعاء { $number }

# The claim's activity: "2025-10-29 09:40  Ana set the status to In progress".
# Arabic: "الوقت  الاسم: فعل" with verbal nouns, so the verb need not agree
# with the gender of a name the program does not know.
activity-entry = { $time }  { $who }: { $what }
activity-created = إنشاء الادعاء
activity-verdict-set = تعيين التقييم إلى { $verdict }
activity-verdict-removed = تقييم حُذف لاحقًا
activity-conclusion-written = كتابة الخلاصة
activity-verdict-cleared = إزالة التقييم
activity-status-set = تعيين الحالة إلى { $status }
activity-approved = اعتماد الادعاء
activity-returned = إعادة الادعاء مع تعليق
activity-span-moved = نقل مقطع الادعاء
activity-corrected = تصحيح الادعاء بعد النشر
# $source: "source “Reuters report”".
activity-source-linked = ربط { $source }
activity-source-unlinked = إلغاء ربط { $source }
activity-stance-set = تعيين موقف { $source } إلى { $stance }
activity-excerpt-changed = تغيير المقتطف من { $source }
activity-rationale-edited = تحرير التعليل
activity-reviewed-edited = تحرير نص الادعاء المُراجَع
activity-commented = إضافة تعليق
activity-comment-resolved = حل تعليق
activity-comment-reopened = إعادة فتح تعليق
activity-approval-withdrawn = تغيير ما اعتُمد: لم يعد الاعتماد ساريًا
activity-name-changed = تغيير الاسم في هذه النافذة من { $from } إلى { $to }
activity-publication-recorded = تسجيل النشر في { $day }
review-welcome = مرحبًا بك في ClaimDesk
review-your-name-heading = اسمك
review-your-name-why = يرافق اسمك ما تفعله بالادعاء: التقييمات والتعليقات والاعتمادات. يحتاج المحرر إلى اسم ليعتمد ادعاءً، ولا يستطيع من عيّن التقييم أن يعتمده.
review-skip = تخطٍّ
review-correction-why = نُشرت مراجعة هذا الادعاء. غيّر تقييمه أو تعليله هنا؛ وتُنشر ملاحظة التصحيح في قسم «التصحيحات» في التقارير.
# $claim: "#3 “Japan will double…”".
review-mark-ready-question = إرسال الادعاء { $claim } للمراجعة؟
review-mark-ready-anyway = الإرسال للمراجعة رغم ذلك
review-approve-question = اعتماد الادعاء { $claim }؟
review-approve-anyway = الاعتماد رغم ذلك
# What a claim lacks, listed before Mark ready for review.
review-gap-no-verdict = ليس له تقييم
review-gap-no-conclusion = ليست له خلاصة
review-gap-no-source = لا يستشهد بأي مصدر
review-gap-stances-unset = { $count ->
    [zero] لا مصادر مربوطة بلا موقف
    [one] مصدر مربوط واحد لم يُحدَّد موقفه
    [two] مصدران مربوطان لم يُحدَّد موقفهما
    [few] { $count } مصادر مربوطة لم يُحدَّد موقفها
    [many] { $count } مصدرًا مربوطًا لم يُحدَّد موقفه
   *[other] { $count } مصدر مربوط لم يُحدَّد موقفه
}
# Listed before Approve; $who: a name; $text: the comment.
review-comment-still-open = تعليق { $who } ما زال مفتوحًا: «{ $text }»
