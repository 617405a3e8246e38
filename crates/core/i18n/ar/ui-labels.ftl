# The fixed choices of the model as the window shows them.

# A claim's status in the workflow.
status-new = جديد
status-in-progress = قيد العمل
status-ready-for-review = جاهز للمراجعة
status-approved = معتمد

# How a source bears on a claim.
stance-unset = لم يُحدَّد الموقف
stance-supports = تأييد
stance-refutes = نفي
stance-context = سياق

# How far a source can be trusted.
reliability-credible = موثوق
reliability-mixed = متفاوت
reliability-not-credible = غير موثوق
reliability-unknown = غير معروف

# Why a review step cannot be taken (the Approve button's reason, the status bar).
review-error-no-such-claim = لم يعد الادعاء موجودًا
review-error-no-such-comment = لم يعد التعليق موجودًا
review-error-no-name = يحتاج الاعتماد إلى اسمك: عيّنه من «تحرير › اسمك…» ليُعرف من أصدر الاعتماد
review-error-own-verdict = أنت من عيّن هذا التقييم: يجب أن يعتمده شخص آخر
review-error-no-verdict = ليس للادعاء تقييم (أو خلاصة) يمكن اعتماده بعد
# $status: the claim's status, e.g. In progress.
review-error-not-ready = لا يُعتمد إلا ادعاء حالته «جاهز للمراجعة»؛ وحالة هذا الادعاء «{ $status }»
review-error-empty-comment = اكتب تعليقًا أولًا
review-error-empty-note = هذا الادعاء منشور: يتطلب تغيير تقييمه أو تعليله ملاحظة تصحيح
review-error-needs-correction-note = هذا الادعاء منشور: غيّر تقييمه أو تعليله عبر «تصحيح…»، الذي يطلب ملاحظة تصحيح
review-error-approve-by-sign-off = لا يصبح الادعاء «معتمدًا» إلا باعتماد مُراجِع (زر «اعتماد»)
review-error-nothing-to-correct = لم يتغير شيء
