# Pourquoi la Wayback Machine n'a pas pu être jointe ou comprise.
archive-why-host-not-found = l'adresse de l'archive est introuvable
archive-why-no-connection = pas de connexion
archive-why-not-json = pas du JSON : { $detail }
archive-why-names-no-capture = « { $address } » ne désigne aucune capture
archive-why-capture-without-url = une capture sans adresse
