# The Suggestions tab (sentences worth checking).

suggest-default = الافتراضي
suggest-show-every-dismissed-suggestion-again = إظهار كل الاقتراحات المتجاهَلة مجددًا
suggest-mark-as-claim = تمييز كادعاء
suggest-enter-the-sentence-or-the = Enter: الجملة، أو الجزء المحدد منها في المقال
suggest-dismiss = تجاهل
suggest-delete-never-suggest-this-sentence = Delete: عدم اقتراح هذه الجملة مجددًا في هذا المشروع
suggest-up-down-walk-enter-mark = Up/Down تنقّل · Enter تمييز · Delete تجاهل
suggest-no-sentence-passes-the-threshold = لا جملة تتجاوز العتبة.
suggest-scoring-cancelled-open-the-suggestions = أُلغي حساب الدرجات: افتح تبويب الاقتراحات مجددًا لإعادة تشغيله
suggest-threshold = العتبة
suggest-summary = { $suggested } مقترحة من أصل { $total ->
    [zero] { $total } جملة
    [one] جملة واحدة
    [two] جملتين
    [few] { $total } جمل
    [many] { $total } جملةً
   *[other] { $total } جملة
}، و{ $done } مُنجزة، و{ $dismissed } متجاهَلة
suggest-restore-dismissed = استعادة المتجاهَلة ({ $count })
# The list's name for screen readers.
suggest-list-name = الجمل المقترحة
# Under a score: the sentence is already a claim.
suggest-done = مُنجزة
# A row's name for screen readers; $score: "0.93".
suggest-row-name = الاقتراح { $number }، الدرجة { $score }: { $sentence }
suggest-row-name-done = الاقتراح { $number }، الدرجة { $score }، مُنجز: { $sentence }
suggest-explained = جمل مرتبة بحسب مدى جدارتها بالتحقق في تقدير نموذج دُرِّب على مناظرات سياسية أمريكية (CLEF CheckThat! 2024). هذا اقتراح، لا تقييم.
suggest-not-english = لا يبدو هذا المقال مكتوبًا بالإنجليزية. دُرِّب النموذج على مناظرات بالإنجليزية، لذا فدرجاته هنا دليل تقريبي، وقد تستحق جملةٌ منخفضة الترتيب التحقق منها.
suggest-internal-error = توقف حساب الدرجات بسبب خطأ داخلي.
suggest-model-unreadable = تعذّرت قراءة نموذج الفرز: { $error }
suggest-could-not-start = تعذّر بدء حساب الدرجات: { $error }
suggest-scoring = جارٍ حساب درجات جمل المقال…
suggest-cancelled = أُلغي حساب الدرجات. اختر تبويبًا آخر ثم عُد إلى هنا لبدئه مجددًا.
