# Pourquoi une modification n'a pas pu être faite, annulée ou rétablie. $id : l'identifiant dans le fichier.

edit-error-no-such-claim = l'affirmation { $id } n'existe plus
edit-error-no-such-source = la source { $id } n'existe plus
edit-error-duplicate-claim = une affirmation d'identifiant { $id } existe déjà
edit-error-duplicate-source = une source d'identifiant { $id } existe déjà
