# Opening an article file: the preview's rows, the kinds of file, and the
# notes on what was done. `claimdesk new` prints the English ones.

## The preview of an opened article

preview-read-as = Read as
preview-title = Title
preview-outlet = Outlet
preview-author = Author
preview-published = Published
preview-url = URL
preview-characters = Characters
preview-paragraphs = Paragraphs
preview-note = Note
# A detail the file does not give.
preview-not-found = (not found)

## What a file was read as

article-format-text = text
article-format-markdown = Markdown
article-format-web-page = web page
article-format-subrip = SubRip transcript
article-format-webvtt = WebVTT transcript
article-format-pdf = PDF
article-format-docx = Word document

## Notes on what was done

note-read-as-pdf = The file holds a PDF: it was read as one
note-read-as-docx = The file holds a Word document: it was read as one
# $encoding: the name of a text encoding, such as windows-1252.
note-converted = Converted from { $encoding }
note-converted-lossy = Converted from { $encoding }; some bytes could not be read and became �
note-malformed = The file is mostly { $encoding } but has bytes that are not; they became �
note-pdf-pages = { $count ->
    [one] { $count } page read
   *[other] { $count } pages read
}
# $dropped: lines repeated on every page (running heads, page numbers).
note-pdf-pages-dropped = { $count ->
    [one] { $count } page read
   *[other] { $count } pages read
}; { $dropped ->
    [one] { $dropped } running header, footer or page-number line left out
   *[other] { $dropped } running header, footer or page-number lines left out
}
note-pdf-damaged = { $count ->
    [one] { $count } damaged page could not be read and left out
   *[other] { $count } damaged pages could not be read and left out
}
note-pdf-empty-pages = { $count ->
    [one] { $count } page without text (images only) left out
   *[other] { $count } pages without text (images only) left out
}
# A Word document's lists and tables: $items list items, $tables tables.
note-docx-lists-tables = { $items ->
    [one] { $items } list item
   *[other] { $items } list items
}, { $tables ->
    [one] { $tables } table
   *[other] { $tables } tables
} (one line per row, cells between |)
note-byline = The byline was read as author, outlet and date, and left out of the text
note-transcript-skipped = { $count ->
    [one] { $count } block without a readable time code was left out
   *[other] { $count } blocks without a readable time code were left out
}
# $count cue lines, $speakers different speakers marked in them.
note-transcript-cues = { $count ->
    [one] { $count } cue line
   *[other] { $count } cue lines
} with time codes, { $speakers ->
    [0] no speakers marked
    [one] { $speakers } speaker
   *[other] { $speakers } speakers
}
# A web page whose reader view kept little of it: $kept of its $page words;
# $found: the words of the block of paragraphs kept instead.
note-second-look = The reader view kept only { $kept } of the page's { $page } words: its largest block of paragraphs ({ $found } words), which continues the reader view's text, was kept instead
# A web page of which little was kept: $kept of its $page words.
note-short-extraction = Only { $kept } of { $page } words were kept as the article
# Above the preview after a second look; $note is note-second-look.
note-second-look-taken = Second look taken: { $note }. Check the article's first and last paragraphs
