# The Article tab (article and organisation) and the Scale tab.
# Brazilian Portuguese: docs/i18n/glossary-pt-BR.md (você; infinitive for buttons and menu items).

project-project = Projeto
project-article = Artigo
project-publishing-organisation = Organização que publica
project-project-activity = Atividade do projeto
project-nothing-yet-name-changes-and = Nada ainda: as mudanças de nome e as publicações aparecem aqui.
project-rating-scale = Escala de classificação
project-changing-the-scale-clears-verdicts = Mudar a escala apaga as classificações que ela não tem mais; Desfazer as restaura.
project-each-claim-gets-a-plain = Cada alegação recebe uma conclusão em linguagem simples, em vez de uma classificação.
project-highlight-colour = Cor de destaque
project-label = Rótulo
project-remove-verdict = Remover classificação
project-down = Descer
project-move-down = Mover para baixo
project-up = Subir
project-move-up = Mover para cima
project-description = Descrição
project-has-a-place-on-the = Tem um lugar na linha da verdade (mais alto, mais verdadeiro)
project-add-verdict = Adicionar classificação
project-project-title = Título do projeto
project-name-of-this-fact-check = Nome desta checagem
project-headline = Título
project-the-article-s-title = O título do artigo
project-outlet = Veículo
project-publication = Publicação
project-author = Autor
project-byline = Assinatura
project-article-url = URL do artigo
project-date-published = Data de publicação
project-date-retrieved = Data de acesso
project-organisation = Organização
project-who-publishes-the-fact-check = Quem publica a checagem
project-organisation-url = URL da organização
project-review-url = URL da checagem
project-reviewer = Checador
project-fact-checker-s-name = Nome do checador
project-scale-name = Nome da escala
# Under the article's fields; $sha256: the start of the text's SHA-256 digest.
project-article-size = { $characters ->
    [one] { $characters } caractere
   *[other] { $characters } caracteres
} · { $words ->
    [one] { $words } palavra
   *[other] { $words } palavras
} · SHA-256 { $sha256 }…
project-replace-with-preset = Substituir por uma escala predefinida…
project-verdicts-from-a-scale = Classificações de uma escala
project-conclusion-only = Somente conclusão
# A verdict without a label, by its place in the scale.
project-verdict-number = classificação { $number }
# Names for screen readers; $verdict: "“False”" or "verdict 3".
project-colour-of = Cor de { $verdict }
project-remove-name = Remover { $verdict }
project-down-name = Descer: mover { $verdict } para baixo
project-up-name = Subir: mover { $verdict } para cima
project-value = valor
project-value-of = Valor de { $verdict }
# The label of a verdict just added to the scale.
project-new-verdict = Nova classificação

# The project's report language (the Article tab).
project-report-language = Idioma do relatório
project-report-language-window = O mesmo da janela
