# The Desk tab and its dialogs: a team's projects in one shared git repository.
# French: docs/i18n/glossary-fr.md (vous; infinitive for buttons and menu items;
# a no-break space U+00A0 before colons, semicolons, question and exclamation marks).

desk-not-in-a-desk = Ce projet n'est dans aucune rédaction.
desk-how-to-join = Fichier › Rédaction › Rejoindre une rédaction… installe une rédaction partagée sur cet ordinateur ; Créer une rédaction… en crée une avec ce projet.
desk-sync = Synchroniser
desk-refresh = Actualiser
desk-folder = Rédaction : { $folder }
desk-reading = Lecture de la rédaction…
desk-projects = Projets
# A project's claims by status; the conflicts part only when there are some.
desk-project-line = { $title } : { $new ->
    [one] { $new } nouvelle
   *[other] { $new } nouvelles
}, { $progress } en cours, { $ready ->
    [one] { $ready } prête pour relecture
   *[other] { $ready } prêtes pour relecture
}, { $approved ->
    [one] { $approved } validée
   *[other] { $approved } validées
}{ $conflicts ->
    [0] {""}
    [one] , { $conflicts } conflit
   *[other] , { $conflicts } conflits
}
desk-waiting-sign-off = En attente de votre validation ({ $count })
desk-returned = Renvoyées vers vous ({ $count })
desk-comments-for-you = Commentaires ouverts pour vous ({ $count })
desk-nothing = Rien.

desk-join-heading = Rejoindre une rédaction
desk-join-explained = L'emplacement partagé de votre rédaction : une adresse web (https ou ssh) fournie par votre éditeur, ou un dossier sur un lecteur partagé.
desk-the-desk = La rédaction
desk-the-desk-hint = https://…, git@… ou un dossier
desk-your-copy = Votre copie (un dossier nouveau ou vide sur cet ordinateur)
desk-a-folder = un dossier
desk-your-email = Votre adresse e-mail (elle signe vos modifications)
desk-email-hint = nom@example.org
desk-join = Rejoindre
desk-cancel = Annuler
desk-start-heading = Créer une rédaction
desk-start-explained = Une nouvelle rédaction partagée dans un dossier accessible à tous (un lecteur partagé), contenant le projet ouvert.
desk-shared-folder = Le dossier partagé de la rédaction (nouveau ou vide)
desk-shared-folder-hint = un dossier sur le lecteur partagé
desk-start = Créer la rédaction
desk-name-first = Indiquez d'abord votre nom (Édition › Votre nom…) : il signe vos modifications.
desk-signed-as = Vos modifications sont signées { $name }.

# The desk's messages in the status bar and error dialogs.
desk-msg-name-first = Indiquez d'abord votre nom : il signe vos modifications dans la rédaction
desk-msg-could-not-sync = Synchronisation impossible
desk-msg-not-in-desk = Ce projet n'est pas enregistré dans un dossier de rédaction. Fichier › Rédaction › Créer une rédaction… l'y place ; Rejoindre une rédaction… en installe une ici.
desk-msg-sync-stopped = La synchronisation s'est arrêtée
desk-msg-not-saved = Le projet n'a pas pu être enregistré, donc rien n'a été envoyé.
desk-msg-syncing = Synchronisation avec la rédaction…
desk-msg-sending = Envoi de vos modifications et récupération de celles des autres
# $done and $total are filled in as the Sync goes: keep them.
desk-msg-sync-step = Synchronisation : étape { $done } sur { $total }
desk-msg-sync-note = Votre travail est enregistré. Annuler arrête avant tout nouvel envoi.
desk-msg-sync-cancelled = La synchronisation a été annulée : votre travail est enregistré et validé ici ; synchronisez à nouveau pour l'envoyer
desk-msg-sync-internal-error = La synchronisation s'est arrêtée sur une erreur interne.
desk-msg-could-not-set-up = Impossible de mettre en place la rédaction
desk-msg-setup-internal-error = L'opération s'est arrêtée sur une erreur interne.
desk-msg-nothing-came-in = rien de nouveau n'est arrivé
# $came: what came in ("Ben approved #3 and #7"), or the message above.
desk-msg-synced = Synchronisé : { $came }
desk-msg-conflicts = Fusionné avec des conflits à résoudre (onglet Conflits), puis synchronisez à nouveau : rien n'a été envoyé. Reçu : { $came }
# $reason: why the desk could not be reached (git's words).
desk-msg-offline = La rédaction est injoignable ({ $reason }). Vos modifications sont validées ici et seront envoyées à la prochaine synchronisation.
desk-msg-joining = Connexion à la rédaction…
desk-msg-could-not-start = Impossible de créer une rédaction
desk-msg-save-first = Enregistrez d'abord le projet (Fichier › Enregistrer sous…) : la rédaction commence avec lui.
desk-msg-starting = Création de la rédaction…
desk-msg-setup-note = Cela peut prendre un moment pour une grande rédaction.
desk-msg-cancelled = Annulé
desk-msg-joined-empty = Vous avez rejoint la rédaction dans { $folder } : elle n'a pas encore de projets
desk-msg-save-then-open = La rédaction est dans { $folder } : enregistrez votre travail, puis ouvrez ses projets depuis l'onglet Rédaction
