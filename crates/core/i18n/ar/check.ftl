# The check before export (the Check tab): what a reader of the published
# report would trip over. `claimdesk check` on the command line stays English.
# Titles and values in quotes are the desk's own text.

check-no-verdict = لا تقييم بعد
check-no-source = له تقييم لكنه لا يستشهد بأي مصدر
# $count: how many different publishers the claim's sources come from.
check-too-few-sources = { $count ->
    [zero] مصادره لا تذكر أي ناشر؛ يُنتظر مصدران مستقلان
    [one] مصادره من ناشر واحد؛ يُنتظر مصدران مستقلان
    [two] مصادره من ناشرَين؛ يُنتظر مصدران مستقلان
    [few] مصادره من { $count } ناشرين؛ يُنتظر مصدران مستقلان
    [many] مصادره من { $count } ناشرًا؛ يُنتظر مصدران مستقلان
   *[other] مصادره من { $count } ناشر؛ يُنتظر مصدران مستقلان
}
# $title: the source's title (or its address).
check-not-archived = المصدر «{ $title }» ليست له نسخة مؤرشفة
# $file: the snapshot's file name.
check-snapshot-missing = لقطة من المصدر «{ $title }» مفقودة من مجلد الأدلة ({ $file })
check-snapshot-altered = لقطة من المصدر «{ $title }» عُدِّلت بعد إرفاقها ({ $file })
check-excerpt-not-in-snapshot = المقتطف من المصدر «{ $title }» لم يعد يطابق لقطته
# $count: characters in the claim as reviewed; $max: the limit (75).
check-reviewed-too-long = { $count ->
    [zero] نص الادعاء المُراجَع فارغ؛ ويطلب ClaimReview أقل من { $max }
    [one] طول نص الادعاء المُراجَع حرف واحد؛ ويطلب ClaimReview أقل من { $max }
    [two] طول نص الادعاء المُراجَع حرفان؛ ويطلب ClaimReview أقل من { $max }
    [few] طول نص الادعاء المُراجَع { $count } أحرف؛ ويطلب ClaimReview أقل من { $max }
    [many] طول نص الادعاء المُراجَع { $count } حرفًا؛ ويطلب ClaimReview أقل من { $max }
   *[other] طول نص الادعاء المُراجَع { $count } حرف؛ ويطلب ClaimReview أقل من { $max }
}
# $status: the claim's status (check-status-*).
check-not-approved = لم يُعتمد بعد ({ $status })
check-status-new = جديد
check-status-in-progress = قيد العمل
check-status-ready = جاهز للمراجعة
check-status-approved = معتمد
check-approval-stale = مُعلَّم «معتمد»، لكن ما اعتُمد تغيّر منذ الاعتماد (أو لا يوجد اعتماد مسجَّل): يحتاج إلى مراجعة جديدة
check-no-stance = لم يُحدَّد موقف للمصدر «{ $title }»
check-unresolved-comments = { $count ->
    [zero] لا تعليقات لم تُحلّ
    [one] تعليق واحد لم يُحلّ
    [two] تعليقان لم يُحلّا
    [few] { $count } تعليقات لم تُحلّ
    [many] { $count } تعليقًا لم يُحلّ
   *[other] { $count } تعليق لم يُحلّ
}
check-no-organisation = لم تُحدَّد المؤسسة: تحتاج التقارير وClaimReview إلى جهة ناشرة (author)
check-no-review-url = لم يُحدَّد عنوان http(s) للتحقق: يتطلب ClaimReview عنوان URL للتحقق المنشور
# A date field whose text is not a date: $field (check-field-*), $value as
# typed, $problem (check-date-*).
check-bad-date = { $field } «{ $value }» ليس تاريخًا: { $problem }
check-field-article-published = تاريخ نشر المقال
check-field-article-retrieved = تاريخ استرجاع المقال
check-field-claim-date = تاريخ الادعاء
# $title: the source's title (or its address).
check-field-source-published = تاريخ نشر المصدر «{ $title }»
check-field-source-accessed = تاريخ الاطلاع على المصدر «{ $title }»
check-date-not-iso = استخدم الصيغة YYYY-MM-DD (أو YYYY-MM، أو YYYY)
check-date-no-such-date = لا يوجد هذا التاريخ في التقويم
