# موضع الادعاء في مصدره: صفحة ملف PDF.

place-page = ص. { $page }
place-pages = ص. { $first }–{ $last }
place-with-speaker = { $place } · { $speaker }
