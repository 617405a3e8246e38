# لماذا تعذّر الوصول إلى آلة Wayback أو فهم ردّها.
archive-why-host-not-found = لم يُعثر على عنوان الأرشيف
archive-why-no-connection = لا يوجد اتصال
archive-why-not-json = ليس JSON: { $detail }
archive-why-names-no-capture = «{ $address }» لا يشير إلى أي نسخة مؤرشفة
archive-why-capture-without-url = نسخة مؤرشفة بلا عنوان
