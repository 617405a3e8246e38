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
