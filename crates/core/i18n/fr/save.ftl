# Pourquoi un projet n'a pas pu être enregistré.

save-error-serialize = impossible d'écrire le projet : { $detail }
save-error-io = impossible d'enregistrer { $path } ({ $step }) : { $detail }
save-step-following-link = en suivant le lien
save-step-temporary-file = en créant un fichier temporaire
save-step-writing = en écrivant
save-step-flushing = en vidant sur le disque
save-step-backup = en gardant la version précédente en .bak
save-step-replacing = en remplaçant le fichier
save-step-recovery-folder = en créant le dossier de récupération
save-step-reading-back = en relisant ce qui a été écrit
