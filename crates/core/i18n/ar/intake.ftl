# فتح ملف مقال: صفوف المعاينة، وأنواع الملفات، والملاحظات على ما جرى.

## معاينة المقال المفتوح

preview-read-as = قُرئ بصيغة
preview-title = العنوان
preview-outlet = الوسيلة الإعلامية
preview-author = الكاتب
preview-published = تاريخ النشر
preview-url = الرابط
preview-characters = عدد الأحرف
preview-paragraphs = عدد الفقرات
preview-note = ملاحظة
preview-not-found = (غير موجود)

## الصيغة التي قُرئ بها الملف

article-format-text = نص
article-format-markdown = Markdown
article-format-web-page = صفحة ويب
article-format-subrip = نص مفرَّغ SubRip
article-format-webvtt = نص مفرَّغ WebVTT
article-format-pdf = PDF
article-format-docx = مستند Word

## ملاحظات على ما جرى

note-read-as-pdf = يحتوي الملف على مستند PDF، فقُرئ على هذا الأساس
note-read-as-docx = يحتوي الملف على مستند Word، فقُرئ على هذا الأساس
note-converted = حُوِّل من الترميز { $encoding }
note-converted-lossy = حُوِّل من الترميز { $encoding }؛ وتعذّرت قراءة بعض البايتات فصارت �
note-malformed = معظم الملف بترميز { $encoding } لكن فيه بايتات ليست كذلك؛ وقد صارت �
note-pdf-pages = { $count ->
    [zero] لم تُقرأ أي صفحة
    [one] قُرئت صفحة واحدة
    [two] قُرئت صفحتان
    [few] قُرئت { $count } صفحات
    [many] قُرئت { $count } صفحةً
   *[other] قُرئت { $count } صفحة
}
note-pdf-pages-dropped = { $count ->
    [zero] لم تُقرأ أي صفحة
    [one] قُرئت صفحة واحدة
    [two] قُرئت صفحتان
    [few] قُرئت { $count } صفحات
    [many] قُرئت { $count } صفحةً
   *[other] قُرئت { $count } صفحة
}؛ { $dropped ->
    [zero] ولم يُهمَل أي سطر مكرر من الترويسة أو التذييل أو أرقام الصفحات
    [one] وأُهمِل سطر واحد مكرر من الترويسة أو التذييل أو أرقام الصفحات
    [two] وأُهمِل سطران مكرران من الترويسة أو التذييل أو أرقام الصفحات
    [few] وأُهمِلت { $dropped } أسطر مكررة من الترويسة أو التذييل أو أرقام الصفحات
    [many] وأُهمِل { $dropped } سطرًا مكررًا من الترويسة أو التذييل أو أرقام الصفحات
   *[other] وأُهمِل { $dropped } سطر مكرر من الترويسة أو التذييل أو أرقام الصفحات
}
note-pdf-damaged = { $count ->
    [zero] لا صفحات تالفة
    [one] تعذّرت قراءة صفحة واحدة تالفة فأُهمِلت
    [two] تعذّرت قراءة صفحتين تالفتين فأُهمِلتا
    [few] تعذّرت قراءة { $count } صفحات تالفة فأُهمِلت
    [many] تعذّرت قراءة { $count } صفحةً تالفة فأُهمِلت
   *[other] تعذّرت قراءة { $count } صفحة تالفة فأُهمِلت
}
note-pdf-empty-pages = { $count ->
    [zero] لا صفحات بلا نص
    [one] أُهمِلت صفحة واحدة بلا نص (صور فقط)
    [two] أُهمِلت صفحتان بلا نص (صور فقط)
    [few] أُهمِلت { $count } صفحات بلا نص (صور فقط)
    [many] أُهمِلت { $count } صفحةً بلا نص (صور فقط)
   *[other] أُهمِلت { $count } صفحة بلا نص (صور فقط)
}
note-docx-lists-tables = { $items ->
    [zero] لا عناصر قوائم
    [one] عنصر قائمة واحد
    [two] عنصرا قائمة
    [few] { $items } عناصر قوائم
    [many] { $items } عنصرًا من القوائم
   *[other] { $items } عنصر من القوائم
}، { $tables ->
    [zero] ولا جداول
    [one] وجدول واحد
    [two] وجدولان
    [few] و{ $tables } جداول
    [many] و{ $tables } جدولًا
   *[other] و{ $tables } جدول
} (سطر لكل صف، والخلايا بينها |)
note-byline = قُرئ التوقيع على أنه الكاتب والوسيلة الإعلامية والتاريخ، وحُذف من النص
note-transcript-skipped = { $count ->
    [zero] لم تُهمَل أي كتلة
    [one] أُهمِلت كتلة واحدة بلا توقيت مقروء
    [two] أُهمِلت كتلتان بلا توقيت مقروء
    [few] أُهمِلت { $count } كتل بلا توقيت مقروء
    [many] أُهمِلت { $count } كتلةً بلا توقيت مقروء
   *[other] أُهمِلت { $count } كتلة بلا توقيت مقروء
}
note-transcript-cues = { $count ->
    [zero] لا أسطر
    [one] سطر واحد
    [two] سطران
    [few] { $count } أسطر
    [many] { $count } سطرًا
   *[other] { $count } سطر
} بتوقيتات، { $speakers ->
    [0] دون تحديد المتحدثين
    [one] ومتحدث واحد
    [two] ومتحدثان
    [few] و{ $speakers } متحدثين
    [many] و{ $speakers } متحدثًا
   *[other] و{ $speakers } متحدث
}
note-second-look = لم يحتفظ عرض القراءة إلا بـ{ $kept } من أصل { $page } كلمة في الصفحة، فاحتُفظ بدلًا منه بأكبر كتلة فقرات فيها ({ $found } كلمة)، وهي تكمل نص عرض القراءة
note-short-extraction = لم يُحتفظ إلا بـ{ $kept } من أصل { $page } كلمة مقالًا
note-second-look-taken = أُجريت قراءة ثانية: { $note }. تحقق من الفقرتين الأولى والأخيرة في المقال
