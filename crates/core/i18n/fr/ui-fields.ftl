# Form fields shared by every tab: dates and web addresses.
# French: docs/i18n/glossary-fr.md (vous; infinitive for buttons and menu items;
# a no-break space U+00A0 before colons, semicolons, question and exclamation marks).

field-date-hint = AAAA-MM-JJ
field-date-form = Utilisez la forme AAAA-MM-JJ (ou AAAA-MM, ou AAAA)
# $date: what was typed.
field-date-not-in-calendar = { $date } n'est pas une date du calendrier
field-url-hint = https://…
field-url-open = Ouvrir
# $url: the address typed in the field.
field-url-open-hover = Ouvrir dans le navigateur : { $url }
field-url-open-disabled = Ouvrir dans le navigateur : saisissez d'abord une adresse http:// ou https://
# The Open button's name for screen readers; $field: the field's label.
field-url-open-name = Ouvrir dans le navigateur ({ $field })
field-url-not-web = Doit commencer par http:// ou https://
