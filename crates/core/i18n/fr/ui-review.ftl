# The review panel and its dialogs: ready for review, approve, return, comments, corrections, publication.
# French: docs/i18n/glossary-fr.md (vous; infinitive for buttons and menu items;
# a no-break space U+00A0 before colons, semicolons, question and exclamation marks).

review-review-comments = Commentaires de relecture
review-but-what-was-approved-has = …mais ce qui a été validé a changé depuis (verdict, justification ou preuves) : cette validation ne tient plus ; marquez-la de nouveau comme prête pour relecture
review-mark-ready-for-review = Marquer comme prête pour relecture
review-approve = Valider
review-sign-off-this-claim-as = Valider cette affirmation en votre nom
review-new-comment = Nouveau commentaire
review-a-question-or-a-request = Une question ou une demande pour le vérificateur
review-add-comment = Ajouter un commentaire
review-return-with-comment = Renvoyer avec un commentaire
review-send-the-claim-back-to = Remettre l'affirmation au statut En cours, avec ce commentaire qui explique pourquoi
review-write-a-comment-first-only = Rédigez d'abord un commentaire ; seule une affirmation en relecture peut être renvoyée
review-nothing-recorded-yet = Rien d'enregistré pour l'instant.
review-deleted-claim = #? (affirmation supprimée)
review-cancel = Annuler
review-your-name = Votre nom
review-first-and-last-name-as = Prénom et nom, tels que la rédaction les signe
review-save-name = Enregistrer le nom
review-correct-a-published-claim = Corriger une affirmation publiée
review-verdict = Verdict
review-none = Aucun
review-publish-correction = Publier la correction
review-change-the-verdict-or-rationale = Modifiez d'abord le verdict ou la justification et rédigez une note
review-no-approved-claim-is-waiting = Aucune affirmation validée n'attend d'être publiée
review-conclusion = Conclusion
review-rationale = Justification
review-correction-note = Note de correction
review-what-was-wrong-and-what = Ce qui était erroné et ce qui a changé, pour les lecteurs
# Who did something, when the entry has no name.
review-someone = Quelqu'un
review-source-deleted = une source supprimée depuis
review-source-named = la source « { $title } »
# $who: a name; $time: "2025-10-29 09:40".
review-approved-by = Validée par { $who } le { $time }
review-published-on = Publiée le { $day }
# $reason: what keeps the approval off, e.g. "the claim has no verdict".
review-approve-is-off = Validation impossible : { $reason }
review-comments-heading = Commentaires (ouverts : { $open } sur { $total })
review-reopen = Rouvrir
review-resolve = Résoudre
review-activity-heading = Activité ({ $count })
review-go-to-claim = Aller à l'affirmation { $number }

# The claim's activity: "2025-10-29 09:40  Ana set the status to In progress".
activity-entry = { $time }  { $who } { $what }
activity-created = a créé l'affirmation
activity-verdict-set = a changé le verdict en { $verdict }
activity-verdict-removed = un verdict supprimé depuis
activity-conclusion-written = a rédigé la conclusion
activity-verdict-cleared = a retiré le verdict
activity-status-set = a mis le statut à { $status }
activity-approved = l'a validée
activity-returned = l'a renvoyée avec un commentaire
activity-span-moved = a déplacé son passage
activity-corrected = l'a corrigée après publication
# $source: "source “Reuters report”".
activity-source-linked = a lié { $source }
activity-source-unlinked = a délié { $source }
activity-stance-set = a choisi la position { $stance } pour { $source }
activity-excerpt-changed = a modifié l'extrait pour { $source }
activity-rationale-edited = a modifié la justification
activity-reviewed-edited = a modifié l'affirmation examinée
activity-commented = a commenté
activity-comment-resolved = a résolu un commentaire
activity-comment-reopened = a rouvert un commentaire
activity-approval-withdrawn = a modifié ce qui avait été validé : la validation ne tient plus
activity-name-changed = a changé le nom dans cette fenêtre de { $from } en { $to }
activity-publication-recorded = a enregistré la publication le { $day }
review-welcome = Bienvenue dans ClaimDesk
review-your-name-heading = Votre nom
review-your-name-why = Votre nom accompagne ce que vous faites sur une affirmation : verdicts, commentaires, validations. Un éditeur qui valide une affirmation doit en avoir un ; le vérificateur qui a donné le verdict ne peut pas la valider.
review-skip = Passer
review-correction-why = La vérification de cette affirmation a été publiée. Modifiez ici son verdict ou sa justification ; la note de correction est publiée dans la section Corrections des rapports.
# $claim: "#3 “Japan will double…”".
review-mark-ready-question = Marquer l'affirmation { $claim } comme prête pour relecture ?
review-mark-ready-anyway = Marquer comme prête quand même
review-approve-question = Valider l'affirmation { $claim } ?
review-approve-anyway = Valider quand même
