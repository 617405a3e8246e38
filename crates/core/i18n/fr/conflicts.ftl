# Conflits de fusion dans l'onglet Conflits : où se trouve chacun
# (« affirmation #3 “Les prix ont augmenté de 4 %” › verdict ») et ses valeurs.

## Où se trouve un conflit

conflict-claim = affirmation #{ $number } « { $quote } »
conflict-claim-id = affirmation (id { $id })
conflict-source = source « { $title } »
conflict-source-id = source (id { $id })
conflict-link = lien vers la source « { $title } »
conflict-link-id = lien vers la source (id { $id })
conflict-verdict = verdict « { $label } »
conflict-verdict-id = verdict (id { $id })
conflict-item = { $what } { $id }
conflict-project-title = titre du projet
conflict-rating-scale = échelle de verdicts
conflict-project = projet
conflict-field = { $name }
conflict-path = { $outer } › { $inner }

## L'en-tête de chaque côté

conflict-side-by = { $side } ({ $who })
conflict-side-when = { $side } ({ $when })
conflict-side-by-when = { $side } ({ $who }, { $when })

## La valeur d'un côté en mots

conflict-value-absent = (absent : supprimé, ou jamais ajouté)
conflict-value-empty = (vide)
conflict-value-none = aucun
conflict-value-yes = oui
conflict-value-no = non
conflict-value-empty-list = (aucun)
conflict-value-field = { $field } : { $value }

## Un élément d'une liste

data-item-comments = commentaire
data-item-previous-checks = vérification antérieure
data-item-snapshots = capture
data-item-corrections = correction
data-item-segments = segment
data-item-conflicts = conflit
data-item-activity = activité
data-item-article-history = version antérieure

## Les champs des données du projet

data-field-activity = activité
data-field-article = article
data-field-article-history = historique de l'article
data-field-claims = affirmations
data-field-conflicts = conflits
data-field-corrections = corrections
data-field-dismissed-suggestions = suggestions écartées
data-field-format-version = version du format
data-field-organisation = organisation
data-field-organisation-url = URL de l'organisation
data-field-publish-approved-only = publier uniquement les validées
data-field-report-language = langue du rapport
data-field-review-url = URL de la vérification
data-field-reviewer = vérificateur
data-field-scale = échelle
data-field-settings = réglages
data-field-sources = sources
data-field-title = titre
data-field-author = auteur
data-field-date-published = date de publication
data-field-date-retrieved = date de consultation
data-field-meta = informations
data-field-outlet = média
data-field-replaced-on = remplacé le
data-field-segments = segments
data-field-sha256 = SHA-256
data-field-text = texte
data-field-url = URL
data-field-anchor = ancrage
data-field-approved = validation
data-field-claim = affirmation
data-field-claim-date = date de l'affirmation
data-field-claimant = auteur de l'affirmation
data-field-comments = commentaires
data-field-conclusion = conclusion
data-field-date = date
data-field-digest = empreinte
data-field-end = fin
data-field-excerpt = extrait
data-field-id = id
data-field-key = clé
data-field-orphaned = introuvable dans l'article
data-field-previous-checks = vérifications antérieures
data-field-published-on = publiée le
data-field-quote = citation
data-field-rationale = justification
data-field-reviewed = affirmation examinée
data-field-source = source
data-field-span = passage
data-field-stance = position
data-field-start = début
data-field-status = statut
data-field-tags = étiquettes
data-field-verdict = verdict
data-field-when = quand
data-field-who = qui
data-field-archive-url = URL archivée
data-field-archived-on = archivée le
data-field-date-accessed = date de consultation
data-field-notes = notes
data-field-publisher = éditeur
data-field-reliability = fiabilité
data-field-snapshots = captures
data-field-color = couleur
data-field-description = description
data-field-kind = type
data-field-label = libellé
data-field-name = nom
data-field-value = valeur
data-field-verdicts = verdicts
data-field-change = changement
data-field-event = événement
data-field-note = note
data-field-resolved = résolu
data-field-time = heure
data-field-bytes = octets
data-field-captured = capturée le
data-field-ext = extension
data-field-file-name = nom du fichier
data-field-prefix = texte avant
data-field-suffix = texte après
data-field-snapshot = capture
data-field-first-page = première page
data-field-last-page = dernière page
data-field-page = page
data-field-speaker = intervenant
data-field-start-char = caractère de début
data-field-time-ms = temps (ms)
