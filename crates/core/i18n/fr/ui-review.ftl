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
