# Por que arquivar uma fonte na Wayback Machine, ou anexar, ler ou copiar uma
# captura, falhou. O que a rede ou o sistema disse chega em $why ou $detail.


## Archiving (Wayback Machine)

archive-error-offline = não foi possível alcançar o arquivo ({ $why }): verifique a conexão de rede e tente de novo
archive-error-rate-limited = o arquivo está limitando as solicitações (HTTP 429): aguarde alguns minutos e tente de novo
archive-error-refused = o arquivo se recusou a arquivar esta página (HTTP { $code }): o site pode bloquear o arquivamento; anexe uma captura
archive-error-unavailable = o arquivo falhou (HTTP { $code }): tente de novo mais tarde
archive-error-timed-out = o arquivo não respondeu a tempo: pode estar ocupado, tente de novo mais tarde
archive-error-bad-answer = a resposta do arquivo não foi entendida: { $why }
archive-error-no-capture = o arquivo aceitou a solicitação, mas ainda não tem uma cópia arquivada: tente de novo em alguns minutos
archive-error-cancelled = cancelado
archive-error-endpoint = “{ $address }” não é um endereço de arquivo utilizável: informe uma URL https:// (http:// só para 127.0.0.1, localhost ou [::1])

## Snapshots

evidence-error-unsaved = salve o projeto primeiro: as capturas ficam em uma pasta ao lado do arquivo do projeto
evidence-error-refused = { $path } não foi anexado: { $detail }
evidence-error-io = { $path }: { $detail }
evidence-error-missing = o arquivo de captura { $path } está faltando
evidence-error-bad-name = o projeto nomeia um arquivo de captura “{ $name }”, que não é um hash SHA-256: recusado
evidence-error-linked-folder = { $path } é um link para outro lugar; as capturas só ficam em uma pasta real ao lado do projeto
evidence-error-altered = o arquivo de captura { $path } foi alterado depois de anexado (o SHA-256 é outro)
