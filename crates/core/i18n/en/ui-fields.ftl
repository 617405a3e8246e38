# Form fields shared by every tab: dates and web addresses.

field-date-hint = YYYY-MM-DD
field-date-form = Use the form YYYY-MM-DD (or YYYY-MM, or YYYY)
# $date: what was typed.
field-date-not-in-calendar = { $date } is not a date in the calendar
field-url-hint = https://…
field-url-open = Open
# $url: the address typed in the field.
field-url-open-hover = Open in browser: { $url }
field-url-open-disabled = Open in browser: type an http:// or https:// address first
# The Open button's name for screen readers; $field: the field's label.
field-url-open-name = Open in browser ({ $field })
field-url-not-web = Must start with http:// or https://
