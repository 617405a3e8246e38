# سبب فشل المزامنة أو إنشاء مكتب تحرير أو الانضمام إليه.
# ما قاله git أو النظام يصل في $said أو $detail كما قيل.


## git itself

git-missing = يشارك ClaimDesk مكتب التحرير عبر git، ولم يُعثر على git في هذا الحاسوب. { $install }
git-install-windows = ثبّت Git for Windows من https://git-scm.com/download/win (الخيارات الافتراضية مناسبة)، ثم حاول مجددًا.
git-install-macos = ثبّت git: شغّل `xcode-select --install` في Terminal، أو نزّله من https://git-scm.com/download/mac، ثم حاول مجددًا.
git-install-other = ثبّت git بمدير الحزم في نظامك (مثلًا `sudo apt install git`)، ثم حاول مجددًا.
git-failed = تعذّر على git { $doing }: { $said }
git-failed-no-reason = تعذّر على git { $doing } ولم يذكر سببًا
git-cancelled = أُلغي

## What git was doing (after "git could not")

git-doing-start = البدء
git-doing-finish = الإنهاء
git-doing-list-remotes = سرد المستودعات البعيدة
git-doing-note-changes = تسجيل الملفات المعدّلة
git-doing-add-new = إضافة المشاريع الجديدة
git-doing-commit = حفظ تغييراتك في المستودع
git-doing-record-merge = تسجيل الدمج
git-doing-note-merged = تسجيل المشروع المدموج
git-doing-keep-yours = الإبقاء على نسختك
git-doing-find-branch = العثور على الفرع
git-doing-read-settings = قراءة إعدادات git
git-doing-fetch = جلب التغييرات
git-doing-read-address = قراءة عنوان مكتب التحرير
git-doing-make-repository = إنشاء مستودع مكتب التحرير
git-doing-find-repository = العثور على المستودع
git-doing-find-git-folder = العثور على مجلد المستودع
git-doing-list-new = سرد الملفات الجديدة
git-doing-list-changed = سرد الملفات المعدّلة
git-doing-take-desk = أخذ ملفات مكتب التحرير
git-doing-list-incoming = سرد ما وصل
git-doing-drop-deleted = إزالة ملف محذوف
git-doing-merge = دمج تغييرات مكتب التحرير
git-doing-list-to-merge = سرد الملفات المطلوب دمجها
git-doing-list-desk = سرد ملفات مكتب التحرير
git-doing-reach = الوصول إلى مكتب التحرير
git-doing-reach-at = الوصول إلى مكتب التحرير في { $remote }
git-doing-read-file = قراءة { $file }
git-doing-set = ضبط { $key }

## The folders

desk-error-not-a-folder = { $path } ليس مجلدًا
desk-error-not-in-a-desk = { $path } ليس في مكتب تحرير (انضم إلى مكتب أولًا: ملف › مكتب التحرير › الانضمام إلى مكتب تحرير…، أو `claimdesk desk join`)
desk-error-no-remote = ليس لـ { $path } مستودع مشترك للمزامنة معه (لا مستودع بعيد باسم origin)
desk-error-not-on-a-branch = { $path } ليس على فرع (دمج أو استرجاع نسخة قديمة جارٍ فيه)
desk-error-not-empty = { $path } ليس فارغًا: اختر مجلدًا جديدًا أو فارغًا
desk-error-password-in-address = لا تضع كلمة المرور في عنوان مكتب التحرير: يطلبها git من مدير بيانات الاعتماد أو يستخدم مفتاح SSH، ولا يحفظ ClaimDesk كلمة مرور أبدًا
desk-error-not-a-repository = ليس داخل مستودع git ({ $detail })
desk-error-cannot-read = تعذّرت قراءة { $path }: { $detail }
desk-error-cannot-make = تعذّر إنشاء { $path }: { $detail }
desk-error-cannot-write = تعذّرت كتابة { $path }: { $detail }

## A Sync

sync-error-project = { $path }: { $detail }
sync-error-unreadable = تعذّرت قراءته
sync-error-as-said = { $detail }
sync-error-cancelled = أُلغيت المزامنة
# Why a Sync went offline when the desk could be reached.
sync-offline-pushed-first = ظلّ آخرون يرسلون تغييراتهم أولًا؛ أعد المزامنة
