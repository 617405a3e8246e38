# سبب تعذّر إجراء تغيير أو التراجع عنه أو إعادته. $id: المعرّف في الملف.

edit-error-no-such-claim = الادعاء { $id } لم يعد موجودًا
edit-error-no-such-source = المصدر { $id } لم يعد موجودًا
edit-error-duplicate-claim = يوجد ادعاء بالمعرّف { $id } بالفعل
edit-error-duplicate-source = يوجد مصدر بالمعرّف { $id } بالفعل
