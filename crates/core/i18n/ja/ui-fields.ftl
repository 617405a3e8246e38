# Form fields shared by every tab: dates and web addresses.

field-date-hint = YYYY-MM-DD
field-date-form = YYYY-MM-DD の形式で入力してください（YYYY-MM、YYYY も可）
# $date: what was typed.
field-date-not-in-calendar = { $date } は暦にない日付です
field-url-hint = https://…
field-url-open = 開く
# $url: the address typed in the field.
field-url-open-hover = ブラウザーで開く：{ $url }
field-url-open-disabled = ブラウザーで開く：先に http:// または https:// で始まるアドレスを入力してください
# The Open button's name for screen readers; $field: the field's label.
field-url-open-name = ブラウザーで開く（{ $field }）
field-url-not-web = http:// または https:// で始まる必要があります
