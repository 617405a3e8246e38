# ما جلبته المزامنة من الآخرين («تمت المزامنة: Ben اعتمد #3 و#7، علّق على #5»)
# وملاحظات قائمة الانتظار في تبويب مكتب التحرير.

## ما وصل

sync-person = { $who } { $deeds }
sync-someone = شخص ما
sync-claim = #{ $number }
sync-claims-count = { $count ->
    [zero] لا ادعاءات
    [one] ادعاءً واحدًا
    [two] ادعاءين
    [few] { $count } ادعاءات
    [many] { $count } ادعاءً
   *[other] { $count } ادعاء
}
sync-approved = اعتمد { $claims }
sync-returned = أعاد { $claims }
sync-approval-withdrawn = سحب اعتماد { $claims }
sync-marked-ready = أرسل { $claims } للمراجعة
sync-verdict = قيّم { $claims }
sync-corrected = صحّح { $claims }
sync-commented = علّق على { $claims }
sync-resolved-comments = حلّ تعليقات على { $claims }
sync-evidence = غيّر أدلة { $claims }
sync-edited = حرّر { $claims }
sync-added = أضاف { $claims }
sync-status = غيّر حالة { $claims }
sync-publication-recorded = سجّل النشر
sync-changes = { $changes }
sync-project-changes = { $title }: { $changes }
sync-new-project = مشروع جديد «{ $title }»

## قائمة الانتظار في تبويب مكتب التحرير

queue-verdict-by = قيّمه { $name }
queue-verdict-before-activity = قُيِّم قبل بدء تسجيل النشاط
queue-returned-by = أعاده { $name }
queue-comment = { $name }: { $text }
queue-item = #{ $number }: { $text } ({ $note })
queue-item-titled = { $title } #{ $number }: { $text } ({ $note })
