# Form fields shared by every tab: dates and web addresses.
# Brazilian Portuguese: docs/i18n/glossary-pt-BR.md (você; infinitive for buttons and menu items).

field-date-hint = AAAA-MM-DD
field-date-form = Use o formato AAAA-MM-DD (ou AAAA-MM, ou AAAA)
# $date: what was typed.
field-date-not-in-calendar = { $date } não é uma data do calendário
field-url-hint = https://…
field-url-open = Abrir
# $url: the address typed in the field.
field-url-open-hover = Abrir no navegador: { $url }
field-url-open-disabled = Abrir no navegador: digite primeiro um endereço http:// ou https://
# The Open button's name for screen readers; $field: the field's label.
field-url-open-name = Abrir no navegador ({ $field })
field-url-not-web = Deve começar com http:// ou https://
