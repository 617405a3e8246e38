# Form fields shared by every tab: dates and web addresses.

field-date-hint = YYYY-MM-DD
field-date-form = استخدم الصيغة YYYY-MM-DD (أو YYYY-MM، أو YYYY)
# $date: what was typed.
field-date-not-in-calendar = { $date } ليس تاريخًا موجودًا في التقويم
field-url-hint = https://…
field-url-open = فتح
# $url: the address typed in the field.
field-url-open-hover = فتح في المتصفح: { $url }
field-url-open-disabled = فتح في المتصفح: اكتب أولًا عنوانًا يبدأ بـ http:// أو https://
# The Open button's name for screen readers; $field: the field's label.
field-url-open-name = فتح في المتصفح ({ $field })
field-url-not-web = يجب أن يبدأ بـ http:// أو https://
