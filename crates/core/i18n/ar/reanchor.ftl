# استبدال بنسخة جديدة…: ما آلت إليه الادعاءات في النص الجديد.

reanchor-summary = { $count ->
    [zero] لا ادعاءات
    [one] ادعاء واحد
    [two] ادعاءان
    [few] { $count } ادعاءات
    [many] { $count } ادعاءً
   *[other] { $count } ادعاء
} — في مكانه: { $kept }، في مكان آخر: { $moved }، بصياغة مختلفة: { $changed }، مفقود: { $orphaned }
reanchor-kept = في مكانه
reanchor-moved = في مكان آخر
reanchor-changed = بصياغة مختلفة
reanchor-not-found = مفقود
reanchor-claim = #{ $number } { $outcome } — «{ $quote }»
