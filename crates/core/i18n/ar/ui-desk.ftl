# The Desk tab and its dialogs: a team's projects in one shared git repository.
# Arabic: "desk" is مكتب التحرير, the newsroom's desk; Sync is مزامنة.

desk-not-in-a-desk = هذا المشروع ليس في مكتب تحرير.
desk-how-to-join = «ملف › مكتب التحرير › الانضمام إلى مكتب تحرير…» ينقل مكتب تحرير مشتركًا إلى هذا الحاسوب؛ و«إنشاء مكتب تحرير…» ينشئ مكتبًا يضم هذا المشروع.
desk-sync = مزامنة
desk-refresh = تحديث
desk-folder = مكتب التحرير: { $folder }
desk-reading = جارٍ قراءة مكتب التحرير…
desk-projects = المشاريع
# A project's claims by status; the conflicts part only when there are some.
desk-project-line = { $title }: جديد { $new }، قيد العمل { $progress }، جاهز للمراجعة { $ready }، معتمد { $approved }{ $conflicts ->
    [0] {""}
    [one] ، تعارض واحد
    [two] ، تعارضان
    [few] ، { $conflicts } تعارضات
    [many] ، { $conflicts } تعارضًا
   *[other] ، { $conflicts } تعارض
}
desk-waiting-sign-off = بانتظار اعتمادك ({ $count })
desk-returned = أُعيد إليك ({ $count })
desk-comments-for-you = تعليقات مفتوحة موجهة إليك ({ $count })
desk-nothing = لا شيء.

desk-join-heading = الانضمام إلى مكتب تحرير
desk-join-explained = المكان المشترك لمكتب تحريرك: عنوان ويب (https أو ssh) أعطاك إياه محررك، أو مجلد على قرص مشترك.
desk-the-desk = مكتب التحرير
desk-the-desk-hint = https://… أو git@… أو مجلد
desk-your-copy = نسختك (مجلد جديد أو فارغ على هذا الحاسوب)
desk-a-folder = مجلد
desk-your-email = بريدك الإلكتروني (تُوقَّع به تغييراتك)
desk-email-hint = name@example.org
desk-join = انضمام
desk-cancel = إلغاء
desk-start-heading = إنشاء مكتب تحرير
desk-start-explained = مكتب تحرير مشترك جديد في مجلد يصل إليه الجميع (قرص مشترك)، ويضم المشروع المفتوح.
desk-shared-folder = المجلد المشترك لمكتب التحرير (جديد أو فارغ)
desk-shared-folder-hint = مجلد على القرص المشترك
desk-start = إنشاء مكتب التحرير
desk-name-first = عيّن اسمك أولًا («تحرير › اسمك…»): تُوقَّع به تغييراتك.
desk-signed-as = تغييراتك موقّعة باسم { $name }.

# The desk's messages in the status bar and error dialogs.
desk-msg-name-first = عيّن اسمك أولًا: تُوقَّع به تغييراتك في مكتب التحرير
desk-msg-could-not-sync = تعذّرت المزامنة
desk-msg-not-in-desk = هذا المشروع غير محفوظ في مجلد مكتب تحرير. «ملف › مكتب التحرير › إنشاء مكتب تحرير…» يضعه في مكتب؛ و«الانضمام إلى مكتب تحرير…» ينقل مكتبًا إلى هنا.
desk-msg-sync-stopped = توقفت المزامنة
desk-msg-not-saved = تعذّر حفظ المشروع، لذا لم يُرسل شيء.
desk-msg-syncing = جارٍ المزامنة مع مكتب التحرير…
desk-msg-sending = جارٍ إرسال تغييراتك وجلب تغييرات الآخرين
# $done and $total are filled in as the Sync goes: keep them.
desk-msg-sync-step = المزامنة: الخطوة { $done } من { $total }
desk-msg-sync-note = عملك محفوظ. «إلغاء» يوقف العملية قبل إرسال أي شيء آخر.
desk-msg-sync-cancelled = أُلغيت المزامنة: عملك محفوظ ومُسجَّل هنا (commit)؛ زامِن مجددًا لإرساله
desk-msg-sync-internal-error = توقفت المزامنة بسبب خطأ داخلي.
desk-msg-could-not-set-up = تعذّر إعداد مكتب التحرير
desk-msg-setup-internal-error = توقف بسبب خطأ داخلي.
desk-msg-nothing-came-in = لم يصل شيء جديد
# $came: what came in ("Ben approved #3 and #7"), or the message above.
desk-msg-synced = تمت المزامنة: { $came }
desk-msg-conflicts = دُمجت التغييرات مع تعارضات يجب حلها (تبويب «التعارضات»)، ثم زامِن مجددًا: لم يُرسل شيء. ما وصل: { $came }
# $reason: why the desk could not be reached (git's words).
desk-msg-offline = تعذّر الوصول إلى مكتب التحرير ({ $reason }). تغييراتك مُسجَّلة هنا وستُرسل في المزامنة التالية.
desk-msg-joining = جارٍ الانضمام إلى مكتب التحرير…
desk-msg-could-not-start = تعذّر إنشاء مكتب تحرير
desk-msg-save-first = احفظ المشروع أولًا («ملف › حفظ باسم…»): يبدأ مكتب التحرير به.
desk-msg-starting = جارٍ إنشاء مكتب التحرير…
desk-msg-setup-note = قد يستغرق هذا بعض الوقت في مكتب تحرير كبير.
desk-msg-cancelled = أُلغي
desk-msg-joined-empty = انضممت إلى مكتب التحرير في { $folder }: لا مشاريع فيه بعد
desk-msg-save-then-open = مكتب التحرير في { $folder }: احفظ عملك، ثم افتح مشاريعه من تبويب «مكتب التحرير»
