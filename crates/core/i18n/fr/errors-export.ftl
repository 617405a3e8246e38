# Pourquoi un export a échoué. $detail est le message du rédacteur du fichier, tel quel.

export-error-template = impossible de produire le rapport : { $detail }
export-error-json = impossible d'écrire le JSON : { $detail }
export-error-csv = impossible d'écrire le CSV : { $detail }
