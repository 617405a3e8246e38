# تحقق سابق مربوط بادعاء، في تبويب المكتبة.

library-previous-by-on = { $organisation }، { $date }
library-previous-verdict = { $by }: { $verdict }
library-previous-line = { $by } — «{ $claim }»
