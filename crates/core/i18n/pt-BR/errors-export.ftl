# Por que uma exportação falhou. $detail é a mensagem do gravador, como veio.

export-error-template = não foi possível gerar o relatório: { $detail }
export-error-json = não foi possível gravar o JSON: { $detail }
export-error-csv = não foi possível gravar o CSV: { $detail }
