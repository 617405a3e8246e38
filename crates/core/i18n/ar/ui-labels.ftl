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
