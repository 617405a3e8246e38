# Por que duas versões de um projeto não puderam ser mescladas. $detail é a
# mensagem do leitor, como veio.


merge-error-unreadable = não foi possível ler um projeto: { $detail }
merge-error-does-not-hold = o projeto mesclado não é coerente: { $detail }
merge-error-item-does-not-hold = { $item } mesclado não é coerente: { $detail }

## Settling a conflict (the Conflicts tab)

resolve-error-already-resolved = esse conflito já foi resolvido
resolve-error-claim-gone = a alegação não está mais no projeto
resolve-error-source-gone = a fonte não está mais no projeto
resolve-error-article-needs-text = um artigo precisa de um texto
resolve-error-cannot-take = não é possível usar este valor: { $detail }
resolve-error-does-not-fit = o valor não cabe ali: { $detail }
resolve-error-as-said = { $detail }
