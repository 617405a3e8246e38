# The Check tab (the check before export) and the Conflicts tab.
# French: docs/i18n/glossary-fr.md (vous; infinitive for buttons and menu items;
# a no-break space U+00A0 before colons, semicolons, question and exclamation marks).

checktab-check-before-export = Contrôler avant l'export
checktab-export = Exporter :
checktab-nothing-to-fix-the-report = Rien à corriger : le rapport est prêt à être publié.
checktab-publish-approved-claims-only = Publier uniquement les affirmations validées
checktab-reports-leave-out-claims-not = Les rapports excluent les affirmations pas encore validées, et le signalent
checktab-record-publication = Enregistrer la publication
checktab-mark-the-approved-claims-as = Marquer les affirmations validées comme publiées aujourd'hui : ensuite, modifier leur verdict ou leur justification demande une note de correction
checktab-show-this-claim = Afficher cette affirmation
checktab-merge-conflicts = Conflits de fusion
checktab-no-conflicts-every-change-from = Aucun conflit : toutes les modifications de la fusion sont réglées.
checktab-both-copies-changed-these-differently = Les deux copies ont modifié ces éléments différemment. Le projet garde la nôtre tant que vous n'avez pas choisi.
checktab-or-write-the-value = Ou saisissez la valeur :
checktab-take-this-text = Prendre ce texte
checktab-approved-not-published = { $count ->
    [one] { $count } affirmation validée pas encore enregistrée comme publiée
   *[other] { $count } affirmations validées pas encore enregistrées comme publiées
}
checktab-show-setting = Afficher ce réglage
checktab-source = Source
checktab-show-source = Afficher cette source
checktab-sources = Sources
checktab-show-sources = Afficher les sources
checktab-article = Article
checktab-open-article-tab = Ouvrir l'onglet Article
checktab-claim-number = Affirmation nº { $number }
checktab-summary = { $count ->
    [one] { $count } point sur lequel un lecteur pourrait buter (l'export fonctionne quand même) :
   *[other] { $count } points sur lesquels un lecteur pourrait buter (l'export fonctionne quand même) :
}
# The warning list's name for screen readers.
checktab-warnings-count = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}

# A merge conflict's three sides: the common ancestor, this copy, the other copy.
conflict-base = Base
conflict-ours = La nôtre
conflict-theirs = La leur
conflict-take-base = Prendre la base
conflict-take-ours = Prendre la nôtre
conflict-take-theirs = Prendre la leur
