# Pourquoi l'archivage d'une source dans la Wayback Machine, ou l'ajout, la lecture
# ou la copie d'une capture a échoué. Ce que le réseau ou le système a dit arrive tel quel.


## Archiving (Wayback Machine)

archive-error-offline = impossible de joindre l'archive ({ $why }) : vérifiez la connexion réseau et réessayez
archive-error-rate-limited = l'archive limite les demandes (HTTP 429) : patientez quelques minutes et réessayez
archive-error-refused = l'archive a refusé d'archiver cette page (HTTP { $code }) : le site bloque peut-être l'archivage ; joignez plutôt une capture
archive-error-unavailable = l'archive a échoué (HTTP { $code }) : réessayez plus tard
archive-error-timed-out = l'archive n'a pas répondu à temps : elle est peut-être occupée, réessayez plus tard
archive-error-bad-answer = la réponse de l'archive n'a pas été comprise : { $why }
archive-error-no-capture = l'archive a accepté la demande mais n'a pas encore de copie archivée : réessayez dans quelques minutes
archive-error-cancelled = annulé
archive-error-endpoint = « { $address } » n'est pas une adresse d'archive utilisable : indiquez une URL https:// (http:// seulement pour 127.0.0.1, localhost ou [::1])

## Snapshots

evidence-error-unsaved = enregistrez d'abord le projet : les captures sont gardées dans un dossier à côté du fichier du projet
evidence-error-refused = { $path } n'a pas été joint : { $detail }
evidence-error-io = { $path } : { $detail }
evidence-error-missing = le fichier de capture { $path } est introuvable
evidence-error-bad-name = le projet nomme un fichier de capture « { $name } », qui n'est pas un hachage SHA-256 : refusé
evidence-error-linked-folder = { $path } est un lien vers un autre endroit ; les captures ne sont gardées que dans un vrai dossier à côté du projet
evidence-error-altered = le fichier de capture { $path } a été modifié après avoir été joint (son SHA-256 diffère)
