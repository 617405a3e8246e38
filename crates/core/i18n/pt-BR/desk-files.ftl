# Criar uma redação…: copiar o arquivo do projeto (e suas capturas) para a pasta da redação.

desk-copy-not-a-file = { $path } não é um arquivo
desk-copy-failed = não foi possível copiar { $path }: { $detail }
desk-copy-make-failed = não foi possível criar { $path }: { $detail }
desk-copy-read-failed = não foi possível ler { $path }: { $detail }
desk-added-not-sent = o projeto foi adicionado, mas ainda não pôde ser enviado: { $reason }
