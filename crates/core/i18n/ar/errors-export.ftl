# سبب فشل التصدير. $detail رسالة الكاتب كما وصلت.

export-error-template = تعذّر إنشاء التقرير: { $detail }
export-error-json = تعذّرت كتابة JSON: { $detail }
export-error-csv = تعذّرت كتابة CSV: { $detail }
