# Créer une rédaction… : copier le fichier du projet (et ses captures) dans le dossier de la rédaction.

desk-copy-not-a-file = { $path } n'est pas un fichier
desk-copy-failed = impossible de copier { $path } : { $detail }
desk-copy-make-failed = impossible de créer { $path } : { $detail }
desk-copy-read-failed = impossible de lire { $path } : { $detail }
desk-added-not-sent = le projet a été ajouté, mais n'a pas encore pu être envoyé : { $reason }
