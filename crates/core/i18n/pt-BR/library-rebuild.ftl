# O índice da biblioteca não pôde ser aberto e foi refeito a partir da lista de arquivos.
library-index-rebuilt = O índice da biblioteca { $why } e foi reconstruído: { $summary }
library-index-missing = não existia
library-index-other-version = foi feito por outra versão do ClaimDesk
library-index-damaged = estava danificado ({ $detail })
library-rebuilt = { $count ->
    [one] { $count } arquivo adicionado de novo
   *[other] { $count } arquivos adicionados de novo
}
library-rebuilt-dropped = { $count ->
    [one] { $count } arquivo adicionado de novo
   *[other] { $count } arquivos adicionados de novo
}; { $dropped ->
    [one] { $dropped } não pôde ser lido e foi retirado
   *[other] { $dropped } não puderam ser lidos e foram retirados
}: { $files }
