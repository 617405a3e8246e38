# The rating-scale presets: each preset's name, and each verdict's label and
# what it means. A new project takes them in the window's language; a
# project keeps the words it was made with (they are stored in its file).
# Arabic labels: docs/i18n/glossary-ar.md (Misbar, Fatabyyano, the Libyan centre, Verify-Sy).

scale-preset-truth = سلّم الصحة ذو الدرجات الست
scale-preset-snopes = سلّم على نمط Snopes
scale-preset-short = سلّم مختصر
scale-preset-conclusion-only = خلاصة فقط (بلا سلّم)

## Six-step truth scale

scale-truth-true = صحيح
scale-truth-true-description = التصريح دقيق ولا ينقصه شيء ذو شأن.
scale-truth-mostly-true = صحيح في معظمه
scale-truth-mostly-true-description = التصريح دقيق لكنه يحتاج إلى توضيح أو إلى معلومات إضافية.
scale-truth-half-true = صحيح جزئيًا
scale-truth-half-true-description = التصريح دقيق جزئيًا لكنه يُغفل تفاصيل مهمة أو يقتطع الأمور من سياقها.
scale-truth-mostly-false = زائف في معظمه
scale-truth-mostly-false-description = في التصريح عنصر من الحقيقة، لكنه يتجاهل وقائع حاسمة كانت ستعطي انطباعًا مختلفًا.
scale-truth-false = زائف
scale-truth-false-description = التصريح غير دقيق.
scale-truth-pants-on-fire = زائف تمامًا
scale-truth-pants-on-fire-description = التصريح غير دقيق ويطرح ادعاءً سخيفًا.

## Snopes-style scale

scale-snopes-true = صحيح
scale-snopes-true-description = العناصر الأساسية في الادعاء صحيحة صحةً يمكن إثباتها.
scale-snopes-mostly-true = صحيح في معظمه
scale-snopes-mostly-true-description = العناصر الأساسية صحيحة، لكن بعض التفاصيل غير دقيقة أو ناقصة.
scale-snopes-mixture = صحيح وزائف
scale-snopes-mixture-description = في الادعاء عناصر مهمة من الصحة والزيف معًا.
scale-snopes-mostly-false = زائف في معظمه
scale-snopes-mostly-false-description = العناصر الأساسية زائفة، وإن كانت بعض التفاصيل دقيقة.
scale-snopes-false = زائف
scale-snopes-false-description = العناصر الأساسية في الادعاء زائفة زيفًا يمكن إثباته.
scale-snopes-unproven = غير مؤكد
scale-snopes-unproven-description = لا تكفي الأدلة المتاحة لإثبات صحة الادعاء أو زيفه.
scale-snopes-outdated = لم يعد صحيحًا
scale-snopes-outdated-description = كان الادعاء دقيقًا في وقت ما لكنه لم يعد كذلك.
scale-snopes-miscaptioned = خارج السياق
scale-snopes-miscaptioned-description = صورة أو مقطع فيديو حقيقي يُعرض مع وصف زائف لما يُظهره.

## Short scale

scale-short-accurate = دقيق
scale-short-accurate-description = الادعاء صحيح.
scale-short-misleading = مضلل
scale-short-misleading-description = يتضمن الادعاء وقائع لكنه يعطي انطباعًا خاطئًا.
scale-short-false = زائف
scale-short-false-description = الادعاء خاطئ.
scale-short-unverifiable = تعذّر التحقق
scale-short-unverifiable-description = الأدلة المتاحة لا تكفي للبتّ في الادعاء.
