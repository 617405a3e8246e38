# Abrir um arquivo de artigo: as linhas da prévia, os tipos de arquivo e as
# notas sobre o que foi feito.

## A prévia de um artigo aberto

preview-read-as = Lido como
preview-title = Título
preview-outlet = Veículo
preview-author = Autor
preview-published = Publicado
preview-url = URL
preview-characters = Caracteres
preview-paragraphs = Parágrafos
preview-note = Nota
preview-not-found = (não encontrado)

## Como o arquivo foi lido

article-format-text = texto
article-format-markdown = Markdown
article-format-web-page = página web
article-format-subrip = transcrição SubRip
article-format-webvtt = transcrição WebVTT
article-format-pdf = PDF
article-format-docx = documento do Word

## Notas sobre o que foi feito

note-read-as-pdf = O arquivo contém um PDF: foi lido como tal
note-read-as-docx = O arquivo contém um documento do Word: foi lido como tal
note-converted = Convertido de { $encoding }
note-converted-lossy = Convertido de { $encoding }; alguns bytes não puderam ser lidos e viraram �
note-malformed = O arquivo está quase todo em { $encoding }, mas tem bytes que não estão; eles viraram �
note-pdf-pages = { $count ->
    [one] { $count } página lida
   *[other] { $count } páginas lidas
}
note-pdf-pages-dropped = { $count ->
    [one] { $count } página lida
   *[other] { $count } páginas lidas
}; { $dropped ->
    [one] { $dropped } linha repetida de cabeçalho, rodapé ou número de página deixada de fora
   *[other] { $dropped } linhas repetidas de cabeçalho, rodapé ou número de página deixadas de fora
}
note-pdf-damaged = { $count ->
    [one] { $count } página danificada não pôde ser lida e foi deixada de fora
   *[other] { $count } páginas danificadas não puderam ser lidas e foram deixadas de fora
}
note-pdf-empty-pages = { $count ->
    [one] { $count } página sem texto (só imagens) deixada de fora
   *[other] { $count } páginas sem texto (só imagens) deixadas de fora
}
note-docx-lists-tables = { $items ->
    [one] { $items } item de lista
   *[other] { $items } itens de lista
}, { $tables ->
    [one] { $tables } tabela
   *[other] { $tables } tabelas
} (uma linha por linha da tabela, células separadas por |)
note-byline = A assinatura foi lida como autor, veículo e data, e retirada do texto
note-transcript-skipped = { $count ->
    [one] { $count } bloco sem código de tempo legível foi deixado de fora
   *[other] { $count } blocos sem código de tempo legível foram deixados de fora
}
note-transcript-cues = { $count ->
    [one] { $count } linha de transcrição
   *[other] { $count } linhas de transcrição
} com códigos de tempo, { $speakers ->
    [0] nenhum locutor indicado
    [one] { $speakers } locutor
   *[other] { $speakers } locutores
}
note-second-look = O modo de leitura manteve só { $kept } das { $page } palavras da página: o maior bloco de parágrafos dela ({ $found } palavras), que continua o texto do modo de leitura, foi mantido no lugar
note-short-extraction = Só { $kept } de { $page } palavras foram mantidas como artigo
note-second-look-taken = Foi feita uma segunda leitura: { $note }. Confira o primeiro e o último parágrafo do artigo
