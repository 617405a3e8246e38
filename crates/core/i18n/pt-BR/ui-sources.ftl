# The Sources tab, snapshots, the source viewer and Wayback archiving.
# Brazilian Portuguese: docs/i18n/glossary-pt-BR.md (você; infinitive for buttons and menu items).

sources-sources = Fontes
sources-add-source = Adicionar fonte
sources-no-sources-yet-add-the = Ainda não há fontes. Adicione as páginas, os documentos e os dados que você consultou para checar.
sources-select-a-source-to-edit = Selecione uma fonte para editá-la.
sources-reliability = Confiabilidade
sources-cited-by = Citada por
sources-no-claim-yet = nenhuma alegação ainda
sources-delete-source = Excluir fonte
sources-removes-it-from-every-claim = Também a remove de todas as alegações; Desfazer a traz de volta
sources-snapshots = Capturas
sources-no-snapshot-attach-the-saved = Nenhuma captura: anexe a página salva como você a viu.
sources-view = Ver
sources-show-its-text-in-the = Mostrar o texto no visualizador de fontes
sources-add-snapshot = Adicionar captura…
sources-attach-a-saved-web-page = Anexar uma página da web salva, um PDF, um documento do Word ou um arquivo Markdown ou de texto como captura desta fonte
sources-show-excerpt-in-snapshot = Mostrar o trecho na captura
sources-open-the-snapshot-at-the = Abrir a captura no trecho, destacado
sources-take-excerpt-from-snapshot = Pegar o trecho da captura
sources-open-the-latest-snapshot-select = Abrir a captura mais recente; selecione um trecho e pressione Usar como trecho
sources-source-viewer = Visualizador de fontes
sources-use-as-excerpt = Usar como trecho
sources-previous-page = Página anterior
sources-next-page = Próxima página
sources-snapshot-text = Texto da captura
sources-archive-all-sources-without-a = Arquivar todas as fontes sem cópia
sources-archive-service = Serviço de arquivamento
sources-an-existing-capture-is-used = Uma cópia existente é usada; se não houver, uma nova é solicitada (Save Page Now).
sources-start-archiving = Iniciar arquivamento
sources-could-not-show-the-snapshot = Não foi possível mostrar a captura
sources-a-snapshot-is-already-being = Uma captura já está sendo anexada
sources-could-not-attach-the-snapshot = Não foi possível anexar a captura
sources-add-snapshot-2 = Adicionar captura
sources-new-source-from-page = Nova fonte a partir de página
sources-the-snapshots-were-not-copied = As capturas não foram copiadas
sources-archiving-is-already-under-way = O arquivamento já está em andamento
sources-archive = Arquivar
sources-nothing-to-archive-only-sources = Nada para arquivar: só fontes com endereço http(s) podem ser arquivadas
sources-archiving-was-cancelled-nothing-changed = O arquivamento foi cancelado: nada mudou
sources-asking-the-archive-for-copies = Pedindo cópias ao arquivo
sources-title = Título
sources-title-of-the-page-or = Título da página ou do documento
sources-url = URL
sources-publisher = Publicado por
sources-site-or-organisation = Site ou organização
sources-author = Autor
sources-author-s = Autor(es)
sources-date-published = Data de publicação
sources-date-accessed = Data de acesso
sources-archived-copy-url = URL da cópia arquivada
sources-no-archived-copy-yet-pages = Ainda não há cópia arquivada: as páginas mudam, arquive as evidências.
sources-notes = Notas
sources-how-this-source-was-found = Como esta fonte foi encontrada, ressalvas…
sources-archived-count = { $count ->
    [one] { $count } fonte arquivada
   *[other] { $count } fontes arquivadas
}
# $count archived, $failed could not be.
sources-archived-some-failed = Arquivadas: { $count }; com falha: { $failed }
sources-archive-needs-web = Só fontes com endereço http(s) podem ser arquivadas
sources-archive-hover = Procurar uma cópia da página na Wayback Machine ou pedir uma nova
sources-new-capture = Nova captura
sources-new-capture-hover = Pedir à Wayback Machine que capture a página como está agora, substituindo a URL da cópia arquivada
sources-captured-on = capturada em { $day }
sources-excerpt-anchored = ancorado na captura
sources-excerpt-edited = editado depois de ancorado
# $kind: what the snapshot is (web page, PDF…); $hash: the start of its SHA-256.
sources-snapshot-of = Captura de { $day } · { $kind } · SHA-256 { $hash }… { $file }
sources-excerpt-needs-claim = Abra o visualizador a partir da fonte de uma alegação para pegar um trecho
sources-excerpt-needs-selection = Selecione primeiro um trecho do texto
sources-excerpt-hover = Usar este trecho como o trecho desta fonte para a alegação
sources-characters-selected = { $count ->
    [one] { $count } caractere selecionado
   *[other] { $count } caracteres selecionados
}
sources-page-of = Página { $page } de { $pages }
sources-untitled = (fonte sem título)
sources-cited-by-count = { $count ->
    [one] citada por { $count } alegação
   *[other] citada por { $count } alegações
}
sources-without-copy = { $count ->
    [one] { $count } fonte sem cópia arquivada.
   *[other] { $count } fontes sem cópia arquivada.
}
# $skipped: sources that cannot be archived.
sources-without-copy-and-skipped = { $count ->
    [one] { $count } fonte sem cópia arquivada (outras { $skipped } não têm endereço web).
   *[other] { $count } fontes sem cópia arquivada (outras { $skipped } não têm endereço web).
}
sources-attaching = Anexando { $file }…
sources-attach-internal-error = A anexação parou por um erro interno.
sources-source-deleted-meanwhile = Enquanto isso, a fonte foi excluída.
sources-attached = { $file } anexado como captura
sources-already-attached = { $file } já é uma captura desta fonte
sources-claim-deleted-meanwhile = Enquanto isso, a alegação foi excluída.
sources-new-source-named = Nova fonte a partir da página: { $title }
sources-snapshot-needs-save = Adicionar captura: o projeto ainda não foi salvo
sources-save-first-title = Salvar o projeto primeiro?
sources-save-first-body = As capturas ficam em uma pasta ao lado do arquivo do projeto, e este projeto ainda não foi salvo. Salve-o agora e a captura será anexada logo em seguida.
sources-snapshot-gone = A fonte não lista mais essa captura.
sources-snapshot-read-failed = A leitura da captura falhou.
sources-archive-internal-error = O arquivamento parou por um erro interno. Nada mudou.
sources-archiving = Arquivando
# $done and $total are filled in as the archive answers: keep them.
sources-asking-the-archive-count = Pedindo cópias ao arquivo: { $done } de { $total } fontes
