# Por que não foi possível alcançar o Wayback Machine ou entender a resposta.
archive-why-host-not-found = o endereço do arquivo não foi encontrado
archive-why-no-connection = sem conexão
archive-why-not-json = não é JSON: { $detail }
archive-why-names-no-capture = “{ $address }” não indica nenhuma captura
archive-why-capture-without-url = uma captura sem endereço
