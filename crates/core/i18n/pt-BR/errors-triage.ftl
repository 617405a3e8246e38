# Por que o modelo de detecção de alegações do ClaimDesk não pôde ser lido.
# Só uma instalação danificada mostra estas mensagens.

triage-error-cut-off = o arquivo do modelo está cortado
triage-error-not-a-model = não é um modelo de triagem do ClaimDesk
triage-error-unknown-shape = o arquivo do modelo tem um formato desconhecido
triage-error-embedding = o bloco de vetores do modelo não corresponde ao da biblioteca
triage-error-trailing-bytes = o arquivo do modelo tem bytes sobrando no fim
