# Pourquoi une synchronisation, la création d'une rédaction ou l'adhésion à une
# rédaction a échoué. Ce que git ou le système a dit arrive dans $said ou $detail tel quel.


## git itself

git-missing = ClaimDesk partage une rédaction via git, et git est introuvable sur cet ordinateur. { $install }
git-install-windows = Installez Git pour Windows depuis https://git-scm.com/download/win (les choix par défaut conviennent), puis réessayez.
git-install-macos = Installez git : lancez `xcode-select --install` dans le Terminal, ou téléchargez-le sur https://git-scm.com/download/mac, puis réessayez.
git-install-other = Installez git avec le gestionnaire de paquets du système (par exemple `sudo apt install git`), puis réessayez.
git-failed = git n'a pas pu { $doing } : { $said }
git-failed-no-reason = git n'a pas pu { $doing } et n'a donné aucune raison
git-cancelled = annulé

## What git was doing (after "git could not")

git-doing-start = démarrer
git-doing-finish = terminer
git-doing-list-remotes = lister les dépôts distants
git-doing-note-changes = noter les fichiers modifiés
git-doing-add-new = ajouter les nouveaux projets
git-doing-commit = valider vos modifications
git-doing-record-merge = enregistrer la fusion
git-doing-note-merged = noter le projet fusionné
git-doing-keep-yours = garder votre copie
git-doing-find-branch = trouver la branche
git-doing-read-settings = lire les réglages de git
git-doing-fetch = récupérer les modifications
git-doing-read-address = lire l'adresse de la rédaction
git-doing-make-repository = créer le dépôt de la rédaction
git-doing-find-repository = trouver le dépôt
git-doing-find-git-folder = trouver le dossier du dépôt
git-doing-list-new = lister les nouveaux fichiers
git-doing-list-changed = lister les fichiers modifiés
git-doing-take-desk = prendre les fichiers de la rédaction
git-doing-list-incoming = lister ce qui est arrivé
git-doing-drop-deleted = retirer un fichier supprimé
git-doing-merge = fusionner les modifications de la rédaction
git-doing-list-to-merge = lister les fichiers à fusionner
git-doing-list-desk = lister les fichiers de la rédaction
git-doing-reach = joindre la rédaction
git-doing-reach-at = joindre la rédaction à { $remote }
git-doing-read-file = lire { $file }
git-doing-set = régler { $key }

## The folders

desk-error-not-a-folder = { $path } n'est pas un dossier
desk-error-not-in-a-desk = { $path } n'est pas dans une rédaction (rejoignez-en une d'abord : Fichier › Rédaction › Rejoindre une rédaction…, ou `claimdesk desk join`)
desk-error-no-remote = { $path } n'a pas de dépôt partagé avec lequel se synchroniser (aucun dépôt distant nommé origin)
desk-error-not-on-a-branch = { $path } n'est sur aucune branche (une fusion ou l'extraction d'une ancienne version y est en cours)
desk-error-not-empty = { $path } n'est pas vide : choisissez un dossier nouveau ou vide
desk-error-password-in-address = ne mettez pas le mot de passe dans l'adresse de la rédaction : git le demande à votre gestionnaire d'identifiants ou utilise votre clé SSH, et ClaimDesk n'enregistre jamais de mot de passe
desk-error-not-a-repository = hors d'un dépôt git ({ $detail })
desk-error-cannot-read = impossible de lire { $path } : { $detail }
desk-error-cannot-make = impossible de créer { $path } : { $detail }
desk-error-cannot-write = impossible d'écrire { $path } : { $detail }

## A Sync

sync-error-project = { $path } : { $detail }
sync-error-unreadable = illisible
sync-error-as-said = { $detail }
sync-error-cancelled = La synchronisation a été annulée
# Why a Sync went offline when the desk could be reached.
sync-offline-pushed-first = d'autres ont envoyé leurs modifications avant vous à chaque fois ; relancez la synchronisation
