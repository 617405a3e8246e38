# Form fields shared by every tab: dates and web addresses.
# Spanish: docs/i18n/glossary-es.md (tú; infinitive for buttons and menu items).

field-date-hint = AAAA-MM-DD
field-date-form = Usa el formato AAAA-MM-DD (o AAAA-MM, o AAAA)
# $date: what was typed.
field-date-not-in-calendar = { $date } no es una fecha del calendario
field-url-hint = https://…
field-url-open = Abrir
# $url: the address typed in the field.
field-url-open-hover = Abrir en el navegador: { $url }
field-url-open-disabled = Abrir en el navegador: primero escribe una dirección http:// o https://
# The Open button's name for screen readers; $field: the field's label.
field-url-open-name = Abrir en el navegador ({ $field })
field-url-not-web = Debe empezar por http:// o https://
