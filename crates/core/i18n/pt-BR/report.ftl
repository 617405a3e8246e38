# The published reports (HTML and Markdown): headings, labels, notes, counts
# and dates. What the desk typed (titles, verdict labels, rationales, names)
# is never translated; it comes in through variables.
# Markup (links, <time>, <strong>) is added around a variable by the
# program, so a translation may move a variable anywhere in its sentence.
# Brazilian Portuguese: docs/i18n/glossary-pt-BR.md.

## The page

# The masthead's label and the report's kind, also the organisation's name
# when none is set.
report-kind = Checagem
report-kind-draft = Rascunho de checagem
# The page's title and the Markdown report's first heading.
# $kind: report-kind or report-kind-draft; $title: the project's title.
report-title = { $kind }: { $title }
# The word on the draft banner, before report-draft-note.
report-draft-mark = RASCUNHO
# $approved claims of $total are approved; plural on $total.
report-draft-note = { $total ->
    [one] Não publicado. { $approved } de { $total } alegação aprovada por um editor; nada aqui é uma classificação publicada até que a redação registre a publicação.
   *[other] Não publicado. { $approved } de { $total } alegações aprovadas por um editor; nada aqui é uma classificação publicada até que a redação registre a publicação.
}
# The kicker and the byline's count, for a draft.
report-count-approved = { $total ->
    [one] { $approved } de { $total } alegação aprovada
   *[other] { $approved } de { $total } alegações aprovadas
}
# The kicker and the byline's count, once published.
report-count-reviewed = { $count ->
    [one] { $count } alegação checada
   *[other] { $count } alegações checadas
}
# $name: the reviewer (shown in bold in HTML).
report-by = Por { $name }
# $date: report-date, or report-date-updated.
report-published = Publicado em { $date }
# A report corrected after its first publication. $first, $last: dates.
report-date-updated = { $first }, atualizado em { $last }
# $date: the day the draft was made.
report-draft-made = Não publicado: rascunho criado em { $date }

## The article's details

report-meta-article = Artigo
report-meta-title = Título
report-meta-outlet = Veículo
report-meta-author = Autor
report-meta-published = Publicado
report-meta-retrieved = Acessado
report-meta-address = Endereço
report-meta-sha256 = SHA-256 do texto
report-meta-changed = Alterado
# $date: the day the article was replaced by a new version (a table cell).
report-meta-changed-value = O artigo foi alterado em { $date }, depois da nossa checagem
# The same, as a sentence (HTML, in bold, followed by report-changed-body).
report-changed = O artigo foi alterado em { $date }, depois da nossa checagem.
report-changed-body = Este relatório segue a versão atual; as alegações cujo texto não está mais nela são marcadas como não encontradas.

## Summary

report-summary = Resumo
# "Publish approved claims only" left $count claims out.
report-left-out = { $count ->
    [one] { $count } alegação ainda não aprovada por um editor ficou fora deste relatório.
   *[other] { $count } alegações ainda não aprovadas por um editor ficaram fora deste relatório.
}
report-by-verdict = Alegações por classificação
report-with-conclusion = Alegações com conclusão
report-concluded = Com conclusão
report-open = Em aberto
report-not-yet-rated = Ainda sem classificação
report-total = { $count ->
    [one] { $count } alegação no total.
   *[other] { $count } alegações no total.
}
# Markdown: the total and the scale's name in one line.
report-total-and-scale = { $count ->
    [one] { $count } alegação no total. Escala de classificação: { $scale }.
   *[other] { $count } alegações no total. Escala de classificação: { $scale }.
}
# $scale: the rating scale's name, as the desk named it.
report-rating-scale = Escala de classificação: { $scale }
report-how-we-conclude = Como chegamos às conclusões
report-conclusion-only = Esta checagem dá a cada alegação uma conclusão em linguagem simples, em vez de uma classificação.
# Markdown summary of a conclusion-only review: $count claims, $done with a
# conclusion, $open without.
report-conclusions-count = { $count ->
    [one] { $count } alegação checada: { $done } com conclusão, { $open } sem conclusão.
   *[other] { $count } alegações checadas: { $done } com conclusão, { $open } sem conclusão.
}
report-col-verdict = Classificação
report-col-claims = Alegações
report-col-meaning = Significado

## The article, annotated

report-article = O artigo, anotado
report-article-hint-ratings = Cada trecho destacado é uma alegação que checamos, colorida de acordo com sua classificação. O número leva à checagem mais abaixo.
report-article-hint-conclusions = Cada trecho destacado é uma alegação que checamos. O número leva à checagem mais abaixo.
report-article-hint-markdown = As alegações estão em negrito; o número após o início de cada alegação leva à sua checagem.
# A claim's number in the article, on hover: $number, and $outcome (the
# verdict's label, the conclusion, or report-outcome-none).
report-ref-title = Alegação { $number }: { $outcome }
report-outcome-none = ainda sem classificação
# A highlighted passage, on hover: the $count claims covering it, $numbers
# their numbers joined by report-list-separator.
report-mark-title = { $count ->
    [one] Alegação { $numbers }
   *[other] Alegações { $numbers }
}
# Between the items of a short list (claim numbers, tags).
report-list-separator = {", "}

## Claims reviewed

report-claims = Alegações checadas
report-no-claims = Nenhuma alegação foi marcada neste artigo ainda.
# The label over a claim's text on its card.
report-claim = Alegação
report-our-verdict = Nossa classificação
report-our-conclusion = Nossa conclusão
report-not-rated = Ainda sem classificação.
report-no-conclusion = Ainda sem conclusão.
# Markdown: the same, inside a table.
report-not-rated-cell = ainda sem classificação
report-no-conclusion-cell = ainda sem conclusão
report-verdict = Classificação
report-conclusion = Conclusão
report-meaning = Significado
report-claimant = Autor da alegação
report-claim-date = Data da alegação
report-page = Página
report-time = Minutagem
report-why = Por quê
report-no-rationale = A justificativa ainda não foi escrita.
report-evidence = Evidências
report-no-sources-cited = Nenhuma fonte citada.
report-tags = Marcadores
report-status = Status
# The claim's review status.
report-status-new = Nova
report-status-in-progress = Em andamento
report-status-ready = Pronta para revisão
report-status-approved = Aprovada
# An approval: by whom ($who) and on which day ($date), when known.
report-approved-by-on = Aprovada por { $who } em { $date }
report-approved-by = Aprovada por { $who }
report-approved-on = Aprovada em { $date }
report-approval-stale = Aprovada, mas alterada depois do aval
# $date: the day of the claim's latest correction (a link to the log).
report-corrected = Corrigida em { $date }
# Markdown: the label of the row that says when the claim was corrected.
report-corrected-label = Corrigida
# Markdown: $date, and $corrections a link named report-corrections.
report-corrected-see = { $date } (veja { $corrections })
# Where the claim is in a PDF or a recording.
report-place-page = p. { $page }
report-place-pages = pp. { $first }–{ $last }
# An earlier check found in the library, by $organisation, on $date.
report-previous-by = Já checada por { $organisation }
report-previous-by-on = Já checada por { $organisation } ({ $date })
report-previous-someone = outro checador
# $by: report-previous-by(-on); $verdict: that check's verdict, as it wrote it.
report-previous-verdict = { $by }: { $verdict }
report-previous-earlier = uma checagem anterior
# How a source bears on the claim.
report-stance-supports = Sustenta
report-stance-refutes = Refuta
report-stance-context = Contexto
report-stance-unset = Posição não escolhida

## Corrections

report-corrections = Correções
report-corrections-hint = Mudanças nas checagens depois de publicadas, com o motivo de cada uma.
report-col-date = Data
report-col-claim = Alegação
report-col-change = O que mudou
report-col-note = Nota
report-claim-gone = Uma alegação que não está mais neste relatório

## Sources

report-sources = Fontes
report-no-sources = Nenhuma fonte registrada.
report-untitled-source = Fonte sem título
# In a source's details: $date the day it was published, accessed.
report-source-published = publicada em { $date }
report-source-accessed = acessada em { $date }
report-archived-copy = Cópia arquivada:
report-archived-copy-link = cópia arquivada
# $date: the day the archived copy was captured.
report-captured = (capturada em { $date })
# A stored copy of the source: $date captured, $kind (report-snapshot-*).
report-snapshot = Captura: { $date }, { $kind }, SHA-256
report-snapshot-web = página da web
report-snapshot-markdown = Markdown
report-snapshot-pdf = PDF
report-snapshot-word = documento do Word
report-snapshot-transcript = transcrição
report-snapshot-text = texto
# $reliability: report-reliability-*.
report-reliability = Confiabilidade: { $reliability }
report-reliability-credible = Confiável
report-reliability-mixed = Variável
report-reliability-not-credible = Não confiável
report-reliability-unknown = Desconhecida
# Followed by the $count claims' numbers, each a link.
report-cited-by = { $count ->
    [one] Citada pela alegação
   *[other] Citada pelas alegações
}

## Footer

report-generated = Gerado pelo ClaimDesk em { $date }.
report-generated-draft = Gerado pelo ClaimDesk em { $date } como rascunho.
report-footer-note = Os números das alegações seguem a ordem em que aparecem no artigo; a checagem de cada alegação também é publicada nesta página com a marcação ClaimReview do schema.org.

## Dates

# How this language writes a day in a report: "iso" (2025-10-28) or "long"
# (report-date-long). English reports keep ISO dates: unambiguous for
# readers on either side of the Atlantic.
# Brazilian Portuguese: long dates, "28 de outubro de 2025", "1º de novembro
# de 2025" (the first day is an ordinal in Brazil), months in lower case.
report-date-style = long
# $day: the day of the month (1–31); $month: report-month-N; $year.
report-date-long = { $day ->
    [1] 1º
   *[other] { $day }
} de { $month } de { $year }
# A month without a day (a claim made "2025-10"): $month and $year.
report-date-month = { $month } de { $year }
report-month-1 = janeiro
report-month-2 = fevereiro
report-month-3 = março
report-month-4 = abril
report-month-5 = maio
report-month-6 = junho
report-month-7 = julho
report-month-8 = agosto
report-month-9 = setembro
report-month-10 = outubro
report-month-11 = novembro
report-month-12 = dezembro
