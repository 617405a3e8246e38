# Por que um arquivo não foi adicionado à biblioteca de checagens anteriores.
# $detail é a mensagem do leitor ou do sistema, como veio.

library-why-not-a-file = não é um arquivo comum (um pipe, um dispositivo ou um socket): não foi lido
library-why-too-large = maior que { $limit } MB
library-why-not-utf8 = não é texto UTF-8
library-why-lines-skipped = { $count ->
    [one] { $count } linha sem id ou alegação ignorada
   *[other] { $count } linhas sem id ou alegação ignoradas
}
library-why-no-such-file = arquivo ou pasta inexistente
library-why-too-deep = uma pasta a mais de { $depth } pastas de profundidade: não pesquisada
library-why-unknown-kind = não é um projeto (.ron), um ClaimReview (.json, .jsonld, .html) nem um arquivo TSV; use --format tsv para uma lista TSV
library-why-no-claims = o projeto não tem alegações
library-why-no-claimreview = não há nenhum ClaimReview nele
library-why-no-lines = não há linhas para adicionar
library-why-as-said = { $detail }
