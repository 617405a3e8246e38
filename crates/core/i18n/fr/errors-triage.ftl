# Pourquoi le modèle de repérage des affirmations intégré à ClaimDesk n'a pas pu être lu.
# Seule une installation endommagée affiche ces messages.

triage-error-cut-off = le fichier du modèle est tronqué
triage-error-not-a-model = ce n'est pas un modèle de tri ClaimDesk
triage-error-unknown-shape = le fichier du modèle a une forme inconnue
triage-error-embedding = le bloc de vecteurs du modèle ne correspond pas à celui de la bibliothèque
triage-error-trailing-bytes = le fichier du modèle a des octets en trop à la fin
